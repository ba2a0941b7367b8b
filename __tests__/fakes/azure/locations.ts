/**
 * What azure-devops-node-api asks before its first real call (see SOURCES.md of the specs): the
 * routes of each area (`OPTIONS _apis/{area}`) and the resource areas (`GET _apis/ResourceAreas`).
 * The shared specs do not describe the Location area, so these answers follow the service's own.
 */
export const resourceAreaIds = {
  wit: '5264459e-e5e0-4bd8-b118-0985e68a4ec5',
  git: '4e080c62-fa21-4fbc-8fef-2a10a2b38049',
} as const;

interface ApiResourceLocation {
  id: string;
  area: string;
  resourceName: string;
  routeTemplate: string;
  resourceVersion: number;
  minVersion: string;
  maxVersion: string;
  releasedVersion: string;
}

const location = (
  id: string,
  area: string,
  resourceName: string,
  routeTemplate: string,
  resourceVersion: number,
): ApiResourceLocation => ({
  id,
  area,
  resourceName,
  routeTemplate,
  resourceVersion,
  minVersion: '1.0',
  maxVersion: '7.2',
  releasedVersion: '7.1',
});

export const areaLocations: Record<string, ApiResourceLocation[]> = {
  location: [
    location(
      'e81700f7-3be2-46de-8624-2eb35882fcaa',
      'Location',
      'ResourceAreas',
      '_apis/{resource}/{areaId}',
      1,
    ),
  ],
  wit: [
    location(
      '1a9c53f7-f243-4447-b110-35ef023636e4',
      'wit',
      'wiql',
      '{project}/{team}/_apis/{area}/{resource}/{id}',
      2,
    ),
    location(
      '908509b6-4248-4475-a1cd-829139ba419f',
      'wit',
      'workItemsBatch',
      '{project}/_apis/{area}/{resource}',
      1,
    ),
    location(
      '62d3d110-0047-428c-ad3c-4fe872c91c74',
      'wit',
      'workItems',
      '{project}/_apis/{area}/{resource}/${type}',
      3,
    ),
  ],
  git: [
    location(
      'fb93c0db-47ed-4a31-8c20-47552878fb44',
      'git',
      'items',
      '{project}/_apis/{area}/repositories/{repositoryId}/{resource}/{*path}',
      1,
    ),
    location(
      'ab6e2e5d-a0b7-4153-b64a-a4efe0d49449',
      'git',
      'threads',
      '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/{resource}/{threadId}',
      1,
    ),
    location(
      '965a3ec7-5ed8-455a-bdcb-835a5ea7fe7b',
      'git',
      'comments',
      '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads/{threadId}/{resource}/{commentId}',
      1,
    ),
  ],
};

/** Azure DevOps Services lists its areas, each with its host; a Server collection answers with none. */
export function resourceAreas(flavor: 'services' | 'server', collectionUrl: string): unknown {
  if (flavor === 'server') return { count: 0, value: null };
  return {
    count: 2,
    value: Object.entries(resourceAreaIds).map(([name, id]) => ({ id, name, locationUrl: collectionUrl })),
  };
}
