import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { deleteWorkspaceFile, describeIn, onrampApi, waitFor, withFileMoved, workspaceRoot, writeWorkspaceFile } from './helpers';

interface GitRepo {
  readonly rootUri: vscode.Uri;
  readonly inputBox: { value: string };
}

/** The built-in Git extension's repository for the workspace, through its public API (as any extension would). */
async function gitRepository(): Promise<GitRepo> {
  const extension = vscode.extensions.getExtension<{ getAPI(v: 1): { repositories: GitRepo[] } }>('vscode.git');
  assert.ok(extension, 'the built-in Git extension is there');
  const api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
  return waitFor('Git to open the workspace repository', () => api.repositories.find((r) => r.rootUri.fsPath === workspaceRoot().fsPath), 20_000);
}

function git(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd: workspaceRoot().fsPath, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Types `value` into the Source Control input and waits for Onramp's diagnostics on its `scminput` document. */
async function typeMessage(repo: GitRepo, value: string, ready: (rules: string[]) => boolean): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  repo.inputBox.value = value;
  const document = await waitFor('the scminput document to hold the message', () =>
    vscode.workspace.textDocuments.find((d) => d.languageId === 'scminput' && d.uri.query.includes(encodeURIComponent(repo.rootUri.toString())) && d.getText() === value),
  );
  let diagnostics: vscode.Diagnostic[] = [];
  await waitFor(`Onramp's diagnostics for ${JSON.stringify(value)}`, () => {
    diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Onramp');
    return ready(diagnostics.map(ruleOf));
  });
  return { document, diagnostics };
}

const ruleOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function codeActions(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole)) ?? [];
}

async function apply(action: vscode.CodeAction | undefined, document: vscode.TextDocument, extraArgs: unknown[] = []): Promise<string> {
  assert.ok(action, 'the quick fix is offered');
  const before = document.version;
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []), ...extraArgs);
  await waitFor('the edit to land in the input', () => document.version > before);
  return document.getText();
}

/** The line of the maintainer file that says `needle`, 1-based. */
function lineOf(relative: string, needle: string): number {
  const lines = readFileSync(path.join(workspaceRoot().fsPath, relative), 'utf8').split('\n');
  return lines.findIndex((l) => l.includes(needle)) + 1;
}

const IDENTITY = 'Signed-off-by: Onramp Demo <demo@onramp.invalid>';
const MARKER = '.onramp-js-config-ran';
/** A commitlint config that leaves a marker when it is run, and sets a rule only running it can show. */
const JS_CONFIG = `require('fs').writeFileSync(require('path').join(__dirname, '${MARKER}'), 'ran');
module.exports = { extends: ['@commitlint/config-conventional'], rules: { 'subject-full-stop': [2, 'always', '!'.repeat(1)] } };
`;

