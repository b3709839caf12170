import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;

describe('discuss first: advice scoped to a change, and where the work starts (session 6)', () => {
  describe('a condition on making a change, then the advice to raise it', () => {
    for (const prose of [
      '## Proposing a change\n\nIf you intend to alter the plugin interface, or make any larger rework of the core,\nwe suggest filing an issue.',
      'If you want to add a new widget, please look through the tracker, or create a new one to discuss the widget.',
      'If your patch will be a lot of work, we strongly recommend opening a discussion thread about it.',
      'If it is a major refactoring, please reach out on the chat.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    for (const [why, prose] of [
      ['reporting is not making a change', 'If you want to report a crash, open an issue with the log.'],
      ['"an open issue" is an adjective, not the advice', 'If the PR is related to an open issue, mention it in the description.'],
      ['what the maintainers do is not advice to the contributor', 'If your change is accepted, we will open a tracking issue for the release notes.'],
      ['a condition that cannot lead to a talk', "If your work is confidential and you can't discuss it in public, mail the maintainer."],
      ['said not to be needed', 'If you want to fix a typo, there is no need to open an issue first.'],
    ]) {
      it(`not when ${why}`, async () => assert.notEqual(await discussFirst(prose), true));
    }
  });

  describe('"start by" raising it', () => {
    for (const prose of [
      '1. For a new feature, please do not write code yet. Start by posting on the mailing list and creating an issue.',
      'We recommend beginning by writing a short design proposal in the forum.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    it('starting by forking is a step of the work', async () => {
      assert.equal(await discussFirst('Start by forking the repository and cloning it.'), null);
    });
    it('starting by searching the issues is not raising one', async () => {
      assert.equal(await discussFirst('Start by searching existing issues for your problem.'), null);
    });
  });

  describe('time words of the talk: "in advance", "before getting started"', () => {
    it('"discuss it in advance on the forum"', async () => {
      assert.equal(await discussFirst('Unless your change is a small fix, please discuss it in advance on the forum.'), true);
    });
    it('"Discuss features you would like to build ... before getting started"', async () => {
      assert.equal(await discussFirst('## Guidelines\n\n* Write tests\n* Discuss features you would like to build in the discussions before getting started'), true);
    });
    it('"Before getting started, install the tools" asks nothing', async () => {
      assert.equal(await discussFirst('Before getting started, make sure you have Node installed.'), null);
    });
  });

  describe('an agreed issue required, in the passive', () => {
    it('a template comment "a maintainer-approved issue is required for non-trivial changes"', async () => {
      const files = { ...guide('Thanks for helping.'), '.github/PULL_REQUEST_TEMPLATE.md': '## Summary\n\n<!-- a maintainer-approved issue is required for non-trivial changes -->\n' };
      assert.equal((await factsOf(files)).discussFirst, true);
    });
    it('"no issue is required for typo fixes" is not', async () => {
      assert.notEqual(await discussFirst('No approved issue is required for typo fixes.'), true);
    });
  });
});

const changelogOf = async (files: Record<string, string>) => (await factsOf(files)).changelog;

