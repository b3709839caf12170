import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 10's process-fact rules: each kind with guides of my own words, and near-misses where the same words must
// not fire (a style rule, a release procedure, a maintainers' section, a FAQ, a benchmark run).

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const baseOf = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;

describe('process facts, session 10', () => {
  describe('base branch: what a patch must apply to', () => {
    for (const [prose, expected] of [
      ['When preparing patches:\n\n- Patches must apply against HEAD of the main branch\n- Keep them small', 'main'],
      ['Your series should apply cleanly on top of `next`.', 'next'],
      ['Each patch has to apply to the tip of the devel branch.', 'devel'],
    ] as const) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await baseOf(prose), expected));
    }
    for (const [why, prose] of [
      ['a rule that applies to a package', 'These naming rules apply to the main package only.'],
      ['a style rule that applies to a kind of file', 'The same formatting rules apply to the stable headers.'],
      ['a licence that applies to a folder', 'The licence terms apply against all of the vendored code.'],
    ]) {
      it(`not for ${why}`, async () => assert.equal(await baseOf(prose), null));
    }
  });

  describe('base branch: where to base work, with the usual answer in a clause', () => {
    it('"create a topic branch from where you want to base your work (this is usually the main branch)"', async () => {
      assert.equal(await baseOf('* Create a topic branch from where you want to base your work (this is usually the main branch).'), 'main');
    });
    it('"branch off whatever you like, which is typically the `develop` branch"', async () => {
      assert.equal(await baseOf('Fork the project and branch off the line you want to change, which is typically the `develop` branch.'), 'develop');
    });
    it('not a sentence about the default branch of a release', async () => {
      assert.equal(await baseOf('The documentation site is built nightly; this is usually the main website.'), null);
    });
  });

  describe('base branch: a name followed by a preposition or an -ing word is still a name', () => {
    it('"rebase on top of latest main using `git rebase --onto`"', async () => {
      assert.equal(await baseOf('A long-lived branch needs you to rebase on top of latest main using `git rebase --onto` from time to time.'), 'main');
    });
    it('"rebase onto main from time to time"', async () => {
      assert.equal(await baseOf('Remember to rebase onto main from time to time.'), 'main');
    });
    it('an adjective before a noun is still no name: "based on the main idea"', async () => {
      assert.equal(await baseOf('Your pull request should be based on the main design discussed in the issue.'), null);
    });
  });

  describe('base branch: a benchmark compared against a branch is no base', () => {
    it('"run the benchmarks of your branch against master"', async () => {
      assert.equal(await baseOf('## Benchmarks\n\nTo run all benchmarks of your branch against master, use the script `bench/compare.sh`.'), null);
    });
    it('"measure the performance of your branch against main"', async () => {
      assert.equal(await baseOf('Please measure the performance of your branch against main before claiming a speed-up.'), null);
    });
    it('a pull request against master is still the base', async () => {
      assert.equal(await baseOf('Open your pull request against master. Benchmarks are welcome in the description.'), 'master');
    });
  });
});
