import { guide, run } from './checklistCases';

/**
 * Round 10 checklist rules, from the kinds the last blind set (measure9) showed. Each case is a small guide written
 * for the test, with near-misses where the same words stand in a place where they must not make a checklist.
 */
const adoc = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.adoc': `= Contributing\n\n${prose}\n` });

describe('checklist rules 10: an AsciiDoc link macro opening a step reads like a markdown link', () => {
  run([
    [
      'AsciiDoc steps from "url[Fork the repo]" to "url[Open a pull request]" are the whole workflow',
      adoc(
        '== Sending a pull request\n\n' +
          '. https://docs.example.org/fork[Fork the repo].\n' +
          '. Install the dependencies with `bundle`.\n' +
          '. Write a spec for your change.\n' +
          '. Commit and push your branch.\n' +
          '. https://docs.example.org/pulls[Open a pull request].\n',
      ),
      [],
    ],
    [
      'the same steps in markdown were already the whole workflow',
      guide(
        '## Sending a pull request\n\n1. [Fork the repo](https://docs.example.org/fork).\n2. Install the dependencies with `bundle`.\n3. Write a spec for your change.\n4. Commit and push your branch.\n5. [Open a pull request](https://docs.example.org/pulls).',
      ),
      [],
    ],
    [
      'near-miss: AsciiDoc checks opening with a link macro that is no fork stay checks',
      adoc(
        '== Before you submit\n\n' +
          '* link:docs/testing.adoc[Run the specs] and see them pass.\n' +
          '* Add a line to the changelog.\n',
      ),
      ['link:docs/testing.adoc[Run the specs] and see them pass.', 'Add a line to the changelog.'],
    ],
  ]);
});

describe('checklist rules 10: "When preparing patches, ...:" places the list at the preparing of the change', () => {
  run([
    [
      '"When preparing patches, please follow these guidelines:" leads into the checks',
      guide(
        '## Contributing code\n\nSend your patch to the mailing list. When preparing patches, please follow these guidelines:\n\n- Patches apply cleanly with git am\n- Split large changes into logical patches\n- End the description with your Signed-off-by line',
      ),
      ['Patches apply cleanly with git am', 'Split large changes into logical patches', 'End the description with your Signed-off-by line'],
    ],
    [
      '"While preparing your pull request, make sure:" too',
      guide('## Code\n\nWhile preparing your pull request, make sure:\n\n- the tests pass\n- the docs are updated'),
      ['the tests pass', 'the docs are updated'],
    ],
    [
      'near-miss: preparing a release is the maintainers\' procedure',
      guide('## Releases\n\nWhen preparing a release, please follow these steps:\n\n- Bump the version\n- Tag the commit'),
      [],
    ],
    [
      'near-miss: preparing the development environment is setup',
      guide('## Working locally\n\nWhen preparing your development environment, please follow these guidelines:\n\n- Install the toolchain\n- Clone the repository'),
      [],
    ],
    [
      'near-miss: preparing a bug report is a report',
      guide('## Reporting\n\nWhen preparing a bug report, please include:\n\n- the version\n- the steps to reproduce'),
      [],
    ],
  ]);
});

describe('checklist rules 10: "Make sure any new code you add is:" is completed by the states the work must reach', () => {
  run([
    [
      '"Make sure any new functions you add are:" leads into the checks',
      guide('## Adding functionality\n\nMake sure any new functions you add are:\n\n- Documented with doc comments\n- Covered by tests\n- Explained in your PR'),
      ['Documented with doc comments', 'Covered by tests', 'Explained in your PR'],
    ],
    [
      'a verb written twice ("are are:") reads as one',
      guide('## New features\n\nEnsure that all new code is is:\n\n- tested\n- documented'),
      ['tested', 'documented'],
    ],
    [
      'near-miss: "Make sure your system has:" is about the machine, a prerequisite',
      guide('## Overview\n\nMake sure your system has:\n\n- a C compiler\n- Python 3.10 or newer'),
      [],
    ],
    [
      'near-miss: "Make sure the following tools are installed:" is setup',
      guide('## Overview\n\nMake sure the following tools are installed:\n\n- git\n- make'),
      [],
    ],
    [
      'near-miss: a style guide that says the code is written "like this" stays out',
      guide('## Code style\n\nOur code is:\n\n- indented with 4 spaces\n- written in snake_case'),
      [],
    ],
  ]);
});

