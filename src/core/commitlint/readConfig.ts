import { parse as parseYaml } from 'yaml';
import { CommitConvention, Fact, ReaderProblem, SignOff } from '../guide/facts';
import { CommitlintSyntax } from './locateConfig';
import { findJsonError } from '../text/jsonError';

/** What a commitlint config says, each fact pointing at the config file's line. */
export interface CommitlintFacts {
  readonly file: string;
  readonly convention: Fact<CommitConvention> | null;
  readonly types: Fact<readonly string[]> | null;
  readonly subjectMaxLength: Fact<number> | null;
  readonly signOff: Fact<SignOff> | null;
  readonly problems: readonly ReaderProblem[];
}

/** Shared configs whose rules are the Conventional Commits header format. */
const CONVENTIONAL_SHARED = /^(@commitlint\/config-(conventional|angular|angular-type-enum)|(commitlint-config-)?(conventional|angular)|conventional-changelog-lint-config-\w+)$/;

/**
 * Reads a commitlint config statically. JSON and YAML are parsed; JavaScript and TypeScript configs are never
 * executed (a repository is untrusted): only a plain textual scan recognises an `extends` of a known shared
 * config, and every other rule in them stays unknown.
 */
export function readCommitlintConfig(file: string, text: string, syntax: CommitlintSyntax): CommitlintFacts {
  if (syntax === 'script') return fromScript(file, text);
  let value: unknown;
  try {
    value = syntax === 'json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    return empty(file, [describeParseError(file, text, syntax, error)]);
  }
  if (value === null || value === undefined) return empty(file, [{ file, message: 'The commitlint config is empty.', severity: 'info' }]);
  if (!isRecord(value)) return empty(file, [{ file, line: 1, message: 'The commitlint config is not an object.', severity: 'warning' }]);
  return fromObject(file, text, value);
}

/** The `commitlint` key of package.json, with lines pointing into package.json. */
export function readPackageJsonCommitlint(file: string, text: string): CommitlintFacts | null | ReaderProblem {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch (error) {
    return describeParseError(file, text, 'json', error);
  }
  if (!isRecord(pkg) || !isRecord(pkg.commitlint)) return null;
  return fromObject(file, text, pkg.commitlint);
}

function fromObject(file: string, text: string, config: Record<string, unknown>): CommitlintFacts {
  const at = (needle: string): Fact<never>['source'] => ({ file, line: lineOf(text, needle) });
  const extendsList = (Array.isArray(config.extends) ? config.extends : [config.extends]).filter((e): e is string => typeof e === 'string');
  const shared = extendsList.find((e) => CONVENTIONAL_SHARED.test(e));
  const rules = isRecord(config.rules) ? config.rules : {};

  const typeEnum = activeRule(rules['type-enum']);
  const types = typeEnum && typeEnum.when === 'always' && Array.isArray(typeEnum.value) ? typeEnum.value.filter((t): t is string => typeof t === 'string') : null;
  const lengthRule = activeRule(rules['subject-max-length']) ?? activeRule(rules['header-max-length']);
  const lengthKey = activeRule(rules['subject-max-length']) ? 'subject-max-length' : 'header-max-length';
  const signed = activeRule(rules['signed-off-by']) ?? trailerSignOff(rules['trailer-exists']);

  return {
    file,
    convention: shared || typeEnum ? { value: 'conventional', source: at(shared ?? 'type-enum') } : null,
    types: types && types.length > 0 ? { value: types, source: at('type-enum') } : null,
    subjectMaxLength:
      lengthRule && lengthRule.when === 'always' && typeof lengthRule.value === 'number' ? { value: lengthRule.value, source: at(lengthKey) } : null,
    signOff: signed ? { value: signed.when === 'never' ? 'forbidden' : 'required', source: at(rules['signed-off-by'] ? 'signed-off-by' : 'trailer-exists') } : null,
    problems: [],
  };
}

function fromScript(file: string, text: string): CommitlintFacts {
  // A textual scan only: `extends: ['@commitlint/config-conventional']` (or a string) written literally.
  const m = /\bextends\s*:\s*\[?\s*(['"`])([@\w/.-]{1,200})\1/.exec(text);
  const problems: ReaderProblem[] = [
    { file, message: 'The commitlint config is JavaScript/TypeScript; it is never run, so only a literal `extends` is recognised.', severity: 'info' },
  ];
  if (!m || !CONVENTIONAL_SHARED.test(m[2])) return empty(file, problems);
  return { ...empty(file, problems), convention: { value: 'conventional', source: { file, line: lineAt(text, m.index) } } };
}

interface ActiveRule {
  readonly when: string;
  readonly value: unknown;
}

/** A rule as `[level, when, value]`; level 0 disables it. */
function activeRule(rule: unknown): ActiveRule | null {
  if (!Array.isArray(rule) || typeof rule[0] !== 'number' || rule[0] === 0) return null;
  return { when: typeof rule[1] === 'string' ? rule[1] : 'always', value: rule[2] };
}

function trailerSignOff(rule: unknown): ActiveRule | null {
  const active = activeRule(rule);
  return active && typeof active.value === 'string' && /^signed-off-by/i.test(active.value) ? active : null;
}

function describeParseError(file: string, text: string, syntax: CommitlintSyntax, error: unknown): ReaderProblem {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (syntax === 'yaml') {
    const line = /at line (\d+)/.exec(message);
    return { file, line: line ? Number(line[1]) : undefined, message: `The commitlint config is not valid YAML (${message}); it was ignored.`, severity: 'warning' };
  }
  const found = findJsonError(text);
  return {
    file,
    line: found?.line,
    message: `The commitlint config is not valid JSON: ${found ? `${found.reason} on line ${found.line}` : message}; it was ignored.`,
    severity: 'warning',
  };
}

function empty(file: string, problems: ReaderProblem[]): CommitlintFacts {
  return { file, convention: null, types: null, subjectMaxLength: null, signOff: null, problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the first mention of a key, so a fact from the config opens at its rule. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : lineAt(text, index);
}
