import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { GitLabClient } from '../../../src/core/forge/gitlab';
import { openPullRequest, OpenRequest } from '../../../src/core/checklist/openPullRequest';
import { ReplayServer } from '../../support/replayServer';
import { addGitLabProject, GITLAB_MR_PROJECT } from '../../support/gitlabMergeRequests';

const PROJECT = GITLAB_MR_PROJECT;
const ENCODED = encodeURIComponent(PROJECT);
const WEB = `https://gitlab.example.org/${PROJECT}`;

describe('opening a GitLab merge request (local bare upstream, crafted GitLab answers on 127.0.0.1)', function () {
  this.timeout(60_000);
  let root: string;
  let work: string;
  let server: ReplayServer;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'onramp-gitlab-mr-'));
    work = join(root, 'work');
    await simpleGit().init(['--bare', '--initial-branch=main', join(root, 'upstream.git')]);
    await simpleGit().init(['--initial-branch=main', work]);
    const git = simpleGit(work);
    await git.addConfig('user.name', 'Ada').addConfig('user.email', 'ada@example.org');
    writeFileSync(join(work, 'README.md'), '# slugline\n');
    await git.add('.').commit('chore: initial').addRemote('origin', join(root, 'upstream.git')).push(['-u', 'origin', 'main']);
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
    client: new GitLabClient(PROJECT, { apiBaseUrl: `${server.url}/api/v4`, token: 'glpat-secret1234567890', retries: 0 }),
    forge: { kind: 'gitlab', upstreamWebUrl: WEB },
    base: 'main',
    branch: '12-trim',
    pushRemote: 'origin',
    headOwner: null,
    headRepository: null,
    title: 'Trim dashes',
    body: '## What\n\n- [x] Tests added\n\nFixes #12\n',
    draft: true,
    ...over,
  });

  it('pushes the branch and posts the merge request to /projects/:id/merge_requests, a draft by its title', async () => {
    const routes = addGitLabProject(server, { accessLevel: 30 });
    const outcome = await openPullRequest(request());
    assert.equal(outcome.kind, 'created', JSON.stringify(outcome));
    assert.deepEqual(outcome.kind === 'created' && outcome.pullRequest, { number: 41, url: `${WEB}/-/merge_requests/41`, draft: true });
    const [post] = routes.created();
    assert.equal(post.headers['private-token'], 'glpat-secret1234567890');
    assert.equal(post.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(post.body), { source_branch: '12-trim', target_branch: 'main', title: 'Draft: Trim dashes', description: '## What\n\n- [x] Tests added\n\nFixes #12\n' });
    assert.equal((await simpleGit(work).revparse(['--abbrev-ref', '12-trim@{upstream}'])).trim(), 'origin/12-trim');
  });

  it('a ready merge request keeps its title; one already open from the branch is found, not made twice', async () => {
    const routes = addGitLabProject(server, { accessLevel: 40, existing: { '12-trim': 5 } });
    const found = await openPullRequest(request({ draft: false }));
    assert.equal(found.kind, 'exists');
    assert.equal(found.kind === 'exists' && found.pullRequest.url, `${WEB}/-/merge_requests/5`);
    assert.equal(routes.created().length, 0);
    assert.ok(server.requests.some((r) => r.url.startsWith(`/api/v4/projects/${ENCODED}/merge_requests?`) && new URL(r.url, 'http://x').searchParams.get('source_branch') === '12-trim'));

    await simpleGit(work).checkoutLocalBranch('13-other');
    const made = await openPullRequest(request({ branch: '13-other', draft: false }));
    assert.equal(made.kind, 'created');
    assert.equal((JSON.parse(routes.created()[0].body) as { title: string }).title, 'Trim dashes');
  });

  it('not signed in: the new merge request page, prefilled', async () => {
    const outcome = await openPullRequest(request({ client: null }));
    assert.equal(outcome.kind, 'compare');
    const url = new URL(outcome.kind === 'compare' ? outcome.url : '');
    assert.equal(`${url.origin}${url.pathname}`, `${WEB}/-/merge_requests/new`);
    assert.deepEqual(
      ['source_branch', 'target_branch', 'title', 'description'].map((k) => url.searchParams.get(`merge_request[${k}]`)),
      ['12-trim', 'main', 'Trim dashes', '## What\n\n- [x] Tests added\n\nFixes #12\n'],
    );
  });
});
