import type { Logger } from '../../../src/adapters/github/logger.js';

/** A Logger that keeps every line, prefixed by its level, for assertions (and for grepping out secrets). */
export interface RecordingLogger extends Logger {
  readonly lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return {
    lines,
    debug: (message) => {
      lines.push(`debug: ${message}`);
    },
    warning: (message) => {
      lines.push(`warning: ${message}`);
    },
  };
}
