import * as vscode from 'vscode';
import type { CheckState, EvaluatedItem } from '../core/checklist/types';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import type { ChecklistService } from './checklistService';
import { messageTreeItem, rootTreeItem } from '../util/treeItems';
import { readableText } from '../core/text/normalize';

export { CHECKLIST_VIEW_ID, FIX_COMMAND } from './registerPullRequest';

export type ChecklistNode =
  | { readonly kind: 'root'; readonly root: RepositoryRoot }
  | { readonly kind: 'item'; readonly root: RepositoryRoot; readonly item: EvaluatedItem; readonly ticked: boolean }
  | { readonly kind: 'message'; readonly text: string; readonly detail?: string };

const ICONS: Record<CheckState, vscode.ThemeIcon> = {
  pass: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  fail: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  unknown: new vscode.ThemeIcon('question'),
  manual: new vscode.ThemeIcon('circle-large-outline'),
};
const TICKED = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));

/** The context value of an item: whether it can be ticked or unticked, and whether it has a fix. */
export function contextOf(item: EvaluatedItem, ticked: boolean): string {
  const tick = item.result.state === 'manual' ? (ticked ? 'ticked' : 'open') : 'auto';
  const fix = item.result.fix && item.result.state !== 'pass' ? '.fix' : '';
  return `onramp.checklist.${tick}${fix}`;
}

/** The "Checklist" view: each item's state, why it matters and, for a failed check, what to do about it. */
export class ChecklistTreeProvider extends Disposable implements vscode.TreeDataProvider<ChecklistNode> {
  private readonly changed = this.register(new vscode.EventEmitter<ChecklistNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly counted = this.register(new vscode.EventEmitter<{ open: number } | undefined>());
  readonly onDidCount = this.counted.event;

  constructor(private readonly service: ChecklistService) {
    super();
    this.register(service.onDidChange(() => this.changed.fire(undefined)));
  }

  async getChildren(node?: ChecklistNode): Promise<ChecklistNode[]> {
    if (!node) {
      const roots = this.service.roots();
      if (roots.length === 0) return [];
      if (roots.length === 1) return this.items(roots[0], true);
      return roots.map((root) => ({ kind: 'root', root }));
    }
    return node.kind === 'root' ? this.items(node.root, false) : [];
  }

  private async items(root: RepositoryRoot, only: boolean): Promise<ChecklistNode[]> {
    const snapshot = await this.service.snapshot(root);
    if ('error' in snapshot) return [{ kind: 'message', text: vscode.l10n.t('Could not read this folder'), detail: snapshot.error }];
    const nodes = snapshot.items.map((item): ChecklistNode => ({ kind: 'item', root, item, ticked: snapshot.ticked.has(item.id) }));
    // A choice about the change left unticked is no open item: only the ones that fit are ticked.
    if (only) this.counted.fire({ open: nodes.filter((n) => n.kind === 'item' && n.item.result.state !== 'pass' && !n.ticked && n.item.choice !== true).length });
    return nodes;
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    switch (node.kind) {
      case 'root':
        return rootTreeItem(node.root.name);
      case 'message':
        return messageTreeItem(node.text, node.detail);
      case 'item': {
        const { item: check, ticked } = node;
        // Links and roles shown as their text; the tooltip keeps the item's words as the project wrote them.
        const item = new vscode.TreeItem(readableText(check.text));
        item.id = `${node.root.uri.toString()}#${check.id}`;
        const manualDone = ticked && check.result.state === 'manual';
        item.iconPath = manualDone ? TICKED : ICONS[check.result.state];
        item.description = manualDone ? vscode.l10n.t('ticked') : check.choice === true ? vscode.l10n.t('about the change: tick it if it fits') : check.result.reason;
        if (check.result.state === 'manual') item.checkboxState = ticked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
        const tooltip = new vscode.MarkdownString();
        // Item texts and reasons come from the repository: text, never markdown.
        tooltip.appendText(`${check.text}${check.optional ? ` (${vscode.l10n.t('optional')})` : ''}\n\n${check.result.reason}`);
        if (check.source) tooltip.appendText(`\n\n${vscode.l10n.t('Why it matters: the project asks for it in {0}, line {1}.', check.source.file, check.source.line)}`);
        if (check.result.fix && check.result.state !== 'pass') tooltip.appendText(`\n\n${vscode.l10n.t('Fix: {0}', check.result.fix.title)}${check.result.fix.command ? `: ${check.result.fix.command}` : ''}`);
        item.tooltip = tooltip;
        item.contextValue = contextOf(check, ticked);
        if (check.source) item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Source'), arguments: [vscode.Uri.joinPath(node.root.uri, check.source.file), { selection: new vscode.Range(check.source.line - 1, 0, check.source.line - 1, 0) }] };
        return item;
      }
    }
  }
}

/** Fills `view` (made just after activation, see registerPullRequest.ts), keeps its badge and takes its checkboxes. */
export function registerChecklistView(service: ChecklistService, view: vscode.TreeView<unknown>): { provider: ChecklistTreeProvider; disposable: vscode.Disposable } {
  const provider = new ChecklistTreeProvider(service);
  const counted = provider.onDidCount((count) => {
    view.badge = count && count.open > 0 ? { value: count.open, tooltip: vscode.l10n.t('{0} items open', count.open) } : undefined;
  });
  // Ticking the checkbox of a manual item is the same as the Tick command.
  const checked = view.onDidChangeCheckboxState(async (e) => {
    for (const [node, state] of e.items as readonly [ChecklistNode, vscode.TreeItemCheckboxState][]) if (node.kind === 'item') await service.tick(node.root, node.item.id, state === vscode.TreeItemCheckboxState.Checked);
  });
  return { provider, disposable: vscode.Disposable.from(provider, counted, checked) };
}
