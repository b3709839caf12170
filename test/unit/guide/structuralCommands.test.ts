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
