import { planSprint, type SprintPlan } from '../../core/plan/sprint-plan.js';
import { renderSprintPlan } from '../../core/report/render-plan.js';
import { startCliRun, writeReport } from './cli-run.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

/**
 * `threat-align plan [MODEL] [--milestone NAME]`: the sprint plan (SPEC §6, the paper's sprint
 * planning) — per story planned in the milestone (default: the first that still holds open items),
 * the mitigations its threats need, their items and state, as a checklist. Markdown, or JSON.
 */
export async function runPlan(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const { values } = parsed;
  const format = typeof values.format === 'string' ? values.format : 'markdown';
  if (format !== 'markdown' && format !== 'json') {
    io.stderr('threat-align plan: --format must be markdown or json\n');
    return exitCodes.usage;
  }
  if (typeof values.backlog !== 'string') {
    io.stderr('threat-align plan: a sprint plan needs the backlog: give --backlog file:PATH\n');
    return exitCodes.usage;
  }
  const run = await startCliRun('plan', parsed, io);
  if (!run) return exitCodes.usage;
  const analysis = run.head;
  if (!analysis.links) {
    io.stderr(
      `threat-align plan: ${run.request.model} does not load or its knowledge base does not; run threat-align check first\n`,
    );
    return exitCodes.findings;
  }
  const milestone = typeof values.milestone === 'string' ? values.milestone : undefined;
  const plan = planSprint(analysis, milestone);
  if (milestone !== undefined && !plan.milestones.includes(milestone) && plan.stories.length === 0) {
    const known = plan.milestones.length > 0 ? plan.milestones.join(', ') : 'none';
    io.stderr(
      `threat-align plan: no open item is planned in "${milestone}"; milestones with open items: ${known}\n`,
    );
    return exitCodes.usage;
  }
  const report = format === 'json' ? `${JSON.stringify(planJson(plan), null, 2)}\n` : renderSprintPlan(plan);
  const output = typeof values.output === 'string' ? values.output : undefined;
  const missing = plan.stories.flatMap((s) => s.mitigations).filter((m) => !m.ready).length;
  const written = await writeReport(
    report,
    output,
    io,
    `${missing} mitigations not planned with their stories`,
  );
  return written ? exitCodes.clean : exitCodes.usage;
}

function planJson(plan: SprintPlan): object {
  return {
    milestone: plan.milestone ?? null,
    milestones: plan.milestones,
    stories: plan.stories.map((s) => ({
      id: s.story.id,
      title: s.story.title,
      status: s.story.status,
      threats: s.threats,
      mitigations: s.mitigations.map((m) => ({
        id: m.id,
        status: m.status,
        threats: m.threats,
        ready: m.ready,
        ...(m.missing === undefined ? {} : { missing: m.missing }),
        items: m.items.map(({ item, planned }) => ({
          id: item.id,
          status: item.status,
          milestone: item.milestone ?? null,
          planned,
        })),
      })),
    })),
  };
}
