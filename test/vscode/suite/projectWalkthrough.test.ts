import * as assert from 'node:assert/strict';
import { simpleGit } from 'simple-git';
import * as vscode from 'vscode';
import type { WalkthroughView } from '../../../src/api';
import { ReplayServer } from '../../support/replayServer';
import { deleteWorkspaceFile, describeIn, onrampApi, waitFor, withFileMoved, workspaceRoot, writeWorkspaceFile } from './helpers';

const CONFIG = '.github/onramp.yml';

async function walkthrough(check: (w: WalkthroughView) => boolean, what: string): Promise<WalkthroughView> {
  const api = await onrampApi();
  return waitFor(what, async () => {
    const w = await api.walkthrough(workspaceRoot());
    return w && check(w) ? w : undefined;
  });
}

const stateOf = (w: WalkthroughView, id: string) => w.steps.find((s) => s.id === id)?.state;

/** Runs `body` with the maintainer file replaced by `text`, then puts the demo's file back. */
async function withConfig<T>(text: string, body: () => Promise<T>): Promise<T> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), CONFIG);
  const original = await vscode.workspace.fs.readFile(uri);
  await writeWorkspaceFile(CONFIG, text);
  try {
    return await body();
  } finally {
    await vscode.workspace.fs.writeFile(uri, original);
  }
}

describe('Project walkthrough', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('onramp.resetWalkthrough', workspaceRoot().toString());
  });

  it('shows the maintainer file\'s steps for this platform in order, each citing its line in the file', async () => {
    const w = await walkthrough((x) => x.from === 'config', 'the maintainer file\'s walkthrough');
    // The demo's `line-endings` step is for Windows only; these tests run on Linux.
    assert.deepEqual(w.steps.map((s) => s.id), ['read-guide', 'install', 'run-tests', 'final-newline', 'upstream', 'branch', 'commit', 'push']);
    assert.deepEqual(w.steps.slice(0, 2).map((s) => [s.origin, s.line]), [['config', 6], ['config', 19]]);
    assert.equal(w.next, 'read-guide');
  });

  it('marks a step done when the file it waits for appears, without being asked', async () => {
    await walkthrough((x) => stateOf(x, 'install') === 'notStarted', 'install not yet done');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspaceRoot(), 'node_modules'));
    try {
      const w = await walkthrough((x) => stateOf(x, 'install') === 'done', 'install done once node_modules exists');
      assert.match(w.steps.find((s) => s.id === 'install')?.reason ?? '', /node_modules exists/);
    } finally {
      await deleteWorkspaceFile('node_modules');
    }
    await walkthrough((x) => stateOf(x, 'install') === 'notStarted', 'install not done again once node_modules is gone');
  });

  it('keeps a manual tick, and forgets it on reset', async () => {
    await vscode.commands.executeCommand('onramp.markStepDone', workspaceRoot().toString(), 'read-guide');
    const w = await walkthrough((x) => stateOf(x, 'read-guide') === 'done', 'the ticked step done');
    assert.equal(w.next, 'install');
    await vscode.commands.executeCommand('onramp.resetWalkthrough', workspaceRoot().toString());
    await walkthrough((x) => stateOf(x, 'read-guide') === 'notStarted', 'the tick forgotten');
  });

  it('puts a malformed maintainer file\'s problem in the Problems panel at its line, and keeps the valid steps', async () => {
    const text = 'version: 1\nsteps:\n  - id: fine\n    title: A fine step\n  - id: Not Valid\n    title: Bad id\n';
    await withConfig(text, async () => {
      const uri = vscode.Uri.joinPath(workspaceRoot(), CONFIG);
      const diagnostic = await waitFor('a diagnostic on the maintainer file', () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Onramp'));
      assert.equal(diagnostic.range.start.line, 4, 'line 5 of the file, where the bad id is');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diagnostic.message, /id/);
      const w = await walkthrough((x) => x.steps.length === 1, 'the valid step only');
      assert.equal(w.steps[0].id, 'fine');
    });
  });

  it('writes a starting maintainer file from the guide that Onramp then reads as the walkthrough', async () => {
    await withFileMoved(CONFIG, async () => {
      // Watching is tested with the guide view; here the point is what the steps are, so read again at once.
      await (await onrampApi()).refresh(workspaceRoot());
      await walkthrough((x) => x.from === 'guide', 'a walkthrough from the guide');
      await vscode.commands.executeCommand('onramp.createMaintainerFile', workspaceRoot().toString());
      await (await onrampApi()).refresh(workspaceRoot());
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), CONFIG)));
        assert.match(text, /# from CONTRIBUTING\.md, line 15/);
        const w = await walkthrough((x) => x.from === 'config', 'the new file\'s walkthrough');
        assert.deepEqual(w.steps.map((s) => s.id), ['setup', 'test', 'pick-issue', 'branch', 'commit', 'pull-request']);
        // The previous test's problems go when the diagnostics catch up with the new file, a moment after its reading.
        await waitFor('no errors on the new maintainer file', () => vscode.languages.getDiagnostics(vscode.Uri.joinPath(workspaceRoot(), CONFIG)).every((d) => d.severity !== vscode.DiagnosticSeverity.Error));
      } finally {
        await deleteWorkspaceFile(CONFIG);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });
  });

  it('derives the steps from the guide when there is no maintainer file', async () => {
    await withFileMoved(CONFIG, async () => {
      await (await onrampApi()).refresh(workspaceRoot());
      const w = await walkthrough((x) => x.from === 'guide', 'a walkthrough from the guide');
      assert.deepEqual(w.steps.map((s) => s.id), ['setup', 'test', 'pick-issue', 'branch', 'commit', 'pull-request']);
      const setup = w.steps[0];
      assert.deepEqual([setup.origin, setup.line], ['guide', 15], 'the first setup command\'s line in CONTRIBUTING.md');
    });
  });
});

