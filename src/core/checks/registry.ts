import type { Check, CheckInfo } from './check.js';
import { ta101InvalidModel } from './ta101-invalid-model.js';
import { ta102UnknownReference } from './ta102-unknown-reference.js';
import { ta103DuplicateId } from './ta103-duplicate-id.js';
import { ta104PinMismatch } from './ta104-pin-mismatch.js';
import { ta105NewerKnowledgeBase } from './ta105-newer-knowledge-base.js';
import { ta106InvalidKnowledgeBase } from './ta106-invalid-knowledge-base.js';
import { ta107UnmappedImport } from './ta107-unmapped-import.js';
import { ta201WithoutStoryUnmapped } from './ta201-without-story-unmapped.js';
import { ta202ThreatWithoutStory } from './ta202-threat-without-story.js';
import { ta203StoryWithoutClause } from './ta203-story-without-clause.js';
import { ta204UnknownBacklogMention } from './ta204-unknown-backlog-mention.js';
import { ta205ThreatUnmitigated } from './ta205-threat-unmitigated.js';
import { ta301MitigationWithoutBacklog } from './ta301-mitigation-without-backlog.js';
import { ta302ImplementedWithOpenItems } from './ta302-implemented-with-open-items.js';
import { ta303DoneItemsStillPlanned } from './ta303-done-items-still-planned.js';
import { ta304MissingBacklogItem } from './ta304-missing-backlog-item.js';
import { ta305RequirementUnlinked } from './ta305-requirement-unlinked.js';
import { ta401StoryMitigationsUnplanned } from './ta401-story-mitigations-unplanned.js';
import { ta501ThreatEventsUnplanned } from './ta501-threat-events-unplanned.js';
import { ta601UnansweredQuestions } from './ta601-unanswered-questions.js';

/** Every check that runs on a loaded model, in catalogue order. */
export const checks: readonly Check[] = [
  ta102UnknownReference,
  ta103DuplicateId,
  ta104PinMismatch,
  ta105NewerKnowledgeBase,
  ta201WithoutStoryUnmapped,
  ta202ThreatWithoutStory,
  ta203StoryWithoutClause,
  ta204UnknownBacklogMention,
  ta205ThreatUnmitigated,
  ta301MitigationWithoutBacklog,
  ta302ImplementedWithOpenItems,
  ta303DoneItemsStillPlanned,
  ta304MissingBacklogItem,
  ta305RequirementUnlinked,
  ta401StoryMitigationsUnplanned,
  ta501ThreatEventsUnplanned,
  ta601UnansweredQuestions,
];

/** The whole catalogue (SPEC §5), including checks raised while loading (TA101, TA106, TA107). */
export const catalogue: readonly CheckInfo[] = [
  ta101InvalidModel,
  ...checks,
  ta106InvalidKnowledgeBase,
  ta107UnmappedImport,
].sort((a, b) => (a.id < b.id ? -1 : 1));

export function findCheckInfo(id: string): CheckInfo | undefined {
  return catalogue.find((check) => check.id === id);
}
