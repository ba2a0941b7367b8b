import { field } from './json-import-source.js';
import type { Cell } from './threat-dragon-cells.js';

/** The three element shapes of a Threat Dragon data-flow diagram. */
export type ElementShape = 'process' | 'store' | 'actor';

/** A knowledge-base component type chosen for an element, and why (for the note in the import output). */
export interface ChosenType {
  type: string;
  why: string;
}

interface KeywordRule {
  type: string;
  on: readonly ElementShape[];
  words: RegExp;
}

const process: ElementShape = 'process';
const store: ElementShape = 'store';
const actor: ElementShape = 'actor';

/**
 * The element-type table of docs/importing.md, tried in order on the element's name (then on its
 * description); the first rule for the element's shape whose words occur decides.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const keywordRules: readonly KeywordRule[] = [
  {
    type: 'logging-monitoring',
    on: [store, process],
    words: /\b(logs?|logging|audit (log|trail)s?|siem|monitoring|telemetry|splunk|datadog|cloudwatch)\b/,
  },
  {
    type: 'secrets-vault',
    on: [store, process],
    words: /\b(secrets?|vault|key ?vault|kms|hsm|credential stores?|key ?store)\b/,
  },
  {
    type: 'message-queue',
    on: [store, process],
    words: /\b(queues?|mq|rabbitmq|activemq|sqs|service ?bus|message broker)\b/,
  },
  {
    type: 'event-stream',
    on: [store, process],
    words: /\b(kafka|kinesis|event ?hubs?|event ?streams?|streams?|pub ?sub|eventbridge)\b/,
  },
  { type: 'cache', on: [store, process], words: /\b(cache|caches|caching|redis|memcached?|valkey)\b/ },
  { type: 'search-index', on: [store, process], words: /\b(search|elasticsearch|opensearch|solr)\b/ },
  {
    type: 'object-storage',
    on: [store, process],
    words: /\b(buckets?|s3|blobs?|object ?stor(e|age)|file ?stor(e|age)|storage account)\b/,
  },
  {
    type: 'nosql-database',
    on: [store, process],
    words:
      /\b(nosql|mongo\w*|dynamo\w*|cosmos\w*|cassandra|couch\w*|firestore|documentdb|neo4j|document (db|database|store))\b/,
  },
  {
    type: 'sql-database',
    on: [store, process],
    words: /\b(sql|postgre\w*|mysql|mariadb|mssql|sql ?server|oracle|sqlite|aurora|rds)\b/,
  },
  { type: 'database', on: [store, process], words: /\b(databases?|db|dbs|rdbms|data ?base)\b/ },
  {
    type: 'administrator',
    on: [actor],
    words: /\b(admins?|administrators?|operators?|sysadmins?|super ?users?)\b/,
  },
  {
    type: 'identity-provider',
    on: [actor, process],
    words:
      /\b(identity|idp|auth0|okta|keycloak|cognito|entra|azure ad|active directory|ldap|oauth2?|openid|oidc|saml|sso|auth|authentication|login service)\b/,
  },
  {
    type: 'payment-provider',
    on: [actor],
    words: /\b(payments?|stripe|paypal|adyen|braintree|card processor|psp)\b/,
  },
  { type: 'email-service', on: [actor], words: /\b(e ?mail|smtp|sendgrid|mailgun|ses|mail ?server)\b/ },
  {
    type: 'llm-service',
    on: [actor, process],
    words: /\b(llms?|gpt\w*|openai|language models?|bedrock|anthropic|claude|gemini)\b/,
  },
  {
    type: 'external-user',
    on: [actor],
    words:
      /\b(users?|customers?|browsers?|clients?|person|people|shoppers?|visitors?|employees?|staff|members?|patients?|citizens?|humans?|consumers?|players?|gamers?|mobile)\b/,
  },
  {
    type: 'iot-device',
    on: [actor, process],
    words: /\b(iot|devices?|sensors?|cameras?|thermostats?|plc)\b/,
  },
  {
    type: 'third-party-api',
    on: [actor],
    words:
      /\b(apis?|services?|third party|3rd party|external (system|service|api)s?|partners?|vendors?|saas|webhooks?|systems?)\b/,
  },
  {
    type: 'ci-cd-pipeline',
    on: [process],
    words:
      /\b(ci|cd|pipelines?|jenkins|github actions|gitlab|build (server|agent|system)|deploy\w*|azure devops)\b/,
  },
  { type: 'api-gateway', on: [process], words: /\b(api ?gateway|gateway|apim|api management|kong|apigee)\b/ },
  {
    type: 'cdn-waf',
    on: [process],
    words: /\b(cdn|waf|cloudfront|front ?door|akamai|cloudflare|fastly|firewall)\b/,
  },
  {
    type: 'load-balancer',
    on: [process],
    words: /\b(load ?balancers?|lb|alb|elb|nlb|ingress|reverse proxy|haproxy|nginx|traefik|envoy)\b/,
  },
  { type: 'serverless-function', on: [process], words: /\b(lambdas?|functions?|serverless|faas)\b/ },
  {
    type: 'container-workload',
    on: [process],
    words: /\b(containers?|pods?|docker|kubernetes|k8s|ecs|fargate|aks|eks|gke)\b/,
  },
  { type: 'mobile-app', on: [process], words: /\b(mobile|android|ios|iphone|ipad)\b/ },
  {
    type: 'client-app',
    on: [process],
    words:
      /\b(web ?browsers?|browsers?|game ?clients?|games?|desktop|gui|thick ?client|fat ?client|rich ?client|native app|scripts?|cli|command ?line|launcher|electron)\b/,
  },
  {
    type: 'single-page-app',
    on: [process],
    words: /\b(spa|single ?page|front ?end|ui|user interface|react|angular|vue|web client)\b/,
  },
  {
    type: 'batch-job',
    on: [process],
    words: /\b(workers?|jobs?|batch|cron|scheduler|scheduled|background)\b/,
  },
  {
    type: 'api',
    on: [process],
    words: /\b(apis?|rest|graphql|grpc|web ?services?|services?|back ?end|microservices?|endpoints?)\b/,
  },
  {
    type: 'web-app',
    on: [process],
    words: /\b(web ?app\w*|web application|web ?site|web ?server|portal|web)\b/,
  },
];

/** Threat Dragon's element flags that name a type, tried when no word of the name decided. */
const flagRules: readonly { flag: string; on: ElementShape; type: string }[] = [
  { flag: 'isALog', on: store, type: 'logging-monitoring' },
  { flag: 'storesCredentials', on: store, type: 'secrets-vault' },
  { flag: 'isWebApplication', on: process, type: 'web-app' },
  { flag: 'providesAuthentication', on: actor, type: 'identity-provider' },
];

