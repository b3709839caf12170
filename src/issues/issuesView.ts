import * as vscode from 'vscode';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import type { IssueEntry, IssueService, SignInKind } from './issueService';
import { issueLines, statusLines } from './issueText';


export type IssueNode =
  | { readonly kind: 'root'; readonly root: RepositoryRoot }
  | { readonly kind: 'issue'; readonly root: RepositoryRoot; readonly issue: IssueEntry }
  | { readonly kind: 'message'; readonly root: RepositoryRoot; readonly text: string; readonly signIn: SignInKind; readonly loading?: boolean };

/**
 * The Issues view: the same list as the picker, per root (roots appear as parents only when there are several).
 * Problems and the list's state are message items; one that a sign-in would fix carries that action.
 */
export class IssuesTree extends Disposable implements vscode.TreeDataProvider<IssueNode> {
  private readonly changed = this.register(new vscode.EventEmitter<IssueNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly service: IssueService) {
    super();
    this.register(service.onDidChange(() => this.changed.fire(undefined)));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: IssueNode): Promise<IssueNode[]> {
    if (!node) {
      const roots = this.service.roots();
      if (roots.length === 1) return this.childrenOf(roots[0]);
      return roots.map((root) => ({ kind: 'root', root }));
    }
    return node.kind === 'root' ? this.childrenOf(node.root) : [];
  }

  private childrenOf(root: RepositoryRoot): IssueNode[] {
    const snapshot = this.service.current(root);
    // Ask (once; the service shares a load in progress); the view updates when the answer comes.
    if (!snapshot || snapshot.updating) void this.service.load(root);
    if (!snapshot || (snapshot.updating && snapshot.issues.length === 0 && !snapshot.problem)) return [{ kind: 'message', root, text: vscode.l10n.t('Loading issues…'), signIn: null, loading: true }];
    const messages = statusLines(snapshot).map((text, k): IssueNode => ({ kind: 'message', root, text, signIn: k === 0 ? (snapshot.problem?.signIn ?? null) : null }));
    return [...messages, ...snapshot.issues.map((issue): IssueNode => ({ kind: 'issue', root, issue }))];
  }

  getTreeItem(node: IssueNode): vscode.TreeItem {
    if (node.kind === 'root') {
      const item = new vscode.TreeItem(node.root.name, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = vscode.ThemeIcon.Folder;
      return item;
    }
    if (node.kind === 'message') {
      const item = new vscode.TreeItem(node.text);
      item.tooltip = node.text;
      item.iconPath = new vscode.ThemeIcon(node.loading ? 'loading~spin' : node.signIn ? 'account' : 'info');
      if (node.signIn === 'session') item.command = { command: 'onramp.signInToForge', title: vscode.l10n.t('Sign in for a higher limit'), arguments: [node.root.uri.toString()] };
      if (node.signIn === 'gitlabToken') item.command = { command: 'onramp.setGitLabToken', title: vscode.l10n.t('Set GitLab Token'), arguments: [node.root.uri.toString()] };
      if (node.signIn) item.description = node.signIn === 'session' ? vscode.l10n.t('Click to sign in') : vscode.l10n.t('Click to set a GitLab token');
      item.contextValue = 'onramp.issueMessage';
      return item;
    }
    const lines = issueLines(node.issue);
    const item = new vscode.TreeItem(lines.label);
    item.id = `${node.root.uri.toString()}#${node.issue.url}`;
    item.description = lines.description;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    tooltip.appendText(`${lines.label}\n\n${lines.detail.replace('$(warning) ', '')}`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(node.issue.ready ? 'issues' : 'warning');
    item.contextValue = 'onramp.issue';
    item.command = { command: 'onramp.issue.preview', title: vscode.l10n.t('Preview Issue'), arguments: [node] };
    return item;
  }
}

/** The Issues view's data; the view itself is made just after activation (registerIssues.ts). */
export function registerIssuesView(service: IssueService): { tree: IssuesTree; disposable: vscode.Disposable } {
  const tree = new IssuesTree(service);
  return { tree, disposable: tree };
}
