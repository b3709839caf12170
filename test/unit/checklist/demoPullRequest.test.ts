import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { GitHubClient } from '../../../src/core/forge/github';
import { openPullRequest } from '../../../src/core/checklist/openPullRequest';
import { ReplayServer } from '../../support/replayServer';
import { addDemoScenario, DEMO_REPOSITORY } from '../../support/demoScenario';
import { addDemoPullRequests, DEMO_LOGIN } from '../../support/demoPullRequests';

/** The last step of `npm start`'s demo, offline: the demo's answers, a bare "upstream" and a bare fork. */
describe('the demo\'s pull request, end to end on the replay server', function () {
  this.timeout(60_000);
  let root: string;
  let server: ReplayServer;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'onramp-demo-pr-'));
    server = await ReplayServer.start();
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('forks for a user who may not push, opens the PR from the fork, and serves it back at its address', async () => {
    const captured: string[] = [];
    const demo = addDemoPullRequests(server, { upstream: DEMO_REPOSITORY, onCreated: (pr) => captured.push(pr.url) });
    addDemoScenario(server);
    const work = join(root, 'work');
    const upstream = join(root, 'upstream.git');
    const fork = join(root, 'fork.git');
    await simpleGit().init(['--bare', '--initial-branch=main', upstream]);
    await simpleGit().init(['--bare', '--initial-branch=main', fork]);
    await simpleGit().init(['--initial-branch=main', work]);
    const git = simpleGit(work, { unsafe: { allowUnsafeUrlRewrite: true } });
    await git.addConfig('user.name', 'Ada').addConfig('user.email', 'ada@example.org');
    writeFileSync(join(work, 'README.md'), '# widget\n');
    await git.add('.').commit('chore: initial');
    await git.addRemote('origin', `https://github.com/${DEMO_REPOSITORY}.git`);
    await git.addConfig(`url.${upstream}.insteadOf`, `https://github.com/${DEMO_REPOSITORY}.git`);
    await git.addConfig(`url.${fork}.insteadOf`, `https://github.com/${DEMO_LOGIN}/widget.git`);
    await git.push(['origin', 'main']);
    await git.checkoutLocalBranch('12-trailing-dash');
    writeFileSync(join(work, 'README.md'), '# widget\n\nNo trailing dash.\n');
    await git.add('.').commit('fix: drop the trailing dash\n\nSigned-off-by: Ada <ada@example.org>');

    const request = {
      dir: work,
      client: new GitHubClient(DEMO_REPOSITORY, { apiBaseUrl: server.url, token: 'gho_demo1234567890' }),
      forge: { kind: 'github' as const, upstreamWebUrl: `https://github.com/${DEMO_REPOSITORY}` },
      base: 'main',
      branch: '12-trailing-dash',
      pushRemote: 'origin',
      headOwner: null,
      headRepository: null,
      title: 'slugify() keeps a trailing dash <b>',
      body: '## What\n\n- [x] Tests added\n\nFixes #12\n',
      draft: true,
    };
    const outcome = await openPullRequest(request);
    assert.equal(outcome.kind, 'created', JSON.stringify(outcome));
    assert.deepEqual(server.unanswered, []);
    const [pr] = demo.created();
    assert.deepEqual({ ...pr, url: undefined }, { number: 24, title: request.title, body: request.body, head: `${DEMO_LOGIN}:12-trailing-dash`, base: 'main', draft: true, url: undefined });
    assert.deepEqual(captured, [pr.url]);
    assert.equal(outcome.kind === 'created' && outcome.pullRequest.url, pr.url);
    assert.ok(await simpleGit(fork).raw(['rev-parse', '--verify', 'refs/heads/12-trailing-dash']));

    const page = await fetch(pr.url);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    assert.match(html, /slugify\(\) keeps a trailing dash &#60;b&#62;/, 'the title is text, not markup');
    assert.match(html, /Fixes #12/);
    assert.match(html, /Draft/);

    // Asked again, the pull request is found, not made twice; the issue picker's listing still sees only #23.
    const again = await openPullRequest(request);
    assert.equal(again.kind, 'exists');
    assert.deepEqual((await request.client.listOpenPullRequests()).map((p) => p.number), [23]);
  });
});
