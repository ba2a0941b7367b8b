import type { Access, FakeGitHubState, FakeRepository, FakeToken, Permission } from './state.js';

/** Who a request speaks for: a known token, nobody (no Authorization header), or a token GitHub does not know. */
export type Caller =
  { kind: 'token'; token: FakeToken } | { kind: 'anonymous' } | { kind: 'bad-credentials' };

/** Reads `Authorization: token X` or `Bearer X`, as GitHub accepts both. */
export function identify(state: FakeGitHubState, authorization: string | undefined): Caller {
  if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization);
  const token = match?.[1] === undefined ? undefined : state.tokens.get(match[1]);
  return token === undefined ? { kind: 'bad-credentials' } : { kind: 'token', token };
}

/** The key rate limits are counted under: one budget per account, one shared by anonymous callers. */
export function rateLimitKey(caller: Caller): string {
  return caller.kind === 'token' ? caller.token.account.login : 'anonymous';
}

/** Public repositories are visible to all; private ones to user tokens without a list, or to tokens that list them. */
export function canSee(caller: Caller, repository: FakeRepository): boolean {
  if (!repository.private) return true;
  if (caller.kind !== 'token' || caller.token.kind === 'app') return false;
  const allowed = caller.token.repositories;
  return (
    allowed === undefined || allowed.some((name) => name.toLowerCase() === repository.fullName.toLowerCase())
  );
}

/** User tokens may do everything in what they see; installation tokens only what their permissions grant. */
export function hasPermission(caller: Caller, permission: Permission, access: Access): boolean {
  if (caller.kind === 'anonymous') return access === 'read';
  if (caller.kind !== 'token') return false;
  const { token } = caller;
  if (token.kind === 'user') return true;
  if (token.kind === 'app') return false;
  if (permission === 'metadata' && access === 'read') return true;
  const granted = token.permissions[permission];
  return granted === 'write' || (granted === 'read' && access === 'read');
}
