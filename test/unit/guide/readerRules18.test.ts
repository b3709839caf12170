import * as assert from 'node:assert/strict';
import { checklistOf, expectPhases, factsOf, g, md } from './probeSupport';
import { linkedSection } from '../../../src/core/guide/linkedSection';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { candidatePaths } from '../../../src/core/guide/candidatePaths';

// Session 18: general rules found by studying where the reader misses on the development set and the last blind sets.
// Every guide text below is written for the test; each rule has near-misses that must not fire.

describe('reader rules (session 18)', () => {
  describe('pointer-only with no guide file', () => {
    const template = g`
      ## Description

      - [ ] I added tests
    `;
    it('a repository with a PR template and no guide: there is no guide that only points elsewhere', async () => {
      const facts = await factsOf({ '.github/PULL_REQUEST_TEMPLATE.md': template });
      assert.equal(facts.files.guide, null);
      assert.equal(facts.guideIsPointerOnly, false);
      assert.deepEqual(facts.sources.guideIsPointerOnly, { file: '.github/PULL_REQUEST_TEMPLATE.md', line: 1, origin: 'template' });
    });
    it('a repository with nothing read: unknown, not "no"', async () => {
      const facts = await factsOf({ 'src/main.c': 'int main(void) { return 0; }\n' });
      assert.equal(facts.guideIsPointerOnly, null);
    });
    it('a guide that only points to the website is still a pointer, template or not', async () => {
      const facts = await factsOf({
        'CONTRIBUTING.md': 'See [our contributor docs](https://example.org/contributing) for how to help.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': template,
      });
      assert.equal(facts.guideIsPointerOnly, true);
    });
  });
  describe('checklist: plain items under a step that asks for checks', () => {
    it('"- PR should have:" over nested items: the nested items are the checks', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Contribute

          - For a small change, just send a PR.
          - PR should have:
            - Test case
            - Documentation
          - You can also contribute by:
            - Reporting issues
            - Improving the docs
        `)),
        ['Test case', 'Documentation'],
      );
    });
    it('near miss: a step that only recommends running commands before the PR offers them, it does not ask', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Pull requests

          - Keep changes small.
          - We recommend you run tests locally before creating your PR to catch breakages early on:
            - ´./scripts/vet.sh´ to catch vet errors.
            - ´go test ./...´ to run the tests.
        `)),
        [],
      );
    });
    it('near miss: a step that lists ways to contribute is no checklist', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Contribute

          - You can contribute by:
            - Reporting issues
            - Suggesting features
        `)),
        [],
      );
    });
  });

  describe('checklist: the moment the work is done, before it is sent', () => {
    it('"After you\'re done making your code change, make sure:" leads into checks', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Making a change

          After you're done making your code change, make sure:
          - your code is formatted: ´cargo fmt´
          - all tests pass: ´cargo test´

          Then, open a pull request against ´main´.
        `)),
        ['your code is formatted: cargo fmt', 'all tests pass: cargo test'],
      );
    });
    it('near miss: "once you have submitted your PR, make sure:" is after sending', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Making a change

          Once you have submitted your PR, make sure:
          - you answer review comments
          - you keep the branch up to date
        `)),
        [],
      );
    });
  });

  describe('changelog: a template box saying the changelog file is up to date', () => {
    it('"- [ ] `CHANGES.md` is up-to-date" asks for an entry in the file', async () => {
      const facts = await factsOf({ '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] Tests added\n- [ ] `CHANGES.md` is up-to-date\n' });
      assert.equal(facts.changelog.required, true);
      assert.equal(facts.changelog.how, 'changelog-file');
    });
    it('near miss: a box about the docs being up to date says nothing of the changelog', async () => {
      const facts = await factsOf({ '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] Tests added\n- [ ] The docs are up-to-date\n' });
      assert.equal(facts.changelog.required, null);
    });
  });
  describe('template: boxes that complete "This is:" classify the change', () => {
    it('are optional choices, apart from the checklist; the checklist boxes after them stay required', async () => {
      const facts = await factsOf({ '.github/PULL_REQUEST_TEMPLATE.md': 'This is:\n\n- [ ] a bugfix\n- [ ] a new feature\n\nChecklist:\n\n- [ ] Changes are covered by unit tests\n- [ ] Code style is respected\n' });
      assert.deepEqual(facts.checklist.map((c) => [c.text, c.optional]), [['Changes are covered by unit tests', false], ['Code style is respected', false]]);
      assert.deepEqual(facts.changeChoices.map((c) => [c.text, c.optional]), [['a bugfix', true], ['a new feature', true]]);
    });
  });
  describe('a link to a section of a README reads that section', () => {
    const readmeText = g`
      # tool

      A command runner.

      ## Quick start

      ´´´sh
      cargo build --release
      ´´´

      ## Formatting your recipes

      ´´´sh
      cargo fmt --check
      ´´´

      ## Contributing

      ### Contribution workflow

      1. Install cargo-watch with ´cargo install cargo-watch´ and run ´tool watch test´.
      2. Run ´cargo test´ to make sure that all tests pass.

      ## License

      MIT
    `;
    it('"See [the readme](README.md#contributing)": only the Contributing section gives commands', async () => {
      const facts = await factsOf({ 'CONTRIBUTING.md': 'See [the readme](README.md#contributing) for contribution workflow suggestions.\n', 'README.md': readmeText });
      const all = [...facts.commands.setup, ...facts.commands.test, ...facts.commands.lint].map((c) => c.command);
      assert.deepEqual(all, ['cargo install cargo-watch', 'cargo test']);
    });
    it('near miss: a developer doc linked at a section is read whole', async () => {
      const facts = await factsOf({
        'CONTRIBUTING.md': 'Read [how to build](DEVELOPING.md#building) first.\n',
        'DEVELOPING.md': g`
          # Developing

          ## Prerequisites

          ´´´sh
          sudo apt-get install libfoo-dev
          ´´´

          ## Building

          ´´´sh
          make
          ´´´
        `,
      });
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['sudo apt-get install libfoo-dev', 'make']);
    });
    it('matches a fragment to its heading as forges spell anchors, and leaves line anchors and unknown ones whole', () => {
      const doc = parseDocument('README.md', readmeText);
      const headingsOf = (target: string) => linkedSection(doc, target).blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
      assert.deepEqual(headingsOf('README.md#contributing'), ['Contributing', 'Contribution workflow']);
      assert.deepEqual(headingsOf('README.md#user-content-contribution-workflow'), ['Contribution workflow']);
      assert.deepEqual(headingsOf('README.md#_contribution_workflow'), ['Contribution workflow']);
      assert.equal(linkedSection(doc, 'README.md#L10-L20'), doc);
      assert.equal(linkedSection(doc, 'README.md#no-such-heading'), doc);
      assert.equal(linkedSection(doc, 'README.md'), doc);
    });
  });
  describe('base branch: spellings the patterns missed', () => {
    const base = async (files: Record<string, string>) => (await factsOf(files)).baseBranch;
    it('AsciiDoc passes `+master+` through as `master`', async () => {
      assert.equal(await base({ 'CONTRIBUTING.adoc': '= Contributing\n\n== Pull requests\n\n. Fork the repo and create your branch from `+master+`.\n' }), 'master');
    });
    it('"create a pull-request to merge into `master`": hyphenated, and read past the verb', async () => {
      assert.equal(await base(md('## Pull requests\n\n6. Commit, push and create a pull-request to merge into `master`.\n')), 'master');
    });
    it('near miss: a pull request to a repository names no branch', async () => {
      assert.equal(await base(md('## Pull requests\n\nOpen a pull request to the Foo repository, and point it to the appropriate branch.\n')), null);
    });
  });
  describe('discuss first: headings and statements of the condition', () => {
    const discuss = async (text: string) => (await factsOf(md(text))).discussFirst;
    it('"Before you submit a pull request, always file an issue" under a plain "Code" heading', async () => {
      assert.equal(await discuss('# Contributing\n\n## Code\n\nBefore you submit a pull request, always file an issue and confirm the team agrees with your idea.\n'), true);
    });
    it('a guide title that names a "Support Library" is no support section', async () => {
      assert.equal(await discuss('## Contributing to the Guidelines Support Library\n\nChanges should have an issue tracking the suggestion that has been approved by the maintainers.\n'), true);
    });
    it('"Only after receiving the green light from the core team, start working on the PR."', async () => {
      assert.equal(await discuss('# Contributing\n\n## Pull requests\n\nOpen an issue describing the feature. Only after receiving the green light from the core team, start working on the PR.\n'), true);
    });
    it('"## Pull requests require an approved issue", and "We accept pull requests only for issues that a maintainer has marked"', async () => {
      assert.equal(await discuss('# Contributing\n\n## Pull requests require an approved issue\n\nThanks for helping.\n'), true);
      assert.equal(await discuss('# Contributing\n\n## Pull requests\n\nWe accept pull requests only for issues that a maintainer has marked with the `ready` label.\n'), true);
    });
    it('near misses: a support section, a talk on the PR itself, pull requests for any issue', async () => {
      assert.equal(await discuss('# Contributing\n\n## Support\n\nBefore you open an issue, ask on the forum first.\n'), null);
      assert.equal(await discuss('# Contributing\n\n## Pull requests\n\nDiscuss the change on the PR before merging.\n'), null);
      assert.equal(await discuss('# Contributing\n\n## Pull requests\n\nWe accept pull requests for any open issue.\n'), null);
    });
  });
  describe('checklist: a subsection for one kind of change under a section about sending one', () => {
    it('"Guidelines for creating a pull request" > "Bug fix" / "New feature": their lists, each check once', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Guidelines for creating a pull request

          ### Bug fix

          - add a reference to the issue in the description of your pull request
          - add one or more test cases
          - make sure existing tests still pass

          ### New feature

          - add one or more test cases
          - make sure existing tests still pass
          - document the feature in the README
        `)),
        ['add a reference to the issue in the description of your pull request', 'add one or more test cases', 'make sure existing tests still pass', 'document the feature in the README'],
      );
    });
    it('near miss: "Bug fixes" under a section about the changelog is no checklist', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ## Changelog format

          ### Bug fixes

          - Fixed a crash when the config is empty
          - Fixed the colours of the dark theme
        `)),
        [],
      );
    });
  });
  describe('subject length: the bound between the number and its unit', () => {
    const limit = async (text: string) => (await factsOf(md(`# Contributing\n\n## Commit messages\n\n${text}\n`))).commit.subjectMaxLength;
    it('"should be 50 or less characters", "50 or fewer characters"', async () => {
      assert.equal(await limit('The subject/title of a commit should be 50 or less characters ideally. The absolute maximum is 72.'), 50);
      assert.equal(await limit('The subject of a commit should be 50 or fewer characters.'), 50);
    });
    it('near miss: "50 or more characters" in the body is no ceiling on the subject', async () => {
      assert.equal(await limit('Write a body of 50 or more characters when the change is not obvious.'), null);
    });
  });
  describe('pull requests: patch flows said with the tool or the medium before the list', () => {
    const prs = async (text: string) => (await factsOf(md(`# Contributing\n\n${text}\n`))).acceptsPullRequests;
    it('"sent as patches via email to tools@example.org", "Send patches using `git send-email` to the foo-dev mailing list"', async () => {
      assert.equal(await prs('## Submitting contributions\n\nContributions should be sent as patches via email to **tools@example.org**.'), false);
      assert.equal(await prs('Send patches using `git send-email` to the foo-dev mailing list.'), false);
    });
    it('"run `git format-patch HEAD~` ... Then attach your patch to the ticket."', async () => {
      assert.equal(await prs('## Submitting changes\n\nOnce you have committed your change, run `git format-patch HEAD~` to make a patch file. Then attach your patch to the ticket.'), false);
    });
    it('near miss: attaching a patch as an alternative to a pull request', async () => {
      assert.equal(await prs('## Submitting changes\n\nOpen a pull request on GitHub. If you cannot use GitHub, you can also attach your patch to the ticket.'), true);
    });
  });
  describe('discuss first: the talk said in the passive, about a proposed fix, or about the problem to solve', () => {
    const discuss = async (text: string) => (await factsOf(md(`# Contributing\n\n## Pull requests\n\n${text}\n`))).discussFirst;
    it('"Changes which ... require a non-trivial plan ... should be discussed on the list"', async () => {
      assert.equal(await discuss('* Changes which are potentially controversial or require a non-trivial plan should be discussed on the list.'), true);
    });
    it('"Before spending considerable work on a new feature or bug fix, please reach out ... to discuss the problem you want to solve"', async () => {
      assert.equal(await discuss('Before spending considerable amount of work on a new feature or bug fix, please reach out through our mailing list to discuss the problem you want to solve and how you want to solve it.'), true);
    });
    it('a template box "Discuss the proposed bug fix or feature in a GitHub issue"', async () => {
      const facts = await factsOf({ '.github/PULL_REQUEST_TEMPLATE.md': '**Checklist before submitting the pull request**\n\n- [ ] Discuss the proposed bug fix or feature in a GitHub issue, or on the mailing list.\n- [ ] Add tests.\n' });
      assert.equal(facts.discussFirst, true);
    });
    it('near misses: changes discussed in the PR, a problem met while setting up', async () => {
      assert.equal(await discuss('Changes that were discussed in the PR are merged by a maintainer.'), null);
      assert.equal(await discuss('If you run into problems while setting up, please reach out on the mailing list to discuss them.'), null);
    });
  });
  describe('base branch: rebased to the latest revision of the branch', () => {
    it('"Please rebase to the latest revision of the `bleed` branch."', async () => {
      assert.equal((await factsOf(md('## Pull requests\n\nPlease rebase to the latest revision of the `bleed` branch.\n'))).baseBranch, 'bleed');
    });
    it('near miss: "Rebase on the latest version of the docs branch to preview" names no quoted branch', async () => {
      assert.equal((await factsOf(md('## Docs\n\nRebase on the latest version of the docs branch to preview.\n'))).baseBranch, null);
    });
  });
  describe('checklist: a "Contributor Checklist" that walks the whole workflow from a GitHub account', () => {
    it('is the workflow, not checks', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ### Contributor Checklist

          * Create a [GitHub account](https://github.com/signup/free).
          * Fork the repository.
          * Make your changes and test them.
          * Submit your changes to your fork and then submit a pull request.
          * Relax and wait for feedback.
        `)),
        [],
      );
    });
    it('near miss: a checklist that only mentions an account among its checks stays a checklist', async () => {
      assert.deepEqual(
        await checklistOf(md(g`
          ### Contributor Checklist

          * Tests pass locally.
          * The changelog has an entry.
          * Your GitHub account has signed the CLA.
        `)),
        ['Tests pass locally', 'The changelog has an entry', 'Your GitHub account has signed the CLA'],
      );
    });
  });
  describe('commands: a guide whose only way to work is a container', () => {
    it('"Environment configuration (Docker)" with nothing native beside it is the setup', async () => {
      await expectPhases(md(g`
        # Environment configuration (Docker)

        The easiest and most supported method is based on Docker.

        ´´´sh
        make start
        ´´´

        ## Running tests

        ´´´sh
        make test-all
        ´´´
      `), { setup: ['make start'], test: ['make test-all'], lint: [] });
    });
    it('near miss: beside a native setup, the Docker section stays a side quest', async () => {
      await expectPhases(md(g`
        # Setup

        ´´´sh
        npm ci
        ´´´

        # Tests

        ´´´sh
        npm test
        ´´´

        # Using Docker

        ´´´sh
        docker compose up -d
        ´´´
      `), { setup: ['npm ci'], test: ['npm test'], lint: [] });
    });
  });
  describe('the guide in a folder of contributor docs without a front page, and deep in a site tree', () => {
    const body = '# Contributing\n\nRun `make test` before you open a pull request.\n';
    it('`docs/contributing/guidelines.rst` is the guide when the folder has no README or index', async () => {
      const facts = await factsOf({ 'README.rst': 'yarl\n====\n\nA URL library.\n', 'docs/contributing/guidelines.rst': 'Contributing\n============\n\nRun ``make test`` before you open a pull request.\n', 'docs/contributing/release.rst': 'Release\n=======\n\nTag it.\n' });
      assert.equal(facts.files.guide, 'docs/contributing/guidelines.rst');
    });
    it('`website/src/latest/docs/contributing.md` is the guide', async () => {
      const facts = await factsOf({ 'README.md': '# task\n\nA task runner.\n', 'website/src/latest/docs/contributing.md': body });
      assert.equal(facts.files.guide, 'website/src/latest/docs/contributing.md');
    });
    it('the file watchers see both places, so an edit there is read again', () => {
      const paths = candidatePaths();
      assert.ok(paths.matches('docs/contributing/guidelines.rst'));
      assert.ok(paths.matches('website/src/latest/docs/contributing.md'));
    });
    it('near miss: a folder with an index page keeps the index as its front page', async () => {
      const facts = await factsOf({ 'docs/contributing/index.md': body, 'docs/contributing/guidelines.md': '# Style guidelines\n\nUse four spaces.\n' });
      assert.equal(facts.files.guide, 'docs/contributing/index.md');
    });
  });
});