describe('checklist rules 10: a lead-in about what must be installed is setup, under any heading', () => {
  run([
    [
      '"Install these first:" under a neutral heading is prerequisites',
      guide('## Contributing code\n\nInstall these first:\n\n- Node.js 20\n- pnpm'),
      [],
    ],
    [
      'near-miss: "Before you submit, make sure the hooks are installed and:" names the moment, a checklist',
      guide('## Contributing code\n\nBefore you submit, make sure the hooks are installed and that:\n\n- the linter passes\n- the tests pass'),
      ['the linter passes', 'the tests pass'],
    ],
  ]);
});

describe('checklist rules 10: a sentence that asks for a verification before the PR is sent is a check', () => {
  run([
    [
      '"Before opening a pull request, run `make check`." under a testing heading',
      guide('## Testing\n\nBefore opening a pull request, run `make check` on your branch.\n\nThe CI runs it again.'),
      ['Before opening a pull request, run `make check` on your branch.'],
    ],
    [
      'the sentence in a TIP admonition keeps the line of its words',
      guide('## Queries\n\n> [!TIP]\n> Before opening a PR, run `make lint` to check the queries.'),
      ['Before opening a PR, run `make lint` to check the queries.'],
    ],
    [
      'the lead-in of the command block that does the checking',
      guide('## Checks\n\nBefore submitting any pull request, please run the full test suite locally:\n\n```sh\nmake test\n```'),
      ['Before submitting any pull request, please run the full test suite locally:'],
    ],
    [
      'a closing paragraph: "Before submitting the pull request, please make sure you have tested your changes."',
      guide('Thanks for helping.\n\n---\n\nBefore submitting the pull request, please make sure you have tested your changes.'),
      ['Before submitting the pull request, please make sure you have tested your changes.'],
    ],
    [
      'near-miss: a workflow rule, not a verification ("create a named branch")',
      guide('## Branches\n\nBefore submitting a PR, make sure to create a named branch in your fork.'),
      [],
    ],
    [
      'near-miss: before opening an issue is a report',
      guide('## Bugs\n\nBefore opening an issue, run the tests on the latest version.'),
      [],
    ],
    [
      'near-miss: a release procedure',
      guide('## Releasing\n\nBefore opening the release pull request, run the full test suite.'),
      [],
    ],
    [
      'near-miss: a maintainer section',
      guide('## For maintainers\n\nBefore opening a pull request to the stable branch, run the backport checks.'),
      [],
    ],
    [
      'near-miss: merging is the maintainers\' moment, not sending',
      guide('## Merging\n\nBefore merging a pull request, run the tests.'),
      [],
    ],
    [
      'near-miss: a suggestion ("you might want to")',
      guide('## Formatting\n\nBefore creating a pull request, you might want to run the formatter.'),
      [],
    ],
    [
      'near-miss: beside a list of checks the sentence details one of its items',
      guide(
        '## Pull requests\n\nBefore you submit a pull request, please do the following:\n\n1. Check the code style\n2. Run the test suite\n\n## Tests\n\nPrior to submitting your PR, please run the test suite:\n\n```sh\nmake test\n```',
      ),
      ['Check the code style', 'Run the test suite'],
    ],
    [
      'near-miss: one step of numbered headings from forking to opening the PR is the whole workflow',
      guide(
        '## Workflow\n\n### 1. Fork and clone the repository\n\nFork it.\n\n### 2. Verify your changes\n\nBefore opening a pull request, run the verification steps.\n\n### 3. Commit and push\n\nPush it.\n\n### 4. Open a pull request\n\nOpen it.',
      ),
      [],
    ],
    [
      'numbered headings that are not the whole workflow keep the sentence',
      guide(
        '## Adding a profile\n\n### 1. Write the profile\n\nWrite it.\n\n### 2. Testing\n\nBefore opening a pull request, test your profile from your fork.\n\n## Getting help\n\nAsk on the forum.',
      ),
      ['Before opening a pull request, test your profile from your fork.'],
    ],
  ]);
});

