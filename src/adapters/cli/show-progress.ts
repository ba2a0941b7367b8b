import type { RunProgress } from '../../app/start-run.js';
import { plural } from '../../core/report/render-text.js';
import type { CliIo } from './cli-io.js';

/** From this many backlog items a run takes long enough (about a second here) to say what it does. */
const largeBacklogItems = 2_000;

/**
 * Progress of a run on stderr: a line while a long analysis runs, erased after it; only for long
 * work and only when stderr is a terminal (`io.progress` exists then), so logs and pipes never see it.
 */
export function cliProgress(io: Pick<CliIo, 'progress'>): RunProgress {
  let shown = false;
  return {
    analysing(items) {
      if (items < largeBacklogItems || io.progress === undefined) return;
      io.progress(`threat-align: checking the model against ${plural(items, 'backlog item')}…`);
      shown = true;
    },
    done() {
      if (shown) io.progress?.('');
      shown = false;
    },
  };
}
