import * as assert from 'node:assert/strict';
import { GitHubClient } from '../../../src/core/forge/github';
import { collectHealth } from '../../../src/core/health/collect';
import type { ItemRef } from '../../../src/core/health/types';
import { ReplayServer } from '../../support/replayServer';
import { addDemoHealth } from '../../support/demoHealth';
import { addDemoPullRequests } from '../../support/demoPullRequests';
import { addDemoScenario, DEMO_REPOSITORY } from '../../support/demoScenario';

const numbers = (items: readonly ItemRef[]) => items.map((i) => i.number);

/** `npm start`'s demo serves these answers (scripts/replay-server.mjs): Show Newcomer Health must have figures there. */
describe("the demo's newcomer health, offline on the replay server", function () {
  this.timeout(20_000);
  let server: ReplayServer;
  beforeEach(async () => {
    server = await ReplayServer.start();
    addDemoPullRequests(server, { upstream: DEMO_REPOSITORY, onCreated: () => undefined });
    addDemoHealth(server);
    addDemoScenario(server);
  });
  afterEach(async () => {
    await server.close();
  });

  it('answers every request of the health page, with figures worked out by hand', async () => {
    const { health: h, sampled } = await collectHealth(new GitHubClient(DEMO_REPOSITORY, { apiBaseUrl: server.url, retryAfterMs: 1 }), { days: 30, now: Date.now() });
    assert.deepEqual(server.unanswered, []);
    assert.deepEqual(sampled, []);
    // First-timers' pull requests: #16 (lin) and #14 (ola) merged after 2 days and 1 day, #19 closed, #23 open with a failed status.
    assert.deepEqual([numbers(h.outcome.merged).sort(), numbers(h.outcome.closedUnmerged), numbers(h.outcome.open)], [[14, 16], [19], [23]]);
    assert.deepEqual(h.outcome.timeToMerge, { hours: 36, count: 2 });
    assert.deepEqual(numbers(h.outcome.waiting['failing-checks']), [23]);
    // lin came back: #16 as a first-timer, then #20.
    assert.deepEqual(h.retention.returned.map((r) => [r.author, r.first.number, r.next.number]), [['lin', 16, 20]]);
    // The open, unassigned good first issues are the ones the picker shows.
    assert.deepEqual(numbers(h.supply.available).sort((a, b) => a - b), [12, 15, 18, 22]);
  });

  it("leaves the picker its own answers: the comment listing it asks for is the demo scenario's", async () => {
    const answer = await fetch(`${server.url}/repos/${DEMO_REPOSITORY}/issues/comments?sort=updated&direction=desc`);
    const bodies = ((await answer.json()) as { body: string }[]).map((c) => c.body);
    assert.ok(bodies.includes("I'd like to work on this!"), "the claim on #18 that the picker's readiness relies on");
  });
});
