import * as core from '@actions/core';
import { capPerSeverity } from '../../../core/report/cap-outlet.js';
import { escapeControls } from '../../../core/report/escape-controls.js';
import type { FileAnnotation } from './file-annotations.js';

/**
 * GitHub displays at most 10 workflow-command annotations of each type per step.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const shownPerType = 10;

/**
 * Annotations as workflow commands (`::error file=…,line=…::`), for when the token may not create
 * a check run (pull requests from forks): the runner shows them on the same lines, needing no
 * permission. Only what GitHub displays is written — 10 of each type, errors first — and one notice
 * says how many more are in the job summary.
 */
export function logWorkflowAnnotations(annotations: readonly FileAnnotation[]): void {
  const { kept, left } = capPerSeverity(annotations, (a) => a.severity, shownPerType, true);
  for (const annotation of kept) {
    const properties: core.AnnotationProperties = {
      title: escapeControls(annotation.title),
      file: annotation.path,
      startLine: annotation.startLine,
      endLine: annotation.endLine,
      ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
      ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
    };
    // Model and backlog text in the Actions log: its control characters escaped, never obeyed.
    const message = escapeControls(annotation.message, { keepLineFeeds: true });
    if (annotation.severity === 'error') core.error(message, properties);
    else if (annotation.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  if (left > 0)
    core.notice(`${left} more ${left === 1 ? 'annotation is' : 'annotations are'} in the job summary.`, {
      title: 'threat-align',
    });
}
