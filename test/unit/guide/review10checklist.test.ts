import * as assert from 'node:assert/strict';
import { checklistOf, guide, run } from './checklistCases';

/**
 * Hostile review of round 10's checklist rules, above all the single "before sending" sentence. Every guide here is
 * written for the test: near-misses put the rule's words where they must not make a check (release documents, issue
 * templates, maintainers' merge lists, "before opening an issue", docs-site and CI descriptions, FAQ answers, steps of
 * a walkthrough, comments of a PR template), and positive variants say the same check in other words.
 */

describe('review 10: the before-sending sentence, positive variants', () => {
  run([
    [
      'no comma: "Before submitting a PR make sure all tests pass."',
      guide('## Tests\n\nBefore submitting a PR make sure all tests pass.'),
      ['Before submitting a PR make sure all tests pass.'],
    ],
    [
      '"Prior to opening a merge request, please ensure the build passes."',
      guide('## Building\n\nPrior to opening a merge request, please ensure the build passes.'),
      ['Prior to opening a merge request, please ensure the build passes.'],
    ],
    [
      '"Before you send your patches, test them on both ..." (patch-by-mail)',
      guide('## Patches\n\nBefore you send your patches, test them on both Linux and macOS. Send them to the list.'),
      ['Before you send your patches, test them on both Linux and macOS.'],
    ],
    [
      'an IMPORTANT admonition: "Before opening a pull request, run `npm run lint`."',
      guide('## Code quality\n\n> [!IMPORTANT]\n> Before opening a pull request, run `npm run lint` and fix what it reports.'),
      ['Before opening a pull request, run `npm run lint` and fix what it reports.'],
    ],
    [
      'a condition on the kind of change still asks ("Before submitting a PR that touches the parser, run the fuzz tests.")',
      guide('## Parser\n\nBefore submitting a PR that touches the parser, run the fuzz tests.'),
      ['Before submitting a PR that touches the parser, run the fuzz tests.'],
    ],
    [
      '"Before you submit any changes, you should format them with `cargo fmt`."',
      guide('## Formatting\n\nBefore you submit any changes, you should format them with `cargo fmt`.'),
      ['Before you submit any changes, you should format them with `cargo fmt`.'],
    ],
  ]);
});

describe('review 10: the before-sending sentence must not fire on what others or machines do', () => {
  run([
    [
      'near-miss: "a maintainer" runs the checks before sending upstream',
      guide('## Upstreaming\n\nBefore sending patches upstream, a maintainer runs the tests again.'),
      [],
    ],
    [
      'near-miss: a CI description after "note that"',
      guide('## Continuous integration\n\nBefore submitting your PR, note that GitHub Actions runs the tests on every push.'),
      [],
    ],
    [
      'near-miss: the pre-commit hooks run the linter, not the contributor',
      guide('## Hooks\n\nBefore you open a pull request, our pre-commit hooks run `eslint` on the staged files.'),
      [],
    ],
    [
      'near-miss: "a bot checks the formatting"',
      guide('## Formatting\n\nBefore sending a patch, know that a bot checks the formatting of every patch on the list.'),
      [],
    ],
    [
      'near-miss: passive, done "automatically" by CI',
      guide('## Testing\n\nBefore submitting a pull request, the tests are run automatically by CI, so there is nothing to do.'),
      [],
    ],
  ]);
});

describe('review 10: the before-sending sentence must not fire on what is not asked', () => {
  run([
    [
      'near-miss: a FAQ answer saying the check is not needed',
      guide('## FAQ\n\n### Do I have to run the whole suite?\n\nBefore opening a PR, you don\'t need to run the whole suite; CI does that for you.'),
      [],
    ],
    [
      'near-miss: "there is no need to run"',
      guide('## Testing\n\nBefore submitting a pull request, there is no need to run the slow tests.'),
      [],
    ],
    [
      'near-miss: "it is not required to build the docs"',
      guide('## Docs\n\nBefore opening a PR, it is not required to build the docs locally.'),
      [],
    ],
    [
      'near-miss: reading the testing guide is reading, not testing',
      guide('## Pull requests\n\nBefore submitting a pull request, please read the testing guide.'),
      [],
    ],
    [
      'near-miss: "have a look at the build instructions" is reading',
      guide('## Pull requests\n\nBefore opening a pull request, have a look at the build instructions in BUILDING.md.'),
      [],
    ],
    [
      'near-miss: "check out the build instructions" is reading',
      guide('## Pull requests\n\nBefore opening a pull request, please check out the build instructions in BUILDING.md.'),
      [],
    ],
  ]);
});

