import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { callOf, offersChoice, withoutKnobs } from '../../../src/core/guide/extract/commandsVariants';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: variants of a step already given (session 5)', () => {
  it('reads the settings in front of a command apart from the command', () => {
    assert.equal(withoutKnobs('FOO=1 make build'), 'make build');
    assert.equal(withoutKnobs('env A=2 B="x y" ./run_tests'), './run_tests');
    assert.equal(withoutKnobs('make build'), undefined);
    assert.equal(withoutKnobs('FOO=1'), undefined);
  });

  it('drops a knob set on a command given just before in the same section', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\n```sh\nnpm test\n```\n\nFor more output, use the DEBUG variable:\n\n```sh\nWIDGET_DEBUG=1 npm test\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
  });

  it('keeps a knob under a heading of its own: the setting makes another step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\n```sh\nnpm test\n```\n\n## Updating snapshots\n\n```sh\nUPDATE_SNAPSHOTS=1 npm test\n```\n'));
    assert.deepEqual(found.test, ['npm test', 'UPDATE_SNAPSHOTS=1 npm test']);
  });

  it('takes the first of the choices a "one of" lead-in offers, and other calls in the block', async () => {
    assert.equal(offersChoice('To run the tests, do one of:'), true);
    assert.equal(offersChoice('Run one of the following commands:'), true);
    assert.equal(offersChoice('Run the tests:'), false);
    assert.equal(callOf('tool test -p auto'), 'tool test');
    assert.equal(callOf('make -j4'), 'make');
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nTo run the tests, do one of:\n\n```console\n$ tox -e py -x\n$ tox -e py --parallel auto\n$ pytest\n```\n'));
    assert.deepEqual(found.test, ['tox -e py -x', 'pytest']);
  });
});

describe('commands: what serves the documentation build is no setup step (session 5)', () => {
  it('leaves out installing the docs requirements, by the file or group it names', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\npip install -e .\npip install -r docs/requirements.txt\npip install -r requirements-docs.txt\npip install . --group docs\n```\n'));
    assert.deepEqual(found.setup, ['pip install -e .']);
  });

  it('leaves out a block whose lead-in says it builds the documentation', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\npip install -e .\n```\n\n## Consider the manual\n\nSome extra packages are required to build the documentation. Install them from the manual folder:\n\n```sh\npip install -r requirements.txt\n```\n'));
    assert.deepEqual(found.setup, ['pip install -e .']);
  });

  it('keeps a block whose lead-in also names the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\nInstall what is needed to run the tests and to build the documentation:\n\n```sh\npip install -r requirements.txt\n```\n'));
    assert.deepEqual(found.setup, ['pip install -r requirements.txt']);
  });
});

describe('commands: a lead-in that ties a block to one kind of change (session 5)', () => {
  it('leaves out what is run only after changing one part', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\nmake build\n```\n\nWhen making any changes to the API schema, you can regenerate the bindings with:\n\n```sh\nmake generate\n```\n\nIf you modify the grammar, rebuild the parser:\n\n```sh\nmake parser\n```\n'));
    assert.deepEqual(found.setup, ['make build']);
  });

  it('keeps a block whose lead-in asks for it whatever was changed', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nBefore you open a pull request, build everything:\n\n```sh\nmake build\n```\n'));
    assert.deepEqual(found.setup, ['make build']);
  });
});

describe('commands: side quests and prerequisites by their headings (session 5)', () => {
  it('skips a section on cross-compiling for another platform', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\ncargo build\n```\n\n### Compiling for Windows from Linux\n\n```sh\ncargo install cargo-xwin\nrustup target add x86_64-pc-windows-msvc\n```\n\n### Cross-compiling\n\n```sh\nrustup target add aarch64-unknown-linux-gnu\n```\n'));
    assert.deepEqual(found.setup, ['cargo build']);
  });

  it('keeps a section on building for development on one platform', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building for development on macOS\n\n```sh\ncargo build\n```\n'));
    assert.deepEqual(found.setup, ['cargo build']);
  });

  it('reads a single-dash version check (`java -version`) as checking a tool, not as a run of its section', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running the tests\n\nYour JDK is printed by the first line:\n\n```sh\njava -version\n./gradlew test\n```\n'));
    assert.deepEqual(found.test, ['./gradlew test']);
    const prerequisite = await commandsOf(guide('# Guide\n\n## Prerequisites\n\nInstall a JDK and check it:\n\n```sh\njava -version\n```\n'));
    assert.deepEqual(prerequisite.setup, ['java -version']);
  });
});

describe('commands: what a program run by an interpreter is for (session 5)', () => {
  it('reads the program by its path and what it is given without folders', () => {
    assert.equal(classify('ruby -Ilib bin/server test/fixtures/hello.ru'), undefined);
    assert.equal(classify('bundle exec ruby -Ilib bin/server test/fixtures/hello.ru'), undefined);
    assert.equal(classify('node scripts/test.js'), 'test');
    assert.equal(classify('go run script/lint.go'), 'lint');
    assert.equal(classify('python tools/run_tests.py --fast'), 'test');
  });
});

describe('commands: installing what a run needs, in the block that runs it (session 5)', () => {
  // Ten steps: the room a document has for setup (six before session 23).
  const setupSteps = '## Setup\n\n```sh\npip install -U uv\nuv sync\npython -m venv .venv\n. .venv/bin/activate\npip install -e .\npip install . --group test\npip install . --group dev\npip install . --group lint\npip install . --group bench\npip install . --group typing\n```\n\n';

  it('takes the install of a test run past the limit of setup steps a document gives', async () => {
    const found = await commandsOf(guide(`# Guide\n\n${setupSteps}## Testing\n\nTo run the browser tests, use npm:\n\n\`\`\`sh\nnpm install\nnpm run test\n\`\`\`\n`));
    assert.equal(found.setup.length, 11);
    assert.equal(found.setup[10], 'npm install');
    assert.deepEqual(found.test, ['npm run test']);
  });

  it('keeps the limit for an install block that runs nothing', async () => {
    const found = await commandsOf(guide(`# Guide\n\n${setupSteps}## Testing\n\nInstall the browser test tools first:\n\n\`\`\`sh\nnpm install\n\`\`\`\n`));
    assert.equal(found.setup.length, 10);
  });
});

describe('commands: a PowerShell cmdlet named in prose (session 5)', () => {
  it('is a step where the sentence runs it, with its phase from the sentence', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nYou can run the unit tests with `Start-UnitRun`, and the end-to-end tests with `Start-EndToEnd -Full`.\n'));
    assert.deepEqual(found.test, ['Start-UnitRun', 'Start-EndToEnd -Full']);
  });

  it('is a name in passing where nothing runs it', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nThe `Start-UnitRun` function lives in the build module and prints the tests it finds.\n'));
    assert.deepEqual(found.test, []);
  });
});

describe('commands: a run narrowed by a selecting variable', () => {
  it('is the step when it is the guide\u2019s first way to run the tests, joined across a line continuation', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nRun the unit tests in the container:\n\n```sh\nWORKSPACE=$(pwd) UNIT_PKG=widgets \\\n./ci/run-unit-tests.sh\n```\n'));
    assert.deepEqual(found.test, ['WORKSPACE=$(pwd) UNIT_PKG=widgets ./ci/run-unit-tests.sh']);
  });

  it('is an example once a test step is known, and in prose', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nmake test\n```\n\nTo test one package:\n\n```sh\nWHAT=./pkg/widgets make test\n```\n\nOr run `TESTS=test/a_test.rb rake test` for one file.\n'));
    assert.deepEqual(found.test, ['make test']);
  });
});
