/**
 * A repository's task files, read as data through RepoFiles and cached per path and folder: the one place both
 * the guide reader (its root's TaskIndex, to confirm the commands a guide names) and the check's stale-command
 * rule (any folder a command runs in) look task names up. Nothing is run.
 */
import { RepoFiles, dirnameOf, joinRepoPath } from '../repo/repoFiles';
import { FoundTaskFile, MAGE_FOLDER, MAX_INCLUDED_MAKEFILES, RUNNER_FILES, Runner, RunnerTasks, TaskIndex, parseTaskFile, withIncludes } from './taskIndex';
import { MakeTargets, PackageScripts, TaskNames, makeTargets } from './taskParsers';
import { mageTargets } from './rubyGoTasks';

export type { FoundTaskFile } from './taskIndex';

/** The largest task file read; a longer one is read up to here. */
export const MAX_TASK_FILE_BYTES = 1024 * 1024;
/** Go files of `magefiles/` read: a target the guide names is in one of the first few. */
const MAX_MAGE_FILES = 20;
/** Folders whose scripts a guide runs by path (`script/bootstrap`, `./scripts/test.sh`); listed when present. */
const SCRIPT_FOLDERS = ['script', 'scripts', 'bin', 'tools', 'ci', 'hack', 'dev', 'build', 'util', 'utils'];

export type EntryKind = 'file' | 'directory' | 'other';
/** Reads a repo file as text, or undefined; the guide reader passes its own, which counts bytes and says what went wrong. */
export type TextReader = (path: string) => Promise<string | undefined>;

export class TaskInventory {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly listings: Map<string, Promise<Map<string, EntryKind>>>;
  private readonly parsed = new Map<string, Promise<FoundTaskFile<unknown> | undefined>>();
  /** Every task file this inventory used, for the check's file list. */
  readonly read = new Set<string>();

  constructor(
    private readonly files: RepoFiles,
    private readonly readText: TextReader = (path) => files.read(path, MAX_TASK_FILE_BYTES).then((c) => (c ? new TextDecoder('utf-8').decode(c.bytes) : undefined)),
    /** An inventory whose listings and texts this one uses (see `sharing`). */
    private readonly parent?: TaskInventory,
  ) {
    this.listings = parent?.listings ?? new Map();
  }

  /**
   * An inventory that uses the listings and texts this one read and reads the rest itself, with the plain reader:
   * the check goes on from the guide reader's inventory without reading the root's task files again, and outside
   * the reader's byte budget (a file the budget refused is read again rather than taken as missing).
   */
  sharing(): TaskInventory {
    return new TaskInventory(this.files, undefined, this);
  }

  /** Gives a listing already made (the reader lists the root first), so it is not listed again. */
  seedListing(dir: string, entries: readonly { readonly name: string; readonly kind: string }[]): void {
    if (!this.listings.has(dir)) this.listings.set(dir, Promise.resolve(toKinds(entries)));
  }

  /** Gives a file already read (the reader reads package.json first; undefined when it could not), so it is not read again. */
  seedText(path: string, text: string | undefined): void {
    if (!this.texts.has(path)) this.texts.set(path, Promise.resolve(text));
  }

  /** A repo file's text through the inventory's cache (read once, whoever asks). */
  textOf(path: string): Promise<string | undefined> {
    return this.text(path);
  }

  /** The first file of `runner` in `dir` that configures it, parsed (once per folder and runner). */
  async tasks<R extends Runner>(runner: R, dir: string): Promise<FoundTaskFile<RunnerTasks[R]> | undefined> {
    const key = `${runner}\0${dir}`;
    let found = this.parsed.get(key);
    if (!found) {
      found = this.findTasks(runner, dir, RUNNER_FILES[runner]);
      this.parsed.set(key, found);
    }
    return found as Promise<FoundTaskFile<RunnerTasks[R]> | undefined>;
  }

  async packageJson(dir: string): Promise<FoundTaskFile<PackageScripts> | undefined> {
    return this.tasks('scripts', dir);
  }

  async makefile(dir: string, explicit?: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return explicit ? this.findTasks('make', dir, [explicit]) : this.tasks('make', dir);
  }

  async justfile(dir: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return this.tasks('just', dir);
  }

  async taskfile(dir: string): Promise<FoundTaskFile<RunnerTasks['task']> | undefined> {
    return this.tasks('task', dir);
  }

  async tox(dir: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return this.tasks('tox', dir);
  }

  async nox(dir: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return this.tasks('nox', dir);
  }

  /** Whether a repo path is an existing file or folder. */
  async kind(path: string): Promise<EntryKind | undefined> {
    if (path === '') return 'directory';
    const listing = await this.listing(dirnameOf(path));
    return listing.get(path.slice(path.lastIndexOf('/') + 1));
  }

  /** A folder's entries (cached), for other repository evidence read beside the tasks (a changelog folder). */
  async entries(dir: string): Promise<ReadonlyMap<string, EntryKind>> {
    return this.listing(dir);
  }

