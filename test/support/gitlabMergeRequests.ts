import { RecordedRequest, ReplayServer } from './replayServer';

export const GITLAB_MR_PROJECT = 'tools/slugline';
const PROJECT = GITLAB_MR_PROJECT;
const ENCODED = encodeURIComponent(PROJECT);
const WEB = `https://gitlab.example.org/${PROJECT}`;

/** GitLab's answers for a project, its merge requests (by source branch) and creating one, as its REST API (v4) gives them. */
export function addGitLabProject(server: ReplayServer, options: { accessLevel: number; existing?: Readonly<Record<string, number>> }): { created: () => RecordedRequest[] } {
  const open = new Map(Object.entries(options.existing ?? {}));
  const mr = (iid: number, draft: boolean) => ({ id: 9000 + iid, iid, web_url: `${WEB}/-/merge_requests/${iid}`, draft, work_in_progress: draft, state: 'opened', source_project_id: 7 });
  server.add(
    { method: 'GET', path: '/api/v4/user', reply: { body: { id: 3, username: 'ada' } } },
    {
      method: 'GET',
      path: `/api/v4/projects/${ENCODED}`,
      reply: { body: { id: 7, path_with_namespace: PROJECT, web_url: WEB, default_branch: 'main', visibility: 'public', empty_repo: false, permissions: { project_access: { access_level: options.accessLevel }, group_access: null } } },
    },
    {
      method: 'GET',
      path: `/api/v4/projects/${ENCODED}/merge_requests`,
      reply: (request) => {
        const branch = new URL(request.url, 'http://x').searchParams.get('source_branch') ?? '';
        const iid = open.get(branch);
        return { body: iid === undefined ? [] : [mr(iid, false)] };
      },
    },
    {
      method: 'POST',
      path: `/api/v4/projects/${ENCODED}/merge_requests`,
      reply: (request) => {
        const sent = JSON.parse(request.body) as { source_branch: string; title: string };
        if (open.has(sent.source_branch)) return { status: 409, body: { message: ['Another open merge request already exists for this source branch'] } };
        const iid = 40 + open.size + 1;
        open.set(sent.source_branch, iid);
        return { status: 201, body: mr(iid, /^draft:/i.test(sent.title)) };
      },
    },
  );
  return { created: () => server.requests.filter((r) => r.method === 'POST' && r.url.startsWith(`/api/v4/projects/${ENCODED}/merge_requests`)) };
}

