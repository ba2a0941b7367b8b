export const usage = `Usage: threat-align <command> [options]

Commands:
  check [MODEL]        load, validate and check a threat model (default: threatmodel.yaml)
      --format text|json       output format (default: text)
      --fail-on error|warning|note|never
                               exit 1 when findings at or above this severity exist (default: error)
      --config FILE            configuration (default: .threat-align.yaml when present)
  schema [NAME]        print a published JSON Schema: model (default), backlog, report, config, kb
  help                 print this help
  --version            print the version

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.
`;
