import { dirname } from 'node:path';
import { expandModel } from '../../core/expand/expand-model.js';
import type { Profile } from '../../core/expand/expansion.js';
import { diffExpansions } from '../../core/expand/diff-expansions.js';
import type { KnowledgeBase } from '../../core/kb/knowledge-base.js';
import { pinModelText } from '../../core/kb/pin-model.js';
import { resolveKnowledgeBase } from '../../core/kb/resolve-kb.js';
import { renderKnowledgeBaseText, summarizeKnowledgeBase } from '../../core/kb/summarize-kb.js';
import { loadModel } from '../../core/import/load-model-file.js';
import type { ThreatModel } from '../../core/model/threat-model.js';
import { countFindings } from '../../core/findings/count-findings.js';
import type { Finding } from '../../core/findings/finding.js';
import { renderText } from '../../core/report/render-text.js';
import { defaultKnowledgeBaseName, newestShipped } from '../../core/run-pipeline.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** `threat-align kb show|pin|diff`. */
export async function runKb(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const [sub, ...rest] = parsed.positionals;
  const kbOption = typeof parsed.values.kb === 'string' ? parsed.values.kb : undefined;
  switch (sub) {
    case 'show':
      return showKb(rest, parsed.values.format, io);
    case 'pin':
      return pinKb(rest, kbOption, io);
    case 'diff':
      return diffKb(rest, parsed.values.profile, io);
    default:
      io.stderr('threat-align kb: expected show, pin or diff\n');
      return exitCodes.usage;
  }
}

async function showKb(args: string[], format: unknown, io: CliIo): Promise<number> {
  if (args.length > 1) return usage(io, 'kb show takes one knowledge base: NAME@VERSION or a path');
  if (format !== undefined && format !== 'text' && format !== 'json')
    return usage(io, '--format must be text or json');
  const kb = await resolveOrReport(
    args[0] ?? (await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases)),
    '.',
    io,
  );
  if (!kb) return exitCodes.usage;
  if (format === 'json')
    io.stdout(`${JSON.stringify({ ...summarizeKnowledgeBase(kb), entries: kb }, null, 2)}\n`);
  else io.stdout(renderKnowledgeBaseText(kb));
  return exitCodes.clean;
}

async function pinKb(args: string[], kbOption: string | undefined, io: CliIo): Promise<number> {
  if (args.length > 1) return usage(io, 'kb pin takes one model file');
  const file = args[0] ?? 'threatmodel.yaml';
  const model = await readModel(file, io);
  if (!model) return exitCodes.usage;
  const use =
    kbOption ??
    model.model.knowledgeBase?.use ??
    (await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases));
  const kb = await resolveOrReport(use, kbOption === undefined ? dirname(file) : '.', io);
  if (!kb) return exitCodes.usage;
  const result = pinModelText(model.text, { use, sha256: kb.sha256 });
  if (!result.ok) {
    io.stderr(
      `threat-align kb pin: ${file} was left as it is (${result.reason}). Put these lines in it:\n\n${result.paste}\n`,
    );
    return exitCodes.findings;
  }
  if (!result.changed) {
    io.stdout(`${file} is already pinned to ${kb.name}@${kb.version} (sha256 ${kb.sha256})\n`);
    return exitCodes.clean;
  }
  const written = await io.writeFile(file, result.text);
  if (!written.ok) {
    io.stderr(`threat-align: ${written.reason}\n`);
    return exitCodes.usage;
  }
  io.stdout(`${file}: pinned ${use} (${kb.name}@${kb.version}, sha256 ${kb.sha256})\n`);
  return exitCodes.clean;
}

async function diffKb(args: string[], profileOption: unknown, io: CliIo): Promise<number> {
  const [target, file = 'threatmodel.yaml', ...extra] = args;
  if (target === undefined || extra.length > 0)
    return usage(
      io,
      'kb diff takes a target knowledge base (NAME@VERSION or a path) and optionally a model file',
    );
  if (profileOption !== undefined && profileOption !== 'top' && profileOption !== 'full')
    return usage(io, '--profile must be top or full');
  const model = await readModel(file, io);
  if (!model) return exitCodes.usage;
  const currentUse =
    model.model.knowledgeBase?.use ?? (await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases));
  const current = await resolveOrReport(currentUse, dirname(file), io);
  const next = current && (await resolveOrReport(target, '.', io));
  if (!current || !next) return exitCodes.usage;
  const profile: Profile = profileOption ?? model.model.knowledgeBase?.profile ?? 'top';
  const diff = diffExpansions(
    expandModel(model.model, current, profile),
    expandModel(model.model, next, profile),
  );
  const lines = [
    `${current.name}@${current.version} → ${next.name}@${next.version} (profile ${profile}) for ${file}`,
  ];
  const section = (title: string, sign: string, ids: string[]): void => {
    lines.push(`${title}: ${ids.length}`, ...ids.map((id) => `  ${sign} ${id}`));
  };
  section('threats that would appear', '+', diff.threatsAdded);
  section('threats that would disappear', '-', diff.threatsRemoved);
  section('mitigation types that would appear', '+', diff.mitigationsAdded);
  section('mitigation types that would disappear', '-', diff.mitigationsRemoved);
  io.stdout(`${lines.join('\n')}\n`);
  return exitCodes.clean;
}

async function readModel(file: string, io: CliIo): Promise<{ model: ThreatModel; text: string } | undefined> {
  const read = await io.readFile(file);
  if (!read.ok) {
    io.stderr(`threat-align: ${read.reason}\n`);
    return undefined;
  }
  const loaded = loadModel(file, read.bytes);
  if (!loaded.model) {
    reportFindings(io, `${file} does not validate; fix it first`, loaded.findings);
    return undefined;
  }
  return { model: loaded.model, text: new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, '') };
}

async function resolveOrReport(
  use: string,
  relativeTo: string,
  io: CliIo,
): Promise<KnowledgeBase | undefined> {
  const resolved = await resolveKnowledgeBase(use, io.knowledgeBases, relativeTo);
  if (resolved.loaded) return resolved.loaded.kb;
  if (resolved.problem)
    io.stderr(`threat-align: ${resolved.problem.message}\n    hint: ${resolved.problem.hint}\n`);
  if (resolved.findings.length > 0)
    reportFindings(io, `knowledge base ${use} does not load`, resolved.findings);
  return undefined;
}

function reportFindings(io: CliIo, title: string, findings: Finding[]): void {
  io.stderr(`threat-align: ${title}\n${renderText({ findings, counts: countFindings(findings) })}`);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`threat-align: ${message}\n`);
  return exitCodes.usage;
}
