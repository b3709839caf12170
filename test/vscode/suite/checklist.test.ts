import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit, SimpleGit } from 'simple-git';
import * as vscode from 'vscode';
import type { ChecklistView } from '../../../src/api';
import { addGitLabProject, GITLAB_MR_PROJECT } from '../../support/gitlabMergeRequests';
import { addPullRequestRoutes } from '../../support/pullRequestScenarios';
import { ReplayServer } from '../../support/replayServer';
import { callsOf, fakeAuth } from './auth';
import { deleteWorkspaceFile, describeIn, onrampApi, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

const RESTRICTED_REASON = 'Restricted Mode: Onramp does not run git here';

async function checklist(check: (c: ChecklistView) => boolean, what: string): Promise<ChecklistView> {
  const api = await onrampApi();
  return waitFor(what, async () => {
    const c = await api.checklist(workspaceRoot());
    return c && check(c) ? c : undefined;
  });
}

const item = (c: ChecklistView, id: string) => c.items.find((i) => i.id === id);

/** Runs `body` on a new branch holding one commit without a sign-off, then goes back to main and drops the branch. */
async function onUnsignedBranch<T>(branch: string, body: (repo: SimpleGit) => Promise<T>): Promise<T> {
  const repo = simpleGit(workspaceRoot().fsPath);
  await repo.checkoutLocalBranch(branch);
  try {
    await writeWorkspaceFile('src/typo-fix.txt', 'a fixed typo\n');
    await repo.add('src/typo-fix.txt');
    await repo.commit('fix: correct a typo in the docs');
    return await body(repo);
  } finally {
    await repo.checkout('main');
    await repo.deleteLocalBranch(branch, true);
  }
}

/**
 * Writes the given PR templates, then runs `body` on a new branch (onUnsignedBranch) whose `origin` names the GitHub
 * project and pushes to a local bare repository, so Open Pull Request gives the compare page offline. Removes the
 * remote, the templates and the bare repository afterwards.
 */
async function onBranchWithTemplates(branch: string, templates: Record<string, string>, body: (repo: SimpleGit) => Promise<void>): Promise<void> {
  const remote = mkdtempSync(join(tmpdir(), 'onramp-remote-'));
  await simpleGit(remote).init(true);
  for (const [path, text] of Object.entries(templates)) await writeWorkspaceFile(path, text);
  try {
    await onUnsignedBranch(branch, async (repo) => {
      await repo.addRemote('origin', 'https://github.com/onramp-demo/slugline.git');
      await repo.addConfig('remote.origin.pushurl', remote);
      try {
        await body(repo);
      } finally {
        await repo.removeRemote('origin');
      }
    });
  } finally {
    await deleteWorkspaceFile('.github/PULL_REQUEST_TEMPLATE');
    await (await onrampApi()).refresh(workspaceRoot());
    rmSync(remote, { recursive: true, force: true });
  }
}

describeIn('trusted', 'Pull request checklist', () => {
  it('fails the sign-off the maintainer file requires on an unsigned commit, passes the branch, and says it is not pushed', async () => {
    await onUnsignedBranch('fix-typo', async () => {
      const c = await checklist((x) => x.branch === 'fix-typo' && item(x, 'onramp-signOff')?.state === 'fail', 'the sign-off failed on fix-typo');
      assert.match(item(c, 'onramp-signOff')?.reason ?? '', /1 of 1 commit lacks Signed-off-by \(first: [0-9a-f]{7} "fix: correct a typo in the docs"\)/);
      assert.match(item(c, 'onramp-signOff')?.fix ?? '', /--signoff/);
      assert.equal(item(c, 'onramp-branch')?.state, 'pass');
      assert.equal(item(c, 'onramp-pushed')?.state, 'fail');
      assert.match(item(c, 'onramp-pushed')?.reason ?? '', /has not been pushed/);
      assert.equal(c.restricted, undefined);
    });
  });

  it('keeps a ticked manual item ticked when the checklist is asked for again, and unticks it', async () => {
    const before = await checklist((x) => x.items.some((i) => i.state === 'manual'), 'a manual item');
    const manual = before.items.find((i) => i.state === 'manual');
    assert.ok(manual);
    assert.equal(manual.ticked, false);
    assert.ok(manual.file && manual.line, 'a manual item says where the project asks for it');
    await vscode.commands.executeCommand('onramp.tickChecklistItem', workspaceRoot().toString(), manual.id);
    try {
      await checklist((x) => item(x, manual.id)?.ticked === true, 'the item ticked');
      const again = await (await onrampApi()).checklist(workspaceRoot());
      assert.equal(again && item(again, manual.id)?.ticked, true);
    } finally {
      await vscode.commands.executeCommand('onramp.untickChecklistItem', workspaceRoot().toString(), manual.id);
    }
    await checklist((x) => item(x, manual.id)?.ticked === false, 'the item unticked');
  });

  it('keeps the title and body as a draft when the push fails, and says why in a sentence', async () => {
    await onUnsignedBranch('fix-push', async (repo) => {
      // The remote names a GitHub repository; pushing goes to a folder that does not exist, so it fails offline.
      await repo.addRemote('origin', 'https://github.com/onramp-demo/slugline.git');
      await repo.addConfig('remote.origin.pushurl', join(tmpdir(), 'onramp-no-such-remote.git'));
      const api = await onrampApi();
      try {
        await api.refresh(workspaceRoot());
        await waitFor('the project from the remote', async () => (await api.facts(workspaceRoot()))?.project?.path === 'onramp-demo/slugline');
        const outcome = await vscode.commands.executeCommand<{ kind: string; reason?: string }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'Fix the typo', body: 'What changed\n\nFixes #3\n', draft: true });
        assert.equal(outcome.kind, 'pushFailed');
        assert.match(outcome.reason ?? '', /^The push to origin failed: /);
        const c = await checklist((x) => x.branch === 'fix-push', 'the checklist on fix-push');
        assert.deepEqual(c.draft, { title: 'Fix the typo', body: 'What changed\n\nFixes #3\n' });
      } finally {
        await repo.removeRemote('origin');
        await api.refresh(workspaceRoot());
      }
    });
  });

  it('pushes with upstream tracking and, not signed in, gives the compare page prefilled; the draft stays until the PR exists', async () => {
    const remote = mkdtempSync(join(tmpdir(), 'onramp-remote-'));
    await simpleGit(remote).init(true);
    try {
      await onUnsignedBranch('fix-compare', async (repo) => {
        await repo.addRemote('origin', 'https://github.com/onramp-demo/slugline.git');
        await repo.addConfig('remote.origin.pushurl', remote);
        const api = await onrampApi();
        try {
          await api.refresh(workspaceRoot());
          await waitFor('the project from the remote', async () => (await api.facts(workspaceRoot()))?.project?.path === 'onramp-demo/slugline');
          const outcome = await vscode.commands.executeCommand<{ kind: string; url?: string }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: correct a typo', body: 'Fixes #3\n', draft: false });
          assert.equal(outcome.kind, 'compare');
          const url = new URL(outcome.url ?? '');
          assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/onramp-demo/slugline/compare/main...fix-compare');
          assert.equal(url.searchParams.get('title'), 'fix: correct a typo');
          assert.equal(url.searchParams.get('body'), 'Fixes #3\n');
          assert.equal((await repo.raw(['rev-parse', '--abbrev-ref', 'fix-compare@{upstream}'])).trim(), 'origin/fix-compare');
          assert.equal((await simpleGit(remote).raw(['rev-parse', 'fix-compare'])).trim(), (await repo.revparse(['HEAD'])).trim());
          const c = await checklist((x) => item(x, 'onramp-pushed')?.state === 'pass', 'the push check passing');
          assert.equal(c.draft?.title, 'fix: correct a typo');
        } finally {
          await repo.removeRemote('origin');
          await api.refresh(workspaceRoot());
        }
      });
    } finally {
      rmSync(remote, { recursive: true, force: true });
    }
  });

  it('chooses among several templates by their names, per branch, and the checklist and the body follow the choice', async () => {
    const api = await onrampApi();
    const has = (c: ChecklistView, text: string) => c.items.some((i) => i.text === text);
    type Opened = { kind: string; url?: string; reason?: string };
    const bodyOf = (o: Opened) => new URL(o.url ?? '').searchParams.get('body') ?? '';
    await onBranchWithTemplates('fix-template', {
      '.github/PULL_REQUEST_TEMPLATE/bug_fix.md': '---\nname: Bug fix\nabout: A fix for a reported bug\n---\n## The bug\n\n<!-- Which issue, and how to reproduce it. -->\n\n- [ ] Added a regression test\n',
      '.github/PULL_REQUEST_TEMPLATE/docs.md': '---\nname: Documentation change\n---\n## What reads better now\n\n- [ ] Spelling checked\n- [ ] Links work\n',
    }, async (repo) => {
      await api.refresh(workspaceRoot());
      const before = await checklist((x) => x.branch === 'fix-template' && x.templates.length === 3, 'three templates on fix-template');
      const byDefault = before.template;
      assert.equal(byDefault, before.templates[0], 'the default template is used until one is chosen');
      assert.deepEqual(before.templates.slice(1).sort(), ['Bug fix', 'Documentation change'], 'offered by their front matter names');
      assert.ok(!has(before, 'Spelling checked'));

      const picked = await vscode.commands.executeCommand<{ kind: string }>('onramp.choosePullRequestTemplate', workspaceRoot().toString(), 'Documentation change');
      assert.equal(picked.kind, 'chosen');
      const docs = await checklist((x) => x.template === 'Documentation change', 'the documentation template chosen');
      assert.ok(has(docs, 'Spelling checked') && has(docs, 'Links work'), 'its boxes are on the checklist');
      assert.ok(!has(docs, 'Added a regression test'), 'another template\'s boxes are not');

      // The choice belongs to the branch: another branch starts from the default again.
      await repo.checkoutLocalBranch('fix-template-other');
      await checklist((x) => x.branch === 'fix-template-other' && x.template === byDefault, 'the default on another branch');
      await repo.checkout('fix-template');
      await repo.deleteLocalBranch('fix-template-other', true);
      await checklist((x) => x.branch === 'fix-template' && x.template === 'Documentation change', 'the choice back on fix-template');

      const opened = await vscode.commands.executeCommand<Opened>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'docs: clearer wording', draft: false });
      assert.equal(opened.kind, 'compare', opened.reason);
      assert.match(bodyOf(opened), /^## What reads better now\n\n- \[ \] Spelling checked\n- \[ \] Links work\n$/, 'the chosen template, without its front matter');

      const bug = await vscode.commands.executeCommand<Opened>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: a bug', draft: false, template: 'Bug fix' });
      assert.equal(bug.kind, 'compare', bug.reason);
      assert.match(bodyOf(bug), /^## The bug\n\n- \[ \] Added a regression test\n$/, 'comments stripped');
      await checklist((x) => x.template === 'Bug fix' && has(x, 'Added a regression test'), 'the template named by Open Pull Request remembered');

      const unknown = await vscode.commands.executeCommand<{ kind: string; reason: string }>('onramp.choosePullRequestTemplate', workspaceRoot().toString(), 'Release');
      assert.equal(unknown.kind, 'none');
      assert.match(unknown.reason, /No pull request template is called "Release"; the templates are: .*Bug fix, Documentation change/);
    });
  });

  it('offers a template\'s kinds of change as choices after its checks, and ticks the chosen one in the body', async () => {
    const api = await onrampApi();
    type Opened = { kind: string; url?: string; reason?: string };
    await onBranchWithTemplates('fix-kind', {
      '.github/PULL_REQUEST_TEMPLATE/change.md':
        '---\nname: Code change\n---\n## Type of change\n\n- [ ] Bug fix (non-breaking change which fixes an issue)\n- [ ] New feature (non-breaking change which adds functionality)\n\n## Checklist\n\n- [ ] Added a regression test\n',
    }, async () => {
      await api.refresh(workspaceRoot());
      await checklist((x) => x.branch === 'fix-kind' && x.templates.includes('Code change'), 'the code change template offered');
      await vscode.commands.executeCommand('onramp.choosePullRequestTemplate', workspaceRoot().toString(), 'Code change');
      const c = await checklist((x) => x.template === 'Code change' && x.items.some((i) => i.choice), 'the kinds of change offered');
      const texts = c.items.filter((i) => i.origin === 'template').map((i) => [i.text, i.choice, i.optional]);
      assert.deepEqual(texts, [
        ['Added a regression test', false, false],
        ['Bug fix (non-breaking change which fixes an issue)', true, true],
        ['New feature (non-breaking change which adds functionality)', true, true],
      ], 'the check first and required; the kinds after it, optional choices');
      const facts = await api.facts(workspaceRoot());
      assert.ok(facts && !facts.checklist.some((i) => i.text.startsWith('Bug fix')), 'a kind of change is no check of the checklist fact');

      const bugFix = c.items.find((i) => i.text.startsWith('Bug fix'));
      assert.ok(bugFix);
      await vscode.commands.executeCommand('onramp.tickChecklistItem', workspaceRoot().toString(), bugFix.id);
      await checklist((x) => x.items.some((i) => i.id === bugFix.id && i.ticked), 'the kind ticked');
      const opened = await vscode.commands.executeCommand<Opened>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: a bug', draft: false });
      assert.equal(opened.kind, 'compare', opened.reason);
      const body = new URL(opened.url ?? '').searchParams.get('body') ?? '';
      assert.match(body, /- \[x\] Bug fix \(non-breaking change which fixes an issue\)\n- \[ \] New feature/, 'the chosen kind ticked, the other left open');
      assert.match(body, /- \[ \] Added a regression test/);
    });
  });

  it('runs the test and lint commands as tasks on request and reads their exit codes into the checklist', async () => {
    type Ran = { kind: string; runs: { command: string; exitCode: number | undefined }[] };
    const ran = await vscode.commands.executeCommand<Ran>('onramp.runChecklistChecks', workspaceRoot().toString());
    assert.equal(ran.kind, 'ran');
    assert.deepEqual(ran.runs.filter((r) => r.command === 'npm test' || r.command === 'npm run lint'), [
      { command: 'npm test', exitCode: 0 },
      { command: 'npm run lint', exitCode: 0 },
    ]);
    const passed = await checklist((x) => item(x, 'onramp-tests')?.state === 'pass' && item(x, 'onramp-lint')?.state === 'pass', 'tests and lint passing');
    assert.match(item(passed, 'onramp-tests')?.reason ?? '', /`npm test` passed/);
    const index = vscode.Uri.joinPath(workspaceRoot(), 'src/index.js');
    const original = await vscode.workspace.fs.readFile(index);
    await writeWorkspaceFile('src/index.js', 'function (\n');
    try {
      const broken = await vscode.commands.executeCommand<Ran>('onramp.runChecklistChecks', workspaceRoot().toString());
      assert.notEqual(broken.runs.find((r) => r.command === 'npm run lint')?.exitCode, 0);
      const failed = await checklist((x) => item(x, 'onramp-lint')?.state === 'fail', 'lint failing');
      assert.match(item(failed, 'onramp-lint')?.reason ?? '', /`npm run lint` failed \(exit code [1-9]\d*\)/);
    } finally {
      await vscode.workspace.fs.writeFile(index, original);
    }
  });
});

