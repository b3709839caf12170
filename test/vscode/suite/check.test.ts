import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckSummary } from '../../../src/maintainers/registerMaintainers';
import { describeIn, onrampApi, save, waitFor, workspaceRoot } from './helpers';

const GUIDE = 'CONTRIBUTING.md';

/** The demo guide with `extra` added as lines of its lint code block; returns the 1-based line of the first. */
async function withGuideLines(extra: readonly string[], body: (guide: vscode.Uri, line: number, document: vscode.TextDocument) => Promise<void>): Promise<void> {
  await onrampApi();
  const guide = vscode.Uri.joinPath(workspaceRoot(), GUIDE);
  const original = await vscode.workspace.fs.readFile(guide);
  const lines = new TextDecoder().decode(original).split('\n');
  const at = lines.indexOf('npm run lint') + 1;
  assert.ok(at > 0, 'the demo guide has `npm run lint` in a code block');
  lines.splice(at, 0, ...extra);
  const written = lines.join('\n');
  // Through the editor, as a person edits and saves: a write behind an open model's back makes VS Code's save refuse
  // ("the file is newer") once the model has not caught up, which a loaded machine makes likely.
  const document = await vscode.workspace.openTextDocument(guide);
  await setText(document, written);
  try {
    await body(guide, at + 1, document);
  } finally {
    await setText(document, new TextDecoder().decode(original));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Once checked, the root is checked again on every change: the restored guide has no findings.
    await waitFor('the restored guide to have no check findings', () => checkDiagnostics(guide).length === 0);
  }
}

/** Replaces the whole document and saves it. */
async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.equal(document.getText(), text);
  await save(document);
}

function checkDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Onramp check' && typeof d.code === 'string');
}

function staleAt(uri: vscode.Uri, line: number, name: string): vscode.Diagnostic | undefined {
  return checkDiagnostics(uri).find((d) => d.code === 'stale-command' && d.range.start.line === line - 1 && d.message.includes(`"${name}"`));
}

async function runCheck(): Promise<CheckSummary | undefined> {
  return vscode.commands.executeCommand<CheckSummary | undefined>('onramp.checkContributionPath', workspaceRoot().toString());
}

async function replaceLine(document: vscode.TextDocument, line: number, text: string | undefined): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const range = text === undefined ? new vscode.Range(line - 1, 0, line, 0) : document.lineAt(line - 1).range;
  edit.replace(document.uri, range, text ?? '');
  assert.ok(await vscode.workspace.applyEdit(edit));
}

function checkSuite(): void {
  it('shows a stale command at its line, as an error with its rule and why, and drops it once the guide is fixed and saved', async () => {
    await withGuideLines(['npm run nonexistent'], async (guide, line, document) => {
      const summary = await runCheck();
      assert.deepEqual(summary, { error: 1, warning: 0, note: 0 });
      const diagnostic = staleAt(guide, line, 'nonexistent');
      assert.ok(diagnostic, `a stale-command finding at line ${line}; got ${JSON.stringify(checkDiagnostics(guide).map((d) => [d.code, d.range.start.line, d.message]))}`);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diagnostic.message, /package\.json has no script "nonexistent"/);
      assert.match(diagnostic.message, /A newcomer who copies this command/, 'the message says why it matters');

      await vscode.window.showTextDocument(document);
      await replaceLine(document, line, undefined);
      await save(document);
      await waitFor('the finding to go after the save', () => staleAt(guide, line, 'nonexistent') === undefined && checkDiagnostics(guide).length === 0);
    });
  });

  it('offers the mechanical fix as a quick fix, and the fixed guide checks clean after save', async () => {
    await withGuideLines(['npm run lnit'], async (guide, line, document) => {
      await runCheck();
      const diagnostic = staleAt(guide, line, 'lnit');
      assert.ok(diagnostic, 'the misspelt script is reported');
      await vscode.window.showTextDocument(document);
      const quickFixes = async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', guide, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).filter((a) => a.title.startsWith('Replace "lnit"'));

      // While the user has changed the line since the check, the whole-line fix would overwrite their typing: none.
      await replaceLine(document, line, 'npm run lnit --silent');
      assert.deepEqual(await quickFixes(), []);
      await replaceLine(document, line, 'npm run lnit');

      const actions = await quickFixes();
      const fix = actions.find((a) => a.title === 'Replace "lnit" with "lint".');
      assert.ok(fix?.edit, `the quick fix is offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.lineAt(line - 1).text, 'npm run lint');
      await save(document);
      await waitFor('the finding to go after the save', () => checkDiagnostics(guide).length === 0);
    });
  });

  it('reports nothing on the demo project as it is', async () => {
    await onrampApi();
    assert.deepEqual(await runCheck(), { error: 0, warning: 0, note: 0 });
    assert.deepEqual(checkDiagnostics(vscode.Uri.joinPath(workspaceRoot(), GUIDE)), []);
  });
}

describeIn('trusted', 'Check Contribution Path', checkSuite);

// The check reads files as data and runs nothing from the repository, so it works in an untrusted folder too.
describeIn('restricted', 'Check Contribution Path', () => {
  it('runs in Restricted Mode', () => assert.equal(vscode.workspace.isTrusted, false));
  checkSuite();
});
