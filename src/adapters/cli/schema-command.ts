import { backlogSchema } from '../../core/backlog/backlog-schema.js';
import { configSchema } from '../../core/config/config-schema.js';
import { kbSchema } from '../../core/kb/kb-schema.js';
import { eventsSchema } from '../../core/report/events-schema.js';
import { modelSchema } from '../../core/model/model-schema.js';
import { reportSchema } from '../../core/report/report-schema.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** The published schemas, by the name `threat-align schema NAME` takes. */
const publishedSchemas: Record<string, object> = {
  model: modelSchema,
  backlog: backlogSchema,
  report: reportSchema,
  config: configSchema,
  kb: kbSchema,
  events: eventsSchema,
};

export function runSchema(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const name = parsed.positionals[0] ?? 'model';
  const schema = publishedSchemas[name];
  if (parsed.positionals.length > 1 || schema === undefined) {
    io.stderr(`threat-align schema: expected one of ${Object.keys(publishedSchemas).join(', ')}\n`);
    return Promise.resolve(exitCodes.usage);
  }
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return Promise.resolve(exitCodes.clean);
}
