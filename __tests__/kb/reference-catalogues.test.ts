import { referenceProblems } from './reference-catalogues.js';

describe('the reference check against the CWE, CAPEC and ASVS catalogues', () => {
  it('accepts weaknesses MITRE allows for mapping, live attack patterns and real ASVS 5.0 requirements', () => {
    const entry = {
      id: 'SQLI',
      references: { cwe: [89, 1395], capec: [66], owasp: ['A03:2021', 'v5.0.0-1.2.4'] },
    };
    expect(referenceProblems([entry])).toEqual([]);
  });

  it('refuses the references core@1.0.0 got wrong: a category, a Pillar, a Class MITRE discourages, a CWE the list lacks', () => {
    expect(
      referenceProblems([
        { id: 'SUPPLY-CHAIN', references: { capec: [437] } },
        { id: 'DATA-STORE-TAMPER', references: { cwe: [284] } },
        { id: 'SPOOF-USER', references: { cwe: [287] } },
        { id: 'PROMPT-INJECTION', references: { cwe: [1427] } },
      ]),
    ).toEqual([
      'SUPPLY-CHAIN: CAPEC-437 is not an attack pattern',
      'DATA-STORE-TAMPER: CWE-284 is Pillar level, mapping Discouraged',
      'SPOOF-USER: CWE-287 is Class level, mapping Discouraged',
      'PROMPT-INJECTION: CWE-1427 is not a weakness in the CWE list',
    ]);
  });

  it('refuses deprecated attack patterns, ASVS ids that do not exist and unknown OWASP forms', () => {
    expect(
      referenceProblems([
        { id: 'X', references: { capec: [56], owasp: ['v5.0.0-1.2.99', 'ASVS-1.2.4', 'A11:2021'] } },
      ]),
    ).toEqual([
      'X: CAPEC-56 is deprecated',
      'X: ASVS v5.0.0-1.2.99 is not a 5.0.0 requirement',
      'X: OWASP reference ASVS-1.2.4 has an unknown form',
      'X: OWASP reference A11:2021 has an unknown form',
    ]);
  });
});
