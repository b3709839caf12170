import * as vscode from 'vscode';
import { registerOpenGuideCommand } from './guide/openGuideCommand';
import { createLogger } from './util/logger';

/** Wires the features together; each feature registers its own commands, views and listeners. */
export function activate(context: vscode.ExtensionContext): void {
  const channel = vscode.window.createOutputChannel('Onramp', { log: true });
  const logger = createLogger(channel);
  context.subscriptions.push(channel, registerOpenGuideCommand(logger.child('guide')));
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
