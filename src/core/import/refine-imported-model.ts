import type { Component, Flow, ThreatModel } from '../model/threat-model.js';
import type { ImportResult, InferenceNote } from './model-reader.js';

/**
 * What every importer reads the same way from names and descriptions, after the format's own
 * reader has built the model: facts the source tools keep in free text only. Each inference is a
 * note (shown as a comment by `threat-align import`), never a silent change. See docs/importing.md,
 * "Read from names".
 */
export function refineImportedModel(result: ImportResult): ImportResult {
  const model = result.model;
  if (!model) return result;
  const notes: InferenceNote[] = [];
  const note = (pointer: string, text: string): void => {
    notes.push({ pointer, text });
  };
  for (const [i, component] of model.components.entries()) {
    recognisePaymentProvider(component, `/components/${i}`, note);
    recogniseClientApp(component, `/components/${i}`, note);
    recogniseThreatActor(component, `/components/${i}`, note);
  }
  const flows = model.flows ?? [];
  for (const [i, flow] of flows.entries()) readTlsFromText(flow, `/flows/${i}`, note);
  inferFlowRoles(model, note);
  return notes.length === 0 ? result : { ...result, notes: [...result.notes, ...notes] };
}

type Note = (pointer: string, text: string) => void;

const words = (component: { id: string; name?: string }): string =>
  `${component.name ?? ''} ${component.id}`.toLowerCase().replace(/[_\s]+/g, ' ');

/** Payment service providers, by the names they trade under. */
const paymentBrands =
  /\b(stripe|adyen|paypal|braintree|klarna|worldpay|checkout\.com|mollie|authorize\.net|razorpay|mercado ?pago|alipay|wechat ?pay|apple ?pay|google ?pay|amazon ?pay|2checkout|paddle|gocardless|payu|sage ?pay|opayo|cybersource|square ?up|square payments|afterpay|affirm|global ?payments)\b/;
/** Words that make a name the team's own code or store around a provider, not the provider. */
const ownCode =
  /\b(handlers?|webhooks?|adapters?|integration|connectors?|workers?|listeners?|consumers?|wrappers?|proxy|sdk|modules?|plug-?ins?|jobs?|db|database|queue|cache|tables?|store|mock|stub)\b/;
/** Types whose components are the team's own stores: a provider's name on one is a label, not the provider. */
const storeTypes = new Set([
  'data-store',
  'database',
  'sql-database',
  'nosql-database',
  'object-storage',
  'cache',
  'search-index',
  'message-queue',
  'event-stream',
  'secrets-vault',
  'logging-monitoring',
  'messaging',
]);

function recognisePaymentProvider(component: Component, pointer: string, note: Note): void {
  const text = words(component);
  const brand = paymentBrands.exec(text)?.[1];
  if (brand === undefined || ownCode.test(text) || storeTypes.has(component.type)) return;
  if (component.type !== 'payment-provider') {
    note(`${pointer}/type`, `payment-provider: "${brand}" is a payment provider (was ${component.type})`);
    component.type = 'payment-provider';
  }
  if (component.properties?.handlesPayments === undefined) {
    component.properties = { ...component.properties, handlesPayments: true };
    note(`${pointer}/properties/handlesPayments`, `"${brand}" takes payments`);
  }
}

/** Code on a person's own device: browsers, game clients, desktop programs, scripts. */
const clientWords =
  /\b(web ?browsers?|browsers?|game ?clients?|games?|desktop( ?(apps?|applications?|clients?|gui|programs?|software))?|gui|thick ?clients?|fat ?clients?|rich ?clients?|native ?apps?|scripts?|cli|command ?line( ?tools?)?|launchers?|electron)\b/;

function recogniseClientApp(component: Component, pointer: string, note: Note): void {
  // Only the generic type: a more precise type chosen by the reader (mobile-app, single-page-app) stays.
  if (component.type !== 'process') return;
  const word = clientWords.exec(words(component))?.[1];
  if (word === undefined) return;
  component.type = 'client-app';
  note(`${pointer}/type`, `client-app: "${word}" runs on a person's own device (was process)`);
}

const attackerWords =
  /\b(attackers?|adversar(y|ies)|hackers?|intruders?|threat ?actors?|malicious ?(users?|actors?|clients?))\b/;

function recogniseThreatActor(component: Component, pointer: string, note: Note): void {
  const word = attackerWords.exec(words(component))?.[1];
  if (word === undefined || component.properties?.threatActor !== undefined) return;
  component.properties = { ...component.properties, threatActor: true };
  note(`${pointer}/properties/threatActor`, `"${word}": an attacker drawn in the diagram`);
}

