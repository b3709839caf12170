/**
 * GitHub (github.com and GitHub Enterprise Server) through Octokit with its pagination, retry and throttling
 * plugins. Octokit is ES-module-only and loaded on first use with `import()`, which also keeps it off the
 * extension's activation path. All traffic goes through `guardedFetch` (token guard, timeout, ETag cache).
 * Throttling never waits for a rate limit to reset: it reports `rateLimited` with the reset time at once.
 */
import type { Octokit } from '@octokit/rest';
import { FetchLike, HttpSession, guardedFetch } from './http';
import { linkedIssueNumbers } from './linkedIssues';
import { ForgeError, findForgeError, problemForStatus } from './problems';
import { Json, Shape, optionalString } from './shape';
import { ClientOptions } from './clientOptions';
import { fileText } from './fileContent';
import type { GitHubActivity } from '../health/fromGitHub';
import { CommentRole, ForgeClient, ForgeComment, ForgeFile, ForgeIssue, ForgeLabel, ForgeUser, NewPullRequest, OpenPullRequest, PullRequestRef, RepositoryInfo } from './types';

const DEFAULT_LIMIT = 1000;
const MAINTAINER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/** Repository-wide comment listing: enough for a month of a busy project's discussion. */
const MAX_COMMENT_PAGES = 10;

type Loaded = { octokit: Octokit };

export class GitHubClient implements ForgeClient {
  readonly kind = 'github' as const;
  readonly host: string;
  private readonly owner: string;
  private readonly repo: string;
  private readonly shape: Shape;
  private readonly fetch: FetchLike;
  private loaded: Promise<Loaded> | undefined;

  constructor(
    readonly path: string,
    private readonly options: ClientOptions,
    readonly session: HttpSession = new HttpSession(),
    fetch?: FetchLike,
  ) {
    this.host = new URL(options.apiBaseUrl).host;
    const slash = path.indexOf('/');
    this.owner = path.slice(0, slash);
    this.repo = path.slice(slash + 1);
    this.shape = new Shape(this.host);
    this.fetch = fetch ?? guardedFetch({ ...options, authHeader: (token) => ['authorization', `token ${token}`] }, this.session);
  }

  forRepository(path: string): ForgeClient {
    return new GitHubClient(path, this.options, this.session, this.fetch);
  }

