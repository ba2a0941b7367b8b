import { backlogRefPattern, jiraKeyPattern } from '../model/model-schema.js';
import { schemaUrl } from '../source/schema-url.js';

/** The JSON Schema of a backlog file (SPEC §3.4), published as schema/backlog.schema.json. */
export const backlogSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: schemaUrl('backlog'),
  title: 'threat-align backlog file',
  description: 'An exported backlog: GitHub issues, Azure Boards work items, or any other tracker.',
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    $schema: { type: 'string' },
    source: { type: 'string', description: 'where the items come from, such as github:contoso/shop' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'state'],
        properties: {
          id: {
            type: 'string',
            pattern: `^(#[0-9]+|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+|AB#[0-9]+|${jiraKeyPattern})$`,
            description: 'the item reference: #123, owner/repo#123, AB#123 or PROJ-123 (a Jira issue key)',
          },
          title: { type: 'string', minLength: 1 },
          body: { type: 'string' },
          state: { enum: ['open', 'closed'] },
          stateReason: {
            enum: ['completed', 'not-planned', 'duplicate'],
            description:
              'why a closed item closed: done (completed) or won\u2019t do (not-planned, duplicate)',
          },
          labels: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
          milestone: {
            type: 'string',
            description: 'the milestone or iteration path the item is planned in',
          },
          type: {
            enum: ['story', 'task', 'bug', 'feature', 'epic', 'issue'],
            description: 'story for user stories; issue when the tracker does not say',
          },
          url: { type: 'string', pattern: '^https?://', description: 'where a person opens the item' },
          links: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['type', 'target'],
              properties: {
                type: { enum: ['parent', 'child', 'related', 'blocks', 'blocked-by', 'duplicate-of'] },
                target: { type: 'string', pattern: backlogRefPattern },
              },
            },
          },
        },
      },
    },
  },
} as const;
