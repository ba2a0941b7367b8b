import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Finding } from '../findings/finding.js';
import { suggestId } from './suggest-id.js';
import { precompiledValidators } from './precompiled-validators.js';
import { childPointer, describePointer, type SourceIndex } from './source-index.js';
import { stablePath } from './stable-path.js';

/** The options every schema is compiled with, here and ahead of time (scripts/precompile-validators.ts). */
export const ajvOptions = {
  allErrors: true,
  strict: true,
  // if/then blocks require properties declared beside them, not inside them.
  strictRequired: false,
  verbose: true,
  allowUnionTypes: true,
} as const;

/** Made at the first schema the bundles did not compile ahead of time: in them, never at start-up. */
let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** A validator for a schema: the one compiled ahead of time for the bundles, else compiled once per schema object. */
function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema) ?? precompiledValidators.get(schema);
  if (!validate) {
    ajv ??= new Ajv(ajvOptions);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Validates a parsed document against a JSON Schema. Each error becomes a finding at the offending
 * node itself (an unknown key at the key, a wrong value at the value), worded for a reader.
 */
export function validateDocument(
  value: unknown,
  schema: object,
  index: Pick<SourceIndex, 'locate'>,
  options: { check: string; what: string },
): Finding[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (isNoise(error)) continue;
    const described = describeError(error);
    const location = index.locate(described.pointer, described.part);
    const key = `${location.line}:${location.column}:${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      check: options.check,
      severity: 'error',
      message: described.message,
      location,
      hint: described.hint,
      subject: `${options.what}${stablePath(value, described.pointer)}#${error.keyword}`,
    });
  }
  return findings;
}

/** Errors that only restate another: if/then wrappers and the inner errors of anyOf and propertyNames. */
function isNoise(error: ErrorObject): boolean {
  if (error.keyword === 'if') return true;
  if (error.schemaPath.includes('/propertyNames/')) return true;
  return /\/anyOf\/\d+\//.test(error.schemaPath);
}

interface DescribedError {
  pointer: string;
  part: 'key' | 'value';
  message: string;
  hint: string;
}

function describeError(error: ErrorObject): DescribedError {
  const pointer = error.instancePath;
  const where = describePointer(pointer);
  const parent = (error.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const status = (error.data as { status?: unknown } | null)?.status;
      if (error.schemaPath.endsWith('/then/required') && typeof status === 'string') {
        // Required only because of the status (if/then): say so, or the rule looks arbitrary.
        return {
          pointer,
          part: 'value',
          message: `${where}: status "${status}" requires "${missing}"`,
          hint: `Add "${missing}:" to ${where}${missing === 'reason' ? ', saying why' : ''}.`,
        };
      }
      return {
        pointer,
        part: 'value',
        message: `${where}: missing required property "${missing}"`,
        hint: `Add "${missing}:" to ${where}.`,
      };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent.properties ?? {});
      const suggestion = suggestId(extra, allowed);
      return {
        pointer: childPointer(pointer, extra),
        part: 'key',
        message: `${where}: unknown property "${extra}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        hint: allowed.length > 0 ? `Remove it, or use one of: ${allowed.join(', ')}.` : 'Remove it.',
      };
    }
    case 'propertyNames': {
      const name = (error.params as { propertyName: string }).propertyName;
      const rule = error.schema as { description?: string; not?: { enum?: unknown[] } } | undefined;
      if (rule?.not?.enum?.includes(name)) {
        return {
          pointer: childPointer(pointer, name),
          part: 'key',
          message: `${where}: ${JSON.stringify(name)} is a reserved name`,
          hint: `Rename this key: ${rule.not.enum.map(String).join(' and ')} are reserved, as every JavaScript object already has them.`,
        };
      }
      return {
        pointer: childPointer(pointer, name),
        part: 'key',
        message: `${where}: ${JSON.stringify(name)} is not ${rule?.description ?? 'an allowed key here'}`,
        hint: rule?.description
          ? `Rename this key to ${rule.description}, or remove it.`
          : 'Rename or remove this key.',
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        pointer,
        part: 'value',
        message: `${where}: ${JSON.stringify(error.data)} is not one of ${allowed.join(', ')}`,
        hint: `Write one of: ${allowed.join(', ')}.`,
      };
    }
    case 'const': {
      const allowed = JSON.stringify((error.params as { allowedValue: unknown }).allowedValue);
      return {
        pointer,
        part: 'value',
        message: `${where}: expected ${allowed}, found ${kindOf(error.data)}`,
        hint: `Write ${allowed}.`,
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).replace(/,/g, ' or ');
      return {
        pointer,
        part: 'value',
        message: `${where}: expected ${article(expected)}, found ${kindOf(error.data)}`,
        hint: `Write ${article(expected)} here.`,
      };
    }
    case 'pattern':
      return {
        pointer,
        part: 'value',
        message: `${where}: ${JSON.stringify(error.data)} is not ${parent.description ?? `of the form ${(error.params as { pattern: string }).pattern}`}`,
        hint: parent.description ? `Write ${parent.description}.` : 'Correct the value.',
      };
    case 'anyOf':
      return {
        pointer,
        part: 'value',
        message: `${where}: expected a string, number, boolean or a list of them, found ${kindOf(error.data)}`,
        hint: 'Write a plain value or a list of plain values.',
      };
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return {
        pointer: childPointer(pointer, Math.max(i, j)),
        part: 'value',
        message: `${where}: item ${Math.max(i, j)} repeats item ${Math.min(i, j)}`,
        hint: 'Remove the repeated item.',
      };
    }
    case 'minItems':
    case 'maxItems': {
      const limit = (error.params as { limit: number }).limit;
      const most = error.keyword === 'maxItems';
      return {
        pointer,
        part: 'value',
        message: `${where}: expected at ${most ? 'most' : 'least'} ${plural(limit, 'item')}, found ${plural(Array.isArray(error.data) ? error.data.length : 0, 'item')}`,
        hint: most ? `Remove items from ${where}.` : `Add ${limit === 1 ? 'an item' : 'items'} to ${where}.`,
      };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const most = error.keyword === 'maxLength';
      return {
        pointer,
        part: 'value',
        message: most
          ? `${where}: longer than ${plural(limit, 'character')}`
          : `${where}: expected at least ${plural(limit, 'character')}, found ${error.data === '' ? 'an empty string' : kindOf(error.data)}`,
        hint: most ? 'Shorten the text.' : 'Write the text, or remove the key.',
      };
    }
    default:
      return {
        pointer,
        part: 'value',
        message: `${where} ${error.message ?? 'is invalid'}`,
        hint: 'Correct the value.',
      };
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
  };
  return type
    .split(' or ')
    .map((t) => words[t] ?? t)
    .join(' or ');
}