describe('changelog: scope, where the entry goes, and the file left alone (session 6)', () => {
  describe('an entry asked only for breaking changes is not asked of every contribution', () => {
    it('a template comment "If this PR introduces a breaking change, it must contain a notice for the CHANGELOG"', async () => {
      const files = { ...guide('Thanks.'), '.github/PULL_REQUEST_TEMPLATE.md': '## Description\n\n<!--\nIf this PR introduces a breaking change, it must contain a notice to be included in the CHANGELOG.\n-->\n' };
      assert.deepEqual(await changelogOf(files), { required: null, how: null });
    });
    it('an entry asked under a heading about removing deprecated options', async () => {
      assert.equal((await changelogOf(guide('## Removing deprecated options\n\n* Ensure an entry is added in the CHANGELOG naming the removed option.'))).required, null);
    });
    it('breaking changes and feature PRs together are a real share of changes', async () => {
      assert.equal((await changelogOf(guide('2. If you make breaking changes, or have a PR tagged as a feature, the changes should be mentioned in the CHANGELOG.'))).required, true);
    });
    it('a general ask that goes on to mention breaking changes still counts', async () => {
      assert.equal((await changelogOf(guide('Add an entry to CHANGELOG.md for every change; mark breaking changes in bold.'))).required, true);
    });
  });

  describe('a commented template instruction is read by the author too', () => {
    it('"Add a new entry to the CHANGELOG" inside the template comment', async () => {
      const files = { ...guide('Thanks.'), '.github/PULL_REQUEST_TEMPLATE.md': '<!--\nWhen submitting a fix:\n\n- Add a new entry to the CHANGELOG\n- If relevant, update the docs\n-->\n' };
      assert.deepEqual(await changelogOf(files), { required: true, how: 'changelog-file' });
    });
  });

  describe('fragments are files in a folder', () => {
    it('"I have added a news file fragment"', async () => {
      const files = { ...guide('Thanks.'), '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] I have added a news file fragment (or this PR does not need one).\n' };
      assert.equal((await changelogOf(files)).how, 'changelog-folder');
    });
  });

  describe('release notes in the pull request description', () => {
    for (const prose of ['- PR descriptions *must* conclude with **release notes** as follows:\n\n  ```\n  RELEASE NOTES:\n  * area: summary\n  ```', 'Please include release notes in the pull request description.']) {
      it(`"${prose.split('\n')[0]}"`, async () => assert.deepEqual(await changelogOf(guide(prose)), { required: true, how: 'pr-body' }));
    }
    it('"the PR description should explain the change" names no notes', async () => {
      assert.equal((await changelogOf(guide('The PR description should explain the change and how it was tested.'))).how, null);
    });
  });

  describe('the history file left to the maintainers', () => {
    for (const prose of ["4. Don't modify the history file or version number.", 'Please do not edit HISTORY.md; we update it when releasing.']) {
      it(`"${prose}"`, async () => assert.equal((await changelogOf(guide(prose))).required, false));
    }
    it("git's history is not the file: \"don't rewrite history on shared branches\"", async () => {
      assert.equal((await changelogOf(guide("Please don't modify history on shared branches."))).required, null);
    });
  });
});

const baseBranch = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;

describe('base branch: what changes target, Gerrit refs and a rebase pull (session 6)', () => {
  it('"Features and bug fixes target `trunk` by default" in a version table', async () => {
    assert.equal(await baseBranch('## Versions\n\n| version | status | notes |\n|---|---|---|\n| v9 | active | Features and bug fixes target `trunk` by default |'), 'trunk');
  });
  it('"Changes should target the develop branch"', async () => {
    assert.equal(await baseBranch('Changes should target the develop branch.'), 'develop');
  });
  it('"the tests target the browser" names no branch', async () => {
    assert.equal(await baseBranch('These fixes target the browser build only.'), null);
  });
  it("Gerrit's review ref in a command", async () => {
    assert.equal(await baseBranch('Set up the review remote:\n\n```\ngit config remote.review.push HEAD:refs/for/trunk\n```'), 'trunk');
  });
  it("Gerrit's review ref in prose", async () => {
    assert.equal(await baseBranch('All contributions should be pushed to refs/for/main on the review server.'), 'main');
  });
  it('`git pull --rebase origin <branch>` before sending', async () => {
    assert.equal(await baseBranch('Before sending, update your work:\n\n```\ngit pull --rebase origin devel\n```'), 'devel');
  });
  it('a plain `git pull origin feature-x` rebases nothing', async () => {
    assert.equal(await baseBranch('```\ngit pull origin feature-x\n```'), null);
  });
});

describe('more wording families (session 6)', () => {
  describe('discuss first', () => {
    it('"Before submitting a large PR, please talk to us on the chat"', async () => {
      assert.equal(await discussFirst('Before submitting a large PR, please talk to us on the chat.'), true);
    });
    it('"Before opening a PR, run the tests" names no talk', async () => {
      assert.equal(await discussFirst('Before opening a PR, run the tests and talk to your rubber duck.'), null);
    });
    it('"Significant changes need a design discussion before implementation"', async () => {
      assert.equal(await discussFirst('Significant changes need a design discussion before implementation.'), true);
    });
    it('"Significant changes need tests" is no talk', async () => {
      assert.equal(await discussFirst('Significant changes need tests and documentation.'), null);
    });
  });

  describe('changelog', () => {
    it('"Every PR needs a changelog entry under the Unreleased section"', async () => {
      assert.deepEqual(await changelogOf(guide('Every PR needs a changelog entry under the Unreleased section.')), { required: true, how: 'changelog-file' });
    });
    it('"User-facing changes must be noted in `NEWS.md`"', async () => {
      assert.equal((await changelogOf(guide('User-facing changes must be noted in `NEWS.md`.'))).required, true);
    });
    it('"Release notes are compiled by the maintainers from PR titles" asks nothing of the contributor', async () => {
      assert.deepEqual(await changelogOf(guide('Release notes are compiled by the maintainers from PR titles.')), { required: false, how: null });
    });
    it('"news of the release is posted by the team" is no changelog', async () => {
      assert.deepEqual(await changelogOf(guide('News of each release is posted by the team on the blog.')), { required: null, how: null });
    });
  });
});

