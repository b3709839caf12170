import * as vscode from 'vscode';
import type { ForgeClient, IssueList } from '../core/forgeEntry';
import type { GuideFacts } from '../core/guide/facts';
import type { RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import { Logger } from '../util/logger';
import { ForgeAccess, ForgeTarget } from './forgeAccess';
import { loadForge } from './loadForge';

/** One issue as the picker, the view and the API show it: plain data. */
export interface IssueEntry {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly labels: readonly string[];
  readonly comments: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly author: string | null;
  readonly body: string;
  readonly ready: boolean;
  readonly reasons: readonly string[];
  readonly blockers: readonly string[];
}

/** What a sign-in would change: a GitHub (Enterprise) session, or a GitLab token; null when none applies. */
export type SignInKind = 'session' | 'gitlabToken' | null;

export interface IssueProblem {
  readonly sentence: string;
  /** The forge problem's kind (`rateLimited`, `offline`…), or `setup` for a missing remote, host or setting. */
  readonly kind: string;
  /** Offer "Sign in" (rate limit, private repository, expired sign-in) and how. */
  readonly signIn: SignInKind;
}

export interface IssueSnapshot {
  readonly repository: { readonly path: string; readonly webUrl: string; readonly defaultBranch: string | null; readonly canAssign: boolean | null } | null;
  /** The fork the remote points at, when the issues come from its parent. */
  readonly fork: { readonly path: string; readonly parentCloneUrl: string | null } | null;
  readonly labels: readonly string[];
  readonly issues: readonly IssueEntry[];
  readonly hidden: number;
  /** When the oldest answer shown was fetched; with `stale`, the host could not be reached and this is the cache. */
  readonly fetchedAt: number | null;
  readonly stale: boolean;
  /** Still asking the forge (the shown list may be the cached one). */
  readonly updating: boolean;
  readonly problem: IssueProblem | null;
  readonly signedIn: boolean;
  readonly signInKind: SignInKind;
}

/** What the picker and the preview show at this moment (plain data, for the API: tests and other extensions). */
export interface IssueUiView {
  /** The open "Find a Good First Issue" picker: its label filter and the issues it lists, in order. */
  readonly picker: { readonly root: string; readonly filter: string | null; readonly issues: readonly number[] } | null;
  /** The open preview: the issue, the HTML its webview was given, and whether remote images were allowed. */
  readonly preview: { readonly number: number; readonly html: string; readonly imagesLoaded: boolean } | null;
}

const EMPTY: IssueSnapshot = { repository: null, fork: null, labels: [], issues: [], hidden: 0, fetchedAt: null, stale: false, updating: true, problem: null, signedIn: false, signInKind: null };

interface RootState {
  snapshot: IssueSnapshot;
  loading?: Promise<IssueSnapshot>;
  /** The client that answered for the issues' repository, for commenting and assigning. */
  client?: ForgeClient;
  target?: ForgeTarget;
}

/**
 * Each root's beginner issues: the cached list first (cache-only, at once), then the forge's answer revalidated
 * with ETags, replacing it in place. Problems become one sentence with the action that helps (sign in, set a
 * token); a list already shown stays, with its age, when the forge cannot be reached.
 */
export class IssueService extends Disposable {
  private readonly states = new Map<string, RootState>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  /** Set by the feature's registration, which owns the picker and the preview. */
  uiView: () => IssueUiView = () => ({ picker: null, preview: null });

  constructor(
    private readonly repositories: RepositoryService,
    readonly access: ForgeAccess,
    private readonly logger: Logger,
  ) {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['onramp.issues', 'onramp.forge', 'github-enterprise'].some((s) => e.affectsConfiguration(s))) this.invalidate();
      }),
    );
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()));
    this.register(repositories.onDidChange((change) => change.reasons.some((r) => r === 'git' || r === 'files' || r === 'roots') && this.invalidate(change.root)));
  }

  rootFor(uri: vscode.Uri): RepositoryRoot | undefined {
    return this.repositories.rootFor(uri);
  }

  roots(): RepositoryRoot[] {
    return this.repositories.roots();
  }

  /** The last snapshot of a root, without asking anything; undefined before the first load. */
  current(root: RepositoryRoot): IssueSnapshot | undefined {
    return this.states.get(root.uri.toString())?.snapshot;
  }

  /** The client and target of the last successful network answer (for comments and assignment). */
  connection(root: RepositoryRoot): { client: ForgeClient; target: ForgeTarget } | undefined {
    const state = this.states.get(root.uri.toString());
    return state?.client && state.target ? { client: state.client, target: state.target } : undefined;
  }

  async facts(root: RepositoryRoot): Promise<GuideFacts | string> {
    const reading = await this.repositories.read(root);
    return reading.ok ? reading.facts : reading.error;
  }

  /** Loads (or reloads, with `refresh`) a root's issues; concurrent callers share one load. */
  load(root: RepositoryRoot, options: { readonly refresh?: boolean; readonly interactive?: boolean } = {}): Promise<IssueSnapshot> {
    const key = root.uri.toString();
    const state = this.states.get(key) ?? { snapshot: EMPTY };
    this.states.set(key, state);
    // A refresh asked while a load runs (settings or remotes just changed) must see the change: it follows that load.
    if (state.loading) return options.refresh || options.interactive ? state.loading.then(() => this.load(root, options)) : state.loading;
    if (!options.refresh && !options.interactive && state.snapshot !== EMPTY && !state.snapshot.updating) return Promise.resolve(state.snapshot);
    state.loading = this.fetch(root, state, options.interactive === true).finally(() => (state.loading = undefined));
    return state.loading;
  }

  private set(root: RepositoryRoot, state: RootState, snapshot: IssueSnapshot): IssueSnapshot {
    state.snapshot = snapshot;
    this.changed.fire(root.uri);
    return snapshot;
  }

  private async fetch(root: RepositoryRoot, state: RootState, interactive: boolean): Promise<IssueSnapshot> {
    this.set(root, state, { ...state.snapshot, updating: true });
    const facts = await this.facts(root);
    if (typeof facts === 'string') return this.set(root, state, { ...EMPTY, updating: false, problem: { sentence: facts, kind: 'setup', signIn: null } });
    const forge = loadForge();
    const options = { extraLabels: this.extraLabels(facts), hideBlocked: vscode.workspace.getConfiguration('onramp').get<boolean>('issues.hideNotReady', true) };

    // The first paint: whatever the cache holds, without a request.
    if (state.snapshot.issues.length === 0) {
      const cached = await this.access.client(facts, { mode: 'cache-only' });
      if ('client' in cached) {
        try {
          const list = await forge.findBeginnerIssues(cached.client, options);
          this.set(root, state, { ...snapshotOf(list, cached.target), updating: true });
        } catch {
          // Nothing cached yet: the network answer below is the first.
        }
      }
    }

    const live = await this.access.client(facts, { mode: 'network', interactive, privateScopes: interactive && state.snapshot.problem?.kind === 'notFound' });
    if ('problem' in live) return this.set(root, state, { ...EMPTY, updating: false, problem: { sentence: live.problem, kind: 'setup', signIn: null } });
    try {
      const list = await forge.findBeginnerIssues(live.client, options);
      state.client = list.client;
      state.target = live.target;
      this.logger.info(`listed ${list.issues.length} issues of ${list.repository.path} at ${new URL(live.target.apiBaseUrl).host}, ${live.target.signedIn ? 'signed in' : 'anonymously'}`);
      return this.set(root, state, snapshotOf(list, live.target));
    } catch (error) {
      const found = forge.findForgeError(error);
      if (!found) this.logger.error('listing issues failed', error);
      const sentence = found ? forge.describeProblem(found.problem) : vscode.l10n.t('Listing the issues failed; see the Onramp output for details.');
      const kind = found?.problem.kind ?? 'unknown';
      const signInKind = signInKindOf(live.target);
      const wantsSignIn = !live.target.signedIn && ['rateLimited', 'notFound'].includes(kind);
      const signIn = wantsSignIn || kind === 'unauthorized' ? signInKind : null;
      return this.set(root, state, { ...state.snapshot, updating: false, signedIn: live.target.signedIn, signInKind, problem: { sentence, kind, signIn } });
    }
  }

  /** The guide's or maintainer file's labels, then the user's. */
  private extraLabels(facts: GuideFacts): string[] {
    const user = vscode.workspace.getConfiguration('onramp').get<unknown>('issues.labels');
    const fromUser = Array.isArray(user) ? user.filter((l): l is string => typeof l === 'string' && l.trim() !== '') : [];
    return [...(facts.issueLabels?.value ?? []), ...fromUser];
  }

  /** Forgets the lists (all, or one root's) so the next look asks again; the view reloads what it shows. */
  invalidate(root?: vscode.Uri): void {
    for (const [key, state] of this.states) {
      if (root && key !== root.toString()) continue;
      if (!state.loading) state.snapshot = { ...state.snapshot, updating: true };
      this.changed.fire(vscode.Uri.parse(key));
    }
  }
}

