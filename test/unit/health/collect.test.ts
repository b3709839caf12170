import * as assert from 'node:assert/strict';
import { ForgeError, MemoryResponseCache } from '../../../src/core/forge';
import { GitHubClient } from '../../../src/core/forge/github';
import { GitLabClient } from '../../../src/core/forge/gitlab';
import { collectHealth } from '../../../src/core/health/collect';
import { checksState } from '../../../src/core/health/fromGitHub';
import { pipelineState } from '../../../src/core/health/fromGitLab';
import type { ItemRef } from '../../../src/core/health/types';
import { ReplayServer } from '../../support/replayServer';
import { GITHUB_HEALTH_REPO, GITLAB_HEALTH_PROJECT, addGitHubHealth, addGitLabHealth } from './scenarios';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const numbers = (items: readonly ItemRef[]) => items.map((i) => i.number);

describe('newcomer health from a forge on 127.0.0.1 (figures worked out by hand in scenarios.ts)', function () {
  this.timeout(20_000);
  let server: ReplayServer;
  beforeEach(async () => {
    server = await ReplayServer.start();
  });
  afterEach(async () => {
    assert.deepEqual(server.unanswered, []);
    await server.close();
  });

  describe('GitHub', () => {
    const github = (cache?: MemoryResponseCache) => new GitHubClient(GITHUB_HEALTH_REPO, { apiBaseUrl: server.url, cache, retryAfterMs: 1 });

    it('gives supply, response, outcome with where the open ones wait (failing checks from the head commit), and retention', async () => {
      addGitHubHealth(server, NOW);
      const { health: h, sampled } = await collectHealth(github(), { days: 30, now: NOW });
      assert.deepEqual(numbers(h.supply.available), [31]);
      assert.deepEqual(h.supply.labelledToTaken, { hours: 24, count: 1 });
      assert.deepEqual(numbers(h.supply.taken), [33], 'each median names the items it is over');
      assert.deepEqual(h.response.firstTimers.firstResponse, { hours: 2.5, count: 2 });
      assert.deepEqual(numbers(h.response.firstTimers.answered), [31, 43]);
      assert.deepEqual(numbers(h.response.others.answered), [32]);
      assert.deepEqual(numbers(h.response.firstTimers.unanswered).sort(), [33, 40, 41, 42, 45]);
      assert.deepEqual(h.response.others.firstResponse, { hours: 10, count: 1 });
      assert.deepEqual(numbers(h.response.others.unanswered), [44]);
      assert.deepEqual([numbers(h.outcome.merged), numbers(h.outcome.closedUnmerged), numbers(h.outcome.open)], [[43], [45], [40, 41, 42]]);
      assert.deepEqual(h.outcome.timeToMerge, { hours: 24, count: 1 });
      assert.deepEqual(
        Object.fromEntries(Object.entries(h.outcome.waiting).map(([k, v]) => [k, numbers(v)])),
        { 'changes-requested': [], 'failing-checks': [40], 'review-requested': [41], discussed: [], silence: [42] },
      );
      assert.equal(h.retention.firstTimers, 5);
      assert.deepEqual(h.retention.returned.map((r) => [r.author, r.first.number, r.next.number]), [['fay', 43, 44]]);
      assert.deepEqual(sampled, []);
      // Checks only for the open first-timer pull requests' head commits; #44 (a returning contributor's) is not read.
      assert.ok(!server.requests.some((r) => r.url.includes('/commits/fff/')));
    });

    it('reads reviews and checks of at most N open first-timer pull requests, says so, and revalidates them with ETags', async () => {
      addGitHubHealth(server, NOW);
      const cache = new MemoryResponseCache();
      const first = await collectHealth(github(cache), { days: 30, now: NOW, maxDetailed: 2 });
      assert.deepEqual(first.sampled, ['reviews and checks read for the 2 newest of 3 open first-timer pull requests']);
      assert.ok(!server.requests.some((r) => r.url.includes('/commits/ccc/') || r.url.includes('/pulls/42/reviews')), '#42 is the third: not read');
      assert.deepEqual(numbers(first.health.outcome.waiting.silence), [42]);
      const notModifiedBefore = server.notModified;
      const again = await collectHealth(github(cache), { days: 30, now: NOW, maxDetailed: 2 });
      assert.deepEqual(again.health, first.health);
      // The issues listing and the four status and check-run answers carry ETags: asked again, they are 304s.
      assert.equal(server.notModified - notModifiedBefore, 5);
    });
  });

  it('GitHub: a used-up rate limit is a ForgeError with its reset time, not a crash', async () => {
    const reset = Math.floor(NOW / 1000) + 1800;
    server.add({ path: `/repos/${GITHUB_HEALTH_REPO}/labels`, reply: { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } } });
    await assert.rejects(collectHealth(new GitHubClient(GITHUB_HEALTH_REPO, { apiBaseUrl: server.url, retryAfterMs: 1 }), { days: 30, now: NOW }), (error: unknown) => {
      assert.ok(error instanceof ForgeError);
      assert.equal(error.problem.kind, 'rateLimited');
      assert.equal(error.problem.kind === 'rateLimited' && error.problem.resetAt, reset * 1000);
      return true;
    });
  });

  describe('GitLab', () => {
    it('gives the same figures from merge requests, issues, notes, members and author history', async () => {
      addGitLabHealth(server, NOW);
      const client = new GitLabClient(GITLAB_HEALTH_PROJECT, { apiBaseUrl: `${server.url}/api/v4`, retryAfterMs: 1 });
      const { health: h, sampled, kind } = await collectHealth(client, { days: 30, now: NOW });
      assert.equal(kind, 'gitlab');
      assert.deepEqual(numbers(h.supply.available), [5]);
      assert.deepEqual(h.supply.labelledToTaken, { hours: 10, count: 1 });
      assert.deepEqual(h.response.firstTimers.firstResponse, { hours: 2, count: 3 });
      assert.deepEqual(numbers(h.response.firstTimers.answered), [5, 12, 13]);
      assert.deepEqual(numbers(h.response.firstTimers.unanswered), [7, 11, 15]);
      assert.deepEqual(h.response.others.firstResponse, { hours: 6, count: 1 });
      assert.deepEqual(numbers(h.response.others.unanswered), [14]);
      assert.deepEqual([numbers(h.outcome.merged), numbers(h.outcome.closedUnmerged), numbers(h.outcome.open)], [[13], [15], [11, 12]]);
      assert.deepEqual(h.outcome.timeToMerge, { hours: 12, count: 1 });
      assert.deepEqual(numbers(h.outcome.waiting['failing-checks']), [11]);
      assert.deepEqual(numbers(h.outcome.waiting['changes-requested']), [12]);
      assert.equal(h.retention.firstTimers, 4);
      assert.deepEqual(h.retention.returned.map((r) => [r.author, r.first.number, r.next.number]), [['ned', 13, 14]]);
      assert.deepEqual(sampled, []);
      assert.ok(h.outcome.merged[0].url.startsWith('https://gitlab.com/group/app/-/merge_requests/'));
    });

    it('bounds the per-item requests and says what was sampled', async () => {
      addGitLabHealth(server, NOW);
      const client = new GitLabClient(GITLAB_HEALTH_PROJECT, { apiBaseUrl: `${server.url}/api/v4`, retryAfterMs: 1 });
      const { sampled } = await collectHealth(client, { days: 30, now: NOW, maxDetailed: 2 });
      assert.deepEqual(sampled, [
        'the earlier contributions of authors read for 2 of 5',
        'the notes of issues and merge requests by non-members read for 2 of 8',
      ]);
      // Only ned's and kim's histories were read, so only their open merge requests (!14, !11) can be a first-timer's.
      const perItem = server.requests.filter((r) => /\/(notes|pipelines)\?|author_username=/.test(r.url));
      assert.equal(perItem.length, 6);
    });
  });

  describe('classifying a head commit\'s checks', () => {
    it('GitHub: a failed status or run fails; a run in progress or awaiting approval waits; no checks at all is no verdict', () => {
      assert.equal(checksState({ state: 'failure', statuses: [{ state: 'error' }] }, { check_runs: [] }), 'failing');
      assert.equal(checksState({ state: 'pending', statuses: [] }, { check_runs: [{ status: 'completed', conclusion: 'timed_out' }] }), 'failing');
      assert.equal(checksState({ state: 'pending', statuses: [] }, { check_runs: [{ status: 'completed', conclusion: 'action_required' }] }), 'pending');
      assert.equal(checksState({ state: 'success', statuses: [{ state: 'success' }] }, { check_runs: [{ status: 'queued', conclusion: null }] }), 'pending');
      assert.equal(checksState({ state: 'success', statuses: [{ state: 'success' }] }, { check_runs: [{ status: 'completed', conclusion: 'skipped' }] }), 'passing');
      assert.equal(checksState({ state: 'pending', statuses: [], total_count: 0 }, { total_count: 0, check_runs: [] }), undefined);
      assert.equal(checksState('not json', null), undefined);
    });

    it('GitLab: the newest pipeline\'s status', () => {
      assert.deepEqual(['failed', 'canceled', 'running', 'success', 'manual', undefined].map(pipelineState), ['failing', 'failing', 'pending', 'passing', undefined, undefined]);
    });
  });
});
