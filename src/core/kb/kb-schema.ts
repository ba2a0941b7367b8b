/**
 * The JSON Schema of a knowledge-base file (SPEC §3.3), published as schema/kb.schema.json.
 * A knowledge base is a folder of such files; each file may hold any of the sections below.
 */

import { dataKinds, flowRoles } from '../model/model-schema.js';

const kebabId = {
  type: 'string',
  pattern: '^[a-z][a-z0-9-]*$',
  description: 'a kebab-case id, such as web-app',
};
const threatTypeId = {
  type: 'string',
  pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$',
  description: 'a threat type id in capitals, such as SQLI or SPOOF-USER',
};
const mitigationTypeId = {
  type: 'string',
  pattern: '^M-[A-Z0-9]+(-[A-Z0-9]+)*$',
  description: 'a mitigation type id, such as M-PARAMETERIZED-QUERIES',
};
const eventId = {
  type: 'string',
  pattern: '^EV-[A-Z0-9]+(-[A-Z0-9]+)*$',
  description: 'an event id, such as EV-AUTHN-LOGIN-FAIL',
};
const questionId = {
  type: 'string',
  pattern: '^Q-[A-Z0-9]+(-[A-Z0-9]+)*$',
  description: 'a question id, such as Q-AUTHN-INBOUND',
};
const text = { type: 'string', minLength: 1 };
const stride = { enum: ['S', 'T', 'R', 'I', 'D', 'E'] };
const strideList = { type: 'array', items: stride, minItems: 1, uniqueItems: true };
const scalar = { type: ['string', 'number', 'boolean'] };
const propertyName = {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
  description: 'a property name, or one of the built-in fields: id, type, protocol, boundary',
};

const elementKind = { enum: ['process', 'data-store', 'external-entity'] };
const dataKind = { enum: dataKinds };
const flowRole = { enum: flowRoles };
const predicateName = {
  type: 'string',
  pattern: '^[a-z][a-z0-9-]*$',
  description: 'the kebab-case name of a predicate defined under predicates:',
};
const oneOrMore = (item: object) => ({
  anyOf: [item, { type: 'array', minItems: 1, uniqueItems: true, items: item }],
});

/** One predicate of the rule language: exactly one operator per object (all/any/not combine them). */
const predicate = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  description: 'a predicate with exactly one operator',
  properties: {
    all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/predicate' } },
    any: { type: 'array', minItems: 1, items: { $ref: '#/definitions/predicate' } },
    not: { $ref: '#/definitions/predicate' },
    typeIs: {
      anyOf: [kebabId, { type: 'array', minItems: 1, items: kebabId }],
      description: 'the component (or, on a flow, neither end) is of this type or a type that extends it',
    },
    property: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      minProperties: 2,
      maxProperties: 2,
      description:
        'a test of one property: eq, ne, in, exists, or an ordered comparison over a declared order',
      properties: {
        name: propertyName,
        eq: scalar,
        ne: scalar,
        in: { type: 'array', minItems: 1, items: scalar },
        exists: { type: 'boolean' },
        gt: scalar,
        gte: scalar,
        lt: scalar,
        lte: scalar,
      },
    },
    data: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      description:
        'the highest classification of the data the element handles, compared over the classification order',
      properties: {
        exists: { type: 'boolean' },
        gt: { enum: ['public', 'internal', 'confidential', 'restricted'] },
        gte: { enum: ['public', 'internal', 'confidential', 'restricted'] },
        lt: { enum: ['public', 'internal', 'confidential', 'restricted'] },
        lte: { enum: ['public', 'internal', 'confidential', 'restricted'] },
      },
    },
    source: {
      $ref: '#/definitions/predicate',
      description: 'flows only: the component the flow leaves matches',
    },
    target: {
      $ref: '#/definitions/predicate',
      description: 'flows only: the component the flow reaches matches',
    },
    crossesBoundary: { type: 'boolean', description: 'flows only: its two ends sit in different boundaries' },
    entersBoundary: {
      $ref: '#/definitions/boundaryMatch',
      description: 'flows only: the target sits inside a matching boundary that the source is outside of',
    },
    exitsBoundary: {
      $ref: '#/definitions/boundaryMatch',
      description: 'flows only: the source sits inside a matching boundary that the target is outside of',
    },
    incoming: {
      $ref: '#/definitions/predicate',
      description: 'components only: at least one flow reaching the component matches',
    },
    outgoing: {
      $ref: '#/definitions/predicate',
      description: 'components only: at least one flow leaving the component matches',
    },
    is: { ...predicateName, description: 'the named predicate (under predicates:) holds' },
    reachable: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'hops'],
      description:
        'components only: a path of flows leads here from a component that satisfies "from", in at most "hops" network hops (responses and own-device flows are no hops)',
      properties: {
        from: { $ref: '#/definitions/predicate' },
        hops: { type: 'integer', minimum: 1, maximum: 50 },
      },
    },
    inBoundary: {
      $ref: '#/definitions/boundaryMatch',
      description: 'components only: the component sits inside a boundary (of that kind, at any depth)',
    },
    internetExposed: {
      type: 'boolean',
      description: 'components only: it sits in a boundary of kind internet, or says internetFacing: true',
    },
    elementIs: {
      ...oneOrMore(elementKind),
      description: 'components only: its type is (or extends) this data-flow-diagram element kind',
    },
    dataKind: {
      ...oneOrMore(dataKind),
      description: 'the element handles a data asset of one of these kinds (data[].kinds in the model)',
    },
    flowRole: {
      ...oneOrMore(flowRole),
      description: 'flows only: its role is one of these (a flow without role: is a request)',
    },
    someComponent: {
      $ref: '#/definitions/predicate',
      description: 'anywhere: some component of the model satisfies it',
    },
    someFlow: {
      $ref: '#/definitions/predicate',
      description: 'anywhere: some flow of the model satisfies it',
    },
  },
};

