import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, deleteWorkspaceFile, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

type Node = { kind: string };
interface Api {
  guideTree: vscode.TreeDataProvider<Node>;
}

/** Every item of the view with its label, description, icon and tooltip text. */
async function items(): Promise<{ label: string; description: string; icon: string; tooltip: string }[]> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension);
  const tree = (await extension.activate()).guideTree;
  const out = [];
  for (const group of (await tree.getChildren()) ?? []) {
    for (const child of (await tree.getChildren(group)) ?? []) {
      const item = await tree.getTreeItem(child);
      // appendText escapes the text as markdown; read it back as the person sees it.
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1') : String(item.tooltip ?? '');
      out.push({ label: String(item.label), description: String(item.description ?? ''), icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '', tooltip });
    }
  }
  return out;
}

describe('Contribution Guide view: what the repository confirms', () => {
  it('marks a command whose script package.json defines, and the changelog rule CHANGELOG.md bears out, naming the file and line', async () => {
    const view = await items();
    const test = view.find((i) => i.label === 'npm test');
    assert.ok(test, view.map((i) => i.label).join(' | '));
    assert.equal(test.icon, 'verified');
    assert.match(test.tooltip, /Confirmed by package\.json:8/);
    const install = view.find((i) => i.label === 'npm install');
    assert.equal(install?.icon, 'terminal', 'npm install is npm\u2019s own command: nothing in the repository defines it');
    assert.doesNotMatch(install?.tooltip ?? '', /Confirmed by/);
    const changelog = view.find((i) => i.label === 'Changelog entry');
    assert.equal(changelog?.icon, 'verified');
    assert.match(changelog?.tooltip ?? '', /Confirmed by CHANGELOG\.md:1/);
  });

  it('follows the task file: a target added to or removed from the Makefile marks or unmarks the command', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'CONTRIBUTING.md');
    const original = await vscode.workspace.fs.readFile(uri);
    const verified = async () => (await items()).find((i) => i.label === 'make lint')?.icon === 'verified';
    const labels = async () => (await items()).map((i) => `${i.label} ${i.icon}`).join(' | ');
    const before = await labels();
    try {
      await writeWorkspaceFile('Makefile', 'build:\n\tnode -e 1\n');
      await writeWorkspaceFile('CONTRIBUTING.md', new TextDecoder().decode(original).replace('npm run lint', 'make lint'));
      await waitFor('make lint in the view, not confirmed', async () => (await items()).some((i) => i.label === 'make lint') && !(await verified()));
      await writeWorkspaceFile('Makefile', 'build:\n\tnode -e 1\n\nlint:\n\tnode --check src/index.js\n');
      await waitFor('make lint confirmed by the Makefile', verified);
      assert.match((await items()).find((i) => i.label === 'make lint')?.tooltip ?? '', /Confirmed by Makefile:4/);
      await writeWorkspaceFile('Makefile', 'build:\n\tnode -e 1\n');
      await waitFor('make lint no longer confirmed', async () => !(await verified()));
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
      await deleteWorkspaceFile('Makefile');
    }
    // The next tests read the view of the demo as it is: wait for every line, not only for `make lint` to go (a
    // reading between restoring the guide and deleting the Makefile can show neither).
    await waitFor('the view back as it was', async () => (await labels()) === before);
  });

  it('sees a Makefile made after the guide was read: the command it defines becomes confirmed', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'CONTRIBUTING.md');
    const original = await vscode.workspace.fs.readFile(uri);
    const lint = async () => (await items()).find((i) => i.label === 'make lint');
    const labels = async () => (await items()).map((i) => `${i.label} ${i.icon}`).join(' | ');
    const before = await labels();
    try {
      await writeWorkspaceFile('CONTRIBUTING.md', new TextDecoder().decode(original).replace('npm run lint', 'make lint'));
      await waitFor('make lint in the view, with no Makefile to confirm it', async () => (await lint())?.icon === 'terminal');
      await writeWorkspaceFile('Makefile', 'lint:\n\tnode --check src/index.js\n');
      await waitFor('make lint confirmed by the new Makefile', async () => (await lint())?.icon === 'verified');
      assert.match((await lint())?.tooltip ?? '', /Confirmed by Makefile:1/);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
      await deleteWorkspaceFile('Makefile');
    }
    await waitFor('the view back as it was', async () => (await labels()) === before);
  });
});

