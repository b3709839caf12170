/**
 * Small parsers that read a repository's task files as data (nothing is ever run): the names a command line can
 * ask for, each with the line that defines it. Both the guide reader (a command the guide names is confirmed by
 * its task's line) and the check (a command whose task is gone is stale) use these, so the two never disagree.
 * Each returns whether the list is `open`: the file can define more names than are written literally (an include,
 * a pattern rule, a variable in a name), so a name missing from it is not proof.
 */
import { Node as JsonNode, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface TaskNames {
  readonly names: ReadonlySet<string>;
  /** The 1-based line that defines each name. */
  readonly lines: ReadonlyMap<string, number>;
  /** More names may exist than `names` holds; a missing name is then not reported as stale. */
  readonly open: boolean;
  /** Why the list is open, for the check's notes. */
  readonly openBecause?: string;
  /** The file of a name defined in another file than the one found (an included makefile, one of `magefiles/`). */
  readonly files?: ReadonlyMap<string, string>;
}

export interface PackageScripts extends TaskNames {
  /** Dependency names: `yarn X` / `pnpm X` also run a dependency's binary. */
  readonly dependencies: ReadonlySet<string>;
  /** The file is not valid JSON. */
  readonly invalid?: string;
}

export interface MakeTargets extends TaskNames {
  /** The target a bare `make` runs: `.DEFAULT_GOAL`, else the first target defined. */
  readonly defaultGoal?: string;
  /** Makefiles it includes by a literal name (`-include` and `sinclude` ones are optional), for the inventory to read. */
  readonly includes: readonly { readonly path: string; readonly optional: boolean }[];
  /** The list is open only because of those includes: once they are read, it is as closed as theirs. */
  readonly openOnlyForIncludes: boolean;
  /**
   * What each target does, as far as the file says: its prerequisites and its first recipe lines (bounded), for a
   * guide's `make check` that this project wires to its linters rather than its tests. Prerequisites are a line of
   * their own after `: `.
   */
  readonly recipes?: ReadonlyMap<string, string>;
}

/** How much of a target's recipe is kept: the first lines say what it runs. */
const RECIPE_LINES = 6;
const RECIPE_CHARS = 600;

/** Names per file: a generated Makefile can define thousands of targets; a guide names a few. */
const MAX_NAMES = 2000;
/** Only the head of a line is matched: a definition starts there, and long lines must not slow the patterns. */
const HEAD = 400;

/** Collects names, each at its first line, and the first reason the list is open. */
export class NameList {
  readonly names = new Set<string>();
  readonly lines = new Map<string, number>();
  openBecause: string | undefined;

  add(name: string, line: number): void {
    if (name === '' || this.names.has(name) || this.names.size >= MAX_NAMES) return;
    this.names.add(name);
    this.lines.set(name, line);
  }

  open(why: string): void {
    this.openBecause ??= why;
  }

  done(): TaskNames {
    return { names: this.names, lines: this.lines, open: this.openBecause !== undefined, openBecause: this.openBecause };
  }
}

/** The lines of a text without their `\r`, for line-by-line parsers. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** A function from an offset into `text` to its 1-based line, in log time (many keys, one pass over the text). */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * A JSON (or, with `comments`, JSONC) task file read as a tree: the keys of a top-level object member, each at its
 * offset, and the first parse error said with its line. Shared by package.json, composer.json and deno.json.
 */
function jsonTaskFile(text: string, comments: boolean) {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: comments, disallowComments: !comments });
  const lineOf = lineFinder(text);
  const keysOf = (member: string): JsonNode[] => {
    const node = tree?.type === 'object' ? tree.children?.find((p) => p.children?.[0]?.value === member)?.children?.[1] : undefined;
    return node?.type === 'object' ? (node.children ?? []).map((p) => p.children?.[0]).filter((k): k is JsonNode => k?.type === 'string') : [];
  };
  const error = errors.length > 0 ? `${printParseErrorCode(errors[0].error)} at line ${lineOf(errors[0].offset)}` : undefined;
  return { keysOf, lineOf, error };
}

/** The keys of one top-level object member, each at its line; a file that does not parse is open (its names may not be all). */
function jsonMemberKeys(text: string, member: string, comments: boolean): TaskNames {
  const file = jsonTaskFile(text, comments);
  const found = new NameList();
  for (const key of file.keysOf(member)) found.add(String(key.value), file.lineOf(key.offset));
  if (file.error) found.open(file.error);
  return found.done();
}

/** composer.json: its `scripts` (`composer test`, `composer run-script lint`). */
export const composerScripts = (text: string): TaskNames => jsonMemberKeys(text, 'scripts', false);
/** deno.json / deno.jsonc: its `tasks` (`deno task ok`); comments and trailing commas are allowed there. */
export const denoTasks = (text: string): TaskNames => jsonMemberKeys(text, 'tasks', true);

