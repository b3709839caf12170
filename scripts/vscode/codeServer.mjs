// Installs code-server (VS Code's workbench with a real Node extension host) from the npm registry into a
// per-version cache outside the clone, and starts it on 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemPackages } from './system.mjs';

/** The newest code-server whose engines.node is 20: it ships VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';

export function cacheDir() {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'onramp', `code-server-${CODE_SERVER_VERSION}`);
}

export function entryOf(dir = cacheDir()) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Returns the path of code-server's entry.js, installing it first when the cache lacks it. */
export function ensureCodeServer(log = console.error) {
  ensureSystemPackages(log);
  const dir = cacheDir();
  if (existsSync(join(dir, '.complete')) && existsSync(entryOf(dir))) return entryOf(dir);

  log(`onramp: installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; about a minute)`);
  const started = Date.now();
  mkdirSync(join(dir, '..'), { recursive: true });
  // Build beside the cache and rename at the end, so an interrupted install never looks complete.
  const work = mkdtempSync(join(dir, '..', `.code-server-${CODE_SERVER_VERSION}-`));
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false' };
  const run = (cwd, ...args) => execFileSync('npm', args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'onramp-code-server', private: true }));
    run(work, 'install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`);
    run(work, 'rebuild', 'argon2');
    const vscodeDir = join(work, 'node_modules', 'code-server', 'lib', 'vscode');
    run(vscodeDir, 'install', '--omit=dev', '--ignore-scripts');
    // @vscode/ripgrep's postinstall downloads rg from the internet unless bin/ exists: Debian's rg serves.
    const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgBin, { recursive: true });
    if (!existsSync(join(rgBin, 'rg'))) symlinkSync('/usr/bin/rg', join(rgBin, 'rg'));
    run(vscodeDir, 'rebuild');
    // The links code-server's own postinstall.sh would have made.
    link('node_modules', join(vscodeDir, 'node_modules.asar'));
    link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    run(join(vscodeDir, 'extensions'), 'install', '--omit=dev');
    writeFileSync(join(work, '.complete'), new Date().toISOString());
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`Installing code-server ${CODE_SERVER_VERSION} failed: ${error.message}`);
  }
  log(`onramp: code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return entryOf(dir);
}

function link(target, path) {
  rmSync(path, { force: true });
  symlinkSync(target, path);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Installs unpacked extension folders (each with its package.json) into a fresh extensions folder, as VS Code
 * lists installed extensions: a copy named `publisher.name-version` and an entry in extensions.json.
 */
function installExtensions(dir, folders) {
  mkdirSync(dir, { recursive: true });
  const entries = folders.map((folder) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`;
    const relativeLocation = `${id}-${manifest.version}`;
    cpSync(folder, join(dir, relativeLocation), { recursive: true });
    return { identifier: { id }, version: manifest.version, location: { $mid: 1, scheme: 'file', path: join(dir, relativeLocation) }, relativeLocation, metadata: { installedTimestamp: Date.now(), source: 'vsix' } };
  });
  writeFileSync(join(dir, 'extensions.json'), JSON.stringify(entries));
}

/**
 * Starts code-server with a fresh user-data folder. `settings` become the user settings;
 * `env` is passed to the server and so to the extension host; `extensions` are unpacked extension folders to
 * install (the tests' fake sign-in).
 */
export async function startCodeServer({ entry = ensureCodeServer(), settings = {}, env = {}, extensions = [], port, log } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'onramp-vscode-'));
  const userData = join(root, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  if (extensions.length > 0) installExtensions(join(root, 'extensions'), extensions);
  // With extensions installed (the fake GitHub sign-in) the workbench would ask the unreachable marketplace for
  // updates, and with a `github` sign-in registered, VS Code's GitHub features and Cloud Changes start asking
  // GitHub about the repository; on a loaded machine that delayed saves past their participants' time limit
  // (a save in the check tests failed). None of it is under test, so it is switched off.
  const quiet =
    extensions.length > 0
      ? {
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'github.branchProtection': false,
          'github.showAvatar': false,
          'workbench.cloudChanges.autoResume': 'off',
          'workbench.cloudChanges.continueOn': 'off',
          'workbench.experimental.cloudChanges.autoStore': 'off',
        }
      : {};
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', ...quiet, ...settings }, null, 2));
  const chosenPort = port ?? (await freePort());
  const args = [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${chosenPort}`, '--disable-telemetry', '--disable-update-check',
    '--user-data-dir', userData, '--extensions-dir', join(root, 'extensions'),
  ];
  // ONRAMP_TEST_USER_DATA lets a test read the logs the editor wrote (to check that no token is in them).
  const child = spawn(process.execPath, args, { env: { ...process.env, ONRAMP_TEST_USER_DATA: userData, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
    log?.(String(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.on('exit', resolve));

  const url = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not answer on ${url} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  return {
    port: chosenPort,
    url,
    root,
    userData,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
