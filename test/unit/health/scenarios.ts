/**
 * Crafted forge answers for newcomer health, as GitHub's and GitLab's REST APIs document them (trimmed to the
 * fields read), served by the replay server on 127.0.0.1. Times are hours before `now`, so the figures are the
 * same on any day. The figures each scenario must give were worked out by hand; they are in the comments here
 * and asserted by test/unit/health/collect.test.ts, the VS Code test and the browser test.
 */
import { ReplayServer } from '../../support/replayServer';

export const GITHUB_HEALTH_REPO = 'onramp-demo/widget';
export const GITLAB_HEALTH_PROJECT = 'group/app';

/**
 * GitHub, onramp-demo/widget. By hand:
 * - supply: #31 open, unassigned, "good first issue" (1 available); #33 labelled 100 h ago, assigned 76 h ago: 24 h to taken.
 * - response, first-timers (NONE, FIRST_TIME_CONTRIBUTOR): #31 answered by the owner after 3 h, #43 by a member after
 *   2 h: median 2.5 h over 2; unanswered #33 #40 #41 #42 #45 (5). Everyone else (CONTRIBUTOR): #32 after 10 h; #44 unanswered.
 * - outcome of first-timers' pull requests: merged #43 (24 h to merge), closed unmerged #45, open #40 #41 #42;
 *   #40 waits on failing checks (a failed commit status), #41 on its requested review (its check run passed; the
 *   combined state "pending" of a commit without statuses is not a failure), #42 on nobody (a run in progress, no reply).
 * - retention: 5 first-timers (ann, cid, eve, fay, gus), fay came back (#43 then #44).
 */
