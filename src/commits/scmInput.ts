import * as vscode from 'vscode';

/** The URI scheme of Source Control input documents (VS Code's `Schemas.vscodeSourceControl`). */
export const SCM_INPUT_SCHEME = 'vscode-scm';
/** Their language id. */
export const SCM_INPUT_LANGUAGE = 'scminput';

export function isScmInput(document: vscode.TextDocument): boolean {
  return document.uri.scheme === SCM_INPUT_SCHEME && document.languageId === SCM_INPUT_LANGUAGE;
}

/**
 * The repository an input document belongs to. VS Code names the document
 * `vscode-scm:<provider>/scm<n>/input?rootUri=<encoded root URI>`; the query is the only public link between
 * the input box and its repository.
 */
export function inputRootUri(uri: vscode.Uri): vscode.Uri | undefined {
  const root = new URLSearchParams(uri.query).get('rootUri');
  if (!root) return undefined;
  try {
    return vscode.Uri.parse(root, true);
  } catch {
    return undefined;
  }
}
