import * as assert from 'node:assert/strict';
import { health, median, waitingOn } from '../../../src/core/health/figures';
import { HealthData, HealthIssue, HealthPull, Reply, Role, roleOf } from '../../../src/core/health/types';

const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();
const maintainer = (day: number, hour = 0, author = 'm1'): Reply => ({ author, role: 'maintainer', at: at(day, hour) });

function issue(number: number, author: string, role: Role, created: string, more: Partial<HealthIssue> = {}): HealthIssue {
  return { number, url: `https://example.test/i/${number}`, title: `issue ${number}`, author, role, createdAt: created, labels: [], assignees: [], replies: [], ...more };
}
function pull(number: number, author: string, role: Role, created: string, more: Partial<HealthPull> = {}): HealthPull {
  return { number, url: `https://example.test/p/${number}`, title: `pull ${number}`, author, role, createdAt: created, replies: [], ...more };
}

const GFI = 'good first issue';

/** A month of a small project; each figure below is worked out by hand in the test that asserts it. */
const data: HealthData = {
  now: at(10),
  beginnerLabels: [GFI],
  issues: [
    issue(1, 'newbie1', 'first-timer', at(1), { labels: [GFI], beginnerLabelledAt: at(1), assignedAt: at(1, 12), assignees: ['alice'], replies: [maintainer(1, 6)] }),
    issue(2, 'regular', 'other', at(2), { labels: [GFI], beginnerLabelledAt: at(2), closedAt: at(4), replies: [maintainer(2, 2)] }),
    issue(3, 'newbie2', 'first-timer', at(5), { labels: [GFI], beginnerLabelledAt: at(5), replies: [{ author: 'newbie2', role: 'first-timer', at: at(5, 1) }, { author: 'passer', role: 'other', at: at(6) }] }),
    issue(4, 'm1', 'maintainer', at(5), { labels: ['Good First Issue'] }),
    issue(5, 'regular2', 'other', at(4), { labels: [GFI], beginnerLabelledAt: at(6), assignedAt: at(5), closedAt: at(8), assignees: ['bob'], replies: [maintainer(4, 10)] }),
  ],
  pulls: [
    pull(10, 'newbie1', 'first-timer', at(2), { mergedAt: at(3), closedAt: at(3), replies: [maintainer(2, 4)] }),
    pull(11, 'newbie1', 'other', at(5), { reviewRequested: true }),
    pull(12, 'newbie3', 'first-timer', at(3), { closedAt: at(4), replies: [maintainer(3, 8)] }),
    pull(13, 'newbie4', 'first-timer', at(4), { mergedAt: at(8), closedAt: at(8), replies: [{ author: 'newbie4', role: 'first-timer', at: at(4, 0) }, maintainer(4, 1)] }),
    pull(14, 'newbie5', 'first-timer', at(5), { changesRequested: true, checks: 'failing', reviewRequested: true, replies: [maintainer(6)] }),
    pull(15, 'newbie6', 'first-timer', at(5), { checks: 'failing' }),
    pull(16, 'newbie7', 'first-timer', at(6), { reviewRequested: true, checks: 'passing' }),
    pull(17, 'newbie8', 'first-timer', at(6), { replies: [maintainer(7, 6)] }),
    pull(18, 'newbie9', 'first-timer', at(7)),
    pull(19, 'regular', 'other', at(1), { mergedAt: at(2), closedAt: at(2), replies: [maintainer(1, 20)] }),
  ],
};

const numbers = (refs: readonly { number: number }[]) => refs.map((r) => r.number);

