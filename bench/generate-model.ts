import type { ThreatModel } from '../src/core/model/threat-model.js';
import { Random } from './random.js';

/** The kinds of component a realistic system mixes, with their share: mostly services, then stores, then outside parties. */
const componentMix: readonly (readonly [string, number])[] = [
  ['api', 14],
  ['container-workload', 10],
  ['serverless-function', 6],
  ['web-app', 5],
  ['single-page-app', 3],
  ['mobile-app', 2],
  ['batch-job', 3],
  ['api-gateway', 2],
  ['cdn-waf', 1],
  ['load-balancer', 1],
  ['identity-provider', 1],
  ['message-queue', 5],
  ['event-stream', 3],
  ['sql-database', 6],
  ['nosql-database', 4],
  ['object-storage', 4],
  ['cache', 3],
  ['search-index', 1],
  ['secrets-vault', 1],
  ['logging-monitoring', 2],
  ['ci-cd-pipeline', 1],
  ['llm-service', 1],
  ['email-service', 1],
  ['payment-provider', 1],
  ['third-party-api', 3],
  ['external-user', 3],
  ['administrator', 1],
  ['iot-device', 1],
];
const weighted = componentMix.flatMap(([type, weight]) => Array<string>(weight).fill(type));
const protocols = ['https', 'https', 'https', 'grpc', 'sql', 'amqps', 'kafka', 'http', 'redis', 'tls'];
const classifications = ['public', 'internal', 'confidential', 'restricted'] as const;

/**
 * A synthetic but realistic model of `elements` components and flows (about one component for
 * two flows): nested trust boundaries, data assets of every classification, properties, flows
 * that mostly stay near their source and sometimes cross boundaries. Deterministic from the seed.
 */
export function generateModel(elements: number, seed = 1): ThreatModel {
  const random = new Random(seed);
  const componentCount = Math.max(2, Math.round(elements / 3));
  const flowCount = Math.max(1, elements - componentCount);
  const zones = Math.max(3, Math.round(Math.sqrt(componentCount) / 2));
  const boundaries = [
    { id: 'internet', kind: 'internet' },
    { id: 'edge', kind: 'dmz' },
    { id: 'cloud', kind: 'private' },
    ...Array.from({ length: zones }, (_, i) => ({ id: `zone-${i}`, kind: 'private', parent: 'cloud' })),
  ];
  const data = Array.from({ length: 12 }, (_, i) => ({
    id: `data-${i}`,
    classification: classifications[i % 4] ?? 'internal',
  }));
  const components = Array.from({ length: componentCount }, (_, i) => {
    const type = random.pick(weighted);
    const outside = [
      'external-user',
      'administrator',
      'iot-device',
      'third-party-api',
      'payment-provider',
      'email-service',
    ].includes(type);
    const boundary = outside
      ? 'internet'
      : ['cdn-waf', 'api-gateway', 'load-balancer'].includes(type)
        ? 'edge'
        : `zone-${random.int(zones)}`;
    const component: ThreatModel['components'][number] = { id: `${type}-${i}`, type, boundary };
    if (random.chance(0.5)) component.data = [random.pick(data).id];
    if (random.chance(0.4)) {
      component.properties = {
        internetFacing: boundary === 'edge',
        authentication: random.pick(['oidc', 'mtls', 'api-key', 'managed-identity', 'password', 'none']),
      };
    }
    return component;
  });
  const flows = Array.from({ length: flowCount }, (_, i) => {
    const from = random.int(componentCount);
    const near = (from + 1 + random.int(8)) % componentCount;
    const to = random.chance(0.85) ? near : random.int(componentCount);
    const flow: NonNullable<ThreatModel['flows']>[number] = {
      id: `flow-${i}`,
      from: components[from]?.id ?? 'missing',
      to: components[to === from ? (to + 1) % componentCount : to]?.id ?? 'missing',
      protocol: random.pick(protocols),
    };
    if (random.chance(0.6)) flow.data = [random.pick(data).id];
    return flow;
  });
  return {
    schema: 'threat-align/v1',
    system: { name: `Synthetic system of ${elements} elements` },
    boundaries,
    data,
    components,
    flows,
  };
}
