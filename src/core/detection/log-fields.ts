import type { LogField, SecurityEvent } from '../kb/knowledge-base.js';

/**
 * The fields every security log record carries, after the OWASP Logging Vocabulary Cheat Sheet's
 * standard record (datetime, appid, event, level, description), in its order.
 */
export const commonFields: readonly LogField[] = [
  { name: 'datetime', type: 'string', description: 'when it happened, ISO 8601 with the offset' },
  {
    name: 'appid',
    type: 'string',
    description: 'which component raised it: the component id of the threat model',
  },
  {
    name: 'event',
    type: 'string',
    description:
      'the event name, optionally followed by a colon and its parameters (authn_login_fail:joebob1)',
  },
  { name: 'level', type: 'string', description: 'INFO, WARN or CRITICAL' },
  { name: 'description', type: 'string', description: 'what happened, in a sentence, without secrets' },
];

/** Fields of the standard record worth logging where the event has them (request context). */
export const contextFields: readonly LogField[] = [
  { name: 'source_ip', type: 'string', description: "the caller's IP address" },
  { name: 'useragent', type: 'string', description: "the caller's User-Agent" },
  { name: 'hostname', type: 'string', description: 'the host that handled the request' },
  { name: 'request_uri', type: 'string', description: 'the path of the request' },
  { name: 'request_method', type: 'string', description: 'the HTTP method of the request' },
];

/** The field an alert threshold counts per (the `per` of the knowledge base's threshold). */
const subjectFields: Record<string, LogField> = {
  user: { name: 'userid', type: 'string', description: 'the account the event is about' },
  'source-ip': { name: 'source_ip', type: 'string', description: "the caller's IP address" },
  session: {
    name: 'session_id',
    type: 'string',
    description: 'a stable, non-secret identifier of the session (a hash, never the session token)',
  },
  client: { name: 'client_id', type: 'string', description: 'the service, device or partner that called' },
  component: {
    name: 'appid',
    type: 'string',
    description: 'which component raised it: the component id of the threat model',
  },
  tenant: { name: 'tenant_id', type: 'string', description: 'the tenant the request acted for' },
};

/** The field the event's alert threshold groups by: `userid` for `per: user`, and so on. */
export function subjectField(event: Pick<SecurityEvent, 'threshold'>): LogField {
  const per = event.threshold.per;
  return (
    subjectFields[per] ?? {
      name: per.replace(/[^a-z0-9]+/gi, '_').toLowerCase(),
      type: 'string',
      description: `what the alert counts per (${per})`,
    }
  );
}

/**
 * The fields the record of one event must carry: the common fields, the field its alert groups by,
 * and the fields the knowledge base names for it; each once, in that order.
 */
export function requiredFields(event: Pick<SecurityEvent, 'threshold' | 'fields'>): LogField[] {
  const fields = new Map<string, LogField>();
  for (const field of [...commonFields, subjectField(event), ...(event.fields ?? [])]) {
    if (!fields.has(field.name)) fields.set(field.name, field);
  }
  return [...fields.values()];
}

/**
 * What follows an event's name in a record's `event` field, before its OWASP parameters: `:` (as
 * in `authn_login_fail:joebob1`), or `,` for a name that already carries a qualifier after its
 * colon (`input_validation_fail:header` is written `input_validation_fail:header,joebob1`).
 */
export function parameterSeparator(name: string): ':' | ',' {
  return name.includes(':') ? ',' : ':';
}
