/**
 * The JSON Schema of the native threat model (SPEC §3.1), published as schema/threatmodel.schema.json.
 * Descriptions double as editor hover texts and as the words of validation messages.
 */

const idPattern = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
const threatIdPattern = '^[A-Za-z0-9][A-Za-z0-9._-]*(@[A-Za-z0-9][A-Za-z0-9._-]*)?$';
const mitigationIdPattern = '^M-[A-Z0-9][A-Z0-9-]*$';
const eventIdPattern = '^EV-[A-Z0-9][A-Z0-9-]*$';
const questionIdPattern = '^Q-[A-Z0-9][A-Z0-9-]*$';
const componentTypePattern = '^[a-z][a-z0-9-]*$';
export const backlogRefPattern =
  '^(#[0-9]+|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+|AB#[0-9]+|https?://[^\\s]+)$';
const kbUsePattern = '^([a-z0-9][a-z0-9-]*@[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?|\\.{0,2}/.+)$';

export const mitigationStatuses = [
  'proposed',
  'planned',
  'in-progress',
  'implemented',
  'not-applicable',
  'accepted-risk',
] as const;
export const threatStatuses = ['open', 'mitigated', 'accepted-risk', 'not-applicable'] as const;
export const eventStatuses = ['proposed', 'planned', 'in-progress', 'implemented', 'not-applicable'] as const;
export const classifications = ['public', 'internal', 'confidential', 'restricted'] as const;
/** What a data asset is, beside how secret it is: knowledge-base rules read them (`dataKind`). */
export const dataKinds = [
  'card',
  'credentials',
  'personal',
  'health',
  'financial',
  'keys',
  'secrets',
  'tokens',
  'biometric',
  'location',
  'children',
  'source-code',
  'logs',
  'business',
] as const;
/** What a flow is: a request (the default), the response to one, or a person using their own device. */
export const flowRoles = ['request', 'response', 'own-device'] as const;
export const strideCategories = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export const threatSeverities = ['low', 'medium', 'high', 'critical'] as const;

const id = {
  type: 'string',
  pattern: idPattern,
  maxLength: 100,
  description: 'an id: letters, digits, ".", "_" or "-"',
};
const text = { type: 'string', minLength: 1, maxLength: 100000 };
const ids = { type: 'array', items: id, uniqueItems: true };
const mitigationId = {
  type: 'string',
  pattern: mitigationIdPattern,
  description: 'a mitigation type id of the knowledge base, such as M-PARAMETERIZED-QUERIES',
};
const eventId = {
  type: 'string',
  pattern: eventIdPattern,
  description: 'a security event id of the knowledge base, such as EV-AUTHN-LOGIN-FAIL',
};
const threatId = {
  type: 'string',
  pattern: threatIdPattern,
  description:
    'a threat id: THREATTYPE@element for a generated threat, or the id of a threat written by hand',
};
const backlogRef = {
  type: 'string',
  pattern: backlogRefPattern,
  description: 'a backlog reference: #123, owner/repo#123, AB#123 or a URL',
};
const backlogRefs = {
  type: 'array',
  items: backlogRef,
  uniqueItems: true,
  description: 'backlog items that carry this work',
};
const reason = { ...text, description: 'why: required for accepted-risk and not-applicable decisions' };
const propertyValue = {
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
  ],
};
const properties = {
  type: 'object',
  description: 'facts the knowledge base rules read, such as authentication: oidc or internetFacing: true',
  propertyNames: {
    type: 'string',
    pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
    not: { enum: ['constructor', 'prototype'] },
    description: 'a property name: a letter, then letters, digits, "_" or "-"',
  },
  additionalProperties: propertyValue,
};
const outOfScope = {
  type: 'boolean',
  description: 'true: no knowledge-base rule generates threats or questions here (SPEC §3.1)',
};
const requireReasonFor = (statuses: readonly string[]) => ({
  if: { properties: { status: { enum: statuses } }, required: ['status'] },
  then: { required: ['reason'] },
});