describe('review 10: the before-sending sentence outside sending a change', () => {
  run([
    [
      'near-miss: a release document linked from the guide',
      {
        'CONTRIBUTING.md': '# Contributing\n\nSee [releasing](RELEASING.md) for how we ship.\n',
        'RELEASING.md': '# Cutting a release\n\nBefore opening the PR that bumps the version, run `make release-check`.\n',
      },
      [],
    ],
    [
      'near-miss: a release section without a release word in the sentence',
      guide('## Release process\n\n### Preparing\n\nBefore opening a pull request with the new version, run `make dist` and test the tarball.'),
      [],
    ],
    [
      'near-miss: a maintainers\' merge section',
      guide('## Merging pull requests\n\nBefore submitting the change to the merge queue, run the full integration tests.'),
      [],
    ],
    [
      'near-miss: an issue template is not the guide',
      {
        'CONTRIBUTING.md': '# Contributing\n\nThanks!\n',
        '.github/ISSUE_TEMPLATE/bug_report.md': '---\nname: Bug report\n---\n\nBefore submitting a PR for this bug, run the tests on the latest release.\n',
      },
      [],
    ],
    [
      'near-miss: a PR template\'s HTML comment is guidance to the author, not a box',
      {
        'CONTRIBUTING.md': '# Contributing\n\nThanks!\n',
        '.github/PULL_REQUEST_TEMPLATE.md': '<!--\nBefore submitting a PR, run `make test`.\n-->\n\n## Description\n\n',
      },
      [],
    ],
    [
      'near-miss: an HTML comment in the guide',
      guide('## Pull requests\n\n<!--\nBefore opening a pull request, run the tests.\n-->\n\nThanks!'),
      [],
    ],
    [
      'near-miss: a security policy section ("Before submitting a patch for a vulnerability, ...")',
      guide('## Security\n\nBefore submitting a patch for a vulnerability, test it privately and email the security team.'),
      [],
    ],
    [
      'near-miss: the docs site\'s own contributing page, under a heading about the website',
      guide('## Reviewing\n\nBefore submitting your approval on a pull request, build the branch and run the tests.'),
      [],
    ],
  ]);
});

describe('review 10: the before-sending sentence inside a walkthrough', () => {
  run([
    [
      'near-miss: a step of "Step N:" headings that walk the whole workflow',
      guide(
        '## How to contribute\n\n### Step 1: Fork the repository\n\nFork it.\n\n### Step 2: Make your change\n\nEdit.\n\n### Step 3: Test\n\nBefore opening the pull request, run `npm test`.\n\n### Step 4: Open a pull request\n\nOpen it.',
      ),
      [],
    ],
    [
      'near-miss: bold "Step N" paragraphs that walk the whole workflow',
      guide(
        '## How to contribute\n\n**Step 1.** Fork the repository and clone it.\n\n**Step 2.** Make your change.\n\nBefore opening the pull request, run `npm test`.\n\n**Step 3.** Push and open a pull request.',
      ),
      [],
    ],
  ]);
});

describe('review 10: the before-sending sentence beside a template with boxes', () => {
  // Tried as a near-miss (the template's boxes hold the checks, so the sentence would detail one of them), but the
  // dev labels keep the guide's sentence beside the template's boxes in two projects of three: it is asked before the
  // PR is opened, the boxes are ticked in it. So it stays.
  run([
    [
      'the guide\'s sentence stays beside a template\'s boxes',
      {
        'CONTRIBUTING.md': '# Contributing\n\n## Tests\n\nBefore opening a pull request, run `make test`.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] Tests pass\n- [ ] Docs updated\n',
      },
      ['Tests pass', 'Docs updated', 'Before opening a pull request, run `make test`.'],
    ],
  ]);
});

