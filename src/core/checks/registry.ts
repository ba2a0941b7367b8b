import type { Check, CheckInfo } from './check.js';
import { ta101InvalidModel } from './ta101-invalid-model.js';
import { ta102UnknownReference } from './ta102-unknown-reference.js';
import { ta103DuplicateId } from './ta103-duplicate-id.js';
import { ta104PinMismatch } from './ta104-pin-mismatch.js';
import { ta105NewerKnowledgeBase } from './ta105-newer-knowledge-base.js';
import { ta106InvalidKnowledgeBase } from './ta106-invalid-knowledge-base.js';
import { ta107UnmappedImport } from './ta107-unmapped-import.js';

/** Every check that runs on a loaded model, in catalogue order. */
export const checks: readonly Check[] = [
  ta102UnknownReference,
  ta103DuplicateId,
  ta104PinMismatch,
  ta105NewerKnowledgeBase,
];

/** The whole catalogue (SPEC §5), including checks raised outside the runner, such as TA101. */
export const catalogue: readonly CheckInfo[] = [ta101InvalidModel, ...checks, ta106InvalidKnowledgeBase, ta107UnmappedImport].sort(
  (a, b) => (a.id < b.id ? -1 : 1),
);

export function findCheckInfo(id: string): CheckInfo | undefined {
  return catalogue.find((check) => check.id === id);
}
