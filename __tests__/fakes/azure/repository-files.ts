/** One file of a repository at a branch, as a test seeds it. */
export interface FakeRepositoryFile {
  repositoryId: string;
  /** A branch name as the service knows it (`main`), never `refs/heads/main`. */
  branch: string;
  /** From the repository's root, with or without the leading slash. */
  path: string;
  content: string;
}

/** What the items route answers: JSON, or the file's bytes as they are stored. */
export type ItemAnswer =
  { status: number; body: unknown } | { status: number; raw: { contentType: string; bytes: Buffer } };

const itemsRoute = '/{organization}/{project}/_apis/git/repositories/{repositoryId}/items?path={path}';

/**
 * The files of Azure Repos repositories per branch, served by the Git items API (GetItem,
 * `…/items?path=…`). Like the service, a branch is looked up by its name: `refs/heads/main`
 * does not resolve (TF401175), and a path missing at a branch that exists is a 404 (TF401174).
 */
export class FakeRepositoryFiles {
  private readonly byRepository = new Map<string, Map<string, Map<string, string>>>();

  put(file: FakeRepositoryFile): void {
    this.branch(file.repositoryId, file.branch).set(normalise(file.path), file.content);
  }

  /** A branch (created empty on first use): reading a file it lacks gives TF401174. */
  branch(repositoryId: string, name: string): Map<string, string> {
    const key = repositoryId.toLowerCase();
    const repository = this.byRepository.get(key) ?? new Map<string, Map<string, string>>();
    this.byRepository.set(key, repository);
    const branch = repository.get(name) ?? new Map<string, string>();
    repository.set(name, branch);
    return branch;
  }

  handle(
    route: string,
    params: Record<string, string>,
    query: URLSearchParams,
    accept: string | undefined,
  ): ItemAnswer | undefined {
    if (route !== `GET ${itemsRoute}`) return undefined;
    const repositoryId = params.repositoryId ?? '';
    const path = normalise(query.get('path') ?? '');
    const versionType = (query.get('versionDescriptor.versionType') ?? 'branch').toLowerCase();
    const version = query.get('versionDescriptor.version') ?? 'main';
    if (versionType !== 'branch') {
      return notFound('TF401175', `The fake resolves branches only, not the ${versionType} ${version}.`);
    }
    const branch = this.byRepository.get(repositoryId.toLowerCase())?.get(version);
    if (branch === undefined) {
      return notFound(
        'TF401175',
        `The version descriptor <Branch: ${version} > could not be resolved to a version in the repository.`,
      );
    }
    const content = branch.get(path);
    if (content === undefined) {
      return notFound(
        'TF401174',
        `The item '${path}' could not be found in the repository '${repositoryId}' at the version specified by '<Branch: ${version} >'.`,
      );
    }
    if (/application\/json/i.test(accept ?? '')) {
      const item = { objectId: '0'.repeat(40), gitObjectType: 'blob', commitId: '1'.repeat(40), path };
      return {
        status: 200,
        body: query.get('includeContent') === 'true' ? { ...item, content } : item,
      };
    }
    const contentType = /text\/plain/i.test(accept ?? '') ? 'text/plain' : 'application/octet-stream';
    return { status: 200, raw: { contentType, bytes: Buffer.from(content, 'utf8') } };
  }
}

function normalise(path: string): string {
  return `/${path.replace(/^\/+/, '')}`;
}

function notFound(code: string, message: string): ItemAnswer {
  return {
    status: 404,
    body: { message: `${code}: ${message}`, typeKey: 'GitItemNotFoundException', errorCode: 0 },
  };
}
