import * as assert from 'node:assert/strict';
import { allCommands, checklistOf, factsOf, g, norm } from './probeSupport';

// Session 14, probe c. Black-box probes of (1) checklists: "before you submit" sections, lists led in by a sentence,
// PR templates with task boxes and with plain bullets, and near-misses (style rules, review process, classification
// boxes, issue-report lists, workflow walkthroughs); (2) pointer-only guides against long guides that also link out;
// (3) where the guide is: README pointers to HACKING/DEVELOPMENT/BUILDING/docs, CONTRIBUTING under docs/ or .github/,
// .rst and .adoc guides. Every excerpt is written for this test. A failing test is a finding.
//
// Guide texts use the `g` tag: the common indentation is removed, the raw text is kept, and `´` stands for a backtick.

const sorted = (l: string[]) => l.map(norm).sort();
const expectChecklist = async (files: Record<string, string>, expected: string[]) => assert.deepEqual(await checklistOf(files), expected.map(norm));
const expectChecklistSet = async (files: Record<string, string>, expected: string[]) => assert.deepEqual(sorted(await checklistOf(files)), sorted(expected));

describe('probe 14c: checklists, pointer-only guides, guide location', () => {
  describe('checklists in the guide', () => {
    it('"Before submitting a pull request" with a numbered list of asks', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing to Quill

        Thanks for helping out! Bug reports, fixes and new features are all welcome.

        ## Development setup

        ´´´sh
        npm ci
        ´´´

        ## Before submitting a pull request

        1. Make sure the test suite passes (´npm test´).
        2. Run ´npm run lint´ and fix any warnings.
        3. Add tests for any new behaviour.
        4. Update the documentation in ´docs/´ if you changed a public API.

        ## License

        By contributing you agree that your work is licensed under the MIT license.
      ` }, [
        'Make sure the test suite passes (npm test)',
        'Run npm run lint and fix any warnings',
        'Add tests for any new behaviour',
        'Update the documentation in docs/ if you changed a public API',
      ]);
    });

    it('"Submitting changes" with a bulleted list led in by a sentence', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # How to contribute

        ## Submitting changes

        We love pull requests. Before you open one, please check that:

        * your branch is rebased on the latest ´main´;
        * every new function has a docstring;
        * ´make check´ passes locally;
        * you have added yourself to ´AUTHORS´ if this is your first contribution.

        A maintainer will usually respond within a few days.
      ` }, [
        'your branch is rebased on the latest main',
        'every new function has a docstring',
        'make check passes locally',
        'you have added yourself to AUTHORS if this is your first contribution',
      ]);
    });

    it('"Pull request checklist" heading with task boxes inside the guide itself', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        Fork the repository and create a topic branch from ´develop´.

        ## Pull request checklist

        - [ ] The branch builds with ´./gradlew build´
        - [ ] New code is covered by unit tests
        - [ ] ´CHANGELOG.md´ has an entry under *Unreleased*
        - [ ] The PR description links the issue it fixes
      ` }, [
        'The branch builds with ./gradlew build',
        'New code is covered by unit tests',
        'CHANGELOG.md has an entry under *Unreleased*',
        'The PR description links the issue it fixes',
      ]);
    });

    it('"Your pull request should:" lead-in in the middle of a Pull requests section', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Issues

        Search the tracker before filing a new issue.

        ## Pull requests

        Small, focused pull requests are reviewed fastest. Your pull request should:

        - target the ´main´ branch
        - include a test that fails without the fix
        - keep the public API backwards compatible, or say clearly why it cannot

        Once CI is green, a maintainer will review it.
      ` }, [
        'target the main branch',
        'include a test that fails without the fix',
        'keep the public API backwards compatible, or say clearly why it cannot',
      ]);
    });

    it('"Pull Request Process" heading over numbered asks to the contributor', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Pull Request Process

        1. Add or update tests so that the change is covered.
        2. Update ´README.md´ when you change a command-line flag.
        3. Add a line to ´CHANGES.md´ describing the change.
      ` }, [
        'Add or update tests so that the change is covered',
        'Update README.md when you change a command-line flag',
        'Add a line to CHANGES.md describing the change',
      ]);
    });

    it('bold-paragraph pseudo-heading "Checklist before you open a PR" over bullets', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Making changes

        Create a branch off ´main´ and keep each pull request to one topic.

        **Checklist before you open a PR**

        - ´composer test´ passes
        - ´composer cs-check´ reports no violations
        - public methods have PHPDoc blocks
      ` }, ['composer test passes', 'composer cs-check reports no violations', 'public methods have PHPDoc blocks']);
    });

    it('plain-text CONTRIBUTING (no extension) with a "Before sending a patch" dash list', async () => {
      await expectChecklist({ 'CONTRIBUTING': g`
        Contributing to zest
        ====================

        Pull requests on GitHub are welcome.

        Before sending a pull request
        -----------------------------

        - make sure "make test" passes
        - make sure "make lint" prints nothing
        - add your change to the NEWS file
      ` }, ['make sure "make test" passes', 'make sure "make lint" prints nothing', 'add your change to the NEWS file']);
    });

    it('"Before you submit" list whose items carry commands: the items are the checklist', async () => {
      const files = { 'CONTRIBUTING.md': g`
        # Contributing

        ## Before you submit

        Please run these from the repository root:

        1. ´cargo fmt --all´
        2. ´cargo clippy --all-targets -- -D warnings´
        3. ´cargo test --workspace´
      ` };
      await expectChecklist(files, ['cargo fmt --all', 'cargo clippy --all-targets -- -D warnings', 'cargo test --workspace']);
    });

    it('the same "Before you submit" list gives lint and test commands', async () => {
      assert.deepEqual(await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Before you submit

        Please run these from the repository root:

        1. ´cargo fmt --all´
        2. ´cargo clippy --all-targets -- -D warnings´
        3. ´cargo test --workspace´
      ` }), { setup: [], test: ['cargo test --workspace'], lint: ['cargo fmt --all', 'cargo clippy --all-targets -- -D warnings'] });
    });

    it('reStructuredText "Pull request checklist" with ´*´ bullets', async () => {
      await expectChecklist({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Pull request checklist
        ----------------------

        Before asking for a review, make sure that:

        * ´´tox -e py´´ passes on your machine,
        * new features come with documentation under ´´docs/´´,
        * you added a news fragment in ´´changes/´´.

        Code review
        -----------

        Every change needs one approval from a core developer.
      ` }, [
        'tox -e py passes on your machine',
        'new features come with documentation under docs/',
        'you added a news fragment in changes/',
      ]);
    });

    it('AsciiDoc "Before you open a pull request" with ´*´ bullets', async () => {
      await expectChecklist({ 'CONTRIBUTING.adoc': g`
        = Contributing

        == Before you open a pull request

        * Run ´mvn verify´ and make sure the build is green.
        * Sign off every commit (´git commit -s´).
        * Squash fix-up commits into logical units.

        == Code of conduct

        Be kind.
      ` }, [
        'Run mvn verify and make sure the build is green',
        'Sign off every commit (git commit -s)',
        'Squash fix-up commits into logical units',
      ]);
    });
  });

  describe('checklists in PR templates', () => {
    it('template with headings, HTML comments and task boxes: only the task boxes', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Open a pull request against ´main´; the template will guide you.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          ## Summary

          <!-- What does this PR change, and why? -->

          ## Related issue

          Closes #

          ## Checklist

          - [ ] I ran ´make test´ locally
          - [ ] I updated the docs where needed
          - [ ] I added a changelog entry
        `,
      }, ['I ran make test locally', 'I updated the docs where needed', 'I added a changelog entry']);
    });

    it('lowercase template path with plain bullets under a Checklist heading', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        '.github/pull_request_template.md': g`
          ### Description

          Describe your change here.

          ### Checklist

          - Tests pass locally
          - Code is formatted with ´black´
          - Docstrings are updated
        `,
      }, ['Tests pass locally', 'Code is formatted with black', 'Docstrings are updated']);
    });

    // Open since session 14; fixed in session 20: the boxes are choices, kept apart from the checklist (changeChoices).
    it('template "Type of change" boxes are classification, not checklist', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          ## Description

          ## Type of change

          - [ ] Bug fix (non-breaking change which fixes an issue)
          - [ ] New feature (non-breaking change which adds functionality)
          - [ ] Breaking change

          ## Checklist

          - [ ] My code follows the style of this project
          - [ ] I have added tests that prove my fix is effective
        `,
      }, ['My code follows the style of this project', 'I have added tests that prove my fix is effective']);
    });

    // Open since session 14; fixed in session 20: as above.
    it('template classification question without the words "type of change"', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          **What kind of change does this PR introduce?** (check one)

          - [ ] Bugfix
          - [ ] Feature
          - [ ] Refactor
          - [ ] Docs

          **Does this PR introduce a breaking change?**

          - [ ] Yes
          - [ ] No

          **Before submitting**

          - [ ] I read the contributing guide
          - [ ] Lint and tests pass (´pnpm lint && pnpm test´)
        `,
      }, ['I read the contributing guide', 'Lint and tests pass (pnpm lint && pnpm test)']);
    });

    it('template bullets that only prompt for the description are not checklist items', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          Please include in your description:

          - what problem this solves
          - how you tested it
          - screenshots, for UI changes

          Fixes #
        `,
      }, []);
    });

    it('task boxes commented out inside an HTML comment are not items', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          ## What

          ## Checklist

          - [ ] Tests added

          <!--
          Optional, for maintainers:
          - [ ] Release note written
          - [ ] Backport label set
          -->
        `,
      }, ['Tests added']);
    });

    it('templates in .github/PULL_REQUEST_TEMPLATE/ folder both give items', async () => {
      await expectChecklistSet({
        'CONTRIBUTING.md': g`
          # Contributing

          Choose the template that fits when you open a pull request.
        `,
        '.github/PULL_REQUEST_TEMPLATE/bugfix.md': g`
          ## Bug fix

          - [ ] A regression test is included
        `,
        '.github/PULL_REQUEST_TEMPLATE/feature.md': g`
          ## Feature

          - [ ] Documentation is updated
        `,
      }, ['A regression test is included', 'Documentation is updated']);
    });

    it('guide checklist and template checklist together', async () => {
      await expectChecklistSet({
        'CONTRIBUTING.md': g`
          # Contributing

          ## Submitting a pull request

          Before you submit, please:

          - run ´go test ./...´
          - run ´golangci-lint run´
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          - [ ] I have signed the CLA
          - [ ] Commits are squashed
        `,
      }, ['run go test ./...', 'run golangci-lint run', 'I have signed the CLA', 'Commits are squashed']);
    });

    it('pre-checked [x] boxes in the template are still items', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          ## Checklist

          - [x] I have read CONTRIBUTING.md
          - [ ] I have added tests
        `,
      }, ['I have read CONTRIBUTING.md', 'I have added tests']);
    });
  });

  describe('checklists in PR templates, more places', () => {
    it('PR template under docs/pull_request_template.md', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        'docs/pull_request_template.md': g`
          #### Checklist

          - [ ] Added a test
          - [ ] Ran ´tox´
        `,
      }, ['Added a test', 'Ran tox']);
    });

    it('root PULL_REQUEST_TEMPLATE.md with "Please make sure that:" plain bullets', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome.
        `,
        'PULL_REQUEST_TEMPLATE.md': g`
          Thanks for the pull request! Please make sure that:

          * the tests pass (´bin/test´)
          * new settings are documented in ´docs/settings.md´
          * the PR title says what changed
        `,
      }, ['the tests pass (bin/test)', 'new settings are documented in docs/settings.md', 'the PR title says what changed']);
    });
  });

  describe('checklist near-misses', () => {
    it('a coding style list is not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Coding style

        - Indent with four spaces, never tabs.
        - Keep lines under 100 characters.
        - Prefer ´const´ over ´let´.
        - Name test files ´*.spec.ts´.

        ## Pull requests

        Open your pull request against ´main´.
      ` }, []);
    });

    it('a review-process description is not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Review process

        1. A triager labels your pull request within two working days.
        2. CI runs the full test matrix.
        3. Two maintainers approve the change.
        4. A maintainer merges it with a squash merge.
      ` }, []);
    });

    it('"What happens after you submit" numbered list is not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        Send pull requests to ´master´.

        ## What happens after you submit

        1. The bot checks that you signed the CLA.
        2. A reviewer is assigned automatically.
        3. You may be asked for changes; push them to the same branch.
        4. Once approved, the PR is merged by a maintainer.
      ` }, []);
    });

    it('an issue-report list is not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Reporting bugs

        When filing an issue, please include:

        - the version you are using (´foo --version´)
        - your operating system
        - the smallest input that reproduces the problem
        - what you expected to happen and what happened instead
      ` }, []);
    });

    it('a fork-branch-push walkthrough is not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Workflow

        1. Fork the repository on GitHub.
        2. Clone your fork: ´git clone git@github.com:you/tarn.git´
        3. Create a branch: ´git checkout -b my-fix´
        4. Commit your changes and push the branch.
        5. Open a pull request.
      ` }, []);
    });

    it('commit-message rules are not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Commit messages

        * Use the imperative mood in the subject line ("Add", not "Added").
        * Keep the subject under 50 characters.
        * Separate the subject from the body with a blank line.
        * Reference issues in the body, not the subject.
      ` }, []);
    });

    it('the same commit-message rules give free-form-rules and a 50-character limit', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Commit messages

        * Use the imperative mood in the subject line ("Add", not "Added").
        * Keep the subject under 50 characters.
        * Separate the subject from the body with a blank line.
        * Reference issues in the body, not the subject.
      ` });
      assert.deepEqual([f.commit.convention, f.commit.subjectMaxLength], ['free-form-rules', 50]);
    });

    it('"Submitting changes" told in prose only: no checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Submitting changes

        Push your branch and open a pull request against ´main´. Before you do, run the tests and the linter; we
        will not review pull requests with a red CI. Include a short note in the description about how you tested
        the change.
      ` }, []);
    });

    it('a "Ways to contribute" bullet list is not a checklist', async () => {
      await expectChecklist({ 'CONTRIBUTING.md': g`
        # Contributing

        There are many ways to help:

        - answer questions on the forum
        - improve the documentation
        - triage open issues
        - write code

        ## Pull requests

        Target the ´main´ branch.
      ` }, []);
    });

    it('issue template task boxes are not PR checklist items', async () => {
      await expectChecklist({
        'CONTRIBUTING.md': g`
          # Contributing

          Pull requests are welcome against ´main´.
        `,
        '.github/ISSUE_TEMPLATE/bug_report.md': g`
          ---
          name: Bug report
          about: Something is broken
          ---

          - [ ] I searched existing issues
          - [ ] I am on the latest release
        `,
      }, []);
    });
  });

  describe('pointer-only guides', () => {
    it('two-line CONTRIBUTING that only links a docs site', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        Our contributor guide lives at https://docs.larkspur.dev/contributing/.
      ` });
      assert.deepEqual([f.files.guide, f.guideIsPointerOnly], ['CONTRIBUTING.md', true]);
    });

    it('welcome paragraph plus a link out is still pointer-only', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing to Ferrule

        Thank you for your interest in Ferrule! We welcome contributions of all sizes, from typo fixes to new
        backends. Please be respectful and follow our [Code of Conduct](CODE_OF_CONDUCT.md).

        Everything you need to know — setting up a development environment, running tests, and submitting pull
        requests — is described in the [developer documentation](https://ferrule.readthedocs.io/en/latest/dev/).
      ` });
      assert.equal(f.guideIsPointerOnly, true);
    });

    it('reStructuredText pointer to a Read the Docs page', async () => {
      const f = await factsOf({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Please see the ´contributing section
        <https://pyvane.readthedocs.io/en/stable/contributing.html>´_ of the documentation.
      ` });
      assert.deepEqual([f.files.guide, f.guideIsPointerOnly], ['CONTRIBUTING.rst', true]);
    });

    it('pointer to a GitHub wiki page', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        See the [Contributing page on our wiki](https://github.com/ornith/ornith/wiki/Contributing).
      ` });
      assert.equal(f.guideIsPointerOnly, true);
    });

    it('pointer to in-repo docs: pointer-only, and the commands come from the linked doc', async () => {
      const files = {
        'CONTRIBUTING.md': g`
          # Contributing

          See [docs/development.md](docs/development.md) for how to set up, test and submit changes.
        `,
        'docs/development.md': g`
          # Development

          ## Setup

          ´´´sh
          python -m pip install -e ".[dev]"
          ´´´

          ## Tests

          ´´´sh
          pytest
          ´´´
        `,
      };
      const f = await factsOf(files);
      assert.deepEqual([f.files.guide, f.guideIsPointerOnly], ['CONTRIBUTING.md', true]);
      assert.deepEqual(await allCommands(files), { setup: ['python -m pip install -e ".[dev]"'], test: ['pytest'], lint: [] });
    });

    it('pointer to the organisation-wide guide in another repository', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        This project follows the shared
        [Hollow Oak contribution guidelines](https://github.com/hollow-oak/.github/blob/main/CONTRIBUTING.md).
      ` });
      assert.equal(f.guideIsPointerOnly, true);
    });

    it('long guide that also links out to a docs site is not pointer-only', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        For the architecture overview see https://docs.tessel.io/internals. This file covers the day-to-day.

        ## Setup

        ´´´sh
        yarn install
        ´´´

        ## Tests

        ´´´sh
        yarn test
        ´´´

        ## Pull requests

        Open pull requests against ´develop´ and describe the change. Commit messages follow Conventional Commits
        (´feat:´, ´fix:´, ´docs:´).
      ` });
      assert.deepEqual([f.guideIsPointerOnly, f.baseBranch, f.commit.convention], [false, 'develop', 'conventional']);
    });

    it('short guide with a test command and a link is not pointer-only', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        Run ´make test´ before sending a pull request. More details are in the
        [handbook](https://handbook.quarry.dev/contributing).
      ` });
      assert.equal(f.guideIsPointerOnly, false);
    });

    it('pointer-only guide links to a docs site that says nothing here: no commands are invented', async () => {
      const files = { 'CONTRIBUTING.md': g`
        # Contributing

        Please read https://www.nimbus-db.org/docs/contributing before opening a pull request.
      ` };
      const f = await factsOf(files);
      assert.deepEqual([f.guideIsPointerOnly, f.checklist.length], [true, 0]);
      assert.deepEqual(await allCommands(files), { setup: [], test: [], lint: [] });
    });

    it('.github/CONTRIBUTING.md pointing to docs/contributing.md in the repo', async () => {
      const f = await factsOf({
        '.github/CONTRIBUTING.md': g`
          Please read [our contributing guide](../docs/contributing.md).
        `,
        'docs/contributing.md': g`
          # Contributing

          Send pull requests against ´trunk´.
        `,
      });
      assert.deepEqual([f.guideIsPointerOnly, f.baseBranch], [true, 'trunk']);
    });

    it('a guide that links to separate CODE_OF_CONDUCT and SECURITY files but has its own sections is not pointer-only', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        Please follow the [Code of Conduct](CODE_OF_CONDUCT.md). Report vulnerabilities as described in
        [SECURITY.md](SECURITY.md), not in public issues.

        ## Proposing a change

        For anything larger than a bug fix, open an issue first so we can agree on the approach.

        ## Building

        ´´´sh
        ./configure && make
        ´´´
      ` });
      assert.deepEqual([f.guideIsPointerOnly, f.discussFirst], [false, true]);
    });
  });

  describe('where the guide is', () => {
    it('no CONTRIBUTING; README Contributing section points to HACKING.md', async () => {
      const files = {
        'README.md': g`
          # glint

          A tiny image viewer.

          ## Contributing

          Patches are welcome! See [HACKING.md](HACKING.md) for build instructions and coding conventions.
        `,
        'HACKING.md': g`
          # Hacking on glint

          ´´´sh
          meson setup build
          ninja -C build
          meson test -C build
          ´´´
        `,
      };
      const f = await factsOf(files);
      assert.equal(f.files.guide, 'HACKING.md');
      assert.deepEqual(await allCommands(files), { setup: ['meson setup build', 'ninja -C build'], test: ['meson test -C build'], lint: [] });
    });

    it('no CONTRIBUTING; README points to DEVELOPMENT.md in a sentence', async () => {
      const f = await factsOf({
        'README.md': g`
          # kestrel

          Fast log shipping.

          ## Development

          Want to hack on kestrel? Read DEVELOPMENT.md first.
        `,
        'DEVELOPMENT.md': g`
          # Development

          Send pull requests against ´main´.

          ´´´sh
          go build ./...
          go test ./...
          ´´´
        `,
      });
      assert.deepEqual([f.files.guide, f.baseBranch], ['DEVELOPMENT.md', 'main']);
    });

    it('no CONTRIBUTING; README points to BUILDING.md', async () => {
      const files = {
        'README.md': g`
          # ostrava

          ## Building from source

          See [BUILDING.md](BUILDING.md).
        `,
        'BUILDING.md': g`
          # Building

          Install CMake 3.20 or newer, then:

          ´´´sh
          cmake -S . -B build
          cmake --build build
          ctest --test-dir build
          ´´´
        `,
      };
      const f = await factsOf(files);
      assert.equal(f.files.guide, 'BUILDING.md');
      assert.deepEqual(await allCommands(files), { setup: ['cmake -S . -B build', 'cmake --build build'], test: ['ctest --test-dir build'], lint: [] });
    });

    it('no CONTRIBUTING; README points to docs/development/setup.md', async () => {
      const f = await factsOf({
        'README.md': g`
          # Parley

          ## Contributing

          New contributors should start with the [development setup guide](docs/development/setup.md).
        `,
        'docs/development/setup.md': g`
          # Development setup

          ´´´sh
          bundle install
          bundle exec rake test
          ´´´
        `,
      });
      assert.equal(f.files.guide, 'docs/development/setup.md');
    });

    it('README link with ./ prefix and an anchor', async () => {
      const f = await factsOf({
        'README.md': g`
          # Marten

          ## Contributing

          Read the [developer guide](./docs/DEVELOPMENT.md#getting-started) before opening a pull request.
        `,
        'docs/DEVELOPMENT.md': g`
          # Developer guide

          ## Getting started

          ´´´sh
          npm install
          ´´´
        `,
      });
      assert.equal(f.files.guide, 'docs/DEVELOPMENT.md');
    });

    it('README links to a directory docs/development/ whose README is the guide', async () => {
      const f = await factsOf({
        'README.md': g`
          # Corvid

          ## Contributing

          See the [development docs](docs/development/) for setup and workflow.
        `,
        'docs/development/README.md': g`
          # Development

          ´´´sh
          poetry install
          poetry run pytest
          ´´´
        `,
      });
      assert.equal(f.files.guide, 'docs/development/README.md');
    });

    it('README mentions docs only for the API reference: no guide', async () => {
      const f = await factsOf({
        'README.md': g`
          # Halyard

          A config loader.

          ## Documentation

          The API reference is in [docs/api.md](docs/api.md).
        `,
        'docs/api.md': g`
          # API

          ## load(path)

          Loads a config file.
        `,
      });
      assert.equal(f.files.guide, null);
    });

    it('README points contributors only to an external site: no guide file', async () => {
      const f = await factsOf({
        'README.md': g`
          # Osprey

          ## Contributing

          Contribution guidelines are on our website: https://osprey.dev/contribute
        `,
      });
      assert.equal(f.files.guide, null);
    });

    it('CONTRIBUTING.md in docs/', async () => {
      const f = await factsOf({
        'README.md': g`
          # Wren

          See [docs/CONTRIBUTING.md](docs/CONTRIBUTING.md) if you want to help.
        `,
        'docs/CONTRIBUTING.md': g`
          # Contributing

          Branch from ´dev´ and open your pull request against it.
        `,
      });
      assert.deepEqual([f.files.guide, f.baseBranch], ['docs/CONTRIBUTING.md', 'dev']);
    });

    it('CONTRIBUTING.md in .github/ with no README mention', async () => {
      const f = await factsOf({
        'README.md': g`
          # Lumen

          A static site generator.
        `,
        '.github/CONTRIBUTING.md': g`
          # Contributing

          ## Running tests

          ´´´sh
          npm test
          ´´´
        `,
      });
      assert.equal(f.files.guide, '.github/CONTRIBUTING.md');
    });

    it('CONTRIBUTING.rst with code-block directives', async () => {
      const files = { 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Setting up
        ----------

        .. code-block:: console

           $ python -m venv .venv
           $ . .venv/bin/activate
           $ pip install -e .[test]

        Running the tests
        -----------------

        .. code-block:: console

           $ pytest tests

        Style
        -----

        We use ruff::

           ruff check .
      ` };
      const f = await factsOf(files);
      assert.equal(f.files.guide, 'CONTRIBUTING.rst');
      assert.deepEqual(await allCommands(files), {
        setup: ['python -m venv .venv', '. .venv/bin/activate', 'pip install -e .[test]'],
        test: ['pytest tests'],
        lint: ['ruff check .'],
      });
    });

    it('CONTRIBUTING.adoc with [source,shell] blocks', async () => {
      const files = { 'CONTRIBUTING.adoc': g`
        = Contributing to Sable
        :toc:

        == Building

        [source,shell]
        ----
        ./mvnw -DskipTests install
        ----

        == Testing

        [source,shell]
        ----
        ./mvnw verify
        ----

        == Pull requests

        Open pull requests against the ´main´ branch.
      ` };
      const f = await factsOf(files);
      assert.deepEqual([f.files.guide, f.baseBranch], ['CONTRIBUTING.adoc', 'main']);
      assert.deepEqual(await allCommands(files), { setup: ['./mvnw -DskipTests install'], test: ['./mvnw verify'], lint: [] });
    });

    it('README.rst points to HACKING.rst', async () => {
      const f = await factsOf({
        'README.rst': g`
          Tamarack
          ========

          Contributing
          ------------

          Read HACKING.rst for the development workflow.
        `,
        'HACKING.rst': g`
          Hacking
          =======

          Run the test suite with::

             make check
        `,
      });
      assert.equal(f.files.guide, 'HACKING.rst');
    });

    it('README.rst points to docs/contributing.rst with an RST link', async () => {
      const f = await factsOf({
        'README.rst': g`
          Bramble
          =======

          Contributing
          ------------

          See ´the contributing guide <docs/contributing.rst>´_.
        `,
        'docs/contributing.rst': g`
          Contributing
          ============

          Pull requests should target the ´´main´´ branch.
        `,
      });
      assert.deepEqual([f.files.guide, f.baseBranch], ['docs/contributing.rst', 'main']);
    });

    it('plain-text HACKING file with no extension, pointed to from README', async () => {
      const files = {
        'README': g`
          pelt - a packet filter tool

          Build with "make". See the HACKING file if you want to contribute.
        `,
        'HACKING': g`
          Hacking on pelt
          ===============

          Build:

              ./autogen.sh
              ./configure
              make

          Run the tests:

              make check

          Send patches to the mailing list pelt-devel@lists.example.org.
        `,
      };
      const f = await factsOf(files);
      assert.deepEqual([f.files.guide, f.acceptsPullRequests], ['HACKING', false]);
      assert.deepEqual(await allCommands(files), { setup: ['./autogen.sh', './configure', 'make'], test: ['make check'], lint: [] });
    });

    it('README "Contributing" points to docs/contributing/index.md', async () => {
      const f = await factsOf({
        'README.md': g`
          # Gantry

          ## Contributing

          We'd love your help — see the [contributor docs](docs/contributing/index.md).
        `,
        'docs/contributing/index.md': g`
          # Contributing

          Open an issue before starting work on a new feature.
        `,
      });
      assert.deepEqual([f.files.guide, f.discussFirst], ['docs/contributing/index.md', true]);
    });
  });
});
