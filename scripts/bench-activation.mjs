// Part of `npm run bench` (and runnable alone: `node scripts/bench-activation.mjs`): Onramp's activation time as
// VS Code reports it, and, when a copy of the fastest peer is at hand, that peer's in the same VS Code and window.
//
// The peer is vscode-commitlint (joshbolduc/vscode-commitlint), which lints the same Source Control input.
// ONRAMP_PEER_COMMITLINT names a .vsix of it, or a source checkout: the checkout is built as its own
// package.json says (`npm ci`, then its `package` script, which runs esbuild and vsce) into a .vsix. The .vsix is
// installed into the bench's VS Code with code-server's --install-extension, like a user installs it.
//
// Onramp is compared installed the same way, from the .vsix `npm run package` makes, not as an extension under
// development: that is what a user runs, and both then load through the same path. Both activate on the same
// event; VS Code starts each one's code-loading clock before an await, so the one that loads second has the
// first one's loading inside its figure. So each is also measured alone, in a VS Code where only it is installed.
//
// What "activation time" is here: the Running Extensions editor's figure, VS Code's codeLoadingTime (requiring the
// `main` file, the `vscode` module's API object for the extension made on its first require included) plus
// activateCallTime (the synchronous activate() call), each a difference of two Date.now() readings, so whole ms.
// VS Code's third figure, activateResolvedTime (from the call's return until the promise it returned resolved), is
// not in it; VS Code waits for that promise before it runs a command that activated the extension. The bench
// reads all three from "Developer: Startup Performance" and prints them beside the shown figures.
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

/** Makes onramp.vsix with the package script (which builds for production first); returns its path. */
export function packageOnramp(root) {
  const vsix = join(root, 'onramp.vsix');
  rmSync(vsix, { force: true });
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
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
 * VS Code's three activation figures for extension `id`, in ms, as "Developer: Startup Performance" lists them
 * (its "Extension Activation Stats" table): `load` (code loading), `call` (the activate() call) and `resolve` (from
 * the call's return until the promise it returned resolved; near 0 for an activate() that returns no promise). The
 * Running Extensions editor shows load + call only; `resolve` is where work deferred past the call goes, so the
 * bench reports it too. Opens the Startup Performance editor in `page`.
 */
async function activationStats(page, ids) {
  await runCommand(page, 'Developer: Startup Performance');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: 30_000 });
  const stats = [];
  for (const id of ids) {
    const row = new RegExp(`^\\|\\s*${id.replace(/\./g, '\\.')}\\s*\\|\\s*(?:true|false)\\s*\\|\\s*(-?\\d+)\\s*\\|\\s*(-?\\d+)\\s*\\|\\s*(-?\\d+)\\s*\\|`, 'i');
    let found;
    // The table is far down a long document and Monaco renders only the lines in view: finding the row brings it
    // there. The document is filled once VS Code's timers are ready, so try again for a while.
    for (let tries = 0; tries < 20 && !found; tries++) {
      await editor.click();
      await page.keyboard.press('Control+F');
      await page.keyboard.type(`| ${id} `);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      const lines = await editor.locator('.view-lines .view-line').allTextContents();
      found = lines.map((l) => row.exec(l.replace(/\s+/g, ' ').trim())).find(Boolean);
      if (!found) await page.waitForTimeout(500);
    }
    if (!found) throw new Error(`Developer: Startup Performance listed no activation figures for ${id}`);
    stats.push({ load: Number(found[1]), call: Number(found[2]), resolve: Number(found[3]) });
  }
  return stats;
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

/** A bench VS Code with these .vsix files installed (and nothing under development). */
async function serverWith(entry, vsixes) {
  const server = await startCodeServer({ entry, settings: { 'security.workspace.trust.enabled': false } });
  for (const vsix of vsixes) installInto(server, entry, vsix);
  return server;
}

/**
 * Opens `folder` in a fresh window of `server`, opens Source Control (its commit message box is the activation
 * event, onLanguage:scminput) and returns, for each of `rows`, the Running Extensions editor's figure (`shown`: code
 * loading plus the activate() call) and VS Code's three figures behind it (`stats`, see activationStats).
 */
async function scmActivation(browser, server, folder, rows) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await openWorkbench(page, server, { folder });
    await page.locator('.activitybar [aria-label^="Source Control"]').first().click();
    await page.locator('.scm-view .scm-editor').first().waitFor({ timeout: 60_000 });
    await runCommand(page, 'Developer: Show Running Extensions');
    const shown = [];
    for (const row of rows) shown.push(await shownActivation(page, row.names));
    const stats = await activationStats(page, rows.map((row) => row.id));
    return rows.map((_, k) => ({ shown: shown[k], ...stats[k] }));
  } finally {
    await page.close();
  }
}

