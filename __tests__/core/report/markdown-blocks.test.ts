import {
  entry,
  heading,
  joinBlocks,
  note,
  notice,
  trimBlocks,
} from '../../../src/core/report/markdown-blocks.js';

describe('joinBlocks', () => {
  it('keeps list entries on consecutive lines and sets everything else apart', () => {
    expect(joinBlocks([heading('### A'), entry('- a'), entry('- b'), note('text'), entry('- c')])).toBe(
      '### A\n\n- a\n- b\n\ntext\n\n- c\n',
    );
  });
});

describe('trimBlocks', () => {
  const head = [note('<!-- threat-align:m -->\n## verdict')];
  const tail = [note('Shortened.')];
  const body = [
    heading('### New'),
    entry('- finding one', 1),
    entry('- finding two', 1),
    heading('### Groups'),
    {
      text: '<details><summary>TA1</summary>\n\n- x\n- y\n\n</details>',
      kind: 'entry' as const,
      findings: 2,
    },
    entry('- a question'),
  ];
  const everything = joinBlocks([...head, ...body, ...tail]).length;

  it('keeps whole blocks in order and says how many findings and entries it left out', () => {
    const expected =
      '<!-- threat-align:m -->\n## verdict\n\n### New\n\n- finding one\n- finding two\n\nShortened.\n\n… 2 more findings and 1 more entry: see the summary\n';
    expect(trimBlocks({ head, body, tail }, expected.length, 'the summary')).toBe(expected);
    // One character less, and the second finding (a tight entry: one line break) no longer fits.
    expect(trimBlocks({ head, body, tail }, expected.length - 2, 'the summary')).toBe(
      '<!-- threat-align:m -->\n## verdict\n\n### New\n\n- finding one\n\nShortened.\n\n… 3 more findings and 1 more entry: see the summary\n',
    );
  });

  it('drops a heading that would be left with nothing after it', () => {
    const upToGroups = joinBlocks([
      ...head,
      ...body.slice(0, 4),
      ...tail,
      note('… 2 more findings and 1 more entry: see x'),
    ]);
    const out = trimBlocks({ head, body, tail }, upToGroups.length + 5, 'x');
    expect(out).toContain('- finding two');
    expect(out).not.toContain('### Groups');
  });

  it('never cuts inside a block, so <details> stay closed', () => {
    for (let budget = 0; budget < everything + 100; budget += 1) {
      const out = trimBlocks({ head, body, tail }, budget, 'x');
      expect(out.split('<details>').length).toBe(out.split('</details>').length);
      expect(out.startsWith('<!-- threat-align:m -->')).toBe(true);
      expect(out.endsWith(': see x\n')).toBe(true);
      const headless = trimBlocks({ head: [], body, tail }, budget, 'x');
      if (headless.length > budget)
        expect(headless).toBe(joinBlocks([...tail, note(notice({ findings: 4, entries: 1 }, 'x'))]));
    }
  });
});

describe('notice', () => {
  it('names findings and other entries, in the singular where it must', () => {
    expect(notice({ findings: 1, entries: 0 }, 'SARIF')).toBe('… 1 more finding: see SARIF');
    expect(notice({ findings: 12, entries: 2 }, 'SARIF')).toBe(
      '… 12 more findings and 2 more entries: see SARIF',
    );
    expect(notice({ findings: 0, entries: 1 }, 'SARIF')).toBe('… 1 more entry: see SARIF');
    expect(notice({ findings: 0, entries: 0 }, 'SARIF')).toBe('… more: see SARIF');
  });
});
