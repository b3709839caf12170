// Browser-level: a person signs in to see issues, through VS Code's own consent dialog (which VS Code refuses to
// show while extension tests run, hence this layer). The sign-in is the test provider (test/vscode/auth/); the
// forge is a GitHub Enterprise server replayed on 127.0.0.1, named by the user's github-enterprise.uri.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../../scripts/vscode/person.mjs';

const require = createRequire(import.meta.url);
/** The token test/vscode/auth/extension.js hands out for github-enterprise. */
const TOKEN = 'ghe_onrampFakeToken000000000000000000002';
const title = 'Sign In asks once through VS Code\'s dialog; then every request to the Enterprise host carries the token';
export const fakeAuth = new Set([title]);

async function until(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const tests = {
  async [title]({ page, server, workspace, extensionPath, screenshots }) {
    const { ReplayServer } = require(join(extensionPath, 'out', 'test', 'support', 'replayServer.js'));
    const { addDemoScenario } = require(join(extensionPath, 'out', 'test', 'support', 'demoScenario.js'));
    const replay = await ReplayServer.start();
    addDemoScenario(replay);
    execFileSync('git', ['remote', 'add', 'origin', `${replay.url}/onramp-demo/widget.git`], { cwd: workspace });
    const settingsFile = join(server.userData, 'User', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), 'onramp.forge.apiUrl': replay.url, 'github-enterprise.uri': replay.url }, null, 2));
    const tokens = () => replay.requests.map((r) => r.headers.authorization);
    try {
      await openWorkbench(page, server, { folder: workspace, extensionPath });
      await runCommand(page, 'Onramp: Find a Good First Issue');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: '#12 slugify()' }).first().waitFor({ timeout: 30_000 });
      assert.ok(replay.requests.length > 0 && tokens().every((t) => t === undefined), 'the list came anonymously');
      await page.keyboard.press('Escape');

      await runCommand(page, 'Onramp: Sign In to See Issues');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ timeout: 20_000 });
      // VS Code's own consent, for the test provider (so not the built-in GitHub sign-in).
      assert.match(await dialog.innerText(), /'Onramp' wants to sign in using GitHub Enterprise Server \(Onramp test\)/);
      await page.screenshot({ path: join(screenshots, 'issues-sign-in-consent.png') });
      replay.reset();
      await dialog.getByRole('button', { name: 'Allow' }).click();
      await until('a signed-in request', () => tokens().includes(`token ${TOKEN}`));
      assert.ok(tokens().every((t) => t === `token ${TOKEN}`), 'every request after signing in carried the token');

      // Once: a refresh uses the session without asking again.
      replay.reset();
      await runCommand(page, 'Onramp: Refresh Issues');
      await until('the refresh', () => replay.requests.length > 0);
      assert.ok(tokens().every((t) => t === `token ${TOKEN}`));
      assert.equal(await dialog.count(), 0, 'no second dialog');
    } finally {
      await replay.close();
    }
  },
};