/** package.json: its `scripts` (each at the line of its key) and its dependency names. */
export function packageScripts(text: string): PackageScripts {
  const file = jsonTaskFile(text, false);
  const found = new NameList();
  const dependencies = new Set<string>();
  for (const key of file.keysOf('scripts')) found.add(String(key.value), file.lineOf(key.offset));
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) for (const key of file.keysOf(field)) dependencies.add(String(key.value));
  return { ...found.done(), ...(file.error ? { open: true, invalid: file.error } : {}), dependencies };
}

/** A Makefile's explicit targets. `include`, pattern rules and computed names make the list open. */
export function makeTargets(text: string): MakeTargets {
  const found = new NameList();
  const lines = linesOf(text);
  let defaultGoal: string | undefined;
  let explicitGoal: string | undefined;
  let inDefine = false;
  const includes: { path: string; optional: boolean }[] = [];
  let otherwiseOpen = false;
  const recipes = new Map<string, string>();
  // The targets of the rule whose recipe lines follow, and how many of them were kept.
  let ruleTargets: string[] = [];
  let recipeLines = 0;
  for (let k = 0; k < lines.length; k++) {
    const at = k + 1;
    let line = lines[k];
    // A line ending in `\` goes on; only the head of the joined line is needed.
    while (line.endsWith('\\') && k + 1 < lines.length) line = `${line.slice(0, -1).slice(0, HEAD)} ${lines[++k]}`;
    if (line.startsWith('\t')) {
      if (ruleTargets.length > 0 && recipeLines < RECIPE_LINES && !inDefine) {
        recipeLines++;
        for (const t of ruleTargets) recipes.set(t, `${recipes.get(t) ?? ''}\n${line.slice(1, HEAD)}`.slice(0, RECIPE_CHARS));
      }
      continue;
    }
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) ruleTargets = [];
    const head = line.slice(0, HEAD).replace(/#.*$/, '');
    if (inDefine) {
      inDefine = !/^\s*endef\b/.test(head);
      continue;
    }
    if (/^\s*(?:(?:override|export)\s+)?define\s/.test(head)) {
      inDefine = true;
      continue;
    }
    const include = /^\s*(-|s)?include\s+(?![:+?!]?=)(.*)$/.exec(head);
    if (include) {
      found.open('it includes other makefiles');
      for (const path of include[2].trim().split(/\s+/)) {
        if (/[$*?%[]/.test(path)) otherwiseOpen = true;
        else if (path !== '') includes.push({ path, optional: include[1] !== undefined });
      }
      continue;
    }
    const goal = /^\s*\.DEFAULT_GOAL\s*[:?]?=\s*(\S+)/.exec(head);
    if (goal) explicitGoal ??= goal[1];
    if (/^\s*(export|override|ifeq|ifneq|ifdef|ifndef|else|endif|vpath|undefine|unexport)\b/.test(head)) continue;
    // `target: prereqs`, `a b: x`, `t:: x`, `a b &: x`; not variable assignments (`X := y`, `X ::= y`, `X = y`).
    const m = /^([^:#=\t][^:#=]*?)[ \t]*::?(?![:=])/.exec(head);
    if (!m) continue;
    // (Prerequisites name what the target runs as well: `check: lint vet`; a target-specific variable says nothing.)
    const prerequisites = /=/.test(head.slice(m[0].length)) ? '' : head.slice(m[0].length).replace(/^\s*\|?/, '').split(';')[0].trim();
    ruleTargets = m[1].trim().split(/\s+/).filter((n) => n !== '' && !n.includes('%') && !n.includes('$') && !n.startsWith('.'));
    recipeLines = 0;
    for (const t of ruleTargets) if (prerequisites !== '') recipes.set(t, `${recipes.get(t) ?? ''}\n: ${prerequisites}`.slice(0, RECIPE_CHARS));
    for (const raw of m[1].trim().split(/\s+/)) {
      const name = raw.replace(/&$/, '');
      if (name.includes('%') || name.includes('$')) otherwiseOpen = true;
      if (name.includes('%')) found.open('it has pattern rules (%)');
      else if (name.includes('$')) found.open('it computes target names from variables');
      else if (name !== '' && name !== '&' && !name.startsWith('.')) {
        defaultGoal ??= name;
        found.add(name, at);
      }
    }
  }
  const goal = explicitGoal ?? defaultGoal;
  return { ...found.done(), ...(goal !== undefined ? { defaultGoal: goal } : {}), includes, openOnlyForIncludes: includes.length > 0 && !otherwiseOpen, ...(recipes.size > 0 ? { recipes } : {}) };
}

/** A justfile's recipes and aliases. `import` and `mod` make the list open. */
export function justRecipes(text: string): TaskNames {
  const found = new NameList();
  const lines = linesOf(text);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].slice(0, HEAD);
    if (/^\s/.test(line) || line.startsWith('#')) continue;
    if (/^(import|mod)\b/.test(line)) {
      found.open('it imports other justfiles');
      continue;
    }
    const alias = /^alias\s+([A-Za-z_][\w-]*)\s*:=/.exec(line);
    if (alias) {
      found.add(alias[1], k + 1);
      continue;
    }
    if (/^(set|export)\b/.test(line) || /^[A-Za-z_][\w-]*\s*:=/.test(line)) continue;
    const recipe = /^@?([A-Za-z_][\w-]*)\b[^:]*:(?!=)/.exec(line);
    if (recipe) found.add(recipe[1], k + 1);
  }
  return found.done();
}

/** A Taskfile's tasks and their aliases. `includes` add namespaced tasks (`ns:task`), so names with a colon stay open. */
export function taskfileTasks(text: string): TaskNames & { readonly namespaces: ReadonlySet<string>; readonly invalid?: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) return { ...new NameList().done(), open: true, namespaces: new Set(), invalid: doc.errors[0].message };
  const found = new NameList();
  const lineOf = (node: unknown): number => (isScalar(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1);
  const root = doc.contents;
  const namespaces = new Set<string>();
  if (isMap(root)) {
    const tasks = root.get('tasks', true);
    if (isMap(tasks)) {
      for (const pair of tasks.items) {
        if (!isScalar(pair.key)) continue;
        found.add(String(pair.key.value), lineOf(pair.key));
        const aliases = isMap(pair.value) ? pair.value.get('aliases', true) : undefined;
        if (isSeq(aliases)) for (const a of aliases.items) if (isScalar(a) && typeof a.value === 'string') found.add(a.value, lineOf(a));
      }
    }
    const includes = root.get('includes', true);
    if (isMap(includes)) for (const pair of includes.items) if (isScalar(pair.key)) namespaces.add(String(pair.key.value));
  }
  return { ...found.done(), namespaces };
}

/**
 * tox's environments in ini form (tox.ini, setup.cfg, pyproject.toml's `legacy_tox_ini`): `[testenv:NAME]`
 * sections and `envlist`, with `{a,b}` factor expansion. A section's line is preferred to its mention in envlist.
 * `firstLine` is the line of the text's first line in its file.
 */
export function toxEnvs(text: string, firstLine = 1): TaskNames {
  const sections = new NameList();
  const listed = new NameList();
  let inTox = false;
  let collecting = false;
  const lines = linesOf(text);
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k].slice(0, HEAD);
    const at = firstLine + k;
    const section = /^\s*\[([^\]]+)\]/.exec(raw);
    if (section) {
      collecting = false;
      const name = section[1].trim();
      inTox = name === 'tox' || name === 'tox:tox';
      const env = /^testenv:(.+)$/.exec(name);
      if (env) for (const item of splitEnvList(env[1])) for (const e of expandBraces(item)) sections.add(e, at);
      continue;
    }
    if (!inTox) continue;
    const m = /^\s*env_?list\s*=\s*(.*)$/.exec(raw);
    if (m || (collecting && /^\s+\S/.test(raw))) {
      collecting = true;
      for (const item of splitEnvList(m ? m[1] : raw)) for (const e of expandBraces(item)) listed.add(e, at);
    } else collecting = false;
  }
  const found = new NameList();
  for (const [name, line] of sections.lines) found.add(name, line);
  for (const [name, line] of listed.lines) found.add(name, line);
  // tox makes `pyXY` and factor combinations of known factors on the fly (see hasSession).
  return found.done();
}

