import * as assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { GitHubClient } from '../../../src/core/forge/github';
import { ForgeError, MemoryResponseCache, describeProblem } from '../../../src/core/forge';
import { ReplayServer } from '../../support/replayServer';

const TOKEN = 'ghp_problemTOKEN0987654321';
const REPO = '/repos/o/r';

async function problemOf(promise: Promise<unknown>): Promise<ForgeError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ForgeError, `expected a ForgeError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('GitHub client: every failure is a typed problem with a clear sentence', function () {
  this.timeout(20_000);
  let server: ReplayServer;
  const client = (options: { token?: string; timeoutMs?: number; cache?: MemoryResponseCache } = {}) => new GitHubClient('o/r', { apiBaseUrl: server.url, retryAfterMs: 1, ...options });
  beforeEach(async () => {
    server = await ReplayServer.start();
  });
  afterEach(() => server.close());

  it('a rate limit: reported at once with its reset time, and a hint to sign in', async () => {
    const reset = Math.floor(Date.now() / 1000) + 10 * 60;
    server.add({ path: REPO, reply: { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for 127.0.0.1.' } } });
    const error = await problemOf(client().getRepository());
    assert.deepEqual(error.problem, { kind: 'rateLimited', host: new URL(server.url).host, resetAt: reset * 1000, signedIn: false });
    assert.match(describeProblem(error.problem, reset * 1000 - 10 * 60_000), /rate limit is used up; it resets in 10 minutes \(\d\d:\d\d UTC\)\. Sign in for a higher limit\./);
    assert.equal(server.requests.length, 1, 'neither retried nor waited for');
  });

  it('a signed-in rate limit does not suggest signing in', async () => {
    server.add({ path: REPO, reply: { status: 429, headers: { 'retry-after': '30' }, body: { message: 'slow down' } } });
    const error = await problemOf(client({ token: TOKEN }).getRepository());
    assert.equal(error.problem.kind, 'rateLimited');
    assert.doesNotMatch(error.message, /Sign in/);
  });

  it('404: unknown or private, with the sign-in hint only when signed out', async () => {
    server.add({ path: REPO, reply: { status: 404, body: { message: 'Not Found' } } });
    const anonymous = await problemOf(client().getRepository());
    assert.equal(anonymous.problem.kind, 'notFound');
    assert.match(anonymous.message, /If it is private, sign in/);
    const signedIn = await problemOf(client({ token: TOKEN }).getRepository());
    assert.match(signedIn.message, /your account cannot see it/);
  });

  it('401: the sign-in was refused', async () => {
    server.add({ path: REPO, reply: { status: 401, body: { message: 'Bad credentials' } } });
    assert.equal((await problemOf(client({ token: TOKEN }).getRepository())).problem.kind, 'unauthorized');
  });

  it('500: retried, then a server problem naming the status', async () => {
    server.add({ path: REPO, reply: { status: 500, body: { message: 'boom' } } });
    const error = await problemOf(client().getRepository());
    assert.deepEqual(error.problem, { kind: 'server', host: new URL(server.url).host, status: 500 });
    assert.equal(server.requests.length, 3, 'the first try and two retries');
  });

  it('a 500 that recovers on retry is no problem', async () => {
    server.add({ path: REPO, times: 1, reply: { status: 502, body: 'bad gateway' } }, { path: REPO, reply: { body: { full_name: 'o/r', html_url: 'https://github.com/o/r', default_branch: 'main', fork: false } } });
    assert.equal((await client().getRepository()).defaultBranch, 'main');
  });

  it('a slow answer: a timeout after the set time, not retried', async () => {
    server.add({ path: REPO, reply: { delayMs: 3000, body: {} } });
    const error = await problemOf(client({ timeoutMs: 300 }).getRepository());
    assert.deepEqual(error.problem, { kind: 'timeout', host: new URL(server.url).host, seconds: 0.3 });
    assert.match(error.message, /did not answer within 0\.3 seconds/);
    assert.equal(server.requests.length, 1);
  });

  it('malformed JSON: a clear sentence instead of a crash', async () => {
    server.add({ path: REPO, reply: { headers: { 'content-type': 'application/json' }, body: '{"full_name": "o/r", "html_' } });
    server.add({ path: `${REPO}/labels`, reply: { headers: { 'content-type': 'application/json' }, body: '[{"name": ' } });
    const repo = await problemOf(client().getRepository());
    assert.equal(repo.problem.kind, 'malformed');
    assert.match(repo.message, /sent an answer Onramp cannot read/);
    assert.equal((await problemOf(client().listLabels())).problem.kind, 'malformed');
  });

  it('an answer of the wrong shape is malformed too', async () => {
    server.add({ path: `${REPO}/labels`, reply: { body: { not: 'a list' } } });
    assert.equal((await problemOf(client().listLabels())).problem.kind, 'malformed');
  });

  it('offline: a clear sentence; with a cached answer, that answer marked stale', async () => {
    const port = await closedPort();
    const offline = new GitHubClient('o/r', { apiBaseUrl: `http://127.0.0.1:${port}`, retryAfterMs: 1 });
    const error = await problemOf(offline.listLabels());
    assert.equal(error.problem.kind, 'offline');
    assert.match(error.message, /you seem to be offline/);

    const cache = new MemoryResponseCache();
    const labelsServer = await ReplayServer.start();
    labelsServer.add({ path: `${REPO}/labels`, reply: { body: [{ name: 'good first issue' }], etag: '"v1"' } });
    // The same origin later unreachable: reuse the cache under the dead server's URL by caching first through it.
    await new GitHubClient('o/r', { apiBaseUrl: labelsServer.url, cache }).listLabels();
    await labelsServer.close();
    const stale = new GitHubClient('o/r', { apiBaseUrl: labelsServer.url, cache, retryAfterMs: 1 });
    assert.deepEqual((await stale.listLabels()).map((l) => l.name), ['good first issue']);
    assert.equal(stale.session.stale, true);
    assert.ok(stale.session.oldestFetchedAt !== null);
  });

  it('no error, message or problem ever holds the token', async () => {
    server.add(
      { path: REPO, reply: { status: 404, body: { message: `Not Found ${TOKEN}` } } },
      { path: `${REPO}/labels`, reply: { status: 500, body: { message: `token ${TOKEN} broke` } } },
      { path: `${REPO}/pulls`, query: { state: 'open' }, reply: { headers: { 'content-type': 'application/json' }, body: `{"${TOKEN}` } },
      { path: '/user', reply: { status: 401, body: { message: TOKEN } } },
    );
    const signedIn = client({ token: TOKEN });
    const errors = [await problemOf(signedIn.getRepository()), await problemOf(signedIn.listLabels()), await problemOf(signedIn.listOpenPullRequests()), await problemOf(signedIn.whoAmI())];
    for (const error of errors) {
      const shown = `${error.message} ${String(error)} ${error.stack ?? ''} ${JSON.stringify(error.problem)} ${JSON.stringify(error)}`;
      assert.ok(!shown.includes(TOKEN), `token leaked in: ${shown.slice(0, 200)}`);
    }
  });
});