/** Protocols named in a flow's name or description, most specific first, as the knowledge base spells them. */
const namedProtocols: readonly [RegExp, string][] = [
  [/\bhttps\b|\bhttp ?over ?tls\b/, 'https'],
  [/\bwss\b|\bsecure ?web ?sockets?\b/, 'wss'],
  [/\bsftp\b/, 'sftp'],
  [/\bldaps\b/, 'ldaps'],
  [/\bsmtps\b/, 'smtps'],
  [/\bmqtts\b/, 'mqtts'],
  [/\bamqps\b/, 'amqps'],
  [/\bgrpcs\b/, 'grpcs'],
  [/\bmtls\b|\bmutual ?tls\b/, 'mtls'],
  [/\btls\b|\bssl\b/, 'tls'],
  [/\bssh\b/, 'ssh'],
  [/\bhttp\b/, 'http'],
  [/\bgrpc\b/, 'grpc'],
  [/\bweb ?sockets?\b|\bws\b/, 'websocket'],
  [/\bamqp\b/, 'amqp'],
  [/\bmqtt\b/, 'mqtt'],
  [/\bldap\b/, 'ldap'],
  [/\bsmtp\b/, 'smtp'],
  [/\bftp\b/, 'ftp'],
  [/\bsql\b|\bjdbc\b|\bodbc\b/, 'sql'],
  [/\bredis\b/, 'redis'],
  [/\bkafka\b/, 'kafka'],
];
const encryptedProtocols = new Set([
  'https',
  'grpcs',
  'tls',
  'mtls',
  'amqps',
  'mqtts',
  'smtps',
  'ssh',
  'sftp',
  'wss',
  'ldaps',
  'rediss',
]);
const encryptionWords = /\b(https|tls|ssl|mtls|wss|sftp|ftps|ldaps|smtps|mqtts|amqps|grpcs|encrypted)\b/;
const denial =
  /\b(no|not|without|non|un)[ -]?(tls|ssl|https|encrypt\w*)\b|\b(unencrypted|plain ?text|clear ?text|cleartext|insecure)\b/;

/**
 * TLS and the protocol, read from a flow's name and description when the source tool left them out
 * ("HTTPS", "TCP+SSL", "Kafka over TLS"): a protocol is set only where none is, encryption only
 * where nothing says otherwise, and never against a denial ("no TLS", "unencrypted").
 */
function readTlsFromText(flow: Flow, pointer: string, note: Note): void {
  const text = `${flow.name ?? ''} ${flow.description ?? ''} ${flow.protocol ?? ''}`
    .toLowerCase()
    .replace(/[+_/]/g, ' ');
  if (text.trim() === '' || denial.test(text)) return;
  if (flow.protocol === undefined) {
    const found = namedProtocols.find(([pattern]) => pattern.test(text));
    if (found) {
      flow.protocol = found[1];
      note(`${pointer}/protocol`, `${found[1]}: read from the flow's name or description`);
    }
  }
  const protocol = flow.protocol?.toLowerCase();
  if (protocol !== undefined && encryptedProtocols.has(protocol)) return;
  if (flow.properties?.encrypted !== undefined) return;
  const said = encryptionWords.exec(text)?.[1];
  if (said === undefined) return;
  flow.properties = { ...flow.properties, encrypted: true };
  note(`${pointer}/properties/encrypted`, `encrypted: the flow's name or description says "${said}"`);
}

/** People, and the generic external entity (most often a person where it uses a client app). */
const humanTypes = new Set(['external-user', 'administrator', 'external-entity']);
const ownDeviceTypes = new Set(['client-app', 'single-page-app', 'mobile-app']);
const responseWords = /\b(responses?|repl(y|ies)|results?|returns?|answers?|acks?|acknowledge?ments?)\b/;

/**
 * Flow roles the knowledge base reads (SPEC §3.1): a person using their own device (a user and
 * their browser, game client or app) is no network hop; a flow named as the response to a flow
 * drawn the other way is the answer on that connection, not a second one. A role the reader set
 * stays.
 */
function inferFlowRoles(model: ThreatModel, note: Note): void {
  const flows = model.flows ?? [];
  const types = new Map(model.components.map((c) => [c.id, c.type]));
  const directions = new Set(flows.map((f) => `${f.from}\u0000${f.to}`));
  for (const [i, flow] of flows.entries()) {
    if (flow.role !== undefined) continue;
    const from = types.get(flow.from) ?? '';
    const to = types.get(flow.to) ?? '';
    if (
      (humanTypes.has(from) && ownDeviceTypes.has(to)) ||
      (ownDeviceTypes.has(from) && humanTypes.has(to))
    ) {
      flow.role = 'own-device';
      note(`/flows/${i}/role`, `own-device: between a person (${from}) and their own ${to}`);
      continue;
    }
    const said = responseWords.exec(`${flow.name ?? ''} ${flow.id}`.toLowerCase().replace(/[-_]/g, ' '))?.[1];
    if (said !== undefined && directions.has(`${flow.to}\u0000${flow.from}`)) {
      flow.role = 'response';
      note(`/flows/${i}/role`, `response: named "${said}", and a flow goes the other way`);
    }
  }
}