describeIn('restricted', 'Pull request checklist', () => {
  it('shows the project\'s items without running git, each unknown with the Restricted Mode reason', async () => {
    const c = await checklist((x) => x.items.length > 0, 'the checklist items');
    assert.equal(c.restricted, RESTRICTED_REASON);
    assert.equal(c.branch, null);
    assert.ok(c.items.every((i) => i.state === 'unknown' && i.reason === RESTRICTED_REASON));
    assert.ok(c.items.some((i) => i.origin === 'config' && i.line !== null), 'the maintainer file\'s items, with their lines');
    assert.ok(c.items.some((i) => i.id === 'onramp-signOff'), 'the sign-off the maintainer file requires');
  });

  it('offers the templates by name and follows the chosen one, reading only', async () => {
    await writeWorkspaceFile('.github/PULL_REQUEST_TEMPLATE/docs.md', '---\nname: Documentation change\n---\n- [ ] Spelling checked\n');
    const api = await onrampApi();
    try {
      await api.refresh(workspaceRoot());
      await checklist((x) => x.templates.includes('Documentation change'), 'the second template');
      const picked = await vscode.commands.executeCommand<{ kind: string }>('onramp.choosePullRequestTemplate', workspaceRoot().toString(), 'Documentation change');
      assert.equal(picked.kind, 'chosen');
      const c = await checklist((x) => x.template === 'Documentation change', 'the chosen template');
      assert.ok(c.items.some((i) => i.text === 'Spelling checked' && i.reason === RESTRICTED_REASON));
    } finally {
      await deleteWorkspaceFile('.github/PULL_REQUEST_TEMPLATE');
      await api.refresh(workspaceRoot());
    }
  });

  it('refuses to open a pull request or run the checks', async () => {
    const open = await vscode.commands.executeCommand<{ kind: string }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 't', body: 'b', draft: false });
    assert.equal(open.kind, 'refused');
    const run = await vscode.commands.executeCommand<{ kind: string }>('onramp.runChecklistChecks', workspaceRoot().toString());
    assert.equal(run.kind, 'refused');
  });
});

