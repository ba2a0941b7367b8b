import { findCheckInfo } from '../checks/registry.js';
import type { Expansion, Threat } from '../expand/expansion.js';
import type { Finding } from '../findings/finding.js';
import type { Links } from '../link/resolve-links.js';
import type { ActionKind, ActionText } from './action.js';
import { distinct } from './action-wording.js';
import { describeCoverageAction } from './describe-coverage-action.js';
import { describeMitigationAction, describeStatusAction } from './describe-mitigation-action.js';

export interface DescribeContext {
  threats: ReadonlyMap<string, Threat>;
  expansion?: Expansion | undefined;
  links?: Links | undefined;
  /** How an item reference is written in this backlog: `#N`, or `AB#N` for Azure Boards. */
  ref: string;
}

/** The words of one action, from the findings that roll up into it (all of one kind and key). */
export function describeAction(
  kind: ActionKind,
  key: string,
  findings: readonly Finding[],
  context: DescribeContext,
): ActionText {
  switch (kind) {
    case 'mitigation':
      return describeMitigationAction(key, findings, context.expansion, context.ref);
    case 'mitigation-status':
      return describeStatusAction(key, findings, context.expansion, context.links);
    case 'coverage':
      return describeCoverageAction(key, findings, context.threats, context.expansion, context.ref);
    case 'story':
      return describeStoryAction(key, findings, context.links);
    default:
      return describeSingle(kind, key, findings);
  }
}

const storyTitles: Record<string, (id: string, milestone: string) => string> = {
  TA401: (id, milestone) => `${milestone}: plan the mitigations of story ${id} with it`,
  TA201: (id) => `Link story ${id} to the threat its WITHOUT clause names`,
  TA203: (id) => `Write the WITHOUT clause of story ${id}`,
};

function describeStoryAction(id: string, findings: readonly Finding[], links: Links | undefined): ActionText {
  const item = links?.items.get(id);
  const milestone = item?.milestone;
  const first = ['TA401', 'TA201', 'TA203'].find((check) => findings.some((f) => f.check === check));
  const title = storyTitles[first ?? '']?.(id, milestone ?? 'its milestone') ?? `Fix story ${id}`;
  return {
    title,
    detail: distinct(findings.map((f) => f.message)).join('; '),
    hint: distinct(findings.map((f) => f.hint)).join(' '),
    audience: 'product-owner',
    top: false,
    ...(milestone ? { milestone } : {}),
  };
}

function describeSingle(kind: ActionKind, key: string, findings: readonly Finding[]): ActionText {
  const first = findings[0];
  const detail = distinct(findings.map((f) => f.message)).join('; ');
  const hint = distinct(findings.map((f) => f.hint)).join(' ');
  if (kind === 'item') {
    // TA204's subject is `item:id`: the ids as the item writes them.
    const ids = distinct(findings.map((f) => f.subject.slice(f.subject.indexOf(':') + 1)));
    const shown = ids.length <= 2 ? ids.join(' and ') : `${ids.length} ids`;
    return { title: `Correct ${shown} in ${key}`, detail, hint, audience: 'product-owner', top: false };
  }
  if (kind === 'requirement')
    return {
      title: `Link requirement ${key} to a mitigation or an item`,
      detail,
      hint,
      audience: 'model-author',
      top: false,
    };
  if (first?.check === 'TA304') {
    // subject `owner:ref`: the mitigation (or requirement, story…) and the reference written on it
    const subject = first.subject;
    const colon = subject.indexOf(':');
    const owner = subject.slice(0, colon);
    const ref = subject.slice(colon + 1);
    const on = owner === 'story' ? 'under stories:' : `on ${owner}`;
    return { title: `Fix the link to ${ref} ${on}`, detail, hint, audience: 'model-author', top: false };
  }
  const title = first ? (findCheckInfo(first.check)?.title ?? first.check) : 'Fix the model';
  return { title, detail, hint, audience: 'model-author', top: false };
}
