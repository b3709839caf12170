/**
 * GitLab (gitlab.com and self-managed) over its plain REST API (v4): no client library covers it as Octokit
 * covers GitHub while staying small. Every request goes through `guardedFetch` (token in `PRIVATE-TOKEN`, to the
 * API's origin only; timeout; ETag cache). Pagination follows the `Link` header; 5xx answers are retried like
 * Octokit's retry plugin does; a 429 is reported at once with its reset time.
 */
import { FetchLike, HttpSession, guardedFetch } from './http';
import { linkedIssueNumbers } from './linkedIssues';
import { ForgeError, problemForStatus } from './problems';
import { Json, Shape, optionalString } from './shape';
import { ClientOptions } from './clientOptions';
import { fileText } from './fileContent';
import type { GitLabActivity } from '../health/fromGitLab';
import { ForgeClient, ForgeComment, ForgeFile, ForgeIssue, ForgeLabel, ForgeUser, NewPullRequest, OpenPullRequest, PullRequestRef, RepositoryInfo } from './types';

const DEFAULT_LIMIT = 1000;
/** Notes of at most this many issues are read per refresh (one request each). */
const MAX_ISSUES_WITH_NOTES = 30;
/** GitLab's access levels: 20 is Reporter, who may assign issues. */
const REPORTER = 20;
/** GitLab's developer access level: may push branches. */
const DEVELOPER = 30;

export class GitLabClient implements ForgeClient {
  readonly kind = 'gitlab' as const;
  readonly host: string;
  private readonly shape: Shape;
  private readonly fetch: FetchLike;
  private readonly base: string;

  constructor(
    readonly path: string,
    private readonly options: ClientOptions,
    readonly session: HttpSession = new HttpSession(),
    fetch?: FetchLike,
  ) {
    this.host = new URL(options.apiBaseUrl).host;
    this.shape = new Shape(this.host);
    this.base = `${options.apiBaseUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(path)}`;
    this.fetch = fetch ?? guardedFetch({ ...options, authHeader: (token) => ['private-token', token] }, this.session);
  }

  forRepository(path: string): ForgeClient {
    return new GitLabClient(path, this.options, this.session, this.fetch);
  }

