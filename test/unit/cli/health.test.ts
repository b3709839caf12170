import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { ReplayServer } from '../../support/replayServer';

const repoRoot = join(__dirname, '../../../..');
const cli = join(repoRoot, 'dist/cli.js');
const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('onramp health (dist/cli.js)', function () {
  this.timeout(30_000);
  let server: ReplayServer;
  let dir: string;
  let env: Record<string, string>;
  before(async function () {
    if (!existsSync(cli)) this.skip(); // built by `node scripts/build.mjs`, which --tests runs as well
    dir = mkdtempSync(join(tmpdir(), 'onramp-health-'));
    await simpleGit().init(['--initial-branch=main', join(dir, 'widget')]);
    await simpleGit(join(dir, 'widget')).addRemote('origin', 'https://github.com/onramp-demo/widget.git');
    env = { XDG_CACHE_HOME: join(dir, 'cache'), ONRAMP_HTTP_RETRY_MS: '1' };
    server = await ReplayServer.start();
    const base = '/repos/onramp-demo/widget';
    const web = 'https://github.com/onramp-demo/widget';
    server.add(
      { path: `${base}/labels`, reply: { body: [{ name: 'good first issue', description: null }, { name: 'bug', description: null }] } },
      {
        path: `${base}/issues`,
        query: { state: 'all' },
        reply: {
          body: [
            { number: 7, title: 'Typo in README', html_url: `${web}/issues/7`, user: { login: 'ann' }, author_association: 'NONE', created_at: hoursAgo(50), closed_at: null, labels: [{ name: 'good first issue' }], assignees: [] },
            { number: 8, title: 'Fix the slug of emoji', html_url: `${web}/pull/8`, user: { login: 'ann' }, author_association: 'FIRST_TIME_CONTRIBUTOR', created_at: hoursAgo(40), closed_at: null, pull_request: { merged_at: null } },
          ],
        },
      },
      { path: `${base}/issues/comments`, reply: { body: [{ issue_url: `https://api.github.com${base}/issues/7`, user: { login: 'maya' }, author_association: 'OWNER', created_at: hoursAgo(47) }] } },
      { path: `${base}/issues/events`, reply: { body: [] } },
      { path: `${base}/pulls`, query: { state: 'open' }, reply: { body: [{ number: 8, requested_reviewers: [{ login: 'maya' }], requested_teams: [] }] } },
      { path: `${base}/pulls/8/reviews`, reply: { body: [] } },
    );
  });
  after(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints each figure with the issues and pull requests behind it', async () => {
    const result = await run(['health', join(dir, 'widget'), '--api-url', server.url], env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Newcomer health of onramp-demo\/widget/);
    assert.match(result.stdout, /Open, unassigned beginner issues now: 1\n\s+#7 Typo in README {2}https:\/\/github\.com\/onramp-demo\/widget\/issues\/7/);
    // #7 answered after 3 h; #8 has no reply.
    assert.match(result.stdout, /First-timers: 3 h \(median over 1\); 1 without a reply\n\s+#8 /);
    assert.match(result.stdout, /Open, waiting on review requested, not given: 1\n\s+#8 Fix the slug of emoji/);
    assert.match(result.stdout, /0 of 1 first-time contributors opened another pull request/);
  });

  it('gives the figures as JSON', async () => {
    const result = await run(['health', join(dir, 'widget'), '--api-url', server.url, '--json', '--since', '30'], env);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout) as { days: number; outcome: { open: { number: number }[] }; sampled: string[] };
    assert.equal(json.days, 30);
    assert.deepEqual(json.outcome.open.map((p) => p.number), [8]);
    assert.deepEqual(json.sampled, []);
  });

  it('writes a self-contained HTML report with --html', async () => {
    const file = join(dir, 'health.html');
    const result = await run(['health', join(dir, 'widget'), '--api-url', server.url, '--html', file], env);
    assert.equal(result.code, 0, result.stderr);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<h1>Newcomer health of onramp-demo\/widget/);
    assert.match(html, /<a href="https:\/\/github\.com\/onramp-demo\/widget\/pull\/8">#8<\/a> Fix the slug of emoji/);
    assert.match(html, /<svg [^>]*role="img" aria-label="Pull requests"/, 'the charts are static SVG drawn when the file was written');
    assert.doesNotMatch(html, /<script|\ssrc=/i, 'one self-contained file: no script, nothing loaded');
  });

  it('refuses a bad --since with a usage error', async () => {
    const result = await run(['health', join(dir, 'widget'), '--since', 'soon'], env);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--since needs a whole number of days/);
  });
});
