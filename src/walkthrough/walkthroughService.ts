import * as vscode from 'vscode';
import type { GuideFacts } from '../core/guide/facts';
import { CompletionCheck, GitState, Platform, Walkthrough, checksOf } from '../core/walkthrough/model';
import { Observations, WalkthroughProgress, walkthroughProgress } from '../core/walkthrough/progress';
import type { GitAdapter, GitSnapshot } from '../git/gitAdapter';
import { loadReader } from '../repository/loadReader';
import type { GuideReading, RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import { Logger } from '../util/logger';
import { OnrampState, StoredProgress } from '../util/state';
import type { RemoteBases } from './remoteBases';
import { SettleTimers } from '../util/settle';

/** One root's walkthrough and where the contributor stands in it. */
export interface WalkthroughSnapshot {
  readonly root: RepositoryRoot;
  readonly facts: GuideFacts;
  readonly walkthrough: Walkthrough;
  readonly progress: WalkthroughProgress;
  /** Why git steps cannot be seen, when they cannot (Restricted Mode, Git off). */
  readonly gitUnavailable: string | undefined;
}

const PLATFORM: Platform = process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'macos' : 'linux';
const EMPTY: StoredProgress = { ticked: [], skipped: [], started: [], exits: {} };
const SETTLE_MS = 150;
/** What a snapshot saw of git when its steps do not look at git at all. */
const NO_GIT_CHECKS = 'no git checks';

/**
 * Owns each root's walkthrough progress: it builds the steps from the repository service's reading, watches
 * exactly the files, git state and settings the steps' checks name (no polling: nothing happens while nothing
 * changes), and keeps what only the contributor can say (ticks, skips, exit codes) in workspace state, so it
 * survives a reload.
 */
export class WalkthroughService extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** A root's walkthrough or progress changed. */
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, { patterns: string; disposables: vscode.Disposable[] }>();
  private readonly settle = this.register(new SettleTimers(SETTLE_MS, (root) => this.changed.fire(root)));
  /** Per root, what the last snapshot saw of git (see `gitSignature`): Git reports every status run as a change. */
  private readonly gitSeen = new Map<string, string>();

  constructor(
    private readonly repositories: RepositoryService,
    private readonly git: GitAdapter,
    private readonly state: OnrampState,
    private readonly logger: Logger,
    private readonly remoteBases?: RemoteBases,
  ) {
    super();
    this.register(
      repositories.onDidChange((change) => {
        // A new branch, commit or remote set alone changes nothing read from files: only what the git steps see.
        if (change.reasons.every((r) => r === 'git')) this.gitChanged(change.root);
        else this.schedule(change.root);
      }),
    );
    this.register(git.onDidChange(() => this.gitChanged()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        for (const root of this.repositories.roots()) if (this.watchesSettings(root) && e.affectsConfiguration('', root.uri)) this.schedule(root.uri);
      }),
    );
    this.register({ dispose: () => [...this.watchers.values()].forEach((w) => w.disposables.forEach((d) => d.dispose())) });
  }

  roots(): readonly RepositoryRoot[] {
    return this.repositories.roots();
  }

  rootFor(uri: vscode.Uri): RepositoryRoot | undefined {
    return this.repositories.rootFor(uri);
  }

  /** The root's reading with the maintainer file's bases in other repositories merged in, when they may be fetched. */
  async reading(root: RepositoryRoot): Promise<GuideReading> {
    const reading = await this.repositories.read(root);
    if (!reading.ok || !this.remoteBases) return reading;
    return { ok: true, facts: await this.remoteBases.resolve(root, reading.facts) };
  }

  async snapshot(root: RepositoryRoot): Promise<WalkthroughSnapshot | { readonly error: string }> {
    const reading = await this.reading(root);
    if (!reading.ok) return { error: reading.error };
    const built = loadReader().buildWalkthrough(reading.facts);
    // A step for another platform (a Windows-only setting, a macOS tool) is not this contributor's step.
    const walkthrough: Walkthrough = { ...built, steps: built.steps.filter((s) => !s.platforms || s.platforms.includes(PLATFORM)) };
    this.watch(root, walkthrough);
    const stored = this.stored(root);
    const checks = walkthrough.steps.flatMap((s) => checksOf(s.done));
    const files = await this.existingFiles(root, checks);
    const git = await this.gitStates(root, reading.facts, checks);
    const seen: Observations = {
      fileExists: (pattern) => files.has(pattern),
      commandExit: (command) => stored.exits[command],
      git: git.states,
      setting: (id) => vscode.workspace.getConfiguration(undefined, root.uri).get(id),
      ticked: new Set(stored.ticked),
      skipped: new Set(stored.skipped),
      started: new Set(stored.started),
    };
    return { root, facts: reading.facts, walkthrough, progress: walkthroughProgress(walkthrough.steps, seen), gitUnavailable: git.unavailable };
  }

  /** Records what the contributor did or said of a step; the view and pages follow the change event. */
  async record(root: RepositoryRoot, change: { tick?: string; untick?: string; skip?: string; start?: string; exit?: { command: string; code: number } }): Promise<void> {
    const s = this.stored(root);
    const without = (list: readonly string[], id?: string) => (id ? list.filter((x) => x !== id) : list);
    const add = (list: readonly string[], id?: string) => (id && !list.includes(id) ? [...list, id] : list);
    const next: StoredProgress = {
      ticked: add(without(without(s.ticked, change.untick), change.skip), change.tick),
      skipped: add(without(without(s.skipped, change.tick), change.untick), change.skip),
      started: add(s.started, change.start),
      exits: change.exit ? { ...s.exits, [change.exit.command]: change.exit.code } : s.exits,
    };
    await this.state.update('walkthroughProgress', { ...this.state.get('walkthroughProgress'), [root.uri.toString()]: next });
    this.changed.fire(root.uri);
  }

  async reset(root: RepositoryRoot): Promise<void> {
    const all = { ...this.state.get('walkthroughProgress') };
    delete all[root.uri.toString()];
    await this.state.update('walkthroughProgress', all);
    this.changed.fire(root.uri);
  }

  private stored(root: RepositoryRoot): StoredProgress {
    return this.state.get('walkthroughProgress')[root.uri.toString()] ?? EMPTY;
  }

  /** A plain path is checked with stat (it may be a folder, like node_modules); a glob with a bounded search. */
  private async existingFiles(root: RepositoryRoot, checks: readonly CompletionCheck[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const check of checks) {
      if (check.kind !== 'file' || found.has(check.pattern)) continue;
      try {
        if (/[*?[{]/.test(check.pattern)) {
          if ((await vscode.workspace.findFiles(new vscode.RelativePattern(root.uri, check.pattern), null, 1)).length > 0) found.add(check.pattern);
        } else {
          await vscode.workspace.fs.stat(vscode.Uri.joinPath(root.uri, check.pattern));
          found.add(check.pattern);
        }
      } catch {
        // Not there (yet).
      }
    }
    return found;
  }

  private async gitStates(root: RepositoryRoot, facts: GuideFacts, checks: readonly CompletionCheck[]): Promise<{ states: Record<GitState, boolean> | null; unavailable: string | undefined }> {
    const key = root.uri.toString();
    if (!checks.some((c) => c.kind === 'git')) {
      this.gitSeen.set(key, NO_GIT_CHECKS);
      return { states: { onBranch: false, commitAhead: false, upstreamRemote: false, pushed: false }, unavailable: undefined };
    }
    const availability = await this.git.connect();
    if (!availability.available) {
      this.gitSeen.set(key, 'unavailable');
      return { states: null, unavailable: availability.reason };
    }
    const snap = this.git.snapshot(root.uri);
    this.gitSeen.set(key, gitSignature(snap));
    if (!snap) return { states: null, unavailable: vscode.l10n.t('Git does not know this folder as a repository.') };
    const base = facts.baseBranch?.value;
    const baseNames = base ? [base] : ['main', 'master'];
    const onBranch = snap.branch !== undefined && !baseNames.includes(snap.branch);
    const refs = baseNames.flatMap((b) => [`upstream/${b}`, `origin/${b}`, b]);
    const commitAhead = checks.some((c) => c.kind === 'git' && c.state === 'commitAhead') && onBranch ? ((await this.git.hasCommitsAhead(root.uri, refs)) ?? false) : false;
    return {
      states: {
        onBranch,
        commitAhead,
        upstreamRemote: snap.remotes.some((r) => r.name === 'upstream'),
        pushed: onBranch && snap.upstream !== undefined && (snap.ahead ?? 0) === 0,
      },
      unavailable: undefined,
    };
  }

  /** Watches the files the steps wait for; re-made only when the set of patterns changes. */
  private watch(root: RepositoryRoot, walkthrough: Walkthrough): void {
    const patterns = [...new Set(walkthrough.steps.flatMap((s) => checksOf(s.done)).flatMap((c) => (c.kind === 'file' ? [c.pattern] : [])))].sort();
    const key = root.uri.toString();
    const joined = patterns.join('\n');
    if (this.watchers.get(key)?.patterns === joined) return;
    this.watchers.get(key)?.disposables.forEach((d) => d.dispose());
    const disposables: vscode.Disposable[] = [];
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root.uri, pattern), false, true, false);
      disposables.push(watcher, watcher.onDidCreate(() => this.schedule(root.uri)), watcher.onDidDelete(() => this.schedule(root.uri)));
    }
    this.watchers.set(key, { patterns: joined, disposables });
    this.logger.info(`watching ${patterns.length} file pattern(s) for the walkthrough of ${root.name}`);
  }

  private watchesSettings(root: RepositoryRoot): boolean {
    // Cheap and conservative: any settings change re-checks a root whose walkthrough is being shown.
    return this.watchers.has(root.uri.toString());
  }

  private schedule(root: vscode.Uri): void {
    this.settle.schedule(root);
  }

  /**
   * Git fires on every status run (a file saved, the window focused, a periodic fetch), mostly with nothing new,
   * and while it settles after start-up the repository service reports the state it first sees as a change.
   * A root is re-checked only when what its git steps look at differs from what its last snapshot saw; a root
   * with no snapshot yet, or none looking at git, has nothing shown that could change.
   */
  private gitChanged(only?: vscode.Uri): void {
    for (const root of only ? [only] : this.repositories.roots().map((r) => r.uri)) {
      const seen = this.gitSeen.get(root.toString());
      if (seen === undefined || seen === NO_GIT_CHECKS) continue;
      if (gitSignature(this.git.snapshot(root)) !== seen) this.schedule(root);
    }
  }
}

/** Everything of a repository's git state that the git steps depend on (branch, commits, upstream, remotes). */
function gitSignature(snap: GitSnapshot | undefined): string {
  if (!snap) return 'none';
  return JSON.stringify([snap.branch, snap.commit, snap.upstream?.remote, snap.upstream?.name, snap.ahead, snap.behind, snap.remotes.map((r) => r.name).sort()]);
}
