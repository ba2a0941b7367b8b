const analysisOptionsHelp = `      --config FILE            configuration (default: the .threat-align.yaml found beside MODEL, then in
                               each folder above it up to the repository root)
      --kb NAME@VERSION|PATH   knowledge base to use instead of the model's knowledgeBase.use
      --profile top|full       profile to use instead of the model's knowledgeBase.profile
      --backlog file:PATH      align with a backlog file (schema/backlog.schema.json; file:- reads stdin)
      --backlog jira:SITE/KEY  align with a Jira project (or jira:SITE?jql=JQL; docs/jira.md)
      --output FILE            write the report to FILE instead of standard output`;

/** `threat-align COMMAND --help`: what the command does and every option it takes. */
export const commandHelp: Record<string, string> = {
  check: `Usage: threat-align check [MODEL] [options]

Loads, validates and checks a threat model against its knowledge base and, with --backlog, the
backlog. MODEL defaults to threatmodel.yaml; - reads it from standard input.

Options:
      --format text|json|markdown|sarif
                               output format (default: text)
      --fail-on error|warning|note|never
                               exit 1 when findings at or above this severity exist (default: error)
${analysisOptionsHelp}
  -h, --help                   print this help

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.
`,
  events: `Usage: threat-align events [MODEL] [options]

The detection catalogue: per threat in scope, the security events to raise, their alert
thresholds and the mitigations they watch. MODEL defaults to threatmodel.yaml; - reads stdin.

Options:
      --format markdown|json|sigma|schema
                               output format (default: markdown); sigma: the Sigma detection and
                               correlation rules (with --output DIR, also the runbooks and the log
                               contract); schema: the log contract, a JSON Schema of the log record
${analysisOptionsHelp}
  -h, --help                   print this help
`,
  plan: `Usage: threat-align plan [MODEL] --backlog file:PATH [options]

The sprint plan: for every story planned in the milestone or iteration, the mitigations its
threats need, their backlog items and their state, as a checklist, with what is missing to plan.

Options:
      --milestone NAME         the milestone or iteration (default: the first that still has open items)
      --format markdown|json   output format (default: markdown)
${analysisOptionsHelp}
  -h, --help                   print this help
`,
  import: `Usage: threat-align import FILE [--output FILE]

Converts an OWASP Threat Dragon, AWS Threat Composer, Microsoft Threat Modeling Tool or Threagile
model to native YAML, with comments where something was inferred. FILE may be - (standard input).

Options:
      --output FILE            write the model to FILE instead of standard output
  -h, --help                   print this help
`,
  kb: `Usage: threat-align kb show [NAME@VERSION|PATH] [--format text|json]
       threat-align kb pin [MODEL] [--kb NAME@VERSION|PATH]
       threat-align kb diff TARGET [MODEL] [--profile top|full]

  show   list a knowledge base's entries and their counts (default: the newest shipped core)
  pin    record the knowledge base's name, version and sha256 in the model, keeping its layout
  diff   list the threats and mitigation types that would appear or disappear with TARGET

Options:
      --format text|json       kb show's output format (default: text)
      --kb NAME@VERSION|PATH   kb pin: the knowledge base to pin instead of the model's
      --profile top|full       kb diff: the profile to compare (default: the model's)
  -h, --help                   print this help
`,
  schema: `Usage: threat-align schema [NAME]

Prints a published JSON Schema: model (default), backlog, report, config, kb or events.

Options:
  -h, --help                   print this help
`,
  init: `Usage: threat-align init [FOLDER] [options]

Writes a commented starter threat model (threatmodel.yaml), .threat-align.yaml and the CI
workflow for the chosen platform into FOLDER (default: the working directory). Never overwrites
a file: when one exists, nothing is written. Without --name on a terminal, it asks.

Options:
      --name NAME              the system's name
      --components LIST        main components, comma-separated: NAME or NAME:TYPE (a component type
                               of the knowledge base, e.g. api:api, db:sql-database)
      --backlog github|azure-boards|file
                               where the backlog lives (default: github)
      --ci github|azure|none   the CI workflow to write (default: github, or azure with azure-boards)
  -h, --help                   print this help
`,
};