const ONRAMP_ROW = ['Onramp', 'onramp-dev.onramp'];
const PEER_ROW = ['commitlint', PEER_ID];
const ONRAMP_SCM = { names: ONRAMP_ROW, id: 'onramp-dev.onramp' };
const PEER_SCM = { names: PEER_ROW, id: PEER_ID };

/**
 * Measures in `runs` fresh windows, reading VS Code's own figures from the Running Extensions editor
 * (code loading plus the synchronous activate() call, as VS Code times it):
 * 1. `folder` (the demo project): its guide activates Onramp (under development) at startup.
 * 2. With the peer and `vsix` (Onramp's package): a folder without a guide where opening Source Control activates
 *    both installed extensions side by side; and each alone, in a VS Code where only it is installed.
 * 3. `extension.activate()` as an API caller waits for it, in `empty`, where nothing activated Onramp before.
 */
export async function benchActivation({ browser, server, entry, root, runs, folder, empty, peer, vsix }) {
  const compare = Boolean(peer.vsix && vsix);
  const scmOnly = compare ? await makeScmOnlyRepo(root) : undefined;
  const servers = compare ? { both: await serverWith(entry, [peer.vsix, vsix]), onramp: await serverWith(entry, [vsix]), peer: await serverWith(entry, [peer.vsix]) } : undefined;
  const own = [];
  const sideBySide = [];
  const peerFigures = [];
  const alone = [];
  const peerAlone = [];
  const api = [];
  const firstRead = [];
  // VS Code's three figures behind each shown one (activationStats), same order.
  const detail = { sideBySide: [], peer: [], alone: [], peerAlone: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await openWorkbench(page, server, { folder, extensionPath: root });
      await runCommand(page, 'Developer: Show Running Extensions');
      own.push(await shownActivation(page, ONRAMP_ROW));
      await page.close();

      if (servers) {
        const [onramp, commitlint] = await scmActivation(browser, servers.both, scmOnly, [ONRAMP_SCM, PEER_SCM]);
        sideBySide.push(onramp.shown);
        peerFigures.push(commitlint.shown);
        detail.sideBySide.push(onramp);
        detail.peer.push(commitlint);
        const [onrampAlone] = await scmActivation(browser, servers.onramp, scmOnly, [ONRAMP_SCM]);
        const [commitlintAlone] = await scmActivation(browser, servers.peer, scmOnly, [PEER_SCM]);
        alone.push(onrampAlone.shown);
        peerAlone.push(commitlintAlone.shown);
        detail.alone.push(onrampAlone);
        detail.peerAlone.push(commitlintAlone);
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
      const compared = servers ? `; side by side: Onramp ${sideBySide.at(-1)} ms, ${PEER_NAME} ${peerFigures.at(-1)} ms; alone: Onramp ${alone.at(-1)} ms, ${PEER_NAME} ${peerAlone.at(-1)} ms` : '';
      process.stderr.write(`activation run ${i + 1}/${runs}: Onramp ${own.at(-1)} ms${compared}\n`);
    }
  } finally {
    if (scmOnly) rmSync(scmOnly, { recursive: true, force: true });
    for (const s of Object.values(servers ?? {})) await s.stop();
  }
  return { own, sideBySide, peer: peerFigures, alone, peerAlone, api, firstRead, detail };
}

