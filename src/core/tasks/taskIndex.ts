/**
 * Which files define each task runner's names, in the order the runner itself looks for them, and an index of
 * one folder's tasks already read (the guide reader's root): what `confirmingTask` looks names up in, with no I/O.
 */
import { MakeTargets, PackageScripts, TaskNames, cargoAliases, composerScripts, denoTasks, justRecipes, makeTargets, noxSessions, packageScripts, pyprojectToxEnvs, taskfileTasks, toxEnvs, toxTomlEnvs } from './taskParsers';
import { MageTargets, RakeTasks, mageTargets, rakeTasks } from './rubyGoTasks';

import { MAGE_FOLDER, RUNNER_FILES, Runner } from './runnerFiles';

export { MAGE_FOLDER, RUNNER_FILES, type Runner } from './runnerFiles';

export interface RunnerTasks {
  scripts: PackageScripts;
  make: MakeTargets;
  just: TaskNames;
  task: ReturnType<typeof taskfileTasks>;
  tox: TaskNames;
  nox: TaskNames;
  cargo: TaskNames;
  rake: RakeTasks;
  mage: MageTargets;
  composer: TaskNames;
  deno: TaskNames;
}

/** A task file that was read, and the names it defines. */
export interface FoundTaskFile<T> {
  readonly file: string;
  readonly tasks: T;
}

/**
 * Parses one runner's file; undefined when the file does not configure that runner (a setup.cfg or pyproject.toml
 * without tox settings), so the next file in the runner's order is tried.
 */
export function parseTaskFile<R extends Runner>(runner: R, name: string, text: string): RunnerTasks[R] | undefined {
  const parse: { readonly [K in Runner]: (text: string) => RunnerTasks[K] | undefined } = {
    scripts: packageScripts,
    make: makeTargets,
    just: justRecipes,
    task: taskfileTasks,
    tox: (t) => (name.endsWith('tox.ini') ? toxEnvs(t) : name.endsWith('setup.cfg') ? (/^\s*\[tox:tox\]/m.test(t) ? toxEnvs(t) : undefined) : name.endsWith('pyproject.toml') ? pyprojectToxEnvs(t) : toxTomlEnvs(t)),
    nox: noxSessions,
    cargo: cargoAliases,
    rake: rakeTasks,
    mage: (t) => mageTargets([{ path: name, text: t }]),
    composer: composerScripts,
    deno: denoTasks,
  };
  return parse[runner](text) as RunnerTasks[R] | undefined;
}

/** How many makefiles an `include` chain reads: a guide's target is in the first few. */
export const MAX_INCLUDED_MAKEFILES = 8;

/**
 * A makefile with the makefiles it includes (each already read, in order; undefined for one not there): names
 * from all of them, each at its own file; closed when only includes opened it and every required one was read.
 */
export function withIncludes(main: FoundTaskFile<MakeTargets>, included: readonly (FoundTaskFile<MakeTargets> | undefined)[]): FoundTaskFile<MakeTargets> {
  if (main.tasks.includes.length === 0) return main;
  const names = new Set(main.tasks.names);
  const lines = new Map(main.tasks.lines);
  const files = new Map(main.tasks.files ?? []);
  const recipes = new Map(main.tasks.recipes ?? []);
  let closed = main.tasks.openOnlyForIncludes && included.length === main.tasks.includes.length;
  main.tasks.includes.forEach((inc, k) => {
    const other = included[k];
    if (!other) {
      closed &&= inc.optional;
      return;
    }
    closed &&= !other.tasks.open;
    for (const [name, line] of other.tasks.lines) {
      if (names.has(name)) continue;
      names.add(name);
      lines.set(name, line);
      files.set(name, other.tasks.files?.get(name) ?? other.file);
      const recipe = other.tasks.recipes?.get(name);
      if (recipe !== undefined) recipes.set(name, recipe);
    }
  });
  const tasks: MakeTargets = { ...main.tasks, names, lines, files, ...(recipes.size > 0 ? { recipes } : {}), ...(closed ? { open: false, openBecause: undefined } : {}) };
  return { file: main.file, tasks };
}

/** One folder's tasks, read: each runner's file (if any), and the files the folder holds, for scripts run by path. */
export type TaskIndex = { readonly [R in Runner]?: FoundTaskFile<RunnerTasks[R]> } & {
  /** Repo paths known to be files: the folder's own and those of a few script folders (`./x.py`, `script/test`). */
  readonly files: ReadonlySet<string>;
};

/**
 * The index of the root's task files from their texts (repo path → text): for each runner the first of its files
 * given that configures it; mage from magefile.go or else every `magefiles/*.go` given. `files` adds paths known
 * to exist besides the texts.
 */
export function indexTasks(texts: ReadonlyMap<string, string>, files: Iterable<string> = []): TaskIndex {
  const index: { -readonly [R in Runner]?: FoundTaskFile<RunnerTasks[R]> } = {};
  for (const runner of Object.keys(RUNNER_FILES) as Runner[]) {
    for (const name of RUNNER_FILES[runner]) {
      const text = texts.get(name);
      const tasks = text === undefined ? undefined : parseTaskFile(runner, name, text);
      if (!tasks) continue;
      let found: FoundTaskFile<unknown> = { file: name, tasks };
      if (runner === 'make') {
        const make = found as FoundTaskFile<MakeTargets>;
        const included = make.tasks.includes.slice(0, MAX_INCLUDED_MAKEFILES).map((inc) => {
          const text = texts.get(inc.path);
          return text === undefined ? undefined : { file: inc.path, tasks: makeTargets(text) };
        });
        found = withIncludes(make, included);
      }
      (index as Record<Runner, unknown>)[runner] = found;
      break;
    }
  }
  if (!index.mage) {
    const sources = [...texts].filter(([path]) => path.startsWith(`${MAGE_FOLDER}/`) && path.endsWith('.go')).map(([path, text]) => ({ path, text }));
    if (sources.length > 0) index.mage = { file: sources[0].path, tasks: mageTargets(sources) };
  }
  return { ...index, files: new Set([...texts.keys(), ...files]) };
}
