import * as vscode from 'vscode';
import { registerOpenGuideCommand } from './guide/openGuideCommand';
import { GuideService } from './guide/guideService';
import { GuideTreeProvider, registerGuideView } from './guide/guideView';
import { createLogger } from './util/logger';

/** What Onramp offers other extensions, and its own tests in the real extension host. */
export interface OnrampApi {
  readonly guide: GuideService;
  /** The Contribution Guide view's provider, exactly as VS Code queries it. */
  readonly guideTree: GuideTreeProvider;
}

/** Wires the features together; each feature registers its own commands, views and listeners. */
export function activate(context: vscode.ExtensionContext): OnrampApi {
  const channel = vscode.window.createOutputChannel('Onramp', { log: true });
  const logger = createLogger(channel);
  const guide = new GuideService(logger.child('guide'));
  const guideView = registerGuideView(guide);
  context.subscriptions.push(channel, guide, guideView.disposable, registerOpenGuideCommand(logger.child('guide')));
  return { guide, guideTree: guideView.provider };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
