/**
 * Normalises a backlog reference as the model or an item writes it to the id items carry:
 * `owner/repo#12` and GitHub issue URLs of this backlog's repository become `#12`; Azure Boards
 * work-item URLs become `AB#12`; Jira browse URLs (`https://site/browse/PROJ-12`) become `PROJ-12`.
 * Anything else is kept as written.
 */
export function normalizeBacklogRef(ref: string, aliases: readonly string[]): string {
  const qualified = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)#(\d+)$/.exec(ref);
  if (qualified?.[1] !== undefined && aliases.some((a) => a.toLowerCase() === qualified[1]?.toLowerCase())) {
    return `#${qualified[2] ?? ''}`;
  }
  const github =
    /^https?:\/\/[^/\s]+\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(?:issues|pull)\/(\d+)(?:[/?#].*)?$/.exec(ref);
  if (github?.[1] !== undefined && github[2] !== undefined) {
    const repo = github[1];
    return aliases.some((a) => a.toLowerCase() === repo.toLowerCase())
      ? `#${github[2]}`
      : `${repo}#${github[2]}`;
  }
  const azure = /^https?:\/\/[^\s]+\/_workitems\/edit\/(\d+)(?:[/?#].*)?$/.exec(ref);
  if (azure?.[1] !== undefined) return `AB#${azure[1]}`;
  const jira = /^https?:\/\/[^\s]+\/browse\/([A-Z][A-Z0-9_]+-[1-9][0-9]*)(?:[/?#].*)?$/.exec(ref);
  if (jira?.[1] !== undefined) return jira[1];
  return ref;
}
