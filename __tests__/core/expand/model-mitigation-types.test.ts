import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { memoryBacklogProvider } from '../../../src/core/backlog/memory-backlog-provider.js';
import { proposeMissingItems } from '../../../src/core/report/missing-items.js';
import type { Analysis } from '../../../src/core/analyse.js';
import { buildDetectionCatalogue } from '../../../src/core/report/render-events.js';
import { jsonReportChunks } from '../../../src/core/report/render-json.js';
import { readBacklog, runPipeline } from '../../../src/core/run-pipeline.js';
import { item, miniModelText } from '../../fakes/build-context.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';

/**
 * The mini model (SPEC §3.1) with mitigation types of its own: one for every SQLI threat, one for
 * a single generated threat, and one for a threat written by hand.
 */
const ownTypes = `threats:
  - { id: T-COUPON-ABUSE, title: Coupon abuse, stride: [T], target: shop, severity: high, top: true }
mitigationTypes:
  - id: M-ORM-ONLY
    title: Queries only through the ORM
    description: Every query goes through the ORM's bound parameters; raw SQL is refused in review.
    threats: [SQLI]
    strength: strong
  - id: M-SIGNED-QR
    title: Signed single-use QR codes
    threats: [T-COUPON-ABUSE, SPOOF-USER@shop]
    top: true
    status: planned
    backlog: ["#7"]
`;

async function analyse(
  extra: string,
  items?: BacklogItem[],
  profile: 'top' | 'full' = 'full',
): Promise<Analysis> {
  return runPipeline(
    {
      model: { file: 'threatmodel.yaml', content: `${miniModelText}${extra}` },
      profile,
      ...(items ? { backlog: await readBacklog(memoryBacklogProvider('test', items)) } : {}),
    },
    memoryKbStore(miniShipped()),
  );
}

const findings = (analysis: Analysis, check: string): string[] =>
  analysis.findings
    .filter((f) => f.check === check)
    .map((f) => {
      const at = f.location as { line: number; column: number };
      return `${at.line}:${at.column} ${f.message}`;
    });