export const modelSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:threat-align:schema:threatmodel:v1',
  title: 'threat-align threat model',
  description: 'A system, its threats and mitigations, and their links to the backlog (threat-align/v1).',
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'system', 'components'],
  properties: {
    schema: { const: 'threat-align/v1', description: 'the format version: threat-align/v1' },
    system: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: text,
        description: text,
        owner: text,
        repository: text,
        version: text,
      },
    },
    knowledgeBase: {
      type: 'object',
      additionalProperties: false,
      required: ['use'],
      properties: {
        use: {
          type: 'string',
          pattern: kbUsePattern,
          description: 'a shipped knowledge base as name@version (core@1.0.0), or a path (./kb/acme)',
        },
        sha256: {
          type: 'string',
          pattern: '^[a-f0-9]{64}$',
          description: 'the knowledge base content hash, as written by threat-align kb pin',
        },
        profile: { enum: ['top', 'full'], description: 'top: only TOP threats and mitigations; full: all' },
      },
    },
    boundaries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id,
          name: text,
          description: text,
          kind: {
            ...text,
            description: 'what the boundary is, such as internet, dmz, private, cloud or device',
          },
          parent: { ...id, description: 'the boundary this one sits inside' },
          outOfScope: { ...outOfScope, description: 'true: every component inside is out of scope' },
        },
      },
    },
    data: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'classification'],
        properties: {
          id,
          name: text,
          description: text,
          classification: {
            enum: classifications,
            description: 'public < internal < confidential < restricted',
          },
          kinds: {
            type: 'array',
            items: { enum: dataKinds },
            uniqueItems: true,
            description: 'what the data is: card, credentials, personal, health, keys, …',
          },
        },
      },
    },
    components: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type'],
        properties: {
          id,
          name: text,
          type: {
            type: 'string',
            pattern: componentTypePattern,
            description: 'a component type of the knowledge base, such as web-app or sql-database',
          },
          boundary: { ...id, description: 'the trust boundary the component sits in' },
          description: text,
          data: { ...ids, description: 'the data assets the component stores or handles' },
          outOfScope,
          properties,
        },
      },
    },
    flows: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'from', 'to'],
        properties: {
          id,
          name: text,
          from: { ...id, description: 'the component the data leaves' },
          to: { ...id, description: 'the component the data reaches' },
          protocol: text,
          description: text,
          data: { ...ids, description: 'the data assets the flow carries' },
          role: {
            enum: flowRoles,
            description:
              'request (the default), response (the answer to a request), or own-device (a person using their own device)',
          },
          outOfScope,
          properties,
        },
      },
    },
    requirements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: {
          id,
          text,
          mitigations: { type: 'array', items: mitigationId, uniqueItems: true },
          backlog: backlogRefs,
        },
      },
    },
    threats: {
      type: 'array',
      description: 'decisions on generated threats (id THREATTYPE@element), and threats written by hand',
      items: {
        type: 'object',
        required: ['id'],
        properties: { id: threatId },
        if: { properties: { id: { type: 'string', pattern: '@' } }, required: ['id'] },
        then: {
          additionalProperties: false,
          required: ['status'],
          properties: {
            id: threatId,
            status: { enum: threatStatuses },
            reason,
            backlog: backlogRefs,
          },
          ...requireReasonFor(['accepted-risk', 'not-applicable']),
        },
        else: {
          additionalProperties: false,
          required: ['title', 'stride', 'target'],
          properties: {
            id: { ...id, description: 'the id of a threat written by hand, such as T-COUPON-ABUSE' },
            title: text,
            description: text,
            stride: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: strideCategories } },
            target: { ...id, description: 'the component or flow the threat applies to' },
            severity: { enum: threatSeverities },
            top: { type: 'boolean' },
            mitigations: { type: 'array', items: mitigationId, uniqueItems: true },
            events: { type: 'array', items: eventId, uniqueItems: true },
            status: { enum: threatStatuses },
            reason,
            backlog: backlogRefs,
          },
          ...requireReasonFor(['accepted-risk', 'not-applicable']),
        },
      },
    },
    mitigationTypes: {
      type: 'array',
      description:
        "the model's own mitigation types, used like the knowledge base's: the threats they address, their status and backlog",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'threats'],
        properties: {
          id: {
            ...mitigationId,
            description: 'an id of its own, such as M-SIGNED-QR-CODES (not one of the knowledge base)',
          },
          title: text,
          description: text,
          threats: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: {
              type: 'string',
              pattern: threatIdPattern,
              description:
                'a threat type of the knowledge base (every threat of that type), a generated threat (TYPE@element) or a threat written by hand',
            },
          },
          strength: { enum: ['weak', 'medium', 'strong'], description: 'how well it answers them (medium)' },
          top: { type: 'boolean' },
          status: { enum: mitigationStatuses },
          reason,
          backlog: backlogRefs,
        },
        ...requireReasonFor(['accepted-risk', 'not-applicable']),
      },
    },
    mitigations: {
      type: 'object',
      description: 'one status per mitigation type, with exceptions per place',
      propertyNames: mitigationId,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: {
          status: { enum: mitigationStatuses },
          reason,
          backlog: backlogRefs,
          except: {
            type: 'object',
            description: 'a different status at some components or flows',
            propertyNames: id,
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              required: ['status'],
              properties: { status: { enum: mitigationStatuses }, reason, backlog: backlogRefs },
              ...requireReasonFor(['accepted-risk', 'not-applicable']),
            },
          },
        },
        ...requireReasonFor(['accepted-risk', 'not-applicable']),
      },
    },
    events: {
      type: 'object',
      description: 'the status of security events the application raises',
      propertyNames: eventId,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: { status: { enum: eventStatuses }, reason, backlog: backlogRefs },
      },
    },
    stories: {
      type: 'array',
      description: 'links written on the model side, from backlog stories to threats and requirements',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['backlog'],
        properties: {
          backlog: backlogRef,
          threats: { type: 'array', items: threatId, uniqueItems: true },
          requirements: ids,
        },
      },
    },
    answers: {
      type: 'object',
      description: 'answers to knowledge-base questions, per component',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        propertyNames: {
          type: 'string',
          pattern: questionIdPattern,
          description: 'a question id of the knowledge base, such as Q-AUTHN-INBOUND',
        },
        additionalProperties: text,
      },
    },
  },
} as const;
