import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { guidelinesBesideTemplate } from '../../../src/core/guide/extract/checklistTemplateFirst';
import { CHECKLIST_INTRO } from '../../../src/core/guide/extract/checklistWording';
import { labelIsAStep } from '../../../src/core/guide/extract/checklistAsks';

/**
 * Round 8 checklist rules: a guide's guidelines section beside a template with task boxes, lead-ins that name the
 * preparing of a pull request or the conditions for a contribution to be accepted. Each case is a small guide
 * written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

const BOXED_TEMPLATE = '## Summary\n\nWhat changed.\n\n## Checklist\n\n- [ ] Tests were added.\n- [ ] The docs were updated.\n';
const GUIDELINES_SECTION =
  '# Contributing\n\nThanks for helping.\n\n## Pull Request Guidelines\n\n- Branch off `main` and target it again.\n- If adding a feature, add a test for it.\n- Make sure the tests pass.\n';

describe('checklist rules 8: a guidelines section beside a template with task boxes', () => {
  run([
    [
      'leaves out the guide\'s "Pull Request Guidelines" list when the template has boxes',
      { 'CONTRIBUTING.md': GUIDELINES_SECTION, '.github/pull_request_template.md': BOXED_TEMPLATE },
      ['Tests were added.', 'The docs were updated.'],
    ],
    [
      'leaves it out when its lead-in calls the list guidelines as well',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Adding locales\n\n### General guidelines\n\nPlease review these guidelines before opening a PR:\n\n- Keep each file short.\n- Make sure the entry does not exist yet.\n',
        '.github/pull_request_template.md': BOXED_TEMPLATE,
      },
      ['Tests were added.', 'The docs were updated.'],
    ],
    [
      'keeps the guide\'s list when no template has boxes (it is the only checklist)',
      { 'CONTRIBUTING.md': GUIDELINES_SECTION, '.github/pull_request_template.md': '## Summary\n\n<!-- Describe the change. -->\n' },
      ['Branch off `main` and target it again.', 'If adding a feature, add a test for it.', 'Make sure the tests pass.'],
    ],
    [
      'near miss: keeps a list under a guidelines heading whose lead-in asks for checks before sending',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Contribution guidelines\n\nBefore you submit a pull request, make sure that:\n\n- The tests pass.\n- The changelog has an entry.\n',
        '.github/pull_request_template.md': BOXED_TEMPLATE,
      },
      ['Tests were added.', 'The docs were updated.', 'The tests pass.', 'The changelog has an entry.'],
    ],
    [
      'near miss: keeps a "Pull request checklist" section beside a boxed template',
      {
        'CONTRIBUTING.md': '# Contributing\n\n## Pull request checklist\n\n- Rebase on `main`.\n- Run the linter.\n',
        '.github/pull_request_template.md': BOXED_TEMPLATE,
      },
      ['Tests were added.', 'The docs were updated.', 'Rebase on `main`.', 'Run the linter.'],
    ],
  ]);

  it('reads the heading and the lead-in, not the items', () => {
    assert.equal(guidelinesBesideTemplate('Pull Request Guidelines', undefined, true), true);
    assert.equal(guidelinesBesideTemplate('Pull Request Guidelines', undefined, false), false);
    assert.equal(guidelinesBesideTemplate('Guidelines: checklist', undefined, true), false);
    assert.equal(guidelinesBesideTemplate('Pull Request Guidelines', 'Before you open a PR, make sure:', true), false);
    assert.equal(guidelinesBesideTemplate('Testing', undefined, true), false);
  });
});

describe('checklist rules 8: a lead-in that names preparing the pull request', () => {
  run([
    [
      'takes the list after "When preparing to submit a pull request, please consider the following guidelines:"',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Writing a plugin\n\nCopy the sample and adapt it.\n\nWhen preparing to submit a pull request, please consider the following guidelines:\n\n- Remove leftover sample code.\n- Format the sources with the formatter.\n',
      },
      ['Remove leftover sample code.', 'Format the sources with the formatter.'],
    ],
    [
      'near miss: leaves out the list after "When preparing to submit a bug report"',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Writing a plugin\n\nCopy the sample and adapt it.\n\nWhen preparing to submit a bug report, please consider the following guidelines:\n\n- Give the version you use.\n- Attach a small example.\n',
      },
      [],
    ],
  ]);

  it('matches the preparing of a change only', () => {
    assert.equal(CHECKLIST_INTRO.test('As you get ready for your PR, go through this:'), true);
    assert.equal(CHECKLIST_INTRO.test('While preparing a release, the maintainer checks:'), false);
  });
});

describe('checklist rules 8: a lead-in that sets the conditions for a contribution to be accepted', () => {
  run([
    [
      'takes the list after "For a contribution to be accepted:" under a "Requirements" heading',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## How to help\n\n### Requirements\n\nFor a contribution to be accepted:\n\n- Format the code with the formatter;\n- Check that all tests pass;\n- Update the docs where needed.\n',
      },
      ['Format the code with the formatter;', 'Check that all tests pass;', 'Update the docs where needed.'],
    ],
    [
      'takes "For your pull request to be merged, it must:"',
      {
        'CONTRIBUTING.md': '# Contributing\n\n## Sending work\n\nFor your pull request to be merged, it must:\n\n- Include a test.\n- Keep the public API stable.\n',
      },
      ['Include a test.', 'Keep the public API stable.'],
    ],
    [
      'near miss: leaves out what someone else does ("For a PR to be merged, a maintainer will:")',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Merging\n\nFor a PR to be merged, a maintainer will:\n\n- Look over the change.\n- Press the merge button.\n',
      },
      [],
    ],
  ]);
});

describe('checklist rules 8: other wordings of the moment before sending and of what each change must do', () => {
  const CHANGE = '# Contributing\n\n## Contributing code\n\nWe welcome changes.\n\n';
  const ITEMS = '\n\n- Add tests for your change.\n- Run the linter.\n';
  const BOTH = ['Add tests for your change.', 'Run the linter.'];
  run([
    ['takes "When your change is ready, make sure that:"', { 'CONTRIBUTING.md': `${CHANGE}When your change is ready, make sure that:${ITEMS}` }, BOTH],
    ['near miss: leaves out "When your environment is ready, make sure that:"', { 'CONTRIBUTING.md': `${CHANGE}When your environment is ready, make sure that:${ITEMS}` }, []],
    ['takes "Before we can merge your pull request, please:"', { 'CONTRIBUTING.md': `${CHANGE}Before we can merge your pull request, please:${ITEMS}` }, BOTH],
    ['near miss: leaves out "Before we merge a pull request, we check:"', { 'CONTRIBUTING.md': `${CHANGE}Before we merge a pull request, we check:${ITEMS}` }, []],
    ['near miss: leaves out "Before we can merge your pull request, a maintainer will:"', { 'CONTRIBUTING.md': `${CHANGE}Before we can merge your pull request, a maintainer will:${ITEMS}` }, []],
    ['takes "We expect every pull request to:"', { 'CONTRIBUTING.md': `${CHANGE}We expect every pull request to:${ITEMS}` }, BOTH],
    ['near miss: leaves out "We expect every maintainer to:"', { 'CONTRIBUTING.md': `${CHANGE}We expect every maintainer to:${ITEMS}` }, []],
    ['takes "In order for your PR to be accepted, please make sure:"', { 'CONTRIBUTING.md': `${CHANGE}In order for your PR to be accepted, please make sure:${ITEMS}` }, BOTH],
    ['takes "To get your PR merged quickly, please:"', { 'CONTRIBUTING.md': `${CHANGE}To get your PR merged quickly, please:${ITEMS}` }, BOTH],
    ['near miss: leaves out "To get your environment ready, please:"', { 'CONTRIBUTING.md': `${CHANGE}To get your environment ready, please:${ITEMS}` }, []],
    ['takes the list under a "PR guidelines" heading (no template)', { 'CONTRIBUTING.md': `# Contributing\n\n## PR guidelines${ITEMS}` }, BOTH],
    ['near miss: leaves out the list under a "Review guidelines" heading', { 'CONTRIBUTING.md': `# Contributing\n\n## Review guidelines${ITEMS}` }, []],
  ]);
});

describe('checklist rules 8: "before we can merge your PR" asks only when its main clause does', () => {
  const CHANGE = '# Contributing\n\n## Contributing code\n\nWe welcome changes.\n\n';
  const ITEMS = '\n\n- Add tests for your change.\n- Run the linter.\n';
  run([
    ['takes "Before we can accept your PR, make sure that:"', { 'CONTRIBUTING.md': `${CHANGE}Before we can accept your PR, make sure that:${ITEMS}` }, ['Add tests for your change.', 'Run the linter.']],
    ['near miss: leaves out "Before we can accept your PR, you need to sign the CLA:"', { 'CONTRIBUTING.md': `${CHANGE}Before we can accept your PR, you need to sign the CLA:\n\n1. Open the CLA page.\n2. Sign it.\n` }, []],
  ]);
});

describe('checklist rules 8: bold labels that are steps themselves', () => {
  run([
    [
      'takes numbered steps led by imperative bold labels under a heading about sending',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Submitting a pull request\n\n1. **Write tests:** every change needs tests.\n2. **Update the docs:** describe new options.\n3. **Run the linter:** `make lint` must pass.\n',
      },
      ['**Write tests:** every change needs tests.', '**Update the docs:** describe new options.', '**Run the linter:** `make lint` must pass.'],
    ],
    [
      'near miss: still leaves out cases labelled by the kind of change',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Sending a pull request\n\nContributions must come with tests:\n\n- **Bug fixes:** include a test that fails without the fix.\n- **New features:** cover the feature with tests.\n',
      },
      [],
    ],
  ]);

  it('reads the label, not what follows it', () => {
    assert.equal(labelIsAStep('**Write unit tests:** if you add code, add tests.'), true);
    assert.equal(labelIsAStep('**Run the linter**: it must pass.'), true);
    assert.equal(labelIsAStep('**Documentation:** update it.'), false);
    assert.equal(labelIsAStep('Write unit tests: if you add code.'), false);
  });
});

describe('checklist rules 8: conditions on the change being merged, and submitting changes', () => {
  const CHANGE = '# Contributing\n\n## Contributing code\n\nWe welcome changes.\n\n';
  const ITEMS = '\n\n- Run the tests.\n- Update the changelog.\n';
  const BOTH = ['Run the tests.', 'Update the changelog.'];
  run([
    ['takes "Before your PR can be merged, make sure:"', { 'CONTRIBUTING.md': `${CHANGE}Before your PR can be merged, make sure:${ITEMS}` }, BOTH],
    ['takes "Before a patch is accepted, it must:"', { 'CONTRIBUTING.md': `${CHANGE}Before a patch is accepted, it must:${ITEMS}` }, BOTH],
    ['near miss: leaves out "Before a PR can be merged, the maintainers check:"', { 'CONTRIBUTING.md': `${CHANGE}Before a PR can be merged, the maintainers check:${ITEMS}` }, []],
    ['takes "When submitting changes, please ensure:"', { 'CONTRIBUTING.md': `${CHANGE}When submitting changes, please ensure:${ITEMS}` }, BOTH],
    ['near miss: leaves out "When submitting bug reports, please include:"', { 'CONTRIBUTING.md': `${CHANGE}When submitting bug reports, please include:\n\n- The version you use.\n- A small example.\n` }, []],
  ]);
});

describe('checklist rules 8: prerequisites under a setup heading, and what comes after sending', () => {
  run([
    [
      'leaves out "Make sure you have:" under a setup heading (prerequisites)',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Setting up\n\nMake sure you have:\n\n- Node 18 installed.\n- Yarn installed.\n' },
      [],
    ],
    [
      'near miss: keeps a lead-in under a setup heading that names the moment before sending',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Development environment\n\nBefore you submit a pull request, make sure that:\n\n- The tests pass.\n- The linter is clean.\n' },
      ['The tests pass.', 'The linter is clean.'],
    ],
    [
      'near miss: keeps "Make sure you have:" under a heading about sending',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Submitting a pull request\n\nMake sure you have:\n\n- Added tests.\n- Updated the changelog.\n' },
      ['Added tests.', 'Updated the changelog.'],
    ],
    [
      'leaves out the list under "After submitting"',
      { 'CONTRIBUTING.md': '# Contributing\n\n## After submitting\n\n- Respond to review comments.\n- Keep your branch up to date.\n' },
      [],
    ],
    [
      'near miss: keeps the list under "Before submitting"',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Before submitting\n\n- Run the tests.\n- Update the changelog.\n' },
      ['Run the tests.', 'Update the changelog.'],
    ],
  ]);
});

describe('checklist rules 8: merge requests are pull requests by another name', () => {
  const ITEMS = '\n\n- Run the tests.\n- Update the changelog.\n';
  const BOTH = ['Run the tests.', 'Update the changelog.'];
  run([
    ['takes the list under "Submitting a merge request"', { 'CONTRIBUTING.md': `# Contributing\n\n## Submitting a merge request${ITEMS}` }, BOTH],
    ['takes the list under "Opening a merge request"', { 'CONTRIBUTING.md': `# Contributing\n\n## Opening a merge request${ITEMS}` }, BOTH],
    ['takes "When opening a merge request, please:"', { 'CONTRIBUTING.md': `# Contributing\n\n## Code\n\nWe welcome changes.\n\nWhen opening a merge request, please:${ITEMS}` }, BOTH],
    ['takes "Before your merge request is reviewed, please:"', { 'CONTRIBUTING.md': `# Contributing\n\n## Code\n\nWe welcome changes.\n\nBefore your merge request is reviewed, please:${ITEMS}` }, BOTH],
    [
      'near miss: leaves out the ways to send under "Sending patches"',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Sending patches\n\n- Open a pull request on the forge.\n- Or mail a patch made with `git format-patch` to the list.\n' },
      [],
    ],
  ]);
});
