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

  describe('discuss first: a lead-in about the work itself, then the ask', () => {
    const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
    for (const prose of [
      'Pick an open ticket, or file a new one. Then, before spending a lot of time on it, discuss your plan in the ticket.',
      'Before you invest much effort, please talk to us in the forum.',
      'Before making any changes to this repository, we ask you to start a discussion for changes that have no issue yet.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    for (const [why, prose] of [
      ['a setup step after the same lead-in', 'Before making any changes to this repository, run the test suite once so you know it passes.'],
      ['time spent on a review', 'Reviews take time. Before spending time on a review, read the style guide.'],
    ]) {
      it(`not for ${why}`, async () => assert.equal(await discussFirst(prose), null));
    }
  });

  describe('discuss first: "early" as the time of the talk', () => {
    const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
    it('"discuss your proposed changes early and often"', async () => {
      assert.equal(await discussFirst('A large PR nobody expected is hard to merge; discuss your proposed changes early and often.'), true);
    });
    it('"talk about your plans early, as this saves work"', async () => {
      assert.equal(await discussFirst('For new modules it is wise to talk about your plans early, as this saves work later.'), true);
    });
    it('not a story about early versions', async () => {
      assert.equal(await discussFirst('We discussed early versions of the parser in the mailing list archive.'), null);
    });
  });

  describe('discuss first: an issue that explains the feature', () => {
    const discussFirst = async (files: Record<string, string>): Promise<boolean | null> => (await factsOf(files)).discussFirst;
    it('a PR template\'s instruction "Create an issue explaining the feature"', async () => {
      const files = {
        ...guide('Thanks for helping.'),
        '.github/PULL_REQUEST_TEMPLATE.md': 'Please read these before opening a pull request:\n\n- Create an issue explaining the feature, it may save you work.\n- Keep commits small.\n',
      };
      assert.equal(await discussFirst(files), true);
    });
    it('not under a heading about requesting features', async () => {
      assert.equal(await discussFirst(guide('## Requesting a feature\n\nCreate an issue explaining the feature and why you need it.')), null);
    });
    it('not an issue describing a bug', async () => {
      assert.equal(await discussFirst(guide('Create an issue describing the bug you saw.')), null);
    });
  });

  describe('discuss first: not when it is optional or the maintainers\' own order', () => {
    const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
    it('"if you\'d like to discuss your change before you write the code, open an issue"', async () => {
      assert.equal(await discussFirst("The best thing is to send a pull request. If you'd like to discuss your change before you write the code, open an issue!"), null);
    });
    it('"we should first discuss amongst ourselves"', async () => {
      assert.equal(await discussFirst('If we want to change the export format, we should first discuss amongst ourselves and then tell the vendor.'), null);
    });
    it('the contributor asked by the maintainers still counts', async () => {
      assert.equal(await discussFirst('We ask that you first discuss new features in an issue.'), true);
    });
  });

  describe('changelog: "release-notes" hyphenated in a template box', () => {
    const changelogOf = async (template: string) => (await factsOf({ ...guide('Thanks.'), '.github/PULL_REQUEST_TEMPLATE.md': template })).changelog;
    it('"I have added this change to the release-notes of the next version"', async () => {
      assert.deepEqual(await changelogOf('## Checklist\n\n- [ ] If relevant, I have added this change to the release-notes of the version that ships it\n'), { required: true, how: 'changelog-file' });
    });
    it('not a label named release-note-none', async () => {
      assert.deepEqual(await changelogOf('## Checklist\n\n- [ ] I have added the release-note-none label if nothing user-facing changed\n'), { required: null, how: null });
    });
  });

  describe('pull requests: a patch posted to the list and applied with git am', () => {
    const accepts = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).acceptsPullRequests;
    it('"post that patch to the mailing list" with patches that "apply with git am"', async () => {
      assert.equal(await accepts('## Sending code\n\nMake a patch against the tree and post that patch to the developers list.\n\n- Patches should apply with git am\n- Keep them small'), false);
    });
    it('a guide that also takes pull requests says so', async () => {
      assert.equal(await accepts('Open a pull request on GitHub. Maintainers apply mailed patches with git am, and post that patch to the archive.'), true);
    });
    it('one mention of git am alone is not the flow', async () => {
      assert.equal(await accepts('To try a change locally you can use git am on the downloaded file.'), null);
    });
  });

  describe('branch naming: a placeholder defined by a "where X is" clause', () => {
    const naming = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).branchNaming;
    it('"a topic branch using the pattern `bug-NNN`, where `NNN` is the issue number"', async () => {
      assert.equal(await naming('1. Create a topic branch off `main` using the pattern `bug-NNN`, where `NNN` is the issue number.'), 'bug-NNN');
    });
    it('"name your branch `ID_summary`, where ID is the ticket key"', async () => {
      assert.equal(await naming('Please name your branch `ID_summary`, where ID is the ticket key.'), 'ID_summary');
    });
    it('not a release branch defined the same way', async () => {
      assert.equal(await naming('Maintainers create a release branch named `release-X`, where X is the version number.'), null);
    });
    it('not a command whose remote is defined by the clause', async () => {
      assert.equal(await naming('Run `git pull upstream your_topic` on your branch, where `upstream` is the name of the remote.'), null);
    });
  });

  describe('CLA: an exemption scoped by a size in lines leaves it asked of the rest', () => {
    const cla = async (files: Record<string, string>): Promise<boolean | null> => (await factsOf(files)).claRequired;
    it('a template saying changes of ~20 lines need no agreement, a guide asking for one', async () => {
      const files = {
        ...guide('If you contribute often, please file a contributor license agreement.'),
        '.github/PULL_REQUEST_TEMPLATE.md': "If your change is about ~15 lines of code you don't need to sign a Contributor License Agreement.\n",
      };
      assert.equal(await cla(files), true);
    });
    it('"changes under 10 lines do not need a CLA" alone is still no "false"', async () => {
      assert.notEqual(await cla(guide('Changes under 10 lines do not need a CLA.')), false);
    });
    it('a plain "no CLA is needed" stays false', async () => {
      assert.equal(await cla(guide('You do not need to sign a CLA; we use the DCO sign-off.')), false);
    });
  });

  describe('base branch: the place of pull requests said other ways', () => {
    for (const [prose, expected] of [
      ['The `dev` branch is where all pull requests should go.', 'dev'],
      ['`next` is the branch that pull requests target.', 'next'],
      ['Our main development branch is `develop`; please target it with your PRs.', 'develop'],
      ['Please direct pull requests at `dev`.', 'dev'],
      ["Please don't open PRs against `master`; use `develop` instead.", 'develop'],
      ['Base branch: `develop`', 'develop'],
      ['- **Target branch for PRs**: `main`', 'main'],
    ] as const) {
      it(`"${prose}"`, async () => assert.equal(await baseOf(prose), expected));
    }
    for (const [why, prose] of [
      ['a script used instead', "Don't call the build script directly; use `dev` instead."],
      ['a base image as a label', 'Base image: `debian`'],
      ['two bases as a label', 'Base branch: `develop` or `main`'],
      ['a branch where releases are cut', 'The `stable` branch is where releases are tagged.'],
      ['bases by kind of change', 'New features go into `develop`, bug fixes into `master`.'],
      ['a release procedure', '## Release process\n\nThe `release` branch is where all pull requests are merged before tagging.'],
    ]) {
      it(`not for ${why}`, async () => assert.equal(await baseOf(prose), null));
    }
  });

  describe('discuss first: the boilerplate "discuss the change ... before making a change", an awaited approval, an RFC sent first', () => {
    const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
    for (const prose of [
      'When contributing, please discuss the change you want to make by issue, mail or any other way with the owners of this project before making a change.',
      'Wait for a maintainer to approve the issue before you start working on it.',
      'Before sending a patch for a new subsystem, send an RFC to the list.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    for (const [why, prose] of [
      ['a wait for CI in a release procedure', '## Releasing\n\nWait for CI to approve the build before you publish the tag.'],
      ['a wait for tests', 'Wait for the tests to finish before you open the pull request.'],
      ['a talk in the PR description', 'Please discuss the change in the PR description before merging.'],
      ['a new clause after a semicolon', 'You can discuss your changes with reviewers; before submitting, run the tests.'],
      ['an optional talk', 'Feel free to discuss the change you plan with us on chat before making it.'],
    ]) {
      it(`not for ${why}`, async () => assert.equal(await discussFirst(prose), null));
    }
  });

  describe('changelog: an entry said to be required, and a changelog named with its folder', () => {
    const changelogOf = async (prose: string) => (await factsOf(guide(prose))).changelog;
    for (const prose of [
      'A changelog entry is required for every user-facing change.',
      'Release notes are mandatory for new features.',
      'A news entry is required.',
      'Changes must be noted in `doc/CHANGELOG.md`.',
    ]) {
      it(`"${prose}"`, async () => assert.deepEqual(await changelogOf(prose), { required: true, how: 'changelog-file' }));
    }
    for (const [why, prose] of [
      ['a style rule for release notes', 'Release notes are expected to be short and in the past tense.'],
      ['release notes for every release', 'Release notes are required for every release; maintainers write them.'],
      ['a release procedure', '## Releasing\n\nA changelog entry is required before tagging.'],
    ]) {
      it(`not for ${why}`, async () => assert.deepEqual(await changelogOf(prose), { required: null, how: null }));
    }
  });

  describe('CLA: the individual and corporate forms by their acronyms', () => {
    const cla = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).claRequired;
    it('"Contributors need to have an ICLA on file"', async () => assert.equal(await cla('Contributors need to have an ICLA on file with the foundation.'), true));
    it('"you do not need to sign the ICLA"', async () => assert.equal(await cla('You do not need to sign an ICLA to contribute here.'), false));
    it('not an acronym inside another word', async () => assert.equal(await cla('Run the ICLAMP tool to check your headers.'), null));
  });

  describe('base branch: the forge CLI that opens the pull request names its base', () => {
    for (const [prose, expected] of [
      ['Open the pull request:\n\n```sh\ngh pr create --base develop --fill\n```', 'develop'],
      ['Open the merge request:\n\n```sh\nglab mr create --target-branch main\n```', 'main'],
      ['Then run `gh pr create --base next` to open it.', 'next'],
    ] as const) {
      it(`"${prose.split('\n').slice(-2, -1)[0] ?? prose}"`, async () => assert.equal(await baseOf(prose), expected));
    }
    it('not without a base option', async () => assert.equal(await baseOf('Open the pull request:\n\n```sh\ngh pr create --fill\n```'), null));
    it('not a checkout of a pull request into a local branch', async () => assert.equal(await baseOf('To try a PR:\n\n```sh\ngh pr checkout 123 -b main\n```'), null));
  });

  describe('base branch: more ways to name it, and a branch named as refused', () => {
    for (const [prose, expected] of [
      ["Make sure your PR's base is `develop`.", 'develop'],
      ['`master` is our default branch; fork from it and open PRs back to it.', 'master'],
      ['Patches should be based on the `for-next` branch.', 'for-next'],
      ['Please send patches against the current master.', 'master'],
    ] as const) {
      it(`"${prose}"`, async () => assert.equal(await baseOf(prose), expected));
    }
    for (const [why, prose] of [
      ['pull requests to a branch said to be closed', 'PRs targeting `master` will be closed without review.'],
      ['pull requests to a branch said not to be accepted', 'Pull requests against the `stable` branch are not accepted.'],
      ['a quoted branch of the contributor\'s fork', 'Push your work to a `my-topic` branch of your fork and open a pull request.'],
      ['the default branch described, work not sent to it', '`main` is our default branch and it is protected.'],
    ]) {
      it(`not for ${why}`, async () => assert.equal(await baseOf(prose), null));
    }
  });

  describe('hostile review: the new lead-ins and patterns where they must not fire', () => {
    const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
    it('a maintainers\' section: "maintainers should discuss them in the team channel"', async () => {
      assert.equal(await discussFirst("## Maintainers\n\nBefore making any changes to this repository's settings, maintainers should discuss them in the team channel."), null);
    });
    it('an install step: "before making any changes to the repository config, back it up; open an issue if the install fails"', async () => {
      assert.equal(await discussFirst('## Installing\n\nBefore making any changes to the repository config, back it up. Open an issue if the install fails.'), null);
    });
    it('a bug named as the topic of the talk still asks', async () => {
      assert.equal(await discussFirst('Before starting on a patch, we recommend opening a fresh issue to start a discussion around a feature idea or a bug.'), true);
    });
    it('base branch: a distributor\'s patch applied to a release tarball is no base', async () => {
      assert.equal(await baseOf('## Installing from source\n\nDistributors: our Debian patch applies against the 2.4 release tarball.'), null);
    });
    it('base branch: a FAQ saying where releases are published is no base', async () => {
      assert.equal(await baseOf('## FAQ\n\n### Which branch is stable?\n\nThe `stable` branch is where releases are published.'), null);
    });
    it('base branch: a labelled line in a release procedure is no base', async () => {
      assert.equal(await baseOf('## Release process\n\nBase branch: `release-2.x`'), null);
    });
    it('changelog: an entry required for every release, in a release section, is not asked of the contributor', async () => {
      assert.deepEqual((await factsOf(guide('## Releasing\n\nA changelog entry is required for every release.'))).changelog, { required: null, how: null });
    });
  });

  describe('hostile review: "release-notes" as a task, a milestone or a draft', () => {
    const changelogOf = async (prose: string) => (await factsOf(guide(prose))).changelog;
    for (const prose of ['Update the docs, then run `make release-notes`.', 'Add the PR to the release-notes milestone.', 'Update the release-notes draft on the wiki after merging.']) {
      it(`not "${prose}"`, async () => assert.deepEqual(await changelogOf(prose), { required: null, how: null }));
    }
  });

  describe('hostile review: "early" with verbs of help, not of talking over a change', () => {
    const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
    for (const prose of ['If you get stuck, ask early.', 'Please reach out early.', 'Report regressions early.']) {
      it(`not "${prose}"`, async () => assert.equal(await discussFirst(prose), null));
    }
  });

  describe('hostile review: a quoted branch of another purpose is no base', () => {
    it('"check out the `gh-pages` branch to preview the site"', async () => assert.equal(await baseOf('To preview the site, check out the `gh-pages` branch.'), null));
    it('"old code is kept in the `legacy` branch"', async () => assert.equal(await baseOf('Old code is kept in the `legacy` branch for reference.'), null));
  });
});

