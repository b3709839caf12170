/**
 * The maintainer file's JSON Schema (schemas/onramp.schema.json, which editors use for completion and hover) as
 * validator code ajv generated at build time (scripts/compile-maintainer-schema.mjs): no schema is compiled at run
 * time, and the bundles carry the generated code and two small ajv runtime helpers, not ajv's compiler. The code
 * was generated with `allErrors` and `verbose`, so each error has its data and schema for `schemaErrors.ts`.
 */
import type { ValidateFunction } from 'ajv';
import validateMaintainer from './maintainerValidator.generated';

export function maintainerValidator(): ValidateFunction {
  return validateMaintainer as unknown as ValidateFunction;
}
