// Browser-level: a person opens Onramp's walkthrough and sees its own title and steps. The check lives here, not
// in the in-host suite: the tab label names only the extension, and in a window started for extension tests
// the Welcome page never learns extension walkthroughs (it falls back to VS Code's own).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, runCommand, tab } from '../../scripts/vscode/person.mjs';

/** The walkthrough's title and step titles as the manifest declares them, resolved through package.nls.json. */
function declared(extensionPath) {
  const nls = JSON.parse(readFileSync(join(extensionPath, 'package.nls.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  const text = (value) => (/^%.+%$/.test(value) ? nls[value.slice(1, -1)] : value);
  const walkthrough = manifest.contributes.walkthroughs.find((w) => w.id === 'firstContribution');
  return { id: `${manifest.publisher}.${manifest.name}#${walkthrough.id}`, title: text(walkthrough.title), steps: walkthrough.steps.map((s) => text(s.title)) };
}

export const tests = {
  async 'Welcome: Open Walkthrough opens Onramp\u2019s walkthrough with its title and steps'({ page, server, workspace, extensionPath, screenshots }) {
    const expected = declared(extensionPath);
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    await runCommand(page, 'Welcome: Open Walkthrough...');
    // The picker lists every walkthrough; a person picks Onramp's by the title it shows.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: expected.title }).first().click({ timeout: 20_000 });
    // VS Code names the tab after the extension; the page itself shows which walkthrough it is.
    await tab(page, 'Walkthrough: Onramp').waitFor({ timeout: 20_000 });
    const details = page.locator('.gettingStartedSlideDetails');
    const title = details.locator('h2.category-title');
    await title.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal((await title.textContent())?.trim(), expected.title, 'the open walkthrough is Onramp\u2019s, by its title');
    assert.equal(await title.getAttribute('x-category-title-for'), expected.id);
    assert.deepEqual((await details.locator('h3.step-title').allTextContents()).map((t) => t.trim()), expected.steps);
    await page.screenshot({ path: join(screenshots, 'walkthrough.png') });
  },
};
