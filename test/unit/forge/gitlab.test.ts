import * as assert from 'node:assert/strict';
import { GitLabClient } from '../../../src/core/forge/gitlab';
import { ForgeError, MemoryResponseCache } from '../../../src/core/forge';
import { findBeginnerIssues } from '../../../src/core/issues/findIssues';
import { ReplayServer } from '../../support/replayServer';
import { addGitLabProject } from '../../support/forgeScenarios';

const TOKEN = 'glpat-gitlabTOKEN55667788';
const NOW = Date.parse('2025-06-10T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW - n * 86_400_000).toISOString();

describe('GitLab client over its REST API', function () {
  this.timeout(20_000);
  let server: ReplayServer;
  beforeEach(async () => {
    server = await ReplayServer.start();
    addGitLabProject(server, {
      path: 'group/sub/app',
      labels: ['bug', 'Good First Issue', 'quick win'],
      issues: [
        { number: 3, title: 'Fix the footer', labels: ['Good First Issue'], createdAt: daysAgo(20), updatedAt: daysAgo(2), comments: 1 },
        { number: 4, title: 'Translate the README', labels: ['Good First Issue'], createdAt: daysAgo(10) },
        { number: 5, title: 'Taken already', labels: ['Good First Issue'], assignees: ['sam'], createdAt: daysAgo(3) },
      ],
      mergeRequests: [{ number: 9, title: 'Translate README to German', body: 'Closes #4' }],
      notes: [{ issue: 3, author: 'kim', body: "I'd like to work on this!", createdAt: daysAgo(1) }],
    });
  });
  afterEach(async () => {
    assert.deepEqual(server.unanswered, []);
    await server.close();
  });

  const client = (cache?: MemoryResponseCache) => new GitLabClient('group/sub/app', { apiBaseUrl: `${server.url}/api/v4`, token: TOKEN, cache, retryAfterMs: 1 });

  it('reads the project, its labels, unassigned issues, merge requests and notes', async () => {
    const c = client();
    const repo = await c.getRepository();
    assert.equal(repo.path, 'group/sub/app');
    assert.equal(repo.defaultBranch, 'main');
    assert.equal(repo.fork, false);
    assert.deepEqual((await c.listLabels()).map((l) => l.name), ['bug', 'Good First Issue', 'quick win']);
    assert.deepEqual((await c.listOpenIssues(['Good First Issue'])).map((i) => i.number), [3, 4]);
    assert.deepEqual((await c.listOpenPullRequests()).map((m) => [m.number, m.linkedIssues]), [[9, [4]]]);
    const notes = await c.recentComments([3], NOW - 30 * 86_400_000);
    assert.deepEqual(notes.map((n) => [n.issue, n.author]), [[3, 'kim']]);
    assert.ok(server.requests.every((r) => r.headers['private-token'] === TOKEN));
    assert.ok(server.requests.every((r) => r.url.startsWith('/api/v4/projects/group%2Fsub%2Fapp')));
  });

  it('ranks its beginner issues with the same engine: a claim and a linked merge request are blockers', async () => {
    const list = await findBeginnerIssues(client(), { now: NOW });
    assert.deepEqual(list.labels, ['Good First Issue']);
    const byNumber = new Map(list.issues.map((i) => [i.issue.number, i]));
    assert.deepEqual(byNumber.get(3)?.blockers, ['@kim said they are working on it yesterday']);
    assert.deepEqual(byNumber.get(4)?.blockers, ['has an open pull request #9']);
  });

  it('revalidates with ETags on a second refresh', async () => {
    const cache = new MemoryResponseCache();
    await client(cache).listLabels();
    server.reset();
    await client(cache).listLabels();
    assert.equal(server.fullAnswers, 0);
    assert.equal(server.notModified, 1);
  });

  it('an unknown project is notFound; malformed JSON is malformed', async () => {
    const missing = new GitLabClient('nobody/nothing', { apiBaseUrl: `${server.url}/api/v4` });
    server.add({ path: '/api/v4/projects/nobody%2Fnothing', reply: { status: 404, body: { message: '404 Project Not Found' } } });
    await assert.rejects(missing.getRepository(), (e: unknown) => e instanceof ForgeError && e.problem.kind === 'notFound');
    server.add({ path: '/api/v4/projects/bad%2Fjson', reply: { headers: { 'content-type': 'application/json' }, body: '{"path_with' } });
    await assert.rejects(new GitLabClient('bad/json', { apiBaseUrl: `${server.url}/api/v4` }).getRepository(), (e: unknown) => e instanceof ForgeError && e.problem.kind === 'malformed');
  });
});
