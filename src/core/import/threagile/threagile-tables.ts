import type {
  Classification,
  StrideCategory,
  ThreatSeverity,
  ThreatStatus,
} from '../../model/threat-model.js';

// The tables of docs/import-mappings/threagile.md: keep the two in step.

/**
 * Threagile technologies → knowledge-base component types. `client` technologies depend on who
 * uses them (see {@link mapTechnology}); `database` becomes nosql-database when its name says so.
 */
export const technologyMap: ReadonlyMap<string, string> = new Map([
  ['web-server', 'web-app'],
  ['web-application', 'web-app'],
  ['application-server', 'web-app'],
  ['cms', 'web-app'],
  ['erp', 'web-app'],
  ['report-engine', 'web-app'],
  ['web-service-rest', 'api'],
  ['web-service-soap', 'api'],
  ['ejb', 'api'],
  ['function', 'serverless-function'],
  ['container-platform', 'container-workload'],
  ['batch-processing', 'batch-job'],
  ['scheduler', 'batch-job'],
  ['task', 'batch-job'],
  ['event-listener', 'server-app'],
  ['stream-processing', 'server-app'],
  ['mainframe', 'server-app'],
  ['service-registry', 'server-app'],
  ['identity-provider', 'identity-provider'],
  ['ai', 'llm-service'],
  ['llm', 'llm-service'],
  ['build-pipeline', 'ci-cd-pipeline'],
  ['code-inspection-platform', 'ci-cd-pipeline'],
  ['reverse-proxy', 'api-gateway'],
  ['load-balancer', 'load-balancer'],
  ['waf', 'cdn-waf'],
  ['gateway', 'network-edge'],
  ['service-mesh', 'network-edge'],
  ['ips', 'network-edge'],
  ['database', 'sql-database'],
  ['identity-store-database', 'sql-database'],
  ['identity-store-ldap', 'database'],
  ['ldap-server', 'database'],
  ['operational-historian', 'database'],
  ['big-data-platform', 'database'],
  ['search-index', 'search-index'],
  ['search-engine', 'search-index'],
  ['message-queue', 'message-queue'],
  ['file-server', 'object-storage'],
  ['block-storage', 'object-storage'],
  ['data-lake', 'object-storage'],
  ['artifact-registry', 'object-storage'],
  ['local-file-system', 'data-store'],
  ['sourcecode-repository', 'data-store'],
  ['vault', 'secrets-vault'],
  ['hsm', 'secrets-vault'],
  ['monitoring', 'logging-monitoring'],
  ['ids', 'logging-monitoring'],
  ['mail-server', 'email-service'],
  ['browser', 'client-app'],
  ['mobile-app', 'mobile-app'],
  ['iot-device', 'iot-device'],
  ['plc', 'iot-device'],
  ['industrial-control-actor', 'iot-device'],
  ['industrial-control-sensor', 'iot-device'],
  ['cli', 'client-app'],
]);

/** Client technologies: a person's own device (external-user, administrator for DevOps) when a human uses it, else client code. */
export const clientTechnologies: ReadonlyMap<string, { human: string; otherwise: string }> = new Map([
  ['client-system', { human: 'external-user', otherwise: 'client-app' }],
  ['desktop', { human: 'external-user', otherwise: 'client-app' }],
  ['devops-client', { human: 'administrator', otherwise: 'client-app' }],
]);

/** Aliases Threagile accepts for its technologies (pkg/types/technologies.yaml). */
export const technologyAliases: ReadonlyMap<string, string> = new Map([
  ['web-app', 'web-application'],
  ['app-server', 'application-server'],
  ['rest-api', 'web-service-rest'],
  ['soap-api', 'web-service-soap'],
  ['enterprise-java-beans', 'ejb'],
  ['content-management-system', 'cms'],
  ['enterprise-resource-planning', 'erp'],
  ['reporting', 'report-engine'],
  ['db', 'database'],
  ['idp', 'identity-provider'],
  ['identity-store', 'identity-store-database'],
  ['ldap', 'ldap-server'],
  ['historian', 'operational-historian'],
  ['big-data', 'big-data-platform'],
  ['lb', 'load-balancer'],
  ['mq', 'message-queue'],
  ['siem', 'monitoring'],
  ['git', 'sourcecode-repository'],
  ['ci', 'build-pipeline'],
  ['continuous-integration', 'build-pipeline'],
  ['code-inspection', 'code-inspection-platform'],
  ['code-analysis', 'code-inspection-platform'],
  ['container', 'container-platform'],
  ['docker', 'container-platform'],
  ['kubernetes', 'container-platform'],
  ['file-storage', 'file-server'],
  ['san', 'block-storage'],
  ['local-storage', 'local-file-system'],
  ['web-browser', 'browser'],
  ['client', 'client-system'],
  ['desktop-system', 'desktop'],
  ['command-line', 'cli'],
  ['command-line-tool', 'cli'],
  ['command-line-interface', 'cli'],
  ['cron', 'scheduler'],
  ['job', 'task'],
  ['hashicorp-vault', 'vault'],
  ['hardware-security-module', 'hsm'],
  ['web-application-firewall', 'waf'],
  ['intrusion-detection-system', 'ids'],
  ['intrusion-prevention-system', 'ips'],
  ['jump-host', 'gateway'],
  ['jump-server', 'gateway'],
  ['jump-box', 'gateway'],
  ['iot', 'iot-device'],
  ['email-server', 'mail-server'],
  ['service-discovery', 'service-registry'],
  ['programmable-logic-controller', 'plc'],
  ['artificial-intelligence', 'ai'],
  ['machine-learning', 'ai'],
  ['deep-learning', 'ai'],
  ['neural-network', 'ai'],
  ['ml', 'ai'],
  ['dl', 'ai'],
]);

