import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, waitFor } from './helpers';

interface Step {
  id: string;
  media: { markdown?: string; image?: string };
}

describe('Generic walkthrough', () => {
  afterEach(closeAllEditors);

  it('ships every step page and image it declares', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const walkthroughs = (extension.packageJSON as { contributes: { walkthroughs: { steps: Step[] }[] } }).contributes.walkthroughs;
    assert.ok(walkthroughs.length > 0);
    for (const step of walkthroughs.flatMap((w) => w.steps)) {
      const file = step.media.markdown ?? step.media.image;
      assert.ok(file, `step ${step.id} has media`);
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, file));
      assert.ok(stat.size > 0, `${file} is not empty`);
    }
  });

  it('opens on the Welcome page', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#firstContribution`, false);
    await waitFor(
      `the walkthrough tab (active tab: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label})`,
      () => /welcome|walkthrough/i.test(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? ''),
    );
  });
});