const RUN_CONFIG = [
  'version: 1',
  'steps:',
  '  - id: fails',
  '    title: A command that fails',
  '    actions:',
  '      - run: node -e "process.exit(3)"',
  '    done:',
  '      command: node -e "process.exit(3)"',
  '  - id: works',
  '    title: A command that works',
  '    actions:',
  '      - run: node -e "process.exit(0)"',
  '    done:',
  '      command: node -e "process.exit(0)"',
  '',
].join('\n');

interface Outcome {
  kind: string;
  exitCode?: number;
  reason?: string;
}

describeIn('trusted', 'Project walkthrough run actions', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('onramp.resetWalkthrough', workspaceRoot().toString());
  });

  it('runs a step\'s command as a task on click, and its exit code marks the step failed or done', async () => {
    await withConfig(RUN_CONFIG, async () => {
      await walkthrough((x) => x.steps.length === 2 && x.steps[0].id === 'fails', 'the test walkthrough');
      const failed = (await vscode.commands.executeCommand('onramp.runStepAction', workspaceRoot().toString(), 'fails', 0)) as Outcome;
      assert.deepEqual(failed, { kind: 'ran', exitCode: 3 });
      await walkthrough((x) => stateOf(x, 'fails') === 'failed', 'the failing step failed');
      const worked = (await vscode.commands.executeCommand('onramp.runStepAction', workspaceRoot().toString(), 'works', 0)) as Outcome;
      assert.deepEqual(worked, { kind: 'ran', exitCode: 0 });
      const w = await walkthrough((x) => stateOf(x, 'works') === 'done', 'the working step done');
      assert.match(w.steps[1].reason, /succeeded/);
    });
  });
});

