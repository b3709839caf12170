import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { ReplayServer } from '../../support/replayServer';
import { addGitHubRepo } from '../../support/forgeScenarios';

const repoRoot = join(__dirname, '../../../..');
const cli = join(repoRoot, 'dist/cli.js');
const TOKEN = 'ghp_cliTOKEN99887766';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** Runs the CLI without blocking this process's event loop (the replay server answers from it). */
function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('onramp issues (dist/cli.js)', function () {
  this.timeout(30_000);
  let server: ReplayServer;
  let dir: string;
  let env: Record<string, string>;
  before(async function () {
    if (!existsSync(cli)) this.skip(); // built by `node scripts/build.mjs`, which --tests runs as well
    dir = mkdtempSync(join(tmpdir(), 'onramp-issues-'));
    const work = join(dir, 'widget');
    await simpleGit().init(['--initial-branch=main', work]);
    await simpleGit(work).addRemote('origin', 'git@github.com:someone/widget.git');
    writeFileSync(join(work, 'CONTRIBUTING.md'), '# Contributing\n\nLook for issues labelled `good first issue`.\n');
    env = { GITHUB_TOKEN: TOKEN, XDG_CACHE_HOME: join(dir, 'cache'), ONRAMP_HTTP_RETRY_MS: '1' };
  });
  beforeEach(async () => {
    server = await ReplayServer.start();
  });
  afterEach(() => server.close());
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('lists the ready issues of the fork\'s parent with their reasons, and offers the upstream remote', async () => {
    addGitHubRepo(server, { path: 'someone/widget', parent: 'onramp-demo/widget', labels: [], issues: [] });
    addGitHubRepo(server, {
      path: 'onramp-demo/widget',
      labels: ['bug', 'good first issue'],
      issues: [
        { number: 3, title: 'Typo in the README', labels: ['good first issue'], createdAt: daysAgo(9), comments: 1 },
        { number: 4, title: 'Taken', labels: ['good first issue'], createdAt: daysAgo(2), comments: 1 },
      ],
      comments: [
        { issue: 3, author: 'maya', body: 'Confirmed, a fix is welcome.', createdAt: daysAgo(3), association: 'OWNER' },
        { issue: 4, author: 'sam', body: "I'm working on this", createdAt: daysAgo(1) },
      ],
    });
    const result = await run(['issues', join(dir, 'widget'), '--api-url', server.url], env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /someone\/widget is a fork; these issues are from onramp-demo\/widget\./);
    assert.match(result.stdout, /git remote add upstream https:\/\/github\.com\/onramp-demo\/widget\.git/);
    assert.match(result.stdout, /#3 Typo in the README/);
    assert.match(result.stdout, /unassigned, no linked pull request, a maintainer replied 3 days ago/);
    assert.doesNotMatch(result.stdout, /#4 /);
    assert.match(result.stdout, /1 more is taken or blocked/);
    assert.ok(server.requests.every((r) => r.headers.authorization === `token ${TOKEN}`));
  });

  it('--json gives the issues with reasons and blockers', async () => {
    addGitHubRepo(server, { path: 'someone/widget', labels: ['Good First Issue'], issues: [{ number: 8, title: 'Docs', labels: ['Good First Issue'], createdAt: daysAgo(1) }] });
    const result = await run(['issues', join(dir, 'widget'), '--api-url', server.url, '--json'], env);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout) as { labels: string[]; issues: { number: number; ready: boolean; reasons: string[] }[] };
    assert.deepEqual(json.labels, ['Good First Issue']);
    assert.deepEqual(json.issues.map((i) => [i.number, i.ready]), [[8, true]]);
    assert.ok(json.issues[0].reasons.includes('unassigned'));
  });

  it('exits 1 with one clear sentence on a rate limit, without a stack trace or the token', async () => {
    server.add({ path: '/repos/someone/widget', reply: { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600) }, body: { message: `limit ${TOKEN}` } } });
    const result = await run(['issues', join(dir, 'widget'), '--api-url', server.url], { ...env, XDG_CACHE_HOME: join(dir, 'cache-empty') });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^onramp: .*rate limit is used up; it resets in (9|10) minutes/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.ok(!result.stderr.includes(TOKEN));
  });

  it('a folder without a forge remote, and a host that is neither GitHub nor GitLab, get a sentence', async () => {
    const plain = join(dir, 'plain');
    await simpleGit().init([plain]);
    const none = await run(['issues', plain], env);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /No git remote of .* names a GitHub or GitLab repository/);
    await simpleGit(plain).addRemote('origin', 'https://git.example.org/team/app.git');
    const other = await run(['issues', plain], env);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /git\.example\.org is neither GitHub nor GitLab/);
  });
});
