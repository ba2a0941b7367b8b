import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * The Sigma specification's JSON Schemas (../shared/reference/sigma, SigmaHQ/sigma-specification,
 * public domain), compiled with Ajv's draft 2020-12 support. The correlation schema holds keywords
 * Ajv does not know (`gt`… inside anyOf), hence strict mode off; `uuid` is checked as RFC 9562 writes it.
 */
const folder = new URL('../../../../shared/reference/sigma/', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

function load(file: string): object {
  return JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as object;
}

export const validateSigmaRule = ajv.compile(load('sigma-detection-rule-schema.json'));
export const validateSigmaCorrelation = ajv.compile(load('sigma-correlation-rules-schema.json'));
