import * as assert from 'node:assert/strict';
import { simpleGit } from 'simple-git';
import * as vscode from 'vscode';
import { closeAllEditors, describeIn, onrampApi, waitFor, withFileMoved, workspaceRoot, writeWorkspaceFile } from './helpers';

interface OpenGuideResult {
  opened: 'guide' | 'readme' | 'nothing';
  uri?: vscode.Uri;
}

describe('Repository service', () => {
  beforeEach(closeAllEditors);

  it('offers a small versioned API of plain data, not its services', async () => {
    const api = await onrampApi();
    assert.deepEqual(Object.keys(api).sort(), ['checklist', 'facts', 'git', 'guideTree', 'issueViews', 'issues', 'lintCommitMessage', 'onDidChange', 'onDidChangeWalkthrough', 'refresh', 'roots', 'version', 'walkthrough']);
    assert.deepEqual(
      api.roots().map((u) => u.toString()),
      [workspaceRoot().toString()],
    );
    const facts = await api.facts(workspaceRoot());
    // Facts cross a thread boundary: they must survive a JSON round trip unchanged.
    assert.deepEqual(JSON.parse(JSON.stringify(facts)), facts);
  });

  it('reads a commitlint config in .config/ and follows its edits', async () => {
    const api = await onrampApi();
    const root = workspaceRoot();
    await withFileMoved('.commitlintrc.json', async () => {
      await waitFor('the reading without a commitlint config', async () => (await api.facts(root))?.files.commitlintConfig === null);
      await writeWorkspaceFile('.config/commitlintrc.json', '{ "rules": { "header-max-length": [2, "always", 62] } }\n');
      try {
        const facts = await waitFor('the .config/ config in the reading', async () => {
          const f = await api.facts(root);
          return f?.files.commitlintConfig === '.config/commitlintrc.json' ? f : undefined;
        });
        // The rule as read from the config: the demo's maintainer file sets its own subject limit, which speaks first.
        const limit = (f: typeof facts) => f.commitlint?.rules.find((r) => r.name === 'header-max-length')?.value;
        assert.equal(limit(facts), 62);
        await writeWorkspaceFile('.config/commitlintrc.json', '{ "rules": { "header-max-length": [2, "always", 48] } }\n');
        await waitFor('the edited limit', async () => {
          const f = await api.facts(root);
          return f !== undefined && limit(f) === 48;
        });
      } finally {
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.config'), { recursive: true, useTrash: false });
      }
    });
  });

  it('names the root whose material changed', async () => {
    const api = await onrampApi();
    const root = workspaceRoot();
    await api.facts(root);
    const uri = vscode.Uri.joinPath(root, 'CONTRIBUTING.md');
    const original = await vscode.workspace.fs.readFile(uri);
    const changes: { root: string; reasons: readonly string[] }[] = [];
    const listener = api.onDidChange((c) => changes.push({ root: c.root.toString(), reasons: c.reasons }));
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${new TextDecoder().decode(original)}\nOne more line.\n`));
      const change = await waitFor('a change event', () => changes.find((c) => c.reasons.includes('files')));
      assert.equal(change.root, root.toString());
    } finally {
      listener.dispose();
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  it('opens what the view shows when the guide has no text: the README section standing in for it', async () => {
    const api = await onrampApi();
    const root = workspaceRoot();
    const uri = vscode.Uri.joinPath(root, 'CONTRIBUTING.md');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      const facts = await waitFor('the README standing in', async () => {
        const f = await api.facts(root);
        return f?.files.readmeSection ? f : undefined;
      });
      assert.equal(facts.files.readmeSection, 'README.md');
      const result = await vscode.commands.executeCommand<OpenGuideResult>('onramp.openGuide');
      assert.equal(result.opened, 'readme');
      assert.ok(result.uri?.path.endsWith('/README.md'), result.uri?.path);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    await waitFor('the guide back', async () => (await api.facts(root))?.files.readmeSection === null);
  });
});

describeIn('trusted', 'Git adapter', () => {
  it('reports the branch, and a branch switch as a git change of the root', async () => {
    const api = await onrampApi();
    const root = workspaceRoot();
    const git = await waitFor('Git with the repository open', async () => {
      const g = await api.git(root);
      return g.available && g.branch ? g : undefined;
    });
    assert.deepEqual(git, { available: true, branch: 'main', remotes: [] });
    const changes: string[][] = [];
    const listener = api.onDidChange((c) => changes.push([...c.reasons]));
    const repo = simpleGit(root.fsPath);
    try {
      await repo.checkoutLocalBranch('42-topic');
      await waitFor('the new branch', async () => {
        const g = await api.git(root);
        return g.available && g.branch === '42-topic';
      });
      await waitFor('a git change event', () => changes.some((reasons) => reasons.includes('git')));
    } finally {
      listener.dispose();
      await repo.checkout('main');
      await repo.deleteLocalBranch('42-topic', true);
    }
  });
});

describeIn('restricted', 'Git adapter', () => {
  it('says Git is unavailable and why, while the reader keeps working from files', async () => {
    const api = await onrampApi();
    const root = workspaceRoot();
    const git = await api.git(root);
    assert.equal(git.available, false);
    assert.match(git.available ? '' : git.reason, /Restricted Mode/);
    const facts = await api.facts(root);
    assert.equal(facts?.files.guide, 'CONTRIBUTING.md');
    assert.ok(facts?.commands.setup.some((c) => c.command === 'npm install'));
  });
});
