// Browser-level: a person finds a good first issue from the command palette and in the Issues view, with the
// demo project's forge answers replayed on 127.0.0.1 (the API address is a user setting, as in `npm start`).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../../scripts/vscode/person.mjs';

const require = createRequire(import.meta.url);

async function withDemoForge(server, workspace, extensionPath, body) {
  const { ReplayServer } = require(join(extensionPath, 'out', 'test', 'support', 'replayServer.js'));
  const { addDemoScenario } = require(join(extensionPath, 'out', 'test', 'support', 'demoScenario.js'));
  const replay = await ReplayServer.start();
  addDemoScenario(replay);
  execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/onramp-demo/widget.git'], { cwd: workspace });
  const settingsFile = join(server.userData, 'User', 'settings.json');
  writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), 'onramp.forge.apiUrl': replay.url }, null, 2));
  try {
    await body(replay);
  } finally {
    await replay.close();
  }
}

export const tests = {
  async 'Find a Good First Issue lists the ready issues with their reasons, and the Issues view the same'({ page, server, workspace, extensionPath, screenshots }) {
    await withDemoForge(server, workspace, extensionPath, async (replay) => {
      await openWorkbench(page, server, { folder: workspace, extensionPath });
      await runCommand(page, 'Onramp: Find a Good First Issue');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: '#12 slugify()' }).first().waitFor({ timeout: 30_000 });
      await rows.filter({ hasText: '#15 Document the --max-length option' }).first().waitFor({ timeout: 10_000 });
      assert.equal(await rows.filter({ hasText: '#22 Fix the changelog link' }).count(), 0, '#22 has an open pull request');
      await page.screenshot({ path: join(screenshots, 'issues-picker.png') });
      await page.keyboard.press('Escape');

      await page.locator('.activitybar [aria-label^="Onramp"]').first().click();
      const sidebar = page.locator('.part.sidebar');
      const header = sidebar.locator('.pane-header', { hasText: 'Issues' }).first();
      await header.waitFor({ timeout: 20_000 });
      if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
      await sidebar.locator('.monaco-list-row', { hasText: '#12 slugify()' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(screenshots, 'issues-view.png') });
      assert.ok(replay.requests.every((r) => r.headers.authorization === undefined), 'no token went to the replayed API address');
    });
  },
};
