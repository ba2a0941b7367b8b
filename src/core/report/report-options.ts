/** Where the model file can be read at the commit the report is about, to link its lines. */
type SourceLinks =
  /** GitHub: `https://github.com/owner/repo/blob/<sha>/` (the file path and `#L<line>` follow). */
  | { kind: 'github'; blobBase: string }
  /** Azure Repos: the repository's web URL and the commit. */
  | { kind: 'azure'; repositoryUrl: string; commit: string };

/** What renderers need to know about the tool itself; adapters fill it in. */
export interface ReportOptions {
  toolVersion: string;
  /** Where check pages live: a URL prefix or a relative folder, ending in `/`. */
  docsBase: string;
  /** Where the model file is at the head commit; without it, locations are plain `file:line:column`. */
  sourceLinks?: SourceLinks;
}

/** Where the check pages are when no runner names the action's own repository and ref. */
export const publishedDocsBase = 'https://github.com/threat-align/threat-align/blob/main/docs/checks/';

export function checkDocsUrl(options: ReportOptions, checkId: string): string {
  return `${options.docsBase}${checkId}.md`;
}

/** The URL of a line of a file at the report's commit, or undefined without `sourceLinks`. */
export function sourceLineUrl(options: ReportOptions, file: string, line: number): string | undefined {
  const links = options.sourceLinks;
  if (!links) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  if (links.kind === 'github') return `${links.blobBase}${path}#L${line}`;
  const query = [
    `path=${encodeURIComponent(`/${file}`)}`,
    `version=GC${encodeURIComponent(links.commit)}`,
    `line=${line}`,
    `lineEnd=${line + 1}`,
    'lineStartColumn=1',
    'lineEndColumn=1',
    'lineStyle=plain',
    '_a=contents',
  ];
  return `${links.repositoryUrl}?${query.join('&')}`;
}
