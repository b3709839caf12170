import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { GitHubClient } from '../../../src/core/forge/github';
import { forkUrl } from '../../../src/core/checklist/fork';
import { openPullRequest, OpenRequest } from '../../../src/core/checklist/openPullRequest';
import { ReplayServer } from '../../support/replayServer';
import { addPullRequestRoutes } from '../../support/pullRequestScenarios';

/**
 * A contributor who may not push to the project: the fork is made through the API, added as a remote and pushed
 * to, and the pull request opened from `owner:branch`. The project and the fork are local bare repositories; the
 * fork's github.com address reaches its bare repository through git's `insteadOf`, as a user's config could.
 */
describe('opening the pull request from a fork (local bare repositories, replay server on 127.0.0.1)', function () {
  this.timeout(60_000);
  let root: string;
  let work: string;
  let upstream: string;
  let forkBare: string;
  let server: ReplayServer;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'onramp-fork-'));
    work = join(root, 'work');
    upstream = join(root, 'upstream.git');
    forkBare = join(root, 'fork.git');
    await simpleGit().init(['--bare', '--initial-branch=main', upstream]);
    await simpleGit().init(['--bare', '--initial-branch=main', forkBare]);
    await simpleGit().init(['--initial-branch=main', work]);
    const git = simpleGit(work, { unsafe: { allowUnsafeUrlRewrite: true } });
    await git.addConfig('user.name', 'Ada').addConfig('user.email', 'ada@example.org');
    writeFileSync(join(work, 'README.md'), '# slugline\n');
    await git.add('.').commit('chore: initial').addRemote('origin', upstream).push(['-u', 'origin', 'main']);
    await git.addConfig(`url.${forkBare}.insteadOf`, 'https://github.com/ada/slugline.git');
    await git.checkoutLocalBranch('12-trim');
    writeFileSync(join(work, 'README.md'), '# slugline\n\nTrims dashes.\n');
    await git.add('.').commit('fix: trim dashes');
    server = await ReplayServer.start();
  });
  afterEach(async () => {
    assert.deepEqual(server.unanswered, []);
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const request = (over: Partial<OpenRequest> = {}): OpenRequest => ({
    dir: work,
    client: new GitHubClient('slug/slugline', { apiBaseUrl: server.url, token: 'ghp_x1234567890', retries: 0 }),
    forge: { kind: 'github', upstreamWebUrl: 'https://github.com/slug/slugline' },
    base: 'main',
    branch: '12-trim',
    pushRemote: 'origin',
    headOwner: null,
    headRepository: null,
    title: 'Trim dashes',
    body: 'Fixes #12\n',
    draft: true,
    fork: { waitMs: 5000, pollMs: 10 },
    ...over,
  });

  const headOf = async (bare: string, branch: string): Promise<string | null> => {
    const r = await simpleGit(bare).raw(['for-each-ref', '--format=%(objectname)', `refs/heads/${branch}`]);
    return r.trim() || null;
  };

  it('without permission to push: forks through the API, pushes to the fork with tracking, and opens the PR from owner:branch', async () => {
    const routes = addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: false });
    const outcome = await openPullRequest(request());
    assert.equal(outcome.kind, 'created', JSON.stringify(outcome));
    assert.deepEqual(outcome.kind === 'created' && outcome.pushedTo, { remote: 'fork', fork: { path: 'ada/slugline', created: true } });
    assert.ok(server.requests.some((r) => r.method === 'POST' && r.url === '/repos/slug/slugline/forks'), 'the fork was asked for');
    const git = simpleGit(work);
    assert.equal((await git.raw(['config', 'remote.fork.url'])).trim(), 'https://github.com/ada/slugline.git');
    assert.equal((await git.revparse(['--abbrev-ref', '12-trim@{upstream}'])).trim(), 'fork/12-trim');
    assert.equal(await headOf(forkBare, '12-trim'), (await git.revparse(['HEAD'])).trim());
    assert.equal(await headOf(upstream, '12-trim'), null, 'nothing was pushed to the project');
    const sent = JSON.parse(routes.created()[0].body) as Record<string, unknown>;
    assert.deepEqual(sent, { title: 'Trim dashes', body: 'Fixes #12\n', head: 'ada:12-trim', base: 'main', draft: true });
  });

  it('waits for a fork the forge is still making, then pushes there', async () => {
    server.add({ method: 'GET', path: '/repos/ada/slugline', times: 3, reply: { status: 404, body: { message: 'Not Found' } } });
    addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: false });
    const outcome = await openPullRequest(request());
    assert.equal(outcome.kind, 'created', JSON.stringify(outcome));
    assert.equal(server.requests.filter((r) => r.url === '/repos/ada/slugline').length, 4, 'asked until it was there');
  });

  it('gives up on a fork that does not appear, with a sentence, having pushed nothing', async () => {
    server.add({ method: 'GET', path: '/repos/ada/slugline', reply: { status: 404, body: { message: 'Not Found' } } });
    addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: false });
    const outcome = await openPullRequest(request({ fork: { waitMs: 100, pollMs: 20 } }));
    assert.equal(outcome.kind, 'forgeFailed');
    assert.match(outcome.kind === 'forgeFailed' ? outcome.reason : '', /could not fork it for you: The fork ada\/slugline did not appear on 127\.0\.0\.1:\d+ in time/);
    assert.equal(await headOf(forkBare, '12-trim'), null);
    assert.equal(await headOf(upstream, '12-trim'), null);
  });

  it('a push the project refuses (the forge did not say) goes to the fork instead', async () => {
    // The project's server turns the push away as a host does for a user without write access.
    const hook = join(upstream, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "Permission to slug/slugline.git denied to ada." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const routes = addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: true });
    const outcome = await openPullRequest(request({ draft: false }));
    assert.equal(outcome.kind, 'created', JSON.stringify(outcome));
    assert.equal(outcome.kind === 'created' && outcome.pushedTo.remote, 'fork');
    assert.equal(await headOf(upstream, '12-trim'), null);
    assert.ok(await headOf(forkBare, '12-trim'));
    assert.equal((JSON.parse(routes.created()[0].body) as { head: string }).head, 'ada:12-trim');
  });

  it('finds the pull request already open from the fork, and reuses the fork remote it added before', async () => {
    await simpleGit(work).addRemote('mine', 'https://github.com/ada/slugline.git');
    const routes = addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: false, existing: { 'ada:12-trim': 9 } });
    const outcome = await openPullRequest(request());
    assert.equal(outcome.kind, 'exists');
    assert.deepEqual(outcome.kind === 'exists' && [outcome.pullRequest.number, outcome.pushedTo.remote], [9, 'mine']);
    assert.equal(routes.created().length, 0);
  });

  it('writes the fork\'s address in the form of the project\'s remote', () => {
    const fork = { path: 'ada/slugline', webUrl: 'https://github.com/ada/slugline' };
    assert.equal(forkUrl('git@github.com:slug/slugline.git', 'slug/slugline', fork), 'git@github.com:ada/slugline.git');
    assert.equal(forkUrl('https://github.com/Slug/Slugline', 'slug/slugline', fork), 'https://github.com/ada/slugline');
    assert.equal(forkUrl('ssh://git@github.com/slug/slugline.git', 'slug/slugline', fork), 'ssh://git@github.com/ada/slugline.git');
    assert.equal(forkUrl('/srv/mirror/upstream.git', 'slug/slugline', fork), 'https://github.com/ada/slugline.git');
  });
});
