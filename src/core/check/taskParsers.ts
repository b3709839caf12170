/**
 * Small parsers that read a repository's task files as data (nothing is ever run): the names a command line can
 * ask for. Each returns the names it found and whether the list is `open`: the file can define more names than
 * are written literally (an include, a pattern rule, a variable in a name), so a name missing from it is not proof.
 */
import { parse as parseYaml } from 'yaml';

export interface TaskNames {
  readonly names: ReadonlySet<string>;
  /** More names may exist than `names` holds; a missing name is then not reported as stale. */
  readonly open: boolean;
  /** Why the list is open, for the check's notes. */
  readonly openBecause?: string;
}

export interface PackageScripts extends TaskNames {
  /** Dependency names: `yarn X` / `pnpm X` also run a dependency's binary. */
  readonly dependencies: ReadonlySet<string>;
  /** The file is not valid JSON. */
  readonly invalid?: string;
}

/** package.json: its `scripts` and its dependency names. */
export function packageScripts(text: string): PackageScripts {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { names: new Set(), open: true, dependencies: new Set(), invalid: (e as Error).message };
  }
  const obj = isRecord(json) ? json : {};
  const scripts = isRecord(obj.scripts) ? Object.keys(obj.scripts) : [];
  const deps = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => (isRecord(obj[k]) ? Object.keys(obj[k] as object) : []));
  return { names: new Set(scripts), open: false, dependencies: new Set(deps) };
}

/** A Makefile's explicit targets. `include`, pattern rules and computed names make the list open. */
export function makeTargets(text: string): TaskNames {
  const names = new Set<string>();
  let openBecause: string | undefined;
  const lines = joinContinuations(text);
  for (const line of lines) {
    if (line.startsWith('\t')) continue;
    const trimmed = line.replace(/#.*$/, '');
    if (/^\s*-?(include|sinclude)\s/.test(trimmed)) {
      openBecause ??= 'it includes other makefiles';
      continue;
    }
    // `target: prereqs`, `a b: x`, `t:: x`; not variable assignments (`X := y`, `X ::= y`, `X = y`).
    const m = /^([^:#=\t][^:#=]*?)\s*::?(?![=])/.exec(trimmed);
    if (!m || /^\s*(export|override|define|endef|ifeq|ifneq|ifdef|ifndef|else|endif|vpath)\b/.test(trimmed)) continue;
    for (const name of m[1].trim().split(/\s+/)) {
      if (name.includes('%')) openBecause ??= 'it has pattern rules (%)';
      else if (name.includes('$')) openBecause ??= 'it computes target names from variables';
      else if (name !== '' && !name.startsWith('.')) names.add(name);
    }
  }
  return { names, open: openBecause !== undefined, openBecause };
}

/** A justfile's recipes and aliases. `import` and `mod` make the list open. */
export function justRecipes(text: string): TaskNames {
  const names = new Set<string>();
  let openBecause: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s/.test(line) || line.startsWith('#')) continue;
    if (/^(import|mod)\b/.test(line)) {
      openBecause ??= 'it imports other justfiles';
      continue;
    }
    const alias = /^alias\s+([A-Za-z_][\w-]*)\s*:=/.exec(line);
    if (alias) {
      names.add(alias[1]);
      continue;
    }
    if (/^(set|export)\b/.test(line) || /^[A-Za-z_][\w-]*\s*:=/.test(line)) continue;
    const recipe = /^@?([A-Za-z_][\w-]*)\b[^:]*:(?!=)/.exec(line);
    if (recipe) names.add(recipe[1]);
  }
  return { names, open: openBecause !== undefined, openBecause };
}

/** A Taskfile's tasks and their aliases. `includes` add namespaced tasks (`ns:task`), so names with a colon stay open. */
export function taskfileTasks(text: string): TaskNames & { readonly namespaces: ReadonlySet<string>; readonly invalid?: string } {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return { names: new Set(), open: true, namespaces: new Set(), invalid: (e as Error).message };
  }
  const obj = isRecord(doc) ? doc : {};
  const names = new Set<string>();
  if (isRecord(obj.tasks)) {
    for (const [name, task] of Object.entries(obj.tasks)) {
      names.add(name);
      if (isRecord(task) && Array.isArray(task.aliases)) for (const a of task.aliases) if (typeof a === 'string') names.add(a);
    }
  }
  const namespaces = new Set(isRecord(obj.includes) ? Object.keys(obj.includes) : []);
  return { names, open: false, namespaces };
}

/** tox.ini's environments: `[testenv:NAME]` sections and `envlist`, with `{a,b}` factor expansion. */
export function toxEnvs(text: string): TaskNames {
  const names = new Set<string>();
  let inTox = false;
  let envlist = '';
  let collecting = false;
  for (const raw of text.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]+)\]/.exec(raw);
    if (section) {
      collecting = false;
      const name = section[1].trim();
      inTox = name === 'tox' || name === 'tox:tox';
      const env = /^testenv:(.+)$/.exec(name);
      if (env) for (const e of expandBraces(env[1].trim())) names.add(e);
      continue;
    }
    if (inTox) {
      const m = /^\s*env_?list\s*=\s*(.*)$/.exec(raw);
      if (m) {
        envlist += ` ${m[1]}`;
        collecting = true;
        continue;
      }
      if (collecting && /^\s+\S/.test(raw)) envlist += ` ${raw}`;
      else collecting = false;
    }
  }
  for (const item of splitEnvList(envlist)) for (const e of expandBraces(item)) names.add(e);
  // tox makes `pyXY` and factor combinations of known factors on the fly.
  return { names, open: false };
}

/** noxfile.py's sessions, read textually: `@nox.session` (or `@session`) decorators and the `def` they decorate. */
export function noxSessions(text: string): TaskNames {
  const names = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const deco = /^\s*@(?:nox\.)?session\b(.*)$/.exec(lines[k]);
    if (!deco) continue;
    // The decorator may span lines; gather it up to the def.
    let args = deco[1];
    let j = k + 1;
    while (j < lines.length && !/^\s*(async\s+)?def\s/.test(lines[j])) args += lines[j++];
    const named = /\bname\s*=\s*["']([^"']+)["']/.exec(args);
    const def = j < lines.length ? /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(lines[j]) : null;
    if (named) names.add(named[1]);
    else if (def) names.add(def[1]);
  }
  return { names, open: false };
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

/** `py{38,39}-{a,b}` → py38-a, py38-b, py39-a, py39-b. */
export function expandBraces(s: string): string[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return [s];
  const out: string[] = [];
  for (const alt of m[1].split(',')) out.push(...expandBraces(s.slice(0, m.index) + alt.trim() + s.slice(m.index + m[0].length)));
  return out;
}

function joinContinuations(text: string): string[] {
  return text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
