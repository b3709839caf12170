/**
 * The history behind "Onramp: Show Newcomer Health" in `npm start`'s offline demo: the demo's open issues and pull
 * request (test/support/demoScenario.ts) plus closed first contributions, so every figure has something to show.
 * Only the routes health adds are served here (everything listed with `state=all`, issue events, reviews and checks);
 * the open listings and comments are the demo scenario's own, so the picker and the health page tell one story.
 * Add before addDemoScenario: the first route that matches answers, and the comments route here is the narrower one.
 */
import { ReplayServer } from './replayServer';
import { DEMO_REPOSITORY } from './demoScenario';
import { headSha } from './forgeScenarios';

export function addDemoHealth(server: ReplayServer, now = Date.now()): void {
  const base = `/repos/${DEMO_REPOSITORY}`;
  const web = `https://github.com/${DEMO_REPOSITORY}`;
  const daysAgo = (n: number) => new Date(now - n * 86_400_000).toISOString();
  const item = (number: number, title: string, login: string, association: string, created: number, more: Record<string, unknown> = {}) => ({
    number,
    title,
    html_url: `${web}/${'pull_request' in more ? 'pull' : 'issues'}/${number}`,
    user: { login },
    author_association: association,
    created_at: daysAgo(created),
    closed_at: null,
    labels: [],
    assignees: [],
    ...more,
  });
  const pull = (merged: number | null) => ({ pull_request: { merged_at: merged === null ? null : daysAgo(merged) } });
  const labels = (...names: string[]) => ({ labels: names.map((name) => ({ name })) });
  // Newest first, as GitHub sorts with sort=created&direction=desc.
  const everything = [
    item(23, 'Fix changelog link', 'quick-contributor', 'FIRST_TIME_CONTRIBUTOR', 1, pull(null)),
    item(22, 'Fix the changelog link', 'maya-maintainer', 'OWNER', 3, labels('good first issue')),
    item(18, 'Add a --lowercase=false flag', 'maya-maintainer', 'OWNER', 5, labels('enhancement', 'good first issue')),
    item(20, 'Add a --max-length option', 'lin', 'CONTRIBUTOR', 8, { ...pull(7), closed_at: daysAgo(7) }),
    item(12, 'slugify() keeps a trailing dash for titles ending in punctuation', 'newcomer', 'NONE', 9, labels('bug', 'good first issue')),
    item(19, 'Rewrite the CLI with a framework', 'kai', 'FIRST_TIME_CONTRIBUTOR', 12, { ...pull(null), closed_at: daysAgo(10) }),
    item(16, 'Trim whitespace before slugifying', 'lin', 'FIRST_TIME_CONTRIBUTOR', 14, { ...pull(12), closed_at: daysAgo(12) }),
    item(15, 'Document the --max-length option in the README', 'maya-maintainer', 'OWNER', 20, labels('documentation', 'good first issue')),
    item(14, 'Typo in the usage text', 'ola', 'FIRST_TIME_CONTRIBUTOR', 25, { ...pull(24), closed_at: daysAgo(24) }),
    item(13, 'Explain how to run the tests', 'maya-maintainer', 'OWNER', 28, { ...labels('good first issue'), assignees: [{ login: 'ola' }], closed_at: daysAgo(25) }),
  ];
  const comment = (issue: number, login: string, association: string, at: number) => ({
    issue_url: `https://api.github.com${base}/issues/${issue}`,
    user: { login },
    author_association: association,
    body: 'Thanks!',
    created_at: daysAgo(at),
    updated_at: daysAgo(at),
  });
  server.add(
    { path: `${base}/issues`, query: { state: 'all' }, reply: { body: everything, etag: '"demo-health-issues"' } },
    {
      // The health page reads every comment of the period, sorted by creation; the picker's listing (sort=updated) stays the scenario's.
      path: `${base}/issues/comments`,
      query: { sort: 'created' },
      reply: { body: [comment(23, 'maya-maintainer', 'OWNER', 0.5), comment(20, 'maya-maintainer', 'OWNER', 7.5), comment(19, 'maya-maintainer', 'OWNER', 11), comment(16, 'maya-maintainer', 'OWNER', 13), comment(14, 'maya-maintainer', 'OWNER', 24.5), comment(12, 'maya-maintainer', 'OWNER', 2)] },
    },
    {
      path: `${base}/issues/events`,
      reply: { body: [{ event: 'labeled', label: { name: 'good first issue' }, issue: { number: 13 }, created_at: daysAgo(28) }, { event: 'assigned', issue: { number: 13 }, created_at: daysAgo(26) }] },
    },
    { path: `${base}/pulls/23/reviews`, reply: { body: [] } },
    { path: `${base}/commits/${headSha(23)}/status`, reply: { body: { state: 'failure', total_count: 1, statuses: [{ state: 'failure', context: 'ci/test' }] } } },
    { path: `${base}/commits/${headSha(23)}/check-runs`, reply: { body: { total_count: 0, check_runs: [] } } },
  );
}
