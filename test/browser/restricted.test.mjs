// Browser-level, in Restricted Mode: an untrusted folder still gets its guide read and shown.
import { join } from 'node:path';
import { openWorkbench, runCommand, tab } from '../../scripts/vscode/person.mjs';

const title = 'after declining trust, the folder still shows its guide and facts';
export const restricted = new Set([title]);

export const tests = {
  async [title]({ page, server, workspace, extensionPath, screenshots }) {
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    // A person declines the trust prompt; the status bar then says the window is restricted.
    await page.getByRole('button', { name: "No, I don't trust the authors" }).click({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 20_000 });
    await page.locator('.activitybar [aria-label^="Onramp"]').first().click();
    const sidebar = page.locator('.part.sidebar');
    await sidebar.locator('.monaco-list-row', { hasText: 'npm install' }).first().waitFor({ timeout: 20_000 });
    await runCommand(page, 'Onramp: Open Contribution Guide');
    await tab(page, 'Preview CONTRIBUTING.md').waitFor({ timeout: 20_000 });
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await preview.locator('h1', { hasText: 'Contributing to slugline' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(screenshots, 'restricted-mode-guide.png') });
  },
};
