import type { Analysis } from '../../core/analyse.js';
import type { Config } from '../../core/config/config.js';
import { writeDetectionArtifacts } from '../node/write-detection-folder.js';
import type { BuildContext, TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

/** The name of the pipeline artifact that carries the detection folder. */
const detectionArtifact = 'threat-align-detection';

/**
 * On builds other than pull requests (the scheduled audit, manual runs, CI): the Sigma rules, log
 * contract and runbooks for the SOC written to the detectionFolder input's folder, published as
 * the pipeline artifact `threat-align-detection`, and named by the output variable detectionFolder.
 */
export async function detectionStep(
  inputs: Pick<TaskInputs, 'detectionFolder'>,
  build: Pick<BuildContext, 'reason'>,
  analysis: Analysis,
  config: Config,
  io: TaskIo,
): Promise<void> {
  const folder = inputs.detectionFolder ?? '';
  if (folder === '' || build.reason === 'PullRequest') return;
  const written = await writeDetectionArtifacts(
    analysis,
    { folder, date: new Date().toISOString().slice(0, 10), config },
    async (path, text) => {
      await io.writeFile(path, text);
      return { ok: true };
    },
  );
  if (written === undefined || !written.ok) return;
  io.uploadArtifact(detectionArtifact, folder);
  io.setOutput('detectionFolder', folder);
  io.info(
    `threat-align: wrote the Sigma rules, runbooks and log contract of ${written.events} events to ${folder} (artifact ${detectionArtifact}).`,
  );
}
