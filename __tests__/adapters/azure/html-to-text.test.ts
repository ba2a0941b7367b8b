import { describe, expect, it } from '@jest/globals';
import { htmlToText } from '../../../src/adapters/azure/html-to-text.js';
import { wiqlQuery } from '../../../src/adapters/azure/wiql-query.js';

describe('htmlToText', () => {
  it('keeps the text of an Azure Boards description, with line breaks for blocks', () => {
    expect(
      htmlToText(
        '<div>As a shopper I pay <b>WITHOUT</b> my card details being stolen.</div><div><br></div><ul><li>M-TLS</li><li>SR-1 &amp; SR-2 &lt;tag&gt; &#233;&#xE9;&nbsp;</li></ul>',
      ),
    ).toBe('As a shopper I pay WITHOUT my card details being stolen.\n\nM-TLS\nSR-1 & SR-2 <tag> éé');
  });

  it('drops scripts and styles, keeps unknown or invalid references as written, and a dangling < as text', () => {
    expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c')).toBe('abc');
    expect(htmlToText('&bogus; &#0; &#xD800; &#99999999; 1 < 2')).toBe(
      '&bogus; &#0; &#xD800; &#99999999; 1 < 2',
    );
  });

  it('stays linear on inputs that make naive patterns backtrack', () => {
    const hostile = [
      '<'.repeat(50_000),
      '<a '.repeat(50_000),
      '&#'.repeat(50_000),
      '<div>'.repeat(20_000) + 'x',
    ];
    const started = process.hrtime.bigint();
    for (const text of hostile) htmlToText(text);
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(2);
  });
});

describe('wiqlQuery', () => {
  it('quotes every value, so an input cannot change the query', () => {
    expect(wiqlQuery({ areaPath: "x' OR 1=1 --", tags: ["a'b"], workItemTypes: [] })).toBe(
      "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.AreaPath] UNDER 'x'' OR 1=1 --' AND [System.Tags] CONTAINS 'a''b' ORDER BY [System.Id]",
    );
  });
});
