import * as vscode from 'vscode';
import type { CommitLintView } from './commits/registerCommits';
import type { GuideFacts } from './core/guide/facts';
import type { ChangeReason, RepositoryService } from './repository/repositoryService';
import type { ChecklistService } from './pullRequest/checklistService';
import type { WalkthroughService } from './walkthrough/walkthroughService';
import type { IssueService, IssueSnapshot, IssueUiView } from './issues/issueService';

/**
 * What `activate()` returns: a small, versioned interface over plain data, for other extensions and for
 * Onramp's own tests in the real extension host. The services behind it are not part of it and may change;
 * a breaking change here means a new `version`.
 */
export interface OnrampApi {
  readonly version: 1;
  /** The roots Onramp reads: workspace folders, and git repositories inside them. */
  roots(): readonly vscode.Uri[];
  /** The facts read from the root holding `uri`; undefined when no root holds it or it could not be read. */
  facts(uri: vscode.Uri): Promise<GuideFacts | undefined>;
  /** Reads the root holding `uri` (every root, without one) again, and resolves when that is done. */
  refresh(uri?: vscode.Uri): Promise<void>;
  /** A root changed: its material, its branch or remotes, the settings, trust, or the roots themselves. */
  readonly onDidChange: vscode.Event<{ readonly root: vscode.Uri; readonly reasons: readonly ChangeReason[] }>;
  /** What Git says about the root holding `uri`, or why Git cannot say (in Restricted Mode, for one). */
  git(uri: vscode.Uri): Promise<GitView>;
  /** The Contribution Guide view's data, exactly as VS Code queries it. */
  readonly guideTree: vscode.TreeDataProvider<unknown>;
  /** The walkthrough of the root holding `uri` and where the contributor stands in it; undefined when it cannot be read. */
  walkthrough(uri: vscode.Uri): Promise<WalkthroughView | undefined>;
  /** The walkthrough of a root, or its progress, changed. */
  readonly onDidChangeWalkthrough: vscode.Event<vscode.Uri>;
  /**
   * The beginner issues of the root holding `uri`, as the picker and the Issues view show them, once the forge
   * answered (or failed: then `problem` says why); `refresh` asks the forge again. Undefined when no root holds it.
   */
  issues(uri: vscode.Uri, options?: { readonly refresh?: boolean }): Promise<IssueSnapshot | undefined>;
  /** What the issue picker and the issue preview show right now (null for what is not open). */
  issueViews(): IssueUiView;
  /** `message` checked against the commit rules of the root holding `uri`, as the Source Control input is; undefined when they cannot be read. */
  lintCommitMessage(uri: vscode.Uri, message: string): Promise<CommitLintView | undefined>;
  /** The pull request checklist of the root holding `uri`, and the draft kept for its branch; undefined when it cannot be read. */
  checklist(uri: vscode.Uri): Promise<ChecklistView | undefined>;
}

export interface ChecklistView {
  readonly branch: string | null;
  /** Why nothing was checked (Restricted Mode), when nothing was. */
  readonly restricted: string | undefined;
  /** The template the body is filled from, by name. */
  readonly template: string | null;
  /** Every pull request template of the project, by name, the default first. */
  readonly templates: readonly string[];
  readonly items: readonly {
    readonly id: string;
    readonly text: string;
    readonly state: 'pass' | 'fail' | 'unknown' | 'manual';
    readonly reason: string;
    readonly ticked: boolean;
    readonly optional: boolean;
    /** A template box describing the change ("Bug fix"), ticked by choice; never counted as open. */
    readonly choice: boolean;
    readonly origin: string;
    readonly file: string | null;
    readonly line: number | null;
    readonly fix: string | null;
  }[];
  readonly draft: { readonly title: string; readonly body: string } | undefined;
}

export type { CommitLintView } from './commits/registerCommits';

export interface WalkthroughView {
  readonly from: 'config' | 'guide' | 'generic';
  readonly steps: readonly { readonly id: string; readonly title: string; readonly state: string; readonly reason: string; readonly origin: string | null; readonly line: number | null }[];
  readonly next: string | null;
  readonly done: number;
  readonly total: number;
  /** Why git-based steps cannot be seen, when they cannot. */
  readonly gitUnavailable: string | undefined;
}

