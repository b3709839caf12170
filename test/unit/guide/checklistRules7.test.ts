import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { presentsStyleRules } from '../../../src/core/guide/extract/checklistStyle';

/**
 * Round 7 checklist rules: a purpose clause naming the review, a "Requirements" subsection of a pull-request
 * section, and items that ask with a plain label or a "please" after an opening remark. Each case is a small guide
 * written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

const GUIDE = '# Contributing\n\nThanks for helping.\n';

describe('checklist rules 7: a lead-in whose purpose clause names the review', () => {
  run([
    [
      'takes a template list led in by "To speed up reviews, ... before opening a PR:"',
      {
        'CONTRIBUTING.md': GUIDE,
        '.github/pull_request_template.md':
          '# Pull request\n\nTo speed up the review, we ask you to go through these points before opening a PR:\n\n1. Link the issue this change fixes.\n2. Keep unrelated edits out of the change.\n',
      },
      ['Link the issue this change fixes.', 'Keep unrelated edits out of the change.'],
    ],
    [
      'still leaves out a list whose lead-in is about reviewing, not its purpose',
      {
        'CONTRIBUTING.md': GUIDE,
        '.github/pull_request_template.md':
          '# Pull request\n\nWhen reviewing a pull request, go through these points before you submit your verdict:\n\n1. Read every changed line.\n2. Run the change locally.\n',
      },
      [],
    ],
  ]);
});

describe('checklist rules 7: a requirements subsection of a section about pull requests', () => {
  run([
    [
      'takes the list under "Good pull requests" > "Minimum requirements"',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Good pull requests\n\nKeep each change small.\n\n### Minimum requirements\n\n1. Explain the reason for the change in the description.\n2. Cover new behaviour with tests.\n`,
      },
      ['Explain the reason for the change in the description.', 'Cover new behaviour with tests.'],
    ],
    [
      'leaves out "Requirements" under a section about the development setup',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Setting up your machine\n\n### Requirements\n\n1. Install a recent compiler.\n2. Install the build tool.\n`,
      },
      [],
    ],
  ]);
});

describe('checklist rules 7: items that ask after a plain label, a remark or with "please"', () => {
  run([
    [
      'takes labelled items under "Submitting changes" that ask with "please" or after "Since ..."',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Submitting changes\n\n1. Licence: on your first pull request a bot asks for the agreement. Please sign it.\n1. Tests: when you add code, please ensure it comes with tests.\n1. Since the project uses a formatter, ensure your code is formatted.\n`,
      },
      [
        'Licence: on your first pull request a bot asks for the agreement. Please sign it.',
        'Tests: when you add code, please ensure it comes with tests.',
        'Since the project uses a formatter, ensure your code is formatted.',
      ],
    ],
    [
      'leaves out labelled statements under the same heading that ask nothing',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Submitting changes\n\n1. Licence: the project is released under a permissive licence.\n1. Tests: the suite runs on every push. Please note it takes an hour.\n1. Since the last release, the main branch holds the next version.\n`,
      },
      [],
    ],
  ]);
});

describe('checklist rules 7: style rules that a lead-in asks to follow before sending', () => {
  run([
    [
      'leaves out the rules a paragraph presents as the coding conventions, though it then says before submitting',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Coding conventions\n\nBelow are the coding conventions the modules share. Before you submit a pull request, make sure your code follows them too:\n\n- Give every exported function a doc comment.\n- Indent with two spaces.\n`,
      },
      [],
    ],
    [
      'still takes the same lead-in under a heading about sending',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Sending a change\n\nBefore you submit a pull request, make sure that:\n\n- Every exported function has a doc comment.\n- The tests pass.\n`,
      },
      ['Every exported function has a doc comment.', 'The tests pass.'],
    ],
  ]);
});

describe('checklist rules 7: presentsStyleRules', () => {
  it('knows a paragraph that points at the list as style rules', () => {
    assert.equal(presentsStyleRules('Here are the style guidelines all modules follow. Before submitting, check yours.'), true);
    assert.equal(presentsStyleRules('Before submitting, make sure that:'), false);
    assert.equal(presentsStyleRules('Our code style is checked in CI. Before submitting, make sure these pass:'), false);
  });
});

describe('checklist rules 7: template boxes for whoever merges, or for after the merge', () => {
  const TEMPLATE = (tail: string): Record<string, string> => ({
    'CONTRIBUTING.md': GUIDE,
    '.github/pull_request_template.md': `## Summary\n\n## Checklist\n\n- [ ] I added tests\n\n${tail}`,
  });
  run([
    ['leaves out the boxes "For the merge owner"', TEMPLATE('### For the merge owner\n\n- [ ] Set the milestone\n'), ['I added tests']],
    ['leaves out the boxes of "Merge requirements (maintainers only)"', TEMPLATE('## Merge requirements (maintainers only)\n\n- [ ] Backport label set\n'), ['I added tests']],
    ['leaves out the boxes of "Approvers only"', TEMPLATE('## Approvers only\n\n- [ ] Release note checked\n'), ['I added tests']],
    ['leaves out the boxes of a "Post-merge" section', TEMPLATE('## Post-merge\n\n- [ ] Close the linked issue\n'), ['I added tests']],
    [
      'keeps the boxes of a section that only mentions merging',
      TEMPLATE('## Ready to merge?\n\n- [ ] The branch is rebased on main\n'),
      ['I added tests', 'The branch is rebased on main'],
    ],
  ]);
});

describe('checklist rules 7: what reviewers and mergers check', () => {
  run([
    [
      'leaves out a "Code review" list led in by "Before you submit your review"',
      { 'CONTRIBUTING.md': `${GUIDE}\n## Code review\n\nBefore you submit your review, make sure that:\n\n- the tests pass\n- the docs are updated\n` },
      [],
    ],
    [
      'leaves out a "Landing a pull request" list',
      { 'CONTRIBUTING.md': `${GUIDE}\n## Landing a pull request\n\nPrior to landing a PR, ensure:\n\n- the commit messages follow the convention\n- the branch is rebased\n` },
      [],
    ],
    [
      'leaves out a list "For reviewers"',
      { 'CONTRIBUTING.md': `${GUIDE}\n## For reviewers\n\nPlease make sure the following:\n\n- the code is tested\n- the style is respected\n` },
      [],
    ],
    [
      'keeps "Before you submit your pull request for review" under a heading about sending',
      { 'CONTRIBUTING.md': `${GUIDE}\n## Sending a pull request\n\nBefore you submit your pull request for review, make sure that:\n\n- the tests pass\n- the docs are updated\n` },
      ['the tests pass', 'the docs are updated'],
    ],
  ]);
});

describe('checklist rules 7: headings that name the moment before sending in other words', () => {
  const under = (heading: string): Record<string, string> => ({
    'CONTRIBUTING.md': `${GUIDE}\n## ${heading}\n\n1. Run the unit tests.\n2. Update the changelog.\n`,
  });
  const STEPS = ['Run the unit tests.', 'Update the changelog.'];
  run([
    ['takes the steps under "Pre-submission checks"', under('Pre-submission checks'), STEPS],
    ['takes the steps under "Ready to submit?"', under('Ready to submit?'), STEPS],
    ['takes the steps under "Before pushing"', under('Before pushing'), STEPS],
    ['leaves out the steps under "Pre-release tasks"', under('Pre-release tasks'), []],
    ['leaves out the steps under "Ready to release?"', under('Ready to release?'), []],
  ]);
});

describe('checklist rules 7: a bare "before you submit" under a heading about reporting', () => {
  const under = (heading: string): Record<string, string> => ({
    'CONTRIBUTING.md': `${GUIDE}\n## ${heading}\n\nBefore you submit, please make sure:\n\n- Search the tracker for the same report.\n- Try the latest version.\n`,
  });
  run([
    ['leaves out the list under "Found a bug?"', under('Found a bug?'), []],
    ['leaves out the list under "Feature requests"', under('Feature requests'), []],
    ['leaves out the list under "Have a question?"', under('Have a question?'), []],
    ['keeps the list under "Bug fixes"', under('Bug fixes'), ['Search the tracker for the same report.', 'Try the latest version.']],
    ['keeps the list under "Submitting a new feature"', under('Submitting a new feature'), ['Search the tracker for the same report.', 'Try the latest version.']],
  ]);
});

describe('checklist rules 7: a lead-in that hands the change over for review', () => {
  const led = (lead: string): Record<string, string> => ({
    'CONTRIBUTING.md': `${GUIDE}\n## Contributing code\n\nWe welcome patches.\n\n${lead}\n\n- Run the unit tests.\n- Update the changelog.\n`,
  });
  run([
    ['takes the list after "Before requesting a review, make sure that:"', led('Before requesting a review, make sure that:'), ['Run the unit tests.', 'Update the changelog.']],
    ['takes the list after "Before you ask for a code review, please:"', led('Before you ask for a code review, please:'), ['Run the unit tests.', 'Update the changelog.']],
    ['leaves out what a reviewer checks once asked', led('Before requesting a review from a maintainer, a reviewer will check:'), []],
  ]);
});

describe('checklist rules 7: style rules named with "for code"', () => {
  const led = (lead: string): Record<string, string> => ({
    'CONTRIBUTING.md': `${GUIDE}\n## Submitting a pull request\n\n${lead}\n\n- Write docstrings for public functions.\n- Keep functions short.\n`,
  });
  run([
    ['leaves out the list after "General guidelines for code:"', led('General guidelines for code:'), []],
    ['leaves out the list after "Rules for writing code:"', led('Rules for writing code:'), []],
    ['keeps the list after "Guidelines for the pull request:"', led('Guidelines for the pull request:'), ['Write docstrings for public functions.', 'Keep functions short.']],
  ]);
});

describe('checklist rules 7: commit message rules', () => {
  run([
    [
      'leaves out the rules under "Commit messages" after "Before committing, make sure ... these rules:"',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Commit messages\n\nBefore committing, make sure your commit message follows these rules:\n\n- Use the imperative mood in the subject line.\n- Keep the subject under 50 characters.\n`,
      },
      [],
    ],
    [
      'keeps the same lead-in under a heading about sending',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Preparing your change\n\nBefore committing, make sure that:\n\n- The linter passes.\n- The tests pass.\n`,
      },
      ['The linter passes.', 'The tests pass.'],
    ],
    [
      'keeps a "Commit message checklist", which names the checks',
      { 'CONTRIBUTING.md': `${GUIDE}\n## Commit message checklist\n\n- [ ] The subject names the area.\n- [ ] The body says why.\n` },
      ['The subject names the area.', 'The body says why.'],
    ],
  ]);
});

describe('checklist rules 7: template boxes labelled for another role', () => {
  const template = (boxes: string): Record<string, string> => ({
    'CONTRIBUTING.md': GUIDE,
    '.github/pull_request_template.md': `## Checklist\n\n- [ ] I added tests\n${boxes}`,
  });
  run([
    ['leaves out "Maintainers only: ..."', template('- [ ] Maintainers only: set the milestone\n'), ['I added tests']],
    ['leaves out "Reviewer: ..."', template('- [ ] Reviewer: approve the API\n'), ['I added tests']],
    ['leaves out a box "to be checked by the reviewer"', template('- [ ] The API is stable (to be checked by the reviewer)\n'), ['I added tests']],
    ["leaves out a \"Maintainer's section\"", template("\n## Maintainer's section\n\n- [ ] Label applied\n"), ['I added tests']],
    ['keeps a box that only names a reviewer as its object', template('- [ ] I asked a reviewer for feedback\n'), ['I added tests', 'I asked a reviewer for feedback']],
  ]);
});

describe('checklist rules 7: steps written as "Step N" paragraphs', () => {
  run([
    [
      'takes bold "Step N:" paragraphs under "Before you submit a pull request"',
      {
        'CONTRIBUTING.md': `${GUIDE}\n## Before you submit a pull request\n\n**Step 1: Run the tests.** The suite takes a minute.\n\n\`\`\`\nmake test\n\`\`\`\n\n**Step 2: Update the changelog.**\n\n**Step 3: Open a pull request.**\n`,
      },
      ['Run the tests. The suite takes a minute.', 'Update the changelog.'],
    ],
    [
      'takes "Step N." paragraphs after a lead-in that introduces the checks',
      { 'CONTRIBUTING.md': `${GUIDE}\n## Contributing code\n\nBefore you send a pull request, do the following:\n\nStep 1. Rebase on main.\n\nStep 2. Sign your commits.\n` },
      ['Rebase on main.', 'Sign your commits.'],
    ],
    [
      'leaves out "Step N" paragraphs of a setup section',
      { 'CONTRIBUTING.md': `${GUIDE}\n## Setting up\n\nStep 1. Install the toolchain.\n\nStep 2. Clone the repository.\n` },
      [],
    ],
  ]);
});

describe('checklist rules 7: a question heading for whoever has a change ready', () => {
  const under = (heading: string): Record<string, string> => ({
    'CONTRIBUTING.md': `${GUIDE}\n## ${heading}\n\n1. Add a test that fails without the change.\n2. Mention the change in the changelog.\n`,
  });
  const STEPS = ['Add a test that fails without the change.', 'Mention the change in the changelog.'];
  run([
    ['takes the steps under "Have a patch?"', under('Have a patch?'), STEPS],
    ['takes the steps under "Got a fix?"', under('Got a fix?'), STEPS],
    ['leaves out the steps under "Have a question?"', under('Have a question?'), []],
  ]);
});
