import { statusOf, type RepositoryContext } from './repository-context.js';

/**
 * Who the token writes as, so that only our own comment or issue is ever updated. A user token
 * answers `GET /user`; an installation token (GITHUB_TOKEN, a GitHub App) gets 403 there and is
 * asked through GraphQL's `viewer`, which names its bot. Asked once, only when needed.
 */
export function tokenIdentity(context: RepositoryContext): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => (login ??= askLogin(context));
}

/** `github-actions[bot]` (REST) and `github-actions` (GraphQL's Bot login) are the same author. */
export function sameAuthor(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const plain = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '');
  return plain(a) === plain(b);
}

async function askLogin(context: RepositoryContext): Promise<string> {
  try {
    const { data } = await context.client.octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
  }
  const data = (await context.client.graphql('query Viewer { viewer { login } }')) as {
    viewer?: { login?: string } | null;
  };
  const login = data.viewer?.login;
  if (typeof login !== 'string') throw new Error('GitHub did not say whom the token belongs to');
  return login;
}
