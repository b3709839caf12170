/**
 * One maintainer file's text to its typed parts and problems, with no file access: YAML with limits, the
 * schema, then the checks the schema cannot make. Body files and bases are left for `readMaintainerFile`.
 */
import { ConfigLayer, ExtendsRef, buildLayer } from './buildLayer';
import { parseYamlSafely, valuePosition } from './parseYaml';
import { maintainerValidator } from './schema';
import { judgeSchemaErrors } from './schemaErrors';
import { MaintainerProblem } from './types';

/** At most this many problems are listed for one file; one more line says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 50;

export interface ParsedMaintainerFile {
  readonly file: string;
  /** What the file sets, or null when nothing of it is usable (invalid YAML, another version, not a mapping). */
  readonly layer: ConfigLayer | null;
  readonly extendsRefs: readonly ExtendsRef[];
  readonly problems: readonly MaintainerProblem[];
}

export function parseMaintainerText(file: string, text: string): ParsedMaintainerFile {
  const none = (problems: MaintainerProblem[]): ParsedMaintainerFile => ({ file, layer: null, extendsRefs: [], problems: capped(file, problems) });
  const yaml = parseYamlSafely(file, text);
  if (!yaml.ok) return none(yaml.problems);
  const root = yaml.parsed.value;
  if (root === null || root === undefined) return none([{ file, line: 1, severity: 'info', message: 'The maintainer file is empty.' }]);
  if (typeof root !== 'object' || Array.isArray(root)) {
    return none([{ file, line: 1, severity: 'error', message: 'The maintainer file must be a mapping of keys (version, steps, labels, ...); nothing in it was used.' }]);
  }
  const data = root as Record<string, unknown>;
  // A file written for another version of the format might mean something else by the same keys.
  if (data.version !== undefined && data.version !== 1) {
    return none([{ file, ...valuePosition(yaml.parsed, ['version']), severity: 'error', message: `This file is version ${JSON.stringify(data.version)}; this Onramp reads version 1 only, so nothing in it was used.` }]);
  }
  const validate = maintainerValidator();
  validate(data);
  const verdict = judgeSchemaErrors(file, yaml.parsed, validate.errors ?? []);
  if (verdict.dropped.has('')) return none(verdict.problems);
  const problems = [...verdict.problems];
  const { layer, extendsRefs } = buildLayer(file, yaml.parsed, data, verdict.dropped, problems);
  return { file, layer, extendsRefs, problems: capped(file, problems) };
}

function capped(file: string, problems: MaintainerProblem[]): MaintainerProblem[] {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (sorted.length <= MAX_PROBLEMS_PER_FILE) return sorted;
  const rest = sorted.length - MAX_PROBLEMS_PER_FILE;
  return [...sorted.slice(0, MAX_PROBLEMS_PER_FILE), { file, severity: 'info', message: `${rest} more problem${rest === 1 ? '' : 's'} in this file ${rest === 1 ? 'is' : 'are'} not listed.` }];
}
