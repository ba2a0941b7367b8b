import type { Finding } from '../findings/finding.js';
import type { ThreatModel } from '../model/threat-model.js';
import { SourceIndex } from '../source/source-index.js';

/** The most a run takes on (SPEC §9): far above real models and backlogs, set in `limits:` of the configuration. */
export interface Limits {
  /** The largest model file, in megabytes (MiB). Default 32. */
  modelMegabytes?: number;
  /** The most components and flows together. Default 250,000. */
  elements?: number;
  /** The most backlog items read. Default 200,000. */
  backlogItems?: number;
}

export const defaultLimits: Required<Limits> = {
  modelMegabytes: 32,
  elements: 250_000,
  backlogItems: 200_000,
};

const hint = (key: keyof Limits, what: string): string =>
  `${what} If the input is right, raise the limit in the configuration (.threat-align.yaml): limits: { ${key}: N }.`;

/**
 * A model file larger than the limit, refused before it is parsed: reading a 50 MB model took over
 * 60 s and 1.5 GB. Measured in UTF-8 bytes, in one pass over the text.
 */
export function modelTooLarge(
  file: string,
  content: Uint8Array | string,
  limits: Limits = {},
): Finding | undefined {
  const megabytes = limits.modelMegabytes ?? defaultLimits.modelMegabytes;
  const size = typeof content === 'string' ? utf8Length(content) : content.byteLength;
  if (size <= megabytes * 1024 * 1024) return undefined;
  return {
    check: 'TA101',
    severity: 'error',
    message: `the model is ${(size / 1024 / 1024).toFixed(1)} MB; threat-align reads models of up to ${megabytes} MB`,
    location: new SourceIndex(file, '').at(0),
    hint: hint('modelMegabytes', 'Split the system into several models, one per part a team owns.'),
    subject: 'limit:model-size',
  };
}

/** A model with more components and flows than the limit, refused before it is expanded. */
export function tooManyElements(
  model: ThreatModel,
  index: SourceIndex,
  limits: Limits = {},
): Finding | undefined {
  const most = limits.elements ?? defaultLimits.elements;
  const count = model.components.length + (model.flows?.length ?? 0);
  if (count <= most) return undefined;
  return {
    check: 'TA101',
    severity: 'error',
    message: `the model has ${count.toLocaleString('en')} components and flows; threat-align checks models of up to ${most.toLocaleString('en')}`,
    location: index.locate('/components', 'key'),
    hint: hint('elements', 'Split the system into several models, one per part a team owns.'),
    subject: 'limit:elements',
  };
}

/** A backlog with more items than the limit: its items are not read past it, and no alignment is made. */
export function tooManyBacklogItems(index: SourceIndex, source: string, limits: Limits = {}): Finding {
  const most = limits.backlogItems ?? defaultLimits.backlogItems;
  return {
    check: 'TA101',
    severity: 'error',
    message: `the backlog (${source}) has more than ${most.toLocaleString('en')} items; threat-align reads backlogs of up to ${most.toLocaleString('en')}, so it was not aligned`,
    location: index.locate('/schema', 'key'),
    hint: hint('backlogItems', 'Narrow the backlog to the project the model belongs to.'),
    subject: 'limit:backlog-items',
  };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
