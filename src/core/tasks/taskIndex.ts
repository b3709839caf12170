/**
 * Which files define each task runner's names, in the order the runner itself looks for them, and an index of
 * one folder's tasks already read (the guide reader's root): what `confirmingTask` looks names up in, with no I/O.
 */
import { MakeTargets, PackageScripts, TaskNames, cargoAliases, justRecipes, makeTargets, noxSessions, packageScripts, pyprojectToxEnvs, taskfileTasks, toxEnvs, toxTomlEnvs } from './taskParsers';
import { MageTargets, RakeTasks, mageTargets, rakeTasks } from './rubyGoTasks';

/** Every runner whose names are read. */
export type Runner = 'scripts' | 'make' | 'just' | 'task' | 'tox' | 'nox' | 'cargo' | 'rake' | 'mage';

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
}

/** A task file that was read, and the names it defines. */
export interface FoundTaskFile<T> {
  readonly file: string;
  readonly tasks: T;
}

/**
 * The files of each runner, relative to the folder a command runs in, in the runner's own order (the first one
 * present is the one it uses). `magefiles/` is a folder of Go files, read apart.
 */
export const RUNNER_FILES: { readonly [R in Runner]: readonly string[] } = {
  scripts: ['package.json'],
  make: ['GNUmakefile', 'makefile', 'Makefile'],
  just: ['justfile', 'Justfile', '.justfile', 'JUSTFILE'],
  task: ['Taskfile.yml', 'taskfile.yml', 'Taskfile.yaml', 'taskfile.yaml', 'Taskfile.dist.yml', 'taskfile.dist.yml', 'Taskfile.dist.yaml', 'taskfile.dist.yaml'],
  tox: ['tox.ini', 'setup.cfg', 'pyproject.toml', 'tox.toml'],
  nox: ['noxfile.py'],
  cargo: ['.cargo/config.toml', '.cargo/config'],
  rake: ['Rakefile', 'rakefile', 'Rakefile.rb', 'rakefile.rb'],
  mage: ['magefile.go'],
};

/** The folder of Go files mage reads when there is no magefile.go. */
export const MAGE_FOLDER = 'magefiles';

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
  };
  return parse[runner](text) as RunnerTasks[R] | undefined;
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
      if (tasks) {
        (index as Record<Runner, unknown>)[runner] = { file: name, tasks };
        break;
      }
    }
  }
  if (!index.mage) {
    const sources = [...texts].filter(([path]) => path.startsWith(`${MAGE_FOLDER}/`) && path.endsWith('.go')).map(([path, text]) => ({ path, text }));
    if (sources.length > 0) index.mage = { file: sources[0].path, tasks: mageTargets(sources) };
  }
  return { ...index, files: new Set([...texts.keys(), ...files]) };
}
