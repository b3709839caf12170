// `npm run bench`: prints Onramp's speed and size figures. Timing lives here, never in test assertions.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtensionTests } from './vscode/workbench.mjs';
import { benchActivation, openBenchWorkbench, packageOnramp, preparePeer, printActivation, spread } from './bench-activation.mjs';
import { benchBlocking } from './bench-blocking.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.ONRAMP_BENCH_RUNS || 7);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const line = (name, value) => console.log(`${name.padEnd(48)} ${value}`);

console.log('Onramp bench\n');

// Sizes of what a user downloads and what VS Code loads.
execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--tests'], { cwd: root, stdio: 'inherit' });
line('dist/extension.js (minified, loaded on activation)', kb(statSync(join(root, 'dist/extension.js')).size));
for (const name of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('Feature.js')).sort()) {
  line(`dist/${name} (minified, loaded on the feature's first use)`, kb(statSync(join(root, 'dist', name)).size));
}
line('dist/reader.js (minified, loaded on first read)', kb(statSync(join(root, 'dist/reader.js')).size));
line('dist/readerWorker.js (minified, the reader thread)', kb(statSync(join(root, 'dist/readerWorker.js')).size));
line('dist/commits.js (minified, loaded on first lint)', kb(statSync(join(root, 'dist/commits.js')).size));
line('dist/commitlintLoader.mjs (trusted JS configs only)', kb(statSync(join(root, 'dist/commitlintLoader.mjs')).size));
line('dist/cli.js (minified)', kb(statSync(join(root, 'dist/cli.js')).size));
const vsix = packageOnramp(root);
line('onramp.vsix', kb(statSync(vsix).size));

// Activation in the real extension host, fresh window each run (scripts/bench-activation.mjs): VS Code's own
// figure for Onramp and, when ONRAMP_PEER_COMMITLINT gives a copy of it, for vscode-commitlint in the same
// window; then what an API caller waits for, in a folder where nothing activated Onramp before.
const peer = preparePeer();
const { entry, demo, empty, server, browser, close } = await openBenchWorkbench(root);
let activation;
const walkthroughFigures = [];
const idleEvents = [];
let blocking;
try {
  activation = await benchActivation({ browser, server, entry, root, runs, folder: demo, empty, peer, vsix });
  for (let i = 0; i < runs; i++) {
    const shown = await runExtensionTests(browser, server, {
      folder: demo,
      extensionPath: root,
      testsPath: join(root, 'out/test/vscode/bench/walkthrough.js'),
      timeoutMs: 120_000,
    });
    const steps = shown.results.find((r) => r.kind === 'bench' && r.name === 'walkthroughShown');
    const idle = shown.results.find((r) => r.kind === 'bench' && r.name === 'walkthroughIdleEvents');
    if (shown.code !== 0 || !steps || !idle) throw new Error(`walkthrough run ${i + 1} failed (exit ${shown.code})`);
    walkthroughFigures.push(steps.ms);
    idleEvents.push(idle.ms);
  }
  blocking = await benchBlocking({ browser, server, root, runs: Math.max(1, Math.ceil(runs / 3)) });
} finally {
  await close();
}
printActivation(activation, peer);
// The steps come from the same reading as the guide view (the maintainer file is read with the guide, in the
// reader thread), so this includes that one read and loading dist/reader.js in the host to build the steps.
line('activation to walkthrough steps shown (demo, maintainer file)', spread(walkthroughFigures));
line('walkthrough work while idle 3 s (change events; 0 = no polling)', `${Math.max(...idleEvents)} at most (n=${idleEvents.length})`);
line(`longest extension host block, reading a ${kb(blocking.guideBytes)} guide`, spread(blocking.read));
line('longest extension host block, idle for as long', spread(blocking.idle));
if (blocking.readCpu.length) {
  line(`  of which the host thread ran (CPU), reading`, spread(blocking.readCpu));
  line(`  of which the host thread ran (CPU), idle`, spread(blocking.idleCpu));
}

