import * as vscode from 'vscode';
import type { Services } from '../extension';
import { countBySeverity } from '../core/check/types';
import type { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { CheckCodeActions } from './checkCodeActions';
import { ContributionCheck } from './contributionCheck';
import type { IssueService } from '../issues/issueService';
import { registerHealth } from './healthView';

export const MAINTAINER_COMMANDS = { checkContributionPath: 'onramp.checkContributionPath' } as const;

/** What the command returns (to tests and other callers): the counts shown, or undefined when nothing was checked. */
export interface CheckSummary {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
}

/**
 * Maintainer tools: "Onramp: Check Contribution Path", its diagnostics and quick fixes, and "Onramp: Show
 * Newcomer Health" (which reads the forge through the issue picker's service: its access, tokens and cache).
 */
export function registerMaintainers(services: Services, logger: Logger, issues: IssueService): vscode.Disposable {
  const check = new ContributionCheck(services.repositories, logger);
  const command = vscode.commands.registerCommand(MAINTAINER_COMMANDS.checkContributionPath, async (rootUri?: string): Promise<CheckSummary | undefined> => {
    const root = rootUri ? services.repositories.rootFor(vscode.Uri.parse(rootUri)) : await pickRoot(services.repositories, vscode.l10n.t('Check the contribution path of which folder?'));
    if (!root) return undefined;
    const result = await check.check(root);
    if (!result) return undefined;
    const counts = countBySeverity(result.findings);
    if (result.findings.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Onramp found nothing to fix on the contribution path of {0}.', root.name));
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('Onramp found {0} errors, {1} warnings and {2} notes on the contribution path of {3}; they are in the Problems panel.', counts.error, counts.warning, counts.note, root.name));
      void vscode.commands.executeCommand('workbench.actions.view.problems');
    }
    return counts;
  });
  const actions = vscode.languages.registerCodeActionsProvider('*' /* any file a finding names */, new CheckCodeActions(check), { providedCodeActionKinds: CheckCodeActions.kinds });
  return vscode.Disposable.from(check, command, actions, registerHealth(services, issues, logger.child('health')));
}
