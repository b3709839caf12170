/**
 * What Onramp asks of a forge, the same for GitHub and GitLab. A client is bound to one repository on one
 * host; `forRepository` gives one for another repository on the same host (a fork's parent), with the same
 * token, cache and session.
 */
import type { HttpSession } from './http';

export type ForgeKind = 'github' | 'gitlab';

export interface RepositoryInfo {
  /** "owner/name" (GitHub) or "group/sub/name" (GitLab), as the forge spells it. */
  readonly path: string;
  readonly webUrl: string;
  readonly defaultBranch: string | null;
  readonly fork: boolean;
  /** The repository this one was forked from, when the forge says. */
  readonly parent: { readonly path: string; readonly webUrl: string; readonly cloneUrl: string | null } | null;
  /** What the signed-in user may do, when the forge says (GitHub: push/triage; GitLab: access level ≥ reporter). */
  readonly permissions: { readonly canAssign: boolean; readonly canPush?: boolean } | null;
  readonly private: boolean;
  /** Whether the repository has no commits yet (GitLab says so; GitHub answers with an empty default branch). */
  readonly empty: boolean;
}

export interface ForgeLabel {
  readonly name: string;
  readonly description: string | null;
}

export interface ForgeUser {
  readonly login: string;
}

export interface ForgeIssue {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly author: string | null;
  readonly comments: number;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly body: string;
}

/** Who wrote a comment relative to the project: `maintainer` for owners, members and collaborators. */
export type CommentRole = 'maintainer' | 'author' | 'other';

export interface ForgeComment {
  readonly issue: number;
  readonly author: string;
  readonly role: CommentRole;
  readonly body: string;
  readonly createdAt: number;
}

export interface OpenPullRequest {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly author: string | null;
  /** Issue numbers of this repository the pull request names ("Fixes #12", "#12", a `12-slug` branch). */
  readonly linkedIssues: readonly number[];
}

/** A pull (merge) request to open on the repository a client is bound to. */
export interface NewPullRequest {
  readonly title: string;
  readonly body: string;
  /** The branch with the change. */
  readonly branch: string;
  /** The owner of the repository holding the branch (a fork's owner), when it is not this repository. */
  readonly headOwner: string | null;
  /** The full path of the repository holding the branch (GitLab opens fork merge requests from there). */
  readonly headRepository: string | null;
  /** The branch the change goes into. */
  readonly base: string;
  readonly draft: boolean;
}

export interface PullRequestRef {
  readonly number: number;
  readonly url: string;
  readonly draft: boolean;
}

/** A file of a repository, as text. */
export interface ForgeFile {
  readonly text: string;
  /** Epoch milliseconds of the answer (a cached copy's, when `stale`). */
  readonly fetchedAt: number;
  /** Served from the cache because the host could not be reached. */
  readonly stale: boolean;
}

export interface ForgeClient {
  readonly kind: ForgeKind;
  /** Host name, e.g. `github.com` (for sentences; never carries a token). */
  readonly host: string;
  /** The repository this client is bound to. */
  readonly path: string;
  /** Requests, cache hits and staleness of everything this client (and those from `forRepository`) asked. */
  readonly session: HttpSession;
  forRepository(path: string): ForgeClient;
  getRepository(): Promise<RepositoryInfo>;
  listLabels(): Promise<ForgeLabel[]>;
  /** One issue by number, in any state; null when the number is a pull request. Not found is a `notFound` ForgeError. */
  getIssue(number: number): Promise<ForgeIssue | null>;
  /**
   * Open, unassigned issues (pull requests left out) carrying at least one of `labels`; with no labels, all open
   * unassigned issues. Paginated; at most `limit` (default 1,000).
   */
  listOpenIssues(labels: readonly string[], limit?: number): Promise<ForgeIssue[]>;
  /**
   * Open pull (merge) requests with the issues they name. One paginated listing for the whole repository
   * instead of one request per issue, so a refresh costs the same for 5 issues or 500.
   */
  listOpenPullRequests(limit?: number): Promise<OpenPullRequest[]>;
  /** Comments newer than `since` on the given issues (GitHub: one repository-wide listing; GitLab: per issue). */
  recentComments(issues: readonly number[], since: number): Promise<ForgeComment[]>;
  createComment(issue: number, body: string): Promise<void>;
  addAssignee(issue: number, login: string): Promise<void>;
  /** Opens a pull (merge) request into this repository. */
  createPullRequest(request: NewPullRequest): Promise<PullRequestRef>;
  /** The open pull request from `branch` (of `headOwner`'s repository, or `headRepository`), or null. */
  findOpenPullRequest(branch: string, headOwner: string | null, headRepository: string | null): Promise<PullRequestRef | null>;
  /** Forks this repository for the signed-in user (the forge may take a moment to fill it). */
  createFork(): Promise<RepositoryInfo>;
  /** The signed-in user, or null without a token. */
  whoAmI(): Promise<ForgeUser | null>;
  /**
   * A text file of this repository at `ref` (the default branch when null), through the contents API (cached with
   * its ETag). A file larger than `maxBytes` is a `malformed` ForgeError naming its size; a folder is one too.
   */
  getFile(path: string, ref: string | null, maxBytes: number): Promise<ForgeFile>;
}