  /**
   * Every runner's tasks in `dir` (the reader's root), and the files of the folder and of its script folders:
   * what `confirmingTask` needs, read once.
   */
  async index(dir = ''): Promise<TaskIndex> {
    const index: { -readonly [R in Runner]?: FoundTaskFile<RunnerTasks[R]> } = {};
    for (const runner of Object.keys(RUNNER_FILES) as Runner[]) {
      const found = await this.tasks(runner, dir);
      if (found) (index as Record<Runner, unknown>)[runner] = found;
    }
    const listing = await this.listing(dir);
    const files = [...listing].filter(([, kind]) => kind === 'file').map(([name]) => joinRepoPath(dir, name) ?? name);
    for (const folder of SCRIPT_FOLDERS.filter((f) => listing.get(f) === 'directory')) {
      for (const [name, kind] of await this.listing(joinRepoPath(dir, folder) ?? folder)) if (kind === 'file') files.push(joinRepoPath(dir, folder, name) ?? name);
    }
    return { ...index, files: new Set(files) };
  }

  private async findTasks<R extends Runner>(runner: R, dir: string, names: readonly string[]): Promise<FoundTaskFile<RunnerTasks[R]> | undefined> {
    for (const name of names) {
      const path = joinRepoPath(dir, name) ?? name;
      // `.cargo/config.toml`: its folder is listed only when it exists.
      if (name.includes('/') && (await this.kind(dirnameOf(path))) !== 'directory') continue;
      if ((await this.kind(path)) !== 'file') continue;
      const text = await this.text(path);
      const tasks = text === undefined ? undefined : parseTaskFile(runner, name, text);
      if (tasks && runner === 'make') return (await this.withIncludedMakefiles(dir, { file: path, tasks: tasks as MakeTargets }, new Set([path]))) as FoundTaskFile<RunnerTasks[R]>;
      if (tasks) return { file: path, tasks };
    }
    if (runner === 'mage') return (await this.mageFolder(dir)) as FoundTaskFile<RunnerTasks[R]> | undefined;
    return undefined;
  }

  /** A makefile's literal includes, read in turn (a few, each once): their targets are the folder's too. */
  private async withIncludedMakefiles(dir: string, main: FoundTaskFile<MakeTargets>, seen: Set<string>): Promise<FoundTaskFile<MakeTargets>> {
    const included: (FoundTaskFile<MakeTargets> | undefined)[] = [];
    for (const inc of main.tasks.includes.slice(0, MAX_INCLUDED_MAKEFILES)) {
      const path = joinRepoPath(dir, inc.path);
      const text = path === undefined || seen.has(path) || seen.size > MAX_INCLUDED_MAKEFILES || (await this.kind(path)) !== 'file' ? undefined : await this.text(path);
      if (path === undefined || text === undefined) {
        included.push(undefined);
        continue;
      }
      seen.add(path);
      included.push(await this.withIncludedMakefiles(dir, { file: path, tasks: makeTargets(text) }, seen));
    }
    return withIncludes(main, included);
  }

  /** mage's `magefiles/` folder: its Go files together. */
  private async mageFolder(dir: string): Promise<FoundTaskFile<RunnerTasks['mage']> | undefined> {
    const folder = joinRepoPath(dir, MAGE_FOLDER) ?? MAGE_FOLDER;
    if ((await this.kind(folder)) !== 'directory') return undefined;
    const sources: { path: string; text: string }[] = [];
    const names = [...(await this.listing(folder))].filter(([name, kind]) => kind === 'file' && name.endsWith('.go') && !name.endsWith('_test.go')).map(([name]) => name).sort();
    for (const name of names.slice(0, MAX_MAGE_FILES)) {
      const path = `${folder}/${name}`;
      const text = await this.text(path);
      if (text !== undefined) sources.push({ path, text });
    }
    return sources.length > 0 ? { file: sources[0].path, tasks: mageTargets(sources) } : undefined;
  }

  private async text(path: string): Promise<string | undefined> {
    let found = this.texts.get(path);
    if (!found) {
      const inherited = this.parent?.texts.get(path);
      found = inherited ? inherited.then((text) => text ?? this.readText(path)) : this.readText(path);
      this.texts.set(path, found);
    }
    const text = await found;
    if (text !== undefined) this.read.add(path);
    return text;
  }

  private listing(dir: string): Promise<Map<string, EntryKind>> {
    let found = this.listings.get(dir);
    if (!found) {
      found = this.files.list(dir).then(toKinds);
      this.listings.set(dir, found);
    }
    return found;
  }
}

function toKinds(entries: readonly { readonly name: string; readonly kind: string }[]): Map<string, EntryKind> {
  return new Map(entries.map((e) => [e.name, e.kind === 'file' || e.kind === 'directory' ? e.kind : 'other'] as const));
}
