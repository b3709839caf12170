import * as vscode from 'vscode';
import type { Services } from '../extension';
import { DeferredTreeView, LazyFeature, LazyTreeDataProvider, forwardCommands } from '../util/lazy';
import { Logger } from '../util/logger';
import type * as Body from './issuesFeature';

export const ISSUES_VIEW_ID = 'onramp.issues';

export const ISSUE_COMMANDS = {
  find: 'onramp.findGoodFirstIssue',
  start: 'onramp.startWorkingOnIssue',
  refresh: 'onramp.refreshIssues',
  setGitLabToken: 'onramp.setGitLabToken',
  signIn: 'onramp.signInToForge',
  open: 'onramp.issue.openInBrowser',
  copy: 'onramp.issue.copyLink',
  preview: 'onramp.issue.preview',
  startThis: 'onramp.issue.startWorking',
} as const;

export type { IssuesFeature } from './issuesFeature';

/**
 * The issue picker's registration, the part that runs at activation: the commands, and the Issues view (folded at
 * first; made just after activation, see DeferredTreeView). The forge access, the list service, the view's data, the preview and the handlers
 * (dist/issuesFeature.js) load when the view is first unfolded or a command first runs.
 * A new command: its id here, its handler in issuesFeature.ts.
 */
export function registerIssues(
  services: Services,
  logger: Logger,
  context: { readonly globalStorageUri: vscode.Uri; readonly secrets: vscode.SecretStorage },
): { feature: LazyFeature<Body.IssuesFeature>; disposable: vscode.Disposable } {
  const feature = new LazyFeature('issues', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the body's own bundle, beside dist/extension.js
    const body = require('./issuesFeature.js') as typeof Body;
    return body.createIssuesFeature(services, logger, context);
  });
  const tree = new LazyTreeDataProvider<unknown>(() => feature.get().provider as vscode.TreeDataProvider<unknown>);
  const view = new DeferredTreeView(ISSUES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: false });
  const commands = forwardCommands(Object.values(ISSUE_COMMANDS), () => feature.get().commands);
  return { feature, disposable: vscode.Disposable.from(commands, view, tree, feature) };
}