describe('review 10: hostile near-misses for the round\'s lead-ins', () => {
  run([
    [
      'near-miss: "When preparing your contribution, these tools may help:" offers tools',
      guide('## Code\n\nWhen preparing your contribution, you may find these tools useful:\n\n- a linter plugin for your editor\n- the debug build'),
      [],
    ],
    [
      'near-miss: "When preparing a PR, the following labels are used:" describes labels',
      guide('## Labels\n\nWhen preparing a PR, the following labels are used by maintainers:\n\n- `bug`: a fix\n- `feature`: something new'),
      [],
    ],
    [
      'near-miss: "Make sure any new functions are:" in a reviewers\' section',
      guide('## For reviewers\n\nMake sure any new functions are:\n\n- documented\n- tested'),
      [],
    ],
    [
      'positive: "Make sure your tests are:" under a heading about sending',
      guide('## Submitting a pull request\n\nMake sure your tests are:\n\n- deterministic\n- fast'),
      ['deterministic', 'fast'],
    ],
    [
      'near-miss: "meet these requirements" for a release',
      guide('## Release checklist\n\nA release has to meet these requirements:\n\n1. All tests pass:\n    - on Linux\n    - on Windows\n2. The changelog is updated.'),
      [],
    ],
    [
      'positive: a check about the installed package named in a checklist heading stays',
      guide('## Before you submit\n\nMake sure your change still works when installed:\n\n- `pip install .` succeeds\n- the CLI starts'),
      ['`pip install .` succeeds', 'the CLI starts'],
    ],
  ]);
});

describe('review 10: round 2, subjects and asks', () => {
  run([
    [
      'near-miss: a plural subject without a determiner ("contributors ran the tests by hand") describes',
      guide('## History\n\nBefore opening pull requests, contributors ran the tests by hand until 2019.'),
      [],
    ],
    [
      'positive: the same subject under an obligation asks ("contributors should run ...")',
      guide('## Testing\n\nBefore opening pull requests, contributors should run the tests locally.'),
      ['Before opening pull requests, contributors should run the tests locally.'],
    ],
    [
      'positive: "we ask that you run the tests" asks the reader',
      guide('## Testing\n\nBefore you submit a pull request, we ask that you run the full test suite.'),
      ['Before you submit a pull request, we ask that you run the full test suite.'],
    ],
    [
      'near-miss: "we run the tests" is the project\'s doing',
      guide('## Testing\n\nBefore you submit a pull request, we run the full test suite on a nightly build.'),
      [],
    ],
    [
      'positive: a question that asks for the check ("have you run the tests?")',
      guide('## Testing\n\nBefore submitting a PR, have you run the tests?'),
      ['Before submitting a PR, have you run the tests?'],
    ],
    [
      'near-miss: a backport section is the release branch\'s procedure',
      guide('## Backporting fixes\n\nBefore opening a pull request against a release branch, run the tests of that branch.'),
      [],
    ],
  ]);
});

describe('review 10: round 2, other shapes of the same sentence', () => {
  run([
    [
      'positive: an older GitHub admonition ("> **Note**" on its own line)',
      guide('## Linting\n\n> **Note**\n> Before opening a pull request, run `make lint`.'),
      ['Before opening a pull request, run `make lint`.'],
    ],
    [
      'positive: "Before you make a pull request, run the tests."',
      guide('## Testing\n\nBefore you make a pull request, run the tests with `npm test`.'),
      ['Before you make a pull request, run the tests with `npm test`.'],
    ],
    [
      'near-miss: a continuation paragraph inside a numbered walkthrough item is that step\'s text',
      guide('## Contributing\n\n1. Fork the repository.\n2. Make your change.\n\n   Before opening the pull request, run `npm test`.\n\n3. Open a pull request.'),
      [],
    ],
  ]);
});

describe('review 10: round 2, the sending procedure', () => {
  run([
    [
      'near-miss: a review reply that mentions tests after the sending step is still how to send',
      guide('## Submitting changes\n\n- Fork the repository.\n- Push your branch.\n- Open a pull request.\n- Answer the review comments; reviewers may ask for more tests.'),
      [],
    ],
  ]);
});