describe('checklist rules 10: paperwork and mechanics up to the sending step are how to send', () => {
  run([
    [
      '"Sign the CLA", "Push to a topic branch", "Submit a _Pull Request_", "Update your ticket" is no checklist',
      guide(
        '## Submitting changes\n\n+ Sign the [Contributor License Agreement][cla] if you have not yet.\n+ Push your changes to a topic branch in your fork.\n+ Submit a _Pull Request_ to the main repository.\n  * Check that the diff shows only your changes.\n+ Link the pull request in your tracker ticket.\n\n[cla]: https://example.org/cla',
      ),
      [],
    ],
    [
      'near-miss: a check of the change before the sending step keeps the list a checklist',
      guide('## Submitting changes\n\n- Sign the CLA.\n- Run the test suite and see it pass.\n- Submit a pull request.'),
      ['Sign the CLA.', 'Run the test suite and see it pass.', 'Submit a pull request.'],
    ],
    [
      'near-miss: a checklist with no sending step stays one',
      guide('## Submitting changes\n\n- Sign the CLA.\n- Push only signed commits.'),
      ['Sign the CLA.', 'Push only signed commits.'],
    ],
  ]);
});

describe('checklist rules 10: permissions and options in a checklist are not checks', () => {
  run([
    [
      '"Feel free to", "You can", "Don\'t hesitate" and "It\'s entirely possible" items are left out',
      guide(
        '## Before you submit\n\n- Run the tests.\n- **Feel free to send draft PRs** to get early feedback.\n- You can run `make serve` to preview the docs.\n- Don\'t hesitate to ask for help.\n- **It\'s entirely possible your change won\'t be merged**, and that is fine.\n- Update the changelog.',
      ),
      ['Run the tests.', 'Update the changelog.'],
    ],
    [
      'near-miss: "You may need to" and "You can\'t" still ask',
      guide('## Before you submit\n\n- You may need to regenerate the fixtures.\n- You can\'t skip the linter.'),
      ['You may need to regenerate the fixtures.', "You can't skip the linter."],
    ],
    [
      'near-miss: a task box that says "You can" is ticked and stays',
      { 'CONTRIBUTING.md': '# Contributing\n\nHello.\n', '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] You can reproduce the fix locally\n- [ ] Tests pass\n' },
      ['You can reproduce the fix locally', 'Tests pass'],
    ],
  ]);
});

describe('checklist rules 10: a requirement with nested details is one check', () => {
  run([
    [
      '"it has to meet these requirements:" folds the details of "Follow the code standard:" into it',
      guide(
        '## Pull request requirements\n\nFor a pull request to be considered, it has to meet these requirements:\n\n1. Follow the current code standard:\n    - Be formatted with `make fmt`.\n    - Not repeat itself.\n2. Come with tests.',
      ),
      ['Follow the current code standard: Be formatted with `make fmt`; Not repeat itself', 'Come with tests.'],
    ],
    [
      'near-miss: a condition over nested items still heads checks of their own',
      guide('## Pull request requirements\n\nFor a pull request to be considered, it has to meet these requirements:\n\n1. If you add an API:\n    - Document it.\n    - Test it.\n2. Come with tests.'),
      ['Document it.', 'Test it.', 'Come with tests.'],
    ],
  ]);
});

describe('checklist rules 10: review of the before-sending sentence (hostile near-misses)', () => {
  run([
    [
      'near-miss: "check that an issue exists" is discussing first',
      guide('## Pull requests\n\nBefore opening a pull request, check that an issue exists for the change.'),
      [],
    ],
    [
      'near-miss: "check the existing pull requests" is searching for duplicates',
      guide('## Pull requests\n\nBefore submitting a PR, please check the existing pull requests for the same fix.'),
      [],
    ],
    [
      'near-miss: what the CI does',
      guide('## Pull requests\n\nBefore opening a PR, the CI will run the tests on your fork.'),
      [],
    ],
    [
      'near-miss: an option ("you can run")',
      guide('## Linting\n\nBefore opening a PR, you can run `make lint` to check the style.'),
      [],
    ],
    [
      'near-miss: a FAQ answer about reviews is not sending',
      guide('## FAQ\n\n### How long does a review take?\n\nBefore submitting your review, run the tests of the branch.'),
      [],
    ],
    [
      'near-miss: a user\'s install instructions say nothing of sending',
      guide('## Installation\n\nBefore installing the package, run `make check` to verify your toolchain.'),
      [],
    ],
    [
      'near-miss: an example of output is code, not prose',
      guide('## Example\n\n```\nBefore opening a pull request, run the tests.\n```'),
      [],
    ],
  ]);
});

describe('checklist rules 10: review of the sending procedure (hostile near-misses)', () => {
  run([
    [
      'near-miss: a check of the change after the sending step keeps the list',
      guide('## Submitting changes\n\n- Sign the CLA.\n- Open a pull request.\n- Make sure the CI passes.'),
      ['Sign the CLA.', 'Open a pull request.', 'Make sure the CI passes.'],
    ],
  ]);
});