describeIn('trusted', 'Opening the pull request through the API, signed in', () => {
  const config = () => vscode.workspace.getConfiguration('onramp');
  let server: ReplayServer;
  let bare: string;
  beforeEach(async () => {
    server = await ReplayServer.start();
    await config().update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    bare = mkdtempSync(join(tmpdir(), 'onramp-bare-'));
    const auth = await fakeAuth();
    auth.reset();
    // Signed in before: Open Pull Request finds the session without asking.
    auth.addSession('github', ['repo']);
  });
  afterEach(async () => {
    (await fakeAuth()).reset();
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await server.close();
    rmSync(bare, { recursive: true, force: true });
  });

  /** A branch for issue 12 with a signed-off commit that adds a changelog entry, the project's remote pushing to `upstream`. */
  async function onIssueBranch<T>(branch: string, upstream: string, body: (repo: SimpleGit) => Promise<T>): Promise<T> {
    const repo = simpleGit(workspaceRoot().fsPath, { unsafe: { allowUnsafeUrlRewrite: true } });
    await simpleGit(upstream).init(true);
    await repo.checkoutLocalBranch(branch);
    const api = await onrampApi();
    try {
      const changelog = vscode.Uri.joinPath(workspaceRoot(), 'CHANGELOG.md');
      await writeWorkspaceFile('CHANGELOG.md', `${new TextDecoder().decode(await vscode.workspace.fs.readFile(changelog))}\n- slugify() drops a trailing dash\n`);
      await repo.add('CHANGELOG.md');
      await repo.commit('fix: drop the trailing dash', undefined, { '--signoff': null });
      await repo.addConfig(`branch.${branch}.onrampIssue`, '12');
      await repo.addRemote('origin', 'https://github.com/onramp-demo/slugline.git');
      await repo.addConfig('remote.origin.pushurl', upstream);
      await api.refresh(workspaceRoot());
      await waitFor('the project from the remote', async () => (await api.facts(workspaceRoot()))?.project?.path === 'onramp-demo/slugline');
      return await body(repo);
    } finally {
      await repo.removeRemote('origin').catch(() => undefined);
      await repo.checkout('main');
      await repo.deleteLocalBranch(branch, true);
      await api.refresh(workspaceRoot());
    }
  }

  /** The body Onramp should send: the demo template, comments gone, each box ticked as the checklist says, and Fixes #12. */
  function expectedBody(c: ChecklistView): string {
    const box = (text: string) => {
      const i = c.items.find((x) => x.text === text);
      return i && (i.state === 'pass' || (i.state !== 'fail' && i.ticked)) ? 'x' : ' ';
    };
    return ['## What does this change?', '', 'Fixes #12', '', '## Type of change', '', ...['Bug fix', 'New feature', 'Documentation'].map((t) => `- [${box(t)}] ${t}`), '', '## Checklist', '', ...['Tests added or updated', '`npm test` passes', 'Commits are signed off (DCO)', '`CHANGELOG.md` updated'].map((t) => `- [${box(t)}] ${t}`), ''].join('\n');
  }

  it('pushes to the project and creates the PR through the API: the template filled in, a draft; the second time it finds the PR', async () => {
    const routes = addPullRequestRoutes(server, { upstream: 'onramp-demo/slugline', login: 'onramp-tester', canPush: true });
    await onIssueBranch('12-trailing-dash', bare, async (repo) => {
      const manual = (await checklist((x) => x.branch === '12-trailing-dash', 'the checklist on the branch')).items.find((i) => i.text === 'Tests added or updated');
      assert.ok(manual);
      await vscode.commands.executeCommand('onramp.tickChecklistItem', workspaceRoot().toString(), manual.id);
      const before = await checklist((x) => item(x, manual.id)?.ticked === true && item(x, 'onramp-signOff')?.state === 'pass', 'the item ticked and the sign-off passing');
      assert.equal(before.items.find((i) => i.text === '`CHANGELOG.md` updated')?.state, 'pass');

      const outcome = await vscode.commands.executeCommand<{ kind: string; reason?: string; pullRequest?: { number: number; url: string; draft: boolean } }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: drop the trailing dash', draft: true });
      assert.equal(outcome.kind, 'created', outcome.reason);
      assert.deepEqual(outcome.pullRequest, { number: 101, url: 'https://github.com/onramp-demo/slugline/pull/101', draft: true });
      const [post] = routes.created();
      const sent = JSON.parse(post.body) as Record<string, unknown>;
      assert.deepEqual({ ...sent, body: undefined }, { title: 'fix: drop the trailing dash', head: '12-trailing-dash', base: 'main', draft: true, body: undefined });
      assert.equal(sent.body, expectedBody(before));
      assert.match(String(sent.body), /- \[x\] Tests added or updated\n/);
      assert.doesNotMatch(String(sent.body), /<!--|Maintainers only/);
      assert.equal((await simpleGit(bare).raw(['rev-parse', '12-trailing-dash'])).trim(), (await repo.revparse(['HEAD'])).trim(), 'the branch is on the project');
      assert.deepEqual(server.requests.filter((r) => r.headers.authorization !== undefined), [], 'the session\'s token never goes to an API address set by hand');
      assert.deepEqual(callsOf(await fakeAuth(), 'github', 'createSession'), [], 'nothing was asked of the user');
      assert.equal((await checklist((x) => x.branch === '12-trailing-dash', 'the checklist')).draft, undefined, 'the draft is gone once the PR exists');

      const again = await vscode.commands.executeCommand<{ kind: string; pullRequest?: { number: number } }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: drop the trailing dash', draft: true });
      assert.deepEqual([again.kind, again.pullRequest?.number], ['exists', 101]);
      assert.equal(routes.created().length, 1, 'no second pull request');
      await vscode.commands.executeCommand('onramp.untickChecklistItem', workspaceRoot().toString(), manual.id);
    });
  });

  it('without permission to push: forks for the signed-in account, pushes there and opens the PR from account:branch', async () => {
    const routes = addPullRequestRoutes(server, { upstream: 'onramp-demo/slugline', login: 'onramp-tester', canPush: false });
    const forkBare = mkdtempSync(join(tmpdir(), 'onramp-fork-'));
    await simpleGit(forkBare).init(true);
    try {
      await onIssueBranch('12-from-fork', bare, async (repo) => {
        await repo.addConfig(`url.${forkBare}.insteadOf`, 'https://github.com/onramp-tester/slugline.git');
        try {
          const outcome = await vscode.commands.executeCommand<{ kind: string; reason?: string; pushedTo?: { remote: string; fork: { path: string; created: boolean } | null } }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: drop the trailing dash', draft: false });
          assert.equal(outcome.kind, 'created', outcome.reason);
          assert.deepEqual(outcome.pushedTo, { remote: 'fork', fork: { path: 'onramp-tester/slugline', created: true } });
          assert.ok(server.requests.some((r) => r.method === 'POST' && r.url === '/repos/onramp-demo/slugline/forks'));
          assert.equal((JSON.parse(routes.created()[0].body) as { head: string }).head, 'onramp-tester:12-from-fork');
          assert.equal((await simpleGit(forkBare).raw(['rev-parse', '12-from-fork'])).trim(), (await repo.revparse(['HEAD'])).trim(), 'the branch is on the fork');
          assert.equal((await simpleGit(bare).raw(['branch', '--list', '12-from-fork'])).trim(), '', 'nothing was pushed to the project');
        } finally {
          await repo.removeRemote('fork').catch(() => undefined);
          await repo.raw(['config', '--unset', `url.${forkBare}.insteadOf`]).catch(() => undefined);
        }
      });
    } finally {
      rmSync(forkBare, { recursive: true, force: true });
    }
  });
});