describe('review 10: round 3, other moments and other documents', () => {
  run([
    [
      'near-miss: "Before making changes, run the tests" is a baseline before the work, not a check before sending',
      guide('## Development\n\nBefore making changes, run the tests to see that everything passes on main.'),
      [],
    ],
    [
      'near-miss: a FAQ answer that leaves the check to the reader',
      guide('## FAQ\n\n### Can I open a PR without running the tests?\n\nBefore opening a PR, running the tests is recommended, not required.'),
      [],
    ],
    [
      'near-miss: a user\'s deployment page linked from the guide ("changes to the cluster")',
      {
        'CONTRIBUTING.md': '# Contributing\n\nRead the [usage guide](docs/usage.md) first.\n',
        'docs/usage.md': '# Usage\n\n## Deploying\n\nBefore submitting changes to the cluster, run `kubectl diff` to check them.\n',
      },
      [],
    ],
    [
      'near-miss: a release document whose headings never say "release"',
      {
        'CONTRIBUTING.md': '# Contributing\n\nMaintainers: see [RELEASING.md](RELEASING.md).\n',
        'RELEASING.md': '# How we ship\n\nBefore opening a pull request, bump the version and run `make dist` to test the tarball.\n',
      },
      [],
    ],
    [
      'positive: "changes to the repository" are the contribution',
      guide('## Testing\n\nBefore submitting changes to the repository, run `make test`.'),
      ['Before submitting changes to the repository, run `make test`.'],
    ],
  ]);
  // FINDING: a sentence under one of unnumbered sibling headings that run from forking to opening the pull request
  // still fires. Not fixed: unnumbered sibling sections are the ordinary layout of a guide ("Find something to work
  // on", "Build the project", "Write tests", "Submit a pull request"), and the sentence there is often the guide's only
  // check (one dev project has that shape with the sentence under the last heading); only numbered headings or "Step N"
  // paragraphs mark a walkthrough safely.
  it.skip('near-miss: a step of unnumbered headings that walk the whole workflow', async () =>
    assert.deepEqual(
      await checklistOf(
        guide(
          '## How to contribute\n\n### Fork the repository\n\nFork it.\n\n### Make your change\n\nEdit.\n\n### Test it\n\nBefore opening the pull request, run `npm test`.\n\n### Open a pull request\n\nOpen it.',
        ),
      ),
      [],
    ));
  run([
    [
      'near-miss: prerequisites that "must satisfy the following requirements" are setup',
      guide('## Building\n\nTo build the project, your system must satisfy the following requirements:\n\n- Python 3.10 or newer\n- a C compiler'),
      [],
    ],
  ]);
});

describe('review 10: round 4, checks of something other than the change', () => {
  run([
    [
      'near-miss: checking whether someone else is already working on it is discussing first',
      guide('## Pull requests\n\nBefore submitting a pull request, check whether someone else is already working on it.'),
      [],
    ],
    [
      'near-miss: checking the roadmap is reading the plans',
      guide('## Pull requests\n\nBefore opening a PR, check the roadmap to see if the feature is planned.'),
      [],
    ],
    [
      'near-miss: running a git command is the workflow (rebasing), not a check of the change',
      guide('## Pull requests\n\nBefore creating a PR, run `git pull --rebase upstream main`.'),
      [],
    ],
    [
      'positive: a git command beside a real check keeps the check',
      guide('## Pull requests\n\nBefore creating a PR, run `git pull --rebase` and make sure the tests pass.'),
      ['Before creating a PR, run `git pull --rebase` and make sure the tests pass.'],
    ],
  ]);
});

describe('review 10: round 5, statements dressed as orders', () => {
  run([
    [
      'near-miss: "please note: the tests take 20 minutes" states a fact',
      guide('## Testing\n\nBefore opening a PR, please note: the full tests take 20 minutes on CI.'),
      [],
    ],
    [
      'near-miss: a bare plural subject before "are" ("tests are run in CI")',
      guide('## Testing\n\nBefore submitting a PR, tests are run in CI for every platform.'),
      [],
    ],
    [
      'positive: "the code has to pass `make lint`" holds the change to a check',
      guide('## Linting\n\nBefore submitting a PR, the code has to pass `make lint`.'),
      ['Before submitting a PR, the code has to pass `make lint`.'],
    ],
    [
      'near-miss: a plain paragraph of a PR template is guidance, not a box',
      {
        'CONTRIBUTING.md': '# Contributing\n\nThanks!\n',
        '.github/PULL_REQUEST_TEMPLATE.md': 'Before submitting this PR, please run `make test`.\n\n## Description\n\n',
      },
      [],
    ],
  ]);
});

describe('review 10: round 6, a "when preparing" lead-in whose main clause asks nothing', () => {
  run([
    [
      'near-miss: "When preparing patches, keep in mind that the maintainers:" describes the maintainers',
      guide('## Patches\n\nWhen preparing patches, keep in mind that the maintainers:\n\n- review on Fridays\n- merge in batches'),
      [],
    ],
    [
      'near-miss: "When preparing a pull request, these are the branches we use:" describes the branches',
      guide('## Branches\n\nWhen preparing a pull request, these are the branches we use:\n\n- `main` for features\n- `stable` for fixes'),
      [],
    ],
    [
      'positive: "When preparing a pull request, it should:" holds the change to checks',
      guide('## Pull requests\n\nWhen preparing a pull request, it should:\n\n- include tests\n- update the docs'),
      ['include tests', 'update the docs'],
    ],
  ]);
});

