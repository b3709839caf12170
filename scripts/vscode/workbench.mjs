// Opens the VS Code workbench served by code-server in Debian's Chromium, driven by playwright-core.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.ONRAMP_CHROMIUM || '/usr/bin/chromium';

/** Chromium flags that keep it quiet on a machine without internet. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set ONRAMP_CHROMIUM).`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The workbench URL for a folder, with the extension under development and, optionally, a test module. */
export function workbenchUrl(server, { folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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
  await page.goto(workbenchUrl(server, { folder, extensionPath, testsPath }));
  let timer;
  const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))]);
  clearTimeout(timer);
  await page.close();
  return { code, results };
}
