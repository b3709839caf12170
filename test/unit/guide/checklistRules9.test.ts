import { guide, run } from './checklistCases';

/**
 * Round 9 checklist rules. Each case is a small guide written for the test, with near-misses where the same words
 * stand in a place where they must not make a checklist.
 */

describe('checklist rules 9: a state of the CI to reach is a check, what the CI does is not', () => {
  run([
    // review8 finding, copied as is.
    [
      '"CI is green." is kept as an item of a before-review list',
      guide('## Getting your PR reviewed\n\nBefore asking for a review, make sure that:\n\n- CI is green.\n- The PR description explains why.'),
      ['CI is green.', 'The PR description explains why.'],
    ],
  ]);
});

describe('checklist rules 9: what the automation does stays out', () => {
  run([
    [
      'near-miss: what the CI runs is no check, under the same lead-in',
      guide('## Getting your PR reviewed\n\nBefore asking for a review, make sure that:\n\n- The CI runs the tests on every push.\n- The PR description explains why.'),
      ['The PR description explains why.'],
    ],
    [
      'near-miss: "GitHub Actions are used to make sure the code passes lint" says what the automation is for',
      guide('## Getting your PR reviewed\n\nBefore asking for a review, make sure that:\n\n- GitHub Actions are used to make sure the code passes lint.\n- The PR description explains why.'),
      ['The PR description explains why.'],
    ],
    [
      '"All CI checks pass" and "The workflows are passing" are states to reach',
      guide('## Before you submit\n\n- All CI checks pass.\n- The workflows are passing.'),
      ['All CI checks pass.', 'The workflows are passing.'],
    ],
  ]);
});

const STEP_HEADINGS = (steps: string[]): string =>
  '## How to contribute\n\nFollow these steps before opening a pull request.\n\n' + steps.map((s, k) => `### ${k + 1}. ${s}\n\nSome words about it.\n`).join('\n');

describe('checklist rules 9: numbered headings or step paragraphs from forking to pushing are the whole workflow', () => {
  run([
    [
      'numbered headings from "Fork and clone" to "Open a pull request" are no checklist',
      guide(STEP_HEADINGS(['Fork and clone the repository', 'Create a branch', 'Make your changes', 'Run the checks', 'Commit and push', 'Open a pull request'])),
      [],
    ],
    [
      'nor is a step body that names the moment of sending a lead-in to the steps after it',
      guide(
        '## How to contribute\n\nFollow these steps before opening a pull request.\n\n### 1. Fork the repository\n\nFork it.\n\n### 2. Verify your changes\n\nBefore opening a pull request, run the checks.\n\n### 3. Commit and push\n\nPush.\n\n### 4. Open a pull request\n\nOpen it.\n',
      ),
      [],
    ],
    [
      'numbered headings that only prepare the change stay a checklist, up to the step that sends it',
      guide(STEP_HEADINGS(['Sign the CLA', 'Add tests', 'Update the docs', 'Open a pull request'])),
      ['Sign the CLA', 'Add tests', 'Update the docs'],
    ],
    [
      'step paragraphs from forking to opening the pull request are no checklist',
      guide('## Before you submit\n\nStep 1: Fork the repository.\n\nStep 2: Run `make test`.\n\nStep 3: Push your branch.\n\nStep 4: Open the pull request.'),
      [],
    ],
    [
      'step paragraphs that do not start from a fork stay a checklist',
      guide('## Before you submit\n\nStep 1: Run `make test`.\n\nStep 2: Update the changelog.\n\nStep 3: Push your branch.'),
      ['Run `make test`.', 'Update the changelog.', 'Push your branch.'],
    ],
  ]);
});

const template = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping.\n', '.github/pull_request_template.md': text });

