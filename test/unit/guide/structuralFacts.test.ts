import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));

describe('base branch phrasings', () => {
  const cases: [string, string, string | null][] = [
    ['patches written against a quoted branch', 'Patches should be written against the Git "trunk" branch.', 'trunk'],
    ['checking out a branch to work on', 'Always check out the `develop` branch and open pull requests against it.', 'develop'],
    ['basing changes on the latest branch', 'You may be asked to base your changes on the latest master.', 'master'],
    ['the default branch named in parentheses', 'The PR should target the default branch (i.e. main).', 'main'],
    ['a versioned tool is not a branch', 'We use `formatter-0.12.0` for formatting.', null],
  ];
  for (const [name, prose, want] of cases) {
    it(name, async () => assert.equal((await factsOf({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` })).baseBranch, want));
  }
  it('reads `git rebase <branch>` in a shell block', async () => {
    assert.equal((await factsOf({ 'CONTRIBUTING.md': '# Updating\n\n```sh\ngit fetch\ngit rebase master\n```\n' })).baseBranch, 'master');
  });
});

describe('discuss first phrasings', () => {
  const cases: [string, string, boolean | null][] = [
    ['larger changes discussed before PR submission', 'Larger changes must be discussed in the forum before PR submission.', true],
    ['contributions start out with a discussion', 'Contributions should generally start out with a discussion.', true],
    ['do not start with a PR', 'Please do not start with a PR for a new feature.', true],
    ['an explicit no', 'Should you create an issue first? No, just open the pull request.', false],
    ['a preference left to the contributor', 'If you prefer to start a discussion first, that is fine too.', null],
    ['asking before filing a ticket is about issues, not changes', 'Before creating a ticket, please ask on the forum first.', null],
    ['major features should have an issue', 'We do not require an issue for minor improvements. Major new features should have an issue created.', true],
    ['an issue not required for any change says nothing of larger ones', 'We do not require an issue for minor improvements.', null],
  ];
  for (const [name, prose, want] of cases) {
    it(name, async () => assert.equal((await factsOf({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` })).discussFirst, want));
  }
});

describe('changelog phrasings', () => {
  it('a change documented in the CHANGELOG', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Changes\n\nUser-facing changes need to be documented in the `CHANGELOG.md`.\n' });
    assert.deepEqual([json.changelog.required, json.changelog.how], [true, 'changelog-file']);
  });
  it('change files generated into a folder', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Changes\n\nEvery PR with a user-facing impact should include one or more change files.\n' });
    assert.deepEqual([json.changelog.required, json.changelog.how], [true, 'changelog-folder']);
  });
  it('logging changes by the instructions of a changes folder', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Changes\n\nFollow the instructions in `.changes/readme.md` to log your changes.\n' });
    assert.equal(json.changelog.how, 'changelog-folder');
  });
  it('a "Proposed changelog entries" section in the template is written in the PR body', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nHello.\n', '.github/PULL_REQUEST_TEMPLATE.md': '### Proposed changelog entries\n\n- text\n' });
    assert.equal(json.changelog.how, 'pr-body');
  });
  it('what maintainers do to the changelog when releasing is not asked of a contributor', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Releasing\n\nCreate a pull request that includes an update to the CHANGELOG.md.\n' });
    assert.equal(json.changelog.required, null);
  });
});

describe('commit rules shown by structure', () => {
  it('a subject limit on the first line of an example message introduced by prose about commit messages', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Practices\n\n* Format commit messages like this:\n\n```text\nSummarize the change in 50 characters or less\n\nBody text.\n```\n' });
    assert.equal(json.commit.subjectMaxLength, 50);
  });
  it('a character count in an example block under an unrelated heading, without commit prose, is not a subject limit', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Practices\n\nAn example:\n\n```text\nSummarize the change in 50 characters or less\n```\n' });
    assert.equal(json.commit.subjectMaxLength, null);
  });
  it('"prefixed with the name of the changed subsystem" is an area prefix', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Commits\n\nThe first line of the commit message should be short and prefixed with the name of the changed subsystem.\n' });
    assert.equal(json.commit.convention, 'area-prefix');
  });
});
