import * as path from 'node:path';
import * as vscode from 'vscode';
import { candidatePaths } from '../core/guide/candidatePaths';
import type { GuideFacts } from '../core/guide/facts';
import type { ReadGuideOptions } from '../core/guide/readGuide';
import { GitAdapter, GitSnapshot } from '../git/gitAdapter';
import { Disposable } from '../util/dispose';
import { Logger, describeError } from '../util/logger';
import { Settings } from '../util/settings';
import { repoFilesFor } from '../util/workspaceRepoFiles';
import { loadReader } from './loadReader';
import { GIT_HEAD, RootWatcher, relativeTo } from './rootWatcher';
import { WorkerReader, WorkerUnavailableError } from './workerReader';

/** A folder Onramp reads as one project: a workspace folder, or a git repository inside one. */
export interface RepositoryRoot {
  readonly uri: vscode.Uri;
  /** The folder's name, usually the repository's; it tells the project's own docs site from others. */
  readonly name: string;
}

/** The outcome of reading one root: the facts, or why there are none. */
export type GuideReading = { readonly ok: true; readonly facts: GuideFacts } | { readonly ok: false; readonly error: string };

/**
 * Why a root changed: its material (`files`), its branch or remotes (`git`), the reader's settings, workspace
 * trust, or the set of roots itself (`roots`: the root was added or removed).
 */
export type ChangeReason = 'files' | 'git' | 'settings' | 'trust' | 'roots';

export interface RepositoryChange {
  readonly root: vscode.Uri;
  /** Every reason since the last event for this root. */
  readonly reasons: readonly ChangeReason[];
}

/** Saving a file can fire several events; one refresh is enough. */
const REFRESH_DELAY_MS = 300;

/**
 * Owns each repository root's reading and watching; the view, the commands and every capability ask it rather
 * than reading files themselves, so they always agree. A root is read once, on first request, and again when
 * a file the reader read, or could now read, changes. Local folders are read in a worker thread.
 */