describe('discuss first: the talk before the work, in more words (session 6)', () => {
  for (const prose of [
    'To avoid wasted effort, discuss your idea with us before coding.',
    'Before you put a lot of work into a change, ask on the forum whether it would be accepted.',
    'Before starting on a big feature, please send a short proposal to the mailing list.',
    'For anything more than a small fix, please open an issue so we can agree on the approach.',
    'Please first ask in the issue tracker whether a feature is wanted.',
    'Major changes should go through an RFC.',
  ]) {
    it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
  }
  for (const [why, prose] of [
    ['a question asked first', 'If you have a question, first ask on the forum.'],
    ['a review gone through', 'All changes go through code review.'],
    ['a send that is the pull request itself', 'For anything more than a small fix, please send a pull request with tests.'],
  ]) {
    it(`not ${why}`, async () => assert.notEqual(await discussFirst(prose), true));
  }
});

describe('base branch: the role named, work based on a branch, patches made from one (session 6)', () => {
  for (const [want, prose] of [
    ['master', 'Always base your work on `master`.'],
    ['dev', 'Make sure to select `dev` as the base branch when opening your PR.'],
    ['main', 'The base branch for all PRs is `main`.'],
    ['master', 'Make the patches:\n\n```\ngit format-patch -M origin/master\n```'],
    ['next', '```\ngit send-email --to=list@example.org upstream/next\n```'],
  ] as const) {
    it(`"${prose.split('\n')[0]}" gives ${want}`, async () => assert.equal(await baseBranch(prose), want));
  }
  it('"the base image is `alpine`" names no branch', async () => {
    assert.equal(await baseBranch('The base image for the container is `alpine`.'), null);
  });
  it('`git format-patch -3` names no branch', async () => {
    assert.equal(await baseBranch('```\ngit format-patch -3\n```'), null);
  });
});

describe('pull requests: the forge turned away as the place for changes (session 6)', () => {
  it('"the community does not use github.com for their contributions; instead, a mailing list"', async () => {
    const facts = await factsOf(guide('Please be advised that the community does not use github.com for their contributions. Instead, we use a mailing list for code submissions.'));
    assert.equal(facts.acceptsPullRequests, false);
  });
  it('"we don\'t use GitHub for issues" says nothing of pull requests', async () => {
    const facts = await factsOf(guide("We don't use GitHub for issues; report bugs on the forum. Pull requests are welcome."));
    assert.equal(facts.acceptsPullRequests, true);
  });
});

const signOff = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.signOff;

describe('facts a heading scopes (session 6)', () => {
  describe('an instruction under a heading that names the changelog', () => {
    for (const prose of ['## Changelog\n\nAdd an entry for your change under the Unreleased heading.', '### Updating the changelog\n\nPlease describe your change in one line at the top of the file.']) {
      it(`"${prose.replace(/\n+/g, ' / ')}"`, async () => assert.deepEqual(await changelogOf(guide(prose)), { required: true, how: 'changelog-file' }));
    }
    for (const [why, prose] of [
      ['a pointer to the releases', '## Changelog\n\nSee the releases page for what changed.'],
      ['an entry the tools write', '## Changelog\n\nEntries are generated automatically; add nothing by hand.'],
      ['the maintainers\' release steps', '## Releasing\n\n### Changelog\n\nUpdate the changelog with the version number.'],
    ]) {
      it(`not ${why}`, async () => assert.notEqual((await changelogOf(guide(prose))).required, true));
    }
  });

  describe('`git commit -s` under "Sign your work"', () => {
    it('asks for the sign-off', async () => assert.equal(await signOff('## Sign your work\n\nUse `git commit -s` for every commit.'), 'required'));
    it('`git commit -S` (GPG) under it does not', async () => assert.equal(await signOff('## Sign your work\n\nUse `git commit -S` to sign with your GPG key.'), null));
  });
});

