/** What narrows the backlog read from Azure Boards (task inputs areaPath, tags, workItemTypes). */
export interface WorkItemFilter {
  areaPath?: string;
  tags?: readonly string[];
  workItemTypes?: readonly string[];
}

/**
 * The one WIQL query of a backlog read: the work items of the project, optionally under an area
 * path, carrying every tag given and of the types given, ordered by id. Values are WIQL string
 * literals with quotes doubled, so no input can change the query's shape.
 */
export function wiqlQuery(filter: WorkItemFilter): string {
  const clauses = ['[System.TeamProject] = @project'];
  if (filter.areaPath !== undefined && filter.areaPath !== '')
    clauses.push(`[System.AreaPath] UNDER ${literal(filter.areaPath)}`);
  for (const tag of filter.tags ?? []) clauses.push(`[System.Tags] CONTAINS ${literal(tag)}`);
  if (filter.workItemTypes !== undefined && filter.workItemTypes.length > 0) {
    clauses.push(`[System.WorkItemType] IN (${filter.workItemTypes.map(literal).join(', ')})`);
  }
  return `SELECT [System.Id] FROM WorkItems WHERE ${clauses.join(' AND ')} ORDER BY [System.Id]`;
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
