/** What `threat-align init` is told: from its options or from the answers to its questions. */
export interface StarterChoices {
  systemName: string;
  /** The main components, each with a component type of the knowledge base. */
  components: { id: string; type: string }[];
  backlog: 'github' | 'azure-boards' | 'file';
  ci: 'github' | 'azure' | 'none';
  /** The knowledge base to pin: `core@1.0.0` and its content hash. */
  knowledgeBase: { use: string; sha256: string };
}

export interface StarterFile {
  path: string;
  text: string;
}

/** Types whose component stores data: flows to them speak its protocol. */
const dataStoreTypes = new Set(['sql-database', 'nosql-database', 'cache', 'object-storage', 'search-index']);

/**
 * The starter files, as text: a commented threat model that validates and runs, the
 * configuration, and the CI workflow for the platform chosen (none for `ci: none`).
 */
export function starterFiles(choices: StarterChoices): StarterFile[] {
  const files: StarterFile[] = [
    { path: 'threatmodel.yaml', text: starterModel(choices) },
    { path: '.threat-align.yaml', text: starterConfig() },
  ];
  if (choices.backlog === 'file') files.push({ path: 'backlog.json', text: starterBacklog() });
  if (choices.ci === 'github')
    files.push({ path: '.github/workflows/threat-align.yml', text: githubWorkflow(choices) });
  if (choices.ci === 'azure') files.push({ path: 'azure-pipelines.yml', text: azurePipeline(choices) });
  return files;
}

function starterModel(choices: StarterChoices): string {
  const [front, ...rest] = choices.components;
  const flows =
    front === undefined
      ? []
      : [
          `  - { id: users-to-${front.id}, from: users, to: ${front.id}, protocol: https }`,
          ...rest.map((c) => {
            const protocol = dataStoreTypes.has(c.type)
              ? c.type === 'sql-database'
                ? 'sql'
                : 'tls'
              : 'https';
            return `  - { id: ${front.id}-to-${c.id}, from: ${front.id}, to: ${c.id}, protocol: ${protocol} }`;
          }),
        ];
  const backlogNote = {
    github: "this repository's GitHub issues (the action reads them; link one with #12)",
    'azure-boards': 'Azure Boards work items (the task reads them; link one with AB#12)',
    file: 'backlog.json beside this file (schema/backlog.schema.json; threat-align check --backlog file:backlog.json)',
  }[choices.backlog];
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/threat-align/threat-align/main/schema/threatmodel.schema.json
#
# Threat model of ${choices.systemName}, written by threat-align init. Describe the system as it
# is: its components, where they run (boundaries), the data they hold and the flows between them.
# threat-align expands it against the knowledge base pinned below into threats, each with the
# mitigations that address it, and checks it against the backlog:
# ${backlogNote}.
# Run: npx threat-align check threatmodel.yaml    (every key: npx threat-align schema model)
schema: threat-align/v1

system:
  name: ${yamlString(choices.systemName)}
  # description: what the system does, for whom
  # owner: the team that keeps this model up to date

# The knowledge base and its content hash; \`threat-align kb pin\` rewrites both when you move.
# profile: top keeps the TOP threats and mitigations only; full keeps everything.
knowledgeBase: { use: ${choices.knowledgeBase.use}, sha256: ${choices.knowledgeBase.sha256}, profile: top }

# Trust boundaries: where control changes hands (kind: internet, dmz or private; parent nests one).
boundaries:
  - { id: internet, kind: internet }
  - { id: cloud, kind: private }

# Data assets and their classification: public < internal < confidential < restricted.
data:
  - { id: customer-data, classification: confidential }

# Components: an id, a knowledge-base component type (npx threat-align kb show lists them), its
# boundary, the data it stores and the properties the knowledge base's rules read.
components:
  - { id: users, type: external-user, boundary: internet }
${choices.components.map((c, i) => `  - { id: ${c.id}, type: ${c.type}, boundary: cloud${i === 0 ? ', properties: { internetFacing: true }' : ''}${dataStoreTypes.has(c.type) ? ', data: [customer-data]' : ''} }`).join('\n')}

# Flows between components: from, to, the protocol and the data carried.
flows:
${flows.join('\n')}

# Decide on the threats threat-align reports: per mitigation type a status (proposed, planned,
# in-progress, implemented, not-applicable, accepted-risk) and the backlog items that carry it.
# mitigations:
#   M-TLS: { status: implemented }
#   M-MFA: { status: planned, backlog: ['#12'] }
#
# Threats written by hand, and decisions on generated ones (THREATTYPE@component):
# threats:
#   - { id: SQLI@${rest[0]?.id ?? front?.id ?? 'db'}, status: mitigated }
#
# Links from backlog stories to threats ("… WITHOUT my data being stolen"):
# stories:
#   - { backlog: '#42', threats: [BROKEN-ACCESS-CONTROL@${front?.id ?? 'api'}] }
`;
}

function starterConfig(): string {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/threat-align/threat-align/main/schema/config.schema.json
#
# threat-align's configuration, found beside the model (or in a folder above it, up to the
# repository root); --config FILE names another. Every key is optional.

# The lowest severity that fails the run: error, warning, note or never.
failOn: error

# Per check id (docs/checks): a severity (error, warning, note) or off.
# checks:
#   TA601: off

# Accepted findings, each with its reason and an optional expiry day.
# suppressions:
#   - check: TA202
#     target: SQLI@db
#     reason: Tracked in the risk register as R-12
#     expires: 2027-06-30
`;
}

function starterBacklog(): string {
  return `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/threat-align/threat-align/main/schema/backlog.schema.json', items: [] }, null, 2)}\n`;
}

function githubWorkflow(choices: StarterChoices): string {
  const backlog = choices.backlog === 'file' ? '\n        with:\n          backlog: file:backlog.json' : '';
  return `# threat-align on every pull request and every Monday (written by threat-align init).
name: threat-align
on:
  pull_request:
  schedule:
    - cron: '0 6 * * 1'
  workflow_dispatch:
permissions:
  contents: read # check out; read the model at the base commit
  issues: write # the backlog; the weekly audit's tracking issue
  pull-requests: write # the one comment
  checks: write # the check run with annotations on the model's lines
jobs:
  threat-align:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: threat-align/threat-align@v0${backlog}
`;
}

function azurePipeline(choices: StarterChoices): string {
  const backlog = choices.backlog === 'file' ? 'file:backlog.json' : 'azure-boards';
  return `# threat-align on every pull request to main and every Monday (written by threat-align init).
# Install the threat-align extension from the Visual Studio Marketplace first.
trigger: none
pr: [main]

schedules:
  - cron: '0 5 * * 1'
    displayName: Weekly threat-model audit
    branches: { include: [main] }
    always: true

pool: { vmImage: ubuntu-latest }

steps:
  - checkout: self
    fetchDepth: 0
  - task: ThreatAlign@0
    inputs:
      model: threatmodel.yaml
      backlog: ${backlog}
      failOn: error
    env:
      SYSTEM_ACCESSTOKEN: $(System.AccessToken)
`;
}

/** A YAML scalar for any name: plain when it reads back as the same string, else double-quoted. */
function yamlString(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 ._-]*$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text)
    ? text
    : JSON.stringify(text);
}
