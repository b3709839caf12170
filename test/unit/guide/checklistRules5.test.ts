import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * When a list applies: before the change is sent (a checklist), while the work is done (guidance), or at the
 * contributor's option (a suggestion). Each case is a small guide written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

describe('checklist: a lead-in about doing the work is guidance, not checks before sending', () => {
  run([
    [
      'keeps the list for sending and leaves out the one for working on a widget, in the same section',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Sending a pull request\n\nWhen you are sending a pull request:\n\n- Keep it to one change.\n- Make sure the tests pass.\n\nWhen you\'re working on a widget:\n\n- Follow the design notes in the wiki.\n- Document every option the widget takes.\n',
      },
      ['Keep it to one change.', 'Make sure the tests pass.'],
    ],
    [
      'leaves out a "While writing code:" list under a heading about submitting',
      { 'CONTRIBUTING.md': '# Guide\n\n## Submitting changes\n\nWhile writing code:\n\n- Keep functions short.\n- Add comments where the why is not obvious.\n' },
      [],
    ],
    [
      'near miss: "When you are working on a pull request:" is about the pull request, so its list stays',
      { 'CONTRIBUTING.md': '# Guide\n\n## Submitting changes\n\nWhen you are working on a pull request:\n\n- Rebase on `main`.\n- Run `make check`.\n' },
      ['Rebase on `main`.', 'Run `make check`.'],
    ],
    [
      'near miss: a condition on the kind of change ("If adding a feature:") still leads into checks',
      { 'CONTRIBUTING.md': '# Guide\n\n## Submitting a pull request\n\nIf adding a new feature:\n\n- Add a test for it.\n- Describe it in the docs.\n' },
      ['Add a test for it.', 'Describe it in the docs.'],
    ],
  ]);
});

describe('checklist: a lead-in that leaves it to the contributor is a suggestion', () => {
  run([
    [
      'leaves out what "you might want to" do before creating a pull request',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Formatting\n\nBefore creating a pull request, you might want to format the code and look for bugs:\n\n- `./tool format`\n- `./tool analyse`\n',
      },
      [],
    ],
    [
      'leaves out an "Optionally, ..." list under a checklist heading',
      { 'CONTRIBUTING.md': '# Guide\n\n## Before you submit\n\nOptionally, run the slow suites too:\n\n- `make integration`\n- `make e2e`\n' },
      [],
    ],
    [
      'near miss: "Before you submit, make sure you:" is asked, so its list stays',
      { 'CONTRIBUTING.md': '# Guide\n\n## Formatting\n\nBefore you submit a pull request, make sure you:\n\n- run `./tool format`\n- run `./tool analyse`\n' },
      ['run `./tool format`', 'run `./tool analyse`'],
    ],
    [
      'near miss: "If you want to work on a new idea:" is a condition, and its steps stay',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Contributing a patch\n\nIf you want to work on a new idea:\n\n1. Open an issue describing it.\n1. Fork the repo, develop, and test your changes.\n1. Submit a pull request.\n',
      },
      ['Open an issue describing it.', 'Fork the repo, develop, and test your changes.', 'Submit a pull request.'],
    ],
  ]);
});

describe('checklist: task boxes in a guide that a lead-in calls a checklist', () => {
  run([
    [
      'reads boxes introduced as "a checklist for adding a new plugin" as checks',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Plugins\n\nPlugins live in `plugins/`.\n\nHere is a checklist for adding a new plugin:\n\n- [ ] The class name ends in `Plugin`.\n- [ ] It has a test class.\n- [ ] The docs list it.\n',
      },
      ['The class name ends in `Plugin`.', 'It has a test class.', 'The docs list it.'],
    ],
    [
      'near miss: the same lead-in over a plain numbered list is a procedure, not checks',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Plugins\n\nPlugins live in `plugins/`.\n\nHere is the checklist for adding a new plugin:\n\n1. Create the class in `plugins/`.\n2. Register it in `index.ts`.\n',
      },
      [],
    ],
    [
      'near miss: boxes a lead-in calls a checklist for releasing are the maintainers\' steps',
      { 'CONTRIBUTING.md': '# Guide\n\n## Maintenance\n\nHere is a checklist for releasing a version:\n\n- [ ] Bump the version.\n- [ ] Tag the commit.\n' },
      [],
    ],
  ]);
});