describe('checklist rules 9: a template\'s "Check List" heading, and the issue link to fill in', () => {
  run([
    [
      'plain items under a "Check List:" heading are the template\'s checks, the "Fixes #" line is not one',
      template('#### Check List:\n* Closes #??? (skip if none)\n* Tests added : YES / NO / NA\n* Docs updated : YES / NO / NA\n* The change follows the contributing guide\n'),
      ['Tests added : YES / NO / NA', 'Docs updated : YES / NO / NA', 'The change follows the contributing guide'],
    ],
    [
      'a "Check-list" heading over boxes, with a "Resolves: #" box-less line before them',
      template('## Related issue\n\n- Resolves: #\n\n## Check-list\n\n- [ ] Tests pass\n'),
      ['Tests pass'],
    ],
    [
      'near-miss: plain items under a heading that says to check a list of something are no checklist',
      template('## Check list of supported platforms\n\n- Linux\n- macOS\n'),
      [],
    ],
    [
      'near-miss: "Fixes #" inside a sentence that asks for it is still a check',
      guide('## Before you submit\n\n- Name the issue in the description, as in "Fixes #123".\n- Run the tests.'),
      ['Name the issue in the description, as in "Fixes #123".', 'Run the tests.'],
    ],
  ]);
});

describe('checklist rules 9: what sending the change means is no step', () => {
  run([
    [
      '"Submitting a change implies ..." and "By submitting a PR you confirm ..." are left out of a "Before submitting" list',
      guide(
        '## Before submitting\n\n- Make sure the tests pass.\n- Submitting a change implies you license it under the MIT licence.\n- By submitting a PR you confirm that you wrote the code.',
      ),
      ['Make sure the tests pass.'],
    ],
    [
      'near-miss: a step that names submitting without saying what it implies stays',
      guide('## Before submitting\n\n- Make sure the tests pass.\n- Submitting a large change? Open an issue first.'),
      ['Make sure the tests pass.', 'Submitting a large change? Open an issue first.'],
    ],
    [
      'near-miss: a template box that says what opening the PR means is ticked, and stays',
      template('## Checklist\n\n- [ ] By opening this PR, I agree to license my work under the project licence.\n- [ ] Tests added\n'),
      ['By opening this PR, I agree to license my work under the project licence.', 'Tests added'],
    ],
  ]);
});

describe('checklist rules 9: "Implement ..." asks, as any imperative step does', () => {
  run([
    [
      'a numbered procedure under a pull-request heading with an "Implement your change" step, ending in passing checks',
      guide('## Workflow for pull requests\n\n1. Create a branch from `main`.\n2. Implement your change and add a test.\n3. Ensure the test suite passes.\n4. Send the pull request.'),
      ['Create a branch from `main`.', 'Implement your change and add a test.', 'Ensure the test suite passes.', 'Send the pull request.'],
    ],
    [
      'near-miss: the same steps without a check that must pass are a walkthrough',
      guide('## Workflow for pull requests\n\n1. Branch off `main`.\n2. Implement your change.\n3. Send the pull request.'),
      [],
    ],
    [
      'near-miss: "Implement features" among ways to help is no checklist',
      guide('## Ways to help\n\n- Implement features from the roadmap.\n- Triage issues.\n- Improve the docs.'),
      [],
    ],
  ]);
});

describe('checklist rules 9: what a maintainer will do is no step, whichever article names the maintainer', () => {
  run([
    [
      '"A maintainer will review it" after the sending step is left out',
      guide('## Submitting a pull request\n\n1. Run `make test`.\n2. Update the changelog.\n3. Open the pull request.\n4. A maintainer will review it within a week.'),
      ['Run `make test`.', 'Update the changelog.', 'Open the pull request.'],
    ],
    [
      '"One of the reviewers will ..." under a lead-in that asks for checks is left out too',
      guide('## Submitting a pull request\n\nBefore you submit, make sure that:\n\n1. The tests pass.\n2. One of the reviewers will be assigned to it.\n3. The changelog is updated.'),
      ['The tests pass.', 'The changelog is updated.'],
    ],
    [
      'near-miss: a step that asks the contributor to ping a maintainer stays',
      guide('## Before you submit\n\n- Run the tests.\n- Ask a maintainer for a review in the chat.\n- Update the docs.'),
      ['Run the tests.', 'Ask a maintainer for a review in the chat.', 'Update the docs.'],
    ],
    [
      'near-miss: a template box that names a maintainer is the author\'s to tick',
      template('## Checklist\n\n- [ ] A maintainer will be pinged once CI is green\n- [ ] Tests added\n'),
      ['A maintainer will be pinged once CI is green', 'Tests added'],
    ],
  ]);
});