export function addGitHubHealth(server: ReplayServer, now = Date.now(), path = GITHUB_HEALTH_REPO): void {
  const ago = (hours: number) => new Date(now - hours * 3_600_000).toISOString();
  const base = `/repos/${path}`;
  const web = `https://github.com/${path}`;
  const user = (login: string) => ({ login });
  const issue = (number: number, title: string, login: string, association: string, created: number, more: Record<string, unknown> = {}) => ({
    number,
    title,
    html_url: `${web}/${'pull_request' in more ? 'pull' : 'issues'}/${number}`,
    user: user(login),
    author_association: association,
    created_at: ago(created),
    closed_at: null,
    labels: [],
    assignees: [],
    ...more,
  });
  const pr = (merged: number | null) => ({ pull_request: { merged_at: merged === null ? null : ago(merged) } });
  const comment = (n: number, login: string, association: string, at: number) => ({ issue_url: `https://api.github.com${base}/issues/${n}`, user: user(login), author_association: association, created_at: ago(at) });
  // The listing is newest first, as GitHub sorts it with sort=created&direction=desc.
  const issues = [
    issue(44, 'Add a --separator option', 'fay', 'CONTRIBUTOR', 20, pr(null)),
    issue(32, 'Document --max-length', 'dan', 'CONTRIBUTOR', 30),
    issue(40, 'Fix the slug of emoji', 'ann', 'FIRST_TIME_CONTRIBUTOR', 40, pr(null)),
    issue(31, 'Typo in README', 'ann', 'NONE', 50, { labels: [{ name: 'good first issue' }] }),
    issue(41, 'Trim dashes', 'cid', 'FIRST_TIME_CONTRIBUTOR', 60, pr(null)),
    issue(42, 'Support Unicode titles', 'eve', 'FIRST_TIME_CONTRIBUTOR', 70, pr(null)),
    issue(43, 'Fix the changelog link', 'fay', 'FIRST_TIME_CONTRIBUTOR', 80, { ...pr(56), closed_at: ago(56) }),
    issue(45, 'Rewrite in Rust', 'gus', 'FIRST_TIME_CONTRIBUTOR', 90, { ...pr(null), closed_at: ago(85) }),
    issue(33, 'Add a --lowercase flag', 'bea', 'NONE', 100, { labels: [{ name: 'good first issue' }], assignees: [user('bea')] }),
  ];
  const status = (state: string, statuses: string[]) => ({ state, total_count: statuses.length, statuses: statuses.map((s, k) => ({ state: s, context: `ci/${k}` })) });
  const runs = (list: [string, string | null][]) => ({ total_count: list.length, check_runs: list.map(([s, conclusion], k) => ({ id: k + 1, name: `test ${k}`, status: s, conclusion })) });
  server.add(
    { path: `${base}/labels`, reply: { body: [{ name: 'good first issue', description: null }, { name: 'bug', description: null }] } },
    { path: `${base}/issues`, query: { state: 'all' }, reply: { body: issues, etag: '"issues-1"' } },
    { path: `${base}/issues/comments`, reply: { body: [comment(31, 'maya', 'OWNER', 47), comment(32, 'maya', 'OWNER', 20), comment(43, 'max', 'MEMBER', 78), comment(40, 'ann', 'FIRST_TIME_CONTRIBUTOR', 39)] } },
    {
      path: `${base}/issues/events`,
      reply: { body: [{ event: 'labeled', label: { name: 'good first issue' }, issue: { number: 33 }, created_at: ago(100) }, { event: 'assigned', issue: { number: 33 }, created_at: ago(76) }] },
    },
    {
      path: `${base}/pulls`,
      query: { state: 'open' },
      reply: {
        body: [
          { number: 44, head: { sha: 'fff' }, requested_reviewers: [], requested_teams: [] },
          { number: 40, head: { sha: 'aaa' }, requested_reviewers: [user('maya')], requested_teams: [] },
          { number: 41, head: { sha: 'bbb' }, requested_reviewers: [user('maya')], requested_teams: [] },
          { number: 42, head: { sha: 'ccc' }, requested_reviewers: [], requested_teams: [] },
        ],
      },
    },
    ...[40, 41, 42].map((n) => ({ path: `${base}/pulls/${n}/reviews`, reply: { body: [] } })),
    { path: `${base}/commits/aaa/status`, reply: { body: status('failure', ['success', 'failure']), etag: '"status-aaa"' } },
    { path: `${base}/commits/aaa/check-runs`, reply: { body: runs([]), etag: '"runs-aaa"' } },
    { path: `${base}/commits/bbb/status`, reply: { body: status('pending', []), etag: '"status-bbb"' } },
    { path: `${base}/commits/bbb/check-runs`, reply: { body: runs([['completed', 'success']]), etag: '"runs-bbb"' } },
    { path: `${base}/commits/ccc/status`, reply: { body: status('pending', []), etag: '"status-ccc"' } },
    { path: `${base}/commits/ccc/check-runs`, reply: { body: runs([['completed', 'success'], ['in_progress', null]]), etag: '"runs-ccc"' } },
  );
}

/**
 * GitLab, group/app; members maya (Maintainer, 40) and dev (Developer, 30) are maintainers, rep (Reporter, 20) is
 * not; old had a merge request merged before the period. By hand:
 * - supply: #5 open, unassigned, labelled (1 available); #7 labelled 100 h ago, "assigned to @lee" 90 h ago: 10 h.
 * - response, first-timers: #5 after 4 h (maya), !12 after 2 h (maya), !13 after 1 h (dev): median 2 h over 3;
 *   unanswered #7, !11 (only the reporter replied), !15 (3). Everyone else: #6 after 6 h (dev); !14 unanswered.
 * - outcome: merged !13 (12 h to merge), closed unmerged !15, open !11 (its pipeline failed) and !12 (changes
 *   requested, though its pipeline passed). ned's !14 came after his first merge, so it is not a first-timer's.
 * - retention: 4 first-timers (ned, kim, lee, pat), ned came back (!13 then !14).
 */