function signInKindOf(target: ForgeTarget): SignInKind {
  if (target.source.kind === 'github' || target.source.kind === 'github-enterprise') return 'session';
  if (target.source.kind === 'gitlab') return 'gitlabToken';
  return null;
}

function snapshotOf(list: IssueList, target: ForgeTarget): IssueSnapshot {
  return {
    repository: { path: list.repository.path, webUrl: list.repository.webUrl, defaultBranch: list.repository.defaultBranch, canAssign: list.repository.permissions?.canAssign ?? null },
    fork: list.fork ? { path: list.fork.path, parentCloneUrl: list.fork.parent?.cloneUrl ?? null } : null,
    labels: [...list.labels],
    issues: list.issues.map((i) => ({
      number: i.issue.number,
      title: i.issue.title,
      url: i.issue.url,
      labels: [...i.issue.labels],
      comments: i.issue.comments,
      createdAt: i.issue.createdAt,
      updatedAt: i.issue.updatedAt,
      author: i.issue.author,
      body: i.issue.body,
      ready: i.ready,
      reasons: [...i.reasons],
      blockers: [...i.blockers],
    })),
    hidden: list.hidden,
    fetchedAt: list.fetchedAt,
    stale: list.stale,
    updating: false,
    problem: null,
    signedIn: target.signedIn,
    signInKind: signInKindOf(target),
  };
}
