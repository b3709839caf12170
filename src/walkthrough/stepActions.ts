import * as vscode from 'vscode';
import type { StepAction, WalkthroughStep } from '../core/walkthrough/model';
import { loadReader } from '../repository/loadReader';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { TrustGate } from '../util/trust';
import { runShellTask } from '../util/tasks';
import type { WalkthroughService } from './walkthroughService';


/** What happened when the contributor clicked an action. */
export type ActionOutcome =
  | { readonly kind: 'ran'; readonly exitCode: number | undefined }
  | { readonly kind: 'opened' | 'copied' | 'executed' }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Carries out a step's action, only ever on the contributor's click. Running a command goes through the trust
 * gate and runs as a task, whose exit code marks the step done or failed; links are checked again here (the
 * page could be tampered with), and editor commands must be on the allow-list unless Onramp itself wrote the step.
 */
export class StepActions {
  constructor(
    private readonly service: WalkthroughService,
    private readonly trust: TrustGate,
    private readonly logger: Logger,
  ) {}

  async perform(root: RepositoryRoot, step: WalkthroughStep, action: StepAction): Promise<ActionOutcome> {
    await this.service.record(root, { start: step.id });
    switch (action.kind) {
      case 'run':
        return this.run(root, step, action.command);
      case 'open':
        return this.open(root, action.target);
      case 'command': {
        const fromRepository = step.source?.origin === 'config';
        if (fromRepository ? !loadReader().isAllowedCommand(action.command) : !action.command.startsWith('onramp.')) {
          return this.refuse(vscode.l10n.t('The editor command {0} is not one a walkthrough may run.', action.command));
        }
        await vscode.commands.executeCommand(action.command, ...action.args);
        return { kind: 'executed' };
      }
      case 'copy':
        await vscode.env.clipboard.writeText(action.text);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', action.text), 3000);
        return { kind: 'copied' };
    }
  }

  private async run(root: RepositoryRoot, step: WalkthroughStep, command: string): Promise<ActionOutcome> {
    if (!(await this.trust.allows(vscode.l10n.t('run `{0}` from the walkthrough', command)))) {
      return { kind: 'refused', reason: vscode.l10n.t('Restricted Mode: commands from the repository do not run until you trust this folder.') };
    }
    const folder = vscode.workspace.getWorkspaceFolder(root.uri);
    if (!folder) return this.refuse(vscode.l10n.t('{0} is not in an open workspace folder.', root.uri.fsPath));
    this.logger.info(`running from step ${step.id}: ${command}`);
    const exitCode = await runShellTask({ folder, cwd: root.uri, step: step.id, command, label: `${step.title}: ${command}` });
    if (exitCode === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The terminal did not report whether `{0}` succeeded; mark the step done yourself when it did.', command));
    } else {
      await this.service.record(root, { exit: { command, code: exitCode } });
    }
    return { kind: 'ran', exitCode };
  }

  private async open(root: RepositoryRoot, target: Extract<StepAction, { kind: 'open' }>['target']): Promise<ActionOutcome> {
    if (target.kind === 'url') {
      const uri = vscode.Uri.parse(target.url, true);
      if (uri.scheme !== 'https' && uri.scheme !== 'http') return this.refuse(vscode.l10n.t('Only web addresses open from a walkthrough.'));
      await vscode.env.openExternal(uri);
      return { kind: 'opened' };
    }
    return this.openFile(root, target.path);
  }

  /** Opens a repository file named by a step (a link or an action); never anything outside the root. */
  async openFile(root: RepositoryRoot, path: string): Promise<ActionOutcome> {
    if (path.split('/').includes('..') || path.startsWith('/')) return this.refuse(vscode.l10n.t('{0} is outside the repository.', path));
    const uri = vscode.Uri.joinPath(root.uri, path);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return this.refuse(vscode.l10n.t('{0} does not exist in this repository.', path));
    }
    await vscode.commands.executeCommand('vscode.open', uri);
    return { kind: 'opened' };
  }

  private refuse(reason: string): ActionOutcome {
    this.logger.warn(reason);
    void vscode.window.showWarningMessage(reason);
    return { kind: 'refused', reason };
  }
}
