import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta104PinMismatch: Check = {
  id: 'TA104',
  title: 'The knowledge-base pin does not match',
  defaultSeverity: 'error',
  why: 'The threats a model gets depend on the exact knowledge base; without a matching pin the same model can silently gain or lose threats when the knowledge base changes.',
  fix: 'Run `threat-align kb pin` to record the name, version and sha256 of the knowledge base the model uses, after reviewing what changed with `threat-align kb diff`.',
  run: findPinMismatch,
};

function findPinMismatch(context: CheckContext): FindingDraft[] {
  const pin = context.knowledge?.pin;
  if (!pin) return [];
  const { loaded } = pin;
  const described = `${loaded.name}@${loaded.version}`;
  if (!pin.declared) {
    if (pin.imported === true) return [];
    return [
      {
        message: `the model does not say which knowledge base it uses; it was checked against ${described}`,
        location: context.index.locate('/schema', 'key'),
        hint: `Run threat-align kb pin, or add knowledgeBase: { use: ${described}, sha256: ${loaded.sha256} } to the model.`,
        subject: 'pin:undeclared',
      },
    ];
  }
  if (pin.pinnedSha256 === undefined) {
    return [
      {
        message: `the knowledge base ${pin.use} is not pinned: the model records no sha256`,
        location: context.index.locate('/knowledgeBase/use'),
        hint: `Run threat-align kb pin, or add sha256: ${loaded.sha256} to knowledgeBase.`,
        subject: 'pin:missing',
      },
    ];
  }
  if (pin.pinnedSha256 !== loaded.sha256) {
    return [
      {
        message: `the pinned sha256 does not match ${pin.use} (${described} has ${loaded.sha256.slice(0, 12)}…, the model pins ${pin.pinnedSha256.slice(0, 12)}…): its content changed since it was pinned`,
        location: context.index.locate('/knowledgeBase/sha256'),
        hint: 'Review the change with threat-align kb diff, then run threat-align kb pin to record the new hash.',
        subject: 'pin:sha256',
      },
    ];
  }
  return [];
}
