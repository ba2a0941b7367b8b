/** What renderers need to know about the tool itself; adapters fill it in. */
export interface ReportOptions {
  toolVersion: string;
  /** Where check pages live: a URL prefix or a relative folder, ending in `/`. */
  docsBase: string;
}

export const defaultReportOptions: ReportOptions = { toolVersion: '0.0.0', docsBase: 'docs/checks/' };

export function checkDocsUrl(options: ReportOptions, checkId: string): string {
  return `${options.docsBase}${checkId}.md`;
}
