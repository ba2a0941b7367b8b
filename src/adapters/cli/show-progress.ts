import { plural } from '../../core/report/render-text.js';
import type { CliIo } from './cli-io.js';

/** From this many backlog items a run takes long enough (about a second here) to say what it does. */
export const largeBacklogItems = 2_000;

/** The progress line for a backlog of `items`, or undefined when the work is short. */
export function largeBacklog(items: number): string | undefined {
  return items >= largeBacklogItems
    ? `threat-align: checking the model against ${plural(items, 'backlog item')}…`
    : undefined;
}

/**
 * Runs `work`, showing `message` on stderr meanwhile and erasing it after: only for long work and
 * only when stderr is a terminal (`io.progress` exists then), so logs and pipes never see it.
 */
export async function withProgress<T>(
  io: CliIo,
  message: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (message === undefined || io.progress === undefined) return work();
  io.progress(message);
  try {
    return await work();
  } finally {
    io.progress('');
  }
}
