import { GitHubFailure } from '../github-failure.js';

/**
 * Runs a write to GitHub; when the token may not (403: a fork's token, a missing `permissions:`
 * entry), says why through `skip` and gives undefined, so the other outlets still run. Any other
 * failure stays one.
 */
export async function degradeOn403<T>(
  write: () => Promise<T>,
  skip: (why: string) => void,
): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof GitHubFailure && (error.reason === '403' || error.reason === 'FORBIDDEN')) {
      skip(error.message);
      return undefined;
    }
    throw error;
  }
}
