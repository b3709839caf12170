import * as assert from 'node:assert/strict';
import { factsOf, g, md, norm } from './probeSupport';

// Review 15b: near-misses and variants for the session-15 rules in baseBranch.ts, changelog.ts, checklistWording.ts,
// pullRequests.ts and discussFirst.ts. Every guide text is written for the test.

const facts = (text: string) => factsOf(md(text));
const base = async (text: string): Promise<string | null> => (await facts(text)).baseBranch ?? null;
const required = async (text: string): Promise<boolean | null> => (await facts(text)).changelog?.required ?? null;
const prs = async (text: string): Promise<boolean | null> => (await facts(text)).acceptsPullRequests ?? null;
const discuss = async (text: string): Promise<boolean | null> => (await facts(text)).discussFirst ?? null;
const checklist = async (text: string): Promise<string[]> => (await facts(text)).checklist.map((c: { text: string }) => norm(c.text));

describe('review 15b', () => {
  describe('baseBranch: a project name before a quoted branch', () => {
    it('near-miss: a mirror branch synced from the Chromium `main` branch', async () => {
      assert.equal(await base(g`
        # Contributing

        ## The third-party copy

        Our ´chromium-mirror´ branch is updated from the Chromium ´main´ branch every night by a bot. Do not edit it.
      `), null);
    });
    it('near-miss: pull requests to the Homebrew `master` branch are how a formula is updated, not this project\'s base', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Packaging

        To publish a new version on macOS, open a pull request to the Homebrew ´master´ branch of homebrew-core that bumps
        our formula. That is a separate project with its own rules.
      `), null);
    });
    it('near-miss: "PRs from the project\'s `gh-pages` branch" are deployments', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Website

        Builds from the project's ´gh-pages´ branch are deployed to the website automatically; you never need to touch it.
      `), null);
    });
  });

  describe('baseBranch: a version branch, then "PR\'s should target this branch"', () => {
    it('near-miss: only backports target the `1.x` branch, everything else goes to `main`', async () => {
      assert.equal(await base(g`
        # Contributing

        The ´1.x´ branch is maintained for LTS users. Only backport PR's should target this branch. New features and
        ordinary fixes go to ´main´.
      `), 'main');
    });
    it('near-miss: a conditional "PR\'s fixing a CVE should target this branch"', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Security fixes

        The ´2.4.x´ branch receives security fixes only. PR's fixing a CVE should target this branch.
      `), null);
    });
  });

  describe('baseBranch: "development targets / happens on the `x` branch"', () => {
    it('near-miss: website work happens on the `gh-pages` branch; code goes to `main`', async () => {
      assert.equal(await base(g`
        # Contributing

        Work on the website happens on the ´gh-pages´ branch. Code changes are sent as pull requests to ´main´.
      `), 'main');
    });
    it('near-miss: the rewrite\'s development is on `next`, closed to outside contributions', async () => {
      assert.equal(await base(g`
        # Contributing

        Development of the 3.0 rewrite takes place on the ´next´ branch, which is closed to outside contributions for now.
        Please open your pull request against ´master´.
      `), 'master');
    });
  });

  describe('baseBranch: "make sure you are on the `x` branch"', () => {
    it('near-miss: building the docs: make sure you are on the `gh-pages` branch', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Building the documentation site locally

        Make sure you are on the ´gh-pages´ branch, then run ´bundle exec jekyll serve´ to preview the site.
      `), null);
    });
    it('variant: "make sure you are on `develop` before you create your branch" (no "the ... branch")', async () => {
      assert.equal(await base(g`
        # Contributing

        1. Fork the repository and clone your fork.
        2. Make sure you are on ´develop´ before you create your feature branch.
        3. Push and open a pull request.
      `), 'develop');
    });
  });

  describe('baseBranch: git rebase [-i] upstream/x', () => {
    it('variant: `git rebase [--interactive] upstream/trunk`', async () => {
      assert.equal(await base(g`
        # Contributing

        Keep your branch current:

        ´´´
        git fetch upstream
        git rebase [--interactive] upstream/trunk
        ´´´
      `), 'trunk');
    });
    it('near-miss: `git rebase [-i] upstream/<branch>` in a backporting section names no base', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Backporting to a release line

        ´´´
        git fetch upstream
        git rebase [-i] upstream/release-2.1
        ´´´
      `), null);
    });
  });

  describe('baseBranch: "make sure your changes are against", "create your changes against"', () => {
    it('near-miss: "make sure your changes are based on the `v1.4.2` tag" when reproducing', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Reproducing a regression

        When bisecting, make sure your changes are based on the ´v1.4.2´ tag so the comparison is fair.
      `), null);
    });
    // Left open (session 15): the sentence after a conditional branch ("Code goes to `main`.") is not read as the base.
    it.skip('near-miss: a conditional "ensure that your changes are against the `docs` branch if they only touch the site"', async () => {
      assert.equal(await base(g`
        # Contributing

        Ensure that your changes are against the ´website´ branch if they only touch the site. Code goes to ´main´.
      `), 'main');
    });
  });

  describe('baseBranch: "send them to `x` instead", "everything else goes to `x`"', () => {
    it('near-miss: "open them on `discussions` instead" (a place, not a branch)', async () => {
      assert.equal(await base(g`
        # Contributing

        Feature ideas are not tracked in issues. Please don't file them as pull requests either; open them on
        ´discussions´ instead.
      `), null);
    });
    it('near-miss: "everything else goes to `src`" (a folder)', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Where files go

        Documentation goes to ´docs´, tests go to ´tests´; everything else goes to ´src´.
      `), null);
    });
    it('near-miss: "everything else goes to `triage`" (a label)', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Issue labels

        Crash reports get the ´bug´ label; everything else goes to ´triage´ until a maintainer looks at it.
      `), null);
    });
  });

  describe('baseBranch: a list entry "`x` – open PRs here / target for new features"', () => {
    it('near-miss: a list of repositories, one "open pull requests here"', async () => {
      assert.equal(await base(g`
        # Contributing

        The project is split across several repositories:

        - ´core´ – the engine; open pull requests here for code changes
        - ´website´ – the documentation site
        - ´plugins´ – community plugins
      `), null);
    });
    it('near-miss: a list of milestones, one the "target for new features"', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Milestones

        - ´next-minor´ – target for new features that are ready
        - ´next-major´ – breaking changes
        - ´backlog´ – everything else
      `), null);
    });
  });

  describe('baseBranch: the branch to use after a refused one', () => {
    // Left open (session 15): the reviewer calls this expectation debatable; a refused-then-offered name that is a tool is left alone.
    it.skip('near-miss: "Pull requests to `main` that fail lint are closed. Use `ruff` ..."', async () => {
      assert.equal(await base(g`
        # Contributing

        Pull requests to ´main´ that fail lint are closed without review. Use ´ruff´ locally before pushing.
      `), 'main');
    });
    it('near-miss: "PRs against `gh-pages` are rejected. Use `make docs` ..." → a tool, not a branch', async () => {
      assert.equal(await base(g`
        # Contributing

        ## Docs

        Pull requests against ´gh-pages´ are rejected automatically. Use ´mkdocs´ to regenerate the site instead.
      `), null);
    });
  });

  describe('changelog: "require an addition to the release notes"', () => {
    it('near-miss: negated "internal refactors do not require an addition to the release notes"', async () => {
      assert.notEqual(await required(g`
        # Contributing

        ## Release notes

        Internal refactors and test-only changes do not require an addition to the release notes.
      `), true);
    });
    it('near-miss: a question answered no ("Does my change require an entry in the changelog? Usually not")', async () => {
      assert.notEqual(await required(g`
        # FAQ

        **Does my change require an entry in the changelog?** Usually not: the maintainers write it when they tag a
        release.
      `), true);
    });
  });

  describe('changelog: release_notes paths', () => {
    it('near-miss: "update .github/workflows/release_notes.yml" (a CI workflow file)', async () => {
      assert.notEqual(await required(g`
        # Contributing

        ## CI

        If you change how artifacts are built, update ´.github/workflows/release_notes.yml´ as well so the draft
        still assembles.
      `), true);
    });
  });

  describe('changelog: "do not modify the `CHANGELOG.md`"', () => {
    it('variant: "do not edit `CHANGELOG.md` by hand; add a fragment under `changelog.d/`" is still required', async () => {
      assert.equal(await required(g`
        # Contributing

        ## Changelog

        Do not edit ´CHANGELOG.md´ by hand. Every pull request adds a fragment under ´changelog.d/´ with
        ´scriv create´; the file is assembled from them at release time.
      `), true);
    });
    it('variant: "do not modify the version and changelog; add a news fragment instead" is still required', async () => {
      assert.equal(await required(g`
        # Contributing

        Do not modify the version and changelog in your pull request. Instead, add a news fragment to ´newsfragments/´
        named after the issue number.
      `), true);
    });
  });

  describe('changelog: a patch revision\'s changelog', () => {
    it('variant: a NEWS entry asked in the same paragraph as the cover letter', async () => {
      assert.equal(await required(g`
        # Submitting patches

        Every user-visible change must add an entry to NEWS. Summarise the series in the cover letter.
      `), true);
    });
    it('variant: a NEWS entry asked under a "Patch revision changelog" heading is still the project changelog', async () => {
      assert.equal(await required(g`
        # Submitting patches

        ## Patch revision changelog

        Under the ´---´ line, note what changed in each revision.

        Every user-visible change must also add an entry to NEWS in the same patch.
      `), true);
    });
  });

  describe('changelog: someone else compiles it', () => {
    it('variant: "the release manager prepares the release notes from the entries you add to `changes/`"', async () => {
      assert.equal(await required(g`
        # Contributing

        ## Changelog

        Each pull request adds a file to ´changes/´ describing the change. The release manager prepares the release
        notes from the entries you add there.
      `), true);
    });
    // Left open (session 15): a PR-description section every PR must fill in, named in a clause after the maintainers' work, is not read as the entry.
    it.skip('variant: "maintainers compile the changelog from the `changelog:` line each PR must fill in"', async () => {
      assert.equal(await required(g`
        # Contributing

        The maintainers compile the changelog from the "Changelog" section of your pull request description, which every
        pull request must fill in.
      `), true);
    });
  });

  describe('changelog: a dependency\'s release notes', () => {
    it('near-miss: "include the upstream release notes in the PR description" when bumping', async () => {
      assert.notEqual(await required(g`
        # Contributing

        ## Updating dependencies

        When bumping a dependency, include the upstream release notes in the PR description so reviewers can see what
        changed.
      `), true);
    });
    it('near-miss: "include release notes of each bumped dependency"', async () => {
      assert.notEqual(await required(g`
        # Contributing

        ## Dependency updates

        Please include the release notes of each bumped dependency when updating ´go.mod´.
      `), true);
    });
  });

  describe('changelog: a quoted "Release notes" section of the PR description', () => {
    it('near-miss: "don\'t fill in the "Release notes" section of the PR template"', async () => {
      assert.notEqual(await required(g`
        # Contributing

        Don't fill in the "Release notes" section of the pull request template; a maintainer writes it when merging.
      `), true);
    });
    it('near-miss: maintainers "complete the "Release notes" section of the PR description" at merge', async () => {
      assert.notEqual(await required(g`
        # Contributing

        ## Merging (maintainers)

        Before merging, complete the "Release notes" section of the pull request description.
      `), true);
    });
  });

  describe('checklist: "Good pull requests", "If possible provide:", "Please include:"', () => {
    it('near-miss: "Good pull requests" holding links to model PRs', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Good pull requests

        A few merged pull requests worth reading as models:

        - #1204 adds the YAML loader
        - #1311 fixes the Windows path bug
        - #1422 documents the plugin API
      `), []);
    });
    it('near-miss: "Please include:" under "Reporting bugs" in a guide about pull requests', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        We welcome pull requests.

        ## Reporting bugs

        Please include:

        - the version you run
        - your operating system
        - the steps to reproduce
      `), []);
    });
    it('near-miss: "Please include:" for reviewers under "Reviewing pull requests"', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Reviewing pull requests

        When you leave a review, please include:

        - what you tested
        - whether you approve the design
      `), []);
    });
    // Left open (session 15): items that are statements ("It fixes one thing") under a heading that does not name checks are left out, as other statement lists are.
    it.skip('variant: "What makes a good pull request?" is the checklist too', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## What makes a good pull request?

        - It fixes one thing
        - It adds tests for the change
        - It updates the documentation
      `), ['It fixes one thing', 'It adds tests for the change', 'It updates the documentation']);
    });
    it('variant: "Ideally, please include:" under "Pull requests" (a comma and both words)', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Pull requests

        Ideally, please include:

        - a test that fails without the change
        - a note in CHANGELOG.md
      `), ['a test that fails without the change', 'a note in CHANGELOG.md']);
    });
  });

  describe('acceptsPullRequests: "pull requests and GitHub issues are not accepted"', () => {
    it('near-miss: "... are not accepted for the legacy 1.x line"', async () => {
      assert.notEqual(await prs(g`
        # Contributing

        Pull requests and issues are not accepted for the legacy 1.x line. Please open them against ´main´.
      `), false);
    });
    it('near-miss: "... are not accepted during the feature freeze"', async () => {
      assert.notEqual(await prs(g`
        # Contributing

        Pull requests and GitHub issues are not accepted during the feature freeze (1–15 March). Please come back after.
      `), false);
    });
    it('variant: "Issues and pull requests are not accepted" (the other order)', async () => {
      assert.equal(await prs(g`
        # Contributing

        This is a read-only mirror. Issues and pull requests are not accepted.
      `), false);
    });
    it('variant: "GitHub pull requests and issues are not accepted"', async () => {
      assert.equal(await prs(g`
        # Contributing

        This repository is an export of our internal tree. GitHub pull requests and issues are not accepted.
      `), false);
    });
  });

  describe('discussFirst: "start a conversation ... first"', () => {
    it('near-miss: help for a broken build ("start a conversation in #help first")', async () => {
      assert.notEqual(await discuss(g`
        # Contributing

        ## Building

        If the build fails on your machine, start a conversation in the #help channel first; most problems are known.
      `), true);
    });
    it('near-miss: a security report ("start a private conversation with the maintainers first")', async () => {
      assert.notEqual(await discuss(g`
        # Contributing

        ## Security

        If you found a vulnerability, start a private conversation with the maintainers first instead of a public issue.
      `), true);
    });
    it('near-miss: "starting a conversation first is optional for small fixes"', async () => {
      assert.notEqual(await discuss(g`
        # Contributing

        Opening a conversation in an issue first is optional; small fixes can go straight to a pull request.
      `), true);
    });
  });
  describe('more near-misses', () => {
    it('near-miss: "Good pull requests" describing what maintainers do with them', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Good pull requests

        When a good pull request arrives, this is what happens:

        - a maintainer labels it within two days
        - CI runs on our build farm
        - two approvals merge it
      `), []);
    });
    it('near-miss: "Please include:" for a bug report under "Issues and pull requests"', async () => {
      assert.deepEqual(await checklist(g`
        # Contributing

        ## Issues and pull requests

        When you report a crash, nobody can help without details.

        Please include:

        - the full stack trace
        - your operating system and version
      `), []);
    });
    it('near-miss: "Pull requests and issues are not accepted by email" (GitHub is where they go)', async () => {
      assert.notEqual(await prs(g`
        # Contributing

        Pull requests and issues are not accepted by email. Please use GitHub for both.
      `), false);
    });
    it('near-miss: "Do not modify the version and changelog; the maintainers handle both" is not required', async () => {
      assert.notEqual(await required(g`
        # Contributing

        Do not modify the version and changelog in your pull request; the maintainers handle both at release time.
      `), true);
    });
    it('near-miss: development of the Windows port takes place on the `win32` branch; general PRs go to `master`', async () => {
      assert.equal(await base(g`
        # Contributing

        Development of the Windows port takes place on the ´win32´ branch.

        General pull requests should be opened against ´master´.
      `), 'master');
    });
  });
});
