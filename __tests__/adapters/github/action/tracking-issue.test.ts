import type { BacklogItem, BacklogProvider } from '../../../../src/core/backlog/backlog-item.js';
import { readBacklog } from '../../../../src/core/run-pipeline.js';
import { withoutTrackingIssues } from '../../../../src/adapters/github/action/tracking-issue.js';

function item(id: string, body: string, labels: string[]): BacklogItem {
  return { id, title: `Issue ${id}`, body, labels, status: 'open', type: 'issue', links: [] };
}

function provider(...pages: BacklogItem[][]): BacklogProvider {
  return {
    source: 'github:northwind/shop',
    aliases: ['northwind/shop'],
    async *pages() {
      for (const page of pages) yield await Promise.resolve(page);
    },
  };
}

describe('withoutTrackingIssues', () => {
  it("leaves the audits' reports out of the backlog, on every page, and keeps everything else", async () => {
    const report = '<!-- threat-align:audit:threatmodel.yaml -->\n# threat-align audit\nM-LEAST-PRIVILEGE';
    const read = await readBacklog(
      withoutTrackingIssues(
        provider(
          [
            item('#1', 'Least privilege for the workers', ['mitigation:M-LEAST-PRIVILEGE']),
            item('#2', report, ['threat-align']),
          ],
          [
            item('#3', '<!-- threat-align:audit:other/model.yaml -->\nreport', ['Threat-Align']),
            // Not labelled: anyone may open an issue, only triagers label one, so this one stays.
            item('#4', report, []),
            // Our created items carry the label and a marker of their own: they are backlog items.
            item('#5', 'Do it.\n\n<!-- threat-align:backlog-item mitigation:M-X -->', [
              'mitigation:M-X',
              'threat-align',
            ]),
            // The marker quoted further down is no report.
            item('#6', `See the audit:\n${report}`, ['threat-align']),
          ],
        ),
      ),
    );
    expect(read.items.map((i) => i.id)).toEqual(['#1', '#4', '#5', '#6']);
    expect(read.source).toBe('github:northwind/shop');
    expect(read.aliases).toEqual(['northwind/shop']);
  });
});
