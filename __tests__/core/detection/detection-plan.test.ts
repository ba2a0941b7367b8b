import { parse } from 'yaml';
import type { Analysis } from '../../../src/core/analyse.js';
import { detectionFiles } from '../../../src/core/detection/detection-files.js';
import { planDetection } from '../../../src/core/detection/detection-plan.js';
import { logContractSchema } from '../../../src/core/detection/log-contract.js';
import { sigmaRules } from '../../../src/core/detection/sigma-rules.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import { loadConfig } from '../../../src/core/config/config.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { miniModelText } from '../../fakes/build-context.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';
import { validateSigmaCorrelation, validateSigmaRule } from './sigma-schema.js';

async function analyseMini(extra = ''): Promise<Analysis> {
  return runPipeline(
    { model: { file: 'threatmodel.yaml', content: `${miniModelText}${extra}` } },
    memoryKbStore(miniShipped()),
  );
}

/** The mini model with owners: the shop's team, and the system's owner for the rest. */
const withOwners = (text: string) =>
  text
    .replace('system: { name: Mini }', 'system: { name: Mini, owner: Mini platform team }')
    .replace(
      '{ id: shop, type: web-app, boundary: dmz,',
      '{ id: shop, type: web-app, boundary: dmz, owner: Shop squad,',
    );

describe('planDetection', () => {
  it('takes the logsource from the model, else the configuration, else the system name and security', async () => {
    const plain = await analyseMini();
    expect(planDetection(plain).logsource).toEqual({ product: 'mini', service: 'security' });
    const config = { monitoring: { logsource: { product: 'from_config', service: 'audit' } } };
    expect(planDetection(plain, config).logsource).toEqual({ product: 'from_config', service: 'audit' });
    const modelled = await analyseMini('monitoring: { logsource: { product: mini_shop } }\n');
    expect(planDetection(modelled, config).logsource).toEqual({ product: 'mini_shop', service: 'audit' });
  });

  it("names whom to call: the component's owner, else the system's owner", async () => {
    const analysis = await runPipeline(
      { model: { file: 'threatmodel.yaml', content: withOwners(miniModelText) } },
      memoryKbStore(miniShipped()),
    );
    const login = planDetection(analysis).events.find((e) => e.id === 'EV-LOGIN-FAIL');
    const owners = Object.fromEntries((login?.threats ?? []).map((t) => [t.element, t.owners]));
    expect(owners.shop).toEqual(['Shop squad']);
    expect(owners['back-office']).toEqual(['Mini platform team']);
  });

  it("puts the knowledge base's event fields in the log contract and the rule, and ATT&CK ids in the tags", async () => {
    const analysis = await analyseMini();
    const kb = analysis.kb!;
    const changed: Analysis = {
      ...analysis,
      kb: {
        ...kb,
        events: kb.events.map((e) =>
          e.id === 'EV-LOGIN-FAIL'
            ? {
                ...e,
                fields: [
                  { name: 'mfa_used', type: 'boolean' as const, description: 'whether MFA was asked' },
                ],
              }
            : e,
        ),
        threatTypes: kb.threatTypes.map((t) =>
          t.id === 'SPOOF-USER' ? { ...t, references: { attack: ['T1110.004'], cwe: [287] } } : t,
        ),
      },
    };
    const plan = planDetection(changed);
    const contract = logContractSchema(plan) as { definitions: Record<string, { required: string[] }> };
    expect(contract.definitions['EV-LOGIN-FAIL']?.required).toEqual([
      'datetime',
      'appid',
      'event',
      'level',
      'description',
      'userid',
      'mfa_used',
    ]);
    const login = sigmaRules(plan, { date: '2025-01-01' }).find((r) => r.event.id === 'EV-LOGIN-FAIL');
    expect(login?.detection.fields).toContain('mfa_used');
    expect(login?.detection.tags).toEqual(['attack.t1110.004', 'cwe.287']);
    expect(login?.detection.references).toContain('https://attack.mitre.org/techniques/T1110/004/');
    expect(validateSigmaRule(login?.detection)).toBe(true);
    expect(validateSigmaCorrelation(login?.correlation)).toBe(true);
  });

  it('gives ids that depend on the system and the event only', async () => {
    const ids = (plan: ReturnType<typeof planDetection>) =>
      sigmaRules(plan, { date: '2025-01-01' }).map((r) => [r.detection.id, r.correlation.id]);
    const first = planDetection(await analyseMini());
    const later = planDetection(await analyseMini('mitigations:\n  M-MFA: { status: implemented }\n'));
    expect(ids(later)).toEqual(ids(first));
    const renamed = planDetection(
      await runPipeline(
        { model: { file: 'threatmodel.yaml', content: miniModelText.replace('name: Mini', 'name: Maxi') } },
        memoryKbStore(miniShipped()),
      ),
    );
    expect(
      ids(renamed)
        .flat()
        .filter((id) => ids(first).flat().includes(id)),
    ).toEqual([]);
  });
});

