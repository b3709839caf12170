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
      'a PR template: every box, the boxes that classify the change too, not the commented-out ones',
      {
        'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
        '.github/PULL_REQUEST_TEMPLATE.md':
          '## Type of change\n\n- [ ] Bug fix\n- [ ] New feature\n\n## Checklist\n\n<!--\n- [ ] I am a commented-out reminder\n-->\n- [ ] Tests added\n- [x] Docs updated\n',
      },
      ['Bug fix', 'New feature', 'Tests added', 'Docs updated'],
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
