import type { StrideCategory, ThreatStatus } from '../model/threat-model.js';
import { allStride } from './stride-and-severity.js';

/** Boundary kinds the shipped rules read (`entersBoundary: { kind }`), from words of the boundary's name. */
const boundaryKindRules: readonly { kind: string; words: RegExp }[] = [
  { kind: 'dmz', words: /\b(dmz|demilitari[sz]ed|perimeter)\b/ },
  {
    kind: 'third-party',
    words:
      /\b(third party|3rd party|partners?|vendors?|suppliers?|saas|external (services?|providers?|systems?))\b/,
  },
  {
    kind: 'private',
    words:
      /\b(cloud|vpc|vnet|private|internal|intranet|corporate|corp|on ?prem\w*|data ?cent(er|re)s?|back ?end|trusted|lan|subnet)\b/,
  },
  { kind: 'internet', words: /\b(internet|public|www|untrusted|external network)\b/ },
];

export function boundaryKind(name: string): { kind: string; word: string } | undefined {
  const words = ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  for (const rule of boundaryKindRules) {
    const match = rule.words.exec(words);
    if (match) return { kind: rule.kind, word: match[0] };
  }
  return undefined;
}

/** Protocols as the shipped knowledge base spells them, by the letters and digits of what Threat Dragon users write. */
const protocols = new Map<string, string>([
  ['https', 'https'],
  ['http', 'http'],
  ['tls', 'tls'],
  ['ssl', 'tls'],
  ['mtls', 'mtls'],
  ['grpc', 'grpc'],
  ['grpcs', 'grpcs'],
  ['sql', 'sql'],
  ['tds', 'sql'],
  ['jdbc', 'sql'],
  ['odbc', 'sql'],
  ['amqp', 'amqp'],
  ['amqps', 'amqps'],
  ['mqtt', 'mqtt'],
  ['mqtts', 'mqtts'],
  ['kafka', 'kafka'],
  ['smtp', 'smtp'],
  ['smtps', 'smtps'],
  ['ssh', 'ssh'],
  ['sftp', 'sftp'],
  ['ftp', 'ftp'],
  ['ws', 'websocket'],
  ['websocket', 'websocket'],
  ['wss', 'wss'],
  ['redis', 'redis'],
  ['rediss', 'rediss'],
  ['ldap', 'ldap'],
  ['ldaps', 'ldaps'],
]);

/** "HTTP/S" → https, "HTTP(S)" → https, "TLS 1.2" → tls; anything else is kept as written. */
export function normaliseProtocol(written: string): string {
  const squeezed = written.toLowerCase().replace(/[^a-z0-9]/g, '');
  const exact = protocols.get(squeezed) ?? protocols.get(squeezed.replace(/\d+$/, ''));
  if (exact !== undefined) return exact;
  if (squeezed.startsWith('https')) return 'https';
  return written;
}

/**
 * STRIDE categories of Threat Dragon's threat types, whatever the diagram's model: STRIDE itself,
 * CIA, and the LINDDUN privacy threats that have a STRIDE counterpart. Other types (LINDDUN
 * unawareness and non-compliance, DIE, PLOT4ai) have none.
 */
const strideOfType = new Map<string, StrideCategory>([
  ['spoofing', 'S'],
  ['tampering', 'T'],
  ['repudiation', 'R'],
  ['informationdisclosure', 'I'],
  ['denialofservice', 'D'],
  ['elevationofprivilege', 'E'],
  ['confidentiality', 'I'],
  ['integrity', 'T'],
  ['availability', 'D'],
  ['linkability', 'I'],
  ['identifiability', 'I'],
  ['nonrepudiation', 'R'],
  ['detectability', 'I'],
  ['disclosureofinformation', 'I'],
  ['s', 'S'],
  ['t', 'T'],
  ['r', 'R'],
  ['i', 'I'],
  ['d', 'D'],
  ['e', 'E'],
]);

/** The STRIDE categories of a threat type as written ("Spoofing", "Information disclosure, Tampering"…). */
export function strideOf(type: string): StrideCategory[] {
  const found = new Set<StrideCategory>();
  for (const part of type.split(/[,;/&+]|\band\b/i)) {
    const category = strideOfType.get(part.toLowerCase().replace(/[^a-z]/g, ''));
    if (category) found.add(category);
  }
  return allStride.filter((c) => found.has(c));
}

/** Threat Dragon's statuses: Open, Mitigated, NotApplicable (and N/A, as older files write it). */
export function threatStatusOf(written: string | undefined): ThreatStatus | undefined {
  const squeezed = (written ?? 'open').toLowerCase().replace(/[^a-z]/g, '');
  if (squeezed === 'open' || squeezed === '') return 'open';
  if (squeezed === 'mitigated') return 'mitigated';
  if (squeezed === 'notapplicable' || squeezed === 'na') return 'not-applicable';
  return undefined;
}
