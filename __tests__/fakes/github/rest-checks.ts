import { annotationJson, checkRunJson } from './rest-representations.js';
import type { RestAnswer, RestContext } from './rest-support.js';
import { errorAnswer, findRepository, isAnswer, notFound, paginate } from './rest-support.js';
import type { FakeAnnotation, FakeCheckRun } from './state.js';

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: FakeCheckRun['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title: string; summary: string; text?: string; annotations?: FakeAnnotation[] };
}

/** `POST /repos/{owner}/{repo}/check-runs`: only a GitHub App (such as GITHUB_TOKEN) may create one. */
export function createCheckRun(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  if (ctx.caller.kind !== 'token' || ctx.caller.token.app === undefined) {
    return errorAnswer(403, 'You must authenticate via a GitHub App.', ctx.operation.docUrl);
  }
  const body = ctx.body as CheckRunBody;
  const invalid = checkConclusion(ctx, body);
  if (invalid !== undefined) return invalid;
  const id = ctx.state.newId();
  const run: FakeCheckRun = {
    id,
    nodeId: `CR_kwDO${id}`,
    name: String(body.name),
    headSha: String(body.head_sha),
    status: body.conclusion === undefined ? (body.status ?? 'queued') : 'completed',
    conclusion: body.conclusion ?? null,
    startedAt: body.started_at ?? ctx.state.now(),
    completedAt: body.completed_at ?? (body.conclusion === undefined ? null : ctx.state.now()),
    externalId: body.external_id ?? null,
    detailsUrl: body.details_url ?? null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    annotationBatches: [],
    app: ctx.caller.token.app,
  };
  applyOutput(run, body.output);
  repository.checkRuns.set(id, run);
  return { status: 201, body: checkRunJson(ctx.urls, ctx.state, repository, run) };
}

/** `PATCH …/check-runs/{check_run_id}`: annotations are appended, as GitHub does. */
export function updateCheckRun(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const run = repository.checkRuns.get(Number(ctx.params.check_run_id));
  if (run === undefined) return notFound();
  const body = ctx.body as CheckRunBody;
  const invalid = checkConclusion(ctx, body);
  if (invalid !== undefined) return invalid;
  if (body.name !== undefined) run.name = body.name;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  if (body.status !== undefined) run.status = body.status;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
    run.completedAt = body.completed_at ?? ctx.state.now();
  }
  applyOutput(run, body.output);
  return { status: 200, body: checkRunJson(ctx.urls, ctx.state, repository, run) };
}

export function getCheckRun(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const run = repository.checkRuns.get(Number(ctx.params.check_run_id));
  return run === undefined
    ? notFound()
    : { status: 200, body: checkRunJson(ctx.urls, ctx.state, repository, run) };
}

/**
 * `GET …/commits/{ref}/check-runs` for a commit SHA: the check runs on it, newest first, by
 * `check_name` and `status` when given. GitHub's default `filter=latest` keeps the newest run of
 * each name; `filter=all` keeps every one.
 */
export function listCheckRunsForRef(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const ref = ctx.params.ref ?? '';
  if (!/^[0-9a-f]{40}$/.test(ref))
    ctx.strict(`ref ${ref}: the fake lists the check runs of a commit SHA only`);
  for (const name of ['app_id']) {
    if (ctx.query.has(name)) ctx.strict(`the fake does not filter check runs by '${name}'`);
  }
  const name = ctx.query.get('check_name');
  const status = ctx.query.get('status');
  const all = ctx.query.get('filter') === 'all';
  const matching = [...repository.checkRuns.values()]
    .filter((run) => run.headSha === ref)
    .filter((run) => name === null || run.name === name)
    .filter((run) => status === null || run.status === status)
    .sort((a, b) => b.id - a.id)
    .filter((run, i, runs) => all || runs.findIndex((other) => other.name === run.name) === i);
  const { page, headers } = paginate(
    ctx,
    matching,
    `/repos/${repository.fullName}/commits/${ref}/check-runs`,
  );
  return {
    status: 200,
    body: {
      total_count: matching.length,
      check_runs: page.map((run) => checkRunJson(ctx.urls, ctx.state, repository, run)),
    },
    headers,
  };
}

export function listAnnotations(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const run = repository.checkRuns.get(Number(ctx.params.check_run_id));
  if (run === undefined) return notFound();
  const { page, headers } = paginate(
    ctx,
    run.annotations,
    `/repos/${repository.fullName}/check-runs/${run.id}/annotations`,
  );
  return { status: 200, body: page.map((a) => annotationJson(ctx.urls, repository, run, a)), headers };
}

/** GitHub's rules the schema cannot say: a completed run needs a conclusion; columns only on one line. */
function checkConclusion(ctx: RestContext, body: CheckRunBody): RestAnswer | undefined {
  if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined) {
    return errorAnswer(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.', ctx.operation.docUrl);
  }
  const multiLineColumns = (body.output?.annotations ?? []).find(
    (a) => a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined),
  );
  if (multiLineColumns !== undefined) {
    ctx.strict(
      `annotation at ${multiLineColumns.path}:${multiLineColumns.start_line}-${multiLineColumns.end_line} sets columns across lines: GitHub drops them`,
    );
  }
  return undefined;
}

function applyOutput(run: FakeCheckRun, output: CheckRunBody['output']): void {
  if (output === undefined) return;
  run.output = { title: output.title, summary: output.summary, text: output.text ?? run.output.text };
  const annotations = output.annotations ?? [];
  run.annotations.push(...annotations);
  run.annotationBatches.push(annotations.length);
}
