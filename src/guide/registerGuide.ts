import * as vscode from 'vscode';
import type { Services } from '../extension';
import { DeferredTreeView, LazyFeature, LazyTreeDataProvider, forwardCommands } from '../util/lazy';
import type { Logger } from '../util/logger';
import type * as Body from './guideFeature';

export const GUIDE_VIEW_ID = 'onramp.guide';
export const GUIDE_COMMANDS = {
  open: 'onramp.openGuide',
  refresh: 'onramp.refreshGuide',
  copy: 'onramp.copyCommand',
} as const;

/**
 * The Contribution Guide view and its commands. Only this registration runs at activation (the view itself is made
 * just after, see DeferredTreeView); the view's data and the handlers (dist/guideFeature.js) load when the view is
 * first shown or a command first runs.
 */
export function registerGuide(services: Services, logger: Logger): { tree: vscode.TreeDataProvider<unknown>; disposable: vscode.Disposable } {
  const feature = new LazyFeature('guide', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the body's own bundle, beside dist/extension.js
    const body = require('./guideFeature.js') as typeof Body;
    return body.createGuideFeature(services, logger);
  });
  const tree = new LazyTreeDataProvider<unknown>(() => feature.get().provider as vscode.TreeDataProvider<unknown>);
  const view = new DeferredTreeView(GUIDE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const commands = forwardCommands(Object.values(GUIDE_COMMANDS), () => feature.get().commands);
  return { tree, disposable: vscode.Disposable.from(commands, view, tree, feature) };
}
