import * as assert from 'node:assert/strict';
import { classify } from '../../../src/core/guide/extract/commands';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Rules written for projects the reader has never seen: each case is a small guide written for the test, named
 * after what a user sees in the Contribution Guide view.
 */
const read = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const checklistOf = async (files: Record<string, string>) => (await read(files)).checklist.map((c) => c.text);

describe('checklist: the boxes that classify the change are choices, kept apart from the checks', () => {
  const optionalOf = async (files: Record<string, string>) => {
    const facts = await readGuide(new MemoryRepoFiles(files));
    return [...facts.checklist.map((c) => `${c.text}${c.optional ? ' (optional)' : ''}`), ...facts.changeChoices.map((c) => `${c.text} (choice${c.optional ? ', optional' : ''})`)];
  };

  it('keeps the boxes under a heading about the type or kind of change as optional choices: the author ticks the one that fits', async () => {
    const template = '## Checklist\n\n- [ ] Tests pass\n- [ ] Docs updated\n\n## Kind of change\n\n- [ ] Bug fix\n- [ ] New feature\n\n## What type of PR is this?\n\n- [ ] Refactoring (no behaviour change)\n- [ ] Performance work\n';
    assert.deepEqual(await optionalOf({ '.github/PULL_REQUEST_TEMPLATE.md': template }), [
      'Tests pass',
      'Docs updated',
      'Bug fix (choice, optional)',
      'New feature (choice, optional)',
      'Refactoring (no behaviour change) (choice, optional)',
      'Performance work (choice, optional)',
    ]);
  });

  it('keeps yes/no answers to a question in the template as optional choices, and the real check required', async () => {
    const template = '- [ ] I ran the linter\n\n## Does this change the public API?\n\n- [ ] Yes\n- [ ] No\n';
    assert.deepEqual(await optionalOf({ '.github/PULL_REQUEST_TEMPLATE.md': template }), ['I ran the linter', 'Yes (choice, optional)', 'No (choice, optional)']);
  });
});

describe('checklist: later steps are not checks', () => {
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'keeps a single checklist under a question heading when its items are sentences',
      { '.github/PULL_REQUEST_TEMPLATE.md': '## Did you do everything?\n\n- [ ] Added a test for the bug\n- [ ] Updated the changelog entry\n' },
      ['Added a test for the bug', 'Updated the changelog entry'],
    ],
    [
      'leaves out what to do once the pull request is reviewed or approved, with its sub-items',
      {
        'CONTRIBUTING.md':
          '## Sending a pull request\n\nBefore you submit your pull request:\n\n- Run the tests.\n- Push your branch.\n- If the reviewers request changes:\n  - Update the branch.\n  - Ping the reviewer.\n- Once the pull request is approved:\n  - Squash your commits.\n',
      },
      ['Run the tests.', 'Push your branch.'],
    ],
    [
      'does not read ways to sign the CLA as checks, even when the paragraph mentions sending a pull request',
      {
        'CONTRIBUTING.md':
          '## Legal\n\nSign the agreement before sending a pull request. It takes a minute.\n\n- Individuals use the online form.\n- Companies send a signed copy.\n',
      },
      [],
    ],
    [
      'does not read a section about submitting plugins as the pull request checklist',
      { 'CONTRIBUTING.md': '## Submitting plugins\n\n- Your plugin has a licence.\n- Your plugin has a readme.\n' },
      [],
    ],
    [
      'takes the first numbered list opening a subsection of a pull request section, not the detailed repeat',
      {
        'CONTRIBUTING.rst':
          'Preparing pull requests\n=======================\n\nQuick version\n-------------\n\n#. Fork the project.\n#. Run the tests.\n\nDetailed version\n----------------\n\n#. Fork the project on the website.\n#. Run the whole test matrix.\n',
      },
      ['Fork the project.', 'Run the tests.'],
    ],
    [
      'looks through a short caption between the lead-in and the list',
      { 'CONTRIBUTING.md': '## Contributing\n\nKeep these in mind when opening a pull request:\n\n> the short list\n\n- Write tests\n- Keep commits small\n' },
      ['Write tests', 'Keep commits small'],
    ],
    [
      'reads numbered step headings introduced as what to do before opening a pull request',
      {
        'CONTRIBUTING.md':
          '## Workflow\n\nFollow these steps before opening a pull request.\n\n### 1. Fork the repository\n\nText.\n\n### 2. Run the checks\n\nText.\n\n## Other\n\n### 3. Not a step\n',
      },
      ['Fork the repository', 'Run the checks'],
    ],
  ];
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
});

