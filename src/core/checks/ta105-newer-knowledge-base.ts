import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta105NewerKnowledgeBase: Check = {
  id: 'TA105',
  title: 'A newer knowledge-base version exists',
  defaultSeverity: 'note',
  why: 'Newer knowledge-base versions add threats found since and retire wrong ones; staying on an old pin keeps the model blind to them.',
  fix: 'Review the change with `threat-align kb diff core@NEW`, then move `knowledgeBase.use` to the new version and run `threat-align kb pin`.',
  run: findNewerKnowledgeBase,
};

function findNewerKnowledgeBase(context: CheckContext): FindingDraft[] {
  const upgrade = context.knowledge?.upgrade;
  if (!upgrade) return [];
  return [
    {
      message: `${upgrade.to} is available (the model uses ${upgrade.from}): moving would add ${upgrade.added.length} threat${upgrade.added.length === 1 ? '' : 's'} and remove ${upgrade.removed.length}`,
      location: context.index.locate('/knowledgeBase/use'),
      hint: `Run threat-align kb diff ${upgrade.to} to see them, then write use: ${upgrade.to} and run threat-align kb pin.`,
      subject: `upgrade:${upgrade.to}`,
    },
  ];
}
