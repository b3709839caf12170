// Opens the VS Code workbench served by code-server in Debian's Chromium, driven by playwright-core.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.ONRAMP_CHROMIUM || '/usr/bin/chromium';

/** Chromium flags that keep it quiet on a machine without internet. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set ONRAMP_CHROMIUM).`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * The test-only extension that answers VS Code's `github` and `github-enterprise` sign-in with fake tokens
 * (test/vscode/auth/). The extension tests install it into code-server's extensions folder (the workbench takes
 * one extension development path only), a browser test when it asks (`export const fakeAuth`); the demo and
 * the bench never load it.
 */
export const FAKE_AUTH_PATH = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'test', 'vscode', 'auth');
/** The fake provider's account, as test/vscode/auth/extension.js names it. */
export const FAKE_AUTH_ACCOUNT = 'onramp-tester';
const ONRAMP_ID = 'onramp-dev.onramp';

/** The workbench URL for a folder, with the extension under development and, optionally, a test module. */
export function workbenchUrl(server, { folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Before the workbench loads: records in the browser's application storage (IndexedDB, as VS Code for the web
 * keeps it) that the fake account already allowed Onramp, as if the user had once clicked "Allow". VS Code then
 * hands Onramp an existing fake session on a silent request; a new sign-in still goes through VS Code's own
 * consent dialog (which VS Code refuses to show while extension tests run). Each page is a fresh browser
 * context, so nothing of this outlives the run.
 */
export async function allowOnrampForFakeAccount(page, server) {
  await page.goto(`${server.url}/healthz`);
  // The test module itself calls the API as VS Code's null extension (the host does not count it as inside an
  // extension's folder), so a test can check what a silent request hands out.
  const allowed = JSON.stringify([
    { id: ONRAMP_ID, name: 'Onramp', allowed: true },
    { id: 'nullextensiondescription', name: 'Onramp tests', allowed: true },
  ]);
  await page.evaluate(
    ({ keys, allowed }) =>
      new Promise((resolve, reject) => {
        // eslint-disable-next-line no-undef -- runs in the page
        const open = indexedDB.open('vscode-web-state-db-global');
        open.onupgradeneeded = () => open.result.createObjectStore('ItemTable');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('ItemTable', 'readwrite');
          for (const key of keys) tx.objectStore('ItemTable').put(allowed, key);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { keys: ['github', 'github-enterprise'].map((p) => `${p}-${FAKE_AUTH_ACCOUNT}`), allowed },
  );
}

/** Prefix of the lines the in-host reporter writes for each test; the rest of the console is passed through. */
export const RESULT_PREFIX = 'ONRAMP_TEST_RESULT ';

/**
 * Loads the workbench with `extensionTestsPath`, lets the in-host mocha run, and returns its exit code
 * and per-test results. Each run is a fresh page, so a fresh extension host.
 */
export async function runExtensionTests(browser, server, { folder, extensionPath, testsPath, timeoutMs = 300_000, echo = () => {} }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const results = [];
  page.on('console', (message) => {
    const text = message.text();
    // The extension host's console reaches the page with a log-level prefix, e.g. "%c INFO color: #33f ".
    const at = text.indexOf(RESULT_PREFIX);
    if (at >= 0) {
      try {
        results.push(JSON.parse(text.slice(at + RESULT_PREFIX.length)));
      } catch {
        echo(text);
      }
    } else {
      echo(text);
    }
  });
  page.on('pageerror', (error) => echo(`page error: ${error.message}`));
  const exited = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  await allowOnrampForFakeAccount(page, server);
  await page.goto(workbenchUrl(server, { folder, extensionPath, testsPath }));
  let timer;
  const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))]);
  clearTimeout(timer);
  await page.close();
  return { code, results };
}
