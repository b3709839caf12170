// Loaded as `extensionTestsPath` by `npm run bench` in the demo project (which has a maintainer file): the time
// from activation to the walkthrough's steps with their progress, and what the walkthrough does while idle.
import * as vscode from 'vscode';
import type { OnrampApi } from '../../../src/api';

const RESULT_PREFIX = 'ONRAMP_TEST_RESULT ';
const IDLE_MS = 3000;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<OnrampApi>('onramp-dev.onramp');
  if (!extension) throw new Error('Onramp is not loaded');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the bench window has no folder');
  const started = performance.now();
  const api = await extension.activate();
  const walkthrough = await api.walkthrough(folder.uri);
  if (!walkthrough || walkthrough.from !== 'config') throw new Error('the demo project should show its maintainer file\'s steps');
  console.log(RESULT_PREFIX + JSON.stringify({ kind: 'bench', name: 'walkthroughShown', ms: performance.now() - started }));
  // Nothing changes in the folder now: the walkthrough must do no work (no polling), so no change events.
  let events = 0;
  const listener = api.onDidChangeWalkthrough(() => events++);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  listener.dispose();
  console.log(RESULT_PREFIX + JSON.stringify({ kind: 'bench', name: 'walkthroughIdleEvents', ms: events }));
}
