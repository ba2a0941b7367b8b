import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The SARIF 2.1.0 schema as published on SchemaStore (sarif-2.1.0-rtm.5.json), taken from the
 * copy that @microsoft/jest-sarif ships. It is written for JSON Schema draft-04, like the OASIS
 * errata-01 schema; its only draft-04-only keyword is `id`, so renaming it to `$id` makes it a
 * draft-07 schema that the project's ajv 8 reads as the same constraints.
 */
function loadSarifSchema(): Record<string, unknown> {
  const path = createRequire(import.meta.url).resolve(
    '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  );
  const { id, $schema, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if ($schema !== 'http://json-schema.org/draft-04/schema#' || typeof id !== 'string')
    throw new Error('the shipped SARIF schema is no longer the draft-04 one this test converts');
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...rest };
}

/** RFC 3986 characters, with every `%` starting a valid escape. */
const uriCharacters = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

let validator: ValidateFunction | undefined;

/** Validates a SARIF log against the official 2.1.0 schema, formats included. */
export function validateSarif(log: unknown): ValidateFunction['errors'] {
  if (!validator) {
    // The schema's language pattern `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` has a stray `]` that
    // is an error under the `u` flag ajv 8 uses by default; JSON Schema patterns are ECMA-262
    // without it. strict: false because the schema is not ours to tidy (it repeats `default`s).
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri-reference', (value: string) => uriCharacters.test(value));
    ajv.addFormat(
      'uri',
      (value: string) => uriCharacters.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value),
    );
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
    validator = ajv.compile(loadSarifSchema());
  }
  return validator(log) ? null : validator.errors;
}
