import * as assert from 'node:assert/strict';
import type { OnrampApi } from '../../../src/api';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'onramp-dev.onramp';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has a workspace folder');
  return folder.uri;
}

/** Polls until `check` returns a truthy value; VS Code applies many changes asynchronously. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Saves as a person does: when VS Code gives up on the save participants (other extensions' onWillSave work, which a
 * loaded machine can stretch past VS Code's 1.75 s limit), the save returns false and the text stays in the editor;
 * the person saves again. A save that fails three times is a real failure.
 */
export async function save(document: vscode.TextDocument): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (await document.save()) return;
    if (!document.isDirty) return;
  }
  assert.fail(`${document.uri.fsPath} could not be saved`);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The active tab of the active group, described for assertions. */
export function activeTab(): { label: string; kind: 'text' | 'webview' | 'other'; uri?: vscode.Uri; viewType?: string } | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (!tab) return undefined;
  if (tab.input instanceof vscode.TabInputText) return { label: tab.label, kind: 'text', uri: tab.input.uri };
  if (tab.input instanceof vscode.TabInputWebview) return { label: tab.label, kind: 'webview', viewType: tab.input.viewType };
  return { label: tab.label, kind: 'other' };
}

/** Moves a workspace file away for the duration of `body`, then puts it back, so tests leave the repo as found. */
export async function withFileMoved<T>(relative: string, body: () => Promise<T>): Promise<T> {
  const root = workspaceRoot();
  const from = vscode.Uri.joinPath(root, relative);
  const to = vscode.Uri.joinPath(root, `${relative}.moved-by-test`);
  await vscode.workspace.fs.rename(from, to);
  try {
    return await body();
  } finally {
    await vscode.workspace.fs.rename(to, from, { overwrite: true });
  }
}

export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteWorkspaceFile(relative: string): Promise<void> {
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), relative), { recursive: true, useTrash: false });
}

/** Onramp's public API, as other extensions get it. */
export async function onrampApi(): Promise<OnrampApi> {
  const extension = vscode.extensions.getExtension<OnrampApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
  const api = await extension.activate();
  assert.equal(api.version, 1);
  return api;
}

/**
 * Defines a suite only in the mode whose behaviour it asserts: the trusted run (workspace trust off) or the
 * Restricted Mode run. Each mode's suite fails if that mode's rule did not hold; none is skipped.
 */
export function describeIn(mode: 'trusted' | 'restricted', title: string, body: () => void): void {
  if (vscode.workspace.isTrusted === (mode === 'trusted')) describe(`${title} (${mode === 'trusted' ? 'trusted' : 'Restricted Mode'})`, body);
}