  private octokit(): Promise<Loaded> {
    this.loaded ??= (async () => {
      const [{ Octokit: Base }, { retry }, { throttling }] = await Promise.all([import('@octokit/rest'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
      const WithPlugins = Base.plugin(retry, throttling);
      const quiet = (): void => undefined;
      const octokit = new WithPlugins({
        baseUrl: this.options.apiBaseUrl.replace(/\/+$/, ''),
        userAgent: 'onramp',
        // No `auth`: guardedFetch adds the token, and only for the API's own origin.
        request: { fetch: this.fetch },
        // Octokit would log to the console; nothing it could log is for the user.
        log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
        retry: { retries: this.options.retries ?? 2, retryAfterBaseValue: this.options.retryAfterMs ?? 1000 },
        throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false },
      });
      return { octokit: octokit as unknown as Octokit };
    })();
    return this.loaded;
  }

  /** Runs a request and turns whatever it throws into a ForgeError. */
  private async call<T>(work: (octokit: Octokit) => Promise<T>): Promise<T> {
    const { octokit } = await this.octokit();
    try {
      return await work(octokit);
    } catch (error) {
      throw this.toForgeError(error);
    }
  }

  private toForgeError(error: unknown): ForgeError {
    const found = findForgeError(error);
    if (found) return found;
    const status = (error as { status?: unknown }).status;
    const headers = ((error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {}) as Record<string, string>;
    if (typeof status === 'number' && status >= 400) return new ForgeError(problemForStatus(status, headers, this.host, this.options.token !== undefined));
    // A body that is not the JSON GitHub documents trips Octokit's or our own reading of it.
    return new ForgeError({ kind: 'malformed', host: this.host, what: 'unexpected answer' });
  }

  private async paginate(route: string, params: Record<string, unknown>, limit: number, maxPages = Infinity): Promise<unknown[]> {
    return this.call(async (octokit) => {
      const items: unknown[] = [];
      let pages = 0;
      for await (const page of octokit.paginate.iterator(route, { owner: this.owner, repo: this.repo, per_page: this.options.perPage ?? 100, ...params })) {
        items.push(...this.shape.array(page.data, 'a page of results'));
        if (items.length >= limit || ++pages >= maxPages) break;
      }
      return items.slice(0, limit);
    });
  }

  async getRepository(): Promise<RepositoryInfo> {
    const data = await this.call(async (octokit) => (await octokit.request('GET /repos/{owner}/{repo}', { owner: this.owner, repo: this.repo })).data as unknown);
    const repo = this.shape.object(data, 'the repository');
    const parent = repo.parent && typeof repo.parent === 'object' ? (repo.parent as Json) : null;
    const permissions = repo.permissions && typeof repo.permissions === 'object' ? (repo.permissions as Json) : null;
    return {
      path: this.shape.string(repo.full_name, 'the repository name'),
      webUrl: this.shape.string(repo.html_url, 'the repository address'),
      defaultBranch: optionalString(repo.default_branch),
      fork: repo.fork === true,
      parent: parent ? { path: this.shape.string(parent.full_name, 'the parent name'), webUrl: this.shape.string(parent.html_url, 'the parent address'), cloneUrl: optionalString(parent.clone_url) } : null,
      permissions: permissions ? { canAssign: ['admin', 'maintain', 'push', 'triage'].some((p) => permissions[p] === true), canPush: ['admin', 'maintain', 'push'].some((p) => permissions[p] === true) } : null,
      private: repo.private === true,
      empty: repo.size === 0,
    };
  }

  async listLabels(): Promise<ForgeLabel[]> {
    const items = await this.paginate('GET /repos/{owner}/{repo}/labels', {}, DEFAULT_LIMIT);
    return items.map((item) => {
      const label = this.shape.object(item, 'a label');
      return { name: this.shape.string(label.name, 'a label name'), description: optionalString(label.description) };
    });
  }

  async getIssue(number: number): Promise<ForgeIssue | null> {
    const data = await this.call(async (octokit) => (await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: this.owner, repo: this.repo, issue_number: number })).data as unknown);
    return this.issue(data);
  }

  /** One listing per label: the API's `labels` filter means "all of", and a beginner label is any one of them. */
  async listOpenIssues(labels: readonly string[], limit = DEFAULT_LIMIT): Promise<ForgeIssue[]> {
    const byNumber = new Map<number, ForgeIssue>();
    for (const label of labels.length > 0 ? labels : [undefined]) {
      const items = await this.paginate('GET /repos/{owner}/{repo}/issues', { state: 'open', assignee: 'none', ...(label === undefined ? {} : { labels: label }) }, limit);
      for (const item of items) {
        const issue = this.issue(item);
        if (issue && !byNumber.has(issue.number)) byNumber.set(issue.number, issue);
      }
      if (byNumber.size >= limit) break;
    }
    return [...byNumber.values()].slice(0, limit);
  }

  /** An issue, or null for a pull request (the issues listing includes them). */
  private issue(item: unknown): ForgeIssue | null {
    const raw = this.shape.object(item, 'an issue');
    if (raw.pull_request !== undefined) return null;
    const names = (list: unknown, key: string): string[] =>
      (Array.isArray(list) ? list : []).map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Json)[key] : undefined)).filter((x): x is string => typeof x === 'string');
    const assignees = names(raw.assignees, 'login');
    if (raw.assignee && typeof raw.assignee === 'object' && assignees.length === 0) assignees.push(...names([raw.assignee], 'login'));
    return {
      number: this.shape.number(raw.number, 'an issue number'),
      title: this.shape.string(raw.title, 'an issue title'),
      url: this.shape.string(raw.html_url, 'an issue address'),
      labels: names(raw.labels, 'name'),
      assignees,
      author: raw.user && typeof raw.user === 'object' ? optionalString((raw.user as Json).login) : null,
      comments: typeof raw.comments === 'number' ? raw.comments : 0,
      createdAt: this.shape.time(raw.created_at, 'an issue date'),
      updatedAt: this.shape.time(raw.updated_at, 'an issue date'),
      body: optionalString(raw.body) ?? '',
    };
  }

  async listOpenPullRequests(limit = DEFAULT_LIMIT): Promise<OpenPullRequest[]> {
    const items = await this.paginate('GET /repos/{owner}/{repo}/pulls', { state: 'open' }, limit);
    return items.map((item) => {
      const pr = this.shape.object(item, 'a pull request');
      const title = this.shape.string(pr.title, 'a pull request title');
      const head = pr.head && typeof pr.head === 'object' ? optionalString((pr.head as Json).ref) : null;
      return {
        number: this.shape.number(pr.number, 'a pull request number'),
        title,
        url: this.shape.string(pr.html_url, 'a pull request address'),
        author: pr.user && typeof pr.user === 'object' ? optionalString((pr.user as Json).login) : null,
        linkedIssues: linkedIssueNumbers({ title, body: optionalString(pr.body), branch: head }, this.path),
      };
    });
  }

  /**
   * The repository's comments updated since `since` (rounded down to the day, so the URL, and with it the
   * cached ETag, stays the same all day), kept for the given issues.
   */
  async recentComments(issues: readonly number[], since: number): Promise<ForgeComment[]> {
    if (issues.length === 0) return [];
    const day = new Date(since);
    day.setUTCHours(0, 0, 0, 0);
    const wanted = new Set(issues);
    const items = await this.paginate('GET /repos/{owner}/{repo}/issues/comments', { since: day.toISOString(), sort: 'updated', direction: 'desc' }, DEFAULT_LIMIT * 10, MAX_COMMENT_PAGES);
    const comments: ForgeComment[] = [];
    for (const item of items) {
      const raw = this.shape.object(item, 'a comment');
      const issue = Number(/\/issues\/(\d+)$/.exec(optionalString(raw.issue_url) ?? '')?.[1]);
      const createdAt = this.shape.time(raw.created_at, 'a comment date');
      if (!wanted.has(issue) || createdAt < since) continue;
      const role: CommentRole = MAINTAINER_ASSOCIATIONS.has(String(raw.author_association)) ? 'maintainer' : 'other';
      const author = raw.user && typeof raw.user === 'object' ? (optionalString((raw.user as Json).login) ?? '') : '';
      comments.push({ issue, author, role, body: optionalString(raw.body) ?? '', createdAt });
    }
    return comments;
  }

  /**
   * What newcomer health is computed from (src/core/health/fromGitHub.ts): issues and pull requests updated
   * since `since` (rounded down to the day, so the cached ETags hold all day), their comments, the repository's
   * issue events, open pull requests and, for those `reviewsOf` picks, their reviews and (with `checks`) their
   * head commit's statuses and check runs. Each listing stops at
   * `limit` items; `capped` names the listings that did.
   */
  async listActivity(since: number, options: { limit?: number; reviewsOf?: (openPulls: readonly unknown[], issues: readonly unknown[]) => readonly number[]; checks?: boolean } = {}): Promise<{ activity: GitHubActivity; capped: string[] }> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const day = new Date(since);
    day.setUTCHours(0, 0, 0, 0);
    const capped: string[] = [];
    const list = async (what: string, route: string, params: Record<string, unknown>): Promise<unknown[]> => {
      const items = await this.paginate(route, params, limit + 1);
      if (items.length > limit) capped.push(`${what} (the ${limit} most recent)`);
      return items.slice(0, limit);
    };
    const issues = await list('issues and pull requests', 'GET /repos/{owner}/{repo}/issues', { state: 'all', since: day.toISOString(), sort: 'created', direction: 'desc' });
    const comments = await list('comments', 'GET /repos/{owner}/{repo}/issues/comments', { since: day.toISOString(), sort: 'created', direction: 'desc' });
    const events = await list('issue events', 'GET /repos/{owner}/{repo}/issues/events', {});
    const openPulls = await list('open pull requests', 'GET /repos/{owner}/{repo}/pulls', { state: 'open' });
    const reviews = new Map<number, unknown[]>();
    const checks = new Map<number, { status: unknown; checkRuns: unknown }>();
    const heads = new Map(openPulls.map((p) => p as { number?: unknown; head?: { sha?: unknown } }).map((p) => [p.number, p.head?.sha]));
    for (const n of options.reviewsOf?.(openPulls, issues) ?? []) {
      reviews.set(n, await this.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { pull_number: n }, 100));
      const sha = heads.get(n);
      // The head commit's combined status (commit statuses) and its check runs (Actions and apps): two requests,
      // one page each (100 is more checks than a commit has).
      if (options.checks && typeof sha === 'string') checks.set(n, await this.headChecks(sha));
    }
    return { activity: { issues, comments, events, openPulls, reviews, checks }, capped };
  }

  private async headChecks(ref: string): Promise<{ status: unknown; checkRuns: unknown }> {
    return this.call(async (octokit) => ({
      status: (await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner: this.owner, repo: this.repo, ref, per_page: 100 })).data as unknown,
      checkRuns: (await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner: this.owner, repo: this.repo, ref, per_page: 100 })).data as unknown,
    }));
  }

  async createComment(issue: number, body: string): Promise<void> {
    await this.call((octokit) => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: this.owner, repo: this.repo, issue_number: issue, body }));
  }

  async addAssignee(issue: number, login: string): Promise<void> {
    await this.call((octokit) => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', { owner: this.owner, repo: this.repo, issue_number: issue, assignees: [login] }));
  }

  async whoAmI(): Promise<ForgeUser | null> {
    if (this.options.token === undefined) return null;
    const data = await this.call(async (octokit) => (await octokit.request('GET /user')).data as unknown);
    return { login: this.shape.string(this.shape.object(data, 'the user').login, 'the user name') };
  }

  async getFile(path: string, ref: string | null, maxBytes: number): Promise<ForgeFile> {
    // The path is put in the route as it is (each segment encoded), so its slashes stay slashes.
    const route = `GET /repos/{owner}/{repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
    const data = await this.call(async (octokit) => (await octokit.request(route, { owner: this.owner, repo: this.repo, ...(ref === null ? {} : { ref }) })).data as unknown);
    const answer = this.session.lastAnswer;
    return { text: fileText(data, this.host, maxBytes), fetchedAt: answer?.fetchedAt ?? Date.now(), stale: answer?.stale ?? false };
  }

  async createPullRequest(request: NewPullRequest): Promise<PullRequestRef> {
    const head = request.headOwner && request.headOwner.toLowerCase() !== this.owner.toLowerCase() ? `${request.headOwner}:${request.branch}` : request.branch;
    const data = await this.call(async (octokit) => (await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner: this.owner, repo: this.repo, title: request.title, body: request.body, head, base: request.base, draft: request.draft })).data as unknown);
    return this.pullRef(data);
  }

  async findOpenPullRequest(branch: string, headOwner: string | null, _headRepository: string | null = null): Promise<PullRequestRef | null> {
    const head = `${headOwner ?? this.owner}:${branch}`;
    const data = await this.call(async (octokit) => (await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: this.owner, repo: this.repo, head, state: 'open', per_page: 1 })).data as unknown);
    const list = this.shape.array(data, 'the pull requests');
    return list.length > 0 ? this.pullRef(list[0]) : null;
  }

  async createFork(): Promise<RepositoryInfo> {
    const data = await this.call(async (octokit) => (await octokit.request('POST /repos/{owner}/{repo}/forks', { owner: this.owner, repo: this.repo })).data as unknown);
    const fork = this.shape.object(data, 'the fork');
    return this.forRepository(this.shape.string(fork.full_name, 'the fork name')).getRepository();
  }

  private pullRef(data: unknown): PullRequestRef {
    const pr = this.shape.object(data, 'a pull request');
    return { number: this.shape.number(pr.number, 'a pull request number'), url: this.shape.string(pr.html_url, 'a pull request address'), draft: pr.draft === true };
  }
}
