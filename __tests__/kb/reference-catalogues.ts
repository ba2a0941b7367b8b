import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The public catalogues the knowledge base's references are checked against:
 * - CWE: MITRE's list as shipped by the npm package cwe-sdk (CWE 4.15), with each weakness's
 *   abstraction level and MITRE's mapping guidance (Allowed, Allowed-with-Review, Discouraged,
 *   Prohibited). Categories and views are not weaknesses and are not in it.
 * - CAPEC: the attack patterns of MITRE CAPEC, derived into catalogues/capec-attack-patterns.json
 *   (source and licence inside it); categories such as CAPEC-437 are not attack patterns.
 * - OWASP ASVS 5.0.0: the requirement ids, derived into catalogues/asvs-5.0.0-requirements.json.
 */
const here = new URL('./', import.meta.url).pathname;
const cweFile = createRequire(import.meta.url).resolve('cwe-sdk/raw/cwe-dictionary.json');
const cwe = JSON.parse(readFileSync(cweFile, 'utf8')) as Record<
  string,
  { attr: Record<string, string>; Mapping_Notes?: { Usage?: string } }
>;
const capec = (
  JSON.parse(readFileSync(join(here, 'catalogues/capec-attack-patterns.json'), 'utf8')) as {
    attackPatterns: Record<string, { name: string; deprecated: boolean }>;
  }
).attackPatterns;
const asvs = (
  JSON.parse(readFileSync(join(here, 'catalogues/asvs-5.0.0-requirements.json'), 'utf8')) as {
    requirements: Record<string, unknown>;
  }
).requirements;

/** OWASP ids other than ASVS that entries may cite: Top 10 2021, API Top 10 2023, LLM Top 10 2025, Mobile Top 10 2024. */
const otherOwasp = /^(A(0[1-9]|10):2021|API([1-9]|10):2023|LLM(0[1-9]|10):2025|M([1-9]|10):2024)$/;
const asvsId = /^v5\.0\.0-(\d+\.\d+\.\d+)$/;

export interface Referencing {
  id: string;
  references?: { capec?: number[]; cwe?: number[]; owasp?: string[] };
}

/** One line per reference that does not hold, as `ENTRY: why`. */
export function referenceProblems(entries: readonly Referencing[]): string[] {
  const problems: string[] = [];
  for (const { id, references } of entries) {
    for (const n of references?.cwe ?? []) {
      const weakness = cwe[String(n)];
      if (!weakness) {
        problems.push(`${id}: CWE-${n} is not a weakness in the CWE list`);
        continue;
      }
      const usage = weakness.Mapping_Notes?.Usage ?? 'unknown';
      if (usage !== 'Allowed' && usage !== 'Allowed-with-Review')
        problems.push(`${id}: CWE-${n} is ${weakness.attr['@_Abstraction']} level, mapping ${usage}`);
    }
    for (const n of references?.capec ?? []) {
      const pattern = capec[String(n)];
      if (!pattern) problems.push(`${id}: CAPEC-${n} is not an attack pattern`);
      else if (pattern.deprecated) problems.push(`${id}: CAPEC-${n} is deprecated`);
    }
    for (const ref of references?.owasp ?? []) {
      const requirement = asvsId.exec(ref);
      if (requirement) {
        if (!asvs[`V${requirement[1]}`]) problems.push(`${id}: ASVS ${ref} is not a 5.0.0 requirement`);
      } else if (!otherOwasp.test(ref)) problems.push(`${id}: OWASP reference ${ref} has an unknown form`);
    }
  }
  return problems;
}
