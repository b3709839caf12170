/**
 * Crafted forge answers in the shapes GitHub and GitLab document (only the fields Onramp reads, plus a few), for
 * what @octokit/fixtures has no recording of: a whole repository with labels, issues, pull requests and
 * comments; long paginated listings; a GitLab project.
 */
import { createHash } from 'node:crypto';
import { RecordedRequest, Reply, ReplayServer } from './replayServer';

export interface IssueSpec {
  readonly number: number;
  readonly title: string;
  readonly labels?: readonly string[];
  readonly assignees?: readonly string[];
  readonly comments?: number;
  readonly createdAt: string;
  readonly updatedAt?: string;
  readonly body?: string;
  readonly author?: string;
  readonly pullRequest?: boolean;
}

export interface PullSpec {
  readonly number: number;
  readonly title: string;
  readonly body?: string;
  readonly branch?: string;
  readonly author?: string;
  /** The head commit (checks are read from it); a stand-in derived from the number when not given. */
  readonly sha?: string;
}

export interface CommentSpec {
  readonly issue: number;
  readonly author: string;
  readonly body: string;
  readonly createdAt: string;
  readonly association?: 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE';
}

export interface GitHubRepoSpec {
  readonly path: string;
  readonly labels: readonly string[];
  readonly issues: readonly IssueSpec[];
  readonly pulls?: readonly PullSpec[];
  readonly comments?: readonly CommentSpec[];
  readonly defaultBranch?: string;
  readonly parent?: string;
  readonly permissions?: Record<string, boolean>;
}

const etagOf = (body: unknown): string => `"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;

/** The stand-in head commit of a crafted pull request that names none. */
export const headSha = (pullNumber: number): string => createHash('sha1').update(`pull ${pullNumber}`).digest('hex');

/** A listing answered page by page (`page`, `per_page`), with GitHub-style Link headers and per-page ETags. */
export function paginated(server: ReplayServer, items: () => readonly unknown[]): (request: RecordedRequest) => Reply {
  return (request) => {
    const url = new URL(request.url, server.url);
    const perPage = Math.min(Number(url.searchParams.get('per_page')) || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page')) || 1, 1);
    const all = items();
    const last = Math.max(Math.ceil(all.length / perPage), 1);
    const body = all.slice((page - 1) * perPage, page * perPage);
    const at = (p: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(p));
      return `${server.url}${next.pathname}${next.search}`;
    };
    const links = [...(page < last ? [`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`] : []), ...(page > 1 ? [`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`] : [])];
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return { body, etag: etagOf(body), headers };
  };
}

export function githubIssue(path: string, spec: IssueSpec): Record<string, unknown> {
  return {
    url: `https://api.github.com/repos/${path}/issues/${spec.number}`,
    html_url: `https://github.com/${path}/${spec.pullRequest ? 'pull' : 'issues'}/${spec.number}`,
    number: spec.number,
    title: spec.title,
    user: { login: spec.author ?? 'reporter' },
    labels: (spec.labels ?? []).map((name) => ({ name, color: 'ededed' })),
    state: 'open',
    assignee: spec.assignees?.length ? { login: spec.assignees[0] } : null,
    assignees: (spec.assignees ?? []).map((login) => ({ login })),
    comments: spec.comments ?? 0,
    created_at: spec.createdAt,
    updated_at: spec.updatedAt ?? spec.createdAt,
    body: spec.body ?? null,
    ...(spec.pullRequest ? { pull_request: { url: `https://api.github.com/repos/${path}/pulls/${spec.number}` } } : {}),
  };
}