describe('review 10: round 6, "we recommend" in the main clause asks', () => {
  run([
    [
      'positive: "When working with git, we recommend the following process to craft a good pull request:"',
      guide('## Pull requests\n\nWhen working with git, we recommend the following process to craft a good pull request:\n\n1. Run the tests.\n2. Update the docs.'),
      ['Run the tests.', 'Update the docs.'],
    ],
  ]);
});

describe('review 10: round 7, the walkthrough around an unindented paragraph, and trailing "before"', () => {
  // FINDING: an unindented paragraph between the numbered steps of a whole workflow ("3. Commit", the paragraph
  // "Before opening the pull request, run `npm test`.", "4. Push and open a pull request.") is read as the lead-in of
  // the list after it, which becomes a checklist of one sending step. Not fixed: the document model keeps no item
  // numbers (the parsers belong to the speed helper), so a list that resumes at "4." cannot be told from a new list
  // that the paragraph introduces; treating every paragraph between numbered lists as a step's text would break the
  // common "1. ... / Before submitting, check: / 1. ..." layout.
  it.skip("near-miss: an unindented paragraph between the numbered steps of a whole workflow is one step's text", async () =>
    assert.deepEqual(
      await checklistOf(
        guide(
          '## Contributing\n\n1. Fork the repository.\n2. Create a branch.\n3. Commit your change.\n\nBefore opening the pull request, run `npm test`.\n\n4. Push and open a pull request.',
        ),
      ),
      [],
    ));
  run([
    [
      'positive: the same paragraph after numbered steps that are not the whole workflow',
      guide('## Contributing\n\n1. Pick an issue.\n2. Write the change.\n\nBefore opening the pull request, run `npm test`.'),
      ['Before opening the pull request, run `npm test`.'],
    ],
    [
      // Labellers leave such sentences out (a dev project states its check this way and its labels omit it): only a
      // sentence that opens with the moment is read.
      'a sentence that ends with "before sending a pull request" is not read',
      guide('## Testing\n\nTo make sure nothing regressed, all tests should be run before sending a pull request.'),
      [],
    ],
  ]);
});

describe('review 10: round 8, "changes" sent somewhere other than the project', () => {
  run([
    [
      'near-miss: "Before submitting changes to the cluster" is operating a system, not contributing',
      guide('## Deploying\n\nBefore submitting changes to the cluster, run `kubectl diff` to check them.'),
      [],
    ],
    [
      'near-miss: "Before sending changes to production" neither',
      guide('## Operations\n\nBefore sending changes to production, test them on staging.'),
      [],
    ],
    [
      'positive: "Before submitting changes to the docs, build the site" is a contribution to the docs',
      guide('## Documentation\n\nBefore submitting changes to the docs, build the site with `mkdocs build --strict`.'),
      ['Before submitting changes to the docs, build the site with `mkdocs build --strict`.'],
    ],
  ]);
});

describe('review 10: round 9, more shapes', () => {
  run([
    [
      'near-miss: preparing the patch mail with git is the workflow ("run `git format-patch`")',
      guide('## Patches\n\nBefore sending a patch series, run `git format-patch --cover-letter` to prepare the mails.'),
      [],
    ],
    [
      'near-miss: what maintainers must run, after a qualifier',
      guide('## Pull requests\n\nBefore submitting a pull request on behalf of a contributor, maintainers must run the full suite.'),
      [],
    ],
    [
      'positive: a reStructuredText guide states it the same way',
      { 'CONTRIBUTING.rst': 'Contributing\n============\n\nTesting\n-------\n\nBefore submitting a patch, run ``tox`` on every supported Python.\n' },
      ['Before submitting a patch, run ``tox`` on every supported Python.'],
    ],
  ]);
});

describe('review 10: round 10, requirements that are not the change\'s', () => {
  run([
    [
      'near-miss: what a platform must meet to be supported is a support policy',
      guide('## Platform support\n\nTo be supported, a platform has to meet these requirements:\n\n1. A maintainer owns it:\n    - answers its issues\n2. CI runs on it.'),
      [],
    ],
    [
      'near-miss: a design document\'s requirements of the product',
      guide('## Design\n\nThe new CLI must satisfy the following requirements:\n\n- start in under 100 ms\n- work offline'),
      [],
    ],
  ]);
});