describe('checklist rules 9: "complete the CLA" asks, so a welcome-then-steps procedure ending in it is a checklist', () => {
  run([
    [
      'a numbered procedure under "Pull requests" whose last step completes the CLA',
      guide(
        '## Pull requests\n\nPull requests are welcome.\n\n1. Fork the repository and branch from `main`.\n2. If you added code, add tests for it.\n3. Ensure the test suite passes.\n4. If you have not done so yet, complete the CLA.',
      ),
      ['Fork the repository and branch from `main`.', 'If you added code, add tests for it.', 'Ensure the test suite passes.', 'If you have not done so yet, complete the CLA.'],
    ],
    [
      'near-miss: the same verb in a list of what the project offers is no checklist',
      guide('## Pull requests\n\nPull requests are welcome.\n\n1. Complete documentation lives on the website.\n2. The changelog is written by the maintainers.\n3. Releases happen monthly.'),
      [],
    ],
  ]);
});

describe('checklist rules 9: hostile near-misses of the round-9 rules', () => {
  run([
    [
      '"Fix #include order" is a step, not an issue link',
      guide('## Before you submit\n\n- Fix #include order in new headers.\n- Run `make check`.'),
      ['Fix #include order in new headers.', 'Run `make check`.'],
    ],
    [
      'a "Before you submit" paragraph under a plain heading still leads into numbered step headings one level down',
      guide('## Sending changes\n\nBefore you submit a pull request, go through these:\n\n### 1. Run the tests\n\nUse `make test`.\n\n### 2. Update the changelog\n\nOne line.\n'),
      ['Run the tests', 'Update the changelog'],
    ],
    [
      'what the CI runs in a release procedure is no check, and nor is the rest of the release list',
      guide('## Releasing\n\n1. CI is green on `main`.\n2. Tag the release.\n3. The workflow publishes the package.'),
      [],
    ],
    [
      'a FAQ answer that says what submitting implies is no checklist',
      guide('## FAQ\n\n- By submitting a pull request, you agree to license your work under the MIT licence.\n- Questions go to the forum.'),
      [],
    ],
    [
      'an example of a good pull request description that says "Closes #12" is no checklist',
      guide('## Pull request descriptions\n\nA good description looks like this:\n\n- Closes #12\n- Adds a retry to the uploader\n'),
      [],
    ],
  ]);
});

describe('checklist rules 9: a bold label that is a step asks, whatever the words after it', () => {
  run([
    [
      'steps led by imperative bold labels under a heading about sending are checks',
      guide('## Submitting a pull request\n\n- **Write tests**: every change needs one.\n- **Keep it small**: one topic per PR.\n- **Describe it**: the why goes in the description.'),
      ['**Write tests**: every change needs one.', '**Keep it small**: one topic per PR.', '**Describe it**: the why goes in the description.'],
    ],
    [
      'near-miss: labels that name kinds of change stay cases, not checks',
      guide('## Submitting a pull request\n\n- **Bug fixes**: a regression test is expected.\n- **Features**: an issue is expected first.\n- **Docs**: no test is needed.'),
      [],
    ],
    [
      'near-miss: imperative bold labels among ways to help are no checklist',
      guide('## Ways to help\n\n- **Answer questions**: the forum is busy.\n- **Write docs**: the wiki needs love.'),
      [],
    ],
    [
      'near-miss: "**Note:**" leads an aside, not a step',
      guide('## Submitting a pull request\n\n- **Note:** the CI takes an hour.\n- **Also note:** reviews are slow in August.'),
      [],
    ],
  ]);
});
