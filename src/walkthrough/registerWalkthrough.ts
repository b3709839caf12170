import * as vscode from 'vscode';
import type { Services } from '../extension';
import { DeferredTreeView, LazyFeature, LazyTreeDataProvider, forwardCommands } from '../util/lazy';
import { Logger } from '../util/logger';
import type { MaintainerDiagnostics } from './maintainerDiagnostics';
import type * as ServicesBundle from '../servicesEntry';
import type * as Body from './walkthroughFeature';

export const WALKTHROUGH_VIEW_ID = 'onramp.walkthrough';
export const OPEN_STEP_COMMAND = 'onramp.openWalkthroughStep';

export const WALKTHROUGH_COMMANDS = {
  show: 'onramp.showWalkthrough',
  openStep: OPEN_STEP_COMMAND,
  runAction: 'onramp.runStepAction',
  markDone: 'onramp.markStepDone',
  markNotDone: 'onramp.markStepNotDone',
  skip: 'onramp.skipStep',
  reset: 'onramp.resetWalkthrough',
  preview: 'onramp.previewWalkthrough',
  createFile: 'onramp.createMaintainerFile',
} as const;

/**
 * The walkthrough capability's registration, the part that runs at activation: the view, the commands, and the
 * maintainer file's diagnostics (small; they follow every reading). With the extension's context, bases in other
 * repositories are fetched (trusted workspaces only) and cached in its storage. The service, the view's data, step pages and
 * command handlers (dist/walkthroughFeature.js) load when the view is first shown or a command first runs.
 * A new command: its id here, its handler in walkthroughFeature.ts.
 */
export function registerWalkthrough(
  services: Services,
  logger: Logger,
  context?: Pick<vscode.ExtensionContext, 'globalStorageUri' | 'secrets'>,
): { feature: LazyFeature<Body.WalkthroughFeature>; tree: vscode.TreeDataProvider<unknown>; disposable: vscode.Disposable } {
  // The view is made just after activation (or by the body, if that comes first), so VS Code shows it; its data (and
  // so the body) is asked for when it is first shown.
  const tree = new LazyTreeDataProvider<unknown>(() => feature.get().provider as vscode.TreeDataProvider<unknown>);
  const view = new DeferredTreeView(WALKTHROUGH_VIEW_ID, { treeDataProvider: tree });
  const feature: LazyFeature<Body.WalkthroughFeature> = new LazyFeature('walkthrough', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the body's own bundle, beside dist/extension.js
    const body = require('./walkthroughFeature.js') as typeof Body;
    return body.createWalkthroughFeature(services, logger, view.get(), context);
  });
  // The walkthrough's reading once its body is loaded (it merges in bases from other repositories when they may be
  // fetched); before that, the repository's own reading, so activation does not load the body for diagnostics.
  // Made just after activation has returned (they need the repository service, and their first reading waits for
  // that moment anyway), so activation does not make the service; their code is in the service's bundle.
  let diagnostics: MaintainerDiagnostics | undefined;
  const start = setTimeout(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the services' own bundle, beside dist/extension.js
    const { MaintainerDiagnostics } = require('./services.js') as typeof ServicesBundle;
    diagnostics = new MaintainerDiagnostics(services.repositories, (root) => feature.loaded?.service.reading(root) ?? services.repositories.read(root));
  }, 0);
  const stopDiagnostics = { dispose: () => (clearTimeout(start), diagnostics?.dispose()) };
  const commands = forwardCommands(Object.values(WALKTHROUGH_COMMANDS), () => feature.get().commands);
  return { feature, tree, disposable: vscode.Disposable.from(commands, stopDiagnostics, view, tree, feature) };
}
