import { execFile } from 'node:child_process';

/** A file at a revision of a local clone: its bytes, `absent` at that revision, or why it is unknown. */
export type RevisionFile =
  | { state: 'read'; bytes: Uint8Array }
  | { state: 'absent' }
  /** `revisionMissing`: the clone does not have the revision at all (a shallow fetch). */
  | { state: 'unknown'; reason: string; revisionMissing?: true };

/** Model files are small; a larger blob is refused by git's pipe rather than buffered without end. */
const maxBytes = 64 * 1024 * 1024;

/**
 * Reads `path` (relative to `cwd`) at `revision` with the git found on the machine, in two
 * plumbing calls: `rev-parse --verify` tells a revision the clone does not have (a shallow fetch)
 * from a file the revision does not have, then `cat-file blob` gives the bytes unchanged
 * (`git show` would do the same for a blob; plumbing keeps the output free of pagers and filters).
 */
export async function readFileAtRevision(
  git: string,
  cwd: string,
  revision: string,
  path: string,
): Promise<RevisionFile> {
  if (git === '') return { state: 'unknown', reason: 'git is not on the PATH of the agent' };
  const verified = await run(git, cwd, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (verified.kind === 'not-started') {
    return { state: 'unknown', reason: `git could not run (${verified.reason})` };
  }
  if (verified.kind === 'failed') {
    return {
      state: 'unknown',
      reason: `${revision} is not in the local clone (a shallow fetch, or a checkout without that branch)`,
      revisionMissing: true,
    };
  }
  // `:./path` is relative to cwd, which need not be the root of the clone.
  const blob = await run(git, cwd, ['cat-file', 'blob', `${revision}:./${path.replace(/\\/g, '/')}`]);
  if (blob.kind === 'done') return { state: 'read', bytes: blob.stdout };
  if (blob.kind === 'not-started') {
    return { state: 'unknown', reason: `git could not read ${path} at ${revision} (${blob.reason})` };
  }
  return { state: 'absent' };
}

type RunResult =
  { kind: 'done'; stdout: Uint8Array } | { kind: 'failed' } | { kind: 'not-started'; reason: string };

function run(git: string, cwd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      git,
      args,
      { cwd, encoding: 'buffer', maxBuffer: maxBytes, windowsHide: true },
      (error, stdout) => {
        if (error === null) resolve({ kind: 'done', stdout: new Uint8Array(stdout) });
        else if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          resolve({ kind: 'not-started', reason: `its output is larger than ${maxBytes} bytes` });
        else if (typeof error.code === 'string') resolve({ kind: 'not-started', reason: error.code });
        else resolve({ kind: 'failed' });
      },
    );
  });
}
