import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { GitHubClient } from '../../../src/core/forge/github';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { readGuide } from '../../../src/core/guide/readGuide';
import { checklistForRepository, readTemplate } from '../../../src/core/checklist/forRepository';
import { compareUrl, openPullRequest, OpenRequest } from '../../../src/core/checklist/openPullRequest';
import { isDone, renderBody } from '../../../src/core/checklist';
import { checklistKey } from '../../../src/core/text/normalize';
import { ReplayServer } from '../../support/replayServer';
import { addPullRequestRoutes } from '../../support/pullRequestScenarios';

const repoRoot = join(__dirname, '../../../..');

describe('opening the pull request (local bare upstream, replay server on 127.0.0.1)', function () {
  this.timeout(60_000);
  let root: string;
  let work: string;
  let server: ReplayServer;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'onramp-open-pr-'));
    work = join(root, 'work');
    cpSync(join(repoRoot, 'demo-project'), work, { recursive: true });
    await simpleGit().init(['--bare', '--initial-branch=main', join(root, 'upstream.git')]);
    const git = simpleGit(work);
    await git.init(['--initial-branch=main']);
    await git.addConfig('user.name', 'Ada').addConfig('user.email', 'ada@example.org');
    await git.add('.').commit('chore: initial').addRemote('origin', join(root, 'upstream.git')).push(['-u', 'origin', 'main']);
    await git.checkoutLocalBranch('12-trim');
    writeFileSync(join(work, 'CHANGELOG.md'), `${readFileSync(join(work, 'CHANGELOG.md'), 'utf8')}\n- Trim dashes\n`);
    await git.add('.').commit('fix: trim dashes\n\nSigned-off-by: Ada <ada@example.org>');
    await git.addConfig('branch.12-trim.onrampIssue', '12');
    server = await ReplayServer.start();
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The body as the editor builds it: the template's boxes ticked where the checklist's item with the same words is done. */
  async function body(): Promise<string> {
    const facts = await readGuide(new NodeRepoFiles(work));
    const list = await checklistForRepository(work, facts, { ruleSet: null, ticked: new Set() });
    const done = new Set(list.items.filter((i) => isDone(i, new Set())).map((i) => checklistKey(i.text)));
    const template = list.template!;
    const boxes = facts.checklist.filter((i) => i.file === template.path).map((i) => ({ line: i.source.line, ticked: done.has(checklistKey(i.text)) }));
    return renderBody({ template: readTemplate(work, template.path)!, boxes, issue: list.state.issue?.number ?? null });
  }

  const request = (over: Partial<OpenRequest> = {}): OpenRequest => ({
    dir: work,
    client: new GitHubClient('slug/slugline', { apiBaseUrl: server.url, token: 'ghp_x1234567890' }),
    forge: { kind: 'github', upstreamWebUrl: 'https://github.com/slug/slugline' },
    base: 'main',
    branch: '12-trim',
    pushRemote: 'origin',
    headOwner: 'slug',
    headRepository: null,
    title: 'Trim dashes',
    body: '',
    draft: false,
    ...over,
  });

  it('pushes with tracking and sends the template with the done boxes ticked, comments stripped and Fixes #12', async () => {
    const routes = addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: true });
    const text = await body();
    const outcome = await openPullRequest(request({ body: text }));
    assert.equal(outcome.kind, 'created');
    assert.equal((await simpleGit(work).revparse(['--abbrev-ref', '12-trim@{upstream}'])).trim(), 'origin/12-trim');
    const sent = JSON.parse(routes.created()[0].body) as { body: string; head: string };
    assert.equal(sent.head, '12-trim');
    assert.match(sent.body, /^Fixes #12$/m);
    assert.doesNotMatch(sent.body, /<!--/);
    assert.match(sent.body, /- \[x\] Commits are signed off \(DCO\)/);
    assert.match(sent.body, /- \[x\] `CHANGELOG.md` updated/);
    assert.match(sent.body, /- \[ \] `npm test` passes/, 'not run, so not ticked');
    assert.match(sent.body, /- \[ \] Tests added or updated/, 'manual and not ticked');
  });

  it('finds the pull request that already exists instead of making a second', async () => {
    const routes = addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: true, existing: { 'slug:12-trim': 7 } });
    const outcome = await openPullRequest(request());
    assert.deepEqual(outcome, { kind: 'exists', pullRequest: { number: 7, url: 'https://github.com/slug/slugline/pull/7', draft: false }, pushedTo: { remote: 'origin', fork: null } });
    assert.equal(routes.created().length, 0);
  });

  it('a failed push says why and opens nothing on the forge', async () => {
    addPullRequestRoutes(server, { upstream: 'slug/slugline', login: 'ada', canPush: true });
    await simpleGit(work).raw(['remote', 'set-url', 'origin', join(root, 'missing.git')]);
    const outcome = await openPullRequest(request());
    assert.equal(outcome.kind, 'pushFailed');
    assert.match(outcome.kind === 'pushFailed' ? outcome.reason : '', /The push to origin failed/);
    assert.deepEqual(server.requests.map((r) => `${r.method} ${r.url}`), ['GET /repos/slug/slugline'], 'only the permission to push was asked');
  });

  it('not signed in: the compare page, prefilled', async () => {
    const outcome = await openPullRequest(request({ client: null, headOwner: 'ada', body: 'Fixes #12' }));
    assert.equal(outcome.kind, 'compare');
    const url = new URL(outcome.kind === 'compare' ? outcome.url : '');
    assert.equal(url.pathname, '/slug/slugline/compare/main...ada:12-trim');
    assert.deepEqual([url.searchParams.get('expand'), url.searchParams.get('title'), url.searchParams.get('body')], ['1', 'Trim dashes', 'Fixes #12']);
    assert.match(compareUrl({ forge: { kind: 'gitlab', upstreamWebUrl: 'https://gitlab.com/g/p' }, base: 'main', branch: 'b', headOwner: null, title: 't', body: 'x' }), /^https:\/\/gitlab\.com\/g\/p\/-\/merge_requests\/new\?merge_request%5Bsource_branch%5D=b/);
  });
});
