import {
  eventStatuses,
  mitigationStatuses,
  threatSeverities,
  threatStatuses,
} from '../model/model-schema.js';
import { knowledgeBaseSchema } from './report-schema.js';
import { schemaUrl } from '../source/schema-url.js';

const event = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'level', 'description', 'threshold', 'status', 'backlog'],
  properties: {
    id: { type: 'string', pattern: '^EV-[A-Z0-9][A-Z0-9-]*$' },
    name: { type: 'string', description: 'the OWASP logging vocabulary name, where one fits' },
    level: { enum: ['INFO', 'WARN', 'CRITICAL'] },
    description: { type: 'string' },
    threshold: {
      type: 'object',
      additionalProperties: false,
      required: ['count', 'window', 'per'],
      description: 'alert when count events happen within window for one value of per',
      properties: {
        count: { type: 'integer', minimum: 1 },
        window: { type: 'string', description: 'a duration such as 5m, 1h or 1d' },
        per: { type: 'string', description: 'what the events are counted per: user, source-ip, client…' },
      },
    },
    status: {
      enum: eventStatuses.filter((s) => s !== 'not-applicable'),
      description: 'as the model records it; proposed when it does not',
    },
    backlog: {
      type: 'array',
      items: { type: 'string' },
      description: 'backlog items linked to the event, from either side',
    },
  },
} as const;

/** The JSON Schema of the detection catalogue (`threat-align events --format json`, SPEC §6). */
export const eventsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: schemaUrl('events'),
  title: 'threat-align detection catalogue',
  type: 'object',
  additionalProperties: false,
  required: ['threats', 'events'],
  properties: {
    knowledgeBase: knowledgeBaseSchema,
    threats: {
      type: 'array',
      description: 'the threats in scope that raise events, in the order of the expansion',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'element', 'severity', 'top', 'status', 'events', 'mitigations'],
        properties: {
          id: { type: 'string', minLength: 1 },
          title: { type: 'string' },
          element: { type: 'string', description: 'the component or flow the threat applies to' },
          severity: { enum: threatSeverities },
          top: { type: 'boolean' },
          status: { enum: threatStatuses.filter((s) => s !== 'not-applicable') },
          events: { type: 'array', minItems: 1, items: event },
          mitigations: {
            type: 'array',
            description: 'the mitigations whose failure or bypass the events reveal',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name', 'control', 'status'],
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                control: {
                  enum: ['preventive', 'detective', 'corrective', 'deterrent', 'recovery', null],
                },
                status: { enum: mitigationStatuses },
              },
            },
          },
        },
      },
    },
    events: {
      type: 'array',
      description: 'each event once, sorted by id, with the threats it helps detect',
      items: {
        ...event,
        required: [...event.required, 'threats'],
        properties: {
          ...event.properties,
          threats: { type: 'array', minItems: 1, items: { type: 'string' } },
        },
      },
    },
  },
} as const;
