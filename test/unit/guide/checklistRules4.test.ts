import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * What separates a guide's "before you submit" list from its guidelines, rules and facts about sending a change.
 * Each case is a small guide written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

describe('checklist: the page title and the sentence that leads into a list', () => {
  run([
    [
      'does not read every section of a page titled "Before you submit a pull request" as checks',
      {
        'CONTRIBUTING.md':
          '# Before you submit a pull request\n\nThis page is for people with a change ready.\n\n## How reviews go\n\n- Make small pull requests.\n- Keep the maintainers in the loop.\n\n## Local checks\n\nYou must run these checks before you submit your pull request. The CI runs them too.\n\n- `make lint`\n- `make test`\n',
      },
      ['`make lint`', '`make test`'],
    ],
    [
      'still reads the sections of a page titled as a checklist as checks',
      { 'CONTRIBUTING.md': '# Pull request checklist\n\nGo through this.\n\n## Tests\n\n- Add a test for the fix.\n- Run the whole suite.\n' },
      ['Add a test for the fix.', 'Run the whole suite.'],
    ],
    [
      'finds the lead-in in the sentence that points at the list, when an aside follows it',
      { 'CONTRIBUTING.md': '# Guide\n\n## Checks\n\nRun the following before you open a pull request. It saves a round trip.\n\n- `make fmt`\n- `make vet`\n' },
      ['`make fmt`', '`make vet`'],
    ],
    [
      'does not take a "Submit process" heading for "Submit PR" (the word must end there)',
      { 'CONTRIBUTING.md': '# Guide\n\n## The pull request submit process\n\nMerging requires the following to happen before it is merged automatically.\n\n- Pass the checks.\n- Receive two approvals.\n' },
      [],
    ],
  ]);
});

describe('checklist: guidelines are not a checklist unless the lead-in says they come before sending', () => {
  run([
    [
      'leaves out a list the lead-in calls guidelines, under a heading about submitting',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Submitting pull requests\n\nWe welcome them, so do familiarize yourself with the following guidelines.\n\n- Base your work on the `next` branch.\n- If you add an API:\n  - Document it.\n  - Add a test.\n',
      },
      [],
    ],
    [
      'keeps guidelines the lead-in places before sending',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Sending changes\n\nBefore you submit a pull request, consider these guidelines:\n\n- Search for a duplicate first.\n- Add a test.\n' },
      ['Search for a duplicate first.', 'Add a test.'],
    ],
    [
      'reads the checks to run before each commit (a lead-in ending in a colon) as a checklist',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Developing\n\nBefore each [commit](https://example.org/commit.html), you should:\n\n1. Run the tests\n2. Format the code\n' },
      ['Run the tests', 'Format the code'],
    ],
    [
      'does not read a sentence about committing that does not lead into the list as one',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Developing\n\nRun the linter before you commit.\n\n- The `src` folder holds the code.\n- The `docs` folder holds the manual.\n' },
      [],
    ],
  ]);
});

describe('checklist: steps written as numbered headings', () => {
  run([
    [
      'reads headings numbered "1.", "2:" and "Step 3 -" after a lead-in about creating the pull request as steps, up to the step that sends it',
      {
        'CONTRIBUTING.md':
          '# Sending a change\n\nHere are the final steps to keep in mind as you create your PR.\n\n### 1. Sign the agreement\n\nIt is short.\n\n### 2: Add tests\n\nOne per fix.\n\n### Step 3 - Update the docs\n\nIf behaviour changes.\n\n### 4. Create your PR!\n\nPush and open it.\n\n### 5. Addressing feedback\n\nAnswer the reviewers.\n\n## Afterwards\n\nWait for a review.\n',
      },
      ['Sign the agreement', 'Add tests', 'Update the docs'],
    ],
    [
      'does not read numbered headings as steps without such a lead-in',
      { 'CONTRIBUTING.md': '# Guide\n\nThis guide has three parts.\n\n### 1. Setup\n\nInstall things.\n\n### 2: Testing\n\nRun things.\n' },
      [],
    ],
  ]);
});

