import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { SentenceIndex } from '../../../src/core/guide/extract/commandsSentences';
import { dedentAdmonitions } from '../../../src/core/guide/parseMarkdownAdmonitions';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

describe('the sentence around a code span', () => {
  it('starts after the last sentence end before the span', () => {
    const text = 'Clone it. Then run `make` here! Next';
    const index = new SentenceIndex(text);
    assert.equal(index.before(text.indexOf('`make`')), 'Then run ');
    assert.equal(index.before(text.indexOf('Next')), '');
  });

  it('counts a full stop at a line end as a sentence end, and reaches back at most 300 characters', () => {
    const text = `Intro.\n${'a'.repeat(400)} run \`x\``;
    const index = new SentenceIndex(text);
    const before = index.before(text.indexOf('`x`'));
    assert.equal(before.length, 300);
    assert.equal(new SentenceIndex('Intro.\nrun `x`').before(11), 'run ');
  });

  it('ends after the span at a stop followed by whitespace or the end, within 300 characters', () => {
    const text = 'run `x` to test v1.2 now. More';
    const index = new SentenceIndex(text);
    assert.equal(index.after(text.indexOf('`x`') + 3), ' to test v1.2 now');
    assert.equal(new SentenceIndex('run `x` fine.').after(7), ' fine');
    assert.equal(new SentenceIndex('run `x` fine').after(7), ' fine');
    assert.equal(new SentenceIndex('short').after(9), '');
  });

  it('reads a paragraph naming one command many times as it reads it once', async () => {
    const one = await commandsOf({ 'CONTRIBUTING.md': '# Dev\n\n## Tests\n\nThen run `npm test` to run the tests.\n' });
    const many = await commandsOf({ 'CONTRIBUTING.md': `# Dev\n\n## Tests\n\n${'Then run `npm test` to run the tests. '.repeat(2000)}\n` });
    assert.deepEqual(many, one);
    assert.deepEqual(one.test, ['npm test']);
  });
});

