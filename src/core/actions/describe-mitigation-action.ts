import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Expansion } from '../expand/expansion.js';
import type { Finding } from '../findings/finding.js';
import type { Links } from '../link/resolve-links.js';
import type { ActionText } from './action.js';
import { countOf, distinct, listIds } from './action-wording.js';

/**
 * "Plan M-RBAC": one action per mitigation type for its TA301 (no backlog item carries it) and the
 * TA205 threats that would be mitigated by planning it.
 */
export function describeMitigationAction(
  id: string,
  findings: readonly Finding[],
  expansion: Expansion | undefined,
  ref: string,
): ActionText {
  const rollup = expansion?.mitigations.find((m) => m.id === id);
  const threats = rollup?.threats ?? [];
  const elements = distinct((rollup?.places ?? []).map((p) => p.element));
  const unlinked = findings.some((f) => f.check === 'TA301');
  const bare = findings.filter((f) => f.check === 'TA205').map((f) => f.subject);
  const name = rollup ? ` (${rollup.name})` : '';
  const parts = [
    threats.length > 0
      ? `${countOf(threats.length, 'threat')} on ${countOf(elements.length, 'element')} ${threats.length === 1 ? 'relies' : 'rely'} on ${id}${name}`
      : `${id}${name} applies`,
  ];
  if (unlinked) parts.push('no backlog item carries it');
  if (bare.length > 0)
    parts.push(`${listIds(bare, 3)} ${bare.length === 1 ? 'has' : 'have'} no mitigation planned at all`);
  const backlog =
    rollup && rollup.backlog.length > 0 ? rollup.backlog.map((b) => `"${b}"`).join(', ') : `"${ref}"`;
  return {
    title: `Plan ${id}`,
    detail: parts.join('; '),
    hint:
      `Under mitigations: write ${id}: { status: planned, backlog: [${backlog}] }` +
      `${rollup && rollup.backlog.length > 0 ? '' : ` (${ref}: the item that builds it, or give that item the label mitigation:${id})`}. ` +
      'If it is already in place, write status: implemented; if it does not apply, status: not-applicable with a reason.',
    audience: 'product-owner',
    top: rollup?.top ?? false,
  };
}

/** "Close #36 or set M-AUDIT-LOG to in-progress": the status of a mitigation against its items (TA302, TA303). */
export function describeStatusAction(
  id: string,
  findings: readonly Finding[],
  expansion: Expansion | undefined,
  links: Links | undefined,
): ActionText {
  const rollup = expansion?.mitigations.find((m) => m.id === id);
  const items = [...(links?.itemsFor.mitigation.get(id) ?? [])]
    .map((itemId) => links?.items.get(itemId))
    .filter((item): item is BacklogItem => item !== undefined);
  const implemented = findings.some((f) => f.check === 'TA302');
  const hint = distinct(findings.map((f) => f.hint)).join(' ');
  const top = rollup?.top ?? false;
  if (implemented) {
    const open = items.filter((i) => i.status === 'open').map((i) => i.id);
    const shown = open.length > 0 ? listIds(open) : 'its items';
    return {
      title: `Close ${shown} as completed, or set ${id} to in-progress`,
      detail: `${shown} ${open.length === 1 ? 'is' : 'are'} still open, but the model says ${id} is implemented`,
      hint,
      audience: 'developer',
      top,
    };
  }
  const done = items.filter((i) => i.status === 'done').map((i) => i.id);
  const shown = done.length > 0 ? listIds(done) : 'its items';
  return {
    title: `Set ${id} to implemented`,
    detail: `${shown} ${done.length === 1 ? 'is' : 'are'} done, but the model still says ${id} is ${rollup?.status ?? 'planned'}`,
    hint,
    audience: 'developer',
    top,
  };
}