/** Routes for one GitHub repository: the repository, labels, issues (filtered like the API), pulls, comments. */
export function addGitHubRepo(server: ReplayServer, spec: GitHubRepoSpec): void {
  const base = `/repos/${spec.path}`;
  const repo = (path: string, parent: string | undefined) => ({
    full_name: path,
    html_url: `https://github.com/${path}`,
    clone_url: `https://github.com/${path}.git`,
    default_branch: spec.defaultBranch ?? 'main',
    fork: parent !== undefined,
    private: false,
    size: 120,
    ...(parent ? { parent: { full_name: parent, html_url: `https://github.com/${parent}`, clone_url: `https://github.com/${parent}.git` } } : {}),
    ...(spec.permissions ? { permissions: spec.permissions } : {}),
  });
  const repoBody = repo(spec.path, spec.parent);
  server.add(
    { path: base, reply: { body: repoBody, etag: etagOf(repoBody) } },
    { path: `${base}/labels`, reply: paginated(server, () => spec.labels.map((name) => ({ name, description: null, color: 'ededed' }))) },
    {
      path: `${base}/issues`,
      query: { state: 'open' },
      reply: (request) => {
        const url = new URL(request.url, server.url);
        const label = url.searchParams.get('labels');
        const unassigned = url.searchParams.get('assignee') === 'none';
        return paginated(server, () =>
          spec.issues.filter((i) => (label === null || (i.labels ?? []).includes(label)) && (!unassigned || !(i.assignees ?? []).length)).map((i) => githubIssue(spec.path, i)),
        )(request);
      },
    },
    {
      path: `${base}/pulls`,
      query: { state: 'open' },
      reply: paginated(server, () =>
        (spec.pulls ?? []).map((p) => ({ number: p.number, title: p.title, body: p.body ?? null, html_url: `https://github.com/${spec.path}/pull/${p.number}`, user: { login: p.author ?? 'contributor' }, head: { ref: p.branch ?? 'patch-1', sha: p.sha ?? headSha(p.number) }, requested_reviewers: [], requested_teams: [], state: 'open' })),
      ),
    },
    {
      path: `${base}/issues/comments`,
      reply: paginated(server, () =>
        (spec.comments ?? []).map((c, k) => ({ id: k + 1, issue_url: `https://api.github.com/repos/${spec.path}/issues/${c.issue}`, user: { login: c.author }, body: c.body, created_at: c.createdAt, updated_at: c.createdAt, author_association: c.association ?? 'NONE' })),
      ),
    },
  );
  for (const issue of spec.issues) {
    const body = githubIssue(spec.path, issue);
    server.add({ path: `${base}/issues/${issue.number}`, reply: { body, etag: etagOf(body) } });
  }
}

export interface GitLabProjectSpec {
  readonly path: string;
  readonly labels: readonly string[];
  readonly issues: readonly IssueSpec[];
  readonly mergeRequests?: readonly PullSpec[];
  readonly notes?: readonly CommentSpec[];
  readonly forkedFrom?: string;
}

/** Routes for one GitLab project under /api/v4. */
export function addGitLabProject(server: ReplayServer, spec: GitLabProjectSpec): void {
  const base = `/api/v4/projects/${encodeURIComponent(spec.path)}`;
  const project = {
    id: 42,
    path_with_namespace: spec.path,
    web_url: `https://gitlab.com/${spec.path}`,
    default_branch: 'main',
    visibility: 'public',
    empty_repo: false,
    permissions: { project_access: null, group_access: null },
    ...(spec.forkedFrom ? { forked_from_project: { path_with_namespace: spec.forkedFrom, web_url: `https://gitlab.com/${spec.forkedFrom}`, http_url_to_repo: `https://gitlab.com/${spec.forkedFrom}.git` } } : {}),
  };
  server.add(
    { path: base, reply: { body: project, etag: etagOf(project) } },
    { path: `${base}/labels`, reply: paginated(server, () => spec.labels.map((name, k) => ({ id: k + 1, name, description: null }))) },
    {
      path: `${base}/issues`,
      query: { state: 'opened', assignee_id: 'None' },
      reply: (request) => {
        const label = new URL(request.url, server.url).searchParams.get('labels');
        return paginated(server, () =>
          spec.issues
            .filter((i) => (label === null || (i.labels ?? []).includes(label)) && !(i.assignees ?? []).length)
            .map((i) => gitlabIssue(spec.path, i)),
        )(request);
      },
    },
    {
      path: `${base}/merge_requests`,
      query: { state: 'opened' },
      reply: paginated(server, () => (spec.mergeRequests ?? []).map((m) => ({ iid: m.number, title: m.title, description: m.body ?? null, source_branch: m.branch ?? 'patch-1', web_url: `https://gitlab.com/${spec.path}/-/merge_requests/${m.number}`, author: { username: m.author ?? 'contributor' } }))),
    },
  );
  for (const issue of spec.issues) {
    server.add({ path: `${base}/issues/${issue.number}`, reply: { body: gitlabIssue(spec.path, issue) } });
    server.add({
      path: `${base}/issues/${issue.number}/notes`,
      reply: paginated(server, () => (spec.notes ?? []).filter((n) => n.issue === issue.number).map((n, k) => ({ id: k + 1, body: n.body, author: { username: n.author }, created_at: n.createdAt, system: false }))),
    });
  }
}

function gitlabIssue(path: string, i: IssueSpec): Record<string, unknown> {
  return { iid: i.number, title: i.title, web_url: `https://gitlab.com/${path}/-/issues/${i.number}`, labels: i.labels ?? [], assignees: (i.assignees ?? []).map((username) => ({ username })), author: { username: i.author ?? 'reporter' }, user_notes_count: i.comments ?? 0, created_at: i.createdAt, updated_at: i.updatedAt ?? i.createdAt, description: i.body ?? null, state: 'opened' };
}
