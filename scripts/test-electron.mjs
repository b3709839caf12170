// The same in-VS-Code suite through @vscode/test-electron, for machines that can download VS Code.
// This machine's network cannot (see README); `npm test` uses code-server instead.
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { makeGitRepo } from './vscode/workspaces.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = await makeGitRepo(join(root, 'demo-project'));
const userData = mkdtempSync(join(tmpdir(), 'onramp-electron-'));
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false }));
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'vscode', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userData}`],
  });
} catch (error) {
  console.error(`test:electron failed: ${error instanceof Error ? error.message : error}`);
  console.error('It downloads VS Code 1.100.3 first; without internet access use `npm test` (code-server).');
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
}
