import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Rules that follow a guide's structure (its headings, code blocks and lists) rather than one project's wording.
 * Each case is a small guide written for the test.
 */
const read = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const commandsOf = async (files: Record<string, string>) => {
  const { commands } = await read(files);
  return { setup: commands.setup.map((c) => c.command), test: commands.test.map((c) => c.command), lint: commands.lint.map((c) => c.command) };
};

describe('commands: a native build and the tools a step needs', () => {
  it('reads configuring a native build as setup, even under a heading about tests (CMake, autotools)', async () => {
    const found = await commandsOf({
      'CONTRIBUTING.md': '# Hacking\n\n## Running the test suite\n\n```sh\nsh autogen.sh\n./configure --prefix=/tmp/x\nmake check\n```\n\nOr with CMake:\n\n```sh\ncmake -S . -B out\ncmake --build out\nctest --test-dir out\n```\n',
    });
    assert.deepEqual(found.setup, ['sh autogen.sh', './configure --prefix=/tmp/x', 'cmake -S . -B out', 'cmake --build out']);
    assert.deepEqual(found.test, ['make check', 'ctest --test-dir out']);
  });

  it('reads a configure subcommand as setup even when it enables the tests', async () => {
    const found = await commandsOf({ 'CONTRIBUTING.md': '## Running the tests\n\n```\nhpack configure --enable-tests\nhpack test\n```\n'.replace(/hpack/g, 'cabal') });
    assert.deepEqual(found.setup, ['cabal configure --enable-tests']);
    assert.deepEqual(found.test, ['cabal test']);
  });

  it('takes a tool installed for the whole machine under a lint heading as the setup for that step', async () => {
    const found = await commandsOf({ 'CONTRIBUTING.md': '## Formatting\n\nWe format Markdown with a separate tool:\n\n```sh\ncargo install mdfmt\nmdfmt fmt\n```\n' });
    assert.deepEqual(found.setup, ['cargo install mdfmt']);
  });

  it('still leaves out a global install in a section that gives no step', async () => {
    const found = await commandsOf({ 'CONTRIBUTING.md': '## Ideas\n\nSome of us like this viewer:\n\n```sh\ncargo install mdview\n```\n' });
    assert.deepEqual(found.setup, []);
  });
});

describe('discuss first: where a feature starts', () => {
  const discussFirstOf = async (guide: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }))).discussFirst;

  it('reads "propose new features by opening a discussion" as discussing first', async () => {
    assert.equal((await discussFirstOf('## Ways to help\n\n- **Ideas**: Propose new features by opening a GitHub Discussion.\n- **Bugs**: fix them.\n'))?.value, true);
  });

  it('reads "if you plan something big" after the advice to open an issue as discussing first', async () => {
    const guide = '## Before you code\n\nWhen unsure, open an issue or ask on the forum.\n\nDo that above all if you plan to work on something large. Nobody likes wasted work.\n';
    const found = await discussFirstOf(guide);
    assert.equal(found?.value, true);
    assert.equal(found?.source.line, 5);
  });

  it('reads a "before implementing a feature" lead-in followed by "open a ticket" as discussing first', async () => {
    const guide = '## New features\n\nBefore asking for or implementing a new feature, do this:\n\n- Search the plugin list.\n- Search the tracker.\n\nThen open a ticket and tell us why the feature belongs here.\n';
    assert.equal((await discussFirstOf(guide))?.value, true);
  });

  it('does not read "if you plan something big" alone, or a lead-in without a ticket, as discussing first', async () => {
    assert.equal(await discussFirstOf('## Notes\n\nIf you plan to work on something big, take breaks.\n'), null);
    assert.equal(await discussFirstOf('## New features\n\nBefore implementing a new feature, read the architecture notes.\n\nThen write the code and its tests.\n'), null);
  });
});

describe('base branch: what a branch follows and where the pull request goes', () => {
  const baseOf = async (files: Record<string, string>) => (await read(files)).baseBranch;

  it('reads the branch a feature branch is kept up to date with', async () => {
    assert.equal(await baseOf({ '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] My branch is up-to-date with `trunk` (rebase it if not).\n' }), 'trunk');
  });

  it('reads a base role with its name in parentheses', async () => {
    assert.equal(await baseOf({ 'CONTRIBUTING.md': 'Your bug may already be fixed in the development branch (`next`).\n' }), 'next');
  });

  it('reads the base from a link to the new pull request page', async () => {
    assert.equal(await baseOf({ 'CONTRIBUTING.md': '1. Push.\n2. [Open a pull request](https://example.org/acme/tool/pull/new/stable) for review.\n' }), 'stable');
  });

  it('does not take a word that is no branch name from such phrases', async () => {
    assert.equal(await baseOf({ 'CONTRIBUTING.md': 'Keep your docs up to date with the code.\n\nSee [this page](https://example.org/acme/tool/pull/new/feature-idea).\n' }), null);
  });
});

describe('commit convention: rules without a named convention', () => {
  const conventionOf = async (guide: string) => (await read({ 'CONTRIBUTING.md': guide })).commit.convention;

  it('reads a limit on the commit title as rules for commit messages', async () => {
    assert.equal(await conventionOf('## Commits\n\nKeep the commit title to no more than 60 characters, and leave the second line blank.\n'), 'free-form-rules');
  });

  it('reads a link to a well-known essay on commit messages as rules for them', async () => {
    assert.equal(await conventionOf('## Commits\n\n* Write your messages [the usual way](https://cbea.ms/git-commit/).\n'), 'free-form-rules');
  });

  it('does not read an unrelated link or a length limit on something else as a commit rule', async () => {
    assert.equal(await conventionOf('## Docs\n\nLines of prose wrap at 80 characters. See [the style guide](https://example.org/style).\n'), null);
  });
});

describe('changelog: said not to be needed', () => {
  const requiredOf = async (guide: string) => (await read({ 'CONTRIBUTING.md': guide })).changelog.required;

  it('reads "you do not need to update the changelog" as not required', async () => {
    assert.equal(await requiredOf('## Pull requests\n\nYou do not need to update the changelog; we write it when we release.\n'), false);
  });

  it('still reads a request to add a changelog entry as required', async () => {
    assert.equal(await requiredOf('## Pull requests\n\nAdd an entry to CHANGELOG.md for every user-facing change.\n'), true);
  });
});
