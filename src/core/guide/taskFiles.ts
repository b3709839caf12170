/**
 * The tasks a repository defines in its own files (package.json scripts, Makefile/justfile/Taskfile targets, tox
 * environments, nox sessions, cargo aliases), read as data and never run, so that a command the guide names can
 * be confirmed by the file and line that defines its task: a newcomer then knows the step still exists.
 */
import { Node as JsonNode, findNodeAtLocation, parseTree } from 'jsonc-parser';
import { SourceRef } from './facts';
import { lineAt } from '../text/lines';

/** Where each kind of task runner keeps its task names: name → the line that defines it. */
export interface TaskIndex {
  readonly scripts: ReadonlyMap<string, SourceRef>;
  readonly make: ReadonlyMap<string, SourceRef>;
  /** The target a bare `make` runs: the first one defined (Make's default goal). */
  readonly makeDefault: SourceRef | null;
  readonly just: ReadonlyMap<string, SourceRef>;
  readonly task: ReadonlyMap<string, SourceRef>;
  readonly tox: ReadonlyMap<string, SourceRef>;
  readonly nox: ReadonlyMap<string, SourceRef>;
  readonly cargo: ReadonlyMap<string, SourceRef>;
}

/** The root files read for tasks, and which runner each feeds. */
export const TASK_FILES: readonly (readonly [string, keyof Omit<TaskIndex, 'makeDefault'>])[] = [
  ['package.json', 'scripts'],
  ['Makefile', 'make'],
  ['GNUmakefile', 'make'],
  ['makefile', 'make'],
  ['justfile', 'just'],
  ['Justfile', 'just'],
  ['.justfile', 'just'],
  ['Taskfile.yml', 'task'],
  ['Taskfile.yaml', 'task'],
  ['tox.ini', 'tox'],
  ['noxfile.py', 'nox'],
  ['.cargo/config.toml', 'cargo'],
  ['.cargo/config', 'cargo'],
];

/** Task files are small; anything longer is read up to here (a line past it is not a task the guide names). */
export const MAX_TASK_FILE_BYTES = 256 * 1024;
/** Names per file: a generated Makefile can define thousands of targets; the guide names a few. */
const MAX_TASKS_PER_FILE = 2000;
/** Longer lines are not task definitions (and are not scanned). */
const MAX_LINE = 400;

type Tasks = Map<string, SourceRef>;

/** Reads the tasks of each file given (path → text); a file that does not parse adds nothing. */
export function indexTasks(texts: ReadonlyMap<string, string>): TaskIndex {
  const index = { scripts: new Map(), make: new Map(), just: new Map(), task: new Map(), tox: new Map(), nox: new Map(), cargo: new Map() } as Record<keyof Omit<TaskIndex, 'makeDefault'>, Tasks>;
  let makeDefault: SourceRef | null = null;
  for (const [path, kind] of TASK_FILES) {
    const text = texts.get(path);
    if (text === undefined) continue;
    const found = READERS[kind](path, text);
    if (kind === 'make' && makeDefault === null) makeDefault = found.values().next().value ?? null;
    for (const [name, at] of found) if (!index[kind].has(name)) index[kind].set(name, at);
  }
  return { ...index, makeDefault };
}

const READERS: Record<keyof Omit<TaskIndex, 'makeDefault'>, (path: string, text: string) => Tasks> = {
  scripts: packageScripts,
  // `build test: deps` defines two targets; `X := 1` and `X ::= 1` are variables; recipe lines start with a tab.
  make: (path, text) => byLine(path, text, /^([A-Za-z0-9][\w.-]{0,80}(?:[ \t]+[A-Za-z0-9][\w.-]{0,80}){0,20})[ \t]*::?(?![:=])/, (line) => !line.startsWith('\t'), (names) => names.split(/[ \t]+/)),
  just: (path, text) => byLine(path, text, /^@?([A-Za-z_][\w-]{0,80})(?:\s+[^:=]{0,200})?:(?!=)/),
  task: taskfileTasks,
  tox: (path, text) => byLine(path, text, /^\[testenv:([^\]\s]{1,80})\]/, undefined, (name) => name.split(',').map((n) => n.trim())),
  nox: noxSessions,
  cargo: cargoAliases,
};

/** Names matched line by line: the first group of `pattern`, on lines `keep` accepts, split by `names` when given. */
function byLine(path: string, text: string, pattern: RegExp, keep?: (line: string) => boolean, names?: (name: string) => string[]): Tasks {
  const out: Tasks = new Map();
  const lines = text.split('\n');
  for (let k = 0; k < lines.length && out.size < MAX_TASKS_PER_FILE; k++) {
    const line = lines[k];
    if (line.length > MAX_LINE || (keep && !keep(line))) continue;
    const m = pattern.exec(line);
    if (!m) continue;
    for (const name of names ? names(m[1]) : [m[1]]) if (name && !out.has(name)) out.set(name, { file: path, line: k + 1 });
  }
  return out;
}

/** The `scripts` of package.json, each at the line of its key. */
function packageScripts(path: string, text: string): Tasks {
  const out: Tasks = new Map();
  const scripts = findNodeAtLocation(parseTree(text) ?? ({} as JsonNode), ['scripts']);
  if (scripts?.type !== 'object') return out;
  for (const prop of (scripts.children ?? []).slice(0, MAX_TASKS_PER_FILE)) {
    const key = prop.children?.[0];
    if (key?.type === 'string' && typeof key.value === 'string' && !out.has(key.value)) out.set(key.value, { file: path, line: lineAt(text, key.offset) });
  }
  return out;
}

