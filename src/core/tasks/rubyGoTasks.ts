/**
 * Rake tasks (Rakefile) and Mage targets (magefile.go, magefiles/), read as text: Ruby and Go are not run, so
 * only the literal forms are read, and anything that can add names unseen (a loaded file, a computed name, an
 * imported package of targets) makes the list open.
 */
import { NameList, TaskNames, linesOf } from './taskParsers';

export interface RakeTasks extends TaskNames {
  /** The names come from this file only; rake's own `rakelib/` folder may add more (the caller says). */
  readonly defaultTask?: string;
}

export interface MageTargets extends TaskNames {
  /** The target a bare `mage` runs (`var Default = ...`). */
  readonly defaultTarget?: string;
  /** The file of each name, when the targets are spread over `magefiles/`. */
  readonly files: ReadonlyMap<string, string>;
}

const HEAD = 400;

/** Task classes that define a task of a known name, which a first literal argument renames. */
const TASK_CLASSES: readonly (readonly [RegExp, string])[] = [
  [/\bRSpec::Core::RakeTask\.new\b/, 'spec'],
  [/\bRake::TestTask\.new\b|\bMinitest::TestTask\.create\b/, 'test'],
  [/\bRuboCop::RakeTask\.new\b/, 'rubocop'],
  [/\bCucumber::Rake::Task\.new\b/, 'cucumber'],
  [/\bYARD::Rake::YardocTask\.new\b/, 'yard'],
  [/\b(?:RDoc::Task|Rake::RDocTask)\.new\b/, 'rdoc'],
  [/\bRake::ExtensionTask\.new\b/, 'compile'],
];
/** Libraries whose `require` defines tasks. */
const REQUIRED_TASKS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^\s*require\s*\(?\s*["']bundler\/gem_tasks["']|Bundler::GemHelper\.install_tasks/, ['build', 'build:checksum', 'install', 'install:local', 'release', 'clean', 'clobber']],
  [/^\s*require\s*\(?\s*["']rake\/clean["']/, ['clean', 'clobber']],
  [/^\s*require\s*\(?\s*["']standard\/rake["']/, ['standard', 'standard:fix']],
];
const NAME = String.raw`(?::([A-Za-z_][\w:?!]*)|"([^"]+)"|'([^']+)'|([A-Za-z_][\w?!]*):(?!:))`;
const TASK = new RegExp(String.raw`^\s*(?:multi)?task\s*\(?\s*${NAME}`);
const NAMESPACE = new RegExp(String.raw`^(\s*)namespace\s*\(?\s*${NAME}.*\bdo\b`);
const LOADS = /^\s*(?:import|load|require_relative)\b|\bload_tasks\b|\badd_rakelib\b|\.rake\b/;

/** A Rakefile's tasks: `task :name`, `task name: deps`, `task "ns:name"`, inside `namespace :ns do ... end`. */
export function rakeTasks(text: string): RakeTasks {
  const found = new NameList();
  const spaces: { name: string; indent: number }[] = [];
  const lines = linesOf(text);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].slice(0, HEAD);
    if (/^\s*#/.test(line)) continue;
    const end = /^(\s*)end\b/.exec(line);
    if (end && spaces.length > 0 && spaces[spaces.length - 1].indent === end[1].length) {
      spaces.pop();
      continue;
    }
    const prefix = spaces.map((s) => `${s.name}:`).join('');
    const ns = NAMESPACE.exec(line);
    if (ns) {
      spaces.push({ name: nameOf(ns, 2), indent: ns[1].length });
      continue;
    }
    if (LOADS.test(line)) found.open('it loads other files of tasks');
    const task = TASK.exec(line);
    if (task) {
      const name = nameOf(task, 1);
      if (name.includes('#{')) found.open('it computes task names');
      else found.add(prefix + name, k + 1);
    } else if (/^\s*(?:multi)?task\s*\(?\s*[a-z_]\w*\s*(?:,|=>|\)|do\b|\{|$)/.test(line)) found.open('it computes task names');
    for (const [pattern, fallback] of TASK_CLASSES) {
      const at = pattern.exec(line);
      if (!at) continue;
      const arg = /^\s*\(\s*(?::([A-Za-z_][\w:?!]*)|"([^"]+)"|'([^']+)')/.exec(line.slice(at.index + at[0].length));
      const given = arg ? (arg[1] ?? arg[2] ?? arg[3]) : undefined;
      if (fallback === 'compile') {
        found.add(prefix + 'compile', k + 1);
        if (given) found.add(`${prefix}compile:${given}`, k + 1);
      } else found.add(prefix + (given ?? fallback), k + 1);
    }
    for (const [pattern, names] of REQUIRED_TASKS) if (pattern.test(line)) for (const n of names) found.add(n, k + 1);
  }
  const tasks = found.done();
  return { ...tasks, ...(tasks.names.has('default') ? { defaultTask: 'default' } : {}) };
}

function nameOf(m: RegExpExecArray, from: number): string {
  return m[from] ?? m[from + 1] ?? m[from + 2] ?? m[from + 3];
}

/**
 * Mage targets in Go sources: exported functions (`func Build() error` → `build`), methods of a `mg.Namespace`
 * type (`func (Docs) Serve()` → `docs:serve`), `var Aliases = map[string]...{"b": Build}` and `var Default`.
 * Mage matches names case-insensitively, so they are kept lower case. `// mage:import` makes the list open.
 */
export function mageTargets(sources: readonly { readonly path: string; readonly text: string }[]): MageTargets {
  const found = new NameList();
  const files = new Map<string, string>();
  const all = sources.map((s) => ({ path: s.path, lines: linesOf(s.text) }));
  const namespaces = new Set<string>();
  for (const { lines } of all) for (const line of lines) {
    const ns = /^type\s+([A-Z]\w*)\s+mg\.Namespace\b/.exec(line.slice(0, HEAD));
    if (ns) namespaces.add(ns[1]);
  }
  let defaultTarget: string | undefined;
  const add = (name: string, path: string, line: number): void => {
    const key = name.toLowerCase();
    if (!found.names.has(key)) files.set(key, path);
    found.add(key, line);
  };
  for (const { path, lines } of all) {
    let inAliases = false;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k].slice(0, HEAD);
      if (/^\s*\/\/\s*mage:import\b/.test(line)) found.open('it imports targets from other packages');
      if (inAliases) {
        if (/^\s*}/.test(line)) inAliases = false;
        const alias = /^\s*"([\w:-]+)"\s*:/.exec(line);
        if (alias) add(alias[1], path, k + 1);
        continue;
      }
      if (/^\s*(?:var\s+)?Aliases\s*=\s*map\[string\]/.test(line)) {
        inAliases = !/}\s*$/.test(line);
        for (const m of line.matchAll(/"([\w:-]+)"\s*:/g)) add(m[1], path, k + 1);
        continue;
      }
      const def = /^\s*(?:var\s+)?Default\s*=\s*(?:(\w+)\.)?([A-Z]\w*)\b/.exec(line);
      if (def) defaultTarget ??= (def[1] && namespaces.has(def[1]) ? `${def[1]}:${def[2]}` : def[2]).toLowerCase();
      const fn = /^func\s+(?:\(\s*(?:\w+\s+)?\*?(\w+)\s*\)\s*)?([A-Z]\w*)\s*\(/.exec(line);
      if (!fn) continue;
      if (fn[1] === undefined) add(fn[2], path, k + 1);
      else if (namespaces.has(fn[1])) add(`${fn[1]}:${fn[2]}`, path, k + 1);
    }
  }
  return { ...found.done(), files, ...(defaultTarget ? { defaultTarget } : {}) };
}
