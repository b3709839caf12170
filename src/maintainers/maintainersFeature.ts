import * as vscode from 'vscode';
import { countBySeverity } from '../core/check/types';
import type { Services } from '../extension';
import type { CommandHandlers } from '../util/lazy';
import type { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { CheckCodeActions } from './checkCodeActions';
import { ContributionCheck } from './contributionCheck';
import type { IssueService } from '../issues/issueService';
import { healthCommand } from './healthView';
import { type CheckSummary, MAINTAINER_COMMANDS } from './registerMaintainers';

/** The maintainer tools' body (its own bundle, dist/maintainersFeature.js), loaded on the first check. */
export interface MaintainersFeature extends vscode.Disposable {
  readonly commands: CommandHandlers;
}

/** "Onramp: Check Contribution Path", its diagnostics (re-checked on save) and quick fixes; "Onramp: Show Newcomer Health". */
export function createMaintainersFeature(services: Services, logger: Logger, issues: () => IssueService): MaintainersFeature {
  const check = new ContributionCheck(services.repositories, logger);
  const health = healthCommand(services, issues, logger.child('health'));
  const commands: CommandHandlers = {
    [MAINTAINER_COMMANDS.checkContributionPath]: async (rootUri?: string): Promise<CheckSummary | undefined> => {
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
    },
    [MAINTAINER_COMMANDS.showNewcomerHealth]: health.show,
  };
  const actions = vscode.languages.registerCodeActionsProvider('*' /* any file a finding names */, new CheckCodeActions(check), {
    providedCodeActionKinds: CheckCodeActions.kinds,
  });
  return { commands, dispose: () => vscode.Disposable.from(actions, check, health).dispose() };
}
