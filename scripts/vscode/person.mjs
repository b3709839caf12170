// What a person does in the workbench, as Playwright steps shared by the browser-level tests and the bench.
import { workbenchUrl } from './workbench.mjs';

export async function openWorkbench(page, server, { folder, extensionPath }) {
  await page.goto(workbenchUrl(server, { folder, extensionPath }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ timeout: 60_000 });
  if (extensionPath) {
    // Onramp's activity bar icon shows that the workbench knows its contributions (commands among them).
    await page.locator('.activitybar [aria-label^="Onramp"]').first().waitFor({ timeout: 60_000 });
  }
}

/** Opens the command palette, types the command's title and runs it. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  // A palette opened while the workbench is still starting can list commands from before an extension's
  // contributions arrived; close it and open it again until the command is there.
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.keyboard.press('F1');
    if (!(await input.isVisible())) {
      await page.waitForTimeout(250);
      continue;
    }
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 3_000 });
      await row.click();
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`the command palette never offered "${title}"`);
}

export function tab(page, label) {
  return page.locator('.tabs-container .tab', { hasText: label });
}
