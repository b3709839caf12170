import * as vscode from 'vscode';
import type { TextEdit } from '../core/commits/quickFixes';
import { closestType, headerOf } from '../core/commits/closestType';
import { headerParts } from '../core/commits/messageParts';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { CommandHandlers } from '../util/lazy';
import type { OnrampState } from '../util/state';
import { repoFilesFor } from '../util/workspaceRepoFiles';
import { CommitInputDiagnostics, InputLint } from './commitDiagnostics';
import { CommitEngine, loadCommits } from './loadCommits';
import { PICK_SCOPE_COMMAND, PICK_TYPE_COMMAND } from './registerCommits';
import { isScmInput } from './scmInput';

export { PICK_SCOPE_COMMAND, PICK_TYPE_COMMAND };

/** Facts about the repository the fixes need, read with git (safely) and kept a few seconds. */
interface RepoContext {
  readonly identity: { name: string; email: string } | null;
  readonly issue: number | null;
  readonly at: number;
}
const CONTEXT_TTL_MS = 5_000;

/**
 * Quick fixes for the commit message in the Source Control input, from the core's text edits: sign-off with
 * git's user.name and user.email, a type's case, a type or a scope picked from the allowed list (with
 * descriptions) or the monorepo's packages, `Fixes #N` for the issue the branch started from, and wrapping the
 * body at the rule's width. The problems come from the last lint (VS Code does not hand input-box diagnostics
 * back to providers), so fixes always match what the user sees.
 */
export class CommitQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite];
  private readonly contexts = new Map<string, RepoContext>();

  constructor(
    private readonly diagnostics: CommitInputDiagnostics,
    private readonly state: OnrampState,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    if (!isScmInput(document)) return [];
    const root = this.diagnostics.rootOf(document);
    // Asked right after a keystroke, the lint of this text may still be on its way.
    const lint = root && (await lintNow(this.diagnostics, document));
    if (!lint || !root) return [];
    const engine = loadCommits();
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    const context = await this.context(engine, root);
    const fix = (title: string, edit: TextEdit | null, kind = vscode.CodeActionKind.QuickFix): void => {
      if (!edit) return;
      const action = new vscode.CodeAction(title, kind);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, toRange(edit), edit.newText);
      actions.push(action);
    };
    const pick = (title: string, command: string, kind = vscode.CodeActionKind.QuickFix): void => {
      const action = new vscode.CodeAction(title, kind);
      action.command = { title, command, arguments: [document.uri.toString()] };
      actions.push(action);
    };
    const seen = new Set<string>();
    for (const problem of lint.problems) {
      const at = problem.range ? new vscode.Range(problem.range.start.line, problem.range.start.column, problem.range.end.line, problem.range.end.column) : document.lineAt(0).range;
      if (!at.intersection(range) && !range.contains(at) || seen.has(problem.rule)) continue;
      seen.add(problem.rule);
      const config = lint.rules.ruleSet.rules.find((r) => r.name === problem.rule)?.config;
      switch (problem.rule) {
        case 'signed-off-by':
          if (context.identity) fix(vscode.l10n.t('Add "Signed-off-by: {0} <{1}>"', context.identity.name, context.identity.email), engine.addSignOff(text, context.identity));
          else actions.push(disabled(vscode.l10n.t('Add Signed-off-by'), vscode.l10n.t('git has no user.name and user.email for this repository; set them first (git config user.name / user.email).')));
          break;
        case 'type-case': {
          const wanted = [config?.[2]].flat().find((c) => c === 'lower-case' || c === 'upper-case') as 'lower-case' | 'upper-case' | undefined;
          fix(vscode.l10n.t('Write the type in {0}', wanted ?? 'lower-case'), engine.fixTypeCase(text, wanted ?? 'lower-case'));
          break;
        }
        case 'type-enum':
        case 'type-empty': {
          const close = closestType(text, engine.allowedTypes(lint.rules.ruleSet) ?? []);
          if (close) fix(vscode.l10n.t('Change the type to "{0}"', close), engine.replaceType(text, close));
          pick(vscode.l10n.t('Pick a type…'), PICK_TYPE_COMMAND);
          break;
        }
        case 'scope-enum':
        case 'scope-empty':
          pick(vscode.l10n.t('Pick a scope…'), PICK_SCOPE_COMMAND);
          break;
        case 'body-max-line-length':
        case 'footer-max-line-length':
          if (typeof config?.[2] === 'number') fix(vscode.l10n.t('Wrap the body at {0} columns', config[2]), engine.wrapBody(text, config[2]));
          break;
      }
    }
    const issue = context.issue ?? this.state.get('pickedIssue')?.number ?? null;
    if (issue !== null) fix(vscode.l10n.t('Add "Fixes #{0}" for the issue this branch is for', issue), engine.addIssueReference(text, issue));
    if (!seen.has('scope-enum') && !seen.has('scope-empty') && hasTypeWithoutScope(text) && (await engine.workspaceScopes(repoFilesFor(root.uri))).length > 0) {
      pick(vscode.l10n.t('Add a scope from this repository\'s packages…'), PICK_SCOPE_COMMAND, vscode.CodeActionKind.RefactorRewrite);
    }
    return actions;
  }

  private async context(engine: CommitEngine, root: RepositoryRoot): Promise<RepoContext> {
    const key = root.uri.toString();
    const cached = this.contexts.get(key);
    if (cached && Date.now() - cached.at < CONTEXT_TTL_MS) return cached;
    const dir = root.uri.fsPath;
    const get = async (args: string[]) => {
      const r = await engine.runGit(dir, args);
      return r.ok ? r.stdout.trim() : '';
    };
    const [name, email, branch] = await Promise.all([get(['config', '--get', 'user.name']), get(['config', '--get', 'user.email']), get(['symbolic-ref', '--quiet', '--short', 'HEAD'])]);
    const issue = branch ? await engine.issueForBranch(dir, branch) : null;
    const context = { identity: name && email ? { name, email } : null, issue: issue?.number ?? null, at: Date.now() };
    this.contexts.set(key, context);
    return context;
  }
}

