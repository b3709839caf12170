import * as assert from 'node:assert/strict';
import { GitHubClient } from '../../../src/core/forge/github';
import { ForgeError } from '../../../src/core/forge';
import { ReplayServer } from '../../support/replayServer';
import { addPullRequestRoutes } from '../../support/pullRequestScenarios';

const TOKEN = 'ghp_secretTOKENvalue1234567890';

describe('GitHub pull requests against crafted answers', function () {
  this.timeout(20_000);
  let server: ReplayServer;
  beforeEach(async () => (server = await ReplayServer.start()));
  afterEach(async () => {
    assert.deepEqual(server.unanswered, []);
    await server.close();
  });

  it('creates a draft pull request from a fork with owner:branch as head, and finds it afterwards', async () => {
    const routes = addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: false });
    const client = new GitHubClient('slug/slugline', { apiBaseUrl: server.url, token: TOKEN });
    assert.equal(await client.findOpenPullRequest('12-trim', 'ada', null), null);
    const made = await client.createPullRequest({ title: 'Trim dashes', body: 'Fixes #12', branch: '12-trim', headOwner: 'ada', headRepository: 'ada/slugline', base: 'main', draft: true });
    assert.deepEqual(made, { number: 101, url: 'https://github.com/slug/slugline/pull/101', draft: true });
    const sent = JSON.parse(routes.created()[0].body) as Record<string, unknown>;
    assert.deepEqual(sent, { title: 'Trim dashes', body: 'Fixes #12', head: 'ada:12-trim', base: 'main', draft: true });
    assert.equal((await client.findOpenPullRequest('12-trim', 'ada', null))?.number, 101);
  });

  it('reads push permission, forks, and says plainly when creation is refused', async () => {
    addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: false, createStatus: 403 });
    const client = new GitHubClient('slug/slugline', { apiBaseUrl: server.url, token: TOKEN, retries: 0 });
    assert.equal((await client.getRepository()).permissions?.canPush, false);
    const fork = await client.createFork();
    assert.deepEqual([fork.path, fork.fork, fork.parent?.path], ['ada/slugline', true, 'slug/slugline']);
    await assert.rejects(client.createPullRequest({ title: 't', body: 'b', branch: 'x', headOwner: 'ada', headRepository: null, base: 'main', draft: false }), (e) => e instanceof ForgeError);
  });
});
