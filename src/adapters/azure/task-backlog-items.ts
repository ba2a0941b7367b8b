import type { Analysis } from '../../core/analyse.js';
import type { BacklogItem } from '../../core/backlog/backlog-item.js';
import { proposeMissingItems, renderProposals } from '../../core/report/missing-items.js';
import { createWorkItems, PartialCreation } from './create-work-items.js';
import type { BuildContext, TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

/** What the backlog-items step adds to a run: a section for the summary, and a failure if creating stopped. */
export interface BacklogItemsOutcome {
  section?: string;
  failure?: string;
}

/**
 * The opt-in backlog items of SPEC §6 on a scheduled or manual build (never on a pull request,
 * whose model is not merged yet): the missing items are proposed against the items this run read,
 * then listed (dry-run) or created as work items (create).
 */
export async function backlogItemsStep(
  inputs: TaskInputs,
  build: BuildContext,
  analysis: Analysis,
  items: readonly BacklogItem[],
  io: TaskIo,
): Promise<BacklogItemsOutcome> {
  if (inputs.backlogItems === 'off' || build.reason === 'PullRequest') return {};
  const proposals = proposeMissingItems(analysis, items);
  if (inputs.backlogItems === 'dry-run' || proposals.length === 0) {
    io.info(
      `threat-align: ${proposals.length} missing backlog item(s)${inputs.backlogItems === 'dry-run' ? ' (dry run: none created)' : ''}.`,
    );
    return {
      section: renderProposals(
        proposals,
        inputs.backlogItems,
        [],
        'Set the backlogItems input to create to create them.',
      ),
    };
  }
  try {
    const created = await createWorkItems(proposals, {
      client: await io.workItems(),
      project: build.project,
      type: inputs.createWorkItemType,
      tags: inputs.tags,
      ...(inputs.areaPath === undefined ? {} : { areaPath: inputs.areaPath }),
    });
    io.info(`threat-align: created ${created.map((c) => c.ref).join(', ')}.`);
    return { section: renderProposals(proposals, 'create', created) };
  } catch (error) {
    if (!(error instanceof PartialCreation)) throw error;
    const before =
      error.created.length === 0
        ? 'No work item was created'
        : `Created before the failure: ${error.created.map((c) => c.ref).join(', ')}`;
    return {
      section: renderProposals(proposals, 'create', error.created),
      failure: `${error.message} ${before}; a rerun creates only the missing ones.`,
    };
  }
}
