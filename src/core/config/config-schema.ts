/** The JSON Schema of `.threat-align.yaml`, published as schema/config.schema.json. */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:threat-align:schema:config:v1',
  title: 'threat-align configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: {
      enum: ['error', 'warning', 'note', 'never'],
      description: 'the lowest severity that fails the run (default: error)',
    },
    withoutKeyword: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z-]*$',
      description: 'the word that starts a WITHOUT clause, in its exact case (default: WITHOUT)',
    },
    checks: {
      type: 'object',
      description: 'per check id: a severity (error, warning, note) or off',
      propertyNames: {
        type: 'string',
        pattern: '^TA[1-9][0-9]{2}$',
        description: 'a check id such as TA202',
      },
      // A model or knowledge base that does not load cannot be checked: those two stay errors.
      properties: {
        TA101: {
          const: 'error',
          description: 'TA101 stays an error: nothing is checked when the model does not load',
        },
        TA106: {
          const: 'error',
          description: 'TA106 stays an error: nothing is checked when the knowledge base does not load',
        },
      },
      additionalProperties: { enum: ['error', 'warning', 'note', 'off'] },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      description: 'the most a run takes on; a larger input is refused with a message that says which limit',
      properties: {
        modelMegabytes: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'the largest model file, in megabytes (default: 32)',
        },
        elements: {
          type: 'integer',
          minimum: 1,
          description: 'the most components and flows a model may have together (default: 250000)',
        },
        backlogItems: {
          type: 'integer',
          minimum: 1,
          description: 'the most backlog items read (default: 200000)',
        },
      },
    },
    suppressions: {
      type: 'array',
      description: 'accepted findings, each with its reason and an optional expiry date',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['check', 'target', 'reason'],
        properties: {
          check: { type: 'string', pattern: '^TA[1-9][0-9]{2}$', description: 'a check id such as TA202' },
          target: {
            type: 'string',
            minLength: 1,
            description:
              'what the finding is about: a threat, mitigation, requirement, component or backlog item id',
          },
          reason: { type: 'string', minLength: 1, description: 'why the finding is accepted' },
          expires: {
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
            description: 'the day (YYYY-MM-DD) after which the finding shows again',
          },
        },
      },
    },
  },
} as const;