/** The abstract base when neither words nor flags decide. */
const defaultTypes: Record<ElementShape, string> = {
  process: 'process',
  store: 'data-store',
  actor: 'external-entity',
};

/** Picks the element's component type: words of its name, then of its description, then its flags, then the base. */
export function chooseComponentType(cell: Cell, shape: ElementShape): ChosenType & { conflict?: string } {
  const flagged = flagRules.find((rule) => rule.on === shape && field(cell.props, rule.flag) === true);
  for (const [text, where] of [
    [cell.name, 'name'],
    [cell.description ?? '', 'description'],
  ] as const) {
    const words = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    for (const rule of keywordRules) {
      if (!rule.on.includes(shape)) continue;
      const match = rule.words.exec(words);
      if (!match) continue;
      const found = match[0].trim();
      const chosen = {
        type: rule.type,
        why: `the word${found.includes(' ') ? 's' : ''} "${found}" in its ${where}`,
      };
      if (flagged && flagged.type !== rule.type) {
        const conflict = `${flagged.flag} is set, which would make it ${flagged.type}; the ${where} decided. Write type: ${flagged.type} if that is what it is.`;
        return { ...chosen, conflict };
      }
      return chosen;
    }
  }
  if (flagged) return { type: flagged.type, why: `its ${flagged.flag} flag` };
  return { type: defaultTypes[shape], why: `a Threat Dragon ${shape} with no telling name or flag` };
}