describe('checklist: what frames a list as checks before sending', () => {
  const long = `Check the issue first. ${'It explains at length why duplicates waste the time of everyone who reads them. '.repeat(5)}`;
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'keeps a before-submitting list whose first item mentions reviewers',
      { 'CONTRIBUTING.md': '## Before submitting\n\n- Look for an open PR first; review it instead of opening another.\n- Run the tests.\n' },
      ['Look for an open PR first; review it instead of opening another.', 'Run the tests.'],
    ],
    [
      'judges the lead-in by its last sentence, not by the paragraph that leads to it',
      { 'CONTRIBUTING.md': '## AI tools\n\nMaintainer review time is scarce. Before submitting, make sure that:\n\n- You ran the tests.\n- You understand the change.\n' },
      ['You ran the tests.', 'You understand the change.'],
    ],
    [
      'reads a list under a "Submitting a new feature or bug fix" heading',
      { 'CONTRIBUTING.md': '## Submitting a new feature or bug fix\n\nFork the project. Make sure you\n\n- Add tests.\n- Add documentation.\n' },
      ['Add tests.', 'Add documentation.'],
    ],
    [
      'does not read a getting-started checklist as checks before sending',
      { 'CONTRIBUTING.md': '## Quick Start Checklist\n\n- Read the licence.\n- Pick an issue.\n' },
      [],
    ],
    [
      'leaves out a template\u2019s maintainer checklist and placeholder boxes',
      { '.github/PULL_REQUEST_TEMPLATE.md': '## TODO\n\n- [ ] ...\n\n## Submitter checklist\n\n- [ ] Tests added\n\n## Maintainer checklist\n\n- [ ] Two approvals\n' },
      ['Tests added'],
    ],
    [
      'reads the plain items of a template\u2019s checklist, not the notes under a box or the labels of a group of boxes',
      {
        '.github/PULL_REQUEST_TEMPLATE.md':
          '## Checklist\n\n- Code is formatted\n- [ ] Tests added\n  - Use the test helpers\n- **Breaking changes**\n  - [ ] None\n  - **OR**\n  - [ ] Migration notes written\n',
      },
      ['Code is formatted', 'Tests added', 'None', 'Migration notes written'],
    ],
    [
      'keeps the first sentence of a long item, the check it explains',
      { 'CONTRIBUTING.md': `## Submitting a pull request\n\n- ${long}\n- Run the tests.\n` },
      ['Check the issue first.', 'Run the tests.'],
    ],
    [
      'does not read a checklist for another task as checks before sending',
      { 'CONTRIBUTING.md': '## File format\n\nThe full checklist when introducing a new field:\n\n1. Add the constructor.\n2. Gate the field.\n' },
      [],
    ],
    [
      'leaves out waiting for the reviewers',
      { 'CONTRIBUTING.md': '## Submitting a pull request\n\n- Push your branch.\n- Wait for the automated reviewers.\n' },
      ['Push your branch.'],
    ],
    [
      'does not read cases opened by bold labels as steps',
      {
        'CONTRIBUTING.md':
          '## Sending a pull request\n\nContributions must include tests:\n\n- **Bug fixes:** include a failing test.\n- **New features:** add tests for the feature.\n',
      },
      [],
    ],
  ];
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
});

describe('guide that only points elsewhere', () => {
  const cases: [string, string, boolean][] = [
    ['a short guide listing kinds of contribution and a link to the real guide is a pointer', '# Contributing\n\nWe welcome:\n\n- Bug fixes\n- Docs fixes\n\nRead the [full guide](https://example.org/contributing).\n', true],
    ['a short guide with numbered steps of its own is not a pointer', '# Contributing\n\n1. Fork it\n2. Open an issue\n\nSee the [full guide](https://example.org/contributing).\n', false],
    [
      'a short guide with a long instruction in a list item is not a pointer',
      `# Contributing\n\n- ${'Please describe the problem you are solving and how you tested it, with the exact versions and the platform you used, '.repeat(2)}\n\nSee the [full guide](https://example.org/contributing).\n`,
      false,
    ],
  ];
  for (const [name, guide, expected] of cases) it(name, async () => assert.equal((await read({ 'CONTRIBUTING.md': guide })).guideIsPointerOnly, expected));
});