/** Prints what benchActivation measured, with the peer's figures and the ratios, or why the peer is missing. */
export function printActivation(figures, peer) {
  line('activation, as VS Code reports it (demo, at startup)', spread(figures.own));
  if (peer.vsix && figures.sideBySide.length > 0) {
    line('both installed, same window and event (Source Control input opened):', '');
    line('  Onramp', spread(figures.sideBySide));
    line(`  ${PEER_NAME}`, spread(figures.peer));
    line(`  Onramp / ${PEER_NAME} (medians; below 1 = Onramp faster)`, (median(figures.sideBySide) / median(figures.peer)).toFixed(2));
    line('each alone (only it installed), same event:', '');
    line('  Onramp', spread(figures.alone));
    line(`  ${PEER_NAME}`, spread(figures.peerAlone));
    line(`  Onramp / ${PEER_NAME} (medians; below 1 = Onramp faster)`, (median(figures.alone) / median(figures.peerAlone)).toFixed(2));
    // What the figures above leave out: work an extension defers past its activate() call into the promise it
    // returns still runs before its commands (and API) are available.
    const parts = (xs) => (xs.length === 0 ? 'no figures' : `load ${median(xs.map((x) => x.load))}, call ${median(xs.map((x) => x.call))}, until resolved ${median(xs.map((x) => x.resolve))}; load+call+resolved ${spread(xs.map((x) => x.load + x.call + x.resolve))}`);
    line('VS Code\'s figures behind them (Startup Performance, medians):', '');
    line('  side by side: Onramp', parts(figures.detail.sideBySide));
    line(`  side by side: ${PEER_NAME}`, parts(figures.detail.peer));
    line('  alone: Onramp', parts(figures.detail.alone));
    line(`  alone: ${PEER_NAME}`, parts(figures.detail.peerAlone));
  } else {
    console.log(peer.note ?? `${PEER_NAME} is not measured beside Onramp: Onramp's .vsix is missing.`);
  }
  line('activation, extension.activate() seen from the API', spread(figures.api));
  line('first guide read after activation (loads dist/reader.js)', spread(figures.firstRead));
}

/**
 * What every in-VS-Code bench runs in: code-server (trust prompts off), a browser, the demo as a git repository and
 * an empty one; `close()` takes it all down.
 */
export async function openBenchWorkbench(root) {
  const entry = ensureCodeServer();
  const demo = await makeGitRepo(join(root, 'demo-project'));
  const empty = mkdtempSync(join(tmpdir(), 'onramp-bench-'));
  await simpleGit(empty).init();
  const server = await startCodeServer({ entry, settings: { 'security.workspace.trust.enabled': false } });
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await server.stop();
    rmSync(empty, { recursive: true, force: true });
    rmSync(demo, { recursive: true, force: true });
  };
  return { entry, demo, empty, server, browser, close };
}

// Alone: build for production, measure, restore the development build.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(here, '..');
  const runs = Number(process.env.ONRAMP_BENCH_RUNS || 7);
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--tests'], { cwd: root, stdio: 'inherit' });
  line('dist/extension.js (minified, loaded on activation)', `${(statSync(join(root, 'dist/extension.js')).size / 1024).toFixed(1)} KB`);
  const peer = preparePeer();
  const vsix = peer.vsix ? packageOnramp(root) : undefined;
  const { entry, demo, empty, server, browser, close } = await openBenchWorkbench(root);
  try {
    printActivation(await benchActivation({ browser, server, entry, root, runs, folder: demo, empty, peer, vsix }), peer);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await close();
    execFileSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: root, stdio: 'inherit' });
  }
}
