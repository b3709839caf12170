// `npm start`: builds Onramp and opens it in a real VS Code (code-server on 127.0.0.1) on a fresh copy of the
// bundled demo project, made a git repository in a temp folder so demo-project/ itself is never modified.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, freePort, startCodeServer } from './vscode/codeServer.mjs';
import { FAKE_AUTH_ACCOUNT, FAKE_AUTH_PATH, workbenchUrl } from './vscode/workbench.mjs';
import { makeGitRepo } from './vscode/workspaces.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.ONRAMP_PORT || 8080);

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const entry = ensureCodeServer();
const workspace = await makeGitRepo(join(root, 'demo-project'), { prefix: 'onramp-demo-' });
// The demo works offline: its issues and pull requests come from a replay server on 127.0.0.1 (the API address is
// a user setting). "Start Working" fetches from a local bare "upstream" that git's insteadOf puts in place of
// github.com; the demo user may not push there (as a newcomer), so Open Pull Request forks through the replayed
// API and pushes to a second local bare repository standing in for the fork.
const DEMO_REMOTE = 'https://github.com/onramp-demo/widget.git';
const DEMO_FORK = 'https://github.com/demo-contributor/widget.git';
const upstream = mkdtempSync(join(tmpdir(), 'onramp-demo-upstream-'));
const fork = mkdtempSync(join(tmpdir(), 'onramp-demo-fork-'));
const git = (...args) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
execFileSync('git', ['clone', '--quiet', '--bare', workspace, upstream], { stdio: 'ignore' });
execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', fork], { stdio: 'ignore' });
git('remote', 'add', 'origin', DEMO_REMOTE);
git('config', `url.${upstream}.insteadOf`, DEMO_REMOTE);
git('config', `url.${fork}.insteadOf`, DEMO_FORK);
const replay = await startReplayServer();
// Trusted, as a user who cloned the project on purpose would choose; Restricted Mode is covered by the tests.
// Signing in to GitHub offline: the tests' sign-in (test/vscode/auth/) stands in for VS Code's GitHub account,
// with a fake account and token. The token never leaves the machine: Onramp sends no token to an API address set
// by hand, and the replay server needs none.
const server = await startCodeServer({ entry, port, settings: { 'security.workspace.trust.enabled': false, 'onramp.forge.apiUrl': replay.url }, extensions: [FAKE_AUTH_PATH] });

const url = workbenchUrl(server, { folder: workspace, extensionPath: root });
console.log(`
Onramp is running in VS Code ${'(code-server, no password: it listens on 127.0.0.1 only)'}.
Demo project (a fresh git repository): ${workspace}

Open this address in a browser on this machine:

  ${url}

The whole path, from the Command Palette (F1) or the Onramp view in the activity bar:
  1. "Onramp: Open Contribution Guide" and the walkthrough: what the project asks of a contribution.
  2. "Onramp: Find a Good First Issue", then Start Working on #12: a branch named as the guide says.
  3. Change src/index.js, commit with a sign-off ("git commit -s"); the Checklist view checks it all.
  4. "Onramp: Open Pull Request..." and Sign In (a fake local account, "${FAKE_AUTH_ACCOUNT}"; allow Onramp to use
     it): you may not push to the demo project, so Onramp forks it (on the replay server), pushes to the fork (a
     local bare repository) and opens the pull request. It is printed below and shown at its address.
The forge answers are a local replay (${replay.url}); the "upstream" and the fork are bare repositories in
${upstream} and ${fork}. Stop with Ctrl+C; the demo copies are removed then.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  replay.child.kill('SIGTERM');
  rmSync(workspace, { recursive: true, force: true });
  rmSync(upstream, { recursive: true, force: true });
  rmSync(fork, { recursive: true, force: true });
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
    let ready = false;
    child.stdout.on('data', (chunk) => {
      // Once it listens, what it prints (a pull request opened in the demo) is for the user.
      if (ready) return void process.stdout.write(chunk);
      out += chunk;
      if (out.includes('Replaying')) {
        ready = true;
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the replay server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${replayPort}`, child };
}
