import type { Check, CheckInfo } from './check.js';
import { ta101InvalidModel } from './ta101-invalid-model.js';
import { ta102UnknownReference } from './ta102-unknown-reference.js';
import { ta103DuplicateId } from './ta103-duplicate-id.js';

/** Every check that runs on a loaded model, in catalogue order. */
export const checks: readonly Check[] = [ta102UnknownReference, ta103DuplicateId];

/** The whole catalogue (SPEC §5), including checks raised outside the runner, such as TA101. */
export const catalogue: readonly CheckInfo[] = [ta101InvalidModel, ...checks];

export function findCheckInfo(id: string): CheckInfo | undefined {
  return catalogue.find((check) => check.id === id);
}