/** The keys under `tasks:` in a Taskfile, at the indentation of its first task. */
function taskfileTasks(path: string, text: string): Tasks {
  const out: Tasks = new Map();
  const lines = text.split('\n');
  let indent = -1;
  let inTasks = false;
  for (let k = 0; k < lines.length && out.size < MAX_TASKS_PER_FILE; k++) {
    const line = lines[k];
    if (line.length > MAX_LINE || /^\s*(?:#|$)/.test(line)) continue;
    if (/^tasks:\s*$/.test(line)) {
      inTasks = true;
      continue;
    }
    if (!inTasks) continue;
    if (!/^\s/.test(line)) break;
    const m = /^(\s+)(["']?)([\w:.-]{1,80})\2:/.exec(line);
    if (!m) continue;
    if (indent < 0) indent = m[1].length;
    if (m[1].length === indent && !out.has(m[3])) out.set(m[3], { file: path, line: k + 1 });
  }
  return out;
}

/** Functions decorated `@nox.session` (or `@session`), by their name or the decorator's `name=`. */
function noxSessions(path: string, text: string): Tasks {
  const out: Tasks = new Map();
  const lines = text.split('\n');
  for (let k = 0; k < lines.length && out.size < MAX_TASKS_PER_FILE; k++) {
    if (lines[k].length > MAX_LINE || !/^@(?:nox\.)?session\b/.test(lines[k])) continue;
    const named = /\bname\s*=\s*["']([\w.-]{1,80})["']/.exec(lines[k]);
    let def: RegExpExecArray | null = null;
    let at = k + 1;
    for (; at < lines.length && at <= k + 10 && !def; at++) def = lines[at].length <= MAX_LINE ? /^def\s+([A-Za-z_]\w{0,80})\s*\(/.exec(lines[at]) : null;
    const name = named?.[1] ?? def?.[1];
    if (name && !out.has(name)) out.set(name, { file: path, line: k + 1 });
  }
  return out;
}

/** The keys of the `[alias]` table of a cargo config. */
function cargoAliases(path: string, text: string): Tasks {
  const out: Tasks = new Map();
  const lines = text.split('\n');
  let inAlias = false;
  for (let k = 0; k < lines.length && out.size < MAX_TASKS_PER_FILE; k++) {
    const line = lines[k];
    if (line.length > MAX_LINE) continue;
    if (/^\s*\[/.test(line)) {
      inAlias = /^\s*\[alias\]\s*(?:#.*)?$/.test(line);
      continue;
    }
    const m = inAlias ? /^\s*["']?([\w-]{1,80})["']?\s*=/.exec(line) : null;
    if (m && !out.has(m[1])) out.set(m[1], { file: path, line: k + 1 });
  }
  return out;
}

/** npm's own commands, which a script of the same name does not define (`npm install`, `npm ci`...). */
const NPM_BUILTIN = new Set(['install', 'i', 'ci', 'add', 'remove', 'uninstall', 'update', 'exec', 'dlx', 'x', 'init', 'create', 'link', 'publish', 'pack', 'audit', 'outdated', 'why', 'list', 'ls', 'config', 'set', 'version', 'view', 'info']);

/**
 * The file and line that defines the task a command runs, when the command runs one of the repository's tasks
 * by name: `npm run lint`, `npm test`, `pnpm build`, `yarn lint:fix`, `make check`, `just test`, `task lint`,
 * `tox -e py`, `nox -s tests`, `cargo xtask`. Only the first command of a line (`a && b`) is looked at.
 */
export function confirmingTask(command: string, tasks: TaskIndex): SourceRef | undefined {
  const all = command.trim().split(/\s+/).slice(0, 30);
  // Leading `VAR=value` words set the environment; the command starts after them.
  const start = all.findIndex((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  const words = start < 0 ? [] : all.slice(start);
  const [tool, first, second] = words;
  if (tool === undefined) return undefined;
  const arg = (flags: readonly string[]): string | undefined => {
    const k = words.findIndex((w) => flags.includes(w));
    if (k >= 0) return words[k + 1];
    const joined = words.find((w) => flags.some((f) => f.startsWith('--') && w.startsWith(`${f}=`)));
    return joined?.slice(joined.indexOf('=') + 1);
  };
  switch (tool) {
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'bun': {
      const name = first === 'run' || first === 'run-script' ? second : first;
      if (name === undefined || name.startsWith('-') || (first !== 'run' && first !== 'run-script' && NPM_BUILTIN.has(name))) return undefined;
      return tasks.scripts.get(name);
    }
    case 'nr':
      return first === undefined ? undefined : tasks.scripts.get(first);
    case 'make': {
      const target = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('='));
      return target === undefined ? (words.length === 1 ? (tasks.makeDefault ?? undefined) : undefined) : tasks.make.get(target);
    }
    case 'just':
    case 'task': {
      const target = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('='));
      return target === undefined ? undefined : tasks[tool].get(target);
    }
    case 'tox': {
      const env = arg(['-e', '--env']);
      return env === undefined ? undefined : tasks.tox.get(env.split(',')[0]);
    }
    case 'nox': {
      const session = arg(['-s', '--session', '--sessions']);
      return session === undefined ? undefined : tasks.nox.get(session);
    }
    case 'cargo':
      return first === undefined ? undefined : tasks.cargo.get(first);
    default:
      return undefined;
  }
}
