import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta103DuplicateId: Check = {
  id: 'TA103',
  title: 'Duplicate id',
  defaultSeverity: 'error',
  why: 'Ids name threats (THREATTYPE@element), links and backlog references; two elements with one id make every such link ambiguous.',
  fix: 'Rename one of the two elements; ids share one namespace across boundaries, data, components, flows, requirements and threats.',
  run: findDuplicateIds,
};

function findDuplicateIds(context: CheckContext): FindingDraft[] {
  return context.ids.repeats.map(({ first, repeat }) => {
    const firstAt = context.index.locate(first.pointer);
    return {
      message: `id "${repeat.id}" is declared again (first as a ${first.kind} at line ${firstAt.line})`,
      location: context.index.locate(repeat.pointer),
      hint: `Rename this ${repeat.kind}, or merge it into the one at line ${firstAt.line}:${firstAt.column}.`,
      subject: `${repeat.pointer}=${repeat.id}`,
    };
  });
}