describe('checklist: a before-sending lead-in followed by paragraphs instead of a list', () => {
  run([
    [
      'reads each short paragraph that asks something as a check (typographic apostrophes too)',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Pull requests\n\nBefore you send a pull request, make sure you follow these guidelines:\n\nRun the checks locally: `make check`\n\nIf you fix a bug, don\u2019t forget to add a test!\n\n## Releases\n\nMaintainers tag releases.\n',
      },
      ['Run the checks locally: `make check`', 'If you fix a bug, don\u2019t forget to add a test!'],
    ],
    [
      'takes none when a paragraph after the lead-in is a statement, not a check',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Tests\n\nBefore pushing your changes make sure all tests pass:\n\nThe project uses a test runner of its own.\n\nRun the tests.\n',
      },
      [],
    ],
  ]);
});

describe('checklist: numbered step headings under a heading that names the checks', () => {
  run([
    [
      'reads numbered subheadings right under "Before you submit" as steps',
      { 'CONTRIBUTING.md': '# Guide\n\n## Before you submit a pull request\n\n### 1. Run the tests\n\nAll of them.\n\n### 2. Update the changelog\n\nOne line.\n\n## Code of conduct\n\nBe kind.\n' },
      ['Run the tests', 'Update the changelog'],
    ],
    [
      'does not read numbered subheadings under a heading about something else as steps',
      { 'CONTRIBUTING.md': '# Guide\n\n## Architecture\n\n### 1. Parser\n\nReads.\n\n### 2. Printer\n\nWrites.\n' },
      [],
    ],
  ]);
});

describe('checklist: a list framed only by a heading about sending', () => {
  const long = (s: string): string => `${s} ${'This is explained at length here so that the reason for the rule is clear to everyone who reads it.'.repeat(2)}`;
  run([
    [
      'leaves out a numbered list of long explanations under "Submit a pull request"',
      {
        'CONTRIBUTING.md': `# Contributing\n\n## Submit a pull request\n\n1. ${long('Always branch from `main`.')}\n1. ${long('Squash fixup commits.')}\n1. Reference the issue.\n`,
      },
      [],
    ],
    [
      'keeps short steps under the same heading',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Submit a pull request\n\n1. Create a branch from `main`.\n1. Add tests and make sure they pass.\n1. Reference the issue.\n' },
      ['Create a branch from `main`.', 'Add tests and make sure they pass.', 'Reference the issue.'],
    ],
    [
      'keeps long items when a lead-in places them before sending',
      { 'CONTRIBUTING.md': `# Contributing\n\n## Submit a pull request\n\nBefore you submit, check that:\n\n1. ${long('You branched from `main`.')}\n1. ${long('You squashed fixup commits.')}\n` },
      [long('You branched from `main`.'), long('You squashed fixup commits.')],
    ],
  ]);
});

describe('checklist: task boxes in a guide', () => {
  run([
    [
      'keeps a box that introduces boxes nested under it (it is still something to tick)',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## New plugin checklist\n\n- [ ] Add the docs page.\n- [ ] Register the plugin and add the following:\n  - [ ] An entry in the index\n  - [ ] A default setting\n',
      },
      ['Add the docs page.', 'Register the plugin and add the following:', 'An entry in the index', 'A default setting'],
    ],
    [
      'still leaves out a plain item that only introduces the items under it',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Pull request checklist\n\n- If you add a plugin:\n  - Add the docs page.\n  - Add a test.\n' },
      ['Add the docs page.', 'Add a test.'],
    ],
  ]);
});

