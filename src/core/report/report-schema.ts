import { schemaUrl } from '../source/schema-url.js';
/** The knowledge base a report or catalogue was made with: the same block in every published schema. */
export const knowledgeBaseSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version', 'sha256', 'profile'],
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
    profile: { enum: ['top', 'full'] },
  },
} as const;

/** Where a finding (or an action) is: a place in the model file, or a backlog item. */
const locationSchema = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['file', 'line', 'column'],
      properties: {
        file: { type: 'string' },
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        endColumn: { type: 'integer', minimum: 1 },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['backlogItem'],
      properties: {
        backlogItem: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: { id: { type: 'string' }, url: { type: 'string' } },
        },
      },
    },
  ],
} as const;

/** The JSON Schema of the JSON report, published as schema/report.schema.json. */
export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: schemaUrl('report'),
  title: 'threat-align JSON report',
  type: 'object',
  additionalProperties: false,
  required: ['tool', 'findings', 'actions', 'threats', 'counts'],
  properties: {
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'threat-align' }, version: { type: 'string' } },
    },
    knowledgeBase: knowledgeBaseSchema,
    threats: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'title', 'element', 'stride', 'severity', 'top', 'status', 'mitigations'],
        properties: {
          id: { type: 'string', minLength: 1 },
          type: {
            type: ['string', 'null'],
            description: 'the threat type; null for a threat written by hand',
          },
          title: { type: 'string' },
          element: { type: 'string' },
          stride: { type: 'array', items: { enum: ['S', 'T', 'R', 'I', 'D', 'E'] } },
          severity: { enum: ['low', 'medium', 'high', 'critical'] },
          top: { type: 'boolean' },
          status: { enum: ['open', 'mitigated', 'accepted-risk', 'not-applicable'] },
          mitigations: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'strength', 'status'],
              properties: {
                id: { type: 'string' },
                strength: { enum: ['weak', 'medium', 'strong'] },
                status: {
                  enum: [
                    'proposed',
                    'planned',
                    'in-progress',
                    'implemented',
                    'not-applicable',
                    'accepted-risk',
                  ],
                },
              },
            },
          },
        },
      },
    },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['check', 'severity', 'message', 'location', 'hint', 'docs', 'fingerprint'],
        properties: {
          check: { type: 'string', pattern: '^TA[1-9][0-9]{2}$' },
          severity: { enum: ['error', 'warning', 'note'] },
          message: { type: 'string', minLength: 1 },
          location: locationSchema,
          hint: { type: 'string', minLength: 1 },
          docs: { type: 'string' },
          fingerprint: { type: 'string', pattern: '^[a-f0-9]{32}$' },
        },
      },
    },
    actions: {
      type: 'array',
      description:
        'what a person does about the findings (SPEC §5.1), in the order to do it: each resolves one or more findings, named by fingerprint',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'kind',
          'audience',
          'severity',
          'title',
          'detail',
          'hint',
          'checks',
          'findings',
          'location',
          'introduced',
          'top',
        ],
        properties: {
          id: { type: 'string', minLength: 1 },
          kind: {
            enum: ['model', 'mitigation', 'mitigation-status', 'story', 'item', 'coverage', 'requirement'],
          },
          audience: { enum: ['model-author', 'product-owner', 'developer'] },
          severity: { enum: ['error', 'warning', 'note'] },
          title: { type: 'string', minLength: 1 },
          detail: { type: 'string' },
          hint: { type: 'string', minLength: 1 },
          checks: { type: 'array', items: { type: 'string', pattern: '^TA[1-9][0-9]{2}$' } },
          findings: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-f0-9]{32}$' } },
          location: locationSchema,
          introduced: { type: 'boolean', description: 'a finding it resolves is new in this pull request' },
          milestone: { type: 'string', description: 'the milestone or iteration of the story it is about' },
          top: { type: 'boolean' },
        },
      },
    },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: ['error', 'warning', 'note', 'total'],
      properties: {
        error: { type: 'integer', minimum: 0 },
        warning: { type: 'integer', minimum: 0 },
        note: { type: 'integer', minimum: 0 },
        total: { type: 'integer', minimum: 0 },
      },
    },
  },
} as const;
