import * as core from '@actions/core';
import type { FileAnnotation } from './file-annotations.js';
import { escapeControls } from '../../../core/report/escape-controls.js';

/**
 * Annotations as workflow commands (`::error file=…,line=…::`), for when the token may not create
 * a check run (pull requests from forks): the runner shows them on the same lines, needing no permission.
 */
export function logWorkflowAnnotations(annotations: readonly FileAnnotation[]): void {
  for (const annotation of annotations) {
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
}
