import type { ValidateFunction } from 'ajv';

/**
 * The published schemas' validators, compiled ahead of time. Compiling the model schema costs
 * about 180 ms at every start, so `npm run bundle` replaces this module in dist/ with ajv's
 * standalone code for the same schemas and options (scripts/precompile-validators.ts); run from
 * source (tests, local-action), it is empty and each schema is compiled at first use.
 */
export const precompiledValidators: ReadonlyMap<object, ValidateFunction> = new Map();
