// Part of `npm run bench` (and runnable alone: `node scripts/bench-activation.mjs`): Onramp's activation time as
// VS Code reports it, and, when a copy of the fastest peer is at hand, that peer's in the same VS Code and window.
//
// The peer is vscode-commitlint (joshbolduc/vscode-commitlint), which lints the same Source Control input.
// ONRAMP_PEER_COMMITLINT names a .vsix of it, or a source checkout: the checkout is built as its own
// package.json says (`npm ci`, then its `package` script, which runs esbuild and vsce) into a .vsix. The .vsix is
// installed into the bench's VS Code with code-server's --install-extension, like a user installs it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleGit } from 'simple-git';
import { ensureCodeServer, startCodeServer } from './vscode/codeServer.mjs';
import { openWorkbench, runCommand } from './vscode/person.mjs';
import { launchBrowser, runExtensionTests } from './vscode/workbench.mjs';
import { makeGitRepo } from './vscode/workspaces.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PEER_ID = 'joshbolduc.commitlint';
export const PEER_NAME = 'vscode-commitlint';

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const spread = (xs) =>
  xs.length === 0 ? 'no figures' : `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
export const line = (name, value) => console.log(`${name.padEnd(48)} ${value}`);

/**
 * The peer's .vsix, built from ONRAMP_PEER_COMMITLINT when that is a checkout; `{ note }` (one sentence) when there
 * is none. Building runs the peer's own scripts: do it only with a checkout you trust.
 */
export function preparePeer(source = process.env.ONRAMP_PEER_COMMITLINT) {
  if (!source) return { note: `${PEER_NAME} is not measured beside Onramp: set ONRAMP_PEER_COMMITLINT to a .vsix or a source checkout of it.` };
  const path = resolve(source);
  if (!existsSync(path)) return { note: `${PEER_NAME} is not measured beside Onramp: ONRAMP_PEER_COMMITLINT names ${path}, which does not exist.` };
  if (statSync(path).isFile()) return { vsix: path };
  const vsixIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.vsix')).map((f) => join(dir, f));
  try {
    const pkg = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
    const run = (...args) => execFileSync('npm', args, { cwd: path, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
    if (!existsSync(join(path, 'node_modules'))) run(existsSync(join(path, 'package-lock.json')) ? 'ci' : 'install', '--ignore-scripts');
    for (const old of vsixIn(path)) rmSync(old);
    if (pkg.scripts?.package) run('run', '--silent', 'package');
    else execFileSync('npx', ['--yes', '@vscode/vsce', 'package'], { cwd: path, stdio: ['ignore', 'ignore', 'inherit'] });
    const [vsix] = vsixIn(path);
    if (!vsix) return { note: `${PEER_NAME} is not measured beside Onramp: building ${path} made no .vsix.` };
    return { vsix };
  } catch (error) {
    return { note: `${PEER_NAME} is not measured beside Onramp: building ${path} failed (${String(error.message).split('\n')[0]}).` };
  }
}

/** Installs a .vsix into a running bench server's extensions folder with code-server's own CLI. */
function installInto(server, entry, vsix) {
  execFileSync(process.execPath, [entry, '--user-data-dir', server.userData, '--extensions-dir', join(server.root, 'extensions'), '--install-extension', vsix, '--force'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * The activation time the Running Extensions editor shows for an extension, in ms. A row is named by the
 * extension's display name, or by its identifier when the name is a placeholder (an extension under development).
 */
async function shownActivation(page, names) {
  const name = new RegExp(`^(${names.map((n) => n.replace(/\./g, '\\.')).join('|')})$`, 'i');
  const row = page.locator('.runtime-extensions-editor .extension').filter({ has: page.locator('.name', { hasText: name }) }).first();
  // The row can show "Activating..." for a moment; wait until it holds a figure.
  for (let tries = 0; tries < 100; tries++) {
    const text = await row.locator('.activation-time').textContent({ timeout: tries === 0 ? 30_000 : 1_000 }).catch(() => '');
    const match = /(\d+)ms/.exec(text ?? '');
    if (match) return Number(match[1]);
    await page.waitForTimeout(200);
  }
  const shown = await page.locator('.runtime-extensions-editor .extension .name').allTextContents();
  throw new Error(`the Running Extensions editor showed no activation time for ${names[0]} (it lists ${shown.join(', ') || 'nothing'})`);
}

/**
 * A git repository with the demo's commit rules and README but no contribution guide: nothing activates Onramp or
 * the peer at startup; opening Source Control activates both (onLanguage:scminput), at the same moment.
 */
async function makeScmOnlyRepo(root) {
  const source = mkdtempSync(join(tmpdir(), 'onramp-bench-scm-src-'));
  for (const file of ['.commitlintrc.json', 'README.md', 'package.json']) cpSync(join(root, 'demo-project', file), join(source, file));
  try {
    return await makeGitRepo(source, { prefix: 'onramp-bench-scm-' });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

/**
 * Measures in `runs` fresh windows of one server, reading VS Code's own figures from the Running Extensions editor
 * (code loading plus the synchronous activate() call, as VS Code times it):
 * 1. `folder` (the demo project): its guide activates Onramp at startup.
 * 2. With the peer: a folder without a guide where opening Source Control activates both, side by side.
 * 3. `extension.activate()` as an API caller waits for it, in `empty`, where nothing activated Onramp before.
 */
export async function benchActivation({ browser, server, entry, root, runs, folder, empty, peer }) {
  if (peer.vsix) installInto(server, entry, peer.vsix);
  const scmOnly = peer.vsix ? await makeScmOnlyRepo(root) : undefined;
  const own = [];
  const sideBySide = [];
  const peerFigures = [];
  const api = [];
  const firstRead = [];
  const runningExtensions = async (page) => {
    await runCommand(page, 'Developer: Show Running Extensions');
  };
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await openWorkbench(page, server, { folder, extensionPath: root });
      await runningExtensions(page);
      own.push(await shownActivation(page, ['Onramp', 'onramp-dev.onramp']));
      await page.close();

      if (scmOnly) {
        const both = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await openWorkbench(both, server, { folder: scmOnly, extensionPath: root });
        // The Source Control view's commit message box is both extensions' activation event (onLanguage:scminput).
        await both.locator('.activitybar [aria-label^="Source Control"]').first().click();
        await both.locator('.scm-view .scm-editor').first().waitFor({ timeout: 60_000 });
        await runningExtensions(both);
        sideBySide.push(await shownActivation(both, ['Onramp', 'onramp-dev.onramp']));
        peerFigures.push(await shownActivation(both, ['commitlint', PEER_ID]));
        await both.close();
      }

      const { code, results } = await runExtensionTests(browser, server, {
        folder: empty,
        extensionPath: root,
        testsPath: join(root, 'out/test/vscode/bench/activation.js'),
        timeoutMs: 120_000,
      });
      const sample = results.find((r) => r.kind === 'bench' && r.name === 'activation');
      const read = results.find((r) => r.kind === 'bench' && r.name === 'firstRead');
      if (code !== 0 || !sample || !read) throw new Error(`activation run ${i + 1} failed (exit ${code})`);
      api.push(sample.ms);
      firstRead.push(read.ms);
      process.stderr.write(`activation run ${i + 1}/${runs}: Onramp ${own.at(-1)} ms${scmOnly ? `; side by side: Onramp ${sideBySide.at(-1)} ms, ${PEER_NAME} ${peerFigures.at(-1)} ms` : ''}\n`);
    }
  } finally {
    if (scmOnly) rmSync(scmOnly, { recursive: true, force: true });
  }
  return { own, sideBySide, peer: peerFigures, api, firstRead };
}

/** Prints what benchActivation measured, with the peer's figure and the ratio, or why the peer is missing. */
export function printActivation(figures, peer) {
  line('activation, as VS Code reports it (demo, at startup)', spread(figures.own));
  if (peer.vsix) {
    line('side by side, same window and event (Source Control input opened):', '');
    line('  Onramp', spread(figures.sideBySide));
    line(`  ${PEER_NAME}`, spread(figures.peer));
    line(`  Onramp / ${PEER_NAME} (medians; below 1 = Onramp faster)`, (median(figures.sideBySide) / median(figures.peer)).toFixed(2));
  } else {
    console.log(peer.note);
  }
  line('activation, extension.activate() seen from the API', spread(figures.api));
  line('first guide read after activation (loads dist/reader.js)', spread(figures.firstRead));
}

// Alone: build for production, measure, restore the development build.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(here, '..');
  const runs = Number(process.env.ONRAMP_BENCH_RUNS || 7);
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--tests'], { cwd: root, stdio: 'inherit' });
  line('dist/extension.js (minified, loaded on activation)', `${(statSync(join(root, 'dist/extension.js')).size / 1024).toFixed(1)} KB`);
  const peer = preparePeer();
  const entry = ensureCodeServer();
  const demo = await makeGitRepo(join(root, 'demo-project'));
  const empty = mkdtempSync(join(tmpdir(), 'onramp-bench-'));
  await simpleGit(empty).init();
  const server = await startCodeServer({ entry, settings: { 'security.workspace.trust.enabled': false } });
  const browser = await launchBrowser();
  try {
    printActivation(await benchActivation({ browser, server, entry, root, runs, folder: demo, empty, peer }), peer);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(empty, { recursive: true, force: true });
    rmSync(demo, { recursive: true, force: true });
    execFileSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: root, stdio: 'inherit' });
  }
}
