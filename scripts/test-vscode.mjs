// The in-VS-Code layers of `npm test`: the extension's mocha suite inside a real extension host (once trusted,
// once in Restricted Mode), then browser-level tests that drive the workbench like a person.
// Each layer reports passed, failed and skipped tests (with the reason for each skip); a layer that ran no test
// counts as a failure.
// usage: node scripts/test-vscode.mjs [--only trusted|restricted|browser] [--verbose]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, startCodeServer } from './vscode/codeServer.mjs';
import { FAKE_AUTH_PATH, launchBrowser, runExtensionTests } from './vscode/workbench.mjs';
import { makeGitRepo } from './vscode/workspaces.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const verbose = process.argv.includes('--verbose') || !!process.env.ONRAMP_TEST_VERBOSE;
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

/** A browser test calls `skip(reason)` (one sentence) when it cannot run here; the reason is reported. */
class Skip extends Error {}
function skip(reason) {
  throw new Skip(reason);
}

const layers = [];
const entry = ensureCodeServer();
const browser = await launchBrowser();
try {
  for (const mode of ['trusted', 'restricted']) {
    if (only && only !== mode) continue;
    layers.push(await runSuite(mode));
  }
  if (!only || only === 'browser') layers.push(await runBrowserTests());
} finally {
  await browser.close();
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const layer of layers) {
  passed += layer.passed;
  failed += layer.failed;
  skipped += layer.skipped;
}
writeFileSync(join(resultsDir, 'vscode.json'), JSON.stringify({ layers, passed, failed, skipped }, null, 2));
console.log(`vscode: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

async function runSuite(mode) {
  const name = `vscode-${mode}`;
  const started = Date.now();
  const workspace = await makeGitRepo(join(root, 'demo-project'));
  const settings = mode === 'trusted' ? { 'security.workspace.trust.enabled': false } : {};
  // The fake GitHub sign-in (test/vscode/auth/) is installed beside Onramp; its account already allows Onramp.
  const server = await startCodeServer({ entry, settings, extensions: [FAKE_AUTH_PATH] });
  const echo = (line) => {
    if (verbose || /error|fail|exception/i.test(line)) console.log(`  [${mode} host] ${line.slice(0, 2000)}`);
  };
  try {
    const { code, results } = await runExtensionTests(browser, server, {
      folder: workspace,
      extensionPath: root,
      testsPath: join(root, 'out', 'test', 'vscode', 'suite', 'index.js'),
      echo,
    });
    const meta = results.find((r) => r.kind === 'meta');
    const tests = results.filter((r) => r.kind === 'test');
    const problems = [];
    if (!meta) problems.push(`the suite never started (exit ${code}); is the extension or the test bundle broken?`);
    else if (meta.trusted !== (mode === 'trusted')) problems.push(`the window was ${meta.trusted ? 'trusted' : 'restricted'}, expected ${mode}`);
    if (code === 'timeout') problems.push('the suite timed out');
    const failedCount = tests.filter((t) => t.state === 'failed').length;
    if (code !== 0 && code !== 'timeout' && failedCount === 0 && meta) problems.push(`the host exited with ${code} without a failed test`);
    return report(name, tests, problems, started, meta);
  } finally {
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function runBrowserTests() {
  const started = Date.now();
  const dir = join(root, 'test', 'browser');
  const screenshots = join(resultsDir, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  const tests = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) {
    const module = await import(join(dir, file));
    for (const [title, body] of Object.entries(module.tests)) {
      // ONRAMP_TEST_GREP narrows the browser tests too (by "file: title"), as it does the mocha suites.
      if (process.env.ONRAMP_TEST_GREP && !new RegExp(process.env.ONRAMP_TEST_GREP).test(`${file}: ${title}`)) continue;
      const workspace = await makeGitRepo(join(root, 'demo-project'));
      // A test module may ask for Restricted Mode per test: `export const restricted = new Set([title])`.
      const trusted = !module.restricted?.has(title);
      // …and the test sign-in (test/vscode/auth/) beside Onramp: `export const fakeAuth = new Set([title])`.
      const extensions = module.fakeAuth?.has(title) ? [FAKE_AUTH_PATH] : [];
      const server = await startCodeServer({ entry, settings: trusted ? { 'security.workspace.trust.enabled': false } : {}, extensions });
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const t0 = Date.now();
      try {
        await body({ page, server, workspace, extensionPath: root, screenshots, skip });
        tests.push({ title: `${file}: ${title}`, state: 'passed', ms: Date.now() - t0 });
      } catch (error) {
        if (error instanceof Skip) {
          tests.push({ title: `${file}: ${title}`, state: 'skipped', reason: error.message });
        } else {
          await page.screenshot({ path: join(screenshots, `FAILED-${title.replace(/\W+/g, '-')}.png`) }).catch(() => {});
          tests.push({ title: `${file}: ${title}`, state: 'failed', error: error.stack ?? String(error) });
        }
      } finally {
        await page.close();
        await server.stop();
        rmSync(workspace, { recursive: true, force: true });
      }
    }
  }
  return report('browser', tests, [], started);
}

function report(name, tests, problems, started, meta) {
  const failedTests = tests.filter((t) => t.state === 'failed');
  const passed = tests.filter((t) => t.state === 'passed').length;
  const skipped = tests.filter((t) => t.state === 'skipped').length;
  // A layer that ran nothing (no test files, or every test skipped) has tested nothing: that is a failure.
  if (passed + failedTests.length === 0 && problems.length === 0) problems.push(skipped ? `no tests ran (all ${skipped} skipped)` : 'no tests ran');
  const failed = failedTests.length + problems.length;
  const where = meta ? ` (VS Code ${meta.vscodeVersion}, ${meta.trusted ? 'trusted' : 'Restricted Mode'})` : '';
  const mark = { passed: '✓', failed: '✗', skipped: '-' };
  console.log(`\n${name}${where}`);
  for (const t of tests) console.log(`  ${mark[t.state] ?? '?'} ${t.title}${t.ms !== undefined ? ` (${t.ms} ms)` : ''}${t.state === 'skipped' ? `\n    skipped: ${t.reason}` : ''}`);
  for (const t of failedTests) console.log(`\n  FAILED: ${t.title}\n    ${String(t.error).split('\n').slice(0, 12).join('\n    ')}`);
  for (const p of problems) console.log(`  ✗ ${p}`);
  console.log(`  ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { name, passed, failed, skipped, tests, problems };
}
