import * as vscode from 'vscode';
import type { RepositoryRoot } from '../repository/repositoryService';

/**
 * The repository root a command should act on: the only one, the one holding the active editor, or the
 * user's pick. Undefined when no folder is open or the user cancelled.
 */
export async function pickRoot(
  service: { roots(): readonly RepositoryRoot[]; rootFor(uri: vscode.Uri): RepositoryRoot | undefined },
  placeHolder: string,
): Promise<RepositoryRoot | undefined> {
  const roots = service.roots();
  if (roots.length <= 1) return roots[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && service.rootFor(active);
  if (owner) return owner;
  const picked = await vscode.window.showQuickPick(
    roots.map((root) => ({ label: root.name, description: vscode.workspace.asRelativePath(root.uri, true), root })),
    { placeHolder },
  );
  return picked?.root;
}
