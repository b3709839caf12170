// Browser-level: a person opens the guide from the command palette and from the Onramp view.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, runCommand, tab } from '../../scripts/vscode/person.mjs';

export const tests = {
  async 'the command palette opens the rendered contribution guide'({ page, server, workspace, extensionPath, screenshots }) {
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    await runCommand(page, 'Onramp: Open Contribution Guide');
    await tab(page, 'Preview CONTRIBUTING.md').waitFor({ timeout: 20_000 });
    // The preview is a webview: its text lives in nested frames.
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await preview.locator('h1', { hasText: 'Contributing to slugline' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(screenshots, 'guide-preview.png') });
  },

  async 'the Onramp view shows what the guide asks, and an item opens its line'({ page, server, workspace, extensionPath, screenshots }) {
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    await page.locator('.activitybar [aria-label^="Onramp"]').first().click();
    const sidebar = page.locator('.part.sidebar');
    // The Walkthrough view shares the sidebar; fold it as a person would, so the guide view has the room.
    const walkthroughHeader = sidebar.locator('.pane-header[aria-expanded="true"]', { hasText: 'Walkthrough' });
    await walkthroughHeader.waitFor({ timeout: 20_000 });
    await walkthroughHeader.click();
    for (const group of ['Setup', 'Commits', 'Pull requests', 'Legal']) {
      await sidebar.locator('.monaco-list-row', { hasText: group }).first().waitFor({ timeout: 20_000 });
    }
    const install = sidebar.locator('.monaco-list-row', { hasText: 'npm install' }).first();
    await install.waitFor();
    await page.screenshot({ path: join(screenshots, 'guide-view.png') });
    await install.click();
    await tab(page, 'CONTRIBUTING.md').first().waitFor({ timeout: 20_000 });
    const lines = readFileSync(join(workspace, 'CONTRIBUTING.md'), 'utf8').split('\n');
    const expected = lines.findIndex((l) => l.includes('npm install')) + 1;
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${expected},`) }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(screenshots, 'guide-view-source.png') });
  },

  async 'without a guide, the notification offers the README and opens it'({ page, server, workspace, extensionPath, screenshots }) {
    rmSync(join(workspace, 'CONTRIBUTING.md'));
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    await runCommand(page, 'Onramp: Open Contribution Guide');
    const toast = page.locator('.notification-toast', { hasText: 'has no contribution guide' });
    await toast.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(screenshots, 'no-guide-notification.png') });
    await toast.getByRole('button', { name: 'Open README' }).click();
    await tab(page, 'Preview README.md').waitFor({ timeout: 20_000 });
    assert.equal(await toast.isVisible(), false, 'the notification goes away once answered');
  },
};