// The guide reader: parse + extract, warm, on the largest guide in the corpus and on a synthetic 1 MB guide;
// then the whole read (finding files, following links) of every corpus project from disk.
const require = createRequire(import.meta.url);
const { extractFacts, readGuide } = require(join(root, 'out/src/core/guide/readGuide.js'));
const { parseDocument } = require(join(root, 'out/src/core/guide/parseDocument.js'));
const { NodeRepoFiles } = require(join(root, 'out/src/core/repo/nodeRepoFiles.js'));
const corpus = require(join(root, 'out/test/unit/support/corpus.js')).requireCorpus().guides;
const guides = [];
for (const project of readdirSync(corpus)) {
  for (const rel of ['CONTRIBUTING.md', '.github/CONTRIBUTING.md', 'docs/CONTRIBUTING.md', 'guides/source/contributing_to_ruby_on_rails.md']) {
    if (existsSync(join(corpus, project, rel))) guides.push({ project, rel, text: readFileSync(join(corpus, project, rel), 'utf8') });
  }
}
guides.sort((a, b) => b.text.length - a.text.length);
const emptyFiles = { guide: 'CONTRIBUTING.md', prTemplates: [], commitlintConfig: null, config: null, linkedDocs: [], readmeSection: null };
const timeExtract = (path, text, rounds) => {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    extractFacts({ guide: parseDocument(path, text), linked: [], prTemplates: [], commitlint: null }, emptyFiles);
    samples.push(performance.now() - t0);
  }
  return samples.slice(Math.min(3, rounds - 1)); // the first rounds warm the JIT
};
const largest = guides[0];
line(`reader: parse + extract, ${largest.project} ${largest.rel} (${kb(largest.text.length)})`, spread(timeExtract(largest.rel, largest.text, 23)));
const fifty = guides.find((g) => g.text.length <= 60_000 && g.text.length >= 40_000) ?? largest;
if (fifty !== largest) line(`reader: parse + extract, ${fifty.project} (${kb(fifty.text.length)})`, spread(timeExtract(fifty.rel, fifty.text, 23)));
// Issue 12's budget (under 20 ms) is for parse + extract of a 50 KB guide: one made of the first 8 KB of the largest
// guides in turn, from the fourth on, as the speed work measures it. Timed in the test build, as the lines above; then
// the whole read of it (finding files, following links: readGuide over the guide held in memory) in the bundle that
// ships, dist/reader.js of the production build. (Both read with markdown-it's field helper rewritten: scripts/build.mjs.)
let fiftyKb = '';
for (let i = 0; fiftyKb.length < 50 * 1024; i++) fiftyKb += guides[(i + 3) % guides.length].text.slice(0, 8000) + '\n\n';
line(`reader: parse + extract, synthetic guide (${kb(fiftyKb.length)}), issue 12`, spread(timeExtract('CONTRIBUTING.md', fiftyKb, 43)));
{
  const bundled = require(join(root, 'dist/reader.js'));
  const bytes = new Uint8Array(Buffer.from(fiftyKb, 'utf8'));
  const inMemory = { list: async (dir) => (dir === '' ? [{ name: 'CONTRIBUTING.md', kind: 'file' }] : []), read: async (path) => (path === 'CONTRIBUTING.md' ? { bytes, truncated: false } : undefined) };
  const samples = [];
  for (let i = 0; i < 43; i++) {
    const t0 = performance.now();
    await bundled.readGuide(inMemory);
    if (i >= 3) samples.push(performance.now() - t0); // the first rounds warm the JIT
  }
  line(`reader: whole read of that guide, dist/reader.js (in memory)`, spread(samples));
}
let synthetic = '';
for (let i = 0; synthetic.length < 1024 * 1024; i++) synthetic += guides[i % guides.length].text + '\n\n';
line(`reader: parse + extract, synthetic guide (${kb(synthetic.length)})`, spread(timeExtract('CONTRIBUTING.md', synthetic, 6)));
const wholeReads = [];
for (const project of readdirSync(corpus)) {
  const t0 = performance.now();
  await readGuide(new NodeRepoFiles(join(corpus, project)));
  wholeReads.push(performance.now() - t0);
}
line(`reader: whole read of a corpus project from disk`, spread(wholeReads));

// The issue picker against a local replay server: cache, unchanged refresh, 1,000 paginated issues.
console.log('');
execFileSync(process.execPath, ['scripts/bench-issues.mjs'], { cwd: root, stdio: 'inherit' });
// Commit message linting: one message as typed (beside bare @commitlint/lint), 1,000 messages, loading the rules.
console.log('');
execFileSync(process.execPath, ['scripts/bench-commits.mjs'], { cwd: root, stdio: 'inherit' });

// The maintainer file: parse + validate of a 100 KB file.
console.log('');
execFileSync(process.execPath, ['scripts/bench-maintainer.mjs'], { cwd: root, stdio: 'inherit' });

// Restore the development build so that F5 / npm start get source maps again.
execFileSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: root, stdio: 'inherit' });
await import('./bench-hostile.mjs');
