// Browser-level: a maintainer opens "Onramp: Show Newcomer Health" from the command palette, picks a period, and
// reads the figures and their charts in the webview; the forge answers are the crafted ones of
// test/unit/health/scenarios.ts, replayed on 127.0.0.1 (the API address is a user setting, as in `npm start`).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../../scripts/vscode/person.mjs';

const require = createRequire(import.meta.url);

export const tests = {
  async 'Show Newcomer Health draws its charts and figures in the webview, each figure linking to its pull requests'({ page, server, workspace, extensionPath, screenshots }) {
    const { ReplayServer } = require(join(extensionPath, 'out', 'test', 'support', 'replayServer.js'));
    const { addGitHubHealth } = require(join(extensionPath, 'out', 'test', 'unit', 'health', 'scenarios.js'));
    const replay = await ReplayServer.start();
    addGitHubHealth(replay);
    execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/onramp-demo/widget.git'], { cwd: workspace });
    const settingsFile = join(server.userData, 'User', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), 'onramp.forge.apiUrl': replay.url }, null, 2));
    try {
      await openWorkbench(page, server, { folder: workspace, extensionPath });
      await runCommand(page, 'Onramp: Show Newcomer Health');
      const period = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Last 90 days' }).first();
      await period.waitFor({ timeout: 20_000 });
      await period.click();

      // The page is a webview: its content lives in nested frames.
      const health = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await health.locator('h1', { hasText: 'Newcomer health of onramp-demo/widget: the last 90 days' }).waitFor({ timeout: 30_000 });
      const outcome = health.locator('svg[aria-label="Pull requests"]');
      await outcome.waitFor({ state: 'visible', timeout: 10_000 });
      const box = await outcome.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 50, `the outcome chart has a size on screen: ${JSON.stringify(box)}`);
      assert.equal(await outcome.locator('path[ecmeta_data_index]').count(), 3, 'merged, closed unmerged and still open bars');
      assert.ok(await health.locator('svg[aria-label="Where the open ones wait"]').isVisible());
      assert.ok(await health.locator('#merged', { hasText: 'Merged 1, closed unmerged 1, still open 3' }).isVisible());
      assert.ok(await health.locator('h3', { hasText: 'Failing checks: 1' }).isVisible());
      assert.ok(await health.locator('a[data-url="https://github.com/onramp-demo/widget/pull/40"]').first().isVisible());
      await page.screenshot({ path: join(screenshots, 'health-page.png') });
      await health.locator('svg[aria-label="Where the open ones wait"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, 'health-page-outcome.png') });

      // A figure's link goes through the extension (openExternal after its host check): VS Code asks before
      // opening an outside address, and names it.
      await health.locator('a[data-url="https://github.com/onramp-demo/widget/pull/40"]').first().click();
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'github.com/onramp-demo/widget/pull/40' });
      await dialog.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(screenshots, 'health-open-link.png') });
      await page.keyboard.press('Escape');
      assert.ok(replay.requests.some((r) => r.url.includes('/commits/aaa/status')), 'the figures came from the replayed API');
    } finally {
      await replay.close();
    }
  },
};
