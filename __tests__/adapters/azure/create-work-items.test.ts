import { beforeAll, describe, expect, it } from '@jest/globals';
import { htmlToText } from '../../../src/adapters/azure/html-to-text.js';
import { descriptionHtml } from '../../../src/adapters/azure/work-item-description.js';
import { createdItemMarker } from '../../../src/core/report/missing-items.js';
import { specs } from '../../fakes/azure/rest-specs.js';
import { runInProcess } from './in-process-task.js';
import { useFakeAzure } from './use-fake-azure.js';

const token = 'fake-system-access-token-51c0ffee';
const create = 'POST /{organization}/{project}/_apis/wit/workitems/${type}';
const startFake = useFakeAzure();

beforeAll(() => {
  specs();
});

describe('descriptionHtml', () => {
  it('writes paragraphs, lists, bold, code and an emphasised footer, escaping every other character', () => {
    const markdown = [
      'Put <script>alert(1)</script> & "quotes" in place.',
      '**Where:** `web` (planned).',
      "**Threats it answers:**\n- `SQLI@web`: SQL <injection>\n- `XSS@web`: it's bad",
      '_Opened by threat-align for TA301: a &#95;name&#95; @&#8288;mention._',
      createdItemMarker('mitigation:M-TLS'),
    ].join('\n\n');
    expect(descriptionHtml(markdown)).toBe(
      [
        '<p>Put &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; in place.</p>',
        '<p><strong>Where:</strong> <code>web</code> (planned).</p>',
        '<p><strong>Threats it answers:</strong></p>',
        '<ul><li><code>SQLI@web</code>: SQL &lt;injection&gt;</li><li><code>XSS@web</code>: it&#39;s bad</li></ul>',
        '<p><em>Opened by threat-align for TA301: a &#95;name&#95; @&#8288;mention.</em></p>',
        '<p>&lt;!-- threat-align:backlog-item mitigation:M-TLS --&gt;</p>',
      ].join(''),
    );
  });

  it('keeps the marker through the read that turns System.Description into the body', () => {
    const marker = createdItemMarker('event:EV-AUTHN-FAIL');
    const text = htmlToText(descriptionHtml(`Raise it.\n\n${marker}`));
    expect(text).toBe(`Raise it.\n${marker}`);
  });
});

describe('creating work items through the task', () => {
  it('puts them under the area path with the tags the read filters on, so the filtered rerun creates none', async () => {
    const fake = await startFake({ token });
    const inputs = {
      backlogItems: 'create' as const,
      areaPath: 'Shop\\Security',
      tags: ['security'],
      createWorkItemType: 'User Story',
      workItemTypes: ['User Story', 'Task'],
    };
    const first = await runInProcess(fake.collectionUrl, token, {}, inputs);
    expect(first.failed).toBe(false);
    const n = fake.count(create);
    expect(n).toBeGreaterThan(0);
    for (const item of fake.workItems) {
      expect(item.fields['System.AreaPath']).toBe('Shop\\Security');
      expect(item.fields['System.WorkItemType']).toBe('User Story');
      expect(String(item.fields['System.Tags'])).toMatch(/^(mitigation|event):\S+; threat-align; security$/);
    }
    const rerun = await runInProcess(fake.collectionUrl, token, {}, inputs);
    expect(rerun.failed).toBe(false);
    expect(fake.count(create)).toBe(n);
  }, 60_000);

  it('finds a created item by its marker alone once someone removed its tags', async () => {
    const fake = await startFake({ token });
    await runInProcess(fake.collectionUrl, token, {}, { backlogItems: 'create' });
    const n = fake.count(create);
    expect(n).toBeGreaterThan(0);
    for (const item of fake.workItems) delete item.fields['System.Tags'];
    await runInProcess(fake.collectionUrl, token, {}, { backlogItems: 'create' });
    expect(fake.count(create)).toBe(n);
  }, 60_000);

  it('the fake refuses a patch sent as application/json, as the service does', async () => {
    const fake = await startFake({ token });
    const response = await fetch(`${fake.collectionUrl}Shop/_apis/wit/workitems/$Task?api-version=7.1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: 'x' }]),
    });
    expect(response.status).toBe(400);
    expect(fake.violations).toEqual([
      `${create}: content type application/json: the description takes application/json-patch+json`,
    ]);
    fake.clearViolations();
  });
});