export function addGitLabHealth(server: ReplayServer, now = Date.now(), path = GITLAB_HEALTH_PROJECT): void {
  const ago = (hours: number) => new Date(now - hours * 3_600_000).toISOString();
  const base = `/api/v4/projects/${encodeURIComponent(path)}`;
  const web = `https://gitlab.com/${path}`;
  const author = (username: string) => ({ username });
  const issue = (iid: number, title: string, by: string, created: number, more: Record<string, unknown> = {}) => ({ iid, title, web_url: `${web}/-/issues/${iid}`, author: author(by), created_at: ago(created), closed_at: null, state: 'opened', labels: [], assignees: [], ...more });
  const mr = (iid: number, title: string, by: string, created: number, more: Record<string, unknown> = {}) => ({ iid, title, web_url: `${web}/-/merge_requests/${iid}`, author: author(by), created_at: ago(created), closed_at: null, merged_at: null, state: 'opened', reviewers: [], detailed_merge_status: 'mergeable', ...more });
  const note = (by: string, at: number, system = false, body = 'Thanks!') => ({ id: at, body, author: author(by), created_at: ago(at), system });
  const mergeRequests = [
    mr(16, 'Release 2.0', 'maya', 10, { state: 'merged', merged_at: ago(9) }),
    mr(14, 'Second fix', 'ned', 20),
    mr(11, 'Fix the footer', 'kim', 40, { reviewers: [author('maya')], detailed_merge_status: 'not_approved' }),
    mr(12, 'Translate the README', 'lee', 60, { detailed_merge_status: 'requested_changes' }),
    mr(15, 'Add a logo', 'pat', 70, { state: 'closed', closed_at: ago(65) }),
    mr(13, 'Fix a typo', 'ned', 80, { state: 'merged', merged_at: ago(68) }),
  ];
  const issues = [
    issue(6, 'Crash on empty input', 'old', 30),
    issue(5, 'Translate the footer', 'kim', 50, { labels: ['Good First Issue'] }),
    issue(7, 'Add a dark theme', 'lee', 100, { labels: ['Good First Issue'], assignees: [author('lee')] }),
  ];
  const notes: Record<string, unknown[]> = {
    'issues/5': [note('maya', 46)],
    'issues/6': [note('dev', 24)],
    'issues/7': [note('lee', 95), note('maya', 90, true, 'assigned to @lee')],
    'merge_requests/11': [note('rep', 39)],
    'merge_requests/12': [note('maya', 58)],
    'merge_requests/13': [note('dev', 79)],
    'merge_requests/14': [],
    'merge_requests/15': [],
  };
  server.add(
    { path: `${base}/labels`, reply: { body: [{ id: 1, name: 'Good First Issue', description: null }, { id: 2, name: 'bug', description: null }] } },
    { path: `${base}/issues`, query: { state: 'all' }, reply: { body: issues } },
    { path: `${base}/merge_requests`, query: { state: 'all' }, reply: { body: mergeRequests } },
    { path: `${base}/members/all`, reply: { body: [{ username: 'maya', access_level: 40 }, { username: 'dev', access_level: 30 }, { username: 'rep', access_level: 20 }] } },
    ...['ned', 'kim', 'lee', 'pat', 'old'].map((who) => ({
      path: `${base}/merge_requests`,
      query: { state: 'merged', author_username: who },
      reply: { body: who === 'old' ? [mr(2, 'An old fix', 'old', 2000, { state: 'merged', merged_at: ago(1990) })] : [] },
    })),
    ...Object.entries(notes).map(([item, body]) => ({ path: `${base}/${item}/notes`, reply: { body } })),
    { path: `${base}/issues/5/resource_label_events`, reply: { body: [{ action: 'add', label: { name: 'Good First Issue' }, created_at: ago(50) }] } },
    { path: `${base}/issues/7/resource_label_events`, reply: { body: [{ action: 'add', label: { name: 'good first issue' }, created_at: ago(100) }, { action: 'add', label: { name: 'bug' }, created_at: ago(101) }] } },
    { path: `${base}/merge_requests/11/pipelines`, reply: { body: [{ id: 3, status: 'failed' }, { id: 2, status: 'success' }] } },
    { path: `${base}/merge_requests/12/pipelines`, reply: { body: [{ id: 4, status: 'success' }] } },
    { path: `${base}/merge_requests/14/pipelines`, reply: { body: [] } },
  );
}
