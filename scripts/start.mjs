// `npm start`: builds Onramp and opens it in a real VS Code (code-server on 127.0.0.1) on a fresh copy of the
// bundled demo project, made a git repository in a temp folder so demo-project/ itself is never modified.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, startCodeServer } from './vscode/codeServer.mjs';
import { workbenchUrl } from './vscode/workbench.mjs';
import { makeGitRepo } from './vscode/workspaces.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.ONRAMP_PORT || 8080);

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const entry = ensureCodeServer();
const workspace = await makeGitRepo(join(root, 'demo-project'), { prefix: 'onramp-demo-' });
// Trusted, as a user who cloned the project on purpose would choose; Restricted Mode is covered by the tests.
const server = await startCodeServer({ entry, port, settings: { 'security.workspace.trust.enabled': false } });

const url = workbenchUrl(server, { folder: workspace, extensionPath: root });
console.log(`
Onramp is running in VS Code ${'(code-server, no password: it listens on 127.0.0.1 only)'}.
Demo project (a fresh git repository): ${workspace}

Open this address in a browser on this machine:

  ${url}

Then run "Onramp: Open Contribution Guide" from the Command Palette (F1), or open the Onramp view in the
activity bar. Stop with Ctrl+C; the demo copy is removed then.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
