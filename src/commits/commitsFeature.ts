import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { CommandHandlers } from '../util/lazy';
import { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { lintBranchCommits, signOffBranchCommits } from './branchCommands';
import { CommitInputDiagnostics } from './commitDiagnostics';
import { CommitQuickFixes, pickCommandHandlers } from './commitQuickFixes';
import { CommitRulesService } from './commitRulesService';
import { HookOptions, installHook } from './hookCommand';
import { loadCommits } from './loadCommits';
import { SCM_INPUT_LANGUAGE } from './scmInput';
import { COMMIT_COMMANDS, type CommitLintView } from './registerCommits';

/** The commit feature's body (its own bundle, dist/commitsFeature.js), loaded on first use. */
export interface CommitsFeature extends vscode.Disposable {
  readonly commands: CommandHandlers;
  lint(uri: vscode.Uri, message: string): Promise<CommitLintView | undefined>;
}

/**
 * Commit messages: diagnostics and quick fixes in the Source Control input, and the branch and hook commands.
 * The commit engine (commitlint, dist/commits.js) loads on the first lint.
 */
export function createCommitsFeature(services: Services, logger: Logger, extensionPath: string): CommitsFeature {
  const rules = new CommitRulesService(services.repositories, logger, `${extensionPath}/dist`);
  const diagnostics = new CommitInputDiagnostics(rules, logger);
  const rootOf = async (rootUri: string | undefined, question: string): Promise<RepositoryRoot | undefined> =>
    rootUri ? services.repositories.rootFor(vscode.Uri.parse(rootUri)) : pickRoot(services.repositories, question);
  // Tests and other callers pass the root (and options); a person is asked for the folder and to confirm.
  const commands: CommandHandlers = {
    [COMMIT_COMMANDS.lintBranch]: async (rootUri?: string) => {
      const root = await rootOf(rootUri, vscode.l10n.t('Lint the commits of which folder?'));
      return root && lintBranchCommits(rules, root, rootUri === undefined);
    },
    [COMMIT_COMMANDS.signOff]: async (rootUri?: string, options?: { confirmed?: boolean }) => {
      const root = await rootOf(rootUri, vscode.l10n.t('Sign off the commits of which folder?'));
      return root && signOffBranchCommits(rules, services.trust, logger, root, options?.confirmed === true);
    },
    [COMMIT_COMMANDS.installHook]: async (rootUri?: string, options?: HookOptions) => {
      const root = await rootOf(rootUri, vscode.l10n.t('Install the commit-msg hook in which folder?'));
      return root && installHook(services.trust, logger, extensionPath, root, options);
    },
    ...pickCommandHandlers(diagnostics),
  };
  const quickFixes = vscode.languages.registerCodeActionsProvider({ language: SCM_INPUT_LANGUAGE }, new CommitQuickFixes(diagnostics, services.state), {
    providedCodeActionKinds: CommitQuickFixes.kinds,
  });
  const owned = vscode.Disposable.from(quickFixes, rules, diagnostics);
  return {
    commands,
    dispose: () => owned.dispose(),
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
