// Browser-level: a person opens the project walkthrough, a step's page, ticks a step, and reloads the window.
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../../scripts/vscode/person.mjs';

async function walkthroughView(page) {
  const sidebar = page.locator('.part.sidebar');
  const header = sidebar.locator('.pane-header', { hasText: 'Walkthrough' });
  // After a reload VS Code restores the Onramp sidebar by itself; clicking its icon then would close it.
  const shown = await header.waitFor({ timeout: 5_000 }).then(() => true, () => false);
  if (!shown) await page.locator('.activitybar [aria-label^="Onramp"]').first().click();
  await header.waitFor({ timeout: 30_000 });
  // Fold the other views, so the walkthrough has the room, as a person would.
  for (const name of ['Contribution Guide', 'Checklist']) {
    const other = sidebar.locator('.pane-header[aria-expanded="true"]', { hasText: name });
    if (await other.isVisible().catch(() => false)) await other.click();
  }
  return sidebar;
}

/** Clicks a step and waits for its page; VS Code drops a tree item's command when the tree redraws under the click, so a person clicks again. */
async function openStep(page, sidebar, title) {
  const stepPage = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  for (let attempt = 0; ; attempt++) {
    await sidebar.locator('.monaco-list-row', { hasText: title }).first().click();
    try {
      await stepPage.locator('h1', { hasText: title }).waitFor({ timeout: 10_000 });
      return stepPage;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

export const tests = {
  async 'the Walkthrough view lists the project\'s steps with the next one marked, and a step opens its page'({ page, server, workspace, extensionPath, screenshots }) {
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    const sidebar = await walkthroughView(page);
    const first = sidebar.locator('.monaco-list-row', { hasText: 'Read the contribution guide' }).first();
    await first.waitFor({ timeout: 20_000 });
    await sidebar.locator('.monaco-list-row', { hasText: 'Install the dependencies' }).first().waitFor();
    // The view's description counts progress.
    await sidebar.locator('.pane-header', { hasText: /0 of 8 done/ }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(screenshots, 'walkthrough-view.png') });
    const stepPage = await openStep(page, sidebar, 'Install the dependencies');
    await stepPage.locator('button', { hasText: 'Install' }).first().waitFor();
    await stepPage.locator('text=Done when node_modules exists').waitFor();
    await page.screenshot({ path: join(screenshots, 'walkthrough-step-page.png') });
  },

  async 'a step marked done stays done after the window reloads'({ page, server, workspace, extensionPath, screenshots }) {
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    let sidebar = await walkthroughView(page);
    const stepPage = await openStep(page, sidebar, 'Read the contribution guide');
    await stepPage.locator('button', { hasText: 'Mark done' }).click();
    await sidebar.locator('.pane-header', { hasText: /1 of 8 done/ }).waitFor({ timeout: 20_000 });
    // Reloaded as a person does, with VS Code's own command: the window shuts down through its lifecycle, which
    // writes workspace storage out first (a bare browser reload can cut that write short).
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.activitybar [aria-label^="Onramp"]').first().waitFor({ timeout: 60_000 });
    sidebar = await walkthroughView(page);
    await sidebar.locator('.pane-header', { hasText: /1 of 8 done/ }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(screenshots, 'walkthrough-after-reload.png') });
  },
};
