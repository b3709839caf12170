/**
 * The whole commitlint configuration as read (never run): every rule with its level, applicability and value,
 * the `extends` list, the other keys as data, and every reference to code that Onramp did not run. The commit
 * linter evaluates this with commitlint's own packages; Restricted Mode uses `codeReferences` to say what it
 * skipped.
 */
import type { ReaderProblem } from '../guide/facts';
import { presetNamed } from './presets';
import { Literal, UNKNOWN } from './scriptConfig';

export type RuleLevel = 0 | 1 | 2;

export interface CommitlintRule {
  readonly name: string;
  /** null when the level is not written literally (computed in a script). */
  readonly level: RuleLevel | null;
  readonly applicable: 'always' | 'never' | null;
  /** The rule's value (a length, a list of types...); null when absent or not literal. */
  readonly value: unknown;
  readonly line: number;
}

export type CodeReferenceKind = 'script-config' | 'package' | 'local-file';

/** Code that a config names, which Onramp reads around but does not run (a package, a local JS file, the config itself). */
export interface CodeReference {
  readonly file: string;
  readonly line: number;
  /** The config key that names it: `extends`, `parserPreset`, `plugins`, `formatter`, `$import`, or `config` for a script config. */
  readonly key: string;
  readonly target: string;
  readonly kind: CodeReferenceKind;
  /** A well-known shared config Onramp carries itself, so nothing from the repository is needed for it. */
  readonly bundled: boolean;
}

export interface CommitlintExtends {
  readonly name: string;
  readonly line: number;
  readonly bundled: boolean;
}

export interface CommitlintConfig {
  /** The config commitlint itself would use (its search order). */
  readonly file: string;
  /** Every commitlint config found, in commitlint's search order; the first is `file`. */
  readonly found: readonly string[];
  readonly syntax: 'json' | 'yaml' | 'script' | 'package.json';
  readonly extends: readonly CommitlintExtends[];
  readonly rules: readonly CommitlintRule[];
  /** The other top-level keys (parserPreset, ignores, defaultIgnores, helpUrl, prompt...), as data; null where not literal. */
  readonly other: Readonly<Record<string, unknown>>;
  readonly codeReferences: readonly CodeReference[];
  /** Whether the config is complete as read: false when a script computes part of it. */
  readonly literal: boolean;
}

type KeyPath = readonly (string | number)[];
export type LineOf = (path: KeyPath) => number | undefined;

/** Parser presets Onramp carries; others are code in the repository's dependencies. */
const BUNDLED_PARSER_PRESETS = /^(?:conventional-changelog-(?:conventionalcommits|angular))$/;
/** Keys whose string values name code to load. */
const CODE_KEYS = ['extends', 'parserPreset', 'plugins', 'formatter', '$import'] as const;

/** The config object turned into the model; `lineOf` finds a key path's line in the file. */
export function wholeConfig(file: string, syntax: CommitlintConfig['syntax'], config: Record<string, unknown>, lineOf: LineOf): CommitlintConfig {
  const at = (path: KeyPath): number => lineOf(path) ?? 1;
  let literal = !containsUnknown(config);
  const extendsValue = config.extends;
  const extendsList = typeof extendsValue === 'string' ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [];
  const extendsAt = (k: number): KeyPath => (Array.isArray(extendsValue) ? ['extends', k] : ['extends']);
  const extendsOut: CommitlintExtends[] = [];
  extendsList.forEach((e, k) => {
    if (typeof e === 'string') extendsOut.push({ name: e, line: at(extendsAt(k)), bundled: presetNamed(e) !== undefined });
  });

  const rules: CommitlintRule[] = [];
  if (isRecord(config.rules)) {
    for (const [name, rule] of Object.entries(config.rules)) rules.push(readRule(name, rule, at(['rules', name])));
  } else if (config.rules !== undefined) {
    literal = false;
  }

  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) if (key !== 'rules' && key !== 'extends') other[key] = toData(value);

  const codeReferences: CodeReference[] = [];
  for (const key of CODE_KEYS) {
    const value = config[key];
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    list.forEach((target, k) => {
      if (typeof target !== 'string') return;
      const line = at(Array.isArray(value) ? [key, k] : [key]);
      const local = /^(?:\.{1,2}\/|\/)|\.(?:c|m)?[jt]s$/i.test(target);
      const bundled = !local && (key === 'extends' ? presetNamed(target) !== undefined : key === 'parserPreset' && BUNDLED_PARSER_PRESETS.test(target));
      codeReferences.push({ file, line, key, target, kind: local ? 'local-file' : 'package', bundled });
    });
  }
  return { file, found: [file], syntax, extends: extendsOut, rules, other, codeReferences, literal };
}

/** A script config whose object could not be read at all: only the file itself is known. */
export function opaqueScriptConfig(file: string, extendsFound: readonly CommitlintExtends[] = []): CommitlintConfig {
  return {
    file,
    found: [file],
    syntax: 'script',
    extends: extendsFound,
    rules: [],
    other: {},
    codeReferences: [],
    literal: false,
  };
}

/** A script config is itself code: it is named first among the references. */
export function withScriptReference(config: CommitlintConfig): CommitlintConfig {
  const self: CodeReference = { file: config.file, line: 1, key: 'config', target: config.file, kind: 'script-config', bundled: false };
  return { ...config, codeReferences: [self, ...config.codeReferences] };
}

/** One problem per piece of code Onramp did not run and does not carry, so the user knows which rules are unknown. */
export function codeReferenceProblems(config: CommitlintConfig): ReaderProblem[] {
  return config.codeReferences
    .filter((r) => !r.bundled && r.kind !== 'script-config')
    .map((r) => ({
      file: r.file,
      line: r.line,
      severity: 'info' as const,
      message: `\`${r.key}\` names ${r.kind === 'local-file' ? 'the local file' : 'the package'} "${r.target}", which is code; Onramp does not run it, so what it adds is not known.`,
    }));
}

function readRule(name: string, rule: unknown, line: number): CommitlintRule {
  if (!Array.isArray(rule)) return { name, level: null, applicable: null, value: null, line };
  // A value a script computes (`'!'.repeat(1)`) is unknown, so the rule is as unknown as a computed level:
  // checked without it, the rule would report problems the project's commitlint never reports.
  const level = rule.length > 2 && rule[2] === UNKNOWN ? null : rule[0] === 0 || rule[0] === 1 || rule[0] === 2 ? rule[0] : null;
  const applicable = rule[1] === 'always' || rule[1] === 'never' ? rule[1] : rule.length < 2 && level !== null ? 'always' : null;
  return { name, level, applicable, value: rule.length > 2 ? toData(rule[2]) : null, line };
}

/** JSON-safe data: script values that are not literal become null. */
function toData(value: unknown): unknown {
  if (value === UNKNOWN) return null;
  if (Array.isArray(value)) return value.map(toData);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toData(v)]));
  return value;
}

function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isRecord(value)) return Object.values(value).some(containsUnknown);
  return false;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type { Literal };
