import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const MAKEFILE = 'lint:\n\thlint .\nwhitespace:\n\tfix-whitespace --check\nfix-whitespace:\n\tfix-whitespace\ntest:\n\tcabal test\ndocs:\n\tsphinx-build\n';
const SCRIPTS = JSON.stringify({ scripts: { build: 'tsc', test: 'vitest', 'test-unit': 'vitest unit', lint: 'eslint .', fix: 'eslint --fix .' } }, null, 2);

describe('commands read from the structure around them', () => {
  const cases: [string, Record<string, string>, Partial<Commands>][] = [
    [
      'a heading joining building to a side quest still holds the build steps',
      { 'CONTRIBUTING.md': '# Guide\n\n## Building and Debugging\n\n### Building\n\n```sh\nmvn clean install\n```\n\n### Linting\n\nRun:\n\n```sh\nmvn spotless:apply\n```\n' },
      { setup: ['mvn clean install'], lint: ['mvn spotless:apply'] },
    ],
    ['a heading only about the side quest is still skipped', { 'CONTRIBUTING.md': '# Guide\n\n## Debugging and profiling\n\n```sh\nmvn clean install\n```\n' }, { setup: [] }],
    ['a prerequisite made optional is not the step made optional', { 'CONTRIBUTING.md': '# Guide\n\n## Linting\n\nAfter optionally adding Node to your path, run:\n\n```sh\nyarn lint\n```\n' }, { lint: ['yarn lint'] }],
    ['an optional block is still left out', { 'CONTRIBUTING.md': '# Guide\n\n## Linting\n\nYou can optionally run:\n\n```sh\nyarn lint\n```\n' }, { lint: [] }],
    ['starting a development server is not a setup step', { 'CONTRIBUTING.md': '# Guide\n\n## Building\n\n```sh\nyarn\n```\n\nIn another terminal, start a development server:\n\n```sh\nyarn start\n```\n' }, { setup: ['yarn'] }],
    ['a launch section is not setup', { 'CONTRIBUTING.md': '# Guide\n\n## Building\n\n```sh\nmvn install\n```\n\n### Launching a development instance\n\n```sh\nmvn hpi:run\n```\n' }, { setup: ['mvn install'] }],
    ['"calling" a command presents it as a step', { 'CONTRIBUTING.md': '# Guide\n\n## Building\n\nCalling `pnpm build` from the root runs the build.\n' }, { setup: ['pnpm build'] }],
    ['"use of" a command is not a cue to run it', { 'CONTRIBUTING.md': '# Guide\n\n## Linting\n\nUse of `hlint --refactor` has some gotchas.\n' }, { lint: [] }],
    ['a code span broken over two lines is one command', { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\nInstall rustfmt by running `rustup component\nadd rustfmt` first.\n' }, { setup: ['rustup component add rustfmt'] }],
    ['a heading about checks gives its commands the lint phase', { 'CONTRIBUTING.md': '# Guide\n\n## Automated Checks\n\nBefore submitting, run:\n\n```sh\njust ready\n```\n' }, { lint: ['just ready'] }],
    ['updating dependencies is a maintainer chore', { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\n```sh\ngo build\n```\n\n## Updating all the dependencies\n\n```sh\ngo get -u ./...\nmake update\n```\n' }, { setup: ['go build'] }],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const found = await commandsOf(files);
      for (const kind of Object.keys(expected) as (keyof Commands)[]) assert.deepEqual(found[kind], expected[kind], kind);
    });
  }
});

describe('a task the repository defines, named in prose', () => {
  const cases: [string, Record<string, string>, Partial<Commands>][] = [
    [
      'is a step under a heading of its phase, without a cue to run it',
      { 'CONTRIBUTING.md': '# Guide\n\n## Whitespace conventions\n\nFor convenience, `make whitespace` will show violations and `make fix-whitespace` will fix them.\n', Makefile: MAKEFILE },
      { lint: ['make whitespace', 'make fix-whitespace'] },
    ],
    ['is not a step when the repository does not define it', { 'CONTRIBUTING.md': '# Guide\n\n## Whitespace conventions\n\nFor convenience, `make whitespace` will show violations.\n' }, { lint: [] }],
    ['is not a step under a heading of another phase', { 'CONTRIBUTING.md': '# Guide\n\n## Toolchain\n\nThe `make lint` task needs hlint.\n', Makefile: MAKEFILE }, { lint: [], setup: [] }],
    ['is not a step under a heading that gives no phase', { 'CONTRIBUTING.md': '# Guide\n\n## Scripts\n\nThe `npm run lint` script is the one CI runs.\n', 'package.json': SCRIPTS }, { lint: [] }],
    ['is not a step as a table of contents link', { 'CONTRIBUTING.md': '# Guide\n\n## Tests\n\n- [`npm run test-unit`](#unit)\n', 'package.json': SCRIPTS }, { test: [] }],
    ['is not a step when a sentence says what another step does', { 'CONTRIBUTING.md': '# Guide\n\n## Checks\n\n```sh\nnpm run ready\n```\n\nThis runs `npm run lint`, then `npm run fix`.\n', 'package.json': SCRIPTS }, { lint: ['npm run ready'] }],
    ['is not a step given as an example', { 'CONTRIBUTING.md': '# Guide\n\n## Tests\n\nScripts take arguments, for example, `npm run test-unit`.\n', 'package.json': SCRIPTS }, { test: [] }],
    ['is not a step under a heading that is the command itself', { 'CONTRIBUTING.md': '# Guide\n\n## Building\n\n### `npm run build`\n\nNote that `npm run build` skips type checks.\n', 'package.json': SCRIPTS }, { setup: [] }],
    ['is kept when the guide says it is for tests, even far down a long guide', { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\n```sh\nnpm ci\nnpm test\nnpm run lint\n```\n\n## Project layout\n\nText.\n\n## Tests\n\nUnit tests are grouped under `npm run test-unit`.\n', 'package.json': SCRIPTS }, { test: ['npm test', 'npm run test-unit'] }],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const found = await commandsOf(files);
      for (const kind of Object.keys(expected) as (keyof Commands)[]) assert.deepEqual(found[kind], expected[kind], kind);
    });
  }
});

describe('commands named in prose, by the shape of the sentence', () => {
  const cases: [string, Record<string, string>, Partial<Commands>][] = [
    ['a project script by path after a cue to run it, with its platform twin after "or"', { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\nTo build them, run the `.scripts/setup.sh` (Linux) or `.scripts/setup.ps1` (Windows) script.\n' }, { setup: ['.scripts/setup.sh', '.scripts/setup.ps1'] }],
    ['a script a hook runs is not the reader\'s step', { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\nThe pre-push hook runs `scripts/pre-push.sh` for you.\n' }, { lint: [], setup: [] }],
    ['installing a hook script is setup, whatever its name says', { 'CONTRIBUTING.md': '# Guide\n\nTo install the hook simply run: `dev-tools/pre-commit-format.sh install`\n' }, { setup: ['dev-tools/pre-commit-format.sh install'], lint: [] }],
    // (Kept as typed, the `cd` too, by the labelling rule: a command is exact text as the newcomer types it.)
    ['moving into a folder first is that step, as typed', { 'CONTRIBUTING.md': '# Guide\n\n1. Run Composer to get the dependencies: `cd app && php ../composer.phar install`\n' }, { setup: ['cd app && php ../composer.phar install'] }],
    ['a span with no phase of its own takes its sentence\'s', { 'CONTRIBUTING.md': '# Guide\n\nYou can run the test suite by executing `vendor/bin/simple-phpunit` in the folder.\n' }, { test: ['vendor/bin/simple-phpunit'] }],
    ['"runs" as a noun is no cue', { 'CONTRIBUTING.md': '# Guide\n\nIt is faster on repeated runs because `cargo fixit` skips a compile.\n' }, { lint: [], test: [], setup: [] }],
    ['what a step makes possible is not a step', { 'CONTRIBUTING.md': '# Guide\n\n## Setup\n\nRunning `cargo install --path .` in the CLI folder will allow you to run `cargo tauri build` anywhere.\n' }, { setup: ['cargo install --path .'] }],
    ['a placeholder path is an example', { 'CONTRIBUTING.md': '# Guide\n\nTo try it on another project, run `php /path/to/app/bin/app test` there.\n' }, { test: [] }],
    ['checks a template comment says must pass are steps', { 'CONTRIBUTING.md': '# Guide\n', '.github/PULL_REQUEST_TEMPLATE.md': '<!--\n1. Ensure `cargo test` and `cargo clippy` pass.\n-->\n' }, { test: ['cargo test'], lint: ['cargo clippy'] }],
    ['a command a sentence only names is still left out', { 'CONTRIBUTING.md': '# Guide\n\nWe moved from `cargo test` to nextest last year.\n' }, { test: [] }],
    ['a line its comment calls optional is not a step, whatever its heading', { 'CONTRIBUTING.md': '# Guide\n\n## Checks\n\n```console\n$ tox -e selfcheck # Format the code\n$ tox -e bench # Optional benchmark\n```\n' }, { lint: ['tox -e selfcheck'] }],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const found = await commandsOf(files);
      for (const kind of Object.keys(expected) as (keyof Commands)[]) assert.deepEqual(found[kind], expected[kind], kind);
    });
  }
});
