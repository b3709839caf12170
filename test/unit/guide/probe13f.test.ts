import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 13. Black-box probes of the CHECKLIST on guide shapes nobody tuned the reader on. Every text is written for the test.
// Right answer: the PR template's task-list items and the guide's explicit before-you-submit list items, in reading
// order; never style rules, review process, bug-report contents, maintainer release lists, ways to contribute,
// roadmap boxes or a table of contents. Texts are compared after stripping Markdown links to their text, removing
// backticks and collapsing white space (the reader keeps raw Markdown in item texts).

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const norm = (s: string) =>
  s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const checklist = async (files: Record<string, string>) => (await factsOf(files)).checklist.map((c: { text: string }) => norm(c.text));
const md = (body: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${body}\n` });
const TPL = '.github/PULL_REQUEST_TEMPLATE.md';
const plainGuide = '# Contributing\n\nThanks for your interest! Fork the repository, make your change and open a pull request.\n';

describe('probe 13f: checklist shapes', () => {
  describe('PR templates', () => {
    it('template with HTML comments, "Type of change" boxes and a checklist gives the checks in order, the kinds as choices', async () => {
      const tpl = [
        '<!-- Thanks for sending a pull request! Please fill in the sections below. -->',
        '',
        '## Description',
        '',
        '<!-- Describe your change and link the issue it fixes: Fixes #123 -->',
        '',
        '## Type of change',
        '',
        '<!-- Please delete options that are not relevant. -->',
        '',
        '- [ ] Bug fix (non-breaking change which fixes an issue)',
        '- [ ] New feature (non-breaking change which adds functionality)',
        '- [ ] Breaking change (fix or feature that would cause existing functionality to not work as expected)',
        '',
        '## Checklist',
        '',
        '- [ ] My code follows the style guidelines of this project',
        '- [ ] I have performed a self-review of my own code',
        '- [ ] I have added tests that prove my fix is effective or that my feature works',
        '',
      ].join('\n');
      const json = await factsOf({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl });
      assert.deepEqual(
        json.checklist.map((c) => norm(c.text)),
        ['My code follows the style guidelines of this project', 'I have performed a self-review of my own code', 'I have added tests that prove my fix is effective or that my feature works'],
      );
      assert.deepEqual(
        json.changeChoices.map((c) => norm(c.text)),
        [
          'Bug fix (non-breaking change which fixes an issue)',
          'New feature (non-breaking change which adds functionality)',
          'Breaking change (fix or feature that would cause existing functionality to not work as expected)',
        ],
      );
    });

    it('boxes inside a multi-line HTML comment of the template are not items', async () => {
      const tpl = [
        '## Summary',
        '',
        '<!--',
        'Example of a good checklist:',
        '- [ ] Added a unit test for the parser',
        '- [x] Ran the benchmarks',
        '-->',
        '',
        '## Checklist',
        '',
        '- [ ] Tests pass locally',
        '- [ ] Documentation updated',
        '',
      ].join('\n');
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), ['Tests pass locally', 'Documentation updated']);
    });

    it('pre-checked `[x]` boxes of a template are items too', async () => {
      const tpl = '### Checklist\n\n- [x] I have read the CONTRIBUTING guide\n- [ ] I have added a changelog entry\n- [X] I agree to license my contribution under Apache-2.0\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), [
        'I have read the CONTRIBUTING guide',
        'I have added a changelog entry',
        'I agree to license my contribution under Apache-2.0',
      ]);
    });

    it('lower-case `.github/pull_request_template.md` is read', async () => {
      const tpl = '#### Checklist\n\n* [ ] `npm test` passes\n* [ ] Added an entry to `CHANGELOG.md`\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, '.github/pull_request_template.md': tpl }), [
        'npm test passes',
        'Added an entry to CHANGELOG.md',
      ]);
    });

    it('a root-level `PULL_REQUEST_TEMPLATE.md` is read', async () => {
      const tpl = '- [ ] I ran `cargo fmt` and `cargo clippy`\n- [ ] I added tests\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, 'PULL_REQUEST_TEMPLATE.md': tpl }), ['I ran cargo fmt and cargo clippy', 'I added tests']);
    });

    it('a `docs/pull_request_template.md` is read', async () => {
      const tpl = '## Checklist\n\n- [ ] Signed off every commit (`git commit -s`)\n- [ ] Updated the docs\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, 'docs/pull_request_template.md': tpl }), ['Signed off every commit (git commit -s)', 'Updated the docs']);
    });

    it('a box whose text wraps onto a continuation line is one item', async () => {
      const tpl = '## Checklist\n\n- [ ] I have updated the documentation accordingly, including the\n      examples in `docs/examples/`\n- [ ] I have added tests\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), [
        'I have updated the documentation accordingly, including the examples in docs/examples/',
        'I have added tests',
      ]);
    });

    it('nested boxes in a template are all items, parent first', async () => {
      const tpl = '## Checklist\n\n- [ ] Tests\n  - [ ] Unit tests added\n  - [ ] Integration tests added\n- [ ] Documentation\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), ['Tests', 'Unit tests added', 'Integration tests added', 'Documentation']);
    });

    it('a template with headings and comments but no boxes gives no checklist', async () => {
      const tpl = '<!-- Please describe your change. -->\n\n## What\n\n## Why\n\n## How was this tested?\n\n<!-- e.g. unit tests, manual testing -->\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), []);
    });

    it('a template with a "**Checklist:**" bold paragraph before its boxes', async () => {
      const tpl = 'Fixes #\n\n**Checklist:**\n\n- [ ] Added tests\n- [ ] Ran `make lint`\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), ['Added tests', 'Ran make lint']);
    });

    it('boxes in a GitLab default merge request template are read', async () => {
      const tpl = '## What does this MR do?\n\n## Checklist\n\n- [ ] Pipeline is green\n- [ ] Changelog entry added\n\n/label ~"needs review"\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, '.gitlab/merge_request_templates/Default.md': tpl }), ['Pipeline is green', 'Changelog entry added']);
    });

    it('boxes in an issue template are no PR checklist', async () => {
      const issue = '---\nname: Bug report\nabout: Create a report\n---\n\n- [ ] I searched the existing issues\n- [ ] I am on the latest version\n\n**Describe the bug**\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, '.github/ISSUE_TEMPLATE/bug_report.md': issue }), []);
    });
  });

  describe('guide lists under a before-you-submit heading or lead-in', () => {
    it('"## Pull request checklist" bullets', async () => {
      const text = md('## Pull request checklist\n\n- Branch from `main`.\n- Add tests for any new behaviour.\n- Run `npm run lint` and fix all warnings.\n- Keep the PR focused on one change.\n\n## License\n\nMIT.');
      assert.deepEqual(await checklist(text), ['Branch from main.', 'Add tests for any new behaviour.', 'Run npm run lint and fix all warnings.', 'Keep the PR focused on one change.']);
    });

    it('"### Before submitting" under "## Pull requests" with `*` bullets', async () => {
      const text = md('## Pull requests\n\nWe love pull requests.\n\n### Before submitting\n\n* Rebase on the latest `develop`.\n* Make sure `go test ./...` passes.\n* Update `CHANGELOG.md`.\n\n### After submitting\n\nA maintainer will review your PR within a week.');
      assert.deepEqual(await checklist(text), ['Rebase on the latest develop.', 'Make sure go test ./... passes.', 'Update CHANGELOG.md.']);
    });

    it('lead-in "Before you open a PR, make sure:" inside a section that also has a style list', async () => {
      const text = md('## Pull requests\n\nOur style rules:\n\n- Use 4 spaces for indentation.\n- Prefer early returns.\n\nBefore you open a PR, make sure:\n\n- all tests pass (`make test`);\n- new code is covered by tests;\n- the commit history is clean.\n');
      assert.deepEqual(await checklist(text), ['all tests pass (make test);', 'new code is covered by tests;', 'the commit history is clean.']);
    });

    it('lead-in "Please ensure your PR:"', async () => {
      const text = md('## Contributing code\n\nPlease ensure your PR:\n\n- targets the `main` branch\n- includes a test\n- passes CI\n\nThank you!');
      assert.deepEqual(await checklist(text), ['targets the main branch', 'includes a test', 'passes CI']);
    });

    it('"**Checklist:**" bold paragraph in a guide section', async () => {
      const text = md('## Sending a pull request\n\nOpen your PR against `main`.\n\n**Checklist:**\n\n1. Tests added or updated\n2. Docs updated\n3. `npm run build` succeeds\n');
      assert.deepEqual(await checklist(text), ['Tests added or updated', 'Docs updated', 'npm run build succeeds']);
    });

    it('"Your PR should:" list', async () => {
      const text = md('## Pull requests\n\nYour PR should:\n\n* reference an issue\n* include tests for the change\n* not break the public API without discussion\n');
      assert.deepEqual(await checklist(text), ['reference an issue', 'include tests for the change', 'not break the public API without discussion']);
    });

    // Left open (session 13): a list from forking to opening the pull request is the whole workflow, not checks (a deliberate rule; cli/cli's numbered steps).
    it.skip('numbered procedure under "## Submitting a pull request" (all `1.`)', async () => {
      const text = md('## Submitting a pull request\n\n1. [Fork][fork] and clone the repository\n1. Create a new branch: `git checkout -b my-branch-name`\n1. Make your change, add tests, and make sure the tests still pass\n1. Push to your fork and [submit a pull request][pr]\n\n[fork]: https://github.com/acme/widget/fork\n[pr]: https://github.com/acme/widget/compare');
      assert.deepEqual(await checklist(text), [
        'Fork and clone the repository',
        'Create a new branch: git checkout -b my-branch-name',
        'Make your change, add tests, and make sure the tests still pass',
        'Push to your fork and submit a pull request',
      ]);
    });

    it('lead-in "*Before* submitting a pull request, please make sure the following is done:"', async () => {
      const text = md('## Pull Requests\n\n*Before* submitting a pull request, please make sure the following is done:\n\n1. Fork the repo and create your branch from `main`.\n2. If you\'ve added code that should be tested, add tests.\n3. Ensure the test suite passes (`yarn test`).\n');
      assert.deepEqual(await checklist(text), ['Fork the repo and create your branch from main.', "If you've added code that should be tested, add tests.", 'Ensure the test suite passes (yarn test).']);
    });

    it('list continued after an indented code block inside an item', async () => {
      const text = md('## Before submitting\n\n* Run the tests:\n\n  ```sh\n  npm test\n  ```\n\n* Run the linter:\n\n  ```sh\n  npm run lint\n  ```\n\n* Add a changeset with `npx changeset`.\n');
      assert.deepEqual(await checklist(text), ['Run the tests:', 'Run the linter:', 'Add a changeset with npx changeset.']);
    });

    it('list continued after an unindented code block that breaks it in two', async () => {
      const text = md('## Before submitting a pull request\n\n1. Format the code:\n\n```\ncargo fmt --all\n```\n\n2. Run clippy:\n\n```\ncargo clippy -- -D warnings\n```\n\n3. Run the tests with `cargo test`.\n');
      assert.deepEqual(await checklist(text), ['Format the code:', 'Run clippy:', 'Run the tests with cargo test.']);
    });

    it('checklist split across two lists under one heading', async () => {
      const text = md('## Pull request checklist\n\n- Tests pass locally.\n- Lint passes.\n\nIf your change is user-facing, also:\n\n- Update the documentation.\n- Add an entry to `CHANGELOG.md`.\n');
      assert.deepEqual(await checklist(text), ['Tests pass locally.', 'Lint passes.', 'Update the documentation.', 'Add an entry to CHANGELOG.md.']);
    });

    it('items with links and inline code', async () => {
      const text = md('## Before you submit\n\n- Sign the [Contributor License Agreement](https://cla.example.org).\n- Follow the [style guide](docs/STYLE.md) and run `pre-commit run --all-files`.\n- Link the issue, e.g. `Closes #42`.\n');
      assert.deepEqual(await checklist(text), ['Sign the Contributor License Agreement.', 'Follow the style guide and run pre-commit run --all-files.', 'Link the issue, e.g. Closes #42.']);
    });

    it('guide task list `- [ ]` under "## Pull request checklist" loses the box', async () => {
      const text = md('## Pull request checklist\n\n- [ ] Tests added\n- [ ] Docs updated\n- [ ] Commits signed off\n');
      assert.deepEqual(await checklist(text), ['Tests added', 'Docs updated', 'Commits signed off']);
    });

    it('setext "Submitting a pull request" heading with a lead-in and bullets', async () => {
      const text = 'Contributing\n============\n\nReporting bugs\n--------------\n\nUse the issue tracker.\n\nSubmitting a pull request\n-------------------------\n\nBefore you submit, check that:\n\n- the build is green\n- you added a test\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': text }), ['the build is green', 'you added a test']);
    });

    it('wrapped multi-line items are whole items', async () => {
      const text = md('## Before submitting\n\n- Make sure your branch is up to date with `main` and that\n  there are no merge conflicts.\n- Squash fixup commits so that each commit builds and passes\n  the tests on its own.\n');
      assert.deepEqual(await checklist(text), [
        'Make sure your branch is up to date with main and that there are no merge conflicts.',
        'Squash fixup commits so that each commit builds and passes the tests on its own.',
      ]);
    });

    it('nested explanatory sub-bullets: top-level checks are kept, in order', async () => {
      const text = md('## Pull request checklist\n\n- Add tests.\n  - Unit tests go in `test/unit`.\n  - Integration tests go in `test/e2e`.\n- Update the docs.\n- Run `make check`.\n');
      const got = await checklist(text);
      const top = ['Add tests.', 'Update the docs.', 'Run make check.'];
      const idx = top.map((t) => got.findIndex((g) => g === t || g.startsWith(t)));
      assert.ok(idx.every((i) => i >= 0) && idx[0] < idx[1] && idx[1] < idx[2], JSON.stringify(got));
    });

    // Left open (session 13): judgement: a Don't item's text loses its negation as a check; left as it is.
    it.skip('"Do\'s and Don\'ts" under "## Submitting a pull request": both lists are checks', async () => {
      const text = md('## Submitting a pull request\n\n### Do\'s and Don\'ts\n\n**Do:**\n\n- keep the change small\n- add tests\n\n**Don\'t:**\n\n- mix refactoring with features\n- bump the version number\n');
      assert.deepEqual(await checklist(text), ['keep the change small', 'add tests', 'mix refactoring with features', 'bump the version number']);
    });

    it('items with a bold label and colon (`- **Tests**: ...`) under "## Pull request checklist"', async () => {
      const text = md('## Pull request checklist\n\n- **Tests**: add tests for new behaviour.\n- **Docs**: update the docs when you change the API.\n- **Changelog**: add an entry to `CHANGELOG.md`.\n');
      assert.deepEqual(await checklist(text), ['**Tests**: add tests for new behaviour.', '**Docs**: update the docs when you change the API.', '**Changelog**: add an entry to CHANGELOG.md.']);
    });

    // Left open (session 13): judgement: a do's-and-don'ts heading is read as guidance, not as the checks.
    it.skip('inline "Do ..." / "Don\'t ..." items under "## Pull request do\'s and don\'ts"', async () => {
      const text = md('## Pull request do\'s and don\'ts\n\n- Do keep the change small.\n- Do add tests.\n- Don\'t bump the version number.\n');
      assert.deepEqual(await checklist(text), ['Do keep the change small.', 'Do add tests.', "Don't bump the version number."]);
    });

    it('a trailing HTML comment on a template box is not part of its text', async () => {
      const tpl = '## Checklist\n\n- [ ] Tests added <!-- required -->\n- [ ] Docs updated <!-- if applicable -->\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.md': plainGuide, [TPL]: tpl }), ['Tests added', 'Docs updated']);
    });

    it('a checklist in a linked docs page is read', async () => {
      const files = {
        'CONTRIBUTING.md': '# Contributing\n\n## Pull requests\n\nBefore submitting, go through the [pull request checklist](docs/pr-checklist.md).\n',
        'docs/pr-checklist.md': '# Pull request checklist\n\n- Tests pass (`tox`).\n- Docs build without warnings.\n- A news fragment is added in `changes/`.\n',
      };
      assert.deepEqual(await checklist(files), ['Tests pass (tox).', 'Docs build without warnings.', 'A news fragment is added in changes/.']);
    });

    it('template boxes and a guide checklist are both kept', async () => {
      const files = {
        'CONTRIBUTING.md': '# Contributing\n\n## Before submitting\n\n- Run `make test`.\n- Update the docs.\n',
        [TPL]: '## Checklist\n\n- [ ] I ran the tests\n- [ ] I updated the changelog\n',
      };
      const got = await checklist(files);
      assert.deepEqual([...got].sort(), ['I ran the tests', 'I updated the changelog', 'Run make test.', 'Update the docs.'].sort());
    });

    it('a fenced example PR description inside the checklist section is not items', async () => {
      const text = md('## Pull request checklist\n\n- Describe the change in the PR body.\n- Link the issue.\n\nA good PR description looks like this:\n\n```markdown\nFixes #12\n\n- [ ] tested on Windows\n- [x] tested on Linux\n```\n');
      assert.deepEqual(await checklist(text), ['Describe the change in the PR body.', 'Link the issue.']);
    });
  });

  describe('reStructuredText, AsciiDoc and plain text', () => {
    it('rst: "Pull Request Guidelines" numbered list after "check that it meets these guidelines:"', async () => {
      const text = '============\nContributing\n============\n\nPull Request Guidelines\n-----------------------\n\nBefore you submit a pull request, check that it meets these guidelines:\n\n1. The pull request should include tests.\n2. If the pull request adds functionality, the docs should be updated.\n3. The pull request should work for Python 3.9 through 3.12.\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.rst': text }), [
        'The pull request should include tests.',
        'If the pull request adds functionality, the docs should be updated.',
        'The pull request should work for Python 3.9 through 3.12.',
      ]);
    });

    it('rst: bullets with ``literals`` under "Submitting a pull request"', async () => {
      const text = 'Contributing\n============\n\nSubmitting a pull request\n~~~~~~~~~~~~~~~~~~~~~~~~~\n\nPlease make sure that:\n\n* ``pytest`` passes;\n* ``ruff check .`` reports no errors;\n* you added a line to ``CHANGES.rst``.\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.rst': text }), ['pytest passes;', 'ruff check . reports no errors;', 'you added a line to CHANGES.rst.']);
    });

    it('rst: a "Coding style" bullet list is no checklist', async () => {
      const text = 'Contributing\n============\n\nCoding style\n------------\n\n* Follow PEP 8.\n* Use type hints for public functions.\n* Keep lines under 100 characters.\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.rst': text }), []);
    });

    it('AsciiDoc: "== Pull request checklist" with `*` items', async () => {
      const text = '= Contributing\n\n== Pull request checklist\n\n* Run `./gradlew check`.\n* Add tests for new features.\n* Sign off your commits.\n\n== License\n\nApache 2.0.\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.adoc': text }), ['Run ./gradlew check.', 'Add tests for new features.', 'Sign off your commits.']);
    });

    it('AsciiDoc: `* [ ]` checklist under a ".Before submitting" block title', async () => {
      const text = '= Contributing\n\n== Pull requests\n\nOpen pull requests against `main`.\n\n.Before submitting\n* [ ] `mvn verify` passes\n* [ ] New public API is documented\n';
      assert.deepEqual(await checklist({ 'CONTRIBUTING.adoc': text }), ['mvn verify passes', 'New public API is documented']);
    });

    it('plain-text HACKING: "Submitting patches" with indented dash items', async () => {
      const text = 'Hacking on frobnicate\n=====================\n\nBuilding\n--------\n\n  ./configure && make\n\nSubmitting patches\n------------------\n\nBefore sending a patch, please make sure that:\n\n  - the code compiles without warnings\n  - "make check" passes\n  - the patch is against the current master\n';
      assert.deepEqual(await checklist({ HACKING: text }), ['the code compiles without warnings', '"make check" passes', 'the patch is against the current master']);
    });
  });

  describe('near misses: no checklist', () => {
    it('coding style rules', async () => {
      assert.deepEqual(await checklist(md('## Coding style\n\n- Use 2 spaces for indentation.\n- Prefer `const` over `let`.\n- Name files in kebab-case.\n')), []);
    });

    it('what a bug report should contain', async () => {
      assert.deepEqual(await checklist(md('## Reporting bugs\n\nWhen filing a bug, please include:\n\n- the version you are using\n- steps to reproduce\n- the expected and actual behaviour\n')), []);
    });

    it('"### Before Submitting A Bug Report" is about issues, not PRs', async () => {
      assert.deepEqual(await checklist(md('## Reporting bugs\n\n### Before Submitting A Bug Report\n\n* Check the [FAQ](docs/faq.md).\n* Search the existing issues to see if the problem has already been reported.\n')), []);
    });

    it('a description of the review process', async () => {
      assert.deepEqual(await checklist(md('## Review process\n\n1. A maintainer triages your pull request within a week.\n2. At least two approvals are required.\n3. A maintainer squashes and merges it.\n')), []);
    });

    it('what maintainers check before merging', async () => {
      assert.deepEqual(await checklist(md('## Merging pull requests\n\nBefore merging, a maintainer checks that:\n\n- CI is green\n- the PR has a changelog label\n- the milestone is set\n')), []);
    });

    it('a release checklist for maintainers', async () => {
      assert.deepEqual(await checklist(md('## Release checklist (maintainers only)\n\n- [ ] Bump the version in `package.json`\n- [ ] Update `CHANGELOG.md`\n- [ ] Tag the release and push the tag\n- [ ] Publish to npm\n')), []);
    });

    it('ways to contribute', async () => {
      assert.deepEqual(await checklist(md('There are many ways to contribute:\n\n- Report bugs\n- Improve the documentation\n- Answer questions on the forum\n- Submit pull requests\n')), []);
    });

    it('roadmap status boxes', async () => {
      assert.deepEqual(await checklist(md('## Roadmap\n\n- [x] Windows support\n- [ ] ARM64 builds\n- [ ] Plugin API\n')), []);
    });

    it('what happens after opening a PR, under "## Pull requests"', async () => {
      assert.deepEqual(await checklist(md('## Pull requests\n\nWhen you open a pull request, the following happens:\n\n- CI runs the test suite\n- a bot adds labels\n- a maintainer is assigned\n')), []);
    });

    it('kinds of pull requests accepted, under "## Pull requests"', async () => {
      assert.deepEqual(await checklist(md('## Pull requests\n\nWe accept pull requests for:\n\n- bug fixes\n- documentation improvements\n- small features discussed in an issue\n')), []);
    });

    it('a table of contents linking to a "Pull request checklist" heading adds nothing', async () => {
      const text = md('## Table of contents\n\n- [Reporting bugs](#reporting-bugs)\n- [Pull request checklist](#pull-request-checklist)\n- [License](#license)\n\n## Reporting bugs\n\nUse the tracker.\n\n## Pull request checklist\n\n- Tests pass.\n- Docs updated.\n\n## License\n\nMIT.');
      assert.deepEqual(await checklist(text), ['Tests pass.', 'Docs updated.']);
    });

    it('prerequisites "Before you start working on a PR, install:" are no checklist', async () => {
      assert.deepEqual(await checklist(md('## Development setup\n\nBefore you start working on a pull request, install:\n\n- Node.js 20 or later\n- pnpm 9\n- Docker\n')), []);
    });

    it('coding "Do\'s and Don\'ts" under "## Code style" are no checklist', async () => {
      assert.deepEqual(await checklist(md('## Code style\n\n### Do\'s and Don\'ts\n\n**Do:**\n\n- use descriptive names\n\n**Don\'t:**\n\n- use abbreviations\n- leave commented-out code\n')), []);
    });
  });
});