describe('commands: phase and recognition rules (session 4)', () => {
  const cases: [string, Record<string, string>, Partial<Commands>][] = [
    [
      'a task runner\'s `ci` target takes its phase from the lead-in, not from `npm ci`',
      { 'CONTRIBUTING.md': '# Guide\n\n## Working\n\nTo test on every supported version:\n\n```sh\nmake -k ci\n```\n\nInstall first:\n\n```sh\nnpm ci\n```\n' },
      { test: ['make -k ci'], setup: ['npm ci'] },
    ],
    [
      'a static analyser named by its task (`make dialyze`, `mix credo`) lints',
      { 'CONTRIBUTING.md': '# Guide\n\n## Before committing\n\nYou can use the following commands:\n\n```sh\nmake dialyze\nmix credo\n```\n' },
      { lint: ['make dialyze', 'mix credo'] },
    ],
    [
      'an untagged block a sentence hands over to run is read like a shell block',
      { 'CONTRIBUTING.md': '# Guide\n\n## Linting\n\nYou can check your changes by running:\n\n```\nacme-check --all\n```\n' },
      { lint: ['acme-check --all'] },
    ],
    [
      'an untagged block after a sentence that names commands without running them is not read loosely',
      { 'CONTRIBUTING.md': '# Guide\n\n## Style\n\nThese settings format the output of the git log commands:\n\n```\n[core]\n        abbrev = 12\n```\n' },
      { lint: [] },
    ],
    [
      'a program Onramp does not know is a step when the sentence runs it and its words check',
      { 'CONTRIBUTING.md': '# Guide\n\n## Licensing\n\nVerify the licence headers by running the [helper tool](https://example.org/tool): `licensetool lint`\n' },
      { lint: ['licensetool lint'] },
    ],
    [
      'a program Onramp does not know, named in passing, is not a step',
      { 'CONTRIBUTING.md': '# Guide\n\n## Licensing\n\nThe `licensetool lint` output lists every file.\n\nWe use `licensetool lint` in CI.\n' },
      { lint: [] },
    ],
    [
      'a validation task lints, and under a test heading a validation script runs the suite',
      { 'CONTRIBUTING.md': '# Guide\n\n## Before a pull request\n\n* `make validate`\n\n## Running tests\n\nRun the tests locally with `./validate.sh`.\n' },
      { lint: ['make validate'], test: ['./validate.sh'] },
    ],
    [
      'a span documenting an alias ("`nr test` is equivalent to `pnpm run test`") is not a step',
      { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\n- `nr test` is equivalent to `pnpm run test`\n\n## Testing\n\nRun `pnpm run test`.\n' },
      { test: ['pnpm run test'] },
    ],
    [
      'a test folder in a file the program is given does not make the line a test run',
      { 'CONTRIBUTING.md': '# Guide\n\n## Trying it out\n\nNow you can start it:\n\n```sh\nbundle exec bin/server test/fixtures/hello.ru\n```\n' },
      { test: [], setup: [] },
    ],
    [
      'a file a program runs still names the step (`go run script/build.go`, `./build.psm1`)',
      { 'CONTRIBUTING.md': '# Guide\n\n## Getting going\n\n```sh\ngo run script/build.go\n```\n' },
      { setup: ['go run script/build.go'] },
    ],
    [
      'a number for an option (`make -j 4`) does not make a line a narrowed variant of an earlier one',
      { 'CONTRIBUTING.md': '# Guide\n\n## Building\n\n```sh\nmake\n```\n\n## Faster builds\n\nBuild with:\n\n```sh\nmake -j 4\nmake -C lib foo\n```\n' },
      { setup: ['make', 'make -j 4'] },
    ],
    [
      'a runner named alone in a list of what you need is a tool, not a step, though the repository has a Makefile',
      { 'CONTRIBUTING.md': '# Guide\n\n## Building\n\nYou need:\n    - [Docker](https://example.org)\n    - `make`\n\nThen run `make binary`.\n', Makefile: 'binary:\n\tgo build\n' },
      { setup: ['make binary'] },
    ],
    [
      'an option\'s name gives no phase, its value may (`--with-ghc=doctest --build-depends=x`)',
      { 'CONTRIBUTING.md': '# Guide\n\n## Doctests\n\nAfter that you can run them with:\n\n```shell\ncabal repl --with-ghc=doctest --build-depends=QuickCheck lib\n```\n' },
      { test: ['cabal repl --with-ghc=doctest --build-depends=QuickCheck lib'], setup: [] },
    ],
    [
      'a line after "To list all possible targets:" lists choices, it runs none',
      { 'CONTRIBUTING.md': '# Guide\n\n## Testing\n\n* To list all possible targets:\n\n  ```shell\n  tox -av\n  ```\n\n* To run the tests for one Python version:\n\n  ```shell\n  tox -e py312\n  ```\n' },
      { test: ['tox -e py312'] },
    ],
    [
      'a block inside an MkDocs admonition or content tab is read as Markdown, not as an indented code block',
      {
        'CONTRIBUTING.md':
          '# Guide\n\n## Setup\n\n!!! note "Environment"\n\n    Run `npm ci` to install the tools.\n\n=== "Linux"\n\n    Then run `npm run lint`.\n\n        indented code stays code\n\nAfter the tab.\n',
      },
      { setup: ['npm ci'], lint: ['npm run lint'] },
    ],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const found = await commandsOf(files);
      for (const kind of Object.keys(expected) as (keyof Commands)[]) assert.deepEqual(found[kind], expected[kind], kind);
    });
  }
});

describe('MkDocs admonitions and content tabs', () => {
  it('moves a body four spaces left and keeps every line where it was', () => {
    const text = '!!! tip\n    Run `x`.\n\n        code\nafter\n';
    const out = dedentAdmonitions(text);
    assert.equal(out, '!!! tip\nRun `x`.\n\n    code\nafter\n');
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it('dedents nested bodies once per level and leaves a marker inside a fence alone', () => {
    assert.equal(dedentAdmonitions('!!! note\n    ??? tip\n        deep\n    shallow\n'), '!!! note\n??? tip\ndeep\nshallow\n');
    const fenced = '```md\n!!! note\n    body\n```\n';
    assert.equal(dedentAdmonitions(fenced), fenced);
  });

  it('reads a setext heading underline as a heading, not a tab', () => {
    const text = 'Title\n===\n\n    code\n';
    assert.equal(dedentAdmonitions(text), text);
  });
});