/** A `database` whose id, title, description or tags name a document or key-value store is a NoSQL database. */
export const nosqlHint =
  /\b(?:nosql|mongo(?:db)?|cosmos(?:db)?|dynamo(?:db)?|cassandra|couch(?:db|base)?|firestore|documentdb|neo4j|hbase|redis)\b/i;

/** Threagile asset `type` → the knowledge-base base type, for technologies the table does not know. */
export const assetBaseTypes: ReadonlyMap<string, string> = new Map([
  ['external-entity', 'external-entity'],
  ['process', 'process'],
  ['datastore', 'data-store'],
]);

/** A process the technology leaves generic, made concrete by its `machine`. */
export const machineTypes: ReadonlyMap<string, string> = new Map([
  ['container', 'container-workload'],
  ['serverless', 'serverless-function'],
]);

/** Threagile protocols that have a name in the knowledge base's `protocol` values; others are kept as Threagile writes them. */
export const protocolMap: ReadonlyMap<string, string> = new Map([
  ['http', 'http'],
  ['https', 'https'],
  ['ws', 'websocket'],
  ['wss', 'wss'],
  ['reverse-proxy-web-protocol', 'http'],
  ['reverse-proxy-web-protocol-encrypted', 'https'],
  ['mqtt', 'mqtt'],
  ['jdbc', 'sql'],
  ['odbc', 'sql'],
  ['sql-access-protocol', 'sql'],
  ['jdbc-encrypted', 'sql'],
  ['odbc-encrypted', 'sql'],
  ['sql-access-protocol-encrypted', 'sql'],
  ['ssh', 'ssh'],
  ['ssh-tunnel', 'ssh'],
  ['scp', 'ssh'],
  ['sftp', 'sftp'],
  ['smtp', 'smtp'],
  ['smtp-encrypted', 'smtps'],
  ['ftp', 'ftp'],
  ['ldap', 'ldap'],
  ['ldaps', 'ldaps'],
]);

/** Protocols Threagile counts as encrypted (Protocol.IsEncrypted): the flow gets `encrypted: true`. */
export const encryptedProtocols: ReadonlySet<string> = new Set([
  'https',
  'wss',
  'jdbc-encrypted',
  'odbc-encrypted',
  'nosql-access-protocol-encrypted',
  'sql-access-protocol-encrypted',
  'binary-encrypted',
  'text-encrypted',
  'ssh',
  'ssh-tunnel',
  'ftps',
  'sftp',
  'scp',
  'ldaps',
  'reverse-proxy-web-protocol-encrypted',
  'iiop-encrypted',
  'jrmp-encrypted',
  'smb-encrypted',
  'smtp-encrypted',
  'pop3-encrypted',
  'imap-encrypted',
]);

/** Threagile link authentication → the `authentication` property (externalized has no counterpart and is left out). */
export const authenticationMap: ReadonlyMap<string, string> = new Map([
  ['none', 'none'],
  ['credentials', 'password'],
  ['session-id', 'token'],
  ['token', 'token'],
  ['client-certificate', 'certificate'],
  ['two-factor', 'password'],
]);

/**
 * Threagile confidentiality (public < internal < restricted < confidential < strictly-confidential) →
 * native classification (public < internal < confidential < restricted): Threagile's restricted is
 * read up, as confidential, rather than down.
 */
export const classificationMap: ReadonlyMap<string, Classification> = new Map([
  ['public', 'public'],
  ['internal', 'internal'],
  ['restricted', 'confidential'],
  ['confidential', 'confidential'],
  ['strictly-confidential', 'restricted'],
]);

/** Threagile trust-boundary types → native boundary `kind` (network boundaries are the team's private zones). */
export const boundaryKindMap: ReadonlyMap<string, string> = new Map([
  ['network-on-prem', 'private'],
  ['network-dedicated-hoster', 'private'],
  ['network-virtual-lan', 'private'],
  ['network-cloud-provider', 'private'],
  ['network-cloud-security-group', 'private'],
  ['network-policy-namespace-isolation', 'private'],
  ['execution-environment', 'execution-environment'],
]);

/** Risk-tracking statuses → threat statuses. */
export const trackingStatusMap: ReadonlyMap<string, ThreatStatus> = new Map([
  ['unchecked', 'open'],
  ['in-discussion', 'open'],
  ['in-progress', 'open'],
  ['accepted', 'accepted-risk'],
  ['mitigated', 'mitigated'],
  ['false-positive', 'not-applicable'],
]);

