import * as assert from 'node:assert/strict';
import { healthFromGitHub } from '../../../src/core/health/fromGitHub';
import { health } from '../../../src/core/health/figures';

const user = (login: string) => ({ login });
const issueUrl = (n: number) => `https://api.github.test/repos/o/r/issues/${n}`;

/** GitHub REST answers as the API documents them, trimmed to the fields read. */
const activity = {
  issues: [
    { number: 1, title: 'Fix a typo', html_url: 'https://github.test/o/r/issues/1', user: user('ann'), author_association: 'NONE', created_at: '2026-03-01T00:00:00Z', closed_at: null, labels: [{ name: 'good first issue' }], assignees: [user('bo')] },
    { number: 2, title: 'Add docs', html_url: 'https://github.test/o/r/pull/2', user: user('ann'), author_association: 'FIRST_TIME_CONTRIBUTOR', created_at: '2026-03-02T00:00:00Z', closed_at: null, pull_request: { merged_at: null } },
    { number: 3, title: 'Refactor', html_url: 'https://github.test/o/r/pull/3', user: user('max'), author_association: 'MEMBER', created_at: '2026-03-02T00:00:00Z', closed_at: '2026-03-03T00:00:00Z', pull_request: { merged_at: '2026-03-03T00:00:00Z' } },
    { number: 4, title: 'no author', html_url: 'https://github.test/o/r/issues/4', user: null, created_at: '2026-03-02T00:00:00Z' },
  ],
  comments: [
    { issue_url: issueUrl(1), user: user('max'), author_association: 'OWNER', created_at: '2026-03-01T05:00:00Z' },
    { issue_url: issueUrl(2), user: user('ann'), author_association: 'FIRST_TIME_CONTRIBUTOR', created_at: '2026-03-02T01:00:00Z' },
  ],
  events: [
    { event: 'labeled', label: { name: 'Good First Issue' }, issue: { number: 1 }, created_at: '2026-03-01T02:00:00Z' },
    { event: 'labeled', label: { name: 'bug' }, issue: { number: 1 }, created_at: '2026-03-01T01:00:00Z' },
    { event: 'assigned', issue: { number: 1 }, created_at: '2026-03-01T08:00:00Z' },
  ],
  openPulls: [{ number: 2, requested_reviewers: [], requested_teams: [] }],
  reviews: new Map([[2, [
    { user: user('max'), author_association: 'MEMBER', state: 'CHANGES_REQUESTED', submitted_at: '2026-03-02T03:00:00Z' },
    { user: user('max'), author_association: 'MEMBER', state: 'COMMENTED', submitted_at: '2026-03-02T04:00:00Z' },
  ]]]),
};

describe('health data from GitHub\'s answers', () => {
  const { data, skipped } = healthFromGitHub(activity, '2026-03-10T00:00:00Z', ['good first issue']);

  it('splits issues from pull requests, with roles from author_association, and leaves out what it cannot read', () => {
    assert.deepEqual(data.issues.map((i) => [i.number, i.role]), [[1, 'first-timer']]);
    assert.deepEqual(data.pulls.map((p) => [p.number, p.role, p.mergedAt ?? null]), [[2, 'first-timer', null], [3, 'maintainer', '2026-03-03T00:00:00Z']]);
    assert.equal(skipped, 1, '#4 has no author');
  });

  it('dates the beginner label (any case) and the first assignment from the issue events', () => {
    assert.equal(data.issues[0].beginnerLabelledAt, '2026-03-01T02:00:00Z');
    assert.equal(data.issues[0].assignedAt, '2026-03-01T08:00:00Z');
    assert.equal(health(data).supply.labelledToTaken.hours, 6);
  });

  it('counts comments and reviews as replies, and a maintainer\'s standing request for changes', () => {
    const pull = data.pulls[0];
    assert.equal(pull.changesRequested, true, 'a later COMMENTED review does not withdraw the request');
    assert.equal(pull.reviewRequested, false);
    const h = health(data);
    // #1 answered by the owner after 5 h, #2 by a member's review after 3 h (the author's own comment does not count).
    assert.deepEqual(h.response.firstTimers.firstResponse, { hours: 4, count: 2 });
    assert.deepEqual(h.outcome.waiting['changes-requested'].map((r) => r.url), ['https://github.test/o/r/pull/2']);
  });
});
