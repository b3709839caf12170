import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * The layouts in which real guides write (or do not write) a pre-submission checklist, in Markdown, reStructuredText
 * and AsciiDoc. Each fragment is written for this test; the expected items follow the labelling rule: PR-template
 * task-list items (boxes that classify the change included, commented-out ones not) and the guide's explicit
 * "before you submit" lists are a checklist; code style, review criteria, maintainers' and issue-report lists,
 * kinds of contribution and ways to help are not.
 */
// Inline code marks differ by format (`x` in Markdown, ``x`` in reStructuredText); the items are compared without them.
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text.replace(/`/g, ''));

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected.map((e) => e.replace(/`/g, ''))));
};

const md = (body: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing to Widget\n\nThanks for helping.\n\n${body}` });
const rst = (body: string): Record<string, string> => ({ 'CONTRIBUTING.rst': `Contributing to Widget\n======================\n\nThanks for helping.\n\n${body}` });
const adoc = (body: string): Record<string, string> => ({ 'CONTRIBUTING.adoc': `= Contributing to Widget\n\nThanks for helping.\n\n${body}` });

describe('checklist layouts: lists that are the checks before sending', () => {
  run([
    [
      'a "Pull request checklist" section with a "please make sure that" lead-in (Markdown)',
      md('## Pull request checklist\n\nBefore submitting a pull request, please make sure that:\n\n- the unit tests pass locally\n- you added an entry to the changelog\n'),
      ['the unit tests pass locally', 'you added an entry to the changelog'],
    ],
    [
      'a numbered "Make sure you have:" list under "Before you open a PR"',
      md('## Before you open a PR\n\nMake sure you have:\n\n1. Run `npm test`.\n2. Updated the docs for any option you changed.\n'),
      ['Run `npm test`.', 'Updated the docs for any option you changed.'],
    ],
    [
      'the numbered procedure after "We actively welcome your pull requests": every step is done before sending',
      md(
        '## Pull Requests\n\nWe actively welcome your pull requests.\n\n1. Fork the repo and create your branch from `main`.\n2. If you have added code that should be tested, add tests.\n3. If you have changed APIs, update the documentation.\n4. Ensure the test suite passes.\n5. Make sure your code lints.\n',
      ),
      [
        'Fork the repo and create your branch from `main`.',
        'If you have added code that should be tested, add tests.',
        'If you have changed APIs, update the documentation.',
        'Ensure the test suite passes.',
        'Make sure your code lints.',
      ],
    ],
    [
      '"Prior to sending a pull request, ensure that:" under a plain heading',
      md('## Workflow\n\nPrior to sending a pull request, ensure that:\n\n- `make check` is clean\n- every commit builds on its own\n'),
      ['`make check` is clean', 'every commit builds on its own'],
    ],
    [
      '"Your pull request should:" completed by the items',
      md('## Sending a change\n\nYour pull request should:\n\n- include tests for new behaviour\n- keep to one topic\n'),
      ['include tests for new behaviour', 'keep to one topic'],
    ],
    [
      'a task list written in the guide under a checklist heading',
      md('## Submission checklist\n\n- [ ] I read the code of conduct\n- [ ] My branch is rebased on `main`\n'),
      ['I read the code of conduct', 'My branch is rebased on `main`'],
    ],
    [
      'a PR template: every box but the commented-out ones and those that classify the change (choices, apart)',
      {
        'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
        '.github/PULL_REQUEST_TEMPLATE.md':
          '## Type of change\n\n- [ ] Bug fix\n- [ ] New feature\n\n## Checklist\n\n<!--\n- [ ] I am a commented-out reminder\n-->\n- [ ] Tests added\n- [x] Docs updated\n',
      },
      ['Tests added', 'Docs updated'],
    ],
    [
      'a "Submitting a patch" section with "Before submitting, check that:" (reStructuredText)',
      rst('Submitting a patch\n------------------\n\nBefore submitting, check that:\n\n* the test suite passes with ``tox``\n* you added yourself to ``AUTHORS``\n'),
      ['the test suite passes with tox', 'you added yourself to AUTHORS'],
    ],
    [
      'a "Pull request checklist" section with a numbered list (reStructuredText)',
      rst('Pull request checklist\n----------------------\n\n1. Add a test that fails without the fix.\n2. Add a news fragment.\n'),
      ['Add a test that fails without the fix.', 'Add a news fragment.'],
    ],
    [
      'a "Before you submit" section (AsciiDoc)',
      adoc('== Before you submit\n\n* Run `./gradlew check`.\n* Squash fixup commits.\n'),
      ['Run ./gradlew check.', 'Squash fixup commits.'],
    ],
    [
      'an ordered "Pull request checklist" (AsciiDoc)',
      adoc('== Pull request checklist\n\n. Rebase on the latest `main`.\n. Sign off every commit.\n'),
      ['Rebase on the latest main.', 'Sign off every commit.'],
    ],
  ]);
});

describe('checklist layouts: lists that are not the checks before sending', () => {
  run([
    ['code style rules', md('## Code style\n\n- Use 4 spaces for indentation.\n- Prefer `const` over `let`.\n- Name test files `*.spec.ts`.\n'), []],
    ['"What we look for in a PR": review criteria', md('## What we look for in a pull request\n\nReviewers weigh these points:\n\n- A clear motivation\n- A small diff\n'), []],
    ['a reviewers\' checklist', md('## Reviewing pull requests\n\nAs a reviewer, check that:\n\n- the change has tests\n- the changelog is updated\n'), []],
    ['a maintainers\' release checklist with boxes', md('## Release checklist\n\n- [ ] Bump the version\n- [ ] Tag the release\n'), []],
    [
      'an issue template\'s boxes',
      {
        'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
        '.github/ISSUE_TEMPLATE/bug_report.md': '## Checklist\n\n- [ ] I searched the existing issues\n- [ ] I use the latest version\n',
      },
      [],
    ],
    ['"Types of contributions"', md('## Types of contributions\n\n- Report bugs\n- Fix bugs\n- Write documentation\n'), []],
    ['"Ways to help"', md('## Ways to help\n\n- Answer questions on the forum\n- Triage new issues\n'), []],
    ['coding conventions (reStructuredText)', rst('Coding conventions\n------------------\n\n* Follow PEP 8.\n* Use type hints on public functions.\n'), []],
    ['a maintainers\' release checklist (AsciiDoc)', adoc('== Maintainer release checklist\n\n. Update the version.\n. Publish the artifacts.\n'), []],
    [
      'the whole workflow from forking to opening the pull request',
      md('## Submitting a pull request\n\n1. Fork the repository.\n2. Create a branch.\n3. Commit your changes.\n4. Push the branch.\n5. Open a pull request.\n'),
      [],
    ],
    ['what to check before filing an issue', md('## Reporting bugs\n\nBefore you submit an issue, please check:\n\n- that you use the latest version\n- that it is not a duplicate\n'), []],
    ['what happens to a pull request once sent', md('## Pull request lifecycle\n\n- A maintainer reviews the change.\n- CI runs the full matrix.\n'), []],
    ['commit message rules', md('## Commit message guidelines\n\n- Use the imperative mood.\n- Keep the subject under 50 characters.\n'), []],
    ['a checklist for new maintainers', md('## Checklist for new maintainers\n\n- Get publish rights on npm\n- Join the team channel\n'), []],
    ['a getting-started checklist', md('## Getting started checklist\n\n- Install Node 20\n- Clone the repository\n'), []],
    ['ways to contribute (reStructuredText)', rst('Types of contributions\n----------------------\n\n* Report bugs.\n* Implement features.\n'), []],
    ['reviewer guidelines (AsciiDoc)', adoc('== Guidelines for reviewers\n\n* Be kind.\n* Check that tests were added.\n'), []],
  ]);
});

describe('checklist layouts: more ways of writing the checks before sending', () => {
  run([
    [
      '"Before you submit a pull request, check that it meets these guidelines:" (reStructuredText): the lead-in places them before sending',
      rst(
        'Pull Request Guidelines\n-----------------------\n\nBefore you submit a pull request, check that it meets these guidelines:\n\n1. The pull request should include tests.\n2. If the pull request adds functionality, the docs should be updated.\n',
      ),
      ['The pull request should include tests.', 'If the pull request adds functionality, the docs should be updated.'],
    ],
    [
      '"Please do the following before submitting:" under "Opening a pull request"',
      md('## Opening a pull request\n\nPlease do the following before submitting:\n\n- Rebase onto `main`.\n- Run the linters.\n'),
      ['Rebase onto `main`.', 'Run the linters.'],
    ],
    [
      'numbered headings under "Before submitting": one step each',
      md('## Before submitting\n\n### 1. Run the tests\n\nUse `make test`.\n\n### 2. Update the changelog\n\nAdd a line.\n'),
      ['Run the tests', 'Update the changelog'],
    ],
    [
      '"Before you send it, make sure that:" under "Submitting a pull request" (AsciiDoc)',
      adoc('== Submitting a pull request\n\nBefore you send it, make sure that:\n\n* the build passes\n* new code has tests\n'),
      ['the build passes', 'new code has tests'],
    ],
    [
      'a PR template whose checklist is plain bullets',
      {
        'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': '## Description\n\nWhat and why.\n\n## Checklist\n\n- Tests added\n- Changelog updated\n',
      },
      ['Tests added', 'Changelog updated'],
    ],
  ]);
});

describe('checklist layouts: more lists that are not the checks before sending', () => {
  run([
    ['what a good commit message has', md('## Commit messages\n\nA good commit message:\n\n- has a short summary line\n- explains why\n'), []],
    ['what to put in a bug report', md('## Reporting a bug\n\nWhen you submit a bug report, include:\n\n- your OS\n- the steps to reproduce\n'), []],
    ['what happens after sending', md('## After you submit\n\n1. A bot labels the pull request.\n2. A maintainer reviews it.\n'), []],
    ['where to start', md('## Where to start\n\n- Issues labelled `good first issue`\n- The documentation\n'), []],
    ['what the CI checks', md('## Submitting a pull request\n\nOur CI will check:\n\n- formatting\n- the tests\n'), []],
    ['a release process (reStructuredText)', rst('Release process\n---------------\n\n1. Update ``CHANGES.rst``.\n2. Tag the release.\n'), []],
    ['code style (AsciiDoc)', adoc('== Code style\n\n* Indent with tabs.\n* Keep lines under 100 columns.\n'), []],
    [
      'a pull-request section\'s numbered steps with no checks: the workflow',
      md('## Pull requests\n\nWe actively welcome your pull requests.\n\n1. Fork the repo.\n2. Create a branch.\n3. Push it.\n4. Open a pull request.\n'),
      [],
    ],
    [
      'a pull-request section\'s numbered account of the review',
      md('## Pull requests\n\nHere is how it goes.\n\n1. A maintainer is assigned.\n2. They review within a week.\n3. They merge once the CI passes.\n'),
      [],
    ],
  ]);
});

describe('checklist layouts: facts, links and other people\'s checklists under a heading about sending', () => {
  run([
    ['statements about how pull requests are merged', md('## Submitting a pull request\n\nA few things to know:\n\n- Every pull request is squash-merged.\n- The `main` branch is protected.\n'), []],
    ['links to other pages', md('## Submitting a pull request\n\nSee also:\n\n- [Testing](TESTING.md)\n- [Style](STYLE.md)\n'), []],
    ['what the maintainers do (reStructuredText)', rst('Submitting a patch\n------------------\n\nThe maintainers will:\n\n* review it within a week\n* merge it when the CI passes\n'), []],
    [
      'a PR template\'s questions to answer in the description',
      { 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', '.github/PULL_REQUEST_TEMPLATE.md': '## Description\n\n- What does this change do?\n- Why is it needed?\n' },
      [],
    ],
    ['a "Pull request review checklist" for reviewers', md('## Pull request review checklist\n\n- [ ] The code is readable\n- [ ] The tests cover the change\n'), []],
    ['a "Code review checklist"', md('## Code review checklist\n\n- Is the change small?\n- Are there tests?\n'), []],
    ['a "Review checklist" (AsciiDoc)', adoc('== Review checklist\n\n* The change has tests.\n* The docs are updated.\n'), []],
  ]);
});

describe('checklist layouts: the author\'s own review before sending', () => {
  run([
    ['a "Self-review checklist" is the author\'s', md('## Self-review checklist\n\n- I read my own diff.\n- I removed debug output.\n'), ['I read my own diff.', 'I removed debug output.']],
  ]);
});

describe('checklist layouts: a list the lead-in places after the change is pushed', () => {
  run([
    [
      'opening the pull request once the branch is pushed is not a check before sending',
      md('## Submitting a pull request\n\nAfter you have committed your work and pushed it, you can open a pull request.\n\n- Target the `main` branch.\n- Describe what changed and why.\n'),
      [],
    ],
    [
      'a lead-in that checks before sending still frames the list, even if it speaks of pushing',
      md('## Submitting a pull request\n\nBefore you open a pull request from the branch you pushed, make sure that:\n\n- the tests pass\n- the docs build\n'),
      ['the tests pass', 'the docs build'],
    ],
  ]);
});

describe('checklist layouts: lists a heading about sending holds that are about something else', () => {
  run([
    [
      'the steps to sign a contributor agreement',
      md('## Contributor License Agreement\n\nBefore we can accept your pull request, you need to sign the CLA:\n\n1. Go to the CLA site.\n2. Sign with your GitHub account.\n'),
      [],
    ],
    [
      'the criteria reviewers judge a pull request by',
      md('## Submitting a pull request\n\nYour pull request will be reviewed against these criteria:\n\n- It solves one problem.\n- It has tests.\n'),
      [],
    ],
    ['the labels the project uses', md('## Submitting a pull request\n\nWe use the following labels:\n\n- `bug`\n- `enhancement`\n'), []],
    ['the kinds of patches (reStructuredText)', rst('Submitting patches\n------------------\n\nThere are two kinds of patches:\n\n* bug fixes\n* new features\n'), []],
    ['what to check before filing a bug report', md('## Before submitting a bug report\n\n- Update to the latest version.\n- Search the open issues.\n'), []],
    ['what to check before opening a discussion', md('## Before opening a discussion\n\n- Read the FAQ.\n- Search the forum.\n'), []],
  ]);
});

describe('checklist layouts: lead-ins that name requirements for every pull request', () => {
  run([
    [
      '"Each pull request should meet the following requirements:" under a heading that names nothing',
      md('## Code contributions\n\nEach pull request should meet the following requirements:\n\n- It has a test.\n- It passes `make lint`.\n'),
      ['It has a test.', 'It passes `make lint`.'],
    ],
    ['"Pull requests must:" with no determiner', md('## Code contributions\n\nPull requests must:\n\n- target `develop`\n- include a changelog entry\n'), ['target `develop`', 'include a changelog entry']],
    [
      '"Please check the following before opening a PR:" (reStructuredText)',
      rst('Code contributions\n------------------\n\nPlease check the following before opening a PR:\n\n* ``make test`` passes\n* new functions have docstrings\n'),
      ['make test passes', 'new functions have docstrings'],
    ],
    [
      'task boxes written with asterisks and a capital X in a template',
      { 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', '.github/pull_request_template.md': '* [ ] I added tests\n* [X] I updated the docs\n' },
      ['I added tests', 'I updated the docs'],
    ],
    [
      'a list of requirements for an issue is not one for a pull request',
      md('## Feature requests\n\nEach feature request should meet the following requirements:\n\n- It explains the use case.\n- It is not a duplicate.\n'),
      [],
    ],
  ]);
});

describe('checklist layouts: a "Checklist" subsection of a section about something else', () => {
  run([
    [
      'the README\'s fork-to-pull-request steps',
      { 'README.md': '# Widget\n\nA widget.\n\n## Contributing\n\n1. Fork it\n2. Create your feature branch (`git checkout -b my-feature`)\n3. Commit your changes\n4. Push to the branch\n5. Create a new Pull Request\n' },
      [],
    ],
    ['a checklist under "Reporting issues"', md('## Reporting issues\n\n### Checklist\n\n- [ ] I searched the open issues\n- [ ] I can reproduce it on `main`\n'), []],
    ['a checklist under "Releasing"', md('## Releasing\n\n### Checklist\n\n- Bump the version\n- Tag the commit\n'), []],
    ['a checklist under "Sending a pull request" is the author\'s', md('## Sending a pull request\n\n### Checklist\n\n- Run the tests\n- Update the changelog\n'), ['Run the tests', 'Update the changelog']],
  ]);
});

describe('checklist layouts: a subsection that says it comes before sending', () => {
  run([
    [
      '"Before submitting" under "Lifecycle of a pull request" keeps its own occasion',
      md('## Lifecycle of a pull request\n\n### Before submitting\n\n- Rebase on `main`.\n- Add a test.\n\n### After submitting\n\n- Wait for a review.\n'),
      ['Rebase on `main`.', 'Add a test.'],
    ],
  ]);
});

describe('checklist layouts: other markup for the same lists', () => {
  run([
    ['an auto-numbered list under "Pull request checklist" (reStructuredText)', rst('Pull request checklist\n----------------------\n\n#. Add tests.\n#. Update the docs.\n'), ['Add tests.', 'Update the docs.']],
    ['task boxes under "Checklist" (AsciiDoc)', adoc('== Sending a pull request\n\n=== Checklist\n\n* [ ] Tests pass locally\n* [ ] Commits are signed off\n'), ['Tests pass locally', 'Commits are signed off']],
    ['a bold line as the lead-in (Markdown)', md('## Workflow\n\n**Before submitting a PR:**\n\n- Run `make test`.\n- Run `make lint`.\n'), ['Run `make test`.', 'Run `make lint`.']],
    ['a code of conduct\'s list', md('## Code of conduct\n\n- Be respectful.\n- Assume good intent.\n'), []],
  ]);
});

describe('checklist layouts: a lead-in about sending whose subject is someone else', () => {
  run([
    ['"When you submit a pull request, a maintainer will:"', md('## Submitting a pull request\n\nWhen you submit a pull request, a maintainer will:\n\n- label it\n- review it within a week\n'), []],
    ['"When you open a PR, our CI will run:"', md('## Workflow\n\nWhen you open a PR, our CI will run:\n\n- the unit tests\n- the linters\n'), []],
    ['"Before we merge your pull request, we check that:"', md('## Workflow\n\nBefore we merge your pull request, we check that:\n\n- it has tests\n- it is rebased\n'), []],
    ['"When you submit a pull request, please make sure:" stays the contributor\'s', md('## Workflow\n\nWhen you submit a pull request, please make sure:\n\n- it has tests\n- it is rebased\n'), ['it has tests', 'it is rebased']],
  ]);
});