/** Risk severities (low < medium < elevated < high < critical) → threat severities; elevated is read up. */
export const severityMap: ReadonlyMap<string, ThreatSeverity> = new Map([
  ['low', 'low'],
  ['medium', 'medium'],
  ['elevated', 'high'],
  ['high', 'high'],
  ['critical', 'critical'],
]);

export const strideMap: ReadonlyMap<string, StrideCategory> = new Map([
  ['spoofing', 'S'],
  ['tampering', 'T'],
  ['repudiation', 'R'],
  ['information-disclosure', 'I'],
  ['denial-of-service', 'D'],
  ['elevation-of-privilege', 'E'],
]);

/** Threagile's built-in risk categories and their STRIDE category, for tracked risks written as threats by hand. */
export const builtInCategories: ReadonlyMap<string, StrideCategory> = new Map([
  ['accidental-secret-leak', 'I'],
  ['code-backdooring', 'T'],
  ['container-baseimage-backdooring', 'T'],
  ['container-platform-escape', 'E'],
  ['cross-site-request-forgery', 'S'],
  ['cross-site-scripting', 'T'],
  ['dos-risky-access-across-trust-boundary', 'D'],
  ['incomplete-model', 'I'],
  ['ldap-injection', 'T'],
  ['missing-authentication', 'E'],
  ['missing-authentication-second-factor', 'E'],
  ['missing-build-infrastructure', 'T'],
  ['missing-cloud-hardening', 'T'],
  ['missing-file-validation', 'S'],
  ['missing-hardening', 'T'],
  ['missing-identity-propagation', 'E'],
  ['missing-identity-provider-isolation', 'E'],
  ['missing-identity-store', 'S'],
  ['missing-network-segmentation', 'E'],
  ['missing-vault', 'I'],
  ['missing-vault-isolation', 'E'],
  ['missing-waf', 'T'],
  ['mixed-targets-on-shared-runtime', 'E'],
  ['path-traversal', 'I'],
  ['push-instead-of-pull-deployment', 'T'],
  ['search-query-injection', 'T'],
  ['server-side-request-forgery', 'I'],
  ['service-registry-poisoning', 'S'],
  ['sql-nosql-injection', 'T'],
  ['unchecked-deployment', 'T'],
  ['unencrypted-asset', 'I'],
  ['unencrypted-communication', 'I'],
  ['unguarded-access-from-internet', 'E'],
  ['unguarded-direct-datastore-access', 'E'],
  ['unnecessary-communication-link', 'E'],
  ['unnecessary-data-asset', 'E'],
  ['unnecessary-data-transfer', 'E'],
  ['unnecessary-technical-asset', 'E'],
  ['untrusted-deserialization', 'T'],
  ['wrong-communication-link-content', 'I'],
  ['wrong-trust-boundary-content', 'E'],
  ['xml-external-entity', 'I'],
]);

const serverApps = ['server-app', 'web-app', 'api', 'serverless-function', 'container-workload', 'batch-job'];
const clientApps = ['client-app', 'single-page-app', 'mobile-app'];

/** Every knowledge-base type that extends `process` in core@1.0.0: a flow from one of them is "from a process". */
export const processTypes: ReadonlySet<string> = new Set([
  'process',
  ...serverApps,
  ...clientApps,
  'network-edge',
  'api-gateway',
  'cdn-waf',
  'load-balancer',
  'identity-provider',
  'llm-service',
  'ci-cd-pipeline',
]);

/** A knowledge-base threat type that certainly exists on a component of one of these types. */
export interface GeneratedThreat {
  threatType: string;
  types: readonly string[];
  /** The rule also asks for a flow into the component from a process. */
  incomingFromProcess?: true;
}

/**
 * Risk categories whose knowledge-base threat type certainly exists on the risk's technical asset:
 * in core@1.0.0 the threat type's rule asks for nothing but the component's type (and, for injection,
 * a flow into it from a process). Only these become decisions on generated threats (`XSS@web`).
 */
export const generatedThreatMap: ReadonlyMap<string, readonly GeneratedThreat[]> = new Map([
  ['cross-site-scripting', [{ threatType: 'XSS', types: ['web-app', 'single-page-app'] }]],
  ['container-platform-escape', [{ threatType: 'CONTAINER-ESCAPE', types: ['container-workload'] }]],
  ['code-backdooring', [{ threatType: 'PIPELINE-POISONING', types: ['ci-cd-pipeline'] }]],
  [
    'container-baseimage-backdooring',
    [{ threatType: 'SUPPLY-CHAIN', types: [...serverApps, ...clientApps, 'ci-cd-pipeline'] }],
  ],
  [
    'sql-nosql-injection',
    [
      { threatType: 'SQLI', types: ['sql-database'], incomingFromProcess: true },
      { threatType: 'NOSQLI', types: ['nosql-database', 'search-index'], incomingFromProcess: true },
    ],
  ],
  ['search-query-injection', [{ threatType: 'NOSQLI', types: ['search-index'], incomingFromProcess: true }]],
]);
