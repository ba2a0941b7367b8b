import { childPointer, describePointer, parentPointer } from '../source/source-index.js';
import type { ElementKind } from '../model/index-model.js';
import { threatElement } from '../model/index-model.js';
import { suggestId } from '../source/suggest-id.js';
import { isThreatDecision } from '../model/threat-model.js';
import { stablePath } from '../source/stable-path.js';
import type { Check, CheckContext, FindingDraft } from './check.js';
import { findUnknownKnowledgeReferences } from './knowledge-references.js';
import { appendTo } from '../append-to.js';
import { findUnknownModelMitigationThreats } from './model-mitigation-references.js';

/** How a reader names each kind of element. */
export const kindNames: Record<ElementKind, string> = {
  boundary: 'boundary',
  data: 'data asset',
  component: 'component',
  flow: 'flow',
  requirement: 'requirement',
  threat: 'threat',
};

export const ta102UnknownReference: Check = {
  id: 'TA102',
  title: 'A reference points to nothing',
  defaultSeverity: 'error',
  why: 'A reference to an id the model does not declare is a typo or a leftover: the link it was meant to make (a flow, a boundary, a decision) silently does not exist.',
  fix: 'Write the id of an element that exists, or declare the missing element.',
  run: (context) => [
    ...findUnknownReferences(context),
    ...findUnknownKnowledgeReferences(context),
    ...findUnknownModelMitigationThreats(context),
  ],
};

function findUnknownReferences(context: CheckContext): FindingDraft[] {
  const { model } = context;
  const findings: FindingDraft[] = [];
  const declared = declaredKinds(context);
  const expect = (pointer: string, id: string, kinds: ElementKind[], threatId?: string): void => {
    const kindsOfId = declared.get(id) ?? [];
    if (kindsOfId.some((kind) => kinds.includes(kind))) return;
    findings.push(unknown(context, declared, { pointer, id, kinds, actualKind: kindsOfId[0], threatId }));
  };

  for (const [i, boundary] of (model.boundaries ?? []).entries()) {
    if (boundary.parent !== undefined) expect(`/boundaries/${i}/parent`, boundary.parent, ['boundary']);
  }
  findings.push(...findBoundaryCycles(context));
  for (const [i, component] of model.components.entries()) {
    if (component.boundary !== undefined)
      expect(`/components/${i}/boundary`, component.boundary, ['boundary']);
    for (const [j, data] of (component.data ?? []).entries())
      expect(`/components/${i}/data/${j}`, data, ['data']);
  }
  for (const [i, flow] of (model.flows ?? []).entries()) {
    expect(`/flows/${i}/from`, flow.from, ['component']);
    expect(`/flows/${i}/to`, flow.to, ['component']);
    for (const [j, data] of (flow.data ?? []).entries()) expect(`/flows/${i}/data/${j}`, data, ['data']);
  }
  for (const [i, threat] of (model.threats ?? []).entries()) {
    if (isThreatDecision(threat)) {
      expect(`/threats/${i}/id`, threatElement(threat.id) ?? '', ['component', 'flow'], threat.id);
    } else {
      expect(`/threats/${i}/target`, threat.target, ['component', 'flow']);
    }
  }
  for (const [id, decision] of Object.entries(model.mitigations ?? {})) {
    for (const element of Object.keys(decision.except ?? {})) {
      const pointer = childPointer(childPointer(childPointer('/mitigations', id), 'except'), element);
      expect(pointer, element, ['component', 'flow']);
    }
  }
  for (const [i, story] of (model.stories ?? []).entries()) {
    for (const [j, threat] of (story.threats ?? []).entries()) {
      const element = threatElement(threat);
      if (element === undefined) expect(`/stories/${i}/threats/${j}`, threat, ['threat']);
      else expect(`/stories/${i}/threats/${j}`, element, ['component', 'flow'], threat);
    }
    for (const [j, requirement] of (story.requirements ?? []).entries()) {
      expect(`/stories/${i}/requirements/${j}`, requirement, ['requirement']);
    }
  }
  for (const component of Object.keys(model.answers ?? {})) {
    expect(childPointer('/answers', component), component, ['component']);
  }
  return findings;
}

/** Every kind each id is declared as: a repeated id (TA103) still counts as declared for each of its kinds. */
function declaredKinds(context: CheckContext): Map<string, ElementKind[]> {
  const declared = new Map<string, ElementKind[]>();
  const add = ({ id, kind }: { id: string; kind: ElementKind }): void => {
    appendTo(declared, id, kind);
  };
  context.ids.byId.forEach(add);
  context.ids.repeats.forEach(({ repeat }) => {
    add(repeat);
  });
  return declared;
}

interface UnknownReference {
  pointer: string;
  id: string;
  kinds: ElementKind[];
  actualKind: ElementKind | undefined;
  /** The whole threat id when `id` is its element part (`SQLI@orders-db`). */
  threatId: string | undefined;
}

function unknown(
  context: CheckContext,
  declared: ReadonlyMap<string, ElementKind[]>,
  { pointer, id, kinds, actualKind, threatId }: UnknownReference,
): FindingDraft {
  const wanted = kinds.map((k) => kindNames[k]).join(' or ');
  const isKey = pointer.startsWith('/answers/') || pointer.includes('/except/');
  const candidates = [...declared].filter(([, k]) => k.some((kind) => kinds.includes(kind))).map(([c]) => c);
  const suggestion = suggestId(id, candidates);
  const subjectOf = threatId === undefined ? `"${id}"` : `threat "${threatId}" is about "${id}", which`;
  const problem = actualKind
    ? `${subjectOf} is a ${kindNames[actualKind]}, not a ${wanted}`
    : `${subjectOf} names no ${wanted} of the model`;
  const hint = suggestion
    ? `Did you mean "${suggestion}"? Write the id of a ${wanted} declared in the model.`
    : actualKind
      ? `Write the id of a ${wanted} declared in the model here.`
      : `Write the id of a ${wanted} declared in the model, or declare "${id}".`;
  // A key names itself: the message names the mapping it sits in.
  const where = describePointer(isKey ? parentPointer(pointer) : pointer);
  return {
    message: `${where}: ${problem}`,
    location: context.index.locate(pointer, isKey ? 'key' : 'value'),
    hint,
    subject: `${stablePath(context.model, pointer)}=${id}`,
  };
}

/** Boundaries nest through `parent`; a loop there has no outermost zone. */
function findBoundaryCycles(context: CheckContext): FindingDraft[] {
  const boundaries = context.model.boundaries ?? [];
  const parentOf = new Map(boundaries.map((b) => [b.id, b.parent]));
  const reported = new Set<string>();
  const findings: FindingDraft[] = [];
  for (const [i, boundary] of boundaries.entries()) {
    const path = [boundary.id];
    let current = boundary.parent;
    while (current !== undefined && parentOf.has(current) && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current);
    }
    if (current !== boundary.id || reported.has(boundary.id)) continue;
    path.forEach((id) => reported.add(id));
    findings.push({
      message: `boundary "${boundary.id}" sits inside itself: ${[...path, boundary.id].join(' → ')}`,
      location: context.index.locate(`/boundaries/${i}/parent`),
      hint: `Remove "parent:" from one of ${path.map((p) => `"${p}"`).join(', ')} so that the nesting has an outermost boundary.`,
      subject: `boundary-cycle:${[...path].sort().join(',')}`,
    });
  }
  return findings;
}
