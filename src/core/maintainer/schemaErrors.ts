/**
 * Turns ajv's errors into problems a maintainer understands, at the line and column of the value at fault, and
 * decides what each error costs: only the smallest part that holds it (an action, a step's completion check, a
 * step, one commit rule) is left out, so the valid rest of the file still works. Unknown keys are warnings:
 * reported and ignored, never acted on.
 */
import { ErrorObject } from 'ajv';
import { ParsedYaml, keyPosition, valuePosition } from './parseYaml';
import { MaintainerProblem } from './types';

export interface SchemaVerdict {
  readonly problems: MaintainerProblem[];
  /** JSON pointers of the parts left out ("/steps/2", "/commits/types"); "" when nothing of the file is usable. */
  readonly dropped: ReadonlySet<string>;
}

export function judgeSchemaErrors(file: string, parsed: ParsedYaml, errors: readonly ErrorObject[]): SchemaVerdict {
  const problems: MaintainerProblem[] = [];
  const dropped = new Set<string>();
  for (const error of errors) {
    // `if` only says which branch failed, and each alternative of an `anyOf` fails on its own: the branch's own
    // errors and the `anyOf` itself (with its message) say it better.
    if (error.keyword === 'if' || /\/anyOf\/\d+\//.test(error.schemaPath)) continue;
    const path = segments(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const at = keyPosition(parsed, [...path, name]);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(name, known);
      problems.push({
        file,
        ...at,
        severity: 'warning',
        message: `Unknown key "${name}" ${path.length ? `in ${display(path)}` : 'at the top level'}${guess ? ` (did you mean "${guess}"?)` : ''}; it is ignored.`,
      });
      continue;
    }
    const unit = unitOf(path);
    dropped.add(unit);
    const at = error.keyword === 'required' ? keyPosition(parsed, path) : valuePosition(parsed, path);
    problems.push({ file, ...at, severity: 'error', message: `${describe(error, path)} ${consequence(unit)}` });
  }
  return { problems, dropped };
}

/** Whether the part at `pointer` (or anything holding it) was left out. */
export function isDropped(dropped: ReadonlySet<string>, pointer: string): boolean {
  if (dropped.has('')) return true;
  for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) if (dropped.has(at)) return true;
  return false;
}

export function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `steps[2].done.git` for a path of keys and indexes. */
export function display(path: readonly string[]): string {
  if (path.length === 0) return 'the file';
  return path.map((s, k) => (/^\d+$/.test(s) ? `[${s}]` : k === 0 ? s : `.${s}`)).join('');
}

/** The smallest part of the file an error at `path` spoils. */
function unitOf(path: readonly string[]): string {
  const [top, index, inner, innerIndex] = path;
  let kept: readonly string[];
  if (top === 'steps' && index !== undefined) {
    if (inner === 'actions') kept = innerIndex === undefined ? path.slice(0, 3) : path.slice(0, 4);
    else if (inner === 'done') kept = path.slice(0, 3);
    else kept = path.slice(0, 2);
  } else if (top === 'branch') {
    kept = ['branch'];
  } else {
    kept = path.slice(0, 2);
  }
  return kept.length ? `/${kept.join('/')}` : '';
}

function consequence(unit: string): string {
  const path = segments(unit);
  if (path.length === 0) return 'Nothing in the file was used.';
  const [top, , inner, innerIndex] = path;
  if (top === 'steps' && path.length >= 2) {
    if (inner === 'actions') return innerIndex === undefined ? "The step's actions are left out." : 'This action is left out.';
    if (inner === 'done') return 'The step has no completion check: the contributor ticks it off.';
    return 'This step is left out.';
  }
  if (top === 'commits' && path.length === 2) return 'This rule is ignored.';
  if (path.length === 2) return 'This entry is ignored.';
  return `"${top}" is ignored.`;
}

const TYPE_NAMES: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping (key: value)', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty' };

function describe(error: ErrorObject, path: readonly string[]): string {
  const where = display(path);
  const parent = (error.parentSchema ?? {}) as { errorMessage?: string; patternErrorMessage?: string };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where} is missing "${String(params.missingProperty)}".`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}; it is ${show(error.data)}.`;
    case 'const':
      return `${where} must be ${show(params.allowedValue)}; it is ${show(error.data)}.`;
    case 'type': {
      const wanted = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
      return `${where} must be ${wanted.join(' or ')}; it is ${kindOf(error.data)}.`;
    }
    case 'pattern':
      return `${where} ${show(error.data)}: ${parent.patternErrorMessage ?? 'it does not have the expected form.'}`;
    case 'minLength':
      return Number(params.limit) <= 1 ? `${where} is empty.` : `${where} is shorter than ${String(params.limit)} characters.`;
    case 'maxLength':
      return `${where} is longer than ${String(params.limit)} characters.`;
    case 'minItems':
      return `${where} needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.`;
    case 'maxItems':
      return `${where} has more than ${String(params.limit)} entries.`;
    case 'uniqueItems':
      return `${where} lists ${show((error.data as unknown[])[Number(params.j)])} twice.`;
    case 'minimum':
      return `${where} must be at least ${String(params.limit)}; it is ${show(error.data)}.`;
    case 'maximum':
      return `${where} must be at most ${String(params.limit)}; it is ${show(error.data)}.`;
    default:
      return parent.errorMessage ? `${where}: ${parent.errorMessage}` : `${where} ${error.message ?? 'is not valid'}.`;
  }
}

/** A value as a maintainer wrote it, short and on one line. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text (${show(value)})`;
  if (typeof value === 'boolean') return String(value);
  return `a number (${String(value)})`;
}

/** A known key within two edits of `name` (a typo, or a case slip), for "did you mean". */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap || a.length > 40 || b.length > 40) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
