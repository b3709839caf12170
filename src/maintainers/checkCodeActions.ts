import * as vscode from 'vscode';
import { CHECK_SOURCE, type ContributionCheck } from './contributionCheck';

/**
 * "Quick Fix" for findings whose fix is mechanical (a one-line edit): replaces the line the check read. Offered
 * only while the line to replace still reads as it did when checked, since the edit is of the whole line and
 * must never overwrite what the user typed since.
 */
export class CheckCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly check: ContributionCheck) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixes = this.check.fixesIn(document.uri);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== CHECK_SOURCE) continue;
      const fix = fixes.find((f) => f.line - 1 === diagnostic.range.start.line && f.message === diagnostic.message);
      if (!fix || fix.uri.toString() !== document.uri.toString() || fix.edit.line > document.lineCount) continue;
      if (document.lineAt(fix.edit.line - 1).text !== fix.original) continue;
      const action = new vscode.CodeAction(fix.description, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, document.lineAt(fix.edit.line - 1).range, fix.edit.replacement);
      actions.push(action);
    }
    return actions;
  }
}
