import * as assert from 'node:assert/strict';
import { factsOf, g, md as guide } from './probeSupport';

// Review 16b: near-misses and missed variants for session 16's scalar and file rules (1916955, 3e3d40e, 640e8d7,
// 4e169e9). Every guide text is written for this test. 33 probes failed at first, 25 of them false positives of this
// session's rules: all fixed or the rule narrowed; what is left open is skipped, saying why.

const guideOf = async (files: Record<string, string>) => (await factsOf(files)).files.guide;
const changelog = async (text: string) => (await factsOf(guide(text))).changelog;
const accepts = async (files: Record<string, string>) => (await factsOf(files)).acceptsPullRequests;
const discuss = async (text: string) => (await factsOf(guide(text))).discussFirst;
const base = async (text: string) => (await factsOf(guide(text))).baseBranch;
const convention = async (text: string) => (await factsOf(guide(text))).commit.convention;
const cla = async (text: string) => (await factsOf(guide(text))).claRequired;
const checklist = async (text: string) => (await factsOf(guide(text))).checklist.map((c) => c.text);

const README = '# tool\n\nA tool.\n';
const body = '# Contributing\n\nOpen a pull request against `main`.\n';

describe('review16b: session 16 scalar and file rules', () => {
  describe('the guide name with words in front (1916955, guidePlaces PREFIXED_GUIDE_NAME)', () => {
    it('near miss: a translations-only page (docs/translations-contributing.md) is not the project guide when HACKING.md is there', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'HACKING.md': '# Hacking\n\nRun `make check`.\n', 'docs/translations-contributing.md': '# Translating\n\nUse Weblate.\n' }), 'HACKING.md');
    });
    it('near miss: OUTDATED_CONTRIBUTING.md is set aside like OLD_CONTRIBUTING.md', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'OUTDATED_CONTRIBUTING.md': body }), null);
    });
    it('near miss: OBSOLETE-CONTRIBUTING.md is set aside (SET_ASIDE already names "obsolete")', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'OBSOLETE-CONTRIBUTING.md': body }), null);
    });
    it('near miss: docs/historical-contributing.md is set aside', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'docs/historical-contributing.md': body }), null);
    });
    it('near miss: AI_AGENTS_CONTRIBUTING.md (rules for coding agents) is not the guide when HACKING.md is', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'HACKING.md': '# Hacking\n\nRun `make`.\n', 'AI_AGENTS_CONTRIBUTING.md': '# For agents\n\nDo not open PRs.\n' }), 'HACKING.md');
    });
    it.skip('should fire: a word ending in "old" is no set-aside word (scaffold-contributing.md) (left open, session 16: the prefixes before CONTRIBUTING are an allowlist since this review found false positives)', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'docs/scaffold-contributing.md': body }), 'docs/scaffold-contributing.md');
    });
    it.skip('should fire: a wiki-style CamelCase name (docs/HowToContribute.md) (left open, session 16: CamelCase guide names without separators are not looked for)', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'docs/HowToContribute.md': body }), 'docs/HowToContribute.md');
    });
    it.skip('should fire: a prefixed plain-text guide without extension (GETTING_STARTED_CONTRIBUTING) (left open, session 16: prefixed guide names need a doc extension)', async () => {
      assert.equal(await guideOf({ 'README.md': README, GETTING_STARTED_CONTRIBUTING: body }), 'GETTING_STARTED_CONTRIBUTING');
    });
    it('control: docs/GETTING_STARTED_CONTRIBUTING.md is the guide', async () => {
      assert.equal(await guideOf({ 'README.md': README, 'docs/GETTING_STARTED_CONTRIBUTING.md': body }), 'docs/GETTING_STARTED_CONTRIBUTING.md');
    });
  });

  describe('changelog: leave … alone, a note at the top of CHANGES, optional after the file (3e3d40e, 640e8d7, 4e169e9; changelog.ts)', () => {
    it('near miss: "leave the CHANGELOG untouched except for" adding your own line still asks for an entry', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nLeave the CHANGELOG untouched except for adding one line for your change under "Unreleased" in CHANGELOG.md.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: "leave CHANGELOG.md alone for docs-only changes" beside the ask in one paragraph', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nAdd an entry to CHANGELOG.md for every fix or feature. Leave CHANGELOG.md alone for docs-only changes.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: leave it alone "unless" the change is user-facing', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nPlease leave the changelog alone unless your change is user-facing; user-facing changes must add a line to CHANGELOG.md.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: "leave the changelog as is in backport PRs", an entry for PRs to main', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nPlease leave the changelog as is in backport PRs; for PRs to `main`, add an entry to CHANGELOG.md.\n'), { required: true, how: 'changelog-file' });
    });
    it('should fire: "leave `CHANGELOG.rst` alone"', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nPlease leave `CHANGELOG.rst` alone: the release manager writes it.\n'), { required: false, how: null });
    });
    it('near miss: "documented at the top of NEWS" asks nothing', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nOur versioning policy is documented at the top of NEWS.\n'), { required: null, how: null });
    });
    it('near miss: "record your name in AUTHORS; see the note at the top of CHANGES"', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nRecord your name in the AUTHORS file; see the note at the top of CHANGES for how releases are cut.\n'), { required: null, how: null });
    });
    it('control: "add a note to the top of CHANGES" asks for an entry', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nAdd a note to the top of CHANGES describing your change.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: "mentioning your name in it is optional" leaves the entry required', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nAdd an entry to CHANGELOG.md for every change; mentioning your GitHub handle in it is optional.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: "even if you think it\'s optional" leaves the entry required', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nAlways add an entry to CHANGELOG.md, even if you think it\'s optional for a small fix.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: an optional part of the entry, "which is optional"', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nEvery PR must add a line to CHANGELOG.md with a link to the PR and your name, which is optional.\n'), { required: true, how: 'changelog-file' });
    });
  });

  describe('pull requests refused (3e3d40e, 4e169e9; pullRequests.ts)', () => {
    it('near miss: patches as pull requests "instead of opening merge requests" on the old GitLab', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nPlease submit patches as pull requests on GitHub instead of opening merge requests on our old GitLab instance.\n'))), true);
    });
    it('near miss: security patches "by email only", pull requests for the rest', async () => {
      assert.equal((await accepts(guide('# Contributing\n\n## Security\n\nWe take security patches by email only, at security@example.org.\n\n## Code\n\nOpen a pull request against `main`.\n'))), true);
    });
    it('near miss: mailing patches "rather than opening a PR if you prefer", pull requests reviewed faster', async () => {
      assert.equal(await accepts(guide('# Contributing\n\nYou can mail patches to the list rather than opening a PR if you prefer, but pull requests are reviewed faster.\n')), true);
    });
    it('near miss: "we used to take patches by email only" (past)', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nUntil 2019 we took patches by email only. Since the move to GitHub, pull requests are how changes come in.\n'))), true);
    });
    it('near miss: "not accepting code contributions without tests"', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nWe are not accepting code contributions without tests. Open a pull request with a test for your fix.\n'))), true);
    });
    it('near miss: "The GitLab repository is a read-only mirror" of this GitHub one', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nThe GitLab repository is a read-only mirror of this one. Please open pull requests here on GitHub.\n'))), true);
    });
    it('should fire: "Our GitHub repository is a read-only mirror"', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nOur GitHub repository is a read-only mirror of git.example.org.\n'))), false);
    });
    it('should fire: "The repository on GitHub is a read-only mirror"', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nThe repository on GitHub is a read-only mirror of git.example.org.\n'))), false);
    });
    it('should fire: "This GitHub project is only a mirror"', async () => {
      assert.equal((await accepts(guide('# Contributing\n\nThis GitHub project is only a mirror of our Fossil repository.\n'))), false);
    });
  });

  describe('conventionalcommits.org (3e3d40e; commitConvention.ts CONVENTIONAL_NAME)', () => {
    it('near miss: "we do not follow conventionalcommits.org"', async () => {
      assert.equal((await convention('# Contributing\n\n## Commit messages\n\nWe do not follow conventionalcommits.org; write a short imperative subject in plain English.\n')) === 'conventional', false);
    });
    it('near miss: conventionalcommits.org "used to" be followed and was dropped', async () => {
      assert.equal(await convention('# Contributing\n\nWe used to use conventionalcommits.org but dropped it in 2022; write plain subjects.\n'), null);
    });
    it('control: "follow conventionalcommits.org"', async () => {
      assert.equal(await convention('# Contributing\n\n## Commit messages\n\nCommit messages follow conventionalcommits.org.\n'), 'conventional');
    });
  });

  describe('discussing first (640e8d7, 4e169e9; discussConcepts.ts, discussFirst.ts)', () => {
    it('near miss: a heads-up before closing an abandoned PR', async () => {
      assert.equal((await discuss('# Contributing\n\nIf you can no longer work on your pull request, please give us a heads-up before closing it so someone else can pick it up.\n')), null);
    });
    it('near miss: a heads-up "first" when you stop working on a PR, so the issue can be reassigned', async () => {
      assert.equal(await discuss('# Contributing\n\nIf you plan to stop working on a PR, please give us a heads-up first so we can reassign the issue.\n'), null);
    });
    it('near miss: drop us a line before your first contribution "if you want a mentor"', async () => {
      assert.equal(await discuss('# Contributing\n\nPlease drop us a line on Matrix before your first contribution if you want a mentor.\n'), null);
    });
    it('near miss: "PRs that haven\'t been approved by two reviewers will not be merged" is review, not discussing first', async () => {
      assert.equal((await discuss('# Contributing\n\nPull requests that haven\'t been approved by at least two reviewers will not be merged.\n')), null);
    });
    it('near miss: "link to the corresponding GitHub issue, if there is one"', async () => {
      assert.equal((await discuss('# Contributing\n\nEvery pull request should link to the corresponding GitHub issue, if there is one.\n')), null);
    });
    it('should fire: a discussion first for features "instead of opening an issue"', async () => {
      assert.equal((await discuss('# Contributing\n\nFor new features, please start a discussion in GitHub Discussions first instead of opening an issue.\n')), true);
    });
    it('near miss: "PRs don\'t need a matching issue" then features discussed first', async () => {
      assert.equal((await discuss('# Contributing\n\nPRs don\'t need a matching issue. For new features, though, please open an issue to discuss it before you start.\n')), true);
    });
  });

  describe('base branches: unstable, staging, integration, a quoted name after "branch from/off" (640e8d7; baseBranch.ts)', () => {
    it('near miss: merged changes are deployed to staging', async () => {
      assert.equal(await base('# Contributing\n\nOpen your pull request against `main`. Once merged, changes are deployed to staging automatically.\n'), 'main');
    });
    it('near miss: Debian packaging targets unstable', async () => {
      assert.equal(await base('# Contributing\n\n## Packaging\n\nUploads target Debian unstable first. Packagers should base their work on unstable and then backport.\n\n## Code\n\nSend pull requests to `master`.\n'), 'master');
    });
    it('near miss: "branch off `gh-pages`" for the website, pull requests to main', async () => {
      assert.equal(await base('# Contributing\n\nTo update the website, branch off `gh-pages`.\n\nAll other pull requests go to `main`.\n'), 'main');
    });
    it('control: "branch from `unstable`"', async () => {
      assert.equal(await base('# Contributing\n\nPlease branch from `unstable` and open your PR against it.\n'), 'unstable');
    });
  });

  describe('"Pre-flight checks" as a checklist heading (640e8d7; checklistWording.ts)', () => {
    it('near miss: the maintainers\' "Release pre-flight checks"', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Release pre-flight checks (maintainers only)

        - Bump the version in ´pyproject.toml´
        - Tag the release commit
        - Publish to PyPI
      `), []);
    });
    it('near miss: "Pre-merge checks" that describe what CI runs', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Pre-merge checks

        Our CI runs these jobs on every pull request:

        - make sure unit tests pass on Linux, macOS and Windows
        - make sure the docs build
      `), []);
    });
    it('control: "Pre-flight checks" before opening a PR', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Pre-flight checks

        - Run the full test suite and make sure it passes
        - Update the documentation for any changed behaviour
      `), ['Run the full test suite and make sure it passes', 'Update the documentation for any changed behaviour']);
    });
  });

  describe('a CLA left behind, "moved from a CLA to" (4e169e9; cla.ts IN_PLACE_OF)', () => {
    it('near miss: "hasn\'t changed from the CLA" process still requires it', async () => {
      assert.equal(await cla('# Contributing\n\nNothing has changed from the CLA process of other Example projects: please sign the Contributor License Agreement before your first pull request.\n'), true);
    });
    it('near miss: "switched from the Google CLA to the Example Foundation CLA" still requires a CLA', async () => {
      assert.equal(await cla('# Contributing\n\nIn 2023 we switched from the Google CLA to the Example Foundation CLA. All contributors must sign the new CLA before their pull request can be merged.\n'), true);
    });
    it.skip('near miss: "switched from a CLA to the DCO, but corporate contributors must still sign the Corporate CLA" (left open, session 16: a CLA left behind in one clause and asked in another is read as left behind)', async () => {
      assert.equal(await cla('# Contributing\n\nWe switched from a CLA to the DCO, but corporate contributors must still sign the Corporate CLA before their pull request is merged.\n'), true);
    });
    it('control: "we moved from a CLA to the DCO"', async () => {
      assert.notEqual(await cla('# Contributing\n\nWe moved from a CLA to the DCO in 2022: sign off your commits with `git commit -s`.\n'), true);
    });
  });
});