describe('hostile text from the model in the detection folder', () => {
  it('stays text: table rows keep their cells, no HTML, and the YAML keeps its structure', async () => {
    const hostile = 'Coupon | abuse <b>x</b>\n# heading [link](javascript:x) `tick`';
    const analysis = await analyseMini(
      `threats:\n  - { id: T-HOSTILE, title: ${JSON.stringify(hostile)}, stride: [T], target: shop, severity: high, events: [EV-LOGIN-FAIL] }\n`,
    );
    const files = detectionFiles(analysis, { date: '2025-01-01' });
    const runbook = files.find((f) => f.path === 'runbooks/ev-login-fail.md')?.text ?? '';
    const row = runbook.split('\n').find((line) => line.includes('T-HOSTILE')) ?? '';
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(runbook).not.toContain('<b>');
    expect(runbook).not.toMatch(/^# heading/m);
    const rule = parse(files.find((f) => f.path === 'sigma/ev_login_fail.yml')?.text ?? '') as {
      description: string;
    };
    expect(rule.description).toContain('Coupon | abuse <b>x</b> # heading');
    expect(validateSigmaRule(rule)).toBe(true);
  });
});

describe('the monitoring section', () => {
  it('refuses a logsource name Sigma would not take, at its line, in the model and in the configuration', () => {
    const model = loadModel(
      'threatmodel.yaml',
      `${miniModelText}monitoring:\n  logsource: { product: Mini Shop }\n`,
    );
    expect(model.findings.map((f) => [f.check, 'line' in f.location ? f.location.line : 0])).toEqual([
      ['TA101', miniModelText.split('\n').length + 1],
    ]);
    const config = loadConfig('.threat-align.yaml', 'monitoring:\n  logsource: { service: "" }\n');
    expect(config.findings.map((f) => f.check)).toEqual(['TA101']);
  });
});

describe('the detection folder of a large model', () => {
  it('names at most 25 places per threat type in a runbook and says how many more there are', async () => {
    const components = Array.from(
      { length: 40 },
      (_, i) => `  - { id: web-${i}, type: web-app, boundary: dmz }`,
    );
    const flows = components.map(
      (_, i) => `  - { id: f-${i}, from: shopper, to: web-${i}, protocol: https }`,
    );
    const text = [
      'schema: threat-align/v1',
      'system: { name: Big }',
      'knowledgeBase: { use: mini@1.0.0, profile: full }',
      'boundaries: [{ id: internet, kind: internet }, { id: dmz, kind: dmz }]',
      'components:',
      '  - { id: shopper, type: external-user, boundary: internet }',
      ...components,
      'flows:',
      ...flows,
      '',
    ].join('\n');
    const analysis = await runPipeline(
      { model: { file: 'threatmodel.yaml', content: text } },
      memoryKbStore(miniShipped()),
    );
    const files = detectionFiles(analysis, { date: '2025-01-01' });
    const runbook = files.find((f) => f.path === 'runbooks/ev-login-fail.md')?.text ?? '';
    const row = runbook.split('\n').find((line) => line.startsWith('| User spoofing')) ?? '';
    expect(row.match(/\(`web-\d+`\)/g)).toHaveLength(25);
    expect(row).toContain('and 15 more (`threat-align events` lists them)');
    const rule = parse(files.find((f) => f.path === 'sigma/ev_login_fail.yml')?.text ?? '') as {
      description: string;
    };
    expect(rule.description).toContain('web-9 and 30 more');
  });
});
