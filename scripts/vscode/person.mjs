// What a person does in the workbench, as Playwright steps shared by the browser-level tests.
import { workbenchUrl } from './workbench.mjs';

export async function openWorkbench(page, server, { folder, extensionPath }) {
  await page.goto(workbenchUrl(server, { folder, extensionPath }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The status bar appears once the workbench has restored; the extension host starts around then.
  await page.locator('.statusbar').waitFor({ timeout: 60_000 });
}

/** Opens the command palette, types the command's title and runs it. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  // The palette is not ready the very moment the workbench shows; retry the shortcut until it opens.
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.keyboard.press('F1');
    if (await input.isVisible()) break;
    await page.waitForTimeout(250);
  }
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
}

export function tab(page, label) {
  return page.locator('.tabs-container .tab', { hasText: label });
}