describe("the model's own mitigation types, treated like the knowledge base's", () => {
  it('attach to every threat of a type, to one generated threat, and to a threat written by hand', async () => {
    const analysis = await analyse(ownTypes);
    const mitigationsOf = (id: string): string[] =>
      analysis.expansion?.threats
        .find((t) => t.id === id)
        ?.mitigations.map((m) => `${m.id}:${m.strength}:${m.status}`) ?? [];
    expect(mitigationsOf('SQLI@orders-db')).toEqual([
      'M-PARAM:strong:proposed',
      'M-VALIDATE:weak:proposed',
      'M-ORM-ONLY:strong:proposed',
    ]);
    expect(mitigationsOf('SPOOF-USER@shop')).toEqual(['M-MFA:strong:proposed', 'M-SIGNED-QR:medium:planned']);
    expect(mitigationsOf('SPOOF-USER@back-office')).toEqual(['M-MFA:strong:proposed']);
    expect(mitigationsOf('T-COUPON-ABUSE')).toEqual(['M-SIGNED-QR:medium:planned']);
    const rollup = analysis.expansion?.mitigations.find((m) => m.id === 'M-SIGNED-QR');
    expect(rollup).toMatchObject({
      name: 'Signed single-use QR codes',
      status: 'planned',
      decided: true,
      backlog: ['#7'],
      threats: ['SPOOF-USER@shop', 'T-COUPON-ABUSE'],
    });
    expect(findings(analysis, 'TA102')).toEqual([]);
    expect(findings(analysis, 'TA103')).toEqual([]);
  });

  it('stay in scope under the top profile, as threats written by hand do', async () => {
    const analysis = await analyse(ownTypes, undefined, 'top');
    const sqli = analysis.expansion?.threats.find((t) => t.id === 'SQLI@orders-db');
    // M-VALIDATE is not TOP and leaves; the model's own M-ORM-ONLY (not TOP either) stays.
    expect(sqli?.mitigations.map((m) => m.id)).toEqual(['M-PARAM', 'M-ORM-ONLY']);
  });

  it('count for TA205, TA301 and the missing items, with their own title and description', async () => {
    const analysis = await analyse(ownTypes, []);
    // M-ORM-ONLY is proposed and no item carries it: TA301 at the first threat's element, as for the KB's.
    expect(findings(analysis, 'TA301')).toContain(
      '18:11 mitigation M-ORM-ONLY (Queries only through the ORM) is proposed at orders-db, and no backlog item carries it',
    );
    // M-SIGNED-QR says backlog: ["#7"] on the type: that link carries it, as under mitigations:.
    expect(findings(analysis, 'TA301').some((f) => f.includes('M-SIGNED-QR'))).toBe(false);
    // TA205: the planned M-SIGNED-QR answers SPOOF-USER@shop and the coupon threat; SPOOF-USER@back-office stays open.
    const unmitigated = findings(analysis, 'TA205').join('\n');
    expect(unmitigated).toContain('SPOOF-USER@back-office');
    expect(unmitigated).not.toContain('SPOOF-USER@shop');
    expect(unmitigated).not.toContain('T-COUPON-ABUSE');
    const without = findings(
      await analyse(ownTypes.replace('status: planned', 'status: proposed'), []),
      'TA205',
    );
    expect(without.join('\n')).toContain('T-COUPON-ABUSE');
    const proposals = proposeMissingItems(analysis, []);
    const orm = proposals.find((p) => p.id === 'M-ORM-ONLY');
    expect(orm?.title).toBe('Mitigation M-ORM-ONLY: Queries only through the ORM');
    expect(orm?.body).toContain("Every query goes through the ORM's bound parameters");
    expect(orm?.labels).toEqual(['mitigation:M-ORM-ONLY', 'threat-align']);

    const carried = await analyse(ownTypes, [
      item('#7', { title: 'Signed QR codes', labels: ['mitigation:M-SIGNED-QR'] }),
      item('#8', { body: 'Refuse raw SQL: M-ORM-ONLY' }),
    ]);
    expect(findings(carried, 'TA301').filter((f) => /M-(ORM-ONLY|SIGNED-QR)/.test(f))).toEqual([]);
    expect(proposeMissingItems(carried, []).map((p) => p.id)).not.toContain('M-ORM-ONLY');
  });

  it('a status written on the type is its decision, located at the type, for TA302 and TA303', async () => {
    const implemented = ownTypes.replace('status: planned', 'status: implemented');
    const analysis = await analyse(implemented, [item('#7', { title: 'QR codes', status: 'open' })]);
    // The decision sits on the type: TA302 points at its status (line 39), as it would under mitigations:.
    expect(findings(analysis, 'TA302')).toEqual([
      '39:13 mitigation M-SIGNED-QR (Signed single-use QR codes) is marked implemented, but its backlog item is still open: #7 "QR codes"',
    ]);
  });

  it('appear in the JSON report and the detection catalogue like the knowledge base’s', async () => {
    const analysis = await analyse(ownTypes);
    const report = JSON.parse(
      [
        ...jsonReportChunks(analysis, { toolVersion: '0.0.0', docsBase: 'https://example.invalid/docs' }),
      ].join(''),
    ) as {
      mitigations?: { id: string; name: string }[];
    };
    const text = JSON.stringify(report);
    expect(text).toContain('M-ORM-ONLY');
    const catalogue = buildDetectionCatalogue({
      expansion: analysis.expansion!,
      kb: analysis.kb!,
      model: analysis.model,
    });
    expect(JSON.stringify(catalogue)).toContain('Queries only through the ORM');
  });

  it('TA102: a threat they address that does not exist; TA103: an id used twice, a KB id, a status written twice', async () => {
    const wrong = `mitigationTypes:
  - { id: M-OWN, title: Own, threats: [SQLL, SQLI@shop, SPOOF-USER@shop] }
  - { id: M-OWN, title: Again, threats: [SQLI] }
  - { id: M-TLS, title: Our TLS, threats: [SNIFF], status: implemented }
mitigations:
  M-TLS: { status: planned }
`;
    const analysis = await analyse(wrong);
    expect(findings(analysis, 'TA102')).toEqual([
      '28:40 mitigation type M-OWN addresses "SQLL", which is not a threat type of mini@1.0.0 or a threat written by hand',
      '28:46 mitigation type M-OWN addresses "SQLI@shop", which is not a threat the model generates under mini@1.0.0 (its rule does not hold there, or the type or element does not exist)',
    ]);
    expect(findings(analysis, 'TA102').length).toBe(2);
    expect(findings(analysis, 'TA103')).toEqual([
      '29:11 mitigation type M-OWN is defined twice in the model (first at line 28:11)',
      '30:11 mitigation type M-TLS is already a mitigation type of mini@1.0.0 (TLS)',
      '32:3 mitigation type M-TLS has its status written twice: on the type and under mitigations:',
    ]);
  });
});
