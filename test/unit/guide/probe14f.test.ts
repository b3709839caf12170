import * as assert from 'node:assert/strict';
import { adoc, factsOf, g, md, norm, readme, rst } from './probeSupport';

// Session 14, probe f. Black-box probes of base branch, changelog, commit convention and discuss-first, in the
// wordings ordinary guides use. Every excerpt is written for this test. A failing test is a finding.

type Exp = {
  baseBranch?: string | null;
  convention?: string | null;
  subjectMaxLength?: number | null;
  changelogRequired?: boolean | null;
  changelogHow?: string | null;
  discussFirst?: boolean | null;
  acceptsPullRequests?: boolean | null;
};

const pick = async (files: Record<string, string>, exp: Exp) => {
  const f = await factsOf(files);
  const all: Record<string, unknown> = {
    baseBranch: f.baseBranch,
    convention: f.commit?.convention ?? null,
    subjectMaxLength: f.commit?.subjectMaxLength ?? null,
    changelogRequired: f.changelog?.required ?? null,
    changelogHow: f.changelog?.how ?? null,
    discussFirst: f.discussFirst ?? null,
    acceptsPullRequests: f.acceptsPullRequests ?? null,
  };
  const got: Record<string, unknown> = {};
  for (const k of Object.keys(exp)) got[k] = all[k];
  return { got, f };
};
const expect = async (files: Record<string, string>, exp: Exp) => {
  const { got } = await pick(files, exp);
  assert.deepEqual(got, exp);
};
const expectNotDiscussFirst = async (files: Record<string, string>) => {
  const f = await factsOf(files);
  assert.notEqual(f.discussFirst, true, 'discussFirst should not be true');
};