describe('template boxes and comments (session 6)', () => {
  const withTemplate = (tpl: string) => ({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping.\n', '.github/PULL_REQUEST_TEMPLATE.md': tpl });
  it('"- [ ] This change was discussed and approved in an issue" asks for a talk before', async () => {
    assert.equal((await factsOf(withTemplate('## Checklist\n\n- [ ] This change was discussed and approved in an issue'))).discussFirst, true);
  });
  it('"- [ ] Bugs are discussed in the issue tracker" is no such box', async () => {
    assert.equal((await factsOf(withTemplate('## Notes\n\n- [ ] Bugs are discussed in the issue tracker'))).discussFirst, null);
  });
  it('"- [ ] Changelog updated"', async () => {
    assert.deepEqual((await factsOf(withTemplate('## Checklist\n\n- [ ] Changelog updated'))).changelog, { required: true, how: 'changelog-file' });
  });
  it('"- [ ] Added a changeset"', async () => {
    assert.deepEqual((await factsOf(withTemplate('## Checklist\n\n- [ ] Added a changeset'))).changelog, { required: true, how: 'changesets' });
  });
  it('a box that is the file\'s name alone, "- [ ] CHANGELOG.md"', async () => {
    assert.deepEqual((await factsOf(withTemplate('## Checklist\n\n- [ ] Tests added\n- [ ] CHANGELOG.md'))).changelog, { required: true, how: 'changelog-file' });
  });
  it('"- [ ] Changelog entry"', async () => {
    assert.equal((await factsOf(withTemplate('## Checklist\n\n- [ ] Tests\n- [ ] Changelog entry'))).changelog.required, true);
  });
  it('"- [ ] Changelog reviewed by the release team" is not the author\'s entry', async () => {
    assert.equal((await factsOf(withTemplate('## For maintainers\n\n- [ ] Changelog reviewed by the release team'))).changelog.required, null);
  });
  it('a plain list item "Changelog updated weekly" is no box', async () => {
    assert.equal((await factsOf(withTemplate('## About\n\n- Changelog updated weekly by the bot'))).changelog.required, null);
  });
  it('"PR title must follow the format type(scope): description" in a comment', async () => {
    assert.equal((await factsOf(withTemplate('<!-- PR title must follow the format type(scope): description -->'))).commit.convention, 'conventional');
  });
  it('"the data type: description of fields" is no commit format', async () => {
    assert.equal((await factsOf(withTemplate('## Schema\n\nEach row uses the format type: description of the field.'))).commit.convention, null);
  });
});

describe('base branch: shell lines with a trailing note, and a merge of upstream (session 6)', () => {
  it('`git rebase upstream/main  # keep your branch current`', async () => {
    assert.equal(await baseBranch('```\ngit rebase upstream/main  # keep your branch current\n```'), 'main');
  });
  it('`git merge upstream/develop`', async () => {
    assert.equal(await baseBranch('```\ngit merge upstream/develop\n```'), 'develop');
  });
  it('`git merge my-feature` names no base', async () => {
    assert.equal(await baseBranch('```\ngit merge my-feature\n```'), null);
  });
});

describe('discuss first: a heading that is the request, and a lead-in about writing code (session 6)', () => {
  for (const prose of [
    '## Discuss before you code\n\nWe like to hear about your plans on the forum.',
    '### 1. Open an issue first\n\nDescribe what you want to change.',
    '## Talk to us first\n\nJoin the chat and tell us what you plan.',
    '## Propose your change\n\nBefore writing code, open an issue that describes the problem and your plan.',
  ]) {
    it(`"${prose.replace(/\n+/g, ' / ')}"`, async () => assert.equal(await discussFirst(prose), true));
  }
  for (const [why, prose] of [
    ['a heading about reporting', '## Open an issue for bugs\n\nInclude the version.'],
    ['a heading that names a topic', '## Discussions\n\nWe use GitHub Discussions for questions.'],
    ['a lead-in about writing code with a setup step', '## Setup\n\nBefore writing code, install the toolchain.'],
  ]) {
    it(`not ${why}`, async () => assert.equal(await discussFirst(prose), null));
  }
});

describe('discuss first: said not to be needed, in more words (session 6)', () => {
  for (const prose of ['It is not necessary to open an issue before sending a pull request.', "There's no need to ask for permission before working on an issue."]) {
    it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), false));
  }
  it('scoped to small changes it says nothing of larger ones', async () => {
    assert.equal(await discussFirst('For typo fixes it is not necessary to open an issue.'), null);
  });
});
