import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import * as vscode from 'vscode';
import type { IssueSnapshot } from '../../../src/api';
import { addDemoScenario } from '../../support/demoScenario';
import { addGitHubRepo, addGitLabProject } from '../../support/forgeScenarios';
import { ReplayServer } from '../../support/replayServer';
import { callsOf, fakeAuth } from './auth';
import { deleteWorkspaceFile, describeIn, onrampApi, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

const DEMO_REMOTE = 'https://github.com/onramp-demo/widget.git';
const config = () => vscode.workspace.getConfiguration('onramp');
const numbers = (snapshot: IssueSnapshot | undefined) => snapshot?.issues.map((i) => i.number);
const authHeaders = (server: ReplayServer) => server.requests.map((r) => r.headers.authorization ?? r.headers['private-token']).filter((h) => h !== undefined);

/** The workspace's origin points at the demo project; the forge answers come from a replay server on 127.0.0.1. */
async function useRemote(url: string | null): Promise<void> {
  const git = simpleGit(workspaceRoot().fsPath);
  const remotes = await git.getRemotes();
  if (remotes.some((r) => r.name === 'origin')) await git.removeRemote('origin');
  if (url) await git.addRemote('origin', url);
  await (await onrampApi()).refresh(workspaceRoot());
}

async function issues(refresh = true): Promise<IssueSnapshot> {
  const snapshot = await (await onrampApi()).issues(workspaceRoot(), { refresh });
  assert.ok(snapshot, 'the workspace root has an issue list');
  return snapshot;
}

function withDemoForge(): { server: () => ReplayServer } {
  let server: ReplayServer | undefined;
  before(async () => {
    server = await ReplayServer.start();
    addDemoScenario(server);
    await config().update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    await useRemote(DEMO_REMOTE);
  });
  after(async () => {
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await config().update('issues.hideNotReady', undefined, vscode.ConfigurationTarget.Global);
    await useRemote(null);
    await server?.close();
  });
  return { server: () => server as ReplayServer };
}

describe('The test sign-in beside Onramp', () => {
  afterEach(async () => (await fakeAuth()).reset());

  it('answers VS Code\'s github and github-enterprise providers: nothing silently before a sign-in, the fake token after one', async () => {
    const auth = await fakeAuth();
    auth.reset();
    for (const provider of ['github', 'github-enterprise'] as const) {
      assert.equal(await vscode.authentication.getSession(provider, ['public_repo'], { silent: true }), undefined);
      // VS Code itself may look up sessions too (the Accounts menu), always without scopes.
      assert.ok(callsOf(auth, provider, 'getSessions').some((c) => c.scopes?.includes('public_repo')), `VS Code asked the fake ${provider} provider`);
      auth.addSession(provider, ['public_repo']);
      const session = await vscode.authentication.getSession(provider, ['public_repo'], { silent: true });
      assert.equal(session?.accessToken, auth.tokens[provider]);
      assert.equal(session?.account.label, auth.account);
      assert.deepEqual(callsOf(auth, provider, 'createSession'), [], 'a silent request never signs in');
    }
  });
});

describe('Good first issues: listing', () => {
  const forge = withDemoForge();

  it('lists the ready beginner issues with their reasons, hiding one with a linked pull request, a claimed one and a blocked one', async () => {
    const snapshot = await issues();
    assert.equal(snapshot.problem, null, snapshot.problem?.sentence);
    assert.equal(snapshot.repository?.path, 'onramp-demo/widget');
    assert.deepEqual(snapshot.labels, ['good first issue', 'help wanted']);
    assert.deepEqual(numbers(snapshot), [12, 17, 15]);
    assert.equal(snapshot.hidden, 3);
    assert.ok(!numbers(snapshot)?.includes(22), '#22 has the open pull request #23');
    const twelve = snapshot.issues.find((i) => i.number === 12);
    assert.ok(twelve?.reasons.includes('unassigned') && twelve.reasons.includes('no linked pull request'), twelve?.reasons.join(', '));
    assert.ok(twelve?.reasons.some((r) => r.startsWith('a maintainer replied')));
    assert.deepEqual(authHeaders(forge.server()), [], 'no GitHub token goes to an API address set by hand');
  });

  it('with onramp.issues.hideNotReady off, lists the blocked ones last, each with what blocks it', async () => {
    await config().update('issues.hideNotReady', false, vscode.ConfigurationTarget.Global);
    try {
      const snapshot = await issues();
      assert.deepEqual(numbers(snapshot)?.slice(0, 3), [12, 17, 15]);
      const twentyTwo = snapshot.issues.find((i) => i.number === 22);
      assert.equal(twentyTwo?.ready, false);
      assert.deepEqual(twentyTwo?.blockers, ['has an open pull request #23']);
      assert.ok(snapshot.issues.find((i) => i.number === 18)?.blockers[0]?.startsWith('@sam said they are working on it'));
    } finally {
      await config().update('issues.hideNotReady', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the picker narrows to an extra label (an area, a language), and lists them all without one', async () => {
    const api = await onrampApi();
    await issues();
    const root = workspaceRoot().toString();
    const open = (label?: string) => void vscode.commands.executeCommand('onramp.findGoodFirstIssue', root, label ? { label } : undefined);
    try {
      open();
      await waitFor('the picker lists the issues', () => api.issueViews().picker?.issues.length === 3);
      assert.deepEqual(api.issueViews().picker, { root, filter: null, issues: [12, 17, 15] });
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await waitFor('the picker to close', () => api.issueViews().picker === null);
      open('documentation');
      await waitFor('the filtered picker', () => api.issueViews().picker?.filter === 'documentation');
      assert.deepEqual(api.issueViews().picker?.issues, [15]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('revalidates with ETags: an unchanged refresh gets 304s and the same list', async () => {
    await issues();
    forge.server().reset();
    const again = await issues();
    assert.deepEqual(numbers(again), [12, 17, 15]);
    assert.ok(forge.server().notModified > 0, 'answers were revalidated');
    assert.equal(forge.server().fullAnswers, 0, 'nothing was sent again in full');
  });

  it('says in one sentence when no remote names a forge repository', async () => {
    await useRemote(null);
    try {
      const snapshot = await issues();
      assert.match(snapshot.problem?.sentence ?? '', /No git remote of this folder names a GitHub or GitLab repository/);
      assert.deepEqual(snapshot.issues, []);
    } finally {
      await useRemote(DEMO_REMOTE);
    }
  });
  // Last: it stops the server.
  it('offline, shows the cached list with when it was fetched', async () => {
    const online = await issues();
    await forge.server().close();
    const offline = await issues();
    assert.equal(offline.problem, null, offline.problem?.sentence);
    assert.equal(offline.stale, true, 'the list is marked as the cached one');
    assert.deepEqual(numbers(offline), numbers(online));
    assert.ok(offline.fetchedAt !== null && offline.fetchedAt <= Date.now());
  });
});

describeIn('trusted', 'Good first issues: start working', () => {
  withDemoForge();
  let upstream: string;
  let upstreamMain: string;
  const git = () => simpleGit(workspaceRoot().fsPath);

  before(async () => {
    // A local bare repository stands in for github.com/onramp-demo/widget: git's insteadOf sends the fetch there.
    upstream = mkdtempSync(join(tmpdir(), 'onramp-upstream-'));
    await simpleGit(upstream).init(true, ['--initial-branch=main']);
    await git().push(upstream, 'main');
    const other = mkdtempSync(join(tmpdir(), 'onramp-other-'));
    await simpleGit().clone(upstream, other);
    await simpleGit(other).addConfig('user.name', 'Maintainer').addConfig('user.email', 'm@example.invalid');
    writeFileSync(join(other, 'UPSTREAM.md'), 'merged upstream after the clone\n');
    await simpleGit(other).add('UPSTREAM.md').commit('docs: a change made upstream').push('origin', 'main');
    upstreamMain = (await simpleGit(other).revparse(['HEAD'])).trim();
    rmSync(other, { recursive: true, force: true });
    // simple-git refuses to write insteadOf (a guard for untrusted input); this test's own value is safe.
    execFileSync('git', ['config', `url.${upstream}.insteadOf`, DEMO_REMOTE], { cwd: workspaceRoot().fsPath });
  });

  after(async () => {
    await git().checkout('main');
    for (const branch of (await git().branchLocal()).all.filter((b) => b !== 'main')) await git().deleteLocalBranch(branch, true);
    execFileSync('git', ['config', '--unset', `url.${upstream}.insteadOf`], { cwd: workspaceRoot().fsPath });
    await git().raw(['stash', 'clear']);
    rmSync(upstream, { recursive: true, force: true });
  });

  afterEach(async () => {
    await git().raw(['reset', '--hard']);
    await git().clean('f', ['-d']);
    await git().checkout('main');
    for (const branch of (await git().branchLocal()).all.filter((b) => b !== 'main')) await git().deleteLocalBranch(branch, true);
  });

  it('creates the branch named by the guide\'s rule from the freshly fetched upstream main, and remembers the issue', async () => {
    const result = await vscode.commands.executeCommand<{ kind: string; branch?: string; from?: string }>('onramp.startWorkingOnIssue', 12, { dirty: 'ask' });
    assert.deepEqual(result, { kind: 'started', branch: '12-slugify-keeps-a-trailing-dash-for-titles', from: 'origin/main', stash: null, carried: false });
    assert.equal((await git().revparse(['--abbrev-ref', 'HEAD'])).trim(), '12-slugify-keeps-a-trailing-dash-for-titles');
    assert.equal((await git().revparse(['HEAD'])).trim(), upstreamMain, 'the branch starts at upstream main, with its new commit');
    assert.equal((await git().raw(['config', '--get', 'branch.12-slugify-keeps-a-trailing-dash-for-titles.onrampIssue'])).trim(), '12');
  });

  it('takes an issue address as well as a number', async () => {
    const result = await vscode.commands.executeCommand<{ kind: string; branch?: string }>('onramp.startWorkingOnIssue', 'https://github.com/onramp-demo/widget/issues/15', { dirty: 'ask' });
    assert.equal(result?.kind, 'started');
    assert.equal(result?.branch, '15-document-the-max-length-option-in-the');
  });

  it('never loses uncommitted work: asks first, then stashes it where git stash pop brings it back', async () => {
    await writeWorkspaceFile('README.md', 'my unfinished edit\n');
    await writeWorkspaceFile('notes.txt', 'an untracked file\n');
    const asked = await vscode.commands.executeCommand<{ kind: string; files?: string[] }>('onramp.startWorkingOnIssue', 17, { dirty: 'ask' });
    assert.equal(asked?.kind, 'dirty');
    assert.deepEqual([...(asked?.files ?? [])].sort(), ['README.md', 'notes.txt']);
    assert.equal((await git().revparse(['--abbrev-ref', 'HEAD'])).trim(), 'main', 'nothing changed while asking');
    assert.equal(readFileSync(join(workspaceRoot().fsPath, 'README.md'), 'utf8'), 'my unfinished edit\n');

    const stashed = await vscode.commands.executeCommand<{ kind: string; stash?: string | null }>('onramp.startWorkingOnIssue', 17, { dirty: 'stash' });
    assert.equal(stashed?.kind, 'started');
    assert.ok(stashed?.stash, 'the changes went to a stash');
    await git().raw(['stash', 'pop']);
    assert.equal(readFileSync(join(workspaceRoot().fsPath, 'README.md'), 'utf8'), 'my unfinished edit\n');
    assert.equal(readFileSync(join(workspaceRoot().fsPath, 'notes.txt'), 'utf8'), 'an untracked file\n');
  });

  it('carries uncommitted work over to the new branch when asked to', async () => {
    await writeWorkspaceFile('notes.txt', 'carried along\n');
    const carried = await vscode.commands.executeCommand<{ kind: string; carried?: boolean }>('onramp.startWorkingOnIssue', 12, { dirty: 'carry' });
    assert.equal(carried?.kind, 'started');
    assert.equal(carried?.carried, true);
    assert.equal(readFileSync(join(workspaceRoot().fsPath, 'notes.txt'), 'utf8'), 'carried along\n');
    await deleteWorkspaceFile('notes.txt');
  });
});

describe('Good first issues: the preview', () => {
  let server: ReplayServer;
  const BODY = [
    'Please **document** the `--max-length` option.',
    '',
    '![the diagram](https://images.example/diagram.png)',
    '',
    '[Run the fix](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D) <script>alert(1)</script> and read [the docs](https://example.org/docs).',
  ].join('\n');

  before(async () => {
    server = await ReplayServer.start();
    addGitHubRepo(server, { path: 'onramp-demo/widget', labels: ['good first issue'], issues: [{ number: 7, title: 'Explain the options', labels: ['good first issue'], createdAt: new Date().toISOString(), body: BODY }] });
    await config().update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    await useRemote(DEMO_REMOTE);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await useRemote(null);
    await server.close();
  });

  it('shows the issue\'s markdown rendered and sanitised: no script, no command: link, no remote image before consent', async () => {
    const api = await onrampApi();
    assert.deepEqual(numbers(await issues()), [7]);
    await vscode.commands.executeCommand('onramp.issue.preview', workspaceRoot().toString(), 7);
    const preview = await waitFor('the preview', () => api.issueViews().preview);
    assert.equal(preview.number, 7);
    await waitFor('a webview tab "Issue #7"', () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label === 'Issue #7' && t.input instanceof vscode.TabInputWebview)));
    const html = preview.html;
    assert.match(html, /<strong>document<\/strong>/);
    assert.match(html, /<code>--max-length<\/code>/);
    assert.match(html, /data-url="https:\/\/example\.org\/docs"/, 'an https link is kept, for the extension to open');
    assert.ok(!/<script>alert/.test(html) && html.includes('&lt;script&gt;'), 'raw HTML is shown as text');
    assert.ok(!/(href|src|data-url)="command:/i.test(html), 'no command: link survives');
    assert.ok(!/<img/i.test(html) && !html.includes('img-src'), 'no remote image is loaded, and the policy would refuse one');
    assert.match(html, /1 remote image\(s\) not loaded/);
    assert.equal(preview.imagesLoaded, false);
  });
});

/** A local bare repository standing in for a forge's clone address (git's insteadOf sends fetches there), with `main` one commit ahead of the workspace. */
async function bareUpstream(cloneUrl: string): Promise<{ dir: string; main: string; remove: () => void }> {
  const root = workspaceRoot().fsPath;
  const dir = mkdtempSync(join(tmpdir(), 'onramp-upstream-'));
  await simpleGit(dir).init(true, ['--initial-branch=main']);
  await simpleGit(root).push(dir, 'main');
  const other = mkdtempSync(join(tmpdir(), 'onramp-other-'));
  await simpleGit().clone(dir, other);
  await simpleGit(other).addConfig('user.name', 'Maintainer').addConfig('user.email', 'm@example.invalid');
  writeFileSync(join(other, 'UPSTREAM.md'), `merged into ${cloneUrl} after the clone\n`);
  await simpleGit(other).add('UPSTREAM.md').commit('docs: a change made upstream').push('origin', 'main');
  const main = (await simpleGit(other).revparse(['HEAD'])).trim();
  rmSync(other, { recursive: true, force: true });
  // simple-git refuses to write insteadOf (a guard for untrusted input); this test's own value is safe.
  execFileSync('git', ['config', `url.${dir}.insteadOf`, cloneUrl], { cwd: root });
  return {
    dir,
    main,
    remove: () => {
      execFileSync('git', ['config', '--unset', `url.${dir}.insteadOf`], { cwd: root });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function backToMain(): Promise<void> {
  const git = simpleGit(workspaceRoot().fsPath);
  await git.raw(['reset', '--hard']);
  await git.clean('f', ['-d']);
  await git.checkout('main');
  for (const branch of (await git.branchLocal()).all.filter((b) => b !== 'main')) await git.deleteLocalBranch(branch, true);
}

type Started = { kind: string; branch?: string; from?: string; claim?: { comment: string | null; assign: string | null } };

describeIn('trusted', 'Good first issues: GitHub Enterprise sign-in, comment and self-assign', () => {
  let server: ReplayServer;
  let upstream: Awaited<ReturnType<typeof bareUpstream>>;
  const enterprise = () => vscode.workspace.getConfiguration('github-enterprise');
  const COMMENT = 'Hi! I would like to take this one; I plan to fix the slug and add a test.';
  const posts = () => server.requests.filter((r) => r.method === 'POST');

  before(async () => {
    server = await ReplayServer.start();
    // The Enterprise server on this machine: this account may triage here, so it may assign itself.
    server.add(
      {
        path: '/repos/onramp-demo/widget',
        reply: { body: { full_name: 'onramp-demo/widget', html_url: `${server.url}/onramp-demo/widget`, clone_url: `${server.url}/onramp-demo/widget.git`, default_branch: 'main', fork: false, private: false, size: 120, permissions: { pull: true, triage: true, push: false } } },
      },
      { path: '/user', reply: { body: { login: 'onramp-tester' } } },
      { method: 'POST', path: '/repos/onramp-demo/widget/issues/15/comments', reply: { status: 201, body: { id: 901, body: COMMENT } } },
      { method: 'POST', path: '/repos/onramp-demo/widget/issues/15/assignees', reply: { status: 201, body: { number: 15, assignees: [{ login: 'onramp-tester' }] } } },
    );
    addDemoScenario(server);
    await enterprise().update('uri', server.url, vscode.ConfigurationTarget.Global);
    await config().update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    upstream = await bareUpstream(`${server.url}/onramp-demo/widget.git`);
    await useRemote(`${server.url}/onramp-demo/widget.git`);
    (await fakeAuth()).reset();
  });

  after(async () => {
    await backToMain();
    (await fakeAuth()).reset();
    await enterprise().update('uri', undefined, vscode.ConfigurationTarget.Global);
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await useRemote(null);
    upstream.remove();
    await server.close();
  });

  afterEach(backToMain);

  it('lists anonymously, asking VS Code for a session only silently', async () => {
    const auth = await fakeAuth();
    const snapshot = await issues();
    assert.equal(snapshot.problem, null, snapshot.problem?.sentence);
    assert.deepEqual(numbers(snapshot), [12, 17, 15]);
    assert.equal(snapshot.signedIn, false);
    assert.equal(snapshot.signInKind, 'session', 'the picker offers "Sign in"');
    assert.ok(callsOf(auth, 'github-enterprise', 'getSessions').some((c) => c.scopes?.includes('public_repo')), 'the Enterprise provider was asked');
    assert.deepEqual(callsOf(auth, 'github-enterprise', 'createSession'), [], 'nobody was asked to sign in');
    assert.deepEqual(callsOf(auth, 'github'), [], 'the github.com sign-in is not for this host');
    assert.deepEqual(authHeaders(server), []);
  });

  it('once signed in, sends the token with every request to the Enterprise host, and keeps it out of the answers', async () => {
    const auth = await fakeAuth();
    auth.addSession('github-enterprise', ['public_repo']);
    server.reset();
    const snapshot = await issues();
    assert.equal(snapshot.problem, null, snapshot.problem?.sentence);
    assert.equal(snapshot.signedIn, true);
    assert.deepEqual(numbers(snapshot), [12, 17, 15]);
    const token = auth.tokens['github-enterprise'];
    assert.ok(server.requests.length > 0 && server.requests.every((r) => r.headers.authorization === `token ${token}`), authHeaders(server).join(', '));
    assert.ok(!JSON.stringify(snapshot).includes(token));
    assert.deepEqual(callsOf(auth, 'github-enterprise', 'createSession'), [], 'a session that exists is used without asking');
  });

  it('posts the comment as given and assigns the account only when signed in, after starting work', async () => {
    const auth = await fakeAuth();
    const facts = await (await onrampApi()).facts(workspaceRoot());
    assert.equal(facts?.discussFirst?.value, true, 'the demo guide asks to be assigned first');

    auth.reset();
    await issues();
    const anonymous = await vscode.commands.executeCommand<Started>('onramp.startWorkingOnIssue', 15, { dirty: 'ask', claim: { comment: COMMENT, assign: true } });
    assert.equal(anonymous?.kind, 'started');
    assert.deepEqual(anonymous?.claim, { comment: 'notSignedIn', assign: 'notSignedIn' });
    assert.deepEqual(posts(), [], 'nothing is said on the issue without a sign-in');
    await backToMain();

    auth.addSession('github-enterprise', ['public_repo']);
    await issues();
    server.reset();
    const signedIn = await vscode.commands.executeCommand<Started>('onramp.startWorkingOnIssue', 15, { dirty: 'ask', claim: { comment: COMMENT, assign: true } });
    assert.equal(signedIn?.kind, 'started');
    assert.equal(signedIn?.from, 'origin/main');
    assert.deepEqual(signedIn?.claim, { comment: 'posted', assign: 'assigned' });
    const [comment, assign] = posts();
    assert.equal(comment?.url, '/repos/onramp-demo/widget/issues/15/comments');
    assert.deepEqual(JSON.parse(comment.body), { body: COMMENT });
    assert.equal(assign?.url, '/repos/onramp-demo/widget/issues/15/assignees');
    assert.deepEqual(JSON.parse(assign.body), { assignees: ['onramp-tester'] });
    assert.ok(posts().every((r) => r.headers.authorization === `token ${auth.tokens['github-enterprise']}`));
    assert.equal(posts().length, 2);
  });

  it('never writes the token into a log', async () => {
    const token = (await fakeAuth()).tokens['github-enterprise'];
    const userData = process.env.ONRAMP_TEST_USER_DATA;
    assert.ok(userData, 'scripts/vscode/codeServer.mjs names the user data folder');
    const logs = () => readdirSync(join(userData, 'logs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(userData, 'logs', f), 'utf8'));
    // Onramp's own log has the signed-in listing and start of work above, so the right files are read.
    await waitFor('Onramp\'s log', () => logs().some((text) => text.includes('[issues] started 15-') && text.includes('signed in')), 15_000);
    assert.ok(logs().every((text) => !text.includes(token)));
  });
});

describeIn('trusted', 'Good first issues: a fork works against its parent', () => {
  let server: ReplayServer;
  let parent: Awaited<ReturnType<typeof bareUpstream>>;
  let fork: Awaited<ReturnType<typeof bareUpstream>>;
  const FORK = 'https://github.com/newcomer/widget.git';
  const git = () => simpleGit(workspaceRoot().fsPath);

  before(async () => {
    server = await ReplayServer.start();
    addGitHubRepo(server, { path: 'newcomer/widget', labels: ['good first issue'], issues: [], parent: 'onramp-demo/widget' });
    addDemoScenario(server);
    await config().update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    parent = await bareUpstream(DEMO_REMOTE);
    fork = await bareUpstream(FORK);
    await useRemote(FORK);
  });

  after(async () => {
    await backToMain();
    if ((await git().getRemotes()).some((r) => r.name === 'upstream')) await git().removeRemote('upstream');
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await useRemote(null);
    parent.remove();
    fork.remove();
    await server.close();
  });

  it('lists the parent\'s issues, saying which fork the remote is', async () => {
    const snapshot = await issues();
    assert.equal(snapshot.problem, null, snapshot.problem?.sentence);
    assert.equal(snapshot.repository?.path, 'onramp-demo/widget');
    assert.deepEqual(snapshot.fork, { path: 'newcomer/widget', parentCloneUrl: DEMO_REMOTE });
    assert.deepEqual(numbers(snapshot), [12, 17, 15]);
  });

  it('adds the parent as the remote upstream when accepted, and branches from its main', async () => {
    const result = await vscode.commands.executeCommand<Started>('onramp.startWorkingOnIssue', 12, { dirty: 'ask', addUpstream: true });
    assert.equal(result?.kind, 'started');
    assert.equal(result?.from, 'upstream/main');
    // The configured address (get-url would show it rewritten by this test's insteadOf).
    assert.equal((await git().raw(['config', '--get', 'remote.upstream.url'])).trim(), DEMO_REMOTE);
    assert.equal((await git().revparse(['HEAD'])).trim(), parent.main, 'the branch starts at the parent\'s main, not the fork\'s');
  });
});

describeIn('trusted', 'Good first issues: tokens', () => {
  let api: ReplayServer;
  let elsewhere: ReplayServer;
  const TOKEN = 'glpat-onramp-test-token';

  before(async () => {
    api = await ReplayServer.start();
    elsewhere = await ReplayServer.start();
    const base = '/api/v4/projects/onramp-demo%2Fwidget';
    const now = Date.now();
    // The label listing's next page is on another host: the token must not follow it there. Added before the
    // project's own routes, so it answers first.
    api.add({ path: `${base}/labels`, reply: { body: [{ id: 1, name: 'bug', description: null }], headers: { link: `<${elsewhere.url}${base}/labels?page=2&per_page=100>; rel="next"` } } });
    elsewhere.add({ path: `${base}/labels`, reply: { body: [{ id: 2, name: 'good first issue', description: null }] } });
    addGitLabProject(api, { path: 'onramp-demo/widget', labels: [], issues: [{ number: 3, title: 'Fix a typo', labels: ['good first issue'], createdAt: new Date(now - 86_400_000).toISOString() }] });
    await config().update('forge.apiUrl', `${api.url}/api/v4`, vscode.ConfigurationTarget.Global);
    await useRemote('https://gitlab.com/onramp-demo/widget.git');
    await vscode.commands.executeCommand('onramp.setGitLabToken', workspaceRoot().toString(), TOKEN);
  });

  after(async () => {
    await vscode.commands.executeCommand('onramp.setGitLabToken', workspaceRoot().toString(), '');
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await useRemote(null);
    await api.close();
    await elsewhere.close();
  });

  it('sends the GitLab token from secret storage to its own API only, never to another host a page link names', async () => {
    const snapshot = await issues();
    assert.equal(snapshot.problem, null, snapshot.problem?.sentence);
    assert.deepEqual(numbers(snapshot), [3]);
    assert.equal(snapshot.signedIn, true);
    assert.ok(api.requests.length > 0 && api.requests.every((r) => r.headers['private-token'] === TOKEN), 'every request to the API carried the token');
    assert.ok(elsewhere.requests.length > 0, 'the other host was asked for the next page');
    assert.deepEqual(authHeaders(elsewhere), [], 'the other host never saw a token');
  });

  it('keeps the token out of the answers it returns', async () => {
    const snapshot = await issues(false);
    assert.ok(!JSON.stringify(snapshot).includes(TOKEN));
  });
});

describeIn('trusted', 'Good first issues: workspace settings when trusted', () => {
  const forge = withDemoForge();
  let other: ReplayServer;
  before(async () => {
    other = await ReplayServer.start();
    addDemoScenario(other);
  });
  after(async () => {
    await deleteWorkspaceFile('.vscode');
    await other.close();
  });

  it('uses a trusted workspace\'s onramp.forge.apiUrl', async () => {
    await writeWorkspaceFile('.vscode/settings.json', JSON.stringify({ 'onramp.forge.apiUrl': other.url }));
    await waitFor('the workspace setting', () => config().inspect<string>('forge.apiUrl')?.workspaceValue === other.url);
    forge.server().reset();
    const snapshot = await issues();
    assert.deepEqual(numbers(snapshot), [12, 17, 15]);
    assert.ok(other.requests.length > 0);
    assert.equal(forge.server().requests.length, 0);
  });
});

describeIn('restricted', 'Good first issues in Restricted Mode', () => {
  const forge = withDemoForge();
  let other: ReplayServer;
  before(async () => {
    other = await ReplayServer.start();
    addDemoScenario(other);
  });
  after(async () => {
    await deleteWorkspaceFile('.vscode');
    await other.close();
  });

  it('lists issues (reading is allowed) but ignores an API address the workspace sets', async () => {
    await writeWorkspaceFile('.vscode/settings.json', JSON.stringify({ 'onramp.forge.apiUrl': other.url }));
    await new Promise((r) => setTimeout(r, 500));
    forge.server().reset();
    const snapshot = await issues();
    assert.deepEqual(numbers(snapshot), [12, 17, 15]);
    assert.ok(forge.server().requests.length > 0, 'the user setting\'s server answered');
    assert.equal(other.requests.length, 0, 'the workspace setting\'s server was never asked');
  });

  it('refuses to start working, since that runs git, and changes no branch', async () => {
    const before = (await simpleGit(workspaceRoot().fsPath).revparse(['--abbrev-ref', 'HEAD'])).trim();
    const result = await vscode.commands.executeCommand<{ kind: string }>('onramp.startWorkingOnIssue', 12, { dirty: 'stash' });
    assert.deepEqual(result, { kind: 'refused' });
    assert.equal((await simpleGit(workspaceRoot().fsPath).revparse(['--abbrev-ref', 'HEAD'])).trim(), before);
  });

  it('refuses to comment or assign, even with a sign-in, and sends nothing', async () => {
    const auth = await fakeAuth();
    auth.addSession('github', ['public_repo']);
    try {
      forge.server().reset();
      const result = await vscode.commands.executeCommand<{ kind: string }>('onramp.startWorkingOnIssue', 12, { dirty: 'ask', claim: { comment: 'I am on it', assign: true } });
      assert.deepEqual(result, { kind: 'refused' });
      assert.deepEqual(forge.server().requests.filter((r) => r.method !== 'GET'), []);
    } finally {
      auth.reset();
    }
  });
});
