/**
 * The task files of a repository, read as data through RepoFiles and cached per folder: what the stale-command
 * rule looks names up in. Nothing is run.
 */
import { RepoFiles, dirnameOf, joinRepoPath } from '../repo/repoFiles';
import { PackageScripts, TaskNames, justRecipes, makeTargets, noxSessions, packageScripts, taskfileTasks, toxEnvs } from './taskParsers';

const MAX_TASK_FILE_BYTES = 1024 * 1024;

export interface FoundTaskFile<T> {
  readonly file: string;
  readonly tasks: T;
}

export class TaskInventory {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly listings = new Map<string, Promise<Map<string, 'file' | 'directory' | 'other'>>>();
  /** Every task file read, for the result's file list. */
  readonly read = new Set<string>();

  constructor(private readonly files: RepoFiles) {}

  async packageJson(dir: string): Promise<FoundTaskFile<PackageScripts> | undefined> {
    return this.first(dir, ['package.json'], packageScripts);
  }

  async makefile(dir: string, explicit?: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return this.first(dir, explicit ? [explicit] : ['GNUmakefile', 'makefile', 'Makefile'], makeTargets);
  }

  async justfile(dir: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return this.first(dir, ['justfile', 'Justfile', '.justfile', 'JUSTFILE'], justRecipes);
  }

  async taskfile(dir: string): Promise<FoundTaskFile<ReturnType<typeof taskfileTasks>> | undefined> {
    return this.first(dir, ['Taskfile.yml', 'taskfile.yml', 'Taskfile.yaml', 'taskfile.yaml', 'Taskfile.dist.yml', 'taskfile.dist.yml', 'Taskfile.dist.yaml', 'taskfile.dist.yaml'], taskfileTasks);
  }

  async tox(dir: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    const ini = await this.first(dir, ['tox.ini'], toxEnvs);
    if (ini) return ini;
    // tox also reads setup.cfg's [tox:tox] and pyproject.toml's [tool.tox]; those are not parsed here, so any name may exist.
    for (const other of ['pyproject.toml', 'setup.cfg']) {
      const path = joinRepoPath(dir, other) ?? other;
      const text = await this.text(path);
      if (text !== undefined && /\[(tool\.tox|tox:tox)\b/.test(text)) return { file: path, tasks: { names: new Set(), open: true, openBecause: `its tox configuration is in ${other}, which Onramp does not parse` } };
    }
    return undefined;
  }

  async nox(dir: string): Promise<FoundTaskFile<TaskNames> | undefined> {
    return this.first(dir, ['noxfile.py'], noxSessions);
  }

  /** Whether a repo path is an existing file or folder. */
  async kind(path: string): Promise<'file' | 'directory' | 'other' | undefined> {
    if (path === '') return 'directory';
    const listing = await this.listing(dirnameOf(path));
    return listing.get(path.slice(path.lastIndexOf('/') + 1));
  }

  private async first<T>(dir: string, names: readonly string[], parse: (text: string) => T): Promise<FoundTaskFile<T> | undefined> {
    const listing = await this.listing(dir);
    for (const name of names) {
      if (listing.get(name) !== 'file') continue;
      const path = joinRepoPath(dir, name) ?? name;
      const text = await this.text(path);
      if (text !== undefined) return { file: path, tasks: parse(text) };
    }
    return undefined;
  }

  private text(path: string): Promise<string | undefined> {
    let found = this.texts.get(path);
    if (!found) {
      found = this.files.read(path, MAX_TASK_FILE_BYTES).then((c) => {
        if (!c) return undefined;
        this.read.add(path);
        return new TextDecoder('utf-8').decode(c.bytes);
      });
      this.texts.set(path, found);
    }
    return found;
  }

  private listing(dir: string): Promise<Map<string, 'file' | 'directory' | 'other'>> {
    let found = this.listings.get(dir);
    if (!found) {
      found = this.files.list(dir).then((entries) => new Map(entries.map((e) => [e.name, e.kind === 'file' || e.kind === 'directory' ? e.kind : 'other'] as const)));
      this.listings.set(dir, found);
    }
    return found;
  }
}
