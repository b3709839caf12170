/**
 * Crafted GitHub answers for opening a pull request, on the replay server: the repository (with the user's
 * permissions), the open pull requests of a head (`?head=owner:branch`), creating one (422 when one exists,
 * as GitHub answers), and forking. Created pull requests are remembered, so a second attempt finds the first.
 */
import type { RecordedRequest, ReplayServer } from './replayServer';

export interface PullRequestScenario {
  /** "owner/name" of the upstream repository. */
  readonly upstream: string;
  readonly login: string;
  readonly canPush: boolean;
  /** Pull requests already open, by head (`owner:branch`). */
  readonly existing?: Readonly<Record<string, number>>;
  /** Answer the creation with this status instead (e.g. 403). */
  readonly createStatus?: number;
}

export function addPullRequestRoutes(server: ReplayServer, scenario: PullRequestScenario): { created: () => RecordedRequest[] } {
  const [owner, name] = scenario.upstream.split('/');
  const open = new Map<string, number>(Object.entries(scenario.existing ?? {}));
  const web = `https://github.com/${scenario.upstream}`;
  const pr = (number: number, draft = false) => ({ number, html_url: `${web}/pull/${number}`, draft, state: 'open' });
  const repository = (path: string, fork: boolean, canPush: boolean) => ({
    full_name: path,
    html_url: `https://github.com/${path}`,
    default_branch: 'main',
    fork,
    private: false,
    size: 10,
    permissions: { admin: false, maintain: false, push: canPush, triage: false, pull: true },
    ...(fork ? { parent: { full_name: scenario.upstream, html_url: web, clone_url: `${web}.git` } } : {}),
  });
  server.add(
    { method: 'GET', path: '/user', reply: { body: { login: scenario.login } } },
    { method: 'GET', path: `/repos/${owner}/${name}`, reply: { body: repository(scenario.upstream, false, scenario.canPush) } },
    { method: 'GET', path: `/repos/${scenario.login}/${name}`, reply: { body: repository(`${scenario.login}/${name}`, true, true) } },
    { method: 'POST', path: `/repos/${owner}/${name}/forks`, reply: { status: 202, body: repository(`${scenario.login}/${name}`, true, true) } },
    {
      method: 'GET',
      path: `/repos/${owner}/${name}/pulls`,
      reply: (request) => {
        const head = new URL(request.url, 'http://x').searchParams.get('head') ?? '';
        const number = open.get(head);
        return { body: number === undefined ? [] : [pr(number)] };
      },
    },
    {
      method: 'POST',
      path: `/repos/${owner}/${name}/pulls`,
      reply: (request) => {
        if (scenario.createStatus) return { status: scenario.createStatus, body: { message: 'Resource not accessible by integration' } };
        const sent = JSON.parse(request.body) as { head: string; draft?: boolean };
        const head = sent.head.includes(':') ? sent.head : `${owner}:${sent.head}`;
        if (open.has(head)) return { status: 422, body: { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${head}.` }] } };
        const number = 100 + open.size + 1;
        open.set(head, number);
        return { status: 201, body: pr(number, sent.draft === true) };
      },
    },
  );
  return { created: () => server.requests.filter((r) => r.method === 'POST' && r.url.startsWith(`/repos/${owner}/${name}/pulls`)) };
}
