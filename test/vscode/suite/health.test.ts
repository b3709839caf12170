import * as assert from 'node:assert/strict';
import { simpleGit } from 'simple-git';
import * as vscode from 'vscode';
import type { ItemRef } from '../../../src/core/health/types';
import type { HealthShown } from '../../../src/maintainers/healthView';
import { ReplayServer } from '../../support/replayServer';
import { addGitHubHealth } from '../../unit/health/scenarios';
import { activeTab, closeAllEditors, deleteWorkspaceFile, describeIn, onrampApi, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

const REMOTE = 'https://github.com/onramp-demo/widget.git';
const config = () => vscode.workspace.getConfiguration('onramp');
const numbers = (items: readonly ItemRef[] | undefined) => items?.map((i) => i.number);

async function useRemote(url: string | null): Promise<void> {
  const git = simpleGit(workspaceRoot().fsPath);
  if ((await git.getRemotes()).some((r) => r.name === 'origin')) await git.removeRemote('origin');
  if (url) await git.addRemote('origin', url);
  await (await onrampApi()).refresh(workspaceRoot());
}

async function showHealth(days = 30): Promise<HealthShown> {
  const shown = await vscode.commands.executeCommand<HealthShown | undefined>('onramp.showNewcomerHealth', workspaceRoot().toString(), days);
  assert.ok(shown, 'the command showed something');
  return shown;
}

/** The crafted GitHub answers of test/unit/health/scenarios.ts on 127.0.0.1, as the user's API address. */
function withHealthForge(): () => ReplayServer {
  let server: ReplayServer | undefined;
  before(async () => {
    server = await ReplayServer.start();
    addGitHubHealth(server);
    await config().update('forge.apiUrl', server.url, vscode.ConfigurationTarget.Global);
    await useRemote(REMOTE);
  });
  after(async () => {
    await closeAllEditors();
    await config().update('forge.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await useRemote(null);
    await server?.close();
  });
  return () => server as ReplayServer;
}

describe('Show Newcomer Health', () => {
  const server = withHealthForge();

  it('shows the figures worked out by hand, with ECharts charts, in a webview whose links are the figures\' items', async () => {
    const shown = await showHealth(30);
    assert.equal(shown.problem, null, shown.problem ?? '');
    assert.equal(shown.repository, 'onramp-demo/widget');
    const h = shown.health;
    assert.ok(h);
    assert.deepEqual(numbers(h.supply.available), [31]);
    assert.deepEqual(h.response.firstTimers.firstResponse, { hours: 2.5, count: 2 });
    assert.deepEqual(h.response.others.firstResponse, { hours: 10, count: 1 });
    assert.deepEqual([numbers(h.outcome.merged), numbers(h.outcome.closedUnmerged), numbers(h.outcome.open)], [[43], [45], [40, 41, 42]]);
    assert.deepEqual(numbers(h.outcome.waiting['failing-checks']), [40], 'the head commit\'s failed status');
    assert.deepEqual(numbers(h.outcome.waiting['review-requested']), [41]);
    assert.deepEqual(numbers(h.outcome.waiting.silence), [42]);
    assert.deepEqual(h.retention.returned.map((r) => r.author), ['fay']);

    const html = shown.html;
    assert.match(html, /1 open, unassigned beginner issues now\./);
    assert.match(html, /Merged 1, closed unmerged 1, still open 3; time to merge: 24 h \(median of 1\)\./);
    assert.match(html, /<svg [^>]*role="img" aria-label="Where the open ones wait"/, 'an ECharts chart, as static SVG');
    assert.match(html, /data-url="https:\/\/github\.com\/onramp-demo\/widget\/pull\/40">#40<\/a>/);
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    // Styles: the webview's own resources and the nonce; scripts: the nonce only; nothing else (no images, no connections).
    assert.match(csp, /^default-src 'none'; style-src [^;]*'nonce-([^']+)'; script-src 'nonce-\1';$/);
    assert.doesNotMatch(csp, /unsafe-|img-src|connect-src|frame-src/);
    assert.doesNotMatch(html, /command:|style="|<img|\ssrc=/i);
    assert.equal(activeTab()?.viewType?.endsWith('onramp.newcomerHealth'), true, `the active tab is the health page, not ${JSON.stringify(activeTab())}`);
    assert.ok(server().requests.some((r) => r.url.startsWith('/repos/onramp-demo/widget/commits/aaa/check-runs')), 'the checks were asked of the local server');
  });

  it('says in one sentence why there are no figures: the forge unreachable, no remote, a host that is neither GitHub nor GitLab', async () => {
    await config().update('forge.apiUrl', 'http://127.0.0.1:9', vscode.ConfigurationTarget.Global);
    try {
      const offline = await showHealth(90);
      assert.equal(offline.health, null);
      assert.match(offline.problem ?? '', /Could not reach 127\.0\.0\.1:9|did not answer/);
      assert.match(offline.html, /class="problem" role="alert">/);
    } finally {
      await config().update('forge.apiUrl', server().url, vscode.ConfigurationTarget.Global);
    }
    await useRemote(null);
    try {
      const noRemote = await showHealth(365);
      assert.match(noRemote.problem ?? '', /No git remote/);
      await useRemote('https://git.example.org/team/widget.git');
      const otherHost = await showHealth(30);
      assert.match(otherHost.problem ?? '', /git\.example\.org is neither GitHub nor GitLab/);
    } finally {
      await useRemote(REMOTE);
    }
  });
});

describeIn('restricted', 'Show Newcomer Health in Restricted Mode', () => {
  const server = withHealthForge();
  let other: ReplayServer;
  before(async () => {
    other = await ReplayServer.start();
    addGitHubHealth(other);
  });
  after(async () => {
    await deleteWorkspaceFile('.vscode');
    await other.close();
  });

  it('reads the forge at the user\'s API address, ignoring the workspace\'s, and says so on the page', async () => {
    // Restricted Mode hides the restricted setting's workspace value; a harmless setting beside it shows the file was read.
    await writeWorkspaceFile('.vscode/settings.json', JSON.stringify({ 'onramp.forge.apiUrl': other.url, 'onramp.guide.openMode': 'source' }));
    await waitFor('the workspace settings file', () => config().inspect<string>('guide.openMode')?.workspaceValue === 'source');
    server().reset();
    const shown = await showHealth(30);
    assert.equal(shown.problem, null, shown.problem ?? '');
    assert.deepEqual(numbers(shown.health?.outcome.open), [40, 41, 42]);
    assert.ok(server().requests.length > 0, 'the user setting\'s server answered');
    assert.equal(other.requests.length, 0, 'the workspace setting\'s server was never asked');
    assert.match(shown.html, /Restricted Mode: the workspace&#39;s onramp\.forge\.apiUrl is ignored/);
  });
});