describe('probe 14f: base branch, changelog, commit convention, discuss-first wordings', () => {
  describe('base branch', () => {
    it('"our development happens on the `dev` branch" with `master` for releases', async () => {
      await expect(md(g`
        # Contributing to Lumen

        ## Branches

        Our development happens on the ´dev´ branch. ´master´ only contains tagged releases and is updated by the
        maintainers when a version ships. Please base your work on ´dev´.

        ## Pull requests

        Keep pull requests focused on a single change and include tests.
      `), { baseBranch: 'dev' });
    });

    it('"All PRs go to `next`."', async () => {
      await expect(md(g`
        # How to contribute

        1. Fork the repository and create a topic branch.
        2. Make your change and add tests.
        3. Open a pull request. All PRs go to ´next´; we merge ´next´ into ´main´ before each release.
      `), { baseBranch: 'next' });
    });

    it('RST: "make your changes against the ``trunk`` branch"', async () => {
      await expect(rst(g`
        Contributing
        ============

        Submitting changes
        ------------------

        Fork the project on GitHub and make your changes against the ´´trunk´´ branch. Pull requests opened
        against other branches will be retargeted or closed.
      `), { baseBranch: 'trunk' });
    });

    it('AsciiDoc: "rebase your branch on top of `upstream/develop`"', async () => {
      await expect(adoc(g`
        = Contributing

        == Keeping your branch current

        Before you open the pull request, rebase your branch on top of ´upstream/develop´ and resolve any
        conflicts locally:

        [source,shell]
        ----
        git fetch upstream
        git rebase upstream/develop
        ----
      `), { baseBranch: 'develop' });
    });

    it('GitLab wording: "merge requests should target the `main` branch"', async () => {
      await expect(md(g`
        # Contributing

        We use GitLab merge requests. Push your branch to your fork and open a merge request; merge requests
        should target the ´main´ branch. A maintainer will review it within a week.
      `), { baseBranch: 'main' });
    });

    it('"target the default branch (`main`)"', async () => {
      await expect(md(g`
        # Contributing

        ## Opening a pull request

        Pull requests should target the default branch (´main´). Please enable "Allow edits from maintainers".
      `), { baseBranch: 'main' });
    });

    it('near-miss: "target the default branch" with no name -> null', async () => {
      await expect(md(g`
        # Contributing

        ## Opening a pull request

        Pull requests should target the repository's default branch. Please enable "Allow edits from
        maintainers" so we can push small fixes.
      `), { baseBranch: null });
    });

    it('only `git checkout -b my-fix upstream/v2` in a fenced block', async () => {
      await expect(md(g`
        # Contributing

        ## Workflow

        ´´´sh
        git clone https://github.com/you/quill.git
        cd quill
        git remote add upstream https://github.com/quill-org/quill.git
        git fetch upstream
        git checkout -b my-fix upstream/v2
        ´´´

        Then commit, push and open a pull request.
      `), { baseBranch: 'v2' });
    });

    it('near-miss: releases cut from `release` by maintainers; no PR target named -> null', async () => {
      await expect(md(g`
        # Contributing

        Pull requests are welcome. Please add tests for new behaviour.

        ## Releasing (maintainers only)

        Releases are cut from the ´release´ branch: merge, bump the version, tag, and push.
      `), { baseBranch: null });
    });

    it('`gh-pages` is not the target, `main` is', async () => {
      await expect(md(g`
        # Contributing

        The ´gh-pages´ branch holds the generated website; please do not send pull requests to it. Send them
        to ´main´ instead, and the site will be rebuilt by CI.
      `), { baseBranch: 'main' });
    });

    it('README Contributing section: "create a feature branch from `develop`"', async () => {
      await expect(readme(g`
        # tinyqueue

        A small priority queue.

        ## Install

        ´´´
        npm install tinyqueue
        ´´´

        ## Contributing

        Fork the repo, create a feature branch from ´develop´, and open a pull request back to ´develop´.
        Please run ´npm test´ first.
      `), { baseBranch: 'develop' });
    });

    it('"submit pull requests to the `staging` branch, not `master`"', async () => {
      await expect(md(g`
        # Contributing

        Please submit pull requests to the ´staging´ branch, not ´master´. Changes are promoted to ´master´
        after they have been deployed to the staging site.
      `), { baseBranch: 'staging' });
    });

    it('branch list: "`dev` – where new work lands; open PRs here"', async () => {
      await expect(md(g`
        # Contributing

        ## Branches

        - ´main´ – stable, released code
        - ´dev´ – where new work lands; open PRs here
        - ´1.x´ – security fixes for the previous major version
      `), { baseBranch: 'dev' });
    });

    it('"bug fixes for 1.x go to `1.x`; everything else goes to `main`" -> main', async () => {
      await expect(md(g`
        # Contributing

        ## Which branch?

        Bug fixes that only affect the old series go to ´1.x´; everything else, including new features, goes
        to ´main´.
      `), { baseBranch: 'main' });
    });

    it('Gitea/Codeberg wording: "open your pull request against `main`"', async () => {
      await expect(md(g`
        # Contributing

        This project lives on Codeberg. Fork it there, push your branch, and open your pull request against
        ´main´.
      `), { baseBranch: 'main' });
    });


    it('`git checkout develop` then `git checkout -b my-feature` in a workflow list', async () => {
      await expect(md(g`
        # Contributing

        ## Workflow

        1. Fork and clone the repository.
        2. Switch to the development branch and create your branch from it:

           ´´´
           git checkout develop
           git pull
           git checkout -b my-feature
           ´´´

        3. Push and open a pull request.
      `), { baseBranch: 'develop' });
    });

    it('"PRs against `master` will be closed. Use `develop`."', async () => {
      await expect(md(g`
        # Contributing

        **Important:** pull requests against ´master´ will be closed without review. Use ´develop´.
      `), { baseBranch: 'develop' });
    });
  });

  describe('changelog', () => {
    it('PR template: "- [ ] Added an entry to CHANGELOG.md under Unreleased"', async () => {
      const files = {
        'CONTRIBUTING.md': g`
          # Contributing

          Open a pull request and fill in the template.
        `,
        '.github/pull_request_template.md': g`
          ## Description

          <!-- What does this change and why? -->

          ## Checklist

          - [ ] Tests added or updated
          - [ ] Added an entry to CHANGELOG.md under "Unreleased"
        `,
      };
      await expect(files, { changelogRequired: true, changelogHow: 'changelog-file' });
      const f = await factsOf(files);
      assert.ok(f.checklist.some((c) => /CHANGELOG/.test(norm(c.text))), JSON.stringify(f.checklist));
    });

    it('Keep a Changelog wording: "under the `## [Unreleased]` heading"', async () => {
      await expect(md(g`
        # Contributing

        ## Changelog

        We keep a changelog following [Keep a Changelog](https://keepachangelog.com). Record every user-facing
        change in ´CHANGELOG.md´ under the ´## [Unreleased]´ heading, in the Added / Changed / Fixed group
        that fits.
      `), { changelogRequired: true, changelogHow: 'changelog-file' });
    });

    it('towncrier fragments in `changes/`: `1234.bugfix.md`', async () => {
      await expect(md(g`
        # Contributing

        ## News fragments

        We use towncrier. Each pull request needs a fragment in the ´changes/´ directory named
        ´<issue number>.<type>.md´, for example ´1234.bugfix.md´. Types are ´feature´, ´bugfix´, ´doc´ and
        ´removal´.
      `), { changelogRequired: true, changelogHow: 'changelog-folder' });
    });

    it('changie: "run `changie new`" -> .changes/unreleased', async () => {
      await expect(md(g`
        # Contributing

        ## Change log entries

        Run ´changie new´ and answer the prompts; it writes a YAML file into ´.changes/unreleased/´. Commit that
        file with your pull request.
      `), { changelogRequired: true, changelogHow: 'changelog-folder' });
    });

    it('changesets: "run `pnpm changeset`"', async () => {
      await expect(md(g`
        # Contributing

        ## Versioning

        If your change affects a published package, run ´pnpm changeset´, pick the packages and bump type, and
        commit the generated markdown file along with your change.
      `), { changelogRequired: true, changelogHow: 'changesets' });
    });

    it('RST: reno release notes in `releasenotes/notes/`', async () => {
      await expect(rst(g`
        Contributing
        ============

        Release notes
        -------------

        Any change visible to users needs a release note. Create one with::

            reno new short-description

        This adds a YAML file under ´´releasenotes/notes/´´; fill in the relevant sections and commit it with
        your change.
      `), { changelogRequired: true, changelogHow: 'changelog-folder' });
    });

    it('`newsfragments/` folder', async () => {
      await expect(md(g`
        # Contributing

        Please add a short description of your change as a new file in ´newsfragments/´, named after the pull
        request number, e.g. ´newsfragments/812.feature´.
      `), { changelogRequired: true, changelogHow: 'changelog-folder' });
    });

    it('`changelog.d/` with a `skip-changelog` label escape', async () => {
      await expect(md(g`
        # Contributing

        ## Changelog

        Add a file to ´changelog.d/´ describing your change. Purely internal changes (CI, refactoring) can skip
        this: ask a maintainer to add the ´skip-changelog´ label.
      `), { changelogRequired: true, changelogHow: 'changelog-folder' });
    });

    it('"add a line to `NEWS.md`"', async () => {
      await expect(md(g`
        # Contributing

        When you fix a bug or add a feature, add a line to ´NEWS.md´ at the top, under the development version
        heading, and mention your GitHub handle.
      `), { changelogRequired: true, changelogHow: 'changelog-file' });
    });

    it('negative: "the changelog is generated from the commit messages"', async () => {
      await expect(md(g`
        # Contributing

        ## Changelog

        You do not need to update the changelog. It is generated from the commit messages when we release.
      `), { changelogRequired: false });
    });

    it('negative: "maintainers update CHANGELOG.md ... please do not edit it"', async () => {
      await expect(md(g`
        # Contributing

        Maintainers update ´CHANGELOG.md´ when cutting a release, so please don't edit it in your pull request;
        it only causes merge conflicts.
      `), { changelogRequired: false });
    });

    it('PR body: "fill in the Release notes section of the PR description"', async () => {
      await expect(md(g`
        # Contributing

        ## Pull request description

        Fill in the "Release notes" section of the pull request description with one sentence for users. We
        copy it into the changelog when we release; leave it as "N/A" for internal changes.
      `), { changelogRequired: true, changelogHow: 'pr-body' });
    });

    it('near-miss: "see CHANGELOG.md for the release history" -> null', async () => {
      await expect(md(g`
        # Contributing

        Thanks for your interest! See ´CHANGELOG.md´ for the release history and ´ROADMAP.md´ for what is
        planned next. Pull requests are welcome.
      `), { changelogRequired: null });
    });

    it('RST: "must include an entry in ``CHANGES.rst``"', async () => {
      await expect(rst(g`
        Contributing
        ============

        Every pull request that changes behaviour must include an entry in ´´CHANGES.rst´´ under the
        unreleased version, with a reference to the issue, like ´´:issue:´123´´´.
      `), { changelogRequired: true, changelogHow: 'changelog-file' });
    });

    it('PR template item "- [ ] I have updated `docs/changelog.md`"', async () => {
      await expect({
        'CONTRIBUTING.md': g`
          # Contributing

          Thanks! Please read the code of conduct first.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          Fixes #

          - [ ] I have added tests
          - [ ] I have updated ´docs/changelog.md´
        `,
      }, { changelogRequired: true, changelogHow: 'changelog-file' });
    });

    it('AsciiDoc: "add an entry to `CHANGELOG.adoc`"', async () => {
      await expect(adoc(g`
        = Contributing

        == Before you submit

        * Run the full test suite.
        * Add an entry to ´CHANGELOG.adoc´ describing the change from a user's point of view.
      `), { changelogRequired: true, changelogHow: 'changelog-file' });
    });

    it('negative: "release notes are drafted automatically from PR labels"', async () => {
      await expect(md(g`
        # Contributing

        ## Release notes

        No changelog entry is needed. Release notes are drafted automatically by Release Drafter from the
        labels on merged pull requests, so please pick the right label.
      `), { changelogRequired: false });
    });

    it('"add a markdown file to `.changeset/`" (changesets without the command)', async () => {
      await expect(md(g`
        # Contributing

        Every pull request that changes a package must add a markdown file to the ´.changeset/´ folder
        describing the change and the semver bump.
      `), { changelogRequired: true, changelogHow: 'changesets' });
    });
  });

  describe('commit convention', () => {
    it('shown only by examples: `http: handle empty Content-Length`', async () => {
      await expect(md(g`
        # Contributing

        ## Commit messages

        Good commit messages look like this:

        ´´´
        http: handle empty Content-Length header
        fs: add recursive option to rm
        docs: fix typo in the streams guide
        ´´´
      `), { convention: 'area-prefix' });
    });

    it('"`component: short description`"', async () => {
      await expect(md(g`
        # Contributing

        Commit subjects are written as ´component: short description´, e.g. ´parser: reject trailing commas´.
        Use the directory name under ´src/´ as the component.
      `), { convention: 'area-prefix' });
    });

    it('"[module] summary" in brackets', async () => {
      await expect(md(g`
        # Contributing

        ## Commits

        Prefix the summary with the module in square brackets, for example ´[cli] add --json flag´ or
        ´[storage] retry on timeout´.
      `), { convention: 'area-prefix' });
    });

    it('"prefix the subject with the package name"', async () => {
      await expect(md(g`
        # Contributing

        ## Commit messages

        Prefix the subject with the name of the package you changed, followed by a colon, and start the rest
        with a lowercase verb: ´encoding/csv: allow quoted newlines´.
      `), { convention: 'area-prefix' });
    });

    it('mailing list: subject starts with the subsystem', async () => {
      await expect({
        HACKING: g`
          Submitting patches
          ==================

          We do not accept pull requests. Send patches to dev@lists.example.org with git send-email.
          The subject should start with the subsystem you touched, for example:

              [PATCH] drivers/uart: fix off-by-one in baud divisor

          Keep the first line under 72 characters.
        `,
      }, { convention: 'area-prefix', acceptsPullRequests: false });
    });

    it('free-form rules: imperative, 50 chars, no period, wrap at 72', async () => {
      await expect(md(g`
        # Contributing

        ## Writing commit messages

        - Use the imperative mood in the subject ("Add", not "Added").
        - Keep the subject line to 50 characters or fewer.
        - Do not end the subject with a period.
        - Wrap the body at 72 characters and explain *why*, not *what*.
      `), { convention: 'free-form-rules', subjectMaxLength: 50 });
    });

    it('Conventional Commits for PR titles only (squash merge)', async () => {
      await expect(md(g`
        # Contributing

        ## Pull request titles

        We squash-merge every pull request, so the PR title becomes the commit message. Titles must follow
        [Conventional Commits](https://www.conventionalcommits.org): ´feat: …´, ´fix: …´, ´chore: …´. Your
        individual commit messages don't matter.
      `), { convention: 'conventional' });
    });

    it('conventional shown by examples only', async () => {
      await expect(md(g`
        # Contributing

        ## Commit message examples

        ´´´
        feat(parser): support numeric separators
        fix(cli): exit with code 2 on bad flags
        docs: explain the cache option
        refactor(core)!: drop Node 16 support
        ´´´
      `), { convention: 'conventional' });
    });

    it('Angular convention "<type>(<scope>): <subject>"', async () => {
      await expect(md(g`
        # Contributing

        ## Commit message format

        We follow the Angular commit message guidelines. Each message has a header of the form
        ´<type>(<scope>): <subject>´, where type is one of build, ci, docs, feat, fix, perf, refactor, test.
      `), { convention: 'conventional' });
    });

    it('near-miss: branch naming `fix/<issue>` is not a commit convention', async () => {
      await expect(md(g`
        # Contributing

        ## Branch names

        Name your branch ´fix/<issue-number>´ for bug fixes or ´feat/<short-name>´ for features, e.g.
        ´fix/412´ or ´feat/dark-mode´.
      `), { convention: null });
    });

    it('RST: "prefixed with the affected area, for example ``autodoc:``"', async () => {
      await expect(rst(g`
        Contributing
        ============

        Commit messages
        ---------------

        The first line of the commit message should be prefixed with the affected area, for example
        ´´autodoc: handle partial objects´´ or ´´napoleon: keep section order´´.
      `), { convention: 'area-prefix' });
    });

    it('AsciiDoc: summary <= 72, blank line, body; "Fixes #123"', async () => {
      await expect(adoc(g`
        = Contributing

        == Commit messages

        * A summary line of at most 72 characters.
        * A blank line.
        * A body explaining why the change is needed.
        * Reference issues in the body with ´Fixes #123´.
      `), { convention: 'free-form-rules', subjectMaxLength: 72 });
    });

    it('Gerrit: "the first line is `area: summary`"', async () => {
      await expect(md(g`
        # Contributing

        Code review happens on Gerrit at review.example.org, not GitHub; pull requests are closed
        automatically. Push with ´git push origin HEAD:refs/for/master´.

        The first line of the commit message is ´area: summary´, where area is the top-level directory,
        such as ´runtime: avoid extra allocation in map grow´.
      `), { convention: 'area-prefix', acceptsPullRequests: false });
    });

    it('`subsystem: summary` plus "use `git commit -s`"', async () => {
      const { f } = await pick(md(g`
        # Contributing

        All commits must be signed off (´git commit -s´) to certify the Developer Certificate of Origin.
        Commit messages take the form ´subsystem: summary´, e.g. ´scheduler: fix starvation on idle cores´.
      `), {});
      assert.deepEqual({ convention: f.commit.convention, signOff: f.commit.signOff }, { convention: 'area-prefix', signOff: 'required' });
    });

    it('near-miss: "commit messages can be anything, we squash" -> null', async () => {
      await expect(md(g`
        # Contributing

        Don't worry about your commit messages; we squash-merge and a maintainer writes the final message.
      `), { convention: null });
    });
  });

  describe('discuss first', () => {
    it('"for anything bigger than a typo, please discuss in an issue first"', async () => {
      await expect(md(g`
        # Contributing

        For anything bigger than a typo, please discuss the change in an issue before you start writing
        code. That way nobody wastes time on a change we can't accept.
      `), { discussFirst: true });
    });

    it('"talk to us on Discord before starting a large feature"', async () => {
      await expect(md(g`
        # Contributing

        ## Big changes

        Please talk to us on Discord (#dev channel) before you start on a large feature or a refactor, so we
        can agree on the design before you open a pull request.
      `), { discussFirst: true });
    });

    it('"Open an issue first so we can agree on the approach"', async () => {
      await expect(md(g`
        # Contributing

        1. Open an issue first so we can agree on the approach.
        2. Fork the repository and create a branch.
        3. Send a pull request that references the issue.
      `), { discussFirst: true });
    });

    it('RST: "propose it on the mailing list or in a GitHub Discussion"', async () => {
      await expect(rst(g`
        Contributing
        ============

        Before starting significant work, please propose it on the mailing list or in a GitHub Discussion.
        Small fixes can be sent as pull requests directly.
      `), { discussFirst: true });
    });

    it('near-miss: "If you find a bug, open an issue." + PRs welcome', async () => {
      await expectNotDiscussFirst(md(g`
        # Contributing

        If you find a bug, open an issue with steps to reproduce. Pull requests are welcome; please include a
        test that fails without your fix.
      `));
    });

    it('README Contributing section: "please open an issue to discuss what you would like to change"', async () => {
      await expect(readme(g`
        # gridkit

        CSS grid helpers.

        ## Contributing

        Pull requests are welcome. For major changes, please open an issue first to discuss what you would
        like to change.
      `), { discussFirst: true });
    });

    it('AsciiDoc: "get a maintainer\'s go-ahead on the issue before you open a PR"', async () => {
      await expect(adoc(g`
        = Contributing

        == New features

        New features need a maintainer's go-ahead on the issue tracker before you open a pull request.
        Unapproved feature PRs will be closed.
      `), { discussFirst: true });
    });

    it('near-miss: "PRs must reference an issue with `Closes #N`" alone is not discuss-first? (link only)', async () => {
      await expectNotDiscussFirst(md(g`
        # Contributing

        Feel free to send pull requests at any time. If your PR fixes a reported bug, mention it in the
        description with ´Closes #N´ so the issue is closed on merge.
      `));
    });

    it('"please don\'t send a PR for a new feature without first opening a feature request"', async () => {
      await expect(md(g`
        # Contributing

        Bug fixes are always welcome. Please don't send a PR for a new feature without first opening a feature
        request; we may already have plans in that area.
      `), { discussFirst: true });
    });

    it('RST: "unsolicited PRs for large changes ... start a conversation in the issue tracker"', async () => {
      await expect(rst(g`
        Contributing
        ============

        Unsolicited pull requests for large changes are unlikely to be merged. Start a conversation in the
        issue tracker first and wait for a maintainer to respond.
      `), { discussFirst: true });
    });
  });
});
