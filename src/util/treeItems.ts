import * as vscode from 'vscode';

/** The tree items every Onramp view shows the same way: a repository root, and a message in place of content. */
export function rootTreeItem(name: string): vscode.TreeItem {
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
  item.iconPath = vscode.ThemeIcon.Folder;
  return item;
}

export function messageTreeItem(text: string, detail: string | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(text);
  item.description = detail;
  item.iconPath = new vscode.ThemeIcon('warning');
  return item;
}
