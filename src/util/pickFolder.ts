import * as vscode from 'vscode';

/**
 * The workspace folder a command should act on: the only one, the one holding the active editor, or the
 * user's pick. Undefined when no folder is open or the user cancelled.
 */
export async function pickWorkspaceFolder(placeHolder: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  if (owner) return owner;
  return vscode.window.showWorkspaceFolderPick({ placeHolder });
}
