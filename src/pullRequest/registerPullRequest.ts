import * as vscode from 'vscode';
import type { Services } from '../extension';
import { DeferredTreeView, LazyFeature, LazyTreeDataProvider, forwardCommands } from '../util/lazy';
import { Logger } from '../util/logger';
import type * as Body from './pullRequestFeature';
import type { GitLabTokens } from '../util/gitlabTokens';

export const CHECKLIST_VIEW_ID = 'onramp.checklist';
export const FIX_COMMAND = 'onramp.fixChecklistItem';

export const PULL_REQUEST_COMMANDS = {
  show: 'onramp.showChecklist',
  runChecks: 'onramp.runChecklistChecks',
  open: 'onramp.openPullRequest',
  tick: 'onramp.tickChecklistItem',
  untick: 'onramp.untickChecklistItem',
  fix: FIX_COMMAND,
  chooseTemplate: 'onramp.choosePullRequestTemplate',
} as const;

/**
 * The pull request capability's registration, the part that runs at activation: the commands, and the Checklist
 * view (folded at first; made just after activation, see DeferredTreeView). The checklist service, the view's data, running checks and opening the pull request
 * (dist/pullRequestFeature.js) load when the view is first unfolded or a command first runs.
 * A new command: its id here, its handler in pullRequestFeature.ts.
 */
export function registerPullRequest(services: Services, logger: Logger, gitlabTokens?: GitLabTokens): { feature: LazyFeature<Body.PullRequestFeature>; disposable: vscode.Disposable } {
  // The view is made just after activation (or by the body, if that comes first), so VS Code shows it; its data (and
  // so the body) is asked for when it is first shown.
  const tree = new LazyTreeDataProvider<unknown>(() => feature.get().provider as vscode.TreeDataProvider<unknown>);
  const view = new DeferredTreeView(CHECKLIST_VIEW_ID, { treeDataProvider: tree });
  const feature: LazyFeature<Body.PullRequestFeature> = new LazyFeature('pull request', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the body's own bundle, beside dist/extension.js
    const body = require('./pullRequestFeature.js') as typeof Body;
    return body.createPullRequestFeature(services, logger, view.get(), gitlabTokens);
  });
  const commands = forwardCommands(Object.values(PULL_REQUEST_COMMANDS), () => feature.get().commands);
  return { feature, disposable: vscode.Disposable.from(commands, view, tree, feature) };
}