export class RepositoryService extends Disposable {
  private readonly readings = new Map<string, Promise<GuideReading>>();
  private readonly watchers = new Map<string, RootWatcher>();
  private readonly filesRead = new Map<string, ReadonlySet<string>>();
  private readonly gitSeen = new Map<string, string>();
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; reasons: Set<ChangeReason> }>();
  private readonly candidates = candidatePaths();
  private readonly worker: WorkerReader;
  private readonly changed = this.register(new vscode.EventEmitter<RepositoryChange>());
  /** One event per root and pause: which root, and why (several reasons may fire together). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly logger: Logger,
    readonly git: GitAdapter,
    workerScript = path.join(__dirname, 'readerWorker.js'),
  ) {
    super();
    this.worker = new WorkerReader(workerScript, (m) => logger.warn(m));
    this.register({ dispose: () => this.worker.dispose() });
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t.timer)) });
    this.register({ dispose: () => this.watchers.forEach((w) => w.dispose()) });
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.syncRoots()));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidateAll('trust')));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('onramp.reader')) this.invalidateAll('settings');
      }),
    );
    this.register(git.onDidChange((root) => this.gitChanged(root)));
    // The watchers are made just after activation has returned: VS Code compiles each watcher's glob, and that was
    // most of activation's time. A reading asked for before then needs none of them.
    const start = setTimeout(() => this.syncRoots(true), 0);
    this.register({ dispose: () => clearTimeout(start) });
  }

  /** Every root: the workspace folders, and git repositories Git has open inside them. */
  roots(): RepositoryRoot[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const roots: RepositoryRoot[] = folders.map((f) => ({ uri: f.uri, name: f.name }));
    const known = new Set(roots.map((r) => r.uri.toString()));
    for (const uri of this.git.repositoryRoots()) {
      if (known.has(uri.toString()) || !folders.some((f) => relativeTo(f.uri, uri) !== undefined)) continue;
      known.add(uri.toString());
      roots.push({ uri, name: path.posix.basename(uri.path) });
    }
    return roots;
  }

  /** The innermost root holding `uri` (a root itself included). */
  rootFor(uri: vscode.Uri): RepositoryRoot | undefined {
    let best: RepositoryRoot | undefined;
    for (const root of this.roots()) {
      const inside = root.uri.toString() === uri.toString() || relativeTo(root.uri, uri) !== undefined;
      if (inside && (!best || root.uri.path.length > best.uri.path.length)) best = root;
    }
    return best;
  }

  /** The root's reading: the same one for every caller until something it depends on changes. */
  read(root: RepositoryRoot): Promise<GuideReading> {
    const key = root.uri.toString();
    let reading = this.readings.get(key);
    if (!reading) {
      reading = this.readRoot(root);
      this.readings.set(key, reading);
      const current = reading;
      void current.then((r) => {
        if (this.readings.get(key) !== current || !r.ok) return;
        const read = filesRead(r.facts);
        this.filesRead.set(key, new Set(read));
        this.watchers.get(key)?.watchAlso(read.filter((p) => !this.candidates.matches(p)));
      });
    }
    return reading;
  }

  /** What Git says about the root's repository, or why Git cannot say. */
  async gitState(root: RepositoryRoot): Promise<{ readonly available: true; readonly repository: GitSnapshot | undefined } | { readonly available: false; readonly reason: string }> {
    const availability = await this.git.connect();
    return availability.available ? { available: true, repository: this.git.snapshot(root.uri) } : availability;
  }

  /** Forgets the root's reading (every root's, without one), so the next request reads the files again. */
  refresh(root?: RepositoryRoot): void {
    if (root) this.invalidate(root.uri, 'files');
    else this.invalidateAll('files');
  }

  private async readRoot(root: RepositoryRoot): Promise<GuideReading> {
    void this.git.connect();
    const started = Date.now();
    const options: ReadGuideOptions = { maxFileBytes: new Settings(root.uri).maxFileKilobytes * 1024, projectName: root.name };
    try {
      const facts = await this.readFacts(root, options);
      this.logger.info(`read ${root.name} in ${Date.now() - started} ms: guide ${facts.files.guide ?? 'none'}`);
      for (const p of facts.problems) this.logger.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
      return { ok: true, facts };
    } catch (error) {
      this.logger.error(`reading ${root.name} failed`, error);
      return { ok: false, error: describeError(error) };
    }
  }

  /** Local folders in the worker thread; other schemes (and a worker that will not run) in this thread. */
  private async readFacts(root: RepositoryRoot, options: ReadGuideOptions): Promise<GuideFacts> {
    if (root.uri.scheme === 'file' && this.worker.usable) {
      try {
        return await this.worker.read(root.uri.fsPath, options);
      } catch (error) {
        if (!(error instanceof WorkerUnavailableError)) throw error;
        this.logger.warn(`${error.message}; reading ${root.name} in the extension host instead`);
      }
    }
    return loadReader().readGuide(repoFilesFor(root.uri), options);
  }

  private pathChanged(root: vscode.Uri, relative: string): void {
    const key = root.toString();
    if (relative === GIT_HEAD) this.schedule(root, 'git');
    else if (this.candidates.matches(relative) || this.filesRead.get(key)?.has(relative)) this.invalidate(root, 'files');
  }

  /**
   * Git reports many changes (every status refresh); only a new branch, commit or remote set counts, for each
   * root in that repository. A repository no root belongs to may be a new one inside a workspace folder.
   */
  private gitChanged(gitRoot: vscode.Uri): void {
    const affected = this.roots().filter((r) => this.git.snapshot(r.uri)?.root.toString() === gitRoot.toString());
    if (affected.length === 0 || !this.watchers.has(gitRoot.toString())) this.syncRoots();
    for (const root of affected) {
      const key = root.uri.toString();
      const snapshot = this.git.snapshot(root.uri);
      const seen = snapshot ? JSON.stringify([snapshot.branch, snapshot.commit, snapshot.remotes]) : '';
      if (this.gitSeen.get(key) === seen) continue;
      const first = !this.gitSeen.has(key);
      this.gitSeen.set(key, seen);
      if (!first) this.schedule(root.uri, 'git');
    }
  }

  private invalidate(root: vscode.Uri, reason: ChangeReason): void {
    this.readings.delete(root.toString());
    this.schedule(root, reason);
  }

  private invalidateAll(reason: ChangeReason): void {
    for (const root of this.roots()) this.invalidate(root.uri, reason);
  }

  /** Watchers for new roots, none for gone ones; both are announced. */
  /** `initial`: the first watchers, made after activation; a reading already under way is not read again for them. */
  private syncRoots(initial = false): void {
    const roots = this.roots();
    const keys = new Set(roots.map((r) => r.uri.toString()));
    for (const [key, watcher] of this.watchers) {
      if (keys.has(key)) continue;
      watcher.dispose();
      this.watchers.delete(key);
      this.readings.delete(key);
      this.filesRead.delete(key);
      this.gitSeen.delete(key);
      this.schedule(vscode.Uri.parse(key), 'roots');
    }
    for (const root of roots) {
      const key = root.uri.toString();
      if (this.watchers.has(key)) continue;
      const watcher = new RootWatcher(root.uri, this.candidates, (relative) => this.pathChanged(root.uri, relative));
      this.watchers.set(key, watcher);
      const read = this.filesRead.get(key);
      if (read) watcher.watchAlso([...read].filter((p) => !this.candidates.matches(p)));
      if (!initial && this.readings.size > 0) this.schedule(root.uri, 'roots');
    }
  }

  private schedule(root: vscode.Uri, reason: ChangeReason): void {
    const key = root.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    const reasons = pending?.reasons ?? new Set<ChangeReason>();
    reasons.add(reason);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.changed.fire({ root, reasons: [...reasons] });
    }, REFRESH_DELAY_MS);
    this.timers.set(key, { timer, reasons });
  }
}

function filesRead(facts: GuideFacts): string[] {
  const f = facts.files;
  return [f.guide, f.readmeSection, f.commitlintConfig, f.config, ...f.prTemplates, ...f.linkedDocs, ...(f.taskFiles ?? [])].filter(
    (p): p is string => typeof p === 'string',
  );
}
