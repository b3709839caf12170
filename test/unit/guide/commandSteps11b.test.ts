import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { notAStep } from '../../../src/core/guide/extract/commandPhaseNone';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const setupOf = async (text: string): Promise<string[]> => toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }))).commands.setup.map((c) => c.command);

describe('commands: a build script asked to list or describe its tasks (session 11, today)', () => {
  it('is no step, whatever the script is called', () => {
    for (const c of ['./build.sh --showdescription', '.\\build.ps1 --list-tasks', './x --targets', 'scripts/ci --tasks']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: the same script with a task, or an option that sets how it builds', () => {
    for (const c of ['./build.sh --target=Test', './build.sh', './configure --disable-docs']) assert.equal(notAStep(c), false, c);
  });

  it('keeps the build, leaves out the listing, in a block under a build heading', async () => {
    const found = await setupOf('# Contributing\n\n## Building\n\nInstall the dependencies, see the tasks, then build:\n\n```sh\nnpm install\n./build.sh --showdescription\n```\n');
    assert.deepEqual(found, ['npm install']);
  });
});

describe('commands: shell file utilities under a test heading (session 11, today)', () => {
  const testOf = async (text: string): Promise<string[]> => toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }))).commands.test.map((c) => c.command);

  it('a file utility or a viewer in a block under "Running tests" runs no test', async () => {
    const found = await testOf('# Contributing\n\n## Running tests\n\n```sh\nrm -rf .cache/results\n./run-suite\nopen coverage/index.html\n```\n');
    assert.deepEqual(found, ['./run-suite']);
  });

  it('near miss: a test script with an unknown name under the same heading is still the test run', async () => {
    const found = await testOf('# Contributing\n\n## Running tests\n\n```sh\n./run-suite --fast\n```\n');
    assert.deepEqual(found, ['./run-suite --fast']);
  });
});

describe('commands: a docs task is the docs build, whatever verb the sentence uses (session 11, today)', () => {
  it('is no step on its own, in any runner', () => {
    for (const c of ['mix docs', 'make docs', 'npm run docs:build', 'tox -e docs', 'pnpm docs:dev']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: a linter given the docs folder, and a task named after something else, are steps', () => {
    for (const c of ['markdownlint docs', 'make docs-lint', 'mix test']) assert.equal(notAStep(c), false, c);
  });

  it('"Test that the docs generate by running `mix docs`" gives no test command', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\n## Documentation\n\n1. Edit the module docs.\n2. Test that your changes generate correctly by running `mix docs`.\n' })));
    assert.deepEqual(json.commands.test.map((c) => c.command), []);
  });
});

describe('commands: lint tasks and formatters said in new ways (session 11, today)', () => {
  const lintOfTemplate = async (template: string): Promise<string[]> =>
    toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nHi.\n', '.github/pull_request_template.md': `## Checklist\n\n${template}` }))).commands.lint.map((c) => c.command);

  it('a word that ends in "lint" names a linter or a lint task', () => {
    for (const c of ['sbt quicklint', 'golint ./...', 'tflint', 'npm run jsonlint']) assert.equal(classify(c), 'lint', c);
  });

  it('near miss: words that only contain "lint" elsewhere, or a test task, are not lint', () => {
    for (const [c, kind] of [['npm run test', 'test'], ['make lintian-overrides', undefined]] as const) assert.equal(classify(c), kind, c);
  });

  it('"tool" is a namespace: the word after it is the subcommand', () => {
    assert.equal(classify('crystal tool format spec src'), 'lint');
    assert.equal(classify('go tool cover -html=c.out'), undefined);
  });

  it('a task box whose short subject is "formatted with" a tool names the formatter', async () => {
    assert.deepEqual(await lintOfTemplate('- [ ] Code formatted with `nix fmt`\n'), ['nix fmt']);
    assert.deepEqual(await lintOfTemplate('- [ ] Sources formatted with `cargo fmt --all`\n'), ['cargo fmt --all']);
  });

  it('near miss: a box about a bug fixed with something names no step', async () => {
    assert.deepEqual(await lintOfTemplate('- [ ] Bug fixed with a workaround in `src/app.ts`\n'), []);
  });
});

describe('commands: an ampersand series, and a "specific" comment over a lint step (session 11, today)', () => {
  const commandsOf = async (text: string) => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text })));
    return { test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
  };

  it('"with `make test` & `make lint` respectively" gives both steps', async () => {
    const found = await commandsOf('# Contributing\n\n## Checks\n\nYou can run the tests and the linter locally with `make test` & `make lint` respectively.\n');
    assert.deepEqual(found, { test: ['make test'], lint: ['make lint'] });
  });

  it('a lint step under "# Run a specific command" is still the lint step; a test run there stays a focused example', async () => {
    const found = await commandsOf('# Contributing\n\n## Running checks\n\n```sh\n# Run all the tests\ntox run\n\n# Run a specific test file\ntox run -e py -- tests/test_x.py\n\n# Run a specific command\ntox run -e lint\n```\n');
    assert.deepEqual(found, { test: ['tox run'], lint: ['tox run -e lint'] });
  });
});

describe('commands: a check task the clause says tests (session 11, today)', () => {
  const kinds = async (text: string) => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n## Code\n\n${text}\n` })));
    return { test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
  };

  it('"changes need to be tested with at least the `make check` command" is the test run', async () => {
    assert.deepEqual(await kinds('Changes need to be tested with at least the `make check` command.'), { test: ['make check'], lint: [] });
  });

  it('near miss: "style can be checked with `make check`" stays a lint step', async () => {
    assert.deepEqual(await kinds('The code style can be checked with `make check`.'), { test: [], lint: ['make check'] });
  });
});

describe('commands: a paragraph that is the command, after a lead-in paragraph (session 11, today)', () => {
  it('"To build the project, use" then "`./gradlew assemble`" is the build step', async () => {
    assert.deepEqual(await setupOf('# Contributing\n\n## Building\n\nTo build the project and produce its artifacts, use\n\n`./gradlew assemble`\n'), ['./gradlew assemble']);
  });

  it('near miss: a paragraph that opens with a command after a lead-in about something else gives no step', async () => {
    assert.deepEqual(await setupOf('# Contributing\n\n## Releases\n\nMaintainers publish a release with\n\n`./gradlew assemble` and then upload the artifacts.\n'), []);
  });
});
