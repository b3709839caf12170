import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { overlappingMatches } from '../../../src/core/guide/extract/text';
import { candidatePaths } from '../../../src/core/guide/candidatePaths';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 25: every text below is written for the test; each rule has a near miss that must keep its old answer.

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const commandsOf = async (text: string) => {
  const c = (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).commands;
  return { setup: c.setup.map((x) => x.command), test: c.test.map((x) => x.command) };
};
const discuss = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).discussFirst?.value ?? null;

describe('reader rules (session 25)', () => {
  describe('discuss first', () => {
    it('a request found inside a refused match is judged on its own ("an open issue, consider creating an issue first")', async () => {
      assert.equal(await discuss("## Pull requests\n\nWe welcome them.\nIf you're planning to send a PR for a change which doesn't have an open issue, consider creating an issue first."), true);
    });
    it('near miss: "does not need an open issue first" still asks nothing', async () => {
      assert.equal(await discuss('## Pull requests\n\nWe welcome them. A typo fix does not need an open issue first.'), null);
    });
    it('a heading "1. Come discuss changes first" is itself the request', async () => {
      assert.equal(await discuss('## 1. Come discuss changes first\n\nIt tends to lead to a better outcome.'), true);
    });
    it('near miss: "Come say hi" under a chat heading asks nothing', async () => {
      assert.equal(await discuss('## Come say hi\n\nWe hang out on Matrix.'), null);
    });
  });

  describe('the guide of a monorepo\'s one package', () => {
    const guideOf = async (files: Record<string, string>) => (await read(files)).files.guide ?? null;
    it('is the guide when one root folder holds a CONTRIBUTING file and no usual place does', async () => {
      assert.equal(await guideOf({ 'README.md': '# Editor\n', 'editor/CONTRIBUTING.md': '# Contributing\n\nOpen an issue first.\n', 'editor/lib/main.dart': '' }), 'editor/CONTRIBUTING.md');
    });
    it('near miss: two packages with guides of their own give none', async () => {
      assert.equal(await guideOf({ 'README.md': '# Tools\n', 'a/CONTRIBUTING.md': '# A\n', 'b/CONTRIBUTING.md': '# B\n' }), null);
    });
    it('near miss: a vendored project\'s or an example\'s guide is not this project\'s', async () => {
      assert.equal(await guideOf({ 'README.md': '# App\n', 'vendor/CONTRIBUTING.md': '# Lib\n' }), null);
      assert.equal(await guideOf({ 'README.md': '# App\n', 'examples/CONTRIBUTING.md': '# Ex\n' }), null);
    });
    it('is among the paths watched, so a package guide made or edited later is read again', () => {
      const paths = candidatePaths();
      assert.equal(paths.matches('editor/CONTRIBUTING.md'), true);
      assert.equal(paths.matches('editor/src/CONTRIBUTING.md'), false);
    });
    it('near miss: a root guide wins over a package\'s', async () => {
      assert.equal(await guideOf({ 'CONTRIBUTING.md': '# Root\n', 'editor/CONTRIBUTING.md': '# Editor\n' }), 'CONTRIBUTING.md');
    });
  });

  describe('a developers\' page in the docs', () => {
    const guideOf = async (files: Record<string, string>) => (await read(files)).files.guide ?? null;
    it('is the guide where nothing else is (`docs/development.rst`, `docs/guides/development.md`, `doc/dev.md`)', async () => {
      assert.equal(await guideOf({ 'README.md': '# Lib\n', 'docs/development.rst': 'Development\n===========\n\nRunning the tests\n-----------------\n\nRun ``make test``.\n' }), 'docs/development.rst');
      assert.equal(await guideOf({ 'README.md': '# Lib\n', 'docs/guides/development.md': '# Development\n\nRun `make test` before you open a pull request.\n' }), 'docs/guides/development.md');
      assert.equal(await guideOf({ 'README.md': '# Lib\n', 'doc/dev.md': '# Dev\n\n## Testing\n\nRun `make test`.\n' }), 'doc/dev.md');
      assert.equal(await guideOf({ 'README.md': '# Player\n', 'doc/developer.rst': 'Developer manual\n================\n\nSend patches as pull requests on GitHub.\n' }), 'doc/developer.rst');
    });
    it('and so is the README\'s hacking half at the root (`README-hacking.md`)', async () => {
      assert.equal(await guideOf({ 'README.md': '# Tool\n', 'README-hacking.md': '# Hacking\n\nRun `./bootstrap`.\n' }), 'README-hacking.md');
    });
    it('near miss: a CONTRIBUTING file wins, and notes (`Development-notes.rst`) or an archived page are no guide', async () => {
      assert.equal(await guideOf({ 'CONTRIBUTING.md': '# Contributing\n', 'docs/development.md': '# Development mode\n' }), 'CONTRIBUTING.md');
      assert.equal(await guideOf({ 'README.md': '# Fs\n', 'Documentation/dev/Development-notes.rst': 'Notes\n=====\n' }), null);
      assert.equal(await guideOf({ 'README.md': '# Fs\n', 'docs/archive/development.md': '# Old\n\nRun the tests with `make test`.\n' }), null);
    });
    it('near miss: a page for the library\'s users (`docs/development.md` on using the SDK) is no guide', async () => {
      const sdk = '# Development\n\nThis page shows how to use the Acme SDK in your application.\n\n## Authenticating\n\n```js\nconst client = new Acme({ apiKey });\n```\n';
      assert.equal(await guideOf({ 'README.md': '# Acme SDK\n', 'docs/development.md': sdk }), null);
    });
  });

  describe('commands', () => {
    it('a `$> ` prompt (Dist::Zilla\'s guides) is stripped like `$ `, and the lines after it are still output', async () => {
      assert.deepEqual(await commandsOf('## Setup\n\nInstall the dependencies:\n\n    $> cpanm --installdeps .\n\nThen build and test:\n\n    $> dzil build\n    $> dzil test\n'), { setup: ['cpanm --installdeps .', 'dzil build'], test: ['dzil test'] });
      assert.deepEqual(await commandsOf('## Setup\n\n    $> make\n    cc -o app main.c\n'), { setup: ['make'], test: [] });
    });
    it('a span that is the subject of installing or performing ("`npm install` will also install ...", "`npm test` will perform ...")', async () => {
      assert.deepEqual(await commandsOf('## Running tests\n\nFork and clone this repo. `npm install` will also install the elm packages for the demo. `npm test` will perform the full range of tests.'), { setup: ['npm install'], test: ['npm test'] });
    });
    it('near miss: "`npm install` will not install ...", and a user\'s install of the released package, are no steps', async () => {
      assert.deepEqual(await commandsOf('## Dev\n\n`npm install` will not install the optional tools.'), { setup: [], test: [] });
      assert.deepEqual(await commandsOf('## Using the library\n\n`pip install acme` installs the released package.'), { setup: [], test: [] });
    });
    it('a list item that is only a task runner ("- `make`.") runs the phase its section names', async () => {
      assert.deepEqual(await commandsOf('## Build & Run\n\n- `npm run compile`. Not needed in VS Code.\n- `make`.'), { setup: ['npm run compile', 'make'], test: [] });
      assert.deepEqual(await commandsOf('## Running tests\n\n- `make`'), { setup: [], test: ['make'] });
    });
    it('near miss: a runner listed among the tools to have, or under a heading with no phase, names a tool', async () => {
      assert.deepEqual(await commandsOf('## Requirements\n\n- `make`\n- Go 1.22'), { setup: [], test: [] });
      assert.deepEqual(await commandsOf('## About\n\n- `make`'), { setup: [], test: [] });
    });
    it('"`a` followed by `b`": the span after a step is the next step', async () => {
      assert.deepEqual(await commandsOf('### Pre-commit hooks\n\nSet up with `pip install --user pre-commit` followed by `pre-commit install`.'), { setup: ['pip install --user pre-commit', 'pre-commit install'], test: [] });
    });
    it('near miss: "followed by `x`" after no step is no run', async () => {
      assert.deepEqual(await commandsOf('## Commits\n\nWrite the area followed by `make` in the title.'), { setup: [], test: [] });
    });
    it('near miss: a Unix script\'s bare name (`prepare.sh`) names the file; the block below gives the command', async () => {
      assert.deepEqual(await commandsOf('## Setup\n\nRun the `prepare.sh` shell script:\n\n```sh\nsh scripts/prepare.sh\n```'), { setup: ['sh scripts/prepare.sh'], test: [] });
    });
    it('a plain-text guide\'s command in double quotes after a verb of running (\'run "make check" from the top\')', async () => {
      const c = (await read({ CONTRIBUTE: 'Contributing to Foo\n\nTo run tests on the entire tree, run "make check" from the\ntop-level directory.\n' })).commands;
      assert.deepEqual(c.test.map((x) => [x.command, x.source.line]), [['make check', 3]]);
    });
    it('near miss: quoted words that are no command line, and a Markdown guide\'s quotes, stay prose', async () => {
      const text = 'Contributing\n\nUse "Fix crash in parser" as the title, and run "make" when in doubt.\n';
      assert.deepEqual((await read({ CONTRIBUTE: text })).commands.test, []);
      assert.deepEqual((await read({ 'CONTRIBUTING.md': '# Contributing\n\nTo run tests, run "make check" from the top.\n' })).commands.test, []);
    });
    it('an editor plugin\'s own title ("# vscode-spell-checker", "# vim-airline") puts no section in a side quest', async () => {
      const c = (await read({ 'CONTRIBUTING.md': '# vscode-spell-checker\n\n## Building the extension\n\n1. `npm install`\n1. `npm run build`\n' })).commands;
      assert.deepEqual(c.setup.map((x) => x.command), ['npm install', 'npm run build']);
      const v = (await read({ 'CONTRIBUTING.md': '# vim-airline\n\n## Running the tests\n\n```sh\nmake test\n```\n' })).commands;
      assert.deepEqual(v.test.map((x) => x.command), ['make test']);
    });
    it('near miss: a section about an editor alone ("Using VS Code", "Emacs") is still a side quest', async () => {
      assert.deepEqual(await commandsOf('## Using VS Code\n\n```sh\nnpm run watch\n```\n\n## Emacs\n\n```sh\nmake tags\n```'), { setup: [], test: [] });
    });
    it('"Contribution tips and guidelines" is the guide\'s own flow under a friendlier name, not a side quest', async () => {
      const c = (await read({ 'CONTRIBUTING.md': '# Contribution tips and guidelines\n\n## Running tests\n\n```sh\npnpm test\n```\n' })).commands;
      assert.deepEqual(c.test.map((x) => x.command), ['pnpm test']);
    });
    it('near miss: "Development Tips" and "Tips and tricks" are still collections of side recipes', async () => {
      assert.deepEqual(await commandsOf('## Development Tips\n\n```sh\nmake test\n```\n\n## Tips and tricks\n\n```sh\nmake check\n```'), { setup: [], test: [] });
    });
    it('a list item that opens with a script of the checkout, then "or" a variant or an aside, runs it', async () => {
      assert.deepEqual(await commandsOf('## Running the tests\n\n- `./bin/run-unittests` or `./bin/run-unittests --watch`\n- `./bin/run-integrationtests` (Docker needed)'), { setup: [], test: ['./bin/run-unittests', './bin/run-integrationtests'] });
    });
    it('near miss: an item that only says what a script is, under a heading with no phase, is no step', async () => {
      assert.deepEqual(await commandsOf('## Layout\n\n- `./bin/release` (maintainers only)\n- `./bin/tool` or `./bin/tool2`'), { setup: [], test: [] });
    });
    it('`git --version` among the prerequisites\' checks is a setup step', async () => {
      assert.deepEqual(await commandsOf('## Prerequisites\n\nThe following commands check the tools above are installed.\n\n```shell\ngit --version\npython --version\n```'), { setup: ['git --version', 'python --version'], test: [] });
    });
    it('near miss: `git --version` asked for a bug report, and other git lines, are no steps', async () => {
      assert.deepEqual(await commandsOf('## Reporting bugs\n\nInclude the output of:\n\n```shell\ngit --version\n```'), { setup: [], test: [] });
      assert.deepEqual(await commandsOf('## Setup\n\n```shell\ngit checkout -b my-fix\ngit status\n```'), { setup: [], test: [] });
    });
  });

  describe('overlappingMatches', () => {
    it('finds a match that starts inside an earlier one', () => {
      const found = overlappingMatches('open issue, then creating an issue first', /\b(?:open|creating)\s+(?:an\s+)?issue\b[^.]*?\bfirst\b/i).map((m) => m[0]);
      assert.deepEqual(found, ['open issue, then creating an issue first', 'creating an issue first']);
    });
    it('steps past an empty match', () => {
      assert.equal(overlappingMatches('abc', /x*/).length, 4);
    });
  });
});
