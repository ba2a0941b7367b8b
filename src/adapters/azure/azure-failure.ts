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
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Azure DevOps: could not ${action}${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${reason}.${hint}`,
      { cause: error },
    );
  }
}

export const workItemsPermission = 'Work items: Read';
export const threadPermission = 'Code: Read & Write / Contribute to pull requests';
