import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { Logger } from '../util/logger';
import { GuideNode, GuideTreeProvider } from './guideView';
import { openGuide } from './openGuideCommand';
import { GUIDE_COMMANDS } from './registerGuide';

/** The guide feature's body (its own bundle, dist/guideFeature.js): the view's data and the command handlers. */
export interface GuideFeature extends vscode.Disposable {
  readonly provider: GuideTreeProvider;
  readonly commands: Readonly<Record<string, (...args: never[]) => unknown>>;
}

export function createGuideFeature(services: Services, logger: Logger): GuideFeature {
  const provider = new GuideTreeProvider(services.repositories, services.contextKeys);
  return {
    provider,
    commands: {
      [GUIDE_COMMANDS.open]: () => openGuide(services.repositories, logger),
      [GUIDE_COMMANDS.refresh]: () => provider.refresh(),
      [GUIDE_COMMANDS.copy]: async (node?: GuideNode) => {
        if (node?.kind !== 'line' || node.line.kind !== 'command') return;
        await vscode.env.clipboard.writeText(node.line.value);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', node.line.value), 3000);
      },
    },
    dispose: () => provider.dispose(),
  };
}
