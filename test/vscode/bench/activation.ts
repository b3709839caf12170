// Loaded as `extensionTestsPath` by `npm run bench`: measures one activation of Onramp in this fresh
// extension host. The workspace has no guide, so nothing has activated Onramp before this runs.
import * as vscode from 'vscode';

const RESULT_PREFIX = 'ONRAMP_TEST_RESULT ';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('onramp-dev.onramp');
  if (!extension) throw new Error('Onramp is not loaded');
  if (extension.isActive) throw new Error('Onramp was already active: the measurement would be empty');
  const started = performance.now();
  const api = (await extension.activate()) as { facts(uri: vscode.Uri): Promise<unknown> };
  const ms = performance.now() - started;
  console.log(RESULT_PREFIX + JSON.stringify({ kind: 'bench', name: 'activation', ms }));
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the bench window has no folder');
  // The first read loads the reader bundle; activation does not.
  const readStarted = performance.now();
  await api.facts(folder.uri);
  console.log(RESULT_PREFIX + JSON.stringify({ kind: 'bench', name: 'firstRead', ms: performance.now() - readStarted }));
}
