/**
 * Runs one call to Azure DevOps and turns its failure into one plain message: what could not be
 * done, the HTTP status, and on 401/403 the permission the build identity needs.
 */
export async function withAzureFailure<T>(
  action: string,
  permission: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    const hint =
      status === 401 || status === 403
        ? ` The build identity needs "${permission}", and the job must pass System.AccessToken to the task.`
        : '';
    const reason = reasonOf(error);
    throw new Error(
      `Azure DevOps: could not ${action}${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${reason}.${hint}`,
      { cause: error },
    );
  }
}

/** The failure in words, without the request path typed-rest-client puts in a timeout. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Request timeout')) return 'no answer before the socket timeout';
  return message.replace(/\.$/, '');
}

export const workItemsPermission = 'Work items: Read';
export const workItemsWritePermission = 'Work items: Read & write';
export const codeReadPermission = 'Code: Read';
export const threadPermission = 'Code: Read & Write / Contribute to pull requests';
