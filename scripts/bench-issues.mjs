// The issue picker's figures, against the local replay server (no network):
// - time to show the list from the cache (cache-only read of a refresh's answers),
// - requests, full answers and rate-limit cost of an unchanged refresh (should be 304s only),
// - reading 1,000 issues over paginated answers (10 pages of 100).
// usage: node scripts/bench-issues.mjs   (ONRAMP_BENCH_RUNS sets the number of runs, default 7)
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.ONRAMP_BENCH_RUNS || 7);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const line = (name, value) => console.log(`${name.padEnd(56)} ${value}`);

// Bundled as the CLI ships it (Octokit included), so the figures include what the bundle does.
const dir = mkdtempSync(join(tmpdir(), 'onramp-bench-issues-'));
const bundle = join(dir, 'issues.js');
await esbuild.build({
  stdin: {
    contents: [
      "export { GitHubClient } from './src/core/forge/github';",
      "export { FileResponseCache } from './src/core/forge/fileResponseCache';",
      "export { findBeginnerIssues } from './src/core/issues/findIssues';",
      "export { ReplayServer } from './test/support/replayServer';",
      "export { addGitHubRepo } from './test/support/forgeScenarios';",
      "export { addDemoScenario, DEMO_REPOSITORY } from './test/support/demoScenario';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  outfile: bundle,
  logLevel: 'warning',
});
process.chdir(root);
const { GitHubClient, FileResponseCache, findBeginnerIssues, ReplayServer, addGitHubRepo, addDemoScenario, DEMO_REPOSITORY } = createRequire(import.meta.url)(bundle);

const server = await ReplayServer.start();
addDemoScenario(server);
const now = Date.now();
const many = Array.from({ length: 1000 }, (_, k) => ({ number: k + 1, title: `Issue ${k + 1}`, labels: ['good first issue'], createdAt: new Date(now - k * 3_600_000).toISOString(), comments: k % 3 }));
addGitHubRepo(server, { path: 'bench/big', labels: ['good first issue'], issues: many, comments: many.filter((i) => i.comments).map((i) => ({ issue: i.number, author: 'someone', body: 'Any news?', createdAt: new Date(now - 86_400_000).toISOString() })) });

const cacheDir = join(dir, 'cache');
const client = (path, mode = 'network') => new GitHubClient(path, { apiBaseUrl: server.url, token: 'bench-token', cache: new FileResponseCache(cacheDir), mode });

try {
  // First refresh fills the cache.
  const first = client(DEMO_REPOSITORY);
  const firstList = await findBeginnerIssues(first);
  line('demo: issues listed on the first refresh', `${firstList.issues.length} (${first.session.requests} requests, ${first.session.fullAnswers} full answers)`);

  const fromCache = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await findBeginnerIssues(client(DEMO_REPOSITORY, 'cache-only'));
    fromCache.push(performance.now() - t);
  }
  line('demo: time to show the list from the cache (median)', `${median(fromCache).toFixed(1)} ms`);

  server.reset();
  const before = server.rateLimitRemaining;
  const again = client(DEMO_REPOSITORY);
  await findBeginnerIssues(again);
  line('demo: unchanged refresh: requests', again.session.requests);
  line('demo: unchanged refresh: full answers (counted by GitHub)', `${server.fullAnswers} (304s: ${server.notModified})`);
  line('demo: unchanged refresh: rate-limit cost', before - server.rateLimitRemaining);

  const big = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    server.reset();
    const c = new GitHubClient('bench/big', { apiBaseUrl: server.url, token: 'bench-token' });
    const t = performance.now();
    const issues = await c.listOpenIssues(['good first issue']);
    big.push(performance.now() - t);
    pages = server.requests.length;
    if (issues.length !== 1000) throw new Error(`expected 1000 issues, got ${issues.length}`);
  }
  line('1,000 issues over paginated answers (median)', `${median(big).toFixed(0)} ms (${pages} pages)`);

  server.reset();
  const t = performance.now();
  const whole = await findBeginnerIssues(new GitHubClient('bench/big', { apiBaseUrl: server.url, token: 'bench-token' }));
  line('1,000 issues ranked with comments and pull requests', `${(performance.now() - t).toFixed(0)} ms (${server.requests.length} requests, ${whole.issues.filter((i) => i.ready).length} ready)`);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
