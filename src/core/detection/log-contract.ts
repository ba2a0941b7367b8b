import type { LogField } from '../kb/knowledge-base.js';
import type { DetectionPlan, PlannedEvent } from './detection-plan.js';
import { commonFields, contextFields } from './log-fields.js';
import { productOf } from './detection-plan.js';
import { neutralizeMarkdown } from '../report/neutralize.js';

/** ISO 8601 with an offset, as the OWASP vocabulary writes it (`2021-01-01T01:01:01-0700` or `…Z`). */
const datetimePattern =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$';

/**
 * The log contract (SPEC §6): the JSON Schema of one security log record of the system. Every
 * record carries the common fields; a record whose `event` names an event in scope carries that
 * event's fields too (`definitions`, one per event id), with the level the knowledge base gives it.
 */
export function logContractSchema(plan: DetectionPlan): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const event of plan.events) definitions[event.id] = eventRecordSchema(event);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:threat-align:log-contract:${productOf(plan.system.name)}`,
    title: `Security log record of ${plan.system.name}`,
    description:
      "One JSON object per security event, named after the OWASP Logging Vocabulary. The SOC's Sigma rules (sigma/) match these field names.",
    type: 'object',
    required: commonFields.map((f) => f.name),
    properties: {
      ...Object.fromEntries([...commonFields, ...contextFields].map((f) => [f.name, fieldSchema(f)])),
      event: { ...fieldSchema(commonFields[2] as LogField), pattern: '^[a-z][a-z0-9_]*(:.*)?$' },
      level: { ...fieldSchema(commonFields[3] as LogField), enum: ['INFO', 'WARN', 'CRITICAL'] },
    },
    allOf: plan.events.map((event) => ({
      if: { required: ['event'], properties: { event: eventCondition(event, plan.events) } },
      then: { $ref: `#/definitions/${event.id}` },
    })),
    definitions,
  };
}

/** The record of one event: its fields, all required, and its level. */
function eventRecordSchema(event: PlannedEvent): Record<string, unknown> {
  return {
    title: `${event.id} (${event.name})`,
    description: event.description,
    type: 'object',
    required: event.fields.map((f) => f.name),
    properties: {
      ...Object.fromEntries(event.fields.map((f) => [f.name, fieldSchema(f)])),
      event: {
        type: 'string',
        pattern: eventPattern(event),
        description: `${event.name}, optionally followed by ${event.separator} and parameters`,
      },
      level: { const: event.level },
    },
  };
}

/** `event` as a record of this event writes it: the base name, alone or with `:parameters`. */
function eventPattern(event: Pick<PlannedEvent, 'name' | 'separator'>): string {
  return `^${escapeRegExp(event.name)}(${escapeRegExp(event.separator)}.*)?$`;
}

/**
 * Which records an event's definition applies to: those its pattern matches, less those of a more
 * specific event (`input_validation_fail:header` is not held to `input_validation_fail`'s level).
 */
function eventCondition(event: PlannedEvent, events: readonly PlannedEvent[]): Record<string, unknown> {
  const specific = events.filter((other) => other.name.startsWith(`${event.name}:`));
  const condition = { type: 'string', pattern: eventPattern(event) };
  if (specific.length === 0) return condition;
  return {
    ...condition,
    not: { anyOf: specific.map((other) => ({ type: 'string', pattern: eventPattern(other) })) },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fieldSchema(field: LogField): Record<string, unknown> {
  const base = { type: field.type, description: field.description };
  return field.name === 'datetime' ? { ...base, pattern: datetimePattern } : base;
}

/**
 * One event's contract as Markdown, for the backlog item that asks for it: the fields to log, their
 * types, and an example record.
 */
export function renderEventContract(event: PlannedEvent, appid: string): string {
  const rows = event.fields.map(
    (f) => `| \`${f.name}\` | ${f.type} | ${neutralizeMarkdown(f.description)} |`,
  );
  const example = Object.fromEntries(event.fields.map((f) => [f.name, exampleValue(f, event, appid)]));
  return [
    `**Log contract** (\`threat-align events --format schema\`, definition \`${event.id}\`): one JSON record per occurrence, with these fields.`,
    '',
    '| Field | Type | What |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '```json',
    JSON.stringify(example, null, 2),
    '```',
  ].join('\n');
}

function exampleValue(field: LogField, event: PlannedEvent, appid: string): unknown {
  switch (field.name) {
    case 'datetime':
      return '2025-01-01T12:00:00Z';
    case 'appid':
      return appid;
    case 'event':
      return event.subject.name === 'userid' ? `${event.name}${event.separator}user-123` : event.name;
    case 'level':
      return event.level;
    case 'description':
      return event.description;
    case 'source_ip':
      return '203.0.113.7';
    case 'userid':
      return 'user-123';
    default:
      return field.type === 'string' ? `<${field.name}>` : field.type === 'boolean' ? true : 1;
  }
}
