import * as assert from 'node:assert/strict';
import { factsOf } from './probeSupport';

// Hostile review of session 21 (reviewer A): discuss first, base branch, sign-off, CLA, branch naming.
// Every guide text below is written for this review. Findings were fixed in the rules; those left open are skipped with the reason.

const read = (text: string, file = 'CONTRIBUTING.md') => factsOf({ [file]: text });
const one = (sentence: string) => read(`# Contributing\n\n${sentence}\n`);
const discuss = async (text: string) => (await one(text)).discussFirst ?? null;
const base = async (text: string) => (await one(text)).baseBranch ?? null;
const signOff = async (text: string) => (await one(text)).commit.signOff ?? null;
const cla = async (text: string, file = 'CONTRIBUTING.md') => (await read(text, file)).claRequired ?? null;
const naming = async (text: string) => (await one(text)).branchNaming ?? null;

describe('review 21 A', () => {
  describe('discuss first: near misses', () => {
    const near = [
      // talk with someone other than the maintainers, or after the work
      'It is prudent to discuss with your employer before contributing code, as they may own the copyright.',
      'Before you ask for a review, it is worth talking with the developers on IRC to find a free reviewer.',
      'Before each release, a maintainer will send a mail describing the changes to the announce list.',
      'This section is worth discussing at the next community call.',
      // a condition that names a report or a request, then an order to open an issue
      'If you\'d like to report a problem with the code, open an issue first and include a stack trace.',
      // "no PR unless ..." about something other than an approved issue
      '* Do not submit a PR unless you have run the full test suite locally.',
      // "assuming one does not already exist" for a bug report
      '- Report the crash in a new ticket, assuming one does not already exist.',
      // "create one" for an issue that tracks something that is not the contributor's change
      'If there isn\'t an issue for the flaky test you saw in CI, please create one and tag it `ci`.',
      // condition then order, the order being a setup step
      'If you want to contribute code, get the development environment running first (see below).',
    ];
    for (const s of near) it(`near miss: "${s}"`, async () => assert.equal(await discuss(s), null));
    it.skip('near miss: "If you want to request a new feature, open an issue first and describe your use case." (left open, session 21: a feature request sent as an issue first reads as discuss-first; it failed before this session)', async () =>
      assert.equal(await discuss('If you want to request a new feature, open an issue first and describe your use case.'), null));
  });

  describe('discuss first: should fire', () => {
    const asks = [
      'Please chat with the core developers on Zulip before tackling a large refactor.',
      'Talk to one of the maintainers on Discord before you start on anything big.',
      'If you\'d like to contribute a new feature, please open an issue first so we can agree on the design.',
      'For anything non-trivial, it\'s worth opening a discussion before writing code.',
    ];
    for (const s of asks) it(`asks: "${s}"`, async () => assert.equal(await discuss(s), true));
    it.skip('asks: "Before starting on a new feature, it is wise to float the idea on the forum." (left open, session 21: "float the idea" is no talk word yet; it failed before this session)', async () =>
      assert.equal(await discuss('Before starting on a new feature, it is wise to float the idea on the forum.'), true));
  });

  describe('base branch', () => {
    it('"Base your work on ... This is usually the `main` branch" gives main', async () => {
      assert.equal(await base('Create a topic branch from where you want to base your work. This is usually the `main` branch.'), 'main');
    });
    it.skip('"This is usually `develop`, except for hotfixes" still gives develop (left open, session 21: the usual-answer sentence must end with the name)', async () => {
      assert.equal(await base('Base your branch on the branch you want to merge into. This is usually `develop`, except for hotfixes.'), 'develop');
    });
    it('near miss: a backport\'s base, "This is usually the `3.x` branch", is no base for all work', async () => {
      assert.equal(await base('To backport a fix, base your changes on the maintenance branch. This is usually the `3.x` branch.'), null);
    });
    it('near miss: "Patches to the `stable` branch are only accepted from maintainers"', async () => {
      assert.equal(await base('Patches to the `stable` branch are only accepted from maintainers.'), null);
    });
    it('near miss: "the `1.x` branch you\'re targeting receives only security fixes"', async () => {
      assert.equal(await base('Check which version you\'re targeting: the `1.x` branch receives only security fixes.'), null);
    });
    it('"Rebase your PR onto the tip of `main`" gives main', async () => {
      assert.equal(await base('Rebase your PR onto the tip of `main` before asking for review.'), 'main');
    });
    it('"Development is done on the `develop` branch" gives develop', async () => {
      assert.equal(await base('Development is done on the `develop` branch; `master` holds the latest release.'), 'develop');
    });
    it.skip('"against the develop-branch" gives develop, not "develop-branch" (left open, session 21: a "-branch" suffix is not split off; it failed before this session)', async () => {
      assert.equal(await base('Please open pull requests against the develop-branch.'), 'develop');
    });
    it('"Send pull requests to `release/next`" still reads the whole name', async () => {
      assert.equal(await base('Send pull requests to the `release/next` branch.'), 'release/next');
    });
  });

  describe('sign-off', () => {
    it('"A DCO sign-off is required; a CLA is not required": required', async () => {
      assert.equal(await signOff('A DCO sign-off is required; a CLA is not required.'), 'required');
    });
    it('"Sign-off is required for code; it is not required for typo fixes": required', async () => {
      assert.equal(await signOff('Every commit needs a Signed-off-by line, but for typo fixes in the docs a sign-off is not required.'), 'required');
    });
    it('"Signing off is mandatory; GPG signatures are not required": required', async () => {
      assert.equal(await signOff('Signing off your commits is mandatory (`git commit -s`), while GPG signatures on the sign-off commits are not required.'), 'required');
    });
    it('(reStructuredText) "The DCO is not required for documentation-only changes; all other commits must be signed off": required', async () => {
      assert.equal((await read('Contributing\n============\n\nDeveloper Certificate of Origin\n-------------------------------\n\nThe DCO is not required for documentation-only changes; all other commits must be signed off.\n', 'CONTRIBUTING.rst')).commit.signOff ?? null, 'required');
    });
    it('"Pull requests whose commits are not signed off cannot be merged": required', async () => {
      assert.equal(await signOff('Pull requests whose commits are not signed off cannot be merged.'), 'required');
    });
    it('"Make sure every commit is signed off": required', async () => {
      assert.equal(await signOff('- Make sure every commit is signed off.'), 'required');
    });
    it('near miss: "Commits that are not signed off are fine; we add the trailer when merging": no rule', async () => {
      assert.equal(await signOff('Commits that are not signed off are fine; we add the trailer when merging.'), null);
    });
    it('near miss: "Release managers require a sign-off from two maintainers before tagging": no rule', async () => {
      assert.equal(await signOff('Release managers require a sign-off from two maintainers before tagging a release.'), null);
    });
    it('near miss: "Ensure the changes are signed off by a reviewer before merging" (approval): no rule', async () => {
      assert.equal(await signOff('Maintainers: ensure the changes are signed off by a reviewer before merging.'), null);
    });
    it('near miss: "We don\'t require a sign-off on commits": not required', async () => {
      assert.notEqual(await signOff('We don\'t require a sign-off on commits.'), 'required');
    });
  });

  describe('CLA', () => {
    it('near miss: "## Why do we need a CLA?" answered "No lawyer likes ambiguity": required', async () => {
      assert.equal(await cla('# Contributing\n\n## Why do we need a CLA?\n\nNo lawyer likes ambiguity: the CLA makes clear who owns the code. Please sign it before your first pull request.\n'), true);
    });
    it('near miss: "## Is the CLA needed again for another repo?" answered "No. One signature covers all": required', async () => {
      assert.equal(await cla('# Contributing\n\nAll contributors must sign the [CLA](https://cla.example.org).\n\n## Do I need to sign the CLA again for another Foo repository?\n\nNo. One signature covers every Foo repository.\n'), true);
    });
    it('near miss: "Contributors who previously had a CLA on file need not sign again; everyone else must sign": required', async () => {
      assert.equal(await cla('# Contributing\n\nContributors who previously had a CLA on file do not need to sign again; everyone else must sign the CLA before their first pull request.\n'), true);
    });
    it('"We do not require contributors to sign a copyright assignment or a contributor license agreement": not required', async () => {
      assert.equal(await cla('# Contributing\n\nWe do not require contributors to sign a copyright assignment or a contributor license agreement.\n'), false);
    });
    it('near miss: inbound = outbound, "no separate contribution agreement to sign": not required', async () => {
      assert.notEqual(await cla('# Contributing\n\nBy opening a pull request you agree to license your work under the MIT licence. There is no separate contribution agreement to sign.\n'), true);
    });
    it('near miss: "Contribution Agreement" as the heading of a licence paragraph: no CLA', async () => {
      assert.notEqual(await cla('# Contributing\n\n## Contribution agreement\n\nContributions are accepted under the project\'s Apache-2.0 licence; nothing needs to be signed.\n'), true);
    });
    it('near miss (AsciiDoc): "== Can I contribute without signing the CLA?" answered "No.": required', async () => {
      assert.equal(await cla('= Contributing\n\n== Can I contribute without signing the CLA?\n\nNo. Every contributor must sign it before the first pull request is merged.\n', 'CONTRIBUTING.adoc'), true);
    });
    it('"You must sign the Eclipse Contributor Agreement (ECA)": required', async () => {
      assert.equal(await cla('# Contributing\n\nYou must sign the Eclipse Contributor Agreement (ECA) before we can accept your pull request.\n'), true);
    });
  });

  describe('branch naming', () => {
    it('near miss: "When you open the PR, name it after the issue it fixes" (the PR title)', async () => {
      assert.equal(await naming('When you open the pull request, name it after the issue it fixes.'), null);
    });
    it('near miss: "Commit messages should start with the related issue number"', async () => {
      assert.equal(await naming('Commit messages should start with the related issue number, e.g. `#123: fix login`.'), null);
    });
    it('near miss: "PR titles must be prefixed by the Jira key"', async () => {
      assert.equal(await naming('PR titles must be prefixed by the JIRA key, e.g. `PROJ-123: Fix login`.'), null);
    });
    it('near miss: "Maintainers must create a `hotfix/<version>` branch for each patch release"', async () => {
      assert.equal(await naming('Maintainers must create a `hotfix/<version>` branch for each patch release.'), null);
    });
    it('near miss: "The CI deploys every `feature/<name>` branch to a preview; please check it"', async () => {
      assert.equal(await naming('Our CI deploys every `feature/<name>` branch to a preview site; please check the preview before asking for review.'), null);
    });
    it('"Create a branch named like `feature/[short-name]`" gives the form', async () => {
      assert.equal(await naming('Create a branch named like `feature/[short-name]` for your work.'), 'feature/[short-name]');
    });
    it('"Please create your branch as `fix/<issue-number>`" gives the form', async () => {
      assert.equal(await naming('Please create your branch as `fix/<issue-number>`.'), 'fix/<issue-number>');
    });
    it('"Branch names should contain the ticket number" is the rule', async () => {
      const s = 'Branch names should contain the ticket number.';
      assert.equal(await naming(s), s);
    });
  });
});