const namedPredicate = {
  type: 'object',
  additionalProperties: false,
  required: ['description', 'on', 'rule'],
  properties: {
    description: text,
    on: { enum: ['component', 'flow'], description: 'the elements it is evaluated on' },
    rule: { $ref: '#/definitions/predicate' },
  },
};

const boundaryMatch = {
  type: 'object',
  additionalProperties: false,
  description: 'which boundaries count: {} for any, or those of a kind (boundaries[].kind in the model)',
  properties: { kind: text },
};

const references = {
  type: 'object',
  additionalProperties: false,
  properties: {
    capec: { type: 'array', items: { type: 'integer', minimum: 1 }, uniqueItems: true },
    cwe: { type: 'array', items: { type: 'integer', minimum: 1 }, uniqueItems: true },
    owasp: { type: 'array', items: text, uniqueItems: true, description: 'such as A03:2021 or API1:2023' },
  },
};

const propertyDeclaration = {
  type: 'object',
  additionalProperties: false,
  required: ['description'],
  properties: {
    description: text,
    type: { enum: ['string', 'number', 'boolean', 'list'] },
    values: { type: 'array', items: scalar, minItems: 1, uniqueItems: true },
    ordered: { type: 'boolean', description: 'values are listed from lowest to highest, for gt/gte/lt/lte' },
  },
};

export const kbSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:threat-align:schema:kb:v1',
  title: 'threat-align knowledge-base file',
  type: 'object',
  additionalProperties: false,
  definitions: { predicate, boundaryMatch },
  properties: {
    knowledgeBase: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      description: 'the manifest: exactly one file of a knowledge base carries it (kb.yaml)',
      properties: {
        name: kebabId,
        version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$' },
        description: text,
        extends: {
          type: 'string',
          pattern: '^([a-z0-9][a-z0-9-]*@[0-9]+\\.[0-9]+\\.[0-9]+|\\.{0,2}/.+)$',
          description: 'a knowledge base this one adds to: name@version of a shipped one, or a path',
        },
        remove: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          description: 'ids of entries of the extended knowledge base to leave out',
        },
      },
    },
    properties: {
      type: 'object',
      description: 'the properties that rules read, declared once with their meaning and values',
      propertyNames: propertyName,
      additionalProperties: propertyDeclaration,
    },
    predicates: {
      type: 'object',
      description: 'named predicates, defined once and referenced from rules as is: name',
      propertyNames: predicateName,
      additionalProperties: namedPredicate,
    },
    componentTypes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: kebabId,
          name: text,
          description: text,
          extends: kebabId,
          abstract: { type: 'boolean' },
          element: {
            enum: ['process', 'data-store', 'external-entity'],
            description: 'the data-flow-diagram element kind; inherited when not given',
          },
          stride: {
            ...strideList,
            description: 'STRIDE-per-element: the categories that apply; inherited when not given',
          },
          override: { type: 'boolean', description: 'replaces an entry of the extended knowledge base' },
        },
      },
    },
    threatTypes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'description', 'stride', 'severity', 'appliesTo', 'rule', 'mitigations'],
        properties: {
          id: threatTypeId,
          name: text,
          description: text,
          stride: strideList,
          severity: { enum: ['low', 'medium', 'high', 'critical'] },
          top: { type: 'boolean' },
          appliesTo: { enum: ['component', 'flow'] },
          rule: { $ref: '#/definitions/predicate' },
          mitigations: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'strength'],
              properties: { id: mitigationTypeId, strength: { enum: ['weak', 'medium', 'strong'] } },
            },
          },
          events: { type: 'array', items: eventId, uniqueItems: true },
          references,
          withoutPhrases: {
            type: 'array',
            items: text,
            description: 'how WITHOUT clauses of user stories typically say this threat',
          },
          override: { type: 'boolean' },
        },
      },
    },
    mitigationTypes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'description', 'control', 'cost'],
        properties: {
          id: mitigationTypeId,
          name: text,
          description: text,
          control: { enum: ['preventive', 'detective', 'corrective', 'deterrent', 'recovery'] },
          cost: { enum: ['low', 'medium', 'high'] },
          top: { type: 'boolean' },
          references,
          override: { type: 'boolean' },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'description', 'level', 'threshold'],
        properties: {
          id: eventId,
          name: {
            type: 'string',
            pattern: '^[a-z][a-z0-9_]*(:[a-z0-9_,]+)?$',
            description:
              'the event name, after the OWASP logging vocabulary where one fits, such as authn_login_fail',
          },
          description: text,
          level: { enum: ['INFO', 'WARN', 'CRITICAL'] },
          threshold: {
            type: 'object',
            additionalProperties: false,
            required: ['count', 'window', 'per'],
            description: 'a suggested alert: count events per subject within a window',
            properties: {
              count: { type: 'integer', minimum: 1 },
              window: { type: 'string', pattern: '^[0-9]+(s|m|h|d)$' },
              per: { enum: ['user', 'source-ip', 'session', 'client', 'component', 'tenant'] },
            },
          },
          override: { type: 'boolean' },
        },
      },
    },
    questions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'rationale', 'stride', 'rule'],
        properties: {
          id: questionId,
          text,
          rationale: text,
          stride,
          top: { type: 'boolean' },
          rule: { $ref: '#/definitions/predicate' },
          override: { type: 'boolean' },
        },
      },
    },
  },
} as const;