describeIn('restricted', 'Project walkthrough run actions', () => {
  it('refuses to run a step\'s command before the folder is trusted, and the step is neither done nor failed', async () => {
    await withConfig(RUN_CONFIG, async () => {
      await walkthrough((x) => x.steps.length === 2 && x.steps[0].id === 'fails', 'the test walkthrough');
      const outcome = (await vscode.commands.executeCommand('onramp.runStepAction', workspaceRoot().toString(), 'works', 0)) as Outcome;
      assert.equal(outcome.kind, 'refused');
      assert.match(outcome.reason ?? '', /Restricted Mode/);
      const w = await walkthrough(() => true, 'the walkthrough');
      assert.equal(stateOf(w, 'works'), 'inProgress', 'clicked, so started, but nothing ran');
    });
  });

  it('shows git steps as unknown rather than guessing, since Git is off in Restricted Mode', async () => {
    const w = await walkthrough((x) => x.from === 'config' && x.steps.length === 8, 'the demo maintainer file\'s walkthrough');
    assert.match(w.gitUnavailable ?? '', /Restricted Mode/);
    assert.equal(stateOf(w, 'branch'), 'notStarted');
  });
});

/** A maintainer file whose base lives in another repository of the project's host (github.com, served from 127.0.0.1). */
const REMOTE_CONFIG = ['version: 1', 'extends: onramp-demo/team-onboarding:onramp/base.yml@v1', 'steps:', '  - id: local-step', '    title: A step of this repository', ''].join('\n');
const REMOTE_BASE = ['steps:', '  - id: sign-cla', '    title: Sign the CLA', '  - id: team-tests', '    title: Run the team\'s checks', 'bogus: 1', ''].join('\n');
const REMOTE_PATH = '/repos/onramp-demo/team-onboarding/contents/onramp/base.yml';

/** The demo project as the workspace's origin, and the forge API (`onramp.forge.apiUrl`, a user setting) on a replay server. */
function withTeamBase(): { server: () => ReplayServer } {
  let server: ReplayServer | undefined;
  const setOrigin = async (url: string | null) => {
    const git = simpleGit(workspaceRoot().fsPath);
    if ((await git.getRemotes()).some((r) => r.name === 'origin')) await git.removeRemote('origin');
    if (url) await git.addRemote('origin', url);
  };
  before(async () => {
    server = await ReplayServer.start();
    const body = { type: 'file', encoding: 'base64', size: Buffer.byteLength(REMOTE_BASE), content: Buffer.from(REMOTE_BASE).toString('base64') };
    server.add({ path: REMOTE_PATH, query: { ref: 'v1' }, reply: { body, etag: '"team-base-v1"' } });
    await vscode.workspace.getConfiguration('onramp').update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    await setOrigin('https://github.com/onramp-demo/widget.git');
  });
  after(async () => {
    await vscode.workspace.getConfiguration('onramp').update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await setOrigin(null);
    await (await onrampApi()).refresh(workspaceRoot());
    await server?.close();
  });
  return { server: () => server as ReplayServer };
}

