/**
 * The maintainer file's JSON Schema (schemas/onramp.schema.json, which editors use for completion and hover)
 * compiled with ajv once, on first use: compiling takes tens of milliseconds, and most sessions never need it.
 */
import Ajv, { ValidateFunction } from 'ajv';
import schemaJson from '../../../schemas/onramp.schema.json';

/** Keywords editors read (hover text, messages) that ajv has no use for; declared so ajv's strict mode accepts them. */
const ANNOTATIONS = ['markdownDescription', 'enumDescriptions', 'patternErrorMessage', 'errorMessage'];

let compiled: ValidateFunction | undefined;

export const maintainerSchema: object = schemaJson;

export function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
  for (const keyword of ANNOTATIONS) ajv.addKeyword(keyword);
  return ajv;
}

export function maintainerValidator(): ValidateFunction {
  compiled ??= newAjv().compile(maintainerSchema);
  return compiled;
}