describe('scalar facts in wordings not seen before', () => {
  it('takes pull requests when a refusal is corrected by the next sentence', async () => {
    const json = await read({ 'CONTRIBUTING.md': '# Contributing\n\nPull requests are ignored unless tracked.\n\nChanges can be submitted as pull requests, but file a ticket first.\n' });
    assert.equal(json.acceptsPullRequests, true);
  });

  it('still refuses pull requests when nothing corrects the refusal', async () => {
    const json = await read({ 'CONTRIBUTING.md': '# Contributing\n\nWe do not accept pull requests. Send patches to the mailing list.\n' });
    assert.equal(json.acceptsPullRequests, false);
  });

  const discuss: [string, string, boolean | null][] = [
    ['asks to discuss first when the guide says "check in with us before starting work"', 'Please check in with us before starting work on a larger change.', true],
    ['asks to discuss first when pull requests need prior discussion', 'Please do not open pull requests for big features without prior discussion.', true],
    ['asks to discuss first when the guide says "first discuss your ideas"', 'For anything involved, first discuss your ideas on the forum.', true],
    ['asks to discuss first when an issue must be claimed first', 'To work on an issue, claim it first by leaving a comment.', true],
    ['asks to discuss first when changes are proposed by filing a ticket', 'File a ticket to suggest changes.', true],
    ['does not ask to discuss first for a plain welcome', 'We welcome pull requests of every size.', null],
  ];
  for (const [name, sentence, expected] of discuss) {
    it(name, async () => assert.equal((await read({ 'CONTRIBUTING.md': `# Contributing\n\n${sentence}\n` })).discussFirst, expected));
  }

  const conventions: [string, Record<string, string>, string | null][] = [
    ['sees an area prefix in "a title in the form area: description"', { 'CONTRIBUTING.md': '# PRs\n\nGive your PR a title in the form "area: short description".\n' }, 'area-prefix'],
    ['sees an area prefix when the category goes in the title', { 'CONTRIBUTING.md': '# PRs\n\nPlease include the category and the rule code in the title.\n' }, 'area-prefix'],
    [
      'sees an area prefix in indented guidance inside a template comment',
      { '.github/PULL_REQUEST_TEMPLATE.md': '<!--\n    - Please give the PR a title in the form "module: what changed".\n-->\n\n## Description\n' },
      'area-prefix',
    ],
    ['sees free-form rules in "written in past tense"', { '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] The commit message is written in past tense.\n' }, 'free-form-rules'],
  ];
  for (const [name, files, expected] of conventions) it(name, async () => assert.equal((await read(files)).commit.convention, expected));

  const changelogs: [string, string, string | null][] = [
    ['asks for a changelog file when the template says release notes were added', '- [ ] I have added or updated the docs, including release notes if applicable.', 'changelog-file'],
    ['asks for a changelog folder for a news fragment path', 'Write an entry as `changes/1234.bugfix.md`.', 'changelog-folder'],
    ['does not see a changelog folder in a URL through a repository named after changelogs', 'Create the release at https://github.com/acme/conventional-changelog/releases', null],
  ];
  for (const [name, text, expected] of changelogs) {
    it(name, async () => assert.equal((await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).changelog.how, expected));
  }

  it('finds the base branch in "rebased on the current main branch"', async () => {
    assert.equal((await read({ 'CONTRIBUTING.md': '# PRs\n\n- Make sure you rebased the current develop branch before opening the PR.\n' })).baseBranch, 'develop');
  });

  it('reads the subject limit from a list item under "The first line should:", preferring the hard limit', async () => {
    const json = await read({ 'CONTRIBUTING.md': '## Commit messages\n\n1. The first line should:\n\n* be short (ideally 50 characters or less, and no more than 68 characters)\n* start with a verb\n' });
    assert.equal(json.commit.subjectMaxLength, 68);
  });
});

