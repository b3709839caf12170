import { Node as JsonNode, findNodeAtLocation, parseTree } from 'jsonc-parser';
import { Document, LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { CommitConvention, Found, ReaderProblem, SignOff } from '../guide/facts';
import { CommitlintSyntax } from './locateConfig';
import { findJsonError } from '../text/jsonError';
import { lineAt } from '../text/lines';
import { CommitlintPreset, presetNamed } from './presets';
import { exportedObject } from './scriptConfig';
import { CommitlintConfig, codeReferenceProblems, opaqueScriptConfig, wholeConfig, withScriptReference } from './commitlintConfig';

/** What a commitlint config says, each fact pointing at the config file's line. */
export interface CommitlintFacts {
  readonly file: string;
  readonly convention: Found<CommitConvention> | null;
  readonly types: Found<readonly string[]> | null;
  readonly subjectMaxLength: Found<number> | null;
  readonly signOff: Found<SignOff> | null;
  /**
   * Which of `types` and `subjectMaxLength` come from a shared config's defaults rather than a rule the project
   * wrote: a list the project writes in its guide is narrower and speaks before these.
   */
  readonly fromPreset?: { readonly types: boolean; readonly subjectMaxLength: boolean };
  /** Everything the config says, as read; null when it could not be read. */
  readonly config: CommitlintConfig | null;
  readonly problems: readonly ReaderProblem[];
}

/** Shared configs whose rules are the Conventional Commits header format. */
const CONVENTIONAL_SHARED = /^(@commitlint\/config-(conventional|angular|angular-type-enum)|(commitlint-config-)?(conventional|angular)|conventional-changelog-lint-config-\w+)$/;

/** A key path inside the config object: property names and array indexes. */
type KeyPath = readonly (string | number)[];
/** The 1-based line where the config writes the value at a key path (its key, for a property), or undefined. */
type LineOf = (path: KeyPath) => number | undefined;

/**
 * Reads a commitlint config statically. JSON and YAML are parsed; JavaScript and TypeScript configs are never
 * executed (a repository is untrusted): JavaScript is parsed with acorn and its literal values read, TypeScript
 * only scanned for a literal `extends` of a known shared config. A known shared config (config-conventional,
 * config-angular) brings its own type list and header limit where the config does not set them.
 */
export function readCommitlintConfig(file: string, text: string, syntax: CommitlintSyntax): CommitlintFacts {
  if (syntax === 'script') return /\.(c|m)?ts$/i.test(file) ? fromScript(file, text) : fromJavaScript(file, text);
  if (syntax === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return empty(file, [describeParseError(file, text, syntax, error)]);
    }
    const checked = checkObject(file, value);
    return checked.ok ? fromObject(file, 'json', checked.config, jsonLines(text, parseTree(text))) : checked.facts;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  let value: unknown;
  try {
    if (doc.errors.length > 0) throw doc.errors[0];
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return empty(file, [describeParseError(file, text, syntax, error)]);
  }
  const checked = checkObject(file, value);
  return checked.ok ? fromObject(file, 'yaml', checked.config, yamlLines(doc, lineCounter)) : checked.facts;
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
  const root = parseTree(text);
  return fromObject(file, 'package.json', pkg.commitlint, jsonLines(text, root && findNodeAtLocation(root, ['commitlint'])));
}

function checkObject(file: string, value: unknown): { ok: true; config: Record<string, unknown> } | { ok: false; facts: CommitlintFacts } {
  if (value === null || value === undefined) return { ok: false, facts: empty(file, [{ file, message: 'The commitlint config is empty.', severity: 'info' }]) };
  if (!isRecord(value)) return { ok: false, facts: empty(file, [{ file, line: 1, message: 'The commitlint config is not an object.', severity: 'warning' }]) };
  return { ok: true, config: value };
}

function fromObject(file: string, syntax: CommitlintConfig['syntax'], config: Record<string, unknown>, lineOf: LineOf): CommitlintFacts {
  const whole = wholeConfig(file, syntax, config, lineOf);
  const at = (path: KeyPath): Found<never>['source'] => ({ file, line: lineOf(path) ?? 1 });
  const extendsList = Array.isArray(config.extends) ? config.extends : [config.extends];
  const extendsAt = (k: number): KeyPath => (Array.isArray(config.extends) ? ['extends', k] : ['extends']);
  const sharedIndex = extendsList.findIndex((e) => typeof e === 'string' && CONVENTIONAL_SHARED.test(e));
  // A known shared config's own rules apply where the config does not set them; the last one listed wins, as
  // in commitlint. A `rules` that is present but not a plain object (computed in a script) may set anything,
  // so then no preset rule is assumed.
  const preset = lastPreset(extendsList);
  const rulesKnown = config.rules === undefined || isRecord(config.rules);
  const rules = isRecord(config.rules) ? config.rules : {};
  const fromPreset = (rule: string): CommitlintPreset | null => (preset && rulesKnown && !(rule in rules) ? preset.preset : null);

  const typeEnum = activeRule(rules['type-enum']);
  const localTypes = typeEnum && typeEnum.when === 'always' && Array.isArray(typeEnum.value) ? typeEnum.value.filter((t): t is string => typeof t === 'string') : null;
  const presetTypes = fromPreset('type-enum')?.types ?? null;
  // Onramp's subjectMaxLength is the limit on the message's first line. commitlint's `header-max-length` bounds
  // exactly that line (type, scope and subject together), so it maps here; `subject-max-length` bounds only the
  // part after `type(scope): `, and is used when it is the one set. A rule that is disabled (level 0), or says
  // `never` (a minimum, not a maximum), or has no number, is not a limit and is skipped.
  const lengthKey = (['subject-max-length', 'header-max-length'] as const).find((key) => {
    const rule = activeRule(rules[key]);
    return rule !== null && rule.when === 'always' && typeof rule.value === 'number';
  });
  const length = lengthKey ? (activeRule(rules[lengthKey])?.value as number) : null;
  const presetLength = lengthKey ? null : (fromPreset('header-max-length')?.headerMaxLength ?? null);
  const signedKey = activeRule(rules['signed-off-by']) ? 'signed-off-by' : trailerSignOff(rules['trailer-exists']) ? 'trailer-exists' : null;
  const signed = signedKey ? activeRule(rules[signedKey]) : null;

  const conventionAt: KeyPath | null = sharedIndex >= 0 ? extendsAt(sharedIndex) : typeEnum?.when === 'always' ? ['rules', 'type-enum'] : null;
  const types: Found<readonly string[]> | null =
    localTypes && localTypes.length > 0 ? { value: localTypes, source: at(['rules', 'type-enum']) } : presetTypes && preset ? { value: presetTypes, source: at(extendsAt(preset.index)) } : null;
  const subjectMaxLength: Found<number> | null =
    lengthKey && length !== null ? { value: length, source: at(['rules', lengthKey]) } : presetLength !== null && preset ? { value: presetLength, source: at(extendsAt(preset.index)) } : null;
  return {
    file,
    convention: conventionAt ? { value: 'conventional', source: at(conventionAt) } : null,
    types,
    subjectMaxLength,
    signOff: signed && signedKey ? { value: signed.when === 'never' ? 'forbidden' : 'required', source: at(['rules', signedKey]) } : null,
    fromPreset: { types: types !== null && !(localTypes && localTypes.length > 0), subjectMaxLength: subjectMaxLength !== null && !lengthKey },
    config: whole,
    problems: codeReferenceProblems(whole),
  };
}

/** The last `extends` entry that is a known shared config, with its index. */
function lastPreset(extendsList: readonly unknown[]): { index: number; preset: CommitlintPreset } | null {
  for (let k = extendsList.length - 1; k >= 0; k--) {
    const e = extendsList[k];
    const found = typeof e === 'string' ? presetNamed(e) : undefined;
    if (found) return { index: k, preset: found.preset };
  }
  return null;
}

/** Lines from jsonc-parser's tree: a property's key line, or an array element's own line. */
function jsonLines(text: string, config: JsonNode | undefined): LineOf {
  return (path) => {
    const node = config && findNodeAtLocation(config, [...path]);
    if (!node) return undefined;
    return lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  };
}

/** Lines from the YAML document's nodes, counted by its LineCounter: a pair's key line, or a sequence item's line. */
function yamlLines(doc: Document, lines: LineCounter): LineOf {
  return (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) return undefined;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        offset = isScalar(item) || isMap(item) || isSeq(item) ? item.range?.[0] : undefined;
        node = item;
      } else {
        return undefined;
      }
    }
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
}

