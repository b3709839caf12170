/**
 * The forge answers of `npm start`'s offline demo: the demo project's remote names github.com/onramp-demo/widget,
 * and the picker's API URL points at a replay server serving this. Dates are relative to now, so the reasons
 * ("a maintainer replied 2 days ago") read the same on any day.
 */
import { ReplayServer } from './replayServer';
import { addGitHubRepo } from './forgeScenarios';

export const DEMO_REPOSITORY = 'onramp-demo/widget';

export function addDemoScenario(server: ReplayServer, now = Date.now()): void {
  const daysAgo = (n: number) => new Date(now - n * 86_400_000).toISOString();
  addGitHubRepo(server, {
    path: DEMO_REPOSITORY,
    labels: ['bug', 'documentation', 'enhancement', 'good first issue', 'help wanted', 'blocked'],
    permissions: { pull: true, triage: false, push: false },
    issues: [
      { number: 12, title: 'slugify() keeps a trailing dash for titles ending in punctuation', labels: ['bug', 'good first issue'], createdAt: daysAgo(9), updatedAt: daysAgo(2), comments: 2 },
      { number: 15, title: 'Document the --max-length option in the README', labels: ['documentation', 'good first issue'], createdAt: daysAgo(20), updatedAt: daysAgo(20), comments: 0 },
      { number: 17, title: 'Support Unicode titles in slugs', labels: ['enhancement', 'help wanted'], createdAt: daysAgo(40), updatedAt: daysAgo(6), comments: 3 },
      { number: 18, title: 'Add a --lowercase=false flag', labels: ['enhancement', 'good first issue'], createdAt: daysAgo(5), comments: 1 },
      { number: 21, title: 'Port the CLI to Deno', labels: ['help wanted', 'blocked'], createdAt: daysAgo(60), updatedAt: daysAgo(30), comments: 0 },
      { number: 22, title: 'Fix the changelog link', labels: ['good first issue'], createdAt: daysAgo(3), comments: 0 },
    ],
    pulls: [{ number: 23, title: 'Fix changelog link', body: 'Fixes #22', branch: '22-fix-changelog-link', author: 'quick-contributor' }],
    comments: [
      { issue: 12, author: 'maya-maintainer', body: 'Confirmed. A fix with a test is welcome!', createdAt: daysAgo(2), association: 'OWNER' },
      { issue: 12, author: 'newcomer', body: 'Does this also happen with a trailing dot?', createdAt: daysAgo(2) },
      { issue: 17, author: 'maya-maintainer', body: 'Happy to review a pull request for this.', createdAt: daysAgo(6), association: 'OWNER' },
      { issue: 18, author: 'sam', body: "I'd like to work on this!", createdAt: daysAgo(1) },
    ],
  });
}