/** The picker commands behind "Pick a type…" and "Pick a scope…"; `choice` skips the picker (for tests and other callers). */
export function pickCommandHandlers(diagnostics: CommitInputDiagnostics): CommandHandlers {
  const documentOf = (uri: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && isScmInput(d));
  const apply = async (document: vscode.TextDocument, edit: TextEdit | null): Promise<boolean> => {
    if (!edit) return false;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(document.uri, toRange(edit), edit.newText);
    return vscode.workspace.applyEdit(workspaceEdit);
  };
  return {
    [PICK_TYPE_COMMAND]: async (uri: string, choice?: string) => {
      const document = documentOf(uri);
      const lint = document && (await lintNow(diagnostics, document));
      if (!document || !lint) return false;
      const engine = loadCommits();
      const descriptions = lint.rules.ruleSet.typeDescriptions;
      const types = engine.allowedTypes(lint.rules.ruleSet) ?? Object.keys(descriptions);
      const type =
        choice ??
        (await vscode.window.showQuickPick(types.map((t) => ({ label: t, detail: descriptions[t] })), { placeHolder: vscode.l10n.t('The type of this change') }))?.label;
      return type ? apply(document, engine.replaceType(document.getText(), type)) : false;
    },
    [PICK_SCOPE_COMMAND]: async (uri: string, choice?: string) => {
      const document = documentOf(uri);
      const root = document && diagnostics.rootOf(document);
      const lint = document && (await lintNow(diagnostics, document));
      if (!document || !root || !lint) return false;
      const engine = loadCommits();
      const allowed = lint.rules.ruleSet.rules.find((r) => r.name === 'scope-enum' && r.config[1] !== 'never')?.config[2];
      const items = Array.isArray(allowed)
        ? allowed.filter((s): s is string => typeof s === 'string').map((s) => ({ label: s, detail: undefined as string | undefined }))
        : (await engine.workspaceScopes(repoFilesFor(root.uri))).map((s) => ({ label: s.scope, detail: vscode.l10n.t('{0} (from {1})', s.path, s.from) }));
      const scope = choice ?? (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('The part of the project this change is in') }))?.label;
      return scope ? apply(document, engine.setScope(document.getText(), scope)) : false;
    },
  };
}

/** The current lint of a document, waiting for one that is on its way. */
async function lintNow(diagnostics: CommitInputDiagnostics, document: vscode.TextDocument): Promise<InputLint | undefined> {
  for (let k = 0; k < 40; k++) {
    const lint = diagnostics.lintOf(document);
    if (lint) return lint;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

function toRange(edit: TextEdit): vscode.Range {
  return new vscode.Range(edit.range.start.line, edit.range.start.column, edit.range.end.line, edit.range.end.column);
}

function disabled(title: string, reason: string): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.disabled = { reason };
  return action;
}

function hasTypeWithoutScope(text: string): boolean {
  const parts = headerParts(headerOf(text));
  return parts.type !== null && parts.type.end > parts.type.start && parts.scope === null;
}