/**
 * A JavaScript config (.js, .cjs, .mjs), parsed with acorn and never run: the literal parts of the exported
 * object are read like a JSON config. When no exported object literal is found, nothing is known.
 */
function fromJavaScript(file: string, text: string): CommitlintFacts {
  const problems: ReaderProblem[] = [
    { file, message: 'The commitlint config is JavaScript; it is never run, so only values written literally in its exported object are read.', severity: 'info' },
  ];
  const found = exportedObject(file, text);
  if (!found) return { ...empty(file, problems), config: withScriptReference(opaqueScriptConfig(file)) };
  const facts = fromObject(file, 'script', found.value, found.lineOf);
  return { ...facts, config: facts.config && withScriptReference(facts.config), problems: [...problems, ...facts.problems] };
}

/**
 * TypeScript configs (.ts, .cts, .mts), which acorn does not parse. A textual scan only: an `extends` written literally (`extends: ['@commitlint/config-conventional']` or a
 * string), after removing comments, so a commented-out line does not count. Nothing is run.
 */
function fromScript(file: string, text: string): CommitlintFacts {
  const problems: ReaderProblem[] = [
    { file, message: 'The commitlint config is TypeScript; it is never run, so only a literal `extends` is recognised.', severity: 'info' },
  ];
  const code = withoutComments(text);
  for (const m of code.matchAll(/(?:^|[^\w$.])['"]?extends['"]?[ \t\r\n]*:[ \t\r\n]*/g)) {
    const start = m.index + m[0].length;
    // `extends: '…'` (one string right there) or `extends: ['…', '…']` (every string up to the closing bracket).
    // Bounded windows, so many `extends: [` without a closing bracket are not each searched to the end of the file.
    const window = code.slice(start, start + 2000);
    const close = window.indexOf(']');
    const list = window.startsWith('[') ? window.slice(0, close < 0 ? window.length : close) : (/^(['"`])[@\w/.-]{1,200}\1/.exec(window)?.[0] ?? '');
    for (const s of list.matchAll(/(['"`])([@\w/.-]{1,200})\1/g)) {
      if (CONVENTIONAL_SHARED.test(s[2])) {
        const line = lineAt(text, start + s.index);
        const config = withScriptReference(opaqueScriptConfig(file, [{ name: s[2], line, bundled: presetNamed(s[2]) !== undefined }]));
        return { ...empty(file, problems), convention: { value: 'conventional', source: { file, line } }, config };
      }
    }
  }
  return { ...empty(file, problems), config: withScriptReference(opaqueScriptConfig(file)) };
}

/**
 * The script with `//` and `/* *\/` comments blanked out (same length, newlines kept, so offsets and lines still
 * match the file). Strings ('…', "…", `…`) are skipped whole, so `'http://x'` is not a comment.
 */
export function withoutComments(text: string): string {
  const out: string[] = [];
  let k = 0;
  let copied = 0;
  const blank = (from: number, to: number): void => {
    out.push(text.slice(copied, from), text.slice(from, to).replace(/[^\n]/g, ' '));
    copied = to;
  };
  while (k < text.length) {
    const c = text[k];
    if (c === '"' || c === "'" || c === '`') {
      k++;
      while (k < text.length && text[k] !== c && !(c !== '`' && text[k] === '\n')) k += text[k] === '\\' ? 2 : 1;
      k++;
    } else if (c === '/' && text[k + 1] === '/') {
      const end = text.indexOf('\n', k);
      blank(k, end < 0 ? text.length : end);
      k = end < 0 ? text.length : end;
    } else if (c === '/' && text[k + 1] === '*') {
      const end = text.indexOf('*/', k + 2);
      blank(k, end < 0 ? text.length : end + 2);
      k = end < 0 ? text.length : end + 2;
    } else {
      k++;
    }
  }
  out.push(text.slice(copied));
  return out.join('');
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
  return { file, convention: null, types: null, subjectMaxLength: null, signOff: null, config: null, problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
