import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleGit, SimpleGit } from 'simple-git';
import { readHistory, commitsSince } from '../../../src/core/git/history';
import { signOffCommits } from '../../../src/core/git/signOff';
import { installCommitMsgHook, planCommitMsgHook } from '../../../src/core/git/commitMsgHook';

const ME = { name: 'Ada Lovelace', email: 'ada@example.org' };

async function repo(): Promise<{ dir: string; git: SimpleGit }> {
  const dir = mkdtempSync(join(tmpdir(), 'onramp-git-'));
  const git = simpleGit(dir);
  await git.init(['-b', 'main']);
  await git.addConfig('user.name', ME.name).addConfig('user.email', ME.email).addConfig('commit.gpgSign', 'false');
  return { dir, git };
}

async function commit(git: SimpleGit, dir: string, message: string, file = `f${Math.random()}`): Promise<void> {
  writeFileSync(join(dir, file), message);
  await git.add(file);
  await git.commit(message);
}

describe('git operations on real repositories', function () {
  this.timeout(60_000);
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('reads history without running the programs the repository config names', async () => {
    const { dir, git } = await repo();
    made.push(dir);
    const marker = join(dir, 'ran');
    const program = join(dir, 'evil.sh');
    writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
    for (let k = 0; k < 3; k++) await commit(git, dir, `feat: change ${k}`);
    // Set with git itself, after the commits (simple-git rightly refuses to set core.fsmonitor).
    for (const key of ['core.fsmonitor', 'gpg.program', 'diff.external', 'core.pager']) execFileSync('git', ['config', key, program], { cwd: dir });
    execFileSync('git', ['config', 'log.showSignature', 'true'], { cwd: dir });
    const read = await readHistory(dir, 'main', 10);
    assert.deepEqual(read.commits.map((c) => c.message), ['feat: change 2', 'feat: change 1', 'feat: change 0']);
    assert.equal(read.note, null);
    assert.equal(existsSync(marker), false, 'a program from the repository config ran');
  });

  it('reads an empty repository and a missing base with clear notes', async () => {
    const { dir, git } = await repo();
    made.push(dir);
    assert.equal((await readHistory(dir, 'main')).note, 'The repository has no commits yet.');
    await commit(git, dir, 'first');
    const read = await readHistory(dir, 'develop');
    assert.equal(read.ref, 'HEAD');
    assert.match(read.note ?? '', /"develop" was not found/);
    await git.checkout(['--detach']);
    assert.equal((await readHistory(dir, null)).commits.length, 1);
  });

  it('signs off a branch\'s commits after a backup ref, refusing a dirty tree, and tells whether it was pushed', async () => {
    const { dir, git } = await repo();
    made.push(dir);
    await commit(git, dir, 'base', 'a');
    await git.checkoutLocalBranch('topic');
    await commit(git, dir, 'feat: one', 'b');
    await commit(git, dir, `feat: two\n\nSigned-off-by: ${ME.name} <${ME.email}>`, 'c');
    // A "pushed" copy: a remote-tracking ref holding the old head.
    await git.raw(['update-ref', 'refs/remotes/origin/topic', 'HEAD']);
    writeFileSync(join(dir, 'a'), 'dirty');
    const refused = await signOffCommits(dir, 'main', ME);
    assert.equal(refused.kind, 'refused');
    await git.checkout(['--', 'a']);
    const oldHead = (await git.revparse(['HEAD'])).trim();
    const result = await signOffCommits(dir, 'main', ME, new Date('2025-01-02T03:04:05Z'));
    assert.equal(result.kind, 'signed');
    if (result.kind !== 'signed') return;
    assert.equal(result.signed, 1);
    assert.equal(result.backupRef, 'refs/onramp/backup/topic-20250102T030405Z');
    assert.equal((await git.revparse([result.backupRef])).trim(), oldHead);
    assert.deepEqual(result.pushedTo, ['origin/topic']);
    const since = await commitsSince(dir, 'main');
    assert.ok(!('error' in since));
    if ('error' in since) return;
    for (const c of since.commits) assert.equal(c.message.split('\n').filter((l) => l === `Signed-off-by: ${ME.name} <${ME.email}>`).length, 1, c.message);
    assert.equal((await signOffCommits(dir, 'main', ME)).kind, 'nothing-to-do');
  });

  it('installs a commit-msg hook that rejects a bad message and accepts a good one, chaining an existing hook only when asked', async function () {
    const root = resolve(__dirname, '../../../..');
    const cli = join(root, 'dist/cli.js');
    if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    const { dir, git } = await repo();
    made.push(dir);
    writeFileSync(join(dir, '.commitlintrc.json'), '{"extends":["@commitlint/config-conventional"]}');
    await git.add('.commitlintrc.json');
    await git.commit('chore: add commitlint config');
    const existing = join(dir, '.git/hooks/commit-msg');
    const chainedRan = join(dir, 'chained-ran');
    writeFileSync(existing, `#!/bin/sh\ntouch '${chainedRan}'\n`, { mode: 0o755 });

    const plan = await planCommitMsgHook(dir, process.execPath, cli);
    assert.ok(!('error' in plan));
    if ('error' in plan) return;
    assert.equal(plan.existing, 'other');
    assert.equal(installCommitMsgHook(plan).kind, 'needs-decision');
    assert.match(readFileSync(existing, 'utf8'), /chained-ran/, 'the existing hook was overwritten without consent');
    assert.equal(installCommitMsgHook(plan, { chain: true }).kind, 'chained');

    writeFileSync(join(dir, 'x'), '1');
    await git.add('x');
    const bad = spawnSync('git', ['commit', '-m', 'Bad Message.'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(bad.status, 0, 'a bad message was committed');
    assert.match(bad.stdout + bad.stderr, /type-empty/);
    assert.ok(existsSync(chainedRan), 'the chained hook did not run');
    const good = spawnSync('git', ['commit', '-m', 'feat: add x'], { cwd: dir, encoding: 'utf8' });
    assert.equal(good.status, 0, good.stderr);

    // A husky setup is explained, never edited.
    writeFileSync(join(dir, '.pre-commit-config.yaml'), 'repos: []\n');
    const again = await planCommitMsgHook(dir, process.execPath, cli);
    if ('error' in again) return assert.fail(again.error);
    const explained = installCommitMsgHook(again, { chain: true });
    assert.equal(explained.kind, 'explain');
  });
});
