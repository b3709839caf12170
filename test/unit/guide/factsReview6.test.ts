import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;

describe('discuss first: advice that is not about talking before a change (review 6)', () => {
  describe('a condition on a change without advice to raise it first', () => {
    for (const prose of [
      'If your change is small (a typo, a docs fix), you can open a pull request without opening an issue.',
      'If your change is a small fix, feel free to skip opening an issue and send a pull request directly.',
    ]) {
      it(`"${prose}"`, async () => assert.notEqual(await discussFirst(prose), true));
    }
    for (const prose of [
      'If your change touches the public API, please update the docs and discuss it in the PR description.',
      'If your pull request is a work in progress, open it as a draft and start a discussion in its description if you need input.',
      'If you want to contribute code, create a topic branch off `main`.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), null));
    }
  });

  describe('"start by" a step of the work or of a report', () => {
    for (const prose of [
      'Start by creating a branch for your issue:',
      '2. Start by creating a new branch for the issue you are fixing.',
      '## Reporting bugs\n\nTo report a bug, start by opening an issue with the steps to reproduce it.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), null));
    }
  });

  describe('a lead-in about coding, and an issue or question further on about something else', () => {
    for (const prose of [
      '## Development setup\n\nBefore you start coding, set up your environment:\n\n```sh\nnpm install\n```\n\nIf the install fails on your platform, please open an issue with the error output.',
      'Before writing code, read the style guide.\n\nQuestions? Ask in our Discord.',
      'Before starting work on a feature, read the architecture overview.\n\nIf you get stuck, ask in our Discord.',
    ]) {
      it(`"${prose.split('\n')[prose.startsWith('#') ? 2 : 0]}"`, async () => assert.equal(await discussFirst(prose), null));
    }
  });

  describe('asking for help, issue numbers and problems met on the way', () => {
    for (const prose of [
      'Feel free to ask for help in our Discord, and thanks in advance for your contribution.',
      '## Reporting bugs\n\nIf you are not sure whether something is a bug, first ask on the forum.',
      'Major changes need an issue number in their changelog entry, e.g. `(#123)`.',
      'If you face any issues during this process, please `open an issue` about it on the issue tracker.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await discussFirst(prose), null));
    }
    it('a problem met while setting up, in a getting-started section of a reStructuredText guide', async () => {
      const rst = 'Contributing\n============\n\nGetting started\n---------------\n\nBefore you start coding, set up a development environment.\n\nIf you face any issues during this process, please `open an issue`_ about it on the issue tracker.\n\n.. _`open an issue`: https://example.org/issues/new\n';
      assert.equal((await factsOf({ 'CONTRIBUTING.rst': rst })).discussFirst, null);
    });
  });
});

const required = async (files: Record<string, string>): Promise<boolean | null> => (await factsOf(files)).changelog.required;

describe('changelog: breaking changes among all changes, notes and descriptions (review 6)', () => {
  describe('an entry for every change, breaking ones included', () => {
    for (const prose of [
      'Every change, including breaking changes, needs an entry in CHANGELOG.md.',
      'Bug fixes, breaking changes and deprecations must be recorded in CHANGELOG.md.',
      '## Breaking changes and the changelog\n\nAdd an entry to CHANGELOG.md for your change.',
      '## Deprecation policy\n\nWe deprecate an option one release before removing it. Add an entry to CHANGELOG.md for every pull request.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await required(guide(prose)), true));
    }
  });

  describe('a note or a list under a Changelog heading asks for nothing', () => {
    it('"Note that this project follows Keep a Changelog"', async () => {
      assert.equal(await required(guide('## Changelog\n\nNote that this project follows Keep a Changelog and Semantic Versioning.')), null);
    });
    it('"the changelog is compiled by the maintainers" is made for the contributor', async () => {
      assert.equal(await required(guide('## Changelog\n\nNote: the changelog is compiled by the maintainers from pull request titles.')), false);
    });
    it('"List of changes for every release is kept in CHANGELOG.md by the release manager"', async () => {
      assert.equal(await required(guide('## Changelog\n\nList of changes for every release is kept in CHANGELOG.md by the release manager.')), null);
    });
  });

  describe('what the changelog holds, and a task box left in a comment', () => {
    it('"Notable changes for each release are listed in NEWS.md"', async () => {
      assert.equal(await required(guide('Notable changes for each release are listed in NEWS.md.')), null);
    });
    it('a commented-out task box', async () => {
      const files = { ...guide('Thanks.'), '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] Tests added\n<!-- - [ ] Entry added to CHANGELOG.md (we now generate it on release) -->\n' };
      assert.equal(await required(files), null);
    });
  });
});

describe('commit messages: areas, drafts and tickets are not types (review 6)', () => {
  it('a list of prefixes introduced as the part of the project changed is areas, not types', async () => {
    const facts = await factsOf(guide('## Commit messages\n\nPrefix the commit title with the part of the project you changed, for example `cli: add --json flag`. The prefixes:\n\n- `core`: the engine\n- `cli`: the command line\n- `docs`: documentation\n- `test`: tests\n- `ci`: CI'));
    assert.equal(facts.commit.convention, 'area-prefix');
    assert.equal(facts.commit.types, null);
  });
});

describe('commit messages: draft titles and ticket placeholders are not areas (review 6)', () => {
  it('"the title should start with "Draft: "" is no area', async () => {
    const facts = await factsOf(guide('Unfinished pull requests: the title should start with "Draft: " until they are ready for review.'));
    assert.notEqual(facts.commit.convention, 'area-prefix');
  });
  for (const head of ['<ticket-number>: Short summary', '<JIRA-123>: Short summary']) {
    it(`a format block "${head}" is no area`, async () => {
      const facts = await factsOf(guide(`## Commit messages\n\nUse this format:\n\n\`\`\`\n${head}\n\nLonger description.\n\`\`\``));
      assert.notEqual(facts.commit.convention, 'area-prefix');
    });
  }
});

describe('branch names a project describes, and discussions off the forge (review 6)', () => {
  for (const prose of [
    '## Branches\n\nThe repository uses the following branch names:\n\n- `release-2.x`: maintenance\n- `next-major`: the next major',
    '## Branches\n\nMaintainers follow this naming convention for release branches:\n\n- `release/1.2`: a release line\n- `hotfix/1.2.3`: an urgent fix',
  ]) {
    it(`"${prose.split('\n')[2]}" is no rule for the contributor's branch`, async () => assert.equal((await factsOf(guide(prose))).branchNaming, null));
  }
  it('"We don\'t use GitHub for development discussions" still takes pull requests', async () => {
    assert.equal((await factsOf(guide("We don't use GitHub for development discussions; please use the mailing list."))).acceptsPullRequests, null);
  });
});