describe('checklist rules 10: a "when" lead-in over style rules introduces a style guide', () => {
  const STYLE = '- Indent with 4 spaces.\n- Use snake_case for function names.\n- Keep lines under 80 columns.';
  run([
    ['"When preparing patches, please follow these rules:" over style rules is no checklist', guide(`## Code\n\nWhen preparing patches, please follow these rules:\n\n${STYLE}`), []],
    ['"When submitting a pull request, ...:" over style rules neither', guide(`## Code\n\nWhen submitting a pull request, please follow these rules:\n\n${STYLE}`), []],
    [
      'near-miss: "Before submitting, ...:" makes even style rules checks to make first',
      guide(`## Code\n\nBefore submitting a pull request, please follow these rules:\n\n${STYLE}`),
      ['Indent with 4 spaces.', 'Use snake_case for function names.', 'Keep lines under 80 columns.'],
    ],
  ]);
});

describe('checklist rules 10: review of the before-sending sentence, reading a page', () => {
  run([
    [
      'near-miss: "check our contribution guidelines" is reading, not checking the change',
      guide('## Pull requests\n\nBefore opening a pull request, please check our contribution guidelines.'),
      [],
    ],
    [
      'a check of the change beside a page to follow is still one',
      guide('## Pull requests\n\nBefore submitting the pull request, please make sure you have tested your changes and that they follow the project guidelines.'),
      ['Before submitting the pull request, please make sure you have tested your changes and that they follow the project guidelines.'],
    ],
  ]);
});

describe('checklist rules 10: the before-sending sentence behind an admonition label', () => {
  run([
    ['AsciiDoc "TIP: Before opening a pull request, run ..."', adoc('== Checks\n\nTIP: Before opening a pull request, run `make check` on your branch.'), ['Before opening a pull request, run `make check` on your branch.']],
    ['markdown "**Note:** Before submitting a PR, run the linter."', guide('## Checks\n\n**Note:** Before submitting a PR, run the linter.'), ['Before submitting a PR, run the linter.']],
    ['near-miss: "Note: before opening an issue, run the tests" is a report', guide('## Bugs\n\nNote: Before opening an issue, run the tests on the latest version.'), []],
  ]);
});

describe('checklist rules 10: the before-sending sentence of a linked page', () => {
  const TESTING = '# Testing\n\nRun `make test` for the unit tests.\n\nBefore submitting a pull request, run `make test-all` as well.\n';
  run([
    [
      'a linked testing page\'s sentence is the check where the guide has no list of checks',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Development\n\nSee the [testing guide](docs/testing.md) for how to run the tests.\n', 'docs/testing.md': TESTING },
      ['Before submitting a pull request, run `make test-all` as well.'],
    ],
    [
      'near-miss: beside the guide\'s own list of checks, the linked page\'s sentence details one of them',
      {
        'CONTRIBUTING.md': '# Contributing\n\n## Before you submit\n\n- Run the tests.\n- Update the docs.\n\n## Development\n\nSee the [testing guide](docs/testing.md) for how to run the tests.\n',
        'docs/testing.md': TESTING,
      },
      ['Run the tests.', 'Update the docs.'],
    ],
  ]);
});

describe('checklist rules 10: hostile review of the new lead-ins', () => {
  run([
    [
      'near-miss: "When preparing patches" in a maintainers\' section is their procedure',
      guide('## For maintainers\n\nWhen preparing patches for a backport, please follow these guidelines:\n\n- Cherry-pick the fix\n- Tag the release'),
      [],
    ],
    [
      'near-miss: "Make sure all new code is:" over style rules is a style guide',
      guide('## Style\n\nMake sure all new code is:\n\n- indented with 4 spaces\n- named in snake_case\n- kept under 80 columns'),
      [],
    ],
    [
      'near-miss: "Make sure all new releases are:" names no work of the contributor',
      guide('## Publishing\n\nMake sure all new releases are:\n\n- signed\n- announced'),
      [],
    ],
    [
      'near-miss: a FAQ answer that lists what must be installed',
      guide('## FAQ\n\n### Why does the build fail?\n\nMake sure the following tools are installed:\n\n- cmake\n- ninja'),
      [],
    ],
    [
      'near-miss: a release procedure of mechanics up to opening a PR',
      guide('## Releasing\n\n- Sign the release tag.\n- Push the tag.\n- Open a pull request to the website repository.'),
      [],
    ],
  ]);
});
