import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, waitFor, withFileMoved, workspaceRoot, writeWorkspaceFile } from './helpers';

// The provider's node type, as far as these tests look at it.
type Node = { kind: string };
interface Api {
  guideTree: vscode.TreeDataProvider<Node> & { onDidChangeTreeData: vscode.Event<unknown> };
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension);
  return extension.activate();
}

/** The view as a person reads it: group titles, each with its items' label and description. */
async function snapshot(): Promise<Map<string, { label: string; description: string; item: vscode.TreeItem }[]>> {
  const tree = (await api()).guideTree;
  const groups = new Map<string, { label: string; description: string; item: vscode.TreeItem }[]>();
  for (const group of (await tree.getChildren()) ?? []) {
    const title = String((await tree.getTreeItem(group)).label);
    const lines = [];
    for (const child of (await tree.getChildren(group)) ?? []) {
      const item = await tree.getTreeItem(child);
      lines.push({ label: String(item.label), description: String(item.description ?? ''), item });
    }
    groups.set(title, lines);
  }
  return groups;
}

async function lineOf(file: string, text: string): Promise<number> {
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), file)));
  const index = content.split('\n').findIndex((l) => l.includes(text));
  assert.ok(index >= 0, `${text} is in ${file}`);
  return index + 1;
}

describe('Contribution Guide view', () => {
  beforeEach(closeAllEditors);

  it('shows the demo guide grouped into Setup, Commits, Pull requests and Legal', async () => {
    const view = await snapshot();
    for (const group of ['Setup', 'Commits', 'Pull requests', 'Legal']) assert.ok(view.has(group), `group ${group}`);
    const setup = view.get('Setup')?.map((l) => `${l.description}: ${l.label}`);
    assert.deepEqual(setup, ['Set up: npm install', 'Set up: npm run build', 'Test: npm test', 'Lint: npm run lint']);
    const commits = new Map(view.get('Commits')?.map((l) => [l.label, l.description]));
    assert.equal(commits.get('Convention'), 'Conventional Commits');
    assert.match(commits.get('Sign-off') ?? '', /required/);
    const checks = view.get('Pull requests')?.filter((l) => l.description === 'Check').map((l) => l.label) ?? [];
    assert.ok(checks.includes('Tests added or updated'), checks.join(' | '));
    assert.ok(!checks.some((c) => c.includes('Maintainers only')), 'a commented-out template item is not a check');
  });

  it('opens the source of an item at its line', async () => {
    const install = (await snapshot()).get('Setup')?.find((l) => l.label === 'npm install');
    assert.ok(install?.item.command, 'the item has a command');
    await vscode.commands.executeCommand(install.item.command.command, ...(install.item.command.arguments ?? []));
    const editor = await waitFor('the guide in an editor', () => vscode.window.activeTextEditor);
    assert.ok(editor.document.uri.path.endsWith('/CONTRIBUTING.md'));
    assert.equal(editor.selection.active.line + 1, await lineOf('CONTRIBUTING.md', 'npm install'));
  });

  it('follows edits of the guide without a reload', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'CONTRIBUTING.md');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      const text = new TextDecoder().decode(original).replace('npm run lint', 'npm run lint\nnpm run typecheck');
      await writeWorkspaceFile('CONTRIBUTING.md', text);
      await waitFor('the new command in the view', async () =>
        (await snapshot()).get('Setup')?.some((l) => l.label === 'npm run typecheck'),
      );
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    await waitFor('the view back as it was', async () => !(await snapshot()).get('Setup')?.some((l) => l.label === 'npm run typecheck'));
  });

  it('names the file and line of a malformed commitlint config, and still shows the guide', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '.commitlintrc.json');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      await writeWorkspaceFile('.commitlintrc.json', '{\n  "extends": ["@commitlint/config-conventional"],\n}\n');
      const view = await waitFor('a problem in the view', async () => {
        const v = await snapshot();
        return v.get('Problems')?.length ? v : undefined;
      });
      const problem = view.get('Problems')?.[0];
      assert.match(problem?.label ?? '', /\.commitlintrc\.json/);
      assert.match(problem?.label ?? '', /line 2/);
      assert.ok(view.get('Setup')?.length, 'the guide is still read');
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  it('shows nothing, so the welcome text explains, in a folder without contribution material', async () => {
    await withFileMoved('CONTRIBUTING.md', () =>
      withFileMoved('.github', () =>
        withFileMoved('.commitlintrc.json', () =>
          withFileMoved('README.md', async () => {
            await waitFor('an empty view', async () => (await snapshot()).size === 0);
          }),
        ),
      ),
    );
    await waitFor('the view back', async () => (await snapshot()).size > 0);
  });
});

describe('Contribution Guide view: copying a command', () => {
  it('puts the command on the clipboard, ready to paste into a terminal', async () => {
    const tree = (await api()).guideTree;
    // The suite before moved the guide away and back: wait until the view shows the demo's first setup step again.
    const first = await waitFor('the first setup command in the view', async () => {
      const setup = ((await tree.getChildren()) ?? [])[0];
      const item = setup && ((await tree.getChildren(setup)) ?? [])[0];
      return item && String((await tree.getTreeItem(item)).label) === 'npm install' ? item : undefined;
    });
    assert.equal((await tree.getTreeItem(first)).contextValue, 'onramp.command');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('onramp.copyCommand', first);
    assert.equal(await vscode.env.clipboard.readText(), 'npm install');
  });
});

describe('Contribution Guide view: a huge guide', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('onramp').update('reader.maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
  });

  it('reads only up to the size setting, says so, and still shows what it read', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'CONTRIBUTING.md');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      const filler = '\n\nSome words about the project that go on and on for a while.'.repeat(40_000);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(new TextDecoder().decode(original) + filler));
      await vscode.workspace.getConfiguration('onramp').update('reader.maxFileSizeKB', 64, vscode.ConfigurationTarget.Global);
      const view = await waitFor('a size note in the view', async () => {
        const v = await snapshot();
        return v.get('Problems')?.some((p) => /Only the first 64 KiB of 2\.\d MiB were read/.test(p.label)) ? v : undefined;
      });
      assert.ok(view.get('Setup')?.some((l) => l.label === 'npm install'), 'the start of the guide is still read');
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });
});
