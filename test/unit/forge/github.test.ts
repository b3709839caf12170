import * as assert from 'node:assert/strict';
import { GitHubClient } from '../../../src/core/forge/github';
import { ForgeError, MemoryResponseCache } from '../../../src/core/forge';
import { beginnerLabels } from '../../../src/core/issues/beginnerLabels';
import { ReplayServer } from '../../support/replayServer';

const TOKEN = 'ghp_secretTOKENvalue1234567890';

/** The ForgeError a promise rejects with (fails the test if it resolves or rejects with anything else). */
async function problemOf(promise: Promise<unknown>): Promise<ForgeError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ForgeError, `expected a ForgeError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

describe('GitHub client against recorded answers', function () {
  this.timeout(20_000);
  let server: ReplayServer;
  beforeEach(async () => {
    server = await ReplayServer.start();
  });
  afterEach(async () => {
    assert.deepEqual(server.unanswered, [], 'every request had an answer');
    await server.close();
  });

  it('reads all 13 issues of a paginated listing, following its Link headers, with the token on every page', async () => {
    server.addFixture('paginate-issues');
    const client = new GitHubClient('octokit-fixture-org/paginate-issues', { apiBaseUrl: server.url, token: TOKEN, perPage: 3 });
    const issues = await client.listOpenIssues([]);
    assert.deepEqual(
      issues.map((i) => i.number),
      [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
    );
    assert.equal(issues[0].title, 'Test issue 13');
    assert.equal(issues[0].comments, 42);
    assert.equal(server.requests.length, 5);
    assert.ok(server.requests.every((r) => r.headers.authorization === `token ${TOKEN}`));
    assert.match(server.requests[0].url, /state=open/);
    assert.match(server.requests[0].url, /assignee=none/);
  });

  it('stops at the limit without reading further pages', async () => {
    server.addFixture('paginate-issues');
    const client = new GitHubClient('octokit-fixture-org/paginate-issues', { apiBaseUrl: server.url, perPage: 3 });
    assert.equal((await client.listOpenIssues([], 5)).length, 5);
    assert.equal(server.requests.length, 2);
  });

  it('reads the label list and finds its beginner labels', async () => {
    server.addFixture('labels', { methods: ['GET'] });
    const client = new GitHubClient('octokit-fixture-org/labels', { apiBaseUrl: server.url });
    const labels = await client.listLabels();
    assert.equal(labels.length, 9);
    assert.deepEqual(beginnerLabels(labels.map((l) => l.name)), ['good first issue', 'help wanted']);
  });

  it('reads a repository: its default branch, that it is no fork, and what the user may do', async () => {
    server.addFixture('get-repository');
    const repo = await new GitHubClient('octokit-fixture-org/hello-world', { apiBaseUrl: server.url, token: TOKEN }).getRepository();
    assert.equal(repo.path, 'octokit-fixture-org/hello-world');
    assert.equal(repo.defaultBranch, 'master');
    assert.equal(repo.fork, false);
    assert.equal(repo.parent, null);
    assert.equal(repo.permissions?.canAssign, true);
  });

  it('revalidates an unchanged listing with If-None-Match: 304s only, no full answer', async () => {
    server.addFixture('paginate-issues');
    const cache = new MemoryResponseCache();
    const first = new GitHubClient('octokit-fixture-org/paginate-issues', { apiBaseUrl: server.url, token: TOKEN, perPage: 3, cache });
    const before = await first.listOpenIssues([]);
    assert.equal(server.fullAnswers, 5);
    assert.equal(first.session.fullAnswers, 5);
    server.reset();

    const again = new GitHubClient('octokit-fixture-org/paginate-issues', { apiBaseUrl: server.url, token: TOKEN, perPage: 3, cache });
    const after = await again.listOpenIssues([]);
    assert.deepEqual(after, before);
    assert.equal(server.fullAnswers, 0, 'no answer counted against the rate limit');
    assert.equal(server.notModified, 5);
    assert.equal(again.session.notModified, 5);
    assert.ok(server.requests.every((r) => r.headers['if-none-match'] === '"00000000000000000000000000000000"'));
    assert.equal(again.session.stale, false);
    assert.ok(again.session.oldestFetchedAt !== null);
  });

  it('answers from the cache alone in cache-only mode, and says when nothing is cached', async () => {
    server.addFixture('labels', { methods: ['GET'] });
    const cache = new MemoryResponseCache();
    const none = await problemOf(new GitHubClient('octokit-fixture-org/labels', { apiBaseUrl: server.url, cache, mode: 'cache-only' }).listLabels());
    assert.equal(none.problem.kind, 'notCached');
    await new GitHubClient('octokit-fixture-org/labels', { apiBaseUrl: server.url, cache }).listLabels();
    server.reset();
    const cachedOnly = new GitHubClient('octokit-fixture-org/labels', { apiBaseUrl: server.url, cache, mode: 'cache-only' });
    assert.equal((await cachedOnly.listLabels()).length, 9);
    assert.equal(server.requests.length, 0);
  });

  it('keeps signed-in and signed-out answers apart in the cache', async () => {
    server.addFixture('labels', { methods: ['GET'] });
    const cache = new MemoryResponseCache();
    await new GitHubClient('octokit-fixture-org/labels', { apiBaseUrl: server.url, cache, token: TOKEN }).listLabels();
    server.reset();
    await new GitHubClient('octokit-fixture-org/labels', { apiBaseUrl: server.url, cache }).listLabels();
    assert.equal(server.requests[0].headers['if-none-match'], undefined);
    assert.equal(cache.size, 2);
  });
});