const configDiagnostic = (pattern: RegExp) => {
  const uri = vscode.Uri.joinPath(workspaceRoot(), CONFIG);
  return waitFor(`a diagnostic matching ${pattern}`, () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Onramp' && pattern.test(d.message)));
};

describeIn('trusted', 'Project walkthrough: a base in another repository', () => {
  const forge = withTeamBase();

  it('fetches the base from the project\'s host and shows its steps before the file\'s own, its problems at the extends line', async () => {
    await withConfig(REMOTE_CONFIG, async () => {
      await (await onrampApi()).refresh(workspaceRoot());
      const w = await walkthrough((x) => x.steps.some((s) => s.id === 'sign-cla'), 'the remote base\'s steps');
      assert.deepEqual(w.steps.map((s) => s.id), ['sign-cla', 'team-tests', 'local-step']);
      const diagnostic = await configDiagnostic(/In the base onramp-demo\/team-onboarding:onramp\/base\.yml@v1, line 6: Unknown key "bogus"/);
      assert.equal(diagnostic.range.start.line, 1, 'shown at the extends line (line 2)');
      const requests = forge.server().requests;
      assert.ok(requests.length > 0);
      assert.deepEqual([...new Set(requests.map((r) => r.url))], [`${REMOTE_PATH}?ref=v1`], 'only the base was asked for');
      assert.deepEqual(forge.server().unanswered, []);
    });
  });

  it('says at the extends line why a base is missing, and the file\'s own steps still work', async () => {
    forge.server().add({ path: '/repos/onramp-demo/team-onboarding/contents/onramp/missing.yml', reply: { status: 404, body: { message: 'Not Found' } } });
    await withConfig(REMOTE_CONFIG.replace('onramp/base.yml@v1', 'onramp/missing.yml'), async () => {
      await (await onrampApi()).refresh(workspaceRoot());
      const diagnostic = await configDiagnostic(/could not be fetched: github\.com has no file onramp\/missing\.yml in onramp-demo\/team-onboarding/);
      assert.equal(diagnostic.range.start.line, 1);
      const w = await walkthrough((x) => x.steps.some((s) => s.id === 'local-step'), 'the file\'s own step');
      assert.deepEqual(w.steps.map((s) => s.id), ['local-step']);
    });
  });

  it('uses the cached copy when the host cannot be reached, and says how old it is', async () => {
    await withConfig(REMOTE_CONFIG, async () => {
      await (await onrampApi()).refresh(workspaceRoot());
      await walkthrough((x) => x.steps.some((s) => s.id === 'sign-cla'), 'the remote base\'s steps');
      await forge.server().close();
      await (await onrampApi()).refresh(workspaceRoot());
      const diagnostic = await configDiagnostic(/github\.com could not be reached, so Onramp uses its copy of the base "onramp-demo\/team-onboarding:onramp\/base\.yml@v1" fetched just now/);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      const w = await walkthrough(() => true, 'the walkthrough');
      assert.deepEqual(w.steps.map((s) => s.id), ['sign-cla', 'team-tests', 'local-step']);
    });
  });
});

describeIn('restricted', 'Project walkthrough: a base in another repository', () => {
  const forge = withTeamBase();

  it('requests nothing in Restricted Mode: the file\'s own steps only, and a sentence at the extends line why', async () => {
    await withConfig(REMOTE_CONFIG, async () => {
      await (await onrampApi()).refresh(workspaceRoot());
      const w = await walkthrough((x) => x.steps.some((s) => s.id === 'local-step'), 'the file\'s own step');
      assert.deepEqual(w.steps.map((s) => s.id), ['local-step']);
      const diagnostic = await configDiagnostic(/was not fetched: .*only in the editor, in a trusted workspace/);
      assert.equal(diagnostic.range.start.line, 1);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      // The Problems panel and the view have both had the reading; had anything been fetched, it would be logged.
      assert.deepEqual(forge.server().requests, []);
    });
  });
});

describeIn('trusted', 'Project walkthrough while idle', () => {
  it('does no work when Git refreshes its status and nothing changed, and follows a real change of branch', async () => {
    const api = await onrampApi();
    await walkthrough((x) => x.from === 'config', 'the demo maintainer file\'s walkthrough');
    await vscode.commands.executeCommand('git.refresh');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let events = 0;
    const listener = api.onDidChangeWalkthrough(() => events++);
    const git = simpleGit(workspaceRoot().fsPath);
    const base = (await git.branchLocal()).current;
    try {
      // Git reports a status run as a change of its state; the walkthrough waits longer than its settling delay.
      await vscode.commands.executeCommand('git.refresh');
      await vscode.commands.executeCommand('git.refresh');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(events, 0, 'no walkthrough change while nothing the steps look at changed');
      await git.checkoutLocalBranch('idle-test-branch');
      await vscode.commands.executeCommand('git.refresh');
      await waitFor('a walkthrough change once the branch changed', () => events > 0);
    } finally {
      listener.dispose();
      await git.checkout(base);
      if ((await git.branchLocal()).all.includes('idle-test-branch')) await git.deleteLocalBranch('idle-test-branch', true);
      // Later suites read the branch through VS Code's Git: wait until it has seen the switch back.
      await vscode.commands.executeCommand('git.refresh');
      await waitFor(`VS Code's Git back on ${base}`, async () => { const g = await api.git(workspaceRoot()); return g.available && g.branch === base; });
    }
  });
});
