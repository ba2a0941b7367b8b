import {
  logWorkflowAnnotations,
  shownPerType,
} from '../../../../src/adapters/github/action/workflow-annotations.js';
import type { FileAnnotation } from '../../../../src/adapters/github/action/file-annotations.js';
import { fileAnnotations } from '../../../../src/adapters/github/action/file-annotations.js';
import type { Finding, Severity } from '../../../../src/core/findings/finding.js';

function finding(check: string, severity: Severity, line: number, message = 'something'): Finding {
  return {
    check,
    severity,
    message,
    hint: 'do this',
    subject: `${check}:${line}`,
    location: { file: 'threatmodel.yaml', line, column: 1 },
  };
}

/** What logWorkflowAnnotations writes to standard output (the runner reads workflow commands there). */
function printed(annotations: readonly FileAnnotation[]): string[] {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    lines.push(
      ...String(chunk)
        .split(/\r?\n/)
        .filter((l) => l !== ''),
    );
    return true;
  };
  try {
    logWorkflowAnnotations(annotations);
  } finally {
    process.stdout.write = write;
  }
  return lines;
}

describe('workflow-command annotations (pull requests from forks)', () => {
  it('write what GitHub displays — 10 of each type, errors first — and one notice for the rest', () => {
    const findings = [
      ...Array.from({ length: 60 }, (_, i) => finding('TA202', 'warning', 10 + i)),
      ...Array.from({ length: 20 }, (_, i) => finding('TA601', 'note', 100 + i)),
      finding('TA304', 'error', 613),
    ];
    const lines = printed(fileAnnotations(findings));
    const of = (type: string): number => lines.filter((l) => l.startsWith(`::${type} title=TA`)).length;
    expect([of('error'), of('warning'), of('notice')]).toEqual([1, shownPerType, shownPerType - 1]);
    expect(lines[0]).toMatch(/^::error title=TA304,file=threatmodel\.yaml,line=613,/);
    expect(lines.at(-1)).toBe('::notice title=threat-align::61 more annotations are in the job summary.');
  });

  it('never leaves out an error while fewer than 10 exist, wherever they stand', () => {
    for (const errors of [1, 5, 9]) {
      const findings = [
        ...Array.from({ length: 40 }, (_, i) => finding('TA202', 'warning', i + 1)),
        ...Array.from({ length: errors }, (_, i) => finding('TA102', 'error', 500 + i)),
      ];
      const lines = printed(fileAnnotations(findings));
      expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(errors);
    }
  });

  it('escapes control characters from the model or the backlog', () => {
    const lines = printed(fileAnnotations([finding('TA204', 'warning', 3, 'names M-\u001b[31mX\u0007')]));
    expect(lines[0]).toContain('names M-\\x1b[31mX\\x07');
    expect(lines.join('\n')).not.toContain('\u001b');
  });

  it('write no notice when everything fits', () => {
    const lines = printed(fileAnnotations([finding('TA304', 'error', 1), finding('TA202', 'warning', 2)]));
    expect(lines).toHaveLength(2);
  });
});