describe('commands, classified by the tool and its subcommand first', () => {
  const kinds: [string, string | undefined][] = [
    ['cargo +nightly clippy --all --tests', 'lint'],
    ['cargo clippy --workspace -- -D warnings', 'lint'],
    ['uv run --only-group dev --locked prek run --all-files', 'lint'],
    ['poetry run pytest', 'test'],
    ['cargo insta review', 'test'],
    ['rustfmt --check src/lib.rs', 'lint'],
    ['cargo install --locked cargo-spellcheck', 'setup'],
    ['pnpm build && pnpm test:ui', 'test'],
    ['go test ./...', 'test'],
  ];
  for (const [command, kind] of kinds) it(`classes \`${command}\` as ${kind ?? 'nothing'}`, () => assert.equal(classify(command), kind));

  const commandsOf = async (guide: string) => (await read({ 'CONTRIBUTING.md': guide })).commands;

  it('keeps a lint command whose flags are passed through after --', async () => {
    assert.deepEqual((await commandsOf('## Checks\n\n```sh\ncargo clippy --all-targets -- -D warnings\n```\n')).lint.map((c) => c.command), ['cargo clippy --all-targets -- -D warnings']);
  });

  it('treats a test run with passed-through arguments as an example, and a run of every package as the suite', async () => {
    const c = await commandsOf('## Tests\n\n```sh\ntox -e py312 -- --pdb\npnpm bazel test //packages/...\n```\n');
    assert.deepEqual(c.test.map((x) => x.command), ['pnpm bazel test //packages/...']);
  });

  it('does not list a command the prose names in passing or says does not work, but lists the one it says to run', async () => {
    const c = await commandsOf('## Tests\n\nAny usages of `cargo test` can be replaced. The `cargo fmt` command does not work here.\n\nRun `cargo nextest run --all` to test.\n');
    assert.deepEqual([...c.test, ...c.lint].map((x) => x.command), ['cargo nextest run --all']);
  });

  it('lists a command given in parentheses after the step, or opening a list item', async () => {
    const c = await commandsOf('## Before submitting\n\n1. Make sure the tests pass (`npm test`).\n2. `npm run lint` must be clean.\n');
    assert.deepEqual(c.test.map((x) => x.command), ['npm test']);
    assert.deepEqual(c.lint.map((x) => x.command), ['npm run lint']);
  });

  it('skips a code block the prose calls optional', async () => {
    const c = await commandsOf('## Setup\n\n```sh\nnpm ci\n```\n\nYou can optionally install the hooks:\n\n```sh\npre-commit install\n```\n');
    assert.deepEqual(c.setup.map((x) => x.command), ['npm ci']);
  });

  it('counts a global tool install under a setup heading, or under the heading of the step that needs it', async () => {
    const c = await commandsOf(
      '## Prerequisites\n\n```sh\ncargo install cargo-insta\n```\n\n## Spell checking\n\n```sh\ncargo install cargo-spellcheck\ncargo spellcheck check\n```\n\n## Nice to have\n\n```sh\ncargo install cargo-watch\n```\n',
    );
    // The spell check is a lint step, so the tool it runs is part of getting a working checkout; a tool recommended
    // under a heading that names no step is not.
    assert.deepEqual(c.setup.map((x) => x.command), ['cargo install cargo-insta', 'cargo install cargo-spellcheck']);
    assert.deepEqual(c.lint.map((x) => x.command), ['cargo spellcheck check']);
  });

  it('stops collecting side-quest commands once the main steps are given', async () => {
    const guide = [
      '## Development\n\n```sh\nnpm ci\nnpm test\nnpm run lint\n```\n',
      '## Project structure\n\n```sh\nnpm run build:internals\n```\n',
      '## Ecosystem checks\n\n```sh\nnpm run check:ecosystem\n```\n',
      '## Upgrading Node\n\n```sh\nnpm run lint:fix\n```\n',
      '## Formatting\n\n```sh\nnpm run format\n```\n',
    ].join('\n');
    const c = await commandsOf(guide);
    assert.deepEqual(c.setup.map((x) => x.command), ['npm ci']);
    assert.deepEqual(c.lint.map((x) => x.command), ['npm run lint', 'npm run format']);
  });

  it('skips commands in a section about one editor or about the documentation site', async () => {
    const c = await commandsOf('## Tests\n\n```sh\nnpm test\n```\n\n## VS Code\n\n```sh\nnpm run lint:editor\n```\n\n## Documentation updates\n\n```sh\nnpm run docs-build\n```\n');
    assert.deepEqual([...c.setup, ...c.lint].map((x) => x.command), []);
  });
});
