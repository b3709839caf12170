import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { lintBranchCommits, signOffBranchCommits } from './branchCommands';
import { CommitInputDiagnostics } from './commitDiagnostics';
import { CommitQuickFixes, PICK_SCOPE_COMMAND, PICK_TYPE_COMMAND, registerPickCommands } from './commitQuickFixes';
import { CommitRulesService } from './commitRulesService';
import { HookOptions, installHook } from './hookCommand';
import { loadCommits } from './loadCommits';
import { SCM_INPUT_LANGUAGE } from './scmInput';

export const COMMIT_COMMANDS = {
  lintBranch: 'onramp.lintBranchCommits',
  signOff: 'onramp.signOffBranchCommits',
  installHook: 'onramp.installCommitMsgHook',
  pickType: PICK_TYPE_COMMAND,
  pickScope: PICK_SCOPE_COMMAND,
} as const;

/** What the public API offers about commit messages: plain data. */
export interface CommitLintView {
  readonly rules: readonly { readonly name: string; readonly origin: string; readonly file: string | null; readonly line: number | null }[];
  readonly problems: readonly { readonly rule: string; readonly severity: 'error' | 'warning'; readonly message: string }[];
  readonly skipped: readonly { readonly file: string; readonly line: number; readonly target: string; readonly reason: string }[];
  /** Whether commitlint's loader evaluated the repository's config (trusted workspaces only). */
  readonly loadedConfig: boolean;
}

/**
 * Commit messages: diagnostics and quick fixes in the Source Control input, and the branch and hook commands.
 * The commit engine (commitlint) loads on the first input document or command, not at activation.
 */
export function registerCommits(services: Services, logger: Logger, extensionPath: string): { disposable: vscode.Disposable; lint(uri: vscode.Uri, message: string): Promise<CommitLintView | undefined> } {
  const rules = new CommitRulesService(services.repositories, logger, `${extensionPath}/dist`);
  const diagnostics = new CommitInputDiagnostics(rules, logger);
  const rootOf = async (rootUri: string | undefined, question: string): Promise<RepositoryRoot | undefined> =>
    rootUri ? services.repositories.rootFor(vscode.Uri.parse(rootUri)) : pickRoot(services.repositories, question);
  // Tests and other callers pass the root (and options); a person is asked for the folder and to confirm.
  const commands = [
    vscode.commands.registerCommand(COMMIT_COMMANDS.lintBranch, async (rootUri?: string) => {
      const root = await rootOf(rootUri, vscode.l10n.t('Lint the commits of which folder?'));
      return root && lintBranchCommits(rules, root, rootUri === undefined);
    }),
    vscode.commands.registerCommand(COMMIT_COMMANDS.signOff, async (rootUri?: string, options?: { confirmed?: boolean }) => {
      const root = await rootOf(rootUri, vscode.l10n.t('Sign off the commits of which folder?'));
      return root && signOffBranchCommits(rules, services.trust, logger, root, options?.confirmed === true);
    }),
    vscode.commands.registerCommand(COMMIT_COMMANDS.installHook, async (rootUri?: string, options?: HookOptions) => {
      const root = await rootOf(rootUri, vscode.l10n.t('Install the commit-msg hook in which folder?'));
      return root && installHook(services.trust, logger, extensionPath, root, options);
    }),
  ];
  const quickFixes = vscode.languages.registerCodeActionsProvider({ language: SCM_INPUT_LANGUAGE }, new CommitQuickFixes(diagnostics, services.state), {
    providedCodeActionKinds: CommitQuickFixes.kinds,
  });
  return {
    disposable: vscode.Disposable.from(rules, diagnostics, quickFixes, registerPickCommands(diagnostics), ...commands),
    async lint(uri, message) {
      const root = services.repositories.rootFor(uri);
      const repo = root && (await rules.rules(root));
      if (!repo) return undefined;
      const problems = await loadCommits().lintMessage(message, repo.ruleSet, { commentChar: repo.commentChar });
      return {
        rules: repo.ruleSet.rules.map((r) => ({ name: r.name, origin: r.origin, file: r.source?.file ?? null, line: r.source?.line ?? null })),
        problems: problems.map((p) => ({ rule: p.rule, severity: p.severity, message: p.message })),
        skipped: repo.ruleSet.skipped.map((s) => ({ file: s.reference.file, line: s.reference.line, target: s.reference.target, reason: s.reason })),
        loadedConfig: repo.loadedConfig,
      };
    },
  };
}
