import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 24: every text below is written for the test; each rule has a near miss that must keep its old answer.

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const base = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).baseBranch?.value ?? null;
const setupOf = async (text: string) => (await read({ 'CONTRIBUTING.md': text })).commands.setup.map((c) => c.command);

describe('reader rules (session 24)', () => {
  describe('the base branch', () => {
    it('a role whose adjective is the name ("The main development branch ... is `main`") still names it', async () => {
      assert.equal(await base('## Pull requests\n\nThe main development branch of the repository is `main`.'), 'main');
      assert.equal(await base('## Pull requests\n\nThe primary development branch of the project is `develop`.'), 'develop');
    });
    it('near miss: "v2 related PRs go against the `v2` branch" is still a base for some changes only', async () => {
      assert.equal(await base('Please open v2 related PRs against the `v2` branch.'), null);
    });
    it('`git checkout master -b my-feature`: the start point before the new branch\'s name', async () => {
      assert.equal(await base('Start a branch:\n\n```sh\ngit checkout master -b my-feature\n```'), 'master');
      assert.equal(await base('Start a branch:\n\n```sh\ngit checkout upstream/develop -b my-fix\n```'), 'develop');
    });
    it('near miss: a start point that is no likely base (a tag, a commit) names none', async () => {
      assert.equal(await base('Start a branch:\n\n```sh\ngit checkout v1.2.3 -b my-feature\n```'), null);
    });
    it('work on "the latest possible state of" a branch, a pull request "towards" one (by concepts)', async () => {
      assert.equal(await base('- Work on the latest possible state of **acme/master**'), 'master');
      assert.equal(await base('Open your pull request towards the `develop` branch.'), 'develop');
    });
  });

  describe('`make install` in a setup section', () => {
    it('is a setup step in a block under a setup heading', async () => {
      const setup = await setupOf('# Contributing\n\n## Setup\n\nFirst install the toolchain, then:\n\n```sh\n./configure\nmake\nmake install\n```\n');
      assert.deepEqual(setup, ['./configure', 'make', 'make install']);
    });
    it('near misses: a comment that says it goes into the system; a block under another heading', async () => {
      assert.deepEqual(await setupOf('# Contributing\n\n## Setup\n\n```sh\n./configure\nmake\n# install it system-wide\nsudo make install\n```\n'), ['./configure', 'make']);
      assert.deepEqual(await setupOf('# Contributing\n\n## Releasing\n\n```sh\nmake\nmake install\n```\n'), []);
    });
  });
});
