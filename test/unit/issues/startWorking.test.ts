import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { issueForBranch, startWorking } from '../../../src/core/git/startWorking';

/** A bare "upstream" with main (2 commits) and a clone of it whose HEAD is one commit behind on its own branch. */
async function makeRepos(root: string): Promise<{ work: string; upstream: string }> {
  const upstream = join(root, 'upstream.git');
  const seed = join(root, 'seed');
  const work = join(root, 'work');
  await simpleGit().init(['--bare', '--initial-branch=main', upstream]);
  await simpleGit().init(['--initial-branch=main', seed]);
  const s = simpleGit(seed).addConfig('user.name', 'Seed').addConfig('user.email', 'seed@example.org');
  writeFileSync(join(seed, 'README.md'), 'one\n');
  await s.add('.').commit('first').addRemote('origin', upstream).push('origin', 'main');
  await simpleGit().clone(upstream, work, ['--origin', 'upstream']);
  await simpleGit(work).addConfig('user.name', 'Work').addConfig('user.email', 'work@example.org').checkoutLocalBranch('old-work');
  writeFileSync(join(seed, 'README.md'), 'one\ntwo\n');
  await s.add('.').commit('second').push('origin', 'main');
  return { work, upstream };
}

describe('start working on an issue (real git repositories)', function () {
  this.timeout(30_000);
  let root: string;
  let work: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'onramp-start-'));
    ({ work } = await makeRepos(root));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const start = (over: Partial<Parameters<typeof startWorking>[0]> = {}) => startWorking({ dir: work, remote: 'upstream', defaultBranch: 'main', branch: '42-fix-typo', issue: { number: 42, url: 'https://github.com/o/r/issues/42' }, ...over });

  it('creates the branch from the freshly fetched upstream default branch, checks it out and remembers the issue', async () => {
    const outcome = await start();
    assert.deepEqual(outcome, { kind: 'started', branch: '42-fix-typo', from: 'upstream/main', stash: null, carried: false });
    const git = simpleGit(work);
    assert.equal((await git.revparse(['--abbrev-ref', 'HEAD'])).trim(), '42-fix-typo');
    assert.equal(readFileSync(join(work, 'README.md'), 'utf8'), 'one\ntwo\n', 'the upstream commit made after the clone is there');
    assert.deepEqual(await issueForBranch(work, '42-fix-typo'), { number: 42, url: 'https://github.com/o/r/issues/42' });
  });

  it('with uncommitted changes it asks first and changes nothing', async () => {
    writeFileSync(join(work, 'notes.txt'), 'my notes\n');
    writeFileSync(join(work, 'README.md'), 'one\nmine\n');
    const outcome = await start();
    assert.deepEqual(outcome, { kind: 'dirty', files: ['README.md', 'notes.txt'] });
    assert.equal((await simpleGit(work).revparse(['--abbrev-ref', 'HEAD'])).trim(), 'old-work');
    assert.equal(readFileSync(join(work, 'README.md'), 'utf8'), 'one\nmine\n');
  });

  it('stash: the changes are kept in a stash that restores them', async () => {
    writeFileSync(join(work, 'notes.txt'), 'my notes\n');
    writeFileSync(join(work, 'README.md'), 'one\nmine\n');
    const outcome = await start({ dirty: 'stash' });
    assert.equal(outcome.kind, 'started');
    assert.ok(outcome.kind === 'started' && outcome.stash);
    assert.equal(existsSync(join(work, 'notes.txt')), false);
    const git = simpleGit(work);
    await git.checkout('old-work');
    await git.stash(['pop']);
    assert.equal(readFileSync(join(work, 'notes.txt'), 'utf8'), 'my notes\n');
    assert.equal(readFileSync(join(work, 'README.md'), 'utf8'), 'one\nmine\n');
  });

  it('carry over: changes that do not clash come along', async () => {
    writeFileSync(join(work, 'notes.txt'), 'my notes\n');
    const outcome = await start({ dirty: 'carry' });
    assert.equal(outcome.kind === 'started' && outcome.carried, true);
    assert.equal(readFileSync(join(work, 'notes.txt'), 'utf8'), 'my notes\n');
  });

  it('carry over: changes that would be overwritten stop it, and nothing is lost', async () => {
    writeFileSync(join(work, 'README.md'), 'one\nmine\n');
    const outcome = await start({ dirty: 'carry' });
    assert.equal(outcome.kind === 'failed' && outcome.reason, 'wouldOverwrite');
    assert.equal(readFileSync(join(work, 'README.md'), 'utf8'), 'one\nmine\n');
    assert.equal((await simpleGit(work).revparse(['--abbrev-ref', 'HEAD'])).trim(), 'old-work');
  });

  it('refuses to leave commits that are on no branch, and names an existing branch or a missing remote', async () => {
    const git = simpleGit(work);
    await git.checkout(['--detach']);
    writeFileSync(join(work, 'lost.txt'), 'x\n');
    await git.add('.').commit('only here');
    const stranded = await start();
    assert.equal(stranded.kind === 'failed' && stranded.reason, 'strandedCommits');
    assert.match(stranded.kind === 'failed' ? stranded.message : '', /detached/);

    await git.checkout(['-b', 'keep']);
    assert.equal((await start({ branch: 'keep' })).kind === 'failed', true);
    const noRemote = await start({ remote: 'nope' });
    assert.equal(noRemote.kind === 'failed' && noRemote.reason, 'noRemote');
  });

  it('an empty upstream: says there is nothing to start from', async () => {
    const empty = join(root, 'empty.git');
    await simpleGit().init(['--bare', empty]);
    await simpleGit(work).addRemote('bare', empty);
    const outcome = await start({ remote: 'bare' });
    assert.equal(outcome.kind === 'failed' && outcome.reason, 'emptyUpstream');
  });
});