export type GitView =
  | { readonly available: true; readonly branch: string | undefined; readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string }[] }
  | { readonly available: false; readonly reason: string };

export type { IssueSnapshot, IssueEntry, IssueUiView } from './issues/issueService';

/**
 * The features' services are passed as functions: each feature's body loads on first use (src/util/lazy.ts), so an
 * API call is such a use, and creating the API loads nothing.
 */
export function createApi(
  /** Made on first use (src/extension.ts): asked for by each call, not when the API is made. */
  repositories: () => RepositoryService,
  guideTree: vscode.TreeDataProvider<unknown>,
  walkthroughs: () => WalkthroughService,
  onDidChangeWalkthrough: vscode.Event<vscode.Uri>,
  issues: () => IssueService,
  lintCommitMessage: (uri: vscode.Uri, message: string) => Promise<CommitLintView | undefined>,
  checklists: () => ChecklistService,
): OnrampApi {
  const rootOf = (uri: vscode.Uri) => repositories().rootFor(uri);
  return {
    version: 1,
    roots: () => repositories().roots().map((r) => r.uri),
    async facts(uri) {
      const root = rootOf(uri);
      const reading = root && (await repositories().read(root));
      return reading?.ok ? reading.facts : undefined;
    },
    async refresh(uri) {
      const roots = uri ? [rootOf(uri)].filter((r) => r !== undefined) : repositories().roots();
      if (uri) roots.forEach((r) => repositories().refresh(r));
      else repositories().refresh();
      await Promise.all(roots.map((r) => repositories().read(r)));
    },
    onDidChange: (listener, thisArgs, disposables) => repositories().onDidChange(listener, thisArgs, disposables),
    async git(uri) {
      const root = rootOf(uri);
      if (!root) return { available: false, reason: vscode.l10n.t('No workspace folder holds {0}.', uri.toString(true)) };
      const state = await repositories().gitState(root);
      if (!state.available) return state;
      const repo = state.repository;
      return { available: true, branch: repo?.branch, remotes: (repo?.remotes ?? []).map((r) => ({ name: r.name, fetchUrl: r.fetchUrl })) };
    },
    guideTree,
    async walkthrough(uri) {
      const root = rootOf(uri);
      const snapshot = root && (await walkthroughs().snapshot(root));
      if (!snapshot || 'error' in snapshot) return undefined;
      return {
        from: snapshot.walkthrough.from,
        steps: snapshot.walkthrough.steps.map((step, k) => ({
          id: step.id,
          title: step.title,
          state: snapshot.progress.steps[k].state,
          reason: snapshot.progress.steps[k].reason,
          origin: step.source?.origin ?? null,
          line: step.source?.line ?? null,
        })),
        next: snapshot.progress.next,
        done: snapshot.progress.done,
        total: snapshot.progress.total,
        gitUnavailable: snapshot.gitUnavailable,
      };
    },
    onDidChangeWalkthrough,
    async issues(uri, options) {
      const root = rootOf(uri);
      return root ? structuredClone(await issues().load(root, { refresh: options?.refresh })) : undefined;
    },
    issueViews: () => structuredClone(issues().uiView()),
    lintCommitMessage,
    async checklist(uri) {
      const root = rootOf(uri);
      const snapshot = root && (await checklists().snapshot(root));
      if (!root || !snapshot || 'error' in snapshot) return undefined;
      const branch = snapshot.state?.branch ?? null;
      const draft = checklists().draft(root, branch);
      return {
        branch,
        restricted: snapshot.restricted,
        template: snapshot.template?.name ?? null,
        templates: snapshot.templates.map((t) => t.name),
        items: snapshot.items.map((i) => ({
          id: i.id,
          text: i.text,
          state: i.result.state,
          reason: i.result.reason,
          ticked: snapshot.ticked.has(i.id),
          optional: i.optional,
          choice: i.choice === true,
          origin: i.origin,
          file: i.source?.file ?? null,
          line: i.source?.line ?? null,
          fix: i.result.fix?.command ?? i.result.fix?.title ?? null,
        })),
        draft: draft ? { title: draft.title, body: draft.body } : undefined,
      };
    },
  };
}
