import * as vscode from 'vscode';
import { Logger } from './logger';

export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

/** How the gate speaks to the user; the window by default, a recorder in tests. */
export interface TrustPrompt {
  warn(message: string, ...buttons: string[]): Thenable<string | undefined>;
  execute(command: string): Thenable<unknown>;
}

const windowPrompt: TrustPrompt = {
  warn: (message, ...buttons) => vscode.window.showWarningMessage(message, ...buttons),
  execute: (command) => vscode.commands.executeCommand(command),
};

/**
 * The one gate for everything that runs something from the repository: a terminal command, a script, a
 * JavaScript config, a git hook install. In a trusted workspace it lets the action through; in Restricted Mode
 * it refuses, says so in one sentence with a "Manage Workspace Trust" button, and logs the refusal.
 */
export class TrustGate {
  constructor(
    private readonly logger: Logger,
    private readonly prompt: TrustPrompt = windowPrompt,
    private readonly isTrusted: () => boolean = () => vscode.workspace.isTrusted,
  ) {}

  /**
   * Whether `action` may run now. `action` completes "Onramp does not … in Restricted Mode", for example
   * "run `npm test` in a terminal". The message is not awaited: the caller learns the answer at once.
   */
  async allows(action: string): Promise<boolean> {
    if (this.isTrusted()) return true;
    this.logger.warn(`refused in Restricted Mode: ${action}`);
    const manage = vscode.l10n.t('Manage Workspace Trust');
    const message = vscode.l10n.t('Onramp does not {0} in Restricted Mode, because this folder is not trusted.', action);
    void Promise.resolve(this.prompt.warn(message, manage)).then(async (answer) => {
      if (answer === manage) await this.prompt.execute(MANAGE_TRUST_COMMAND);
    });
    return false;
  }
}