describe('checklist: a heading that names a process describes it', () => {
  run([
    [
      'leaves out the bullets under "Pull request process" when no lead-in frames them',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Pull request process\n\n- Create a branch for each pull request.\n- New code should follow the style guide.\n- For user-facing changes, add a line to `NEWS.md`.\n',
      },
      [],
    ],
    [
      'near miss: a lead-in naming the moment of sending still frames the list under such a heading',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Pull request process\n\nWhen submitting a pull request:\n\n- Explain why the change is needed.\n- Ensure all tests pass.\n',
      },
      ['Explain why the change is needed.', 'Ensure all tests pass.'],
    ],
    [
      'near miss: "Pull request checklist" still names the checks',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Pull request checklist\n\n- Create a branch for each pull request.\n- Add a line to `NEWS.md`.\n' },
      ['Create a branch for each pull request.', 'Add a line to `NEWS.md`.'],
    ],
  ]);
});

describe('checklist: asking for a feature is not sending a change', () => {
  run([
    [
      'leaves out the list under "Before submitting an enhancement suggestion"',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Suggesting enhancements\n\nThis section is about asking for new features.\n\n### Before Submitting An Enhancement Suggestion\n\n- Check the FAQ.\n- Search the tracker for a similar suggestion.\n',
      },
      [],
    ],
    [
      'leaves out the list under "Before submitting a suggested enhancement"',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Ideas\n\n### Before submitting a suggested enhancement\n\n- Check the FAQ.\n- Check that it does not exist yet.\n' },
      [],
    ],
    [
      'near miss: "Before submitting a pull request" beside it is still the checks',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Code\n\n### Before submitting a pull request\n\n- Run the tests.\n- Update the changelog.\n' },
      ['Run the tests.', 'Update the changelog.'],
    ],
  ]);
});

describe('checklist: template boxes under another role are not the author\'s', () => {
  const TEMPLATE = '.github/pull_request_template.md';
  run([
    [
      'leaves out the boxes under "## Committer" and keeps the author\'s',
      { [TEMPLATE]: '## Description\n\n## Contributor\n\n- [ ] Tests cover the change.\n- [ ] Docs are updated.\n\n## Committer\n\nSomeone other than the author.\n\n- [ ] CI is green.\n- [ ] Squash and merge.\n' },
      ['Tests cover the change.', 'Docs are updated.'],
    ],
    [
      'leaves out the boxes under "### For maintainers" and "To be filled in by the reviewer"',
      {
        [TEMPLATE]:
          '## Checklist\n\n- [ ] I ran the tests.\n\n### For maintainers\n\n- [ ] Labels are set.\n\n### To be filled in by the reviewer\n\n- [ ] The design was discussed.\n',
      },
      ['I ran the tests.'],
    ],
    [
      'near miss: a question about the maintainers is the author\'s to answer',
      { [TEMPLATE]: '## Is this a burden for the maintainers?\n\n- [ ] I added tests so it is not.\n' },
      ['I added tests so it is not.'],
    ],
  ]);
});

describe('checklist: a list of pages to read is not checks', () => {
  run([
    [
      'leaves out articles cited with their authors, under a heading about sending',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Submitting a pull request\n\nHere are some posts worth reading before you submit a pull request:\n\n- [Open source etiquette](https://example.org/a) by A. Writer\n- [Do not push your pull requests](https://example.org/b) by B. Writer\n- [Better pull requests](https://example.org/c) by C. Writer\n',
      },
      [],
    ],
    [
      'leaves out a list of linked page titles that ask nothing',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Pull request checklist\n\n- [The architecture overview](docs/arch.md)\n- [The testing handbook](docs/testing.md): how the suites are laid out\n',
      },
      [],
    ],
    [
      'near miss: linked items that ask for something stay checks',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Before you submit\n\n- [Write tests](docs/testing.md) for the change\n- [Update the docs](docs/README.md)\n- Follow the existing coding style\n',
      },
      ['[Write tests](docs/testing.md) for the change', '[Update the docs](docs/README.md)', 'Follow the existing coding style'],
    ],
  ]);
});