  private async send(url: string, init: RequestInit = {}): Promise<{ data: unknown; link: string | null }> {
    const retries = this.options.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      let answer: Response;
      try {
        answer = await this.fetch(url, { ...init, headers: { accept: 'application/json', 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) } });
      } catch (error) {
        if (error instanceof ForgeError) throw error;
        throw new ForgeError({ kind: 'offline', host: this.host });
      }
      if (answer.status >= 500 && attempt < retries) {
        await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * (this.options.retryAfterMs ?? 1000)));
        continue;
      }
      const text = await answer.text();
      if (answer.status >= 400) throw new ForgeError(problemForStatus(answer.status, Object.fromEntries(answer.headers), this.host, this.options.token !== undefined));
      if (answer.status === 204 || text === '') return { data: null, link: null };
      try {
        return { data: JSON.parse(text) as unknown, link: answer.headers.get('link') };
      } catch {
        this.shape.fail('not JSON');
      }
    }
  }

  private async paginate(url: string, limit: number, maxPages = Infinity): Promise<unknown[]> {
    const items: unknown[] = [];
    let next: string | null = url;
    for (let page = 0; next !== null && items.length < limit && page < maxPages; page++) {
      const { data, link }: { data: unknown; link: string | null } = await this.send(next);
      items.push(...this.shape.array(data, 'a page of results'));
      next = /<([^>]+)>;\s*rel="next"/.exec(link ?? '')?.[1] ?? null;
    }
    return items.slice(0, limit);
  }

  private query(params: Record<string, string | number | undefined>): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries({ per_page: this.options.perPage ?? 100, ...params })) if (value !== undefined) search.set(name, String(value));
    return `?${search}`;
  }

  async getRepository(): Promise<RepositoryInfo> {
    const repo = this.shape.object((await this.send(this.base)).data, 'the project');
    const parent = repo.forked_from_project && typeof repo.forked_from_project === 'object' ? (repo.forked_from_project as Json) : null;
    const access = (key: string): number => {
      const holder = repo.permissions && typeof repo.permissions === 'object' ? ((repo.permissions as Json)[key] as Json | null) : null;
      return holder && typeof holder.access_level === 'number' ? holder.access_level : 0;
    };
    return {
      path: this.shape.string(repo.path_with_namespace, 'the project path'),
      webUrl: this.shape.string(repo.web_url, 'the project address'),
      defaultBranch: optionalString(repo.default_branch),
      fork: parent !== null,
      parent: parent ? { path: this.shape.string(parent.path_with_namespace, 'the parent path'), webUrl: this.shape.string(parent.web_url, 'the parent address'), cloneUrl: optionalString(parent.http_url_to_repo) } : null,
      permissions: repo.permissions ? { canAssign: Math.max(access('project_access'), access('group_access')) >= REPORTER, canPush: Math.max(access('project_access'), access('group_access')) >= DEVELOPER } : null,
      private: repo.visibility === 'private',
      empty: repo.empty_repo === true,
    };
  }

  async listLabels(): Promise<ForgeLabel[]> {
    const items = await this.paginate(`${this.base}/labels${this.query({})}`, DEFAULT_LIMIT);
    return items.map((item) => {
      const label = this.shape.object(item, 'a label');
      return { name: this.shape.string(label.name, 'a label name'), description: optionalString(label.description) };
    });
  }

  async getIssue(number: number): Promise<ForgeIssue | null> {
    return this.issue((await this.send(`${this.base}/issues/${number}`)).data);
  }

  async listOpenIssues(labels: readonly string[], limit = DEFAULT_LIMIT): Promise<ForgeIssue[]> {
    const byNumber = new Map<number, ForgeIssue>();
    for (const label of labels.length > 0 ? labels : [undefined]) {
      const items = await this.paginate(`${this.base}/issues${this.query({ state: 'opened', assignee_id: 'None', labels: label })}`, limit);
      for (const item of items) {
        const issue = this.issue(item);
        if (!byNumber.has(issue.number)) byNumber.set(issue.number, issue);
      }
      if (byNumber.size >= limit) break;
    }
    return [...byNumber.values()].slice(0, limit);
  }

  private issue(item: unknown): ForgeIssue {
    const raw = this.shape.object(item, 'an issue');
    const users = (list: unknown): string[] => (Array.isArray(list) ? list : []).map((u) => (u && typeof u === 'object' ? (u as Json).username : undefined)).filter((u): u is string => typeof u === 'string');
    return {
      number: this.shape.number(raw.iid, 'an issue number'),
      title: this.shape.string(raw.title, 'an issue title'),
      url: this.shape.string(raw.web_url, 'an issue address'),
      labels: (Array.isArray(raw.labels) ? raw.labels : []).filter((l): l is string => typeof l === 'string'),
      assignees: users(raw.assignees),
      author: users([raw.author])[0] ?? null,
      comments: typeof raw.user_notes_count === 'number' ? raw.user_notes_count : 0,
      createdAt: this.shape.time(raw.created_at, 'an issue date'),
      updatedAt: this.shape.time(raw.updated_at, 'an issue date'),
      body: optionalString(raw.description) ?? '',
    };
  }

  async listOpenPullRequests(limit = DEFAULT_LIMIT): Promise<OpenPullRequest[]> {
    const items = await this.paginate(`${this.base}/merge_requests${this.query({ state: 'opened' })}`, limit);
    return items.map((item) => {
      const mr = this.shape.object(item, 'a merge request');
      const title = this.shape.string(mr.title, 'a merge request title');
      return {
        number: this.shape.number(mr.iid, 'a merge request number'),
        title,
        url: this.shape.string(mr.web_url, 'a merge request address'),
        author: mr.author && typeof mr.author === 'object' ? optionalString((mr.author as Json).username) : null,
        linkedIssues: linkedIssueNumbers({ title, body: optionalString(mr.description), branch: optionalString(mr.source_branch) }, this.path),
      };
    });
  }

  /**
   * GitLab has no repository-wide comment listing, so notes are read per issue (newest first, one page). Notes
   * do not say the author's role; maintainers are not told apart here.
   */
  async recentComments(issues: readonly number[], since: number): Promise<ForgeComment[]> {
    const comments: ForgeComment[] = [];
    for (const issue of issues.slice(0, MAX_ISSUES_WITH_NOTES)) {
      const { data } = await this.send(`${this.base}/issues/${issue}/notes${this.query({ sort: 'desc', order_by: 'created_at' })}`);
      for (const item of this.shape.array(data, 'the notes')) {
        const note = this.shape.object(item, 'a note');
        if (note.system === true) continue;
        const createdAt = this.shape.time(note.created_at, 'a note date');
        if (createdAt < since) continue;
        const author = note.author && typeof note.author === 'object' ? (optionalString((note.author as Json).username) ?? '') : '';
        comments.push({ issue, author, role: 'other', body: optionalString(note.body) ?? '', createdAt });
      }
    }
    return comments;
  }

  /**
   * What newcomer health is computed from (src/core/health/fromGitLab.ts): issues and merge requests updated
   * since `since` (rounded down to the day, so cached ETags hold all day), the project's members, and, within
   * `maxDetailed` each: the history of non-member authors (one merged merge request before the period?), the
   * notes of their items, the label events of beginner issues and the pipelines of open merge requests by
   * possible first-timers. GitLab has no repository-wide notes listing, so notes cost one request per item.
   */
  async listActivity(since: number, options: { limit?: number; maxDetailed: number; beginnerLabels: readonly string[] }): Promise<{ activity: GitLabActivity; capped: string[] }> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const max = options.maxDetailed;
    const day = new Date(since);
    day.setUTCHours(0, 0, 0, 0);
    const capped: string[] = [];
    const list = async (what: string, url: string): Promise<Json[]> => {
      const items = await this.paginate(url, limit + 1);
      if (items.length > limit) capped.push(`${what} (the ${limit} most recent)`);
      return items.slice(0, limit).map((item) => this.shape.object(item, `one of the ${what}`));
    };
    const window = { state: 'all', updated_after: day.toISOString(), order_by: 'created_at', sort: 'desc' };
    const issues = await list('issues', `${this.base}/issues${this.query({ ...window, scope: 'all' })}`);
    const mergeRequests = await list('merge requests', `${this.base}/merge_requests${this.query({ ...window, scope: 'all' })}`);
    const members = await this.paginate(`${this.base}/members/all${this.query({})}`, DEFAULT_LIMIT);
    const maintainers = new Set(members.map((m) => m as Json).filter((m) => typeof m.access_level === 'number' && m.access_level >= DEVELOPER).map((m) => m.username));
    const authorOf = (item: Json) => (item.author && typeof item.author === 'object' ? optionalString((item.author as Json).username) : null);
    const bounded = <T>(what: string, all: readonly T[]): readonly T[] => {
      if (all.length > max) capped.push(`${what} read for ${max} of ${all.length}`);
      return all.slice(0, max);
    };

    // Newest first, as listed: the authors and items nearest to now are the ones read when a bound is hit.
    const outsiders = [...new Set([...mergeRequests, ...issues].map(authorOf).filter((a): a is string => a !== null && !maintainers.has(a)))];
    const historyRead = new Set<string>();
    const contributedBefore = new Set<string>();
    for (const author of bounded('the earlier contributions of authors', outsiders)) {
      const { data } = await this.send(`${this.base}/merge_requests${this.query({ author_username: author, state: 'merged', created_before: day.toISOString(), per_page: 1 })}`);
      historyRead.add(author);
      if (this.shape.array(data, 'the merge requests').length > 0) contributedBefore.add(author);
    }
    const newcomer = (item: Json) => {
      const author = authorOf(item);
      return author !== null && historyRead.has(author) && !contributedBefore.has(author);
    };
    const notes = new Map<string, unknown[]>();
    const noted = [...mergeRequests.map((item) => ({ key: `mr:${String(item.iid)}`, path: `merge_requests/${String(item.iid)}`, item })), ...issues.map((item) => ({ key: `issue:${String(item.iid)}`, path: `issues/${String(item.iid)}`, item }))]
      .filter(({ item }) => typeof item.iid === 'number' && !maintainers.has(authorOf(item) ?? ''))
      // Newcomers' items first: theirs are the figures this is for.
      .sort((a, b) => Number(newcomer(b.item)) - Number(newcomer(a.item)));
    for (const { key, path } of bounded('the notes of issues and merge requests by non-members', noted)) {
      notes.set(key, this.shape.array((await this.send(`${this.base}/${path}/notes${this.query({ sort: 'asc', order_by: 'created_at' })}`)).data, 'the notes'));
    }
    const beginner = new Set(options.beginnerLabels.map((l) => l.toLowerCase()));
    const labelEvents = new Map<number, unknown[]>();
    const labelled = issues.filter((i) => typeof i.iid === 'number' && Array.isArray(i.labels) && i.labels.some((l) => typeof l === 'string' && beginner.has(l.toLowerCase())));
    for (const issue of bounded('the label history of beginner issues', labelled)) {
      labelEvents.set(issue.iid as number, this.shape.array((await this.send(`${this.base}/issues/${String(issue.iid)}/resource_label_events${this.query({})}`)).data, 'the label events'));
    }
    const pipelines = new Map<number, unknown[]>();
    const openByNewcomers = mergeRequests.filter((mr) => mr.state === 'opened' && typeof mr.iid === 'number' && newcomer(mr));
    for (const mr of bounded('the pipelines of open first-timer merge requests', openByNewcomers)) {
      pipelines.set(mr.iid as number, this.shape.array((await this.send(`${this.base}/merge_requests/${String(mr.iid)}/pipelines${this.query({ per_page: 1 })}`)).data, 'the pipelines'));
    }
    return { activity: { issues, mergeRequests, members, notes, labelEvents, pipelines, historyRead, contributedBefore }, capped };
  }

  async createComment(issue: number, body: string): Promise<void> {
    await this.send(`${this.base}/issues/${issue}/notes`, { method: 'POST', body: JSON.stringify({ body }) });
  }

  async addAssignee(issue: number, login: string): Promise<void> {
    const { data } = await this.send(`${this.options.apiBaseUrl.replace(/\/+$/, '')}/users${this.query({ username: login })}`);
    const user = this.shape.object(this.shape.array(data, 'the users')[0], 'the user');
    await this.send(`${this.base}/issues/${issue}`, { method: 'PUT', body: JSON.stringify({ assignee_ids: [this.shape.number(user.id, 'the user id')] }) });
  }

  async whoAmI(): Promise<ForgeUser | null> {
    if (this.options.token === undefined) return null;
    const { data } = await this.send(`${this.options.apiBaseUrl.replace(/\/+$/, '')}/user`);
    return { login: this.shape.string(this.shape.object(data, 'the user').username, 'the user name') };
  }

  /** GitLab's files API needs a ref; `HEAD` is the default branch. */
  async getFile(path: string, ref: string | null, maxBytes: number): Promise<ForgeFile> {
    const { data } = await this.send(`${this.base}/repository/files/${encodeURIComponent(path)}?ref=${encodeURIComponent(ref ?? 'HEAD')}`);
    const answer = this.session.lastAnswer;
    return { text: fileText(data, this.host, maxBytes), fetchedAt: answer?.fetchedAt ?? Date.now(), stale: answer?.stale ?? false };
  }

  /** A merge request; from a fork it is opened on the fork's project with this project as its target. */
  async createPullRequest(request: NewPullRequest): Promise<PullRequestRef> {
    const api = this.options.apiBaseUrl.replace(/\/+$/, '');
    const fromFork = request.headRepository !== null && request.headRepository.toLowerCase() !== this.path.toLowerCase();
    let target: number | undefined;
    if (fromFork) target = this.shape.number(this.shape.object((await this.send(this.base)).data, 'the project').id, 'the project id');
    const source = fromFork ? `${api}/projects/${encodeURIComponent(request.headRepository ?? '')}` : this.base;
    const title = request.draft && !/^draft:/i.test(request.title) ? `Draft: ${request.title}` : request.title;
    const { data } = await this.send(`${source}/merge_requests`, {
      method: 'POST',
      body: JSON.stringify({ source_branch: request.branch, target_branch: request.base, title, description: request.body, ...(target !== undefined ? { target_project_id: target } : {}) }),
    });
    return this.mergeRef(data);
  }

  async findOpenPullRequest(branch: string, _headOwner: string | null, headRepository: string | null): Promise<PullRequestRef | null> {
    const { data } = await this.send(`${this.base}/merge_requests${this.query({ state: 'opened', source_branch: branch, per_page: 20 })}`);
    for (const item of this.shape.array(data, 'the merge requests')) {
      const mr = this.shape.object(item, 'a merge request');
      // From a fork, the source project differs; without knowing its id, the branch name is what can be matched.
      if (headRepository === null || typeof mr.source_project_id === 'number') return this.mergeRef(mr);
    }
    return null;
  }

  async createFork(): Promise<RepositoryInfo> {
    const { data } = await this.send(`${this.base}/fork`, { method: 'POST', body: '{}' });
    const fork = this.shape.object(data, 'the fork');
    return this.forRepository(this.shape.string(fork.path_with_namespace, 'the fork path')).getRepository();
  }

  private mergeRef(data: unknown): PullRequestRef {
    const mr = this.shape.object(data, 'a merge request');
    return { number: this.shape.number(mr.iid, 'a merge request number'), url: this.shape.string(mr.web_url, 'a merge request address'), draft: mr.draft === true || mr.work_in_progress === true };
  }
}
