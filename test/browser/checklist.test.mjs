// Browser-level: a person opens the pull request checklist on a branch with a signed-off commit, sees each item
// in its state (passed, failed with the reason, open for them to tick), ticks one, and picks the PR template by
// its name from the view's title bar, the checklist following the template.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../../scripts/vscode/person.mjs';

/** A branch for issue 12 with one signed-off commit, and two more templates beside the default one. */
function prepare(workspace) {
  const git = (...args) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
  git('switch', '-c', '12-trim-dashes');
  writeFileSync(join(workspace, 'src', 'trim.js'), "module.exports = (s) => s.replace(/-+$/, '');\n");
  git('add', '.');
  git('commit', '--signoff', '-m', 'fix: trim trailing dashes');
  const folder = join(workspace, '.github', 'PULL_REQUEST_TEMPLATE');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'bug_fix.md'), '---\nname: Bug fix\n---\n## The bug\n\n- [ ] Added a regression test\n');
  writeFileSync(join(folder, 'docs.md'), '---\nname: Documentation change\n---\n## What reads better now\n\n- [ ] Spelling checked\n');
}

/** The Checklist view, opened from the command palette, with the other Onramp views folded to give it room. */
async function checklistView(page) {
  await runCommand(page, 'Onramp: Show Pull Request Checklist');
  const sidebar = page.locator('.part.sidebar');
  await sidebar.locator('.pane-header[aria-expanded="true"]', { hasText: 'Checklist' }).waitFor({ timeout: 30_000 });
  for (const name of ['Contribution Guide', 'Walkthrough', 'Issues']) {
    const other = sidebar.locator('.pane-header[aria-expanded="true"]', { hasText: name });
    if (await other.isVisible().catch(() => false)) await other.click();
  }
  return sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Checklist' }) });
}

export const tests = {
  async 'the Checklist view shows each item in its state, ticks by hand, and follows the template chosen by name'({ page, server, workspace, extensionPath, screenshots }) {
    prepare(workspace);
    await openWorkbench(page, server, { folder: workspace, extensionPath });
    const view = await checklistView(page);
    const row = (text) => view.locator('.monaco-list-row', { hasText: text }).first();

    await row('Work on a branch other than the base branch').waitFor({ timeout: 30_000 });
    assert.match(await row('Work on a branch other than the base branch').innerText(), /On "12-trim-dashes", not the base branch "main"/);
    assert.match(await row('Push the branch').innerText(), /"12-trim-dashes" has not been pushed/);
    assert.match(await row('Every commit carries Signed-off-by').innerText(), /Signed-off-by/);
    assert.equal(await row('Every commit carries Signed-off-by').locator('.codicon-pass-filled').count(), 1, 'the sign-off check passed');
    assert.equal(await row('Push the branch').locator('.codicon-error').count(), 1, 'the push check failed');

    // A manual item is ticked with its checkbox, as a person would. While the workbench is still starting, a
    // click can land as focus only; the person then clicks again.
    const box = row('Tests added or updated').locator('.custom-view-tree-node-item-checkbox');
    const ticked = view.locator('.monaco-list-row', { hasText: 'Tests added or updated' }).filter({ hasText: 'ticked' }).first();
    for (let attempt = 0; attempt < 3 && !(await ticked.isVisible()); attempt++) {
      await box.click();
      await ticked.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    assert.equal(await box.getAttribute('aria-checked'), 'true', 'the manual item is ticked');
    await page.screenshot({ path: join(screenshots, 'checklist.png') });

    await runCommand(page, 'Onramp: Choose PR Template');
    const choices = page.locator('.quick-input-list .monaco-list-row');
    await choices.filter({ hasText: 'Bug fix' }).first().waitFor({ timeout: 20_000 });
    assert.equal(await choices.filter({ hasText: 'PULL_REQUEST_TEMPLATE' }).count() >= 1, true, 'the default template is offered too');
    await page.screenshot({ path: join(screenshots, 'checklist-template-chooser.png') });
    await choices.filter({ hasText: 'Documentation change' }).first().click();
    await row('Spelling checked').waitFor({ timeout: 20_000 });
    assert.equal(await row('Added a regression test').count(), 0, 'the other template\u2019s boxes are not on the checklist');
    await page.screenshot({ path: join(screenshots, 'checklist-documentation-template.png') });
  },
};
