import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { readRepoState } from '../../../src/core/git/repoState';

/** A bare upstream with main, a clone whose remote is `upstream`, a branch with one commit, and main moved on. */
async function makeRepos(root: string): Promise<{ work: string; seed: string }> {
  const upstream = join(root, 'upstream.git');
  const seed = join(root, 'seed');
  const work = join(root, 'work');
  await simpleGit().init(['--bare', '--initial-branch=main', upstream]);
  await simpleGit().init(['--initial-branch=main', seed]);
  const s = simpleGit(seed).addConfig('user.name', 'Seed').addConfig('user.email', 'seed@example.org');
  writeFileSync(join(seed, 'README.md'), 'one\n');
  await s.add('.').commit('first').addRemote('origin', upstream).push('origin', 'main');
  await simpleGit().clone(upstream, work);
  const w = simpleGit(work).addConfig('user.name', 'Work').addConfig('user.email', 'work@example.org');
  await w.checkoutLocalBranch('12-trim');
  writeFileSync(join(work, 'slug.txt'), 'trimmed\n');
  writeFileSync(join(work, 'CHANGELOG.md'), '- trim\n');
  await w.add('.').commit('fix: trim dashes');
  return { work, seed };
}

describe('repository state for the checklist (real git repositories)', function () {
  this.timeout(30_000);
  let root: string;
  let work: string;
  let seed: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'onramp-state-'));
    ({ work, seed } = await makeRepos(root));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the branch, the base on the remote, the commits and files since, and that nothing is pushed', async () => {
    const s = await readRepoState(work, { baseBranch: 'main' });
    assert.equal(s.branch, '12-trim');
    assert.deepEqual(s.base, { name: 'main', ref: 'origin/main' });
    assert.equal(s.tracking, null);
    assert.equal(s.behind, 0);
    assert.deepEqual(s.commits?.map((c) => c.message), ['fix: trim dashes']);
    assert.deepEqual([...s.changedFiles].sort(), ['CHANGELOG.md', 'slug.txt']);
  });

  it('counts how far behind the fetched base is, and sees the push with its tracking branch', async () => {
    writeFileSync(join(seed, 'README.md'), 'one\ntwo\n');
    await simpleGit(seed).add('.').commit('second').push('origin', 'main');
    await simpleGit(work).fetch('origin');
    await simpleGit(work).push(['-u', 'origin', '12-trim']);
    const s = await readRepoState(work);
    assert.equal(s.base.name, 'main', 'the remote default branch when the guide names none');
    assert.equal(s.behind, 1);
    assert.equal(s.tracking, 'origin/12-trim');
    assert.equal(s.unpushed, 0);
    writeFileSync(join(work, 'slug.txt'), 'again\n');
    await simpleGit(work).add('.').commit('fix: again');
    assert.equal((await readRepoState(work)).unpushed, 1);
  });

  it("prefers the `upstream` remote's base, remembers the branch's issue, and says when the base is missing", async () => {
    await simpleGit(work).raw(['remote', 'add', 'upstream', join(root, 'upstream.git')]);
    await simpleGit(work).raw(['fetch', 'upstream']);
    await simpleGit(work).addConfig('branch.12-trim.onrampIssue', '12');
    const s = await readRepoState(work, { baseBranch: 'main' });
    assert.equal(s.base.ref, 'upstream/main');
    assert.equal(s.issue?.number, 12);
    const missing = await readRepoState(work, { baseBranch: 'develop' });
    assert.deepEqual([missing.base.ref, missing.behind, missing.commits], [null, null, null]);
  });
});
