import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { Logger, describeError } from '../util/logger';
import type { GitApi, GitCommit, GitExtension, GitRepository } from './gitApi';

/** Whether the built-in Git extension can be used, and if not, why, in one sentence for the user. */
export type GitAvailability = { readonly available: true } | { readonly available: false; readonly reason: string };

/** What Git says about one repository, as plain data. */
export interface GitSnapshot {
  readonly root: vscode.Uri;
  /** The current branch; undefined on a detached HEAD. */
  readonly branch: string | undefined;
  readonly commit: string | undefined;
  readonly upstream: { readonly remote: string; readonly name: string } | undefined;
  /** Commits on the branch that its upstream does not have, and the reverse; undefined without an upstream. */
  readonly ahead: number | undefined;
  readonly behind: number | undefined;
  readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string; readonly pushUrl?: string }[];
}

const GIT_EXTENSION_ID = 'vscode.git';

/**
 * Onramp's one door to the built-in Git extension: branch, remotes, commits and the Source Control input box.
 * In Restricted Mode VS Code disables that extension, so the adapter reports it unavailable with the reason,
 * and everything that reads files keeps working without it. It connects on first use and again when trust is
 * granted or extensions change.
 */
export class GitAdapter extends Disposable {
  private api: GitApi | undefined;
  private connecting: Promise<GitAvailability> | undefined;
  private settled = false;
  private availability: GitAvailability = { available: false, reason: vscode.l10n.t('Git has not been asked yet.') };
  private readonly repositoryListeners = new Map<string, vscode.Disposable>();
  private readonly apiListeners: vscode.Disposable[] = [];
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** A repository's root, when it opened, closed, or its branch, remotes or HEAD changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly logger: Logger) {
    super();
    // Only an answer already given is asked again; one still coming will see the new state itself.
    const reconnect = (): void => {
      if (this.api || !this.settled) return;
      this.disconnect();
      this.connecting = undefined;
      void this.connect();
    };
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(reconnect));
    this.register(vscode.extensions.onDidChange(reconnect));
    this.register({ dispose: () => this.disconnect() });
  }

  /** Connects to the Git extension once; later calls get the same answer until something changes. */
  connect(): Promise<GitAvailability> {
    if (this.connecting) return this.connecting;
    this.settled = false;
    this.connecting = this.tryConnect().then((availability) => {
      this.availability = availability;
      this.settled = true;
      if (!availability.available) this.logger.info(`git unavailable: ${availability.reason}`);
      return availability;
    });
    return this.connecting;
  }

  get status(): GitAvailability {
    return this.availability;
  }

  /** Roots of the repositories Git has open. */
  repositoryRoots(): vscode.Uri[] {
    return (this.api?.repositories ?? []).map((r) => r.rootUri);
  }

  /** The repository holding `uri` (the innermost, when repositories nest). */
  snapshot(uri: vscode.Uri): GitSnapshot | undefined {
    const repo = this.repositoryFor(uri);
    if (!repo) return undefined;
    const head = repo.state.HEAD;
    return {
      root: repo.rootUri,
      branch: head?.name,
      commit: head?.commit,
      upstream: head?.upstream ? { remote: head.upstream.remote, name: head.upstream.name } : undefined,
      ahead: head?.upstream ? head.ahead : undefined,
      behind: head?.upstream ? head.behind : undefined,
      remotes: repo.state.remotes.map((r) => ({ name: r.name, fetchUrl: r.fetchUrl, pushUrl: r.pushUrl })),
    };
  }

  /** The newest commits of the repository holding `uri`, newest first; empty when Git is unavailable. */
  async commits(uri: vscode.Uri, maxEntries: number): Promise<readonly GitCommit[]> {
    const repo = this.repositoryFor(uri);
    if (!repo) return [];
    try {
      return await repo.log({ maxEntries });
    } catch (error) {
      // A repository without commits makes `git log` fail; that is no commits, not an error to show.
      this.logger.info(`git log in ${repo.rootUri.fsPath}: ${describeError(error)}`);
      return [];
    }
  }

  /**
   * Whether HEAD has commits that `base` has not, trying each candidate ref in turn (e.g. `upstream/main`,
   * `origin/main`, `main`); undefined when Git is unavailable or none of the refs exists.
   */
  async hasCommitsAhead(uri: vscode.Uri, bases: readonly string[]): Promise<boolean | undefined> {
    const repo = this.repositoryFor(uri);
    if (!repo) return undefined;
    for (const base of bases) {
      try {
        return (await repo.log({ range: `${base}..HEAD`, maxEntries: 1 })).length > 0;
      } catch {
        // That ref does not exist here; try the next.
      }
    }
    return undefined;
  }

  /** The Source Control view's commit message box of the repository holding `uri`. */
  commitMessageBox(uri: vscode.Uri): { value: string } | undefined {
    return this.repositoryFor(uri)?.inputBox;
  }

  private repositoryFor(uri: vscode.Uri): GitRepository | undefined {
    return this.api?.getRepository(uri) ?? undefined;
  }

  private async tryConnect(): Promise<GitAvailability> {
    if (!vscode.workspace.isTrusted) {
      return { available: false, reason: vscode.l10n.t('Git is not available in Restricted Mode; Onramp reads the files instead.') };
    }
    const extension = vscode.extensions.getExtension<GitExtension>(GIT_EXTENSION_ID);
    if (!extension) return { available: false, reason: vscode.l10n.t('The built-in Git extension is disabled.') };
    let exports: GitExtension;
    try {
      exports = extension.isActive ? extension.exports : await extension.activate();
    } catch (error) {
      return { available: false, reason: vscode.l10n.t('The built-in Git extension failed to start: {0}', describeError(error)) };
    }
    this.listen(exports.onDidChangeEnablement(() => this.reset()));
    if (!exports.enabled) return { available: false, reason: vscode.l10n.t('Git is turned off in the settings (git.enabled).') };
    const api = exports.getAPI(1);
    this.api = api;
    this.listen(api.onDidOpenRepository((repo) => this.watchRepository(repo)));
    this.listen(
      api.onDidCloseRepository((repo) => {
        const key = repo.rootUri.toString();
        this.repositoryListeners.get(key)?.dispose();
        this.repositoryListeners.delete(key);
        this.changed.fire(repo.rootUri);
      }),
    );
    for (const repo of api.repositories) this.watchRepository(repo);
    return { available: true };
  }

  private watchRepository(repo: GitRepository): void {
    const key = repo.rootUri.toString();
    if (this.repositoryListeners.has(key)) return;
    this.repositoryListeners.set(key, repo.state.onDidChange(() => this.changed.fire(repo.rootUri)));
    this.changed.fire(repo.rootUri);
  }

  private listen(listener: vscode.Disposable): void {
    this.apiListeners.push(listener);
  }

  /** Git was turned on or off: forget everything and ask again. */
  private reset(): void {
    if (!this.settled) return;
    const roots = this.repositoryRoots();
    this.disconnect();
    this.connecting = undefined;
    for (const root of roots) this.changed.fire(root);
    void this.connect();
  }

  private disconnect(): void {
    for (const d of [...this.apiListeners.splice(0), ...this.repositoryListeners.values()]) d.dispose();
    this.repositoryListeners.clear();
    this.api = undefined;
  }
}