describeIn('trusted', 'Commit messages in the Source Control input', () => {
  let repo: GitRepo;
  before(async () => {
    repo = await gitRepository();
    await vscode.commands.executeCommand('workbench.view.scm');
    assert.equal((await git(['config', 'branch.main.onrampIssue', '42'])).code, 0);
  });
  after(async () => {
    repo.inputBox.value = '';
    await git(['config', '--unset', 'branch.main.onrampIssue']);
  });

  it('shows the project rules a message breaks as you type, each linking to the line that set it', async () => {
    const { diagnostics } = await typeMessage(repo, 'Added trimming', (rules) => rules.includes('type-empty'));
    const rules = diagnostics.map(ruleOf).sort();
    assert.deepEqual(rules, ['signed-off-by', 'subject-empty', 'type-empty']);
    const signOff = diagnostics.find((d) => ruleOf(d) === 'signed-off-by');
    assert.ok(signOff && typeof signOff.code === 'object', 'the rule links to its source');
    assert.match(signOff.message, /signed off.*\(signed-off-by, \.github\/onramp\.yml:\d+\)/);
    assert.equal(signOff.code.target.path, vscode.Uri.joinPath(workspaceRoot(), '.github/onramp.yml').path);
    assert.equal(signOff.code.target.fragment, `L${lineOf('.github/onramp.yml', 'signOff: required')}`);
    assert.equal(signOff.severity, vscode.DiagnosticSeverity.Warning, 'the maintainer file says severity: warning');
  });

  it('clears the problems once the message follows the rules', async () => {
    const { diagnostics } = await typeMessage(repo, `fix: trim dashes\n\n${IDENTITY}`, (rules) => rules.length === 0);
    assert.deepEqual(diagnostics, []);
  });

  it('fixes the type case, then adds the sign-off from git user.name and user.email', async () => {
    const { document } = await typeMessage(repo, 'Feat: add trimming', (rules) => rules.includes('type-case'));
    const cased = await apply((await codeActions(document)).find((a) => /type in lower-case/.test(a.title)), document);
    assert.equal(cased, 'feat: add trimming');
    await waitFor('the new lint', async () => (await codeActions(document)).some((a) => a.title.includes('Signed-off-by')));
    const signed = await apply((await codeActions(document)).find((a) => a.title.includes('Signed-off-by')), document);
    assert.equal(signed, `feat: add trimming\n\n${IDENTITY}`);
  });

  it('changes a mistyped type to the allowed one it meant, or the one picked from the list', async () => {
    const { document } = await typeMessage(repo, `feature: add trimming\n\n${IDENTITY}`, (rules) => rules.includes('type-enum'));
    const actions = await codeActions(document);
    assert.equal(await apply(actions.find((a) => a.title === 'Change the type to "feat"'), document), `feat: add trimming\n\n${IDENTITY}`);
    await typeMessage(repo, `feature: add trimming\n\n${IDENTITY}`, (rules) => rules.includes('type-enum'));
    const pick = (await codeActions(document)).find((a) => a.command?.command === 'onramp.commits.pickType');
    assert.equal(await apply(pick, document, ['docs']), `docs: add trimming\n\n${IDENTITY}`);
  });

  it('wraps a long body at the rule width', async () => {
    const long = Array.from({ length: 30 }, (_, k) => `word${k}`).join(' ');
    const { document } = await typeMessage(repo, `fix: trim dashes\n\n${long}\n\n${IDENTITY}`, (rules) => rules.includes('body-max-line-length'));
    const wrapped = await apply((await codeActions(document)).find((a) => /Wrap the body at 100/.test(a.title)), document);
    assert.ok(wrapped.split('\n').every((l) => l.length <= 100), wrapped);
    assert.equal(wrapped.replace(/\s+/g, ' '), `fix: trim dashes ${long} ${IDENTITY}`);
  });

  it('adds "Fixes #N" for the issue the branch started from', async () => {
    const { document } = await typeMessage(repo, `fix: trim dashes\n\n${IDENTITY}`, (rules) => rules.length === 0);
    const fixed = await apply((await codeActions(document)).find((a) => a.title.includes('Fixes #42')), document);
    assert.equal(fixed, `fix: trim dashes\n\nFixes #42\n${IDENTITY}`);
  });

  it("offers the monorepo's packages as scopes", async () => {
    await writeWorkspaceFile('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    await writeWorkspaceFile('packages/ui/package.json', '{ "name": "@slugline/ui" }\n');
    try {
      const { document } = await typeMessage(repo, `fix: trim dashes\n\n${IDENTITY}`, (rules) => rules.length === 0);
      const scope = (await codeActions(document)).find((a) => a.command?.command === 'onramp.commits.pickScope');
      assert.equal(await apply(scope, document, ['ui']), `fix(ui): trim dashes\n\n${IDENTITY}`);
    } finally {
      await deleteWorkspaceFile('pnpm-workspace.yaml');
      await deleteWorkspaceFile('packages');
    }
  });
});

describeIn('trusted', 'A JavaScript commitlint config', () => {
  afterEach(() => rmSync(path.join(workspaceRoot().fsPath, MARKER), { force: true }));

  it("is evaluated with commitlint's loader, outside the extension host, in a trusted workspace", async () => {
    const api = await onrampApi();
    await withFileMoved('.commitlintrc.json', async () => {
      await writeWorkspaceFile('commitlint.config.js', JS_CONFIG);
      try {
        await api.refresh(workspaceRoot());
        const view = await api.lintCommitMessage(workspaceRoot(), `fix: trim dashes\n\n${IDENTITY}`);
        assert.ok(view);
        assert.equal(view.loadedConfig, true);
        assert.ok(existsSync(path.join(workspaceRoot().fsPath, MARKER)), 'the config ran');
        assert.deepEqual(view.problems.map((p) => p.rule), ['subject-full-stop'], 'the rule only running the config shows is checked');
      } finally {
        await deleteWorkspaceFile('commitlint.config.js');
      }
    });
    await api.refresh(workspaceRoot());
  });
});

describeIn('restricted', 'A JavaScript commitlint config', () => {
  it('is never run; the user is told what was skipped and why', async () => {
    const api = await onrampApi();
    await withFileMoved('.commitlintrc.json', async () => {
      await writeWorkspaceFile('commitlint.config.js', JS_CONFIG);
      try {
        await api.refresh(workspaceRoot());
        const view = await api.lintCommitMessage(workspaceRoot(), 'Feat: add trimming');
        assert.ok(view);
        assert.equal(view.loadedConfig, false);
        assert.equal(existsSync(path.join(workspaceRoot().fsPath, MARKER)), false, 'the config did not run');
        const skipped = view.skipped.find((s) => s.file === 'commitlint.config.js');
        assert.ok(skipped, 'the config is listed as skipped');
        assert.match(skipped.reason, /Restricted Mode/);
        // The data around it still works: the bundled shared config it extends, the maintainer file's rules.
        assert.ok(view.problems.some((p) => p.rule === 'type-case'), JSON.stringify(view.problems));
        assert.ok(!view.problems.some((p) => p.rule === 'subject-full-stop'));
      } finally {
        await deleteWorkspaceFile('commitlint.config.js');
      }
    });
    await api.refresh(workspaceRoot());
  });

  it('refuses to install the hook or rewrite commits', async () => {
    assert.equal(await vscode.commands.executeCommand('onramp.installCommitMsgHook', workspaceRoot().toString()), undefined);
    assert.equal(existsSync(path.join(workspaceRoot().fsPath, '.git', 'hooks', 'commit-msg')), false);
    assert.equal(await vscode.commands.executeCommand('onramp.signOffBranchCommits', workspaceRoot().toString(), { confirmed: true }), undefined);
  });
});

describeIn('trusted', 'Branch commits and the commit-msg hook', () => {
  const hook = () => path.join(workspaceRoot().fsPath, '.git', 'hooks', 'commit-msg');
  before(async () => {
    assert.equal((await git(['switch', '-c', 'onramp-commits-test'])).code, 0);
  });
  after(async () => {
    rmSync(hook(), { force: true });
    await git(['switch', 'main']);
    await git(['branch', '-D', 'onramp-commits-test']);
    for (const ref of (await git(['for-each-ref', '--format=%(refname)', 'refs/onramp/backup'])).stdout.split('\n').filter(Boolean)) await git(['update-ref', '-d', ref]);
  });

  it('the hook rejects a bad `git commit` from a terminal and lets a good one through', async () => {
    const result = await vscode.commands.executeCommand<{ kind: string }>('onramp.installCommitMsgHook', workspaceRoot().toString());
    assert.equal(result?.kind, 'installed');
    const script = readFileSync(hook(), 'utf8');
    assert.match(script, /NODE='\//, 'the hook names Node by absolute path');
    const bad = await git(['commit', '--allow-empty', '-m', 'Feat: Add Thing.']);
    assert.notEqual(bad.code, 0, 'the bad commit is rejected');
    assert.match(bad.stdout + bad.stderr, /type must be lower-case \(type-case/);
    const good = await git(['commit', '--allow-empty', '-s', '-m', 'fix: trim dashes']);
    assert.equal(good.code, 0, good.stderr);
  });

  it('never overwrites a hook it did not write without asking', async () => {
    rmSync(hook(), { force: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(hook(), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const result = await vscode.commands.executeCommand<{ kind: string }>('onramp.installCommitMsgHook', workspaceRoot().toString(), { chain: false });
    assert.equal(result?.kind, 'needs-decision');
    assert.equal(readFileSync(hook(), 'utf8'), '#!/bin/sh\nexit 0\n');
    rmSync(hook(), { force: true });
  });

  it('lists the branch commits that break the rules, then signs off the missing ones with a backup ref', async () => {
    assert.equal((await git(['commit', '--allow-empty', '-m', 'feat: no sign-off'])).code, 0);
    const lint = await vscode.commands.executeCommand<{ base: string; total: number; offenders: { subject: string; problems: { rule: string }[] }[] }>('onramp.lintBranchCommits', workspaceRoot().toString());
    assert.ok(lint);
    assert.equal(lint.base, 'main');
    const offender = lint.offenders.find((o) => o.subject === 'feat: no sign-off');
    assert.ok(offender, JSON.stringify(lint));
    assert.deepEqual(offender.problems.map((p) => p.rule), ['signed-off-by']);

    const before = (await git(['rev-parse', 'HEAD'])).stdout.trim();
    const signed = await vscode.commands.executeCommand<{ kind: string; backupRef: string; pushedTo: string[] }>('onramp.signOffBranchCommits', workspaceRoot().toString(), { confirmed: true });
    assert.equal(signed?.kind, 'signed');
    assert.equal((await git(['rev-parse', signed.backupRef])).stdout.trim(), before, 'the old head is kept');
    assert.deepEqual(signed.pushedTo, []);
    assert.match((await git(['log', '-1', '--format=%B'])).stdout, /Signed-off-by: Onramp Demo <demo@onramp\.invalid>/);
    const again = await vscode.commands.executeCommand<{ offenders: unknown[] }>('onramp.lintBranchCommits', workspaceRoot().toString());
    assert.deepEqual(again?.offenders, []);
  });
});
