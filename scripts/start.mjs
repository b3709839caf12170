// `npm start`: builds Onramp and opens it in a real VS Code (code-server on 127.0.0.1) on a fresh copy of the
// bundled demo project, made a git repository in a temp folder so demo-project/ itself is never modified.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, freePort, startCodeServer } from './vscode/codeServer.mjs';
import { workbenchUrl } from './vscode/workbench.mjs';
import { makeGitRepo } from './vscode/workspaces.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.ONRAMP_PORT || 8080);

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const entry = ensureCodeServer();
const workspace = await makeGitRepo(join(root, 'demo-project'), { prefix: 'onramp-demo-' });
// The demo works offline: its issues come from a replay server on 127.0.0.1 (the API address is a user setting),
// and "Start Working" fetches from a local bare copy that git's insteadOf puts in place of github.com.
const DEMO_REMOTE = 'https://github.com/onramp-demo/widget.git';
const upstream = mkdtempSync(join(tmpdir(), 'onramp-demo-upstream-'));
const git = (...args) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
execFileSync('git', ['clone', '--quiet', '--bare', workspace, upstream], { stdio: 'ignore' });
git('remote', 'add', 'origin', DEMO_REMOTE);
git('config', `url.${upstream}.insteadOf`, DEMO_REMOTE);
const replay = await startReplayServer();
// Trusted, as a user who cloned the project on purpose would choose; Restricted Mode is covered by the tests.
const server = await startCodeServer({ entry, port, settings: { 'security.workspace.trust.enabled': false, 'onramp.forge.apiUrl': replay.url } });

const url = workbenchUrl(server, { folder: workspace, extensionPath: root });
console.log(`
Onramp is running in VS Code ${'(code-server, no password: it listens on 127.0.0.1 only)'}.
Demo project (a fresh git repository): ${workspace}

Open this address in a browser on this machine:

  ${url}

Then run "Onramp: Open Contribution Guide" or "Onramp: Find a Good First Issue" from the Command Palette (F1),
or open the Onramp view in the activity bar. The issues come from a local replay of the demo project's GitHub
answers (${replay.url}). Stop with Ctrl+C; the demo copy is removed then.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  replay.child.kill('SIGTERM');
  rmSync(workspace, { recursive: true, force: true });
  rmSync(upstream, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** scripts/replay-server.mjs on a free loopback port; resolves once it listens. */
async function startReplayServer() {
  const replayPort = await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts', 'replay-server.mjs'), '--port', String(replayPort)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Replaying')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the replay server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${replayPort}`, child };
}
