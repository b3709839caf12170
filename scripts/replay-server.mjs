// A local stand-in for the GitHub API with the demo project's issues and pull requests, for `npm start`'s offline
// demo and for trying `onramp issues` without network:
//   node scripts/replay-server.mjs [--port N]
//   npx onramp issues demo-copy --api-url http://127.0.0.1:N
// It serves test/support/demoScenario.ts, demoPullRequests.ts and demoHealth.ts through the tests' replay server, bundled on the
// fly with esbuild. A pull request opened against it is printed here and served back at its address as a page.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;

const dir = mkdtempSync(join(tmpdir(), 'onramp-replay-'));
const bundle = join(dir, 'replay.js');
await esbuild.build({
  stdin: {
    contents: "export { ReplayServer } from './test/support/replayServer'; export { addDemoScenario, DEMO_REPOSITORY } from './test/support/demoScenario'; export { addDemoPullRequests } from './test/support/demoPullRequests'; export { addDemoHealth } from './test/support/demoHealth';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
});
process.chdir(root);
const { ReplayServer, addDemoScenario, addDemoPullRequests, addDemoHealth, DEMO_REPOSITORY } = createRequire(import.meta.url)(bundle);
rmSync(dir, { recursive: true, force: true });
const server = await ReplayServer.start({ port });
// First: its look-up of a pull request by head is answered before the scenario's listing of every open one.
addDemoPullRequests(server, {
  upstream: DEMO_REPOSITORY,
  onCreated: (pr) => {
    const rule = '-'.repeat(72);
    console.log(`\nPull request #${pr.number} opened${pr.draft ? ' as a draft' : ''}: ${pr.head} -> ${pr.base}\n${pr.url}\n${rule}\n${pr.title}\n\n${pr.body.trimEnd()}\n${rule}`);
  },
});
// Before the scenario: its comment listing for the health page is narrower than the picker's.
addDemoHealth(server);
addDemoScenario(server);
console.log(`Replaying ${DEMO_REPOSITORY} at ${server.url} (Ctrl+C to stop)`);
process.on('SIGINT', () => server.close().then(() => process.exit(0)));
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