describe('checklist: coding-style rules are not a checklist', () => {
  run([
    [
      'leaves out a list a lead-in introduces as the coding style',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Submitting a pull request\n\nMake sure your changes follow our coding style:\n\n- Use 4 spaces.\n- Keep lines under 100 characters.\n' },
      [],
    ],
    [
      'leaves out a list of style rules under a heading about sending, with no lead-in',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Submitting a pull request\n\n- Use 4 spaces for indentation.\n- Prefer `const` over `let`.\n- Name files in kebab-case.\n' },
      [],
    ],
    [
      'keeps formatting checks that a lead-in places before sending',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Code style\n\nBefore submitting, make sure that:\n\n- Code is formatted with `black`.\n- Imports are sorted.\n' },
      ['Code is formatted with `black`.', 'Imports are sorted.'],
    ],
    [
      'keeps a checklist with one style item among its checks',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Pull request checklist\n\n- Run the tests.\n- Use 4 spaces for indentation.\n- Update the changelog.\n' },
      ['Run the tests.', 'Use 4 spaces for indentation.', 'Update the changelog.'],
    ],
  ]);
});

describe('checklist: more ways a lead-in frames a list', () => {
  run([
    [
      'reads the checks to make when ready to submit',
      { 'CONTRIBUTING.md': '# C\n\n## Pull requests\n\nWhen you are ready to submit your PR, make sure:\n\n- the tests pass\n- the docs build\n' },
      ['the tests pass', 'the docs build'],
    ],
    [
      'reads what every pull request must include',
      { 'CONTRIBUTING.md': '# C\n\n## Pull requests\n\nYour pull request should:\n\n- include tests\n- update the docs\n' },
      ['include tests', 'update the docs'],
    ],
    [
      'leaves out what the maintainers will do, under a heading about submitting',
      { 'CONTRIBUTING.md': '# C\n\n## Submitting\n\nThe maintainers will:\n\n- review it\n- merge it\n' },
      [],
    ],
  ]);
});

describe('checklist: sections about sending beside the checks, and workflows split by code', () => {
  const F = '```';
  run([
    [
      'reads the boxes under "Before submitting" and not the sibling section on creating the pull request',
      {
        'CONTRIBUTING.md':
          '# C\n\n## Submitting a pull request\n\n### Before submitting\n\n- [ ] Code passes linting\n- [ ] Tests pass\n\n### Creating the PR\n\n1. Push your branch\n2. Open a pull request against `main`\n3. Fill in the template\n4. Request a review\n',
      },
      ['Code passes linting', 'Tests pass'],
    ],
    [
      'reads statements under a heading that names the checks as states to reach',
      { 'CONTRIBUTING.md': '# C\n\n## Pull request criteria\n\n- The tests pass.\n- The changelog has an entry.\n' },
      ['The tests pass.', 'The changelog has an entry.'],
    ],
    [
      'leaves out a fork-to-pull-request workflow even when a code block splits its numbered steps',
      {
        'CONTRIBUTING.md': `# C\n\n## Submitting a pull request\n\n1. Fork the repository and clone it.\n2. Create a branch:\n\n${F}sh\ngit checkout -b my-change\n${F}\n\n3. Commit your changes.\n4. Push the branch.\n5. Open a pull request against \`main\`.\n`,
      },
      [],
    ],
  ]);
});

describe('checklist: approvals others give are not checks', () => {
  run([
    [
      'leaves out approvals and approving reviews from a list of merge conditions, keeping the contributor\u2019s checks',
      {
        'CONTRIBUTING.md':
          '# C\n\n## Pull request checklist\n\n- Add a test for the change.\n- **2 approvals required** from the core team.\n- Receive two approving reviews from maintainers.\n- A maintainer must approve the design.\n- Update the changelog.\n',
      },
      ['Add a test for the change.', 'Update the changelog.'],
    ],
  ]);
});

describe('checklist: what a tool prompts for is not a check', () => {
  const F = '```';
  run([
    [
      'leaves out the prompts a tool walks through after a step of the checklist',
      {
        'CONTRIBUTING.md': `# C\n\n## Before submitting\n\n1. Run the tests.\n2. Create a changeset:\n\n${F}sh\nnpm run changeset\n${F}\n\nFollow the prompts to:\n\n- Select the packages you changed\n- Write a summary\n`,
      },
      ['Run the tests.', 'Create a changeset:'],
    ],
  ]);
});
