import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const baseOf = async (files: Record<string, string>): Promise<string | null> => (await readGuide(new MemoryRepoFiles(files))).baseBranch?.value ?? null;
const guide = (body: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing to Widget\n\n${body}\n` });

describe('process rules: base branch', () => {
  const prose: [string, string, string | null][] = [
    ['pull requests directed at a branch', 'All pull requests should be directed at the `trunk` branch.', 'trunk'],
    ['a branch made on top of the latest revision of another', 'Create a new branch on top of the latest revision of the `develop` branch.', 'develop'],
    ['a change submitted against a named branch', 'When your fix is ready, it should be submitted against the `main` branch.', 'main'],
    ['a choice between two bases names none', 'Decide whether your fix goes into the master branch or the stable branch.', null],
    ['where not to commit is no base', 'Work in topic branches, and do not commit to `main` in your fork.', null],
    ['an adjective before another noun is no name', 'Pull requests come from branches off the main project repository.', null],
    ['"main" followed by "branch of the project" is a name', 'Pull requests should be submitted to the main branch of the Widget repository.', 'main'],
    ['a base for the changes it names only', 'Please open v3 related PRs against the `v3` branch.', null],
    ['version words that are not quoted name no branch', 'Pull requests are tested against release and development branches of the compiler.', null],
    ['a version word in backticks is a name', 'Open every pull request against the `stable` branch.', 'stable'],
  ];
  for (const [name, body, want] of prose) it(name, async () => assert.equal(await baseOf(guide(body)), want));

  it('takes the base said to be for everything else when the first is an exception', async () => {
    const body = '- There are two work branches.\n  - A pull request that adds new API should be submitted against the `next` branch.\n  - Otherwise, it should be submitted against the `main` branch.\n';
    assert.equal(await baseOf(guide(body)), 'main');
  });

  it('still gives up on two bases that depend on the change', async () => {
    const body = 'Bug fixes should be submitted against the `stable` branch.\n\nNew features should be submitted against the `main` branch.\n';
    assert.equal(await baseOf(guide(body)), null);
  });

  it('reads the branch a new branch is made from in one shell block', async () => {
    const body = '```sh\n# start from an up-to-date default branch\n$ git checkout develop\n$ git pull\n$ git checkout -b my-fix\n```\n';
    assert.equal(await baseOf(guide(body)), 'develop');
  });

  it('does not take a branch switched to without a new branch after it', async () => {
    assert.equal(await baseOf(guide('```sh\ngit checkout gh-pages\ngit log\n```\n')), null);
  });

  it('reads the branch a new branch tracks', async () => {
    assert.equal(await baseOf(guide('```\n$ git checkout -b my-feature -t origin/v2.x\n```\n')), 'v2.x');
  });
});
