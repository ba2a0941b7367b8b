export const usage = `Usage: threat-align <command> [options]

Commands:
  check [MODEL]        load, validate and check a threat model (default: threatmodel.yaml)
      --format text|json|markdown|sarif
                               output format (default: text)
      --fail-on error|warning|note|never
                               exit 1 when findings at or above this severity exist (default: error)
      --config FILE            configuration (default: the .threat-align.yaml beside MODEL or above it)
      --kb NAME@VERSION|PATH   knowledge base to use instead of the model's knowledgeBase.use
      --profile top|full       profile to use instead of the model's knowledgeBase.profile
      --backlog file:PATH      align with a backlog file (schema/backlog.schema.json)
      --backlog jira:SITE/KEY  align with a Jira project (or jira:SITE?jql=JQL; docs/jira.md)
      --output FILE            write the report to FILE instead of standard output
  events [MODEL] [--format markdown|json|sigma|schema] [--output FILE|DIR]
                       the detection catalogue: per threat in scope, the events to raise, their alert
                       thresholds and the mitigations they watch (also takes --kb, --profile, --backlog, --config);
                       sigma: Sigma detection and correlation rules (with --output DIR, also the runbooks and
                       the log contract); schema: the log contract, a JSON Schema of the security log record
  plan [MODEL] --backlog file:PATH [--milestone NAME] [--format markdown|json] [--output FILE]
                       the sprint plan: per story planned in the milestone (default: the first with open
                       items), the mitigations its threats need, their items and state, as a checklist
  import FILE [--output FILE]
                       convert a Threat Dragon, Threat Composer, TMT or Threagile model to native YAML
  kb show [NAME@VERSION|PATH] [--format text|json]
                       list a knowledge base's entries and their counts (default: the newest shipped core)
  kb pin [MODEL] [--kb NAME@VERSION|PATH]
                       record the knowledge base's name, version and sha256 in the model, keeping its layout
  kb diff TARGET [MODEL] [--profile top|full]
                       list the threats and mitigation types that would appear or disappear with TARGET
  init [FOLDER] [--name NAME] [--components LIST] [--backlog github|azure-boards|file] [--ci github|azure|none]
                       write a commented starter model, .threat-align.yaml and a CI workflow (never overwrites)
  schema [NAME]        print a published JSON Schema: model (default), backlog, report, config, kb, events
  help [COMMAND]       print this help, or a command's (also threat-align COMMAND --help)
  --version            print the version

MODEL - reads the model from standard input.
Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.
`;
