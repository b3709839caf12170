import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeTab, closeAllEditors, deleteWorkspaceFile, waitFor, withFileMoved, writeWorkspaceFile } from './helpers';

interface OpenGuideResult {
  opened: 'guide' | 'readme' | 'nothing';
  uri?: vscode.Uri;
  reason?: string;
}

const openGuide = () => vscode.commands.executeCommand<OpenGuideResult>('onramp.openGuide');

describe('Onramp: Open Contribution Guide', () => {
  beforeEach(closeAllEditors);
  afterEach(async () => {
    await vscode.workspace.getConfiguration('onramp').update('guide.openMode', undefined, vscode.ConfigurationTarget.Global);
  });

  it('opens the rendered preview of the root CONTRIBUTING.md', async () => {
    const result = await openGuide();
    assert.equal(result.opened, 'guide');
    assert.ok(result.uri?.path.endsWith('/CONTRIBUTING.md'), result.uri?.path);
    const tab = await waitFor('the markdown preview tab', () => {
      const t = activeTab();
      return t?.kind === 'webview' && t.label.includes('CONTRIBUTING.md') ? t : undefined;
    });
    assert.match(tab.viewType ?? '', /markdown\.preview/);
  });

  it('opens the Markdown source when the setting asks for it', async () => {
    await vscode.workspace.getConfiguration('onramp').update('guide.openMode', 'source', vscode.ConfigurationTarget.Global);
    await openGuide();
    const editor = await waitFor('a text editor on the guide', () => vscode.window.activeTextEditor);
    assert.ok(editor.document.uri.path.endsWith('/CONTRIBUTING.md'));
    assert.match(editor.document.getText(), /^# Contributing/m);
  });

  it('finds a guide kept in .github/ in another case and format', async () => {
    await withFileMoved('CONTRIBUTING.md', async () => {
      await writeWorkspaceFile('.github/contributing.rst', 'Contributing\n============\n\nRun ``make test``.\n');
      try {
        const result = await openGuide();
        assert.equal(result.opened, 'guide');
        assert.ok(result.uri?.path.endsWith('/.github/contributing.rst'), result.uri?.path);
        const editor = await waitFor('the .rst guide in an editor', () => vscode.window.activeTextEditor);
        assert.ok(editor.document.uri.path.endsWith('/.github/contributing.rst'));
      } finally {
        await deleteWorkspaceFile('.github/contributing.rst');
      }
    });
  });

  it('says so, and opens nothing, when there is neither a guide nor a README', async () => {
    await withFileMoved('CONTRIBUTING.md', () =>
      withFileMoved('README.md', async () => {
        const result = await openGuide();
        assert.deepEqual({ opened: result.opened, reason: result.reason }, { opened: 'nothing', reason: 'no-guide' });
        assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab, undefined);
      }),
    );
  });
});
