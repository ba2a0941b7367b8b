import { describePointer } from '../source/source-index.js';
import type { Check, CheckContext, FindingDraft } from './check.js';
import { findDuplicateModelMitigations } from './model-mitigation-references.js';
import { kindNames } from './ta102-unknown-reference.js';

export const ta103DuplicateId: Check = {
  id: 'TA103',
  title: 'Duplicate id',
  defaultSeverity: 'error',
  why: 'Ids name threats (THREATTYPE@element), links and backlog references; two elements with one id make every such link ambiguous.',
  fix: 'Rename one of the two elements; ids share one namespace across boundaries, data, components, flows, requirements and threats.',
  run: (context) => [...findDuplicateIds(context), ...findDuplicateModelMitigations(context)],
};

function findDuplicateIds(context: CheckContext): FindingDraft[] {
  const occurrences = new Map<string, number>();
  return context.ids.repeats.map(({ first, repeat }) => {
    const occurrence = (occurrences.get(repeat.id) ?? 0) + 1;
    occurrences.set(repeat.id, occurrence);
    const at = context.index.locate(first.pointer);
    const firstAt = `line ${at.line}:${at.column}`;
    const bothDecisions = first.kind === 'threat' && repeat.kind === 'threat' && repeat.id.includes('@');
    return {
      message: `${describePointer(repeat.pointer)}: "${repeat.id}" is already the id of the ${kindNames[first.kind]} at ${firstAt}`,
      location: context.index.locate(repeat.pointer),
      hint: bothDecisions
        ? `Keep one decision on "${repeat.id}": remove this entry, or merge it into the one at ${firstAt}.`
        : `Rename this ${kindNames[repeat.kind]}, or merge it into the ${kindNames[first.kind]} at ${firstAt}: boundaries, data assets, components, flows, requirements and threats share one namespace of ids.`,
      subject: `duplicate:${repeat.kind}:${repeat.id}:${occurrence}`,
    };
  });
}