describe('checklist: a numbered step that leads into bullets not indented under it', () => {
  run([
    [
      'reads the bullets under "3. Before submitting a pull request, check the following:" as checks (markdown)',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Working on the code\n\n1. Create a branch.\n2. Commit your changes.\n3. Before submitting a pull request, check the following:\n\n- The change is tested.\n- You added yourself to `AUTHORS`.\n\n4. Push the branch and open the pull request.\n',
      },
      ['The change is tested.', 'You added yourself to `AUTHORS`.'],
    ],
    [
      'reads them in reStructuredText too, where the bullets stay in the numbered list',
      {
        'CONTRIBUTING.rst':
          'Guide\n=====\n\nWorking on the code\n-------------------\n\n1. Create a branch.\n\n2. Commit your changes.\n\n3. Before submitting a pull request, check the following:\n\n- The change is tested.\n- You added yourself to ``AUTHORS``.\n\n4. Push the branch and open the pull request.\n',
      },
      ['The change is tested.', 'You added yourself to ``AUTHORS``.'],
    ],
    [
      'near miss: a step ending in a colon that is not about sending does not make the bullets checks',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Working on the code\n\n1. Create a branch.\n2. Pick one of the branch prefixes:\n\n- `feat/` for features\n- `fix/` for fixes\n\n3. Commit your changes.\n',
      },
      [],
    ],
  ]);
});

describe('checklist: a template box tagged for another role is not the author\'s', () => {
  run([
    [
      'leaves out "(Team) ..." and "[Maintainers only] ..." boxes',
      {
        '.github/pull_request_template.md':
          '## Checklist\n\n- [ ] Tests are added.\n- [ ] (Team) Label with the affected crates.\n- [ ] [Maintainers only] Add to the milestone.\n- [ ] **Reviewer:** check the benchmarks.\n',
      },
      ['Tests are added.'],
    ],
    [
      'near miss: a box that mentions the team in its words is the author\'s',
      { '.github/pull_request_template.md': '## Checklist\n\n- [ ] (Optional) Tell the team about breaking changes.\n- [ ] Team members were asked for review.\n' },
      ['(Optional) Tell the team about breaking changes.', 'Team members were asked for review.'],
    ],
  ]);
});

describe('checklist: what makes a pull request more likely to be accepted is advice', () => {
  run([
    [
      'leaves out "Some things that will increase the chance that your pull request is accepted:" under a general heading',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Contributing\n\nPush to your fork and submit a pull request.\n\nSome things that will increase the chance that your pull request is accepted:\n\n- Write tests.\n- Follow the style of the code around it.\n- Write a good commit message.\n',
      },
      [],
    ],
    [
      'leaves out "These things will make a PR more likely to be accepted:" under an acceptance policy',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Acceptance policy\n\nThese things will make a PR more likely to be accepted:\n\n- Address an open issue.\n- Keep backward compatibility.\n' },
      [],
    ],
    [
      'near miss: under a heading about submitting changes, the heading still frames the same list',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Submitting changes\n\nThings that will increase the chance that your pull request is accepted:\n\n- Write tests.\n- Write a good commit message.\n',
      },
      ['Write tests.', 'Write a good commit message.'],
    ],
  ]);
});

describe('checklist: a numbered list split by an HTML comment is one list', () => {
  run([
    [
      'keeps the steps after a commented-out step, under the lead-in of the first',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Submitting a pull request\n\nBefore you submit your pull request consider the following guidelines:\n\n1. Search for an open or closed pull request like yours.\n<!-- 1. Sign the CLA before sending. -->\n1. Fork the repository.\n1. Add tests for the change.\n1. Push your branch and open the pull request.\n',
      },
      ['Search for an open or closed pull request like yours.', 'Fork the repository.', 'Add tests for the change.', 'Push your branch and open the pull request.'],
    ],
    [
      'near miss: a numbered list after a paragraph is judged on its own',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Submitting a pull request\n\nBefore you submit your pull request, check the following:\n\n1. Add tests for the change.\n1. Update the docs.\n\nOnce your pull request is opened:\n\n1. Answer the review.\n1. Squash when asked.\n',
      },
      ['Add tests for the change.', 'Update the docs.'],
    ],
  ]);
});
