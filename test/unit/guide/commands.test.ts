import * as assert from 'node:assert/strict';
import { classify } from '../../../src/core/guide/extract/commands';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

describe('setup, test and lint commands', () => {
  const kinds: [string, string | undefined][] = [
    ['npm install --save-dev jest', 'setup'],
    ['pip install pytest', 'setup'],
    ['python -m pip install -e ".[dev,test]"', 'setup'],
    ['rustup component add clippy', 'setup'],
    ['rustup default stable', 'setup'],
    ['pre-commit install', 'setup'],
    ['pre-commit run --all-files', 'lint'],
    ['tox -e lint', 'lint'],
    ['tox -e py312', 'test'],
    ['nox -s tests', 'test'],
    ['tox', 'test'],
    ['npm test', 'test'],
    ['npm run lint', 'lint'],
    ['yarn add -D typescript', 'setup'],
  ];
  for (const [command, kind] of kinds) {
    it(`classes \`${command}\` as ${kind ?? 'nothing'}`, () => assert.equal(classify(command), kind));
  }

  it('keeps an editable install with Python extras as a setup step', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Dev\n\n```sh\npip install -e ".[dev,test]"\npytest\n```\n' }));
    assert.deepEqual(toInspectJson(facts).commands.setup.map((c) => c.command), ['pip install -e ".[dev,test]"']);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['pytest']);
  });

  it('drops runs narrowed by an environment variable that selects tests, but keeps the plain run', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Dev\n\n```sh\nmake test\nmake test WHAT=./pkg/util\nTEST_PATTERN=parser make test\nmake test FILES=src/a.js\n```\n' }));
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['make test']);
  });

  it('still treats a `[options]` placeholder as an example to adapt', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Dev\n\n```sh\nnpm run lint [options]\nnpm run lint\n```\n' }));
    assert.deepEqual(toInspectJson(facts).commands.lint.map((c) => c.command), ['npm run lint']);
  });

  it('strips a trailing comment but keeps a # inside a URL', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Dev\n\n```sh\nnpm ci   # install\nnpm install git+https://example.com/x.git#main\n```\n' }));
    assert.deepEqual(toInspectJson(facts).commands.setup.map((c) => c.command), ['npm ci', 'npm install git+https://example.com/x.git#main']);
  });
});

describe('environment variables on a command', () => {
  it('keeps a run with a setting that does not select tests', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Dev\n\n```sh\nRUST_TEST_THREADS=1 cargo test\n```\n' }));
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['RUST_TEST_THREADS=1 cargo test']);
  });
});

describe('a command narrowed to one part after the command itself', () => {
  const testsOf = async (guide: string) => toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }))).commands.test.map((c) => c.command);
  const cases: [string, string, string[]][] = [
    ['leaves out the run of one folder given with an option', '## Testing\n\n```sh\nStart-Tests\n```\n\nTo run specific tests:\n\n```sh\nStart-Tests -Path test/api\n```\n', ['Start-Tests']],
    ['leaves out the run against one named target', '## Testing\n\n```sh\ngo test -v\ngo test -v -remote TestDrive:\n```\n', ['go test -v']],
    ['keeps a pattern for every package', '## Testing\n\n```sh\ngo test -v\ngo test -v ./...\n```\n', ['go test -v', 'go test -v ./...']],
    ['keeps a command that only adds a switch', '## Testing\n\n```sh\ncargo test\ncargo test --workspace\n```\n', ['cargo test', 'cargo test --workspace']],
  ];
  for (const [name, guide, expected] of cases) it(name, async () => assert.deepEqual(await testsOf(guide), expected));
});
