/** What the runner gives a JavaScript action of one step: the files it writes to and the event. */
export interface RunnerStep {
  eventName: string;
  /** The event payload file, the job summary file and the output file. */
  eventPath: string;
  summaryPath: string;
  outputPath: string;
  repository: string;
  workspace: string;
  temp: string;
  /** The fake GitHub's endpoints. */
  fake: { apiUrl: string; graphqlUrl: string };
  /** `with:` of the step, the token among them: each becomes INPUT_<NAME>. */
  inputs: Record<string, string>;
}

/**
 * The environment the runner starts the action with (`GITHUB_*`, `RUNNER_TEMP`, `INPUT_*`), and
 * nothing else of this process's but PATH: for the tests and the benchmark alike.
 */
export function runnerEnvironment(step: RunnerStep): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: step.eventName,
    GITHUB_EVENT_PATH: step.eventPath,
    GITHUB_REPOSITORY: step.repository,
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_API_URL: step.fake.apiUrl,
    GITHUB_GRAPHQL_URL: step.fake.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: step.summaryPath,
    GITHUB_OUTPUT: step.outputPath,
    RUNNER_TEMP: step.temp,
    ...Object.fromEntries(Object.entries(step.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}