describe('newcomer health figures', () => {
  const h = health(data);

  it('supply: open unassigned beginner issues now, and the median time from the label to being taken', () => {
    // #1 is assigned, #2 and #5 are closed; #4's label differs only in case. Taken: #1 12 h after its label,
    // #2 closed after 48 h, #5 assigned before its label (not counted) and closed 48 h after it: median of 12, 48, 48.
    assert.deepEqual(numbers(h.supply.available), [3, 4]);
    assert.deepEqual(h.supply.labelledToTaken, { hours: 48, count: 3 });
    assert.deepEqual(numbers(h.supply.waiting), [3], 'only #3 has a label date and is still waiting');
    assert.equal(h.supply.available[0].url, 'https://example.test/i/3');
  });

  it('response: the median time to a maintainer\'s first reply, first-timers against everyone else who is not a maintainer', () => {
    // First-timers: #1 6 h, #10 4 h, #12 8 h, #13 1 h (its author's own reply does not count), #14 24 h, #17 30 h:
    // 1, 4, 6, 8, 24, 30 → (6 + 8) / 2 = 7. #3 has replies but none by a maintainer.
    assert.deepEqual(h.response.firstTimers.firstResponse, { hours: 7, count: 6 });
    assert.deepEqual(numbers(h.response.firstTimers.unanswered), [3, 15, 16, 18]);
    // Others: #2 2 h, #5 10 h, #19 20 h; #4 is a maintainer's own and left out.
    assert.deepEqual(h.response.others.firstResponse, { hours: 10, count: 3 });
    assert.deepEqual(numbers(h.response.others.unanswered), [11]);
  });

  it('outcome: first-timers\' pull requests merged, closed unmerged and open, with where each open one waits', () => {
    assert.deepEqual(numbers(h.outcome.merged), [10, 13]);
    assert.deepEqual(numbers(h.outcome.closedUnmerged), [12]);
    assert.deepEqual(numbers(h.outcome.open), [14, 15, 16, 17, 18]);
    // #10 24 h, #13 96 h.
    assert.deepEqual(h.outcome.timeToMerge, { hours: 60, count: 2 });
    assert.deepEqual(
      Object.fromEntries(Object.entries(h.outcome.waiting).map(([k, v]) => [k, numbers(v)])),
      { 'changes-requested': [14], 'failing-checks': [15], 'review-requested': [16], discussed: [17], silence: [18] },
    );
  });

  it('retention: first-timers who came back with a second pull request', () => {
    // newbie1 and newbie3..9 opened their first pull request as first-timers; regular did not.
    assert.equal(h.retention.firstTimers, 8);
    assert.deepEqual(h.retention.returned.map((r) => [r.author, r.first.number, r.next.number]), [['newbie1', 10, 11]]);
  });

  it('says nothing rather than zero when there is nothing to take a median of', () => {
    const empty = health({ now: at(10), beginnerLabels: [], issues: [], pulls: [] });
    assert.deepEqual(empty.supply.labelledToTaken, { hours: undefined, count: 0 });
    assert.deepEqual(empty.outcome.timeToMerge, { hours: undefined, count: 0 });
    assert.equal(empty.retention.firstTimers, 0);
  });

  it('an issue closed after "now" still counts as open now', () => {
    const later = health({ ...data, now: at(3) });
    assert.ok(numbers(later.supply.available).includes(2));
  });
});

describe('health helpers', () => {
  it('median of odd, even and no values', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 10]), 3.5);
    assert.equal(median([]), undefined);
  });

  it('maps GitHub\'s author associations to roles', () => {
    assert.deepEqual(['FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE', 'OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'MANNEQUIN', 'member'].map(roleOf), ['first-timer', 'first-timer', 'first-timer', 'maintainer', 'maintainer', 'maintainer', 'other', 'other', 'maintainer']);
  });

  it('an open pull request waits on its author before CI, on CI before a reviewer', () => {
    const p = pull(1, 'x', 'first-timer', at(1));
    assert.equal(waitingOn({ ...p, changesRequested: true, checks: 'failing', reviewRequested: true }), 'changes-requested');
    assert.equal(waitingOn({ ...p, checks: 'failing', reviewRequested: true }), 'failing-checks');
    assert.equal(waitingOn({ ...p, checks: 'pending', reviewRequested: true }), 'review-requested');
    assert.equal(waitingOn({ ...p, replies: [{ author: 'x', role: 'maintainer', at: at(2) }] }), 'silence', 'the author\'s own reply is no response');
  });
});