/**
 * pyproject.toml's tox configuration: its `legacy_tox_ini` string read as tox.ini, or the TOML form (`env_list`,
 * `[tool.tox.env.NAME]`), which is read only for names and stays open. Undefined when it configures no tox.
 */
export function pyprojectToxEnvs(text: string): TaskNames | undefined {
  const lines = linesOf(text);
  const legacy = lines.findIndex((l) => /^\s*legacy_tox_ini\s*=\s*(?:"""|''')/.test(l));
  if (legacy >= 0) {
    const quote = /"""|'''/.exec(lines[legacy])?.[0] ?? '"""';
    let end = legacy + 1;
    while (end < lines.length && !lines[end].includes(quote)) end++;
    return toxEnvs(lines.slice(legacy + 1, end).join('\n'), legacy + 2);
  }
  if (!/^\s*\[tool\.tox[\].]/m.test(text)) return undefined;
  return toxToml(lines, 'tool.tox.');
}

/** tox.toml: `env_list` and `[env.NAME]` tables; open, since its other forms (labels, factors) are not read. */
export function toxTomlEnvs(text: string): TaskNames {
  return toxToml(linesOf(text), '');
}

function toxToml(lines: readonly string[], prefix: string): TaskNames {
  const tables = new NameList();
  const listed = new NameList();
  const table = new RegExp(`^\\s*\\[${prefix.replace(/\./g, '\\.')}env\\.(?:"([^"]+)"|'([^']+)'|([\\w.-]+))\\]`);
  // `env_list` sits in the tox table itself: top level in tox.toml, `[tool.tox]` in pyproject.toml.
  const home = prefix.replace(/\.$/, '');
  let current = '';
  let inList = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].slice(0, HEAD);
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      const env = table.exec(line);
      if (env) tables.add(env[1] ?? env[2] ?? env[3], k + 1);
      current = header[1].trim();
      inList = false;
      continue;
    }
    const list = current === home ? /^\s*env_list\s*=\s*\[(.*)$/.exec(line) : null;
    if (!list && !inList) continue;
    const items = list ? list[1] : line;
    for (const m of items.matchAll(/"([^"]+)"|'([^']+)'/g)) listed.add(m[1] ?? m[2], k + 1);
    inList = !items.includes(']');
  }
  // A table's line is preferred to the name's mention in env_list, as for tox.ini.
  const found = new NameList();
  for (const [name, line] of [...tables.lines, ...listed.lines]) found.add(name, line);
  found.open('its tox configuration is in TOML, which Onramp reads only for names');
  return found.done();
}

/** noxfile.py's sessions, read textually: `@nox.session` (or `@session`) decorators and the `def` they decorate. */
export function noxSessions(text: string): TaskNames {
  const found = new NameList();
  const lines = linesOf(text);
  for (let k = 0; k < lines.length; k++) {
    const deco = /^\s*@(?:nox\.)?session\b(.*)$/.exec(lines[k].slice(0, HEAD));
    if (!deco) continue;
    // The decorator may span lines; gather it up to the def (a few lines at most).
    let args = deco[1];
    let j = k + 1;
    while (j < lines.length && j <= k + 20 && !/^\s*(async\s+)?def\s/.test(lines[j])) args += lines[j++].slice(0, HEAD);
    const named = /\bname\s*=\s*["']([^"']+)["']/.exec(args);
    const def = j < lines.length ? /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(lines[j].slice(0, HEAD)) : null;
    const name = named?.[1] ?? def?.[1];
    if (name) found.add(name, k + 1);
  }
  return found.done();
}

/** The aliases of a cargo config: keys of its `[alias]` table, or top-level `alias.NAME = ...` keys. */
export function cargoAliases(text: string): TaskNames {
  const found = new NameList();
  const lines = linesOf(text);
  let table = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].slice(0, HEAD);
    const header = /^\s*\[([^\]]*)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = header[1].trim();
      continue;
    }
    const m = table === 'alias' ? /^\s*["']?([\w-]{1,80})["']?\s*=/.exec(line) : table === '' ? /^\s*alias\.["']?([\w-]{1,80})["']?\s*=/.exec(line) : null;
    if (m) found.add(m[1], k + 1);
  }
  return found.done();
}

/** Whether a session/env name is offered, allowing tox's `pyXY` envs and nox's `name-3.12` parametrisations. */
export function hasSession(names: ReadonlySet<string>, name: string, tool: 'tox' | 'nox'): boolean {
  if (names.has(name)) return true;
  if (tool === 'tox') {
    if (/^(py\d*|pypy\d*)$/.test(name)) return true;
    // A combination of declared factors (`py311-lint` when `lint` and py envs exist).
    const factors = new Set([...names].flatMap((n) => n.split('-')));
    return name.split('-').every((f) => factors.has(f) || /^(py\d*|pypy\d*)$/.test(f));
  }
  const base = /^(.+?)-(\d+(\.\d+)*|pypy[\d.]*)$/.exec(name) ?? /^(.+?)\((.*)\)$/.exec(name);
  return base !== null && names.has(base[1]);
}

function splitEnvList(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if ((ch === ',' || /\s/.test(ch)) && depth === 0) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** `py{38,39}-{a,b}` → py38-a, py38-b, py39-a, py39-b (bounded: a name of many factors is not a guide's). */
export function expandBraces(s: string, budget = { left: 256 }): string[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return [s];
  const out: string[] = [];
  for (const alt of m[1].split(',')) {
    if (budget.left-- <= 0) break;
    out.push(...expandBraces(s.slice(0, m.index) + alt.trim() + s.slice(m.index + m[0].length), budget));
  }
  return out;
}
