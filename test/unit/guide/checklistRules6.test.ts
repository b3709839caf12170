import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Lists under a heading about sending a change that are something else (a setup for newcomers, the steps of doing
 * the work), and parts of a change with their details. Each case is a small guide written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

const SECTION = '# Contributing\n\n## Creating a pull request\n\n';

describe('checklist rules 6: a lead-in that starts the work or sets it up is no checklist', () => {
  run([
    [
      'leaves out the steps a "Once you\u2019re ready to make changes:" lead-in walks through',
      { 'CONTRIBUTING.md': `${SECTION}Once you're ready to make changes:\n\n- Create a new local branch.\n- Commit your changes with a sign-off.\n- When satisfied, push the branch.\n` },
      [],
    ],
    [
      'leaves out a "When you are ready to start coding:" list too',
      { 'CONTRIBUTING.md': `${SECTION}When you are ready to start coding:\n\n- Pick an issue.\n- Make a branch named after it.\n` },
      [],
    ],
    [
      'leaves out a setup the guide recommends to newcomers',
      {
        'CONTRIBUTING.md': `${SECTION}If you are new to the GitHub workflow, we recommend the following setup:\n\n- Fork the repository with the button at the top.\n- Clone the fork into your workspace.\n- Register the upstream repository as a remote.\n`,
      },
      [],
    ],
    [
      'leaves out a "To set up your fork:" list',
      { 'CONTRIBUTING.md': `${SECTION}To set up your fork:\n\n- Add the upstream remote.\n- Fetch it.\n` },
      [],
    ],
    [
      'near miss: "When you\u2019re ready to submit, make sure:" is the moment before sending, so its list stays',
      { 'CONTRIBUTING.md': `${SECTION}When you're ready to submit your pull request, make sure:\n\n- The tests pass.\n- The docs are updated.\n` },
      ['The tests pass.', 'The docs are updated.'],
    ],
    [
      'near miss: a setup to check before submitting stays a checklist',
      { 'CONTRIBUTING.md': `${SECTION}Before you submit, check the following setup:\n\n- Your editor uses the project formatter.\n- Git signs your commits.\n` },
      ['Your editor uses the project formatter.', 'Git signs your commits.'],
    ],
    [
      'near miss: the same heading with no lead-in keeps its list',
      { 'CONTRIBUTING.md': `${SECTION}- Make sure the tests pass.\n- Update the changelog.\n` },
      ['Make sure the tests pass.', 'Update the changelog.'],
    ],
  ]);
});

describe('checklist rules 6: the parts a lead-in asks for, with their details', () => {
  const guide = (parts: string): Record<string, string> => ({ 'CONTRIBUTING.md': `${SECTION}Each pull request should have:\n\n${parts}` });
  run([
    [
      'reads a part with nested details as one item, the details folded into it',
      guide('- A descriptive title. In summary:\n  - Limit it to 50 characters\n  - Use the imperative mood\n- A description of the problem it solves.\n'),
      ['A descriptive title. In summary: Limit it to 50 characters; Use the imperative mood', 'A description of the problem it solves.'],
    ],
    [
      'near miss: a condition over nested items still heads a group of checks',
      guide('- If it adds a feature:\n  - A test for the feature.\n  - An entry in the docs.\n- A description of the problem it solves.\n'),
      ['A test for the feature.', 'An entry in the docs.', 'A description of the problem it solves.'],
    ],
    [
      'near miss: without a lead-in that asks for parts, nested items are checks of their own',
      {
        'CONTRIBUTING.md': '# Contributing\n\n## Pull request checklist\n\n- The title is descriptive:\n  - Limit it to 50 characters\n  - Use the imperative mood\n- The tests pass.\n',
      },
      ['Limit it to 50 characters', 'Use the imperative mood', 'The tests pass.'],
    ],
  ]);
});

describe('checklist rules 6: after the step that sends the change', () => {
  const lead = '# Contributing\n\n## Pull requests\n\nBefore you submit your pull request, consider the following:\n\n';
  run([
    [
      'leaves out what to do when the checks of the sent change fail',
      { 'CONTRIBUTING.md': `${lead}- Add tests for your change.\n- Push your branch.\n- In GitHub, send a pull request to \`main\`.\n- If you find that the tests have failed, look into the logs.\n` },
      ['Add tests for your change.', 'Push your branch.', 'In GitHub, send a pull request to `main`.'],
    ],
    [
      'near miss: the same condition before any step sends the change is a check',
      { 'CONTRIBUTING.md': `${lead}- If the tests fail locally, fix them first.\n- Push your branch.\n` },
      ['If the tests fail locally, fix them first.', 'Push your branch.'],
    ],
    [
      'near miss: a condition on the kind of change after the sending step is still a check',
      { 'CONTRIBUTING.md': `${lead}- Open a pull request against \`main\`.\n- If you change the API, update the docs.\n` },
      ['Open a pull request against `main`.', 'If you change the API, update the docs.'],
    ],
  ]);
});
