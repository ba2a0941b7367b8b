import { isAbsolute, relative } from 'node:path';
import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import type { GitVersionType } from 'azure-devops-node-api/interfaces/GitInterfaces.js';
import type { BaseModelRead } from '../../app/base-model.js';
import type { RevisionFile } from '../node/read-file-at-revision.js';
import { codeReadPermission, withAzureFailure } from './azure-failure.js';
import type { BuildContext } from './task-context.js';
import type { TaskIo } from './task-io.js';

/** The model at the pull request's target branch (app/base-model.ts). */
export type BaseModel = BaseModelRead;

/**
 * Reads the base model of a pull-request build. An Azure Repos repository answers through the Git
 * items API (one request, Code: Read); a repository elsewhere (GitHub) has no such API for the
 * job's token, so the target branch is read from the local clone with git. A failed request
 * throws, with its status and, on 401/403, the permission.
 */
export async function readBaseModel(
  build: BuildContext,
  model: string,
  io: Pick<TaskIo, 'git' | 'readCheckoutFile'>,
): Promise<BaseModel> {
  if (build.targetBranch === undefined) {
    return { state: 'unknown', reason: 'System.PullRequest.TargetBranch is not set' };
  }
  const path = repositoryPath(build.sourcesDirectory, model);
  if (path === undefined) {
    return { state: 'unknown', reason: `the model ${model} is outside Build.SourcesDirectory` };
  }
  // The items API resolves a branch by its name only: `refs/heads/main` would not resolve.
  const branch = build.targetBranch.replace(/^refs\/heads\//, '');
  if (build.repositoryProvider !== undefined && build.repositoryProvider !== 'TfsGit') {
    const revision = `origin/${branch}`;
    const base = fromRevisionFile(await io.readCheckoutFile(revision, path));
    return base.state === 'unknown' && base.revisionMissing === true
      ? { state: 'unknown', reason: `${base.reason}; give the checkout step fetchDepth: 0` }
      : base;
  }
  if (build.repositoryId === undefined) {
    return { state: 'unknown', reason: 'Build.Repository.ID is not set' };
  }
  const repository = { project: build.project, repositoryId: build.repositoryId };
  return readFromAzureRepos(await io.git(), repository, path, branch);
}

async function readFromAzureRepos(
  git: Pick<IGitApi, 'getItemContent'>,
  repository: { project: string; repositoryId: string },
  path: string,
  branch: string,
): Promise<BaseModel> {
  const bytes = await withAzureFailure(`read ${path} at ${branch}`, codeReadPermission, async () => {
    const answer = await git.getItemContent(
      repository.repositoryId,
      `/${path}`,
      repository.project,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      // The wire format is the enum's name (the REST description's `branch`), not its number.
      { version: branch, versionType: 'branch' as unknown as GitVersionType },
    );
    // The library hands back the response as it came, whatever its status: it is ours to check.
    const status = (answer as { statusCode?: number }).statusCode ?? 200;
    const body = await readAll(answer);
    if (status === 404) return undefined;
    if (status < 200 || status > 299) throw new HttpFailure(status, body);
    return body;
  });
  return bytes === undefined ? { state: 'absent' } : { state: 'read', bytes };
}

function fromRevisionFile(file: RevisionFile): BaseModel & { revisionMissing?: true } {
  return file;
}

/** The model's path from the root of the repository, with forward slashes; undefined outside it. */
function repositoryPath(sourcesDirectory: string, model: string): string | undefined {
  const path = isAbsolute(model) ? relative(sourcesDirectory, model) : model;
  const normalised = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return normalised === '' || normalised.startsWith('../') ? undefined : normalised;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** An answer other than 2xx or 404, with the service's message when it sent one. */
class HttpFailure extends Error {
  constructor(
    readonly statusCode: number,
    body: Uint8Array,
  ) {
    let message = `HTTP ${statusCode}`;
    try {
      const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as { message?: unknown };
      if (typeof parsed.message === 'string') message = parsed.message;
    } catch {
      // Not JSON: the status says enough.
    }
    super(message);
  }
}
