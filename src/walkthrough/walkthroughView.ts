import * as vscode from 'vscode';
import type { WalkthroughStep } from '../core/walkthrough/model';
import type { StepProgress, StepState } from '../core/walkthrough/progress';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import type { WalkthroughService, WalkthroughSnapshot } from './walkthroughService';

import { OPEN_STEP_COMMAND } from './registerWalkthrough';
import { messageTreeItem, rootTreeItem } from '../util/treeItems';

export { OPEN_STEP_COMMAND, WALKTHROUGH_VIEW_ID } from './registerWalkthrough';

export type WalkthroughNode =
  | { readonly kind: 'root'; readonly root: RepositoryRoot }
  | { readonly kind: 'step'; readonly root: RepositoryRoot; readonly step: WalkthroughStep; readonly progress: StepProgress; readonly next: boolean }
  | { readonly kind: 'message'; readonly text: string; readonly detail?: string };

const ICONS: Record<StepState, vscode.ThemeIcon> = {
  done: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  failed: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  inProgress: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('testing.iconQueued')),
  notStarted: new vscode.ThemeIcon('circle-large-outline'),
  skipped: new vscode.ThemeIcon('debug-step-over', new vscode.ThemeColor('disabledForeground')),
};

export const STATE_LABELS: Record<StepState, string> = {
  done: 'done',
  failed: 'failed',
  inProgress: 'in progress',
  notStarted: 'not started',
  skipped: 'skipped',
};

/** The "Walkthrough" view: each root's steps with their state, the next one marked; a step opens its page. */
export class WalkthroughTreeProvider extends Disposable implements vscode.TreeDataProvider<WalkthroughNode> {
  private readonly changed = this.register(new vscode.EventEmitter<WalkthroughNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  /** Progress of the single root, for the view's badge and description. */
  private readonly counted = this.register(new vscode.EventEmitter<{ done: number; total: number } | undefined>());
  readonly onDidCount = this.counted.event;

  /** What each root showed last, so the tree is redrawn only when a step's state or text really changed. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly service: WalkthroughService) {
    super();
    // Git reports many changes that move no step (a status refresh, a fetch). Redrawing the tree on each would
    // also drop the commands of the items a person is about to click, so only a real difference redraws it.
    this.register(service.onDidChange((uri) => void this.redrawIfChanged(uri)));
  }

  private async redrawIfChanged(uri: vscode.Uri): Promise<void> {
    const root = this.service.rootFor(uri);
    const snapshot = root && (await this.service.snapshot(root));
    const key = uri.toString();
    const signature = !snapshot || 'error' in snapshot ? `error:${snapshot && 'error' in snapshot ? snapshot.error : 'none'}` : signatureOf(snapshot);
    if (this.shown.get(key) === signature) return;
    this.shown.set(key, signature);
    this.changed.fire(undefined);
  }

  async getChildren(node?: WalkthroughNode): Promise<WalkthroughNode[]> {
    if (!node) {
      const roots = this.service.roots();
      if (roots.length === 0) return [];
      if (roots.length === 1) return this.steps(roots[0], true);
      this.counted.fire(undefined);
      return roots.map((root) => ({ kind: 'root', root }));
    }
    return node.kind === 'root' ? this.steps(node.root, false) : [];
  }

  private async steps(root: RepositoryRoot, only: boolean): Promise<WalkthroughNode[]> {
    const snapshot = await this.service.snapshot(root);
    if ('error' in snapshot) return [{ kind: 'message', text: vscode.l10n.t('Could not read this folder'), detail: snapshot.error }];
    if (only) this.counted.fire({ done: snapshot.progress.done, total: snapshot.progress.total });
    this.shown.set(root.uri.toString(), signatureOf(snapshot));
    return nodesOf(snapshot);
  }

  getTreeItem(node: WalkthroughNode): vscode.TreeItem {
    switch (node.kind) {
      case 'root':
        return rootTreeItem(node.root.name);
      case 'message':
        return messageTreeItem(node.text, node.detail);
      case 'step': {
        const item = new vscode.TreeItem(node.step.title);
        item.id = `${node.root.uri.toString()}#${node.step.id}`;
        item.iconPath = node.next ? new vscode.ThemeIcon('arrow-right', new vscode.ThemeColor('charts.blue')) : ICONS[node.progress.state];
        item.description = node.next ? vscode.l10n.t('next: {0}', node.progress.reason) : vscode.l10n.t(STATE_LABELS[node.progress.state]);
        const tooltip = new vscode.MarkdownString();
        // Titles and reasons come from the repository: text, never markdown.
        tooltip.appendText(`${node.step.title}\n\n${vscode.l10n.t(STATE_LABELS[node.progress.state])}: ${node.progress.reason}`);
        if (node.step.source) tooltip.appendText(`\n\n${vscode.l10n.t('From {0}, line {1}', node.step.source.file, node.step.source.line)}`);
        item.tooltip = tooltip;
        item.contextValue = `onramp.step.${node.progress.state}`;
        item.command = { command: OPEN_STEP_COMMAND, title: vscode.l10n.t('Open Step'), arguments: [node.root.uri.toString(), node.step.id] };
        return item;
      }
    }
  }
}

function signatureOf(snapshot: WalkthroughSnapshot): string {
  return JSON.stringify([snapshot.progress.next, snapshot.walkthrough.steps.map((s, k) => [s.id, s.title, s.source?.line, snapshot.progress.steps[k].state, snapshot.progress.steps[k].reason])]);
}

function nodesOf(snapshot: WalkthroughSnapshot): WalkthroughNode[] {
  return snapshot.walkthrough.steps.map((step, k) => ({
    kind: 'step' as const,
    root: snapshot.root,
    step,
    progress: snapshot.progress.steps[k],
    next: snapshot.progress.next === step.id,
  }));
}

/** Fills `view` (made just after activation, see registerWalkthrough.ts) and keeps its badge and description. */
export function registerWalkthroughView(service: WalkthroughService, view: vscode.TreeView<unknown>): { provider: WalkthroughTreeProvider; disposable: vscode.Disposable } {
  const provider = new WalkthroughTreeProvider(service);
  const counted = provider.onDidCount((count) => {
    view.description = count ? vscode.l10n.t('{0} of {1} done', count.done, count.total) : undefined;
    view.badge = count && count.total > count.done ? { value: count.total - count.done, tooltip: vscode.l10n.t('{0} steps to go', count.total - count.done) } : undefined;
  });
  return { provider, disposable: vscode.Disposable.from(provider, counted) };
}
