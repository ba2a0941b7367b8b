import { toolVersion } from '../../version.js';
import { InputProblem, readActionInputs } from './action-inputs.js';
import { debugLine, failStep, maskValue, readInput } from './runner-commands.js';

// The entry point of dist/action.js. It masks the token, reads and checks every input, and only
// then loads the rest of the action (dist/action-main.js, bundled apart): a wrong input fails in
// the time Node takes to start, and the runner has the mask before anything else runs.
const token = readInput('token');
if (token !== '') maskValue(token);
// The Jira credentials, given as inputs or set in the environment, are masked as early.
for (const secret of [
  readInput('jira-api-token'),
  readInput('jira-pat'),
  process.env.JIRA_API_TOKEN ?? '',
  process.env.JIRA_PAT ?? '',
]) {
  if (secret.trim() !== '') maskValue(secret.trim());
}
let inputs;
try {
  inputs = readActionInputs((name) => readInput(name));
} catch (error) {
  if (!(error instanceof InputProblem)) throw error;
  failStep(error.message);
}
if (inputs !== undefined) {
  debugLine(`threat-align ${toolVersion}: inputs read (model ${inputs.model}, backlog ${inputs.backlog}).`);
  const { run } = await import('./run-action.js');
  await run(inputs);
}
