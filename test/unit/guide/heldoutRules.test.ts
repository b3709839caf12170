import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/** General rules for guides the reader has never seen, each with a small guide written for the test. */
const read = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (body: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${body}\n` });

describe('commands: prompts, comments and aliases', () => {
  const cases: [string, Record<string, string>, { setup?: string[]; test?: string[]; lint?: string[] }][] = [
    [
      'shows commands typed after a virtual-environment prompt such as "(venv)$"',
      guide('## Setup\n\n```console\n(venv)$ pip install -e .\n(venv)$ pytest\n```'),
      { setup: ['pip install -e .'], test: ['pytest'] },
    ],
    [
      'shows a command whose trailing comment says it formats the code as a lint step',
      guide('## Checks\n\n```console\n$ tox -e selfcheck # Format the code\n$ tox -e bench # Optional formatting benchmark\n```'),
      { lint: ['tox -e selfcheck'] },
    ],
    ['shows `npm t` as the test command', guide('## Testing\n\n```sh\nnpm t\n```'), { test: ['npm t'] }],
    ['shows `yarn start` as a setup step', guide('## Running locally\n\n```sh\nyarn start\n```'), { setup: ['yarn start'] }],
    [
      'leaves out a block presented as examples of other ways to run things',
      guide('## Testing\n\n```sh\nnpm test\n```\n\nSome examples of running the tests:\n\n```sh\nnpm run test:watch\n```'),
      { test: ['npm test'] },
    ],
    ['leaves out commands for testing the docs', guide('## Docs testing\n\n```sh\npip install -r docs/requirements.txt\n```'), { setup: [] }],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const commands = (await read(files)).commands;
      for (const kind of ['setup', 'test', 'lint'] as const) {
        if (expected[kind]) assert.deepEqual(commands[kind].map((c) => c.command), expected[kind], kind);
      }
    });
  }
});

describe('base branch: more phrasings, and no single answer when it depends on the change', () => {
  const cases: [string, Record<string, string>, string | null][] = [
    ['reads the base from "merging your commits to `develop` branch" in the PR template', { '.github/pull_request_template.md': '- [ ] I am merging my commits to `develop` branch.\n', ...guide('Thanks!') }, 'develop'],
    ['reads the base from "once the change is merged into trunk"', guide('The issue closes when the change is merged into trunk.'), 'trunk'],
    ['reads the base from "rebase it against the current main branch"', guide('- Please rebase it against the current main branch before review.'), 'main'],
    [
      'gives no base when bug fixes and features start from different branches',
      guide('## Branches\n\nFor a bug fix:\n\n```sh\ngit checkout -b my-fix upstream/3.1.x\n```\n\nFor a new feature, branch off of the `main` branch.'),
      null,
    ],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => assert.equal((await read(files)).baseBranch, expected));
  }
});

describe('CLA and changelog wording', () => {
  it('does not ask for a CLA when one is named only in the title of a linked article', async () => {
    const files = guide('Sign off every commit (DCO). See [Why we moved from a CLA to the DCO](https://example.org/blog/cla-to-dco).');
    assert.equal((await read(files)).claRequired, null);
  });
  it('still asks for a CLA when the link text is the CLA itself', async () => {
    assert.equal((await read(guide('- Sign the [CLA](https://example.org/cla).'))).claRequired, true);
  });
  it('asks for a changelog file when the guide says to add an entry in CHANGES.rst', async () => {
    const json = await read(guide('- Add an entry in `CHANGES.rst` describing the fix.'));
    assert.deepEqual([json.changelog.required, json.changelog.how], [true, 'changelog-file']);
  });
  it('asks for release notes in the PR body when the PR template has a release notes section', async () => {
    const files = { '.github/pull_request_template.md': '## Summary\n\n## Release notes\n\n<!-- what users see -->\n', ...guide('Our release notes are written from the PR template.') };
    assert.equal((await read(files)).changelog.how, 'pr-body');
  });
});

describe('checklist: a list the guide asks for', () => {
  it('shows the items after "we ask for the following:"', async () => {
    const json = await read(guide('## Patches\n\nWe ask for the following:\n\n- Add tests for the change.\n- Run the formatter.\n'));
    assert.deepEqual(json.checklist.map((c) => c.text), ['Add tests for the change.', 'Run the formatter.']);
  });
});
