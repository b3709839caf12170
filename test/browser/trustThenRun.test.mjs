// Browser-level, starting in Restricted Mode: a step's run button is disabled with a sentence; the person trusts the
// folder from the step page, and the same button then runs the command, whose exit code marks the step done.
import { join } from 'node:path';
import { openWorkbench } from '../../scripts/vscode/person.mjs';

const title = 'a step that runs a command is disabled in Restricted Mode, and the same click runs it once the folder is trusted';
export const restricted = new Set([title]);

const STEP = 'Run the tests and the style check';

export const tests = {
  async [title]({ page, server, workspace, extensionPath, screenshots }) {
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    await page.getByRole('button', { name: "No, I don't trust the authors" }).click({ timeout: 30_000 });
    const restrictedBadge = page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first();
    await restrictedBadge.waitFor({ timeout: 20_000 });

    await page.locator('.activitybar [aria-label^="Onramp"]').first().click();
    const sidebar = page.locator('.part.sidebar');
    const header = sidebar.locator('.pane-header', { hasText: 'Walkthrough' });
    await header.waitFor({ timeout: 30_000 });
    for (const name of ['Contribution Guide', 'Checklist']) {
      const other = sidebar.locator('.pane-header[aria-expanded="true"]', { hasText: name });
      if (await other.isVisible().catch(() => false)) await other.click();
    }
    const stepPage = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    for (let attempt = 0; ; attempt++) {
      await sidebar.locator('.monaco-list-row', { hasText: STEP }).first().click();
      if (await stepPage.locator('h1', { hasText: STEP }).waitFor({ timeout: 10_000 }).then(() => true, () => false)) break;
      if (attempt === 2) throw new Error(`the page of "${STEP}" did not open`);
    }
    const run = stepPage.locator('button', { hasText: 'Run the tests' });
    await stepPage.locator('text=runs nothing from the repository until you trust it').waitFor({ timeout: 10_000 });
    if (!(await run.isDisabled())) throw new Error('the run button is enabled in Restricted Mode');
    const doneBefore = Number(/(\d+) of \d+ done/.exec((await header.textContent()) ?? '')?.[1]);
    await page.screenshot({ path: join(screenshots, 'restricted-step-disabled.png') });

    // The page's own button leads to VS Code's Workspace Trust editor, where the person trusts the folder.
    await stepPage.locator('button', { hasText: 'Manage Workspace Trust' }).click();
    const trustEditor = page.locator('.workspace-trust-editor');
    await trustEditor.waitFor({ timeout: 20_000 });
    await trustEditor.getByRole('button', { name: /^Trust$/ }).first().click();
    await restrictedBadge.waitFor({ state: 'detached', timeout: 20_000 });

    // Back on the step's page, re-rendered for a trusted folder: the same button now runs `npm test`.
    for (let attempt = 0; ; attempt++) {
      await sidebar.locator('.monaco-list-row', { hasText: STEP }).first().click();
      if (await stepPage.locator('button:not([disabled])', { hasText: 'Run the tests' }).waitFor({ timeout: 10_000 }).then(() => true, () => false)) break;
      if (attempt === 2) throw new Error('the run button stayed disabled after trusting the folder');
    }
    await stepPage.locator('button:not([disabled])', { hasText: 'Run the tests' }).click();
    await header.locator(`text=${doneBefore + 1} of`).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(screenshots, 'trusted-step-ran.png') });
  },
};