describeIn('trusted', 'Opening a GitLab merge request with the stored GitLab token', () => {
  const config = () => vscode.workspace.getConfiguration('onramp');
  const TOKEN = 'glpat-onramp-test-token';

  it('pushes to the project and creates the merge request through the API, the token sent only to its API', async () => {
    const server = await ReplayServer.start();
    const routes = addGitLabProject(server, { accessLevel: 30 });
    const bare = mkdtempSync(join(tmpdir(), 'onramp-gitlab-bare-'));
    await simpleGit(bare).init(true);
    const repo = simpleGit(workspaceRoot().fsPath, { unsafe: { allowUnsafeUrlRewrite: true } });
    const api = await onrampApi();
    await config().update('forge.apiUrl', `${server.url}/api/v4`, vscode.ConfigurationTarget.Global);
    await repo.checkoutLocalBranch('7-gitlab-fix');
    try {
      await writeWorkspaceFile('src/gitlab-fix.txt', 'a fix\n');
      await repo.add('src/gitlab-fix.txt');
      await repo.commit('fix: a fix for GitLab', undefined, { '--signoff': null });
      await repo.addRemote('origin', `https://gitlab.com/${GITLAB_MR_PROJECT}.git`);
      await repo.addConfig('remote.origin.pushurl', bare);
      await api.refresh(workspaceRoot());
      await waitFor('the GitLab project from the remote', async () => (await api.facts(workspaceRoot()))?.project?.hostKind === 'gitlab');
      // The issue picker's "Set GitLab Token", as a person would run it (the token given, not typed).
      await vscode.commands.executeCommand('onramp.setGitLabToken', workspaceRoot().toString(), TOKEN);

      const outcome = await vscode.commands.executeCommand<{ kind: string; reason?: string; pullRequest?: { url: string; draft: boolean } }>('onramp.openPullRequest', workspaceRoot().toString(), { title: 'fix: a fix for GitLab', draft: true });
      assert.equal(outcome.kind, 'created', outcome.reason);
      assert.equal(outcome.pullRequest?.draft, true);
      const [post] = routes.created();
      assert.ok(post, 'a merge request was created through the API');
      assert.equal(post.headers['private-token'], TOKEN);
      const sent = JSON.parse(post.body) as { source_branch: string; target_branch: string; title: string };
      assert.deepEqual([sent.source_branch, sent.target_branch, sent.title], ['7-gitlab-fix', 'main', 'Draft: fix: a fix for GitLab']);
      assert.equal((await simpleGit(bare).raw(['rev-parse', '7-gitlab-fix'])).trim(), (await repo.revparse(['HEAD'])).trim(), 'the branch is on the project');
    } finally {
      await vscode.commands.executeCommand('onramp.setGitLabToken', workspaceRoot().toString(), '');
      await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
      await repo.removeRemote('origin').catch(() => undefined);
      await repo.checkout('main');
      await repo.deleteLocalBranch('7-gitlab-fix', true);
      await deleteWorkspaceFile('src/gitlab-fix.txt').catch(() => undefined);
      await api.refresh(workspaceRoot());
      await server.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
