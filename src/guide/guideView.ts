import * as vscode from 'vscode';
import { FactGroup, FactLine, ORIGIN_LABELS, foundAnything, groupFacts } from '../core/presentation/factGroups';
import { RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { ContextKeys } from '../util/contextKeys';
import { Disposable } from '../util/dispose';

export type GuideNode =
  | { readonly kind: 'root'; readonly root: RepositoryRoot }
  | { readonly kind: 'group'; readonly root: RepositoryRoot; readonly group: FactGroup }
  | { readonly kind: 'line'; readonly root: RepositoryRoot; readonly line: FactLine }
  | { readonly kind: 'message'; readonly text: string; readonly detail?: string };

const GROUP_ICONS: Record<FactGroup['id'], string> = {
  setup: 'tools',
  commits: 'git-commit',
  pullRequests: 'git-pull-request',
  legal: 'law',
  files: 'files',
  problems: 'warning',
};

const LINE_ICONS: Record<FactLine['kind'], string> = {
  command: 'terminal',
  rule: 'info',
  checklist: 'circle-large-outline',
  file: 'file',
  problem: 'warning',
};

/** The "Contribution Guide" view: what the reader found, grouped; each item opens its source at its line. */
export class GuideTreeProvider extends Disposable implements vscode.TreeDataProvider<GuideNode> {
  private readonly changed = this.register(new vscode.EventEmitter<GuideNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly service: RepositoryService,
    private readonly contextKeys: ContextKeys,
  ) {
    super();
    // A new branch or commit changes nothing the view shows.
    this.register(
      service.onDidChange((change) => {
        if (change.reasons.some((r) => r !== 'git')) this.changed.fire(undefined);
      }),
    );
  }

  refresh(): void {
    this.service.refresh();
  }

  async getChildren(node?: GuideNode): Promise<GuideNode[]> {
    if (!node) {
      const roots = this.service.roots();
      if (roots.length === 1) return this.rootChildren(roots[0], true);
      return roots.map((root) => ({ kind: 'root', root }));
    }
    if (node.kind === 'root') return this.rootChildren(node.root, false);
    if (node.kind === 'group') return node.group.lines.map((line) => ({ kind: 'line', root: node.root, line }));
    return [];
  }

  private async rootChildren(root: RepositoryRoot, only: boolean): Promise<GuideNode[]> {
    const reading = await this.service.read(root);
    if (!reading.ok) {
      return [{ kind: 'message', text: vscode.l10n.t('Could not read this folder'), detail: reading.error }];
    }
    if (!foundAnything(reading.facts)) {
      if (only) {
        // An empty tree lets the view's welcome content explain, with a button.
        await this.contextKeys.set('onramp.guideState', 'none');
        return [];
      }
      return [{ kind: 'message', text: vscode.l10n.t('No contribution guide, PR template or commit rules found') }];
    }
    if (only) await this.contextKeys.set('onramp.guideState', 'found');
    return groupFacts(reading.facts).map((group) => ({ kind: 'group', root, group }));
  }

  getTreeItem(node: GuideNode): vscode.TreeItem {
    switch (node.kind) {
      case 'root': {
        const item = new vscode.TreeItem(node.root.name, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = vscode.ThemeIcon.Folder;
        item.resourceUri = node.root.uri;
        return item;
      }
      case 'group': {
        const collapsed = node.group.id === 'files' || node.group.id === 'problems';
        const item = new vscode.TreeItem(
          node.group.title,
          collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
        );
        item.id = `${node.root.uri.toString()}#${node.group.id}`;
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group.id]);
        item.description = String(node.group.lines.length);
        return item;
      }
      case 'line':
        return lineItem(node.root, node.line);
      case 'message': {
        const item = new vscode.TreeItem(node.text);
        item.description = node.detail;
        item.tooltip = node.detail;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
    }
  }
}

function lineItem(root: RepositoryRoot, line: FactLine): vscode.TreeItem {
  // Commands and checklist items read best as themselves; rules as "label: value".
  const asValue = line.kind === 'command' || line.kind === 'checklist' || line.kind === 'problem';
  const item = new vscode.TreeItem(asValue ? line.value : line.label);
  item.description = asValue ? line.label : line.value;
  item.iconPath = new vscode.ThemeIcon(LINE_ICONS[line.kind]);
  item.contextValue = `onramp.${line.kind}`;
  const file = line.source?.file ?? line.file;
  if (!file) return item;
  const uri = vscode.Uri.joinPath(root.uri, file);
  const where = line.source ? `${file}:${line.source.line}` : file;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${line.label}: ${line.value}\n\n`);
  // Paths come from the repository: text, never markdown.
  tooltip.appendText(line.origin ? vscode.l10n.t('From {0} ({1})', where, ORIGIN_LABELS[line.origin]) : vscode.l10n.t('From {0}', where));
  // The repository's own file bears it out (the task a command runs, the changelog folder): the step still exists.
  if (line.confirmedBy) tooltip.appendText(`\n\n${vscode.l10n.t('Confirmed by {0}', `${line.confirmedBy.file}:${line.confirmedBy.line}`)}`);
  if (line.confirmedBy) item.iconPath = new vscode.ThemeIcon('verified');
  item.tooltip = tooltip;
  const options: vscode.TextDocumentShowOptions = { preview: true };
  if (line.source) {
    const at = new vscode.Position(Math.max(0, line.source.line - 1), 0);
    options.selection = new vscode.Range(at, at);
  }
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Source'), arguments: [uri, options] };
  return item;
}
