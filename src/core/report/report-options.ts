/** What renderers need to know about the tool itself; adapters fill it in. */
export interface ReportOptions {
  toolVersion: string;
  /** Where check pages live: a URL prefix or a relative folder, ending in `/`. */
  docsBase: string;
}

export function checkDocsUrl(options: ReportOptions, checkId: string): string {
  return `${options.docsBase}${checkId}.md`;
}
