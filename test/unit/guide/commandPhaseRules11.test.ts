import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { notAStep } from '../../../src/core/guide/extract/commandPhaseNone';
import { buildRunsTests, preparesForRun } from '../../../src/core/guide/extract/commandsPurpose';
import { onlyTunesWholeRun } from '../../../src/core/guide/extract/commandsModeOnly';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('command phase: the folder a runner is told to work in (session 11)', () => {
  it('reads only the last folder of `make -C`: `deps/` there fetches nothing', () => {
    assert.equal(classify('make -C deps/broker ct-cluster'), undefined);
    assert.equal(classify('make -C vendor/deps/core test-all'), 'test');
  });

  it('keeps a test folder named alone, and the whole path of other arguments', () => {
    assert.equal(classify('make -C tests/'), 'test');
    assert.equal(classify('make -C tests'), 'test');
    assert.equal(classify('make -C tests/fuzz run'), 'test');
    assert.equal(classify('make -C test/e2e'), 'test');
    assert.equal(classify('npm run build --prefix packages/core'), 'setup');
  });

  it('lets the heading and comment give the phase of such a run', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\nTo run one suite against an older release:\n\n```sh\n# run the suite against the unpacked folder\nOLD_DIST=app-1.2 make -C deps/app ct-cluster\n```\n'));
    assert.deepEqual(found.setup, []);
    assert.deepEqual(found.test, ['OLD_DIST=app-1.2 make -C deps/app ct-cluster']);
  });

  it('near miss: a step that does fetch the dependencies is still setup', () => {
    assert.equal(classify('make deps'), 'setup');
    assert.equal(classify('make -C tools fetch-deps'), 'setup');
  });
});

describe('command phase: a task named verb first for generating (session 11)', () => {
  it('gives no phase by the linter or test words after the verb', () => {
    assert.equal(classify('./gradlew generateDefaultLinterConfig'), undefined);
    assert.equal(classify('./gradlew generateDefaultDetektConfig'), undefined);
    assert.equal(classify('make generate-test-fixtures'), undefined);
    assert.equal(classify('npm run gen:lint-rules'), undefined);
  });

  it('near miss: a generator asked only to check, and words that merely start with "gen", keep their phase', () => {
    assert.equal(classify('./gen.sh --check'), 'lint');
    assert.equal(classify('make general-tests'), 'test');
    assert.equal(classify('npm run lint:generated'), 'lint');
  });

  it('is not taken as a lint step from a list of steps for a new rule', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Adding a rule\n\n- Run `./gradlew generateDefaultLinterConfig` to add the rule and its options to the default config.\n- Run `./gradlew lintAll` before you push.\n'));
    assert.deepEqual(found.lint, ['./gradlew lintAll']);
  });
});

describe('command phase: benchmarks and stopping processes are no steps (session 11)', () => {
  it('drops a benchmark run, even one named after the test suite', () => {
    assert.equal(notAStep('cabal bench core-tests'), true);
    assert.equal(notAStep('cargo bench'), true);
    assert.equal(notAStep('npm run bench:parser'), true);
    assert.equal(notAStep('make benchmarks'), true);
  });

  it('near miss: a test run with a bench-like word elsewhere is still a step', () => {
    assert.equal(notAStep('cargo test --benches'), false);
    assert.equal(notAStep('make test-bench-harness'), false);
    assert.equal(notAStep('npm test'), false);
  });

  it('does not take a benchmark under a heading that joins testing and benchmarking', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building, testing and benchmarking\n\nTo run the tests and the benchmarks:\n\n```sh\ncabal test core-tests\ncabal bench core-tests\n```\n'));
    assert.deepEqual(found.test, ['cabal test core-tests']);
    assert.deepEqual(found.setup, []);
  });

  it('drops a line that only stops processes left over, under a test heading', async () => {
    assert.equal(notAStep('killall -9 node; killall -9 make'), true);
    assert.equal(notAStep('sudo pkill -f worker && pkill -f broker'), true);
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\nBefore you start, stop any nodes still running:\n\n```sh\nkillall -9 node; killall -9 make\n```\n\nThen run the suite:\n\n```sh\nmake test\n```\n'));
    assert.deepEqual(found.setup, []);
    assert.deepEqual(found.test, ['make test']);
  });

  it('near miss: a chain that stops a process and then runs a step is not only stopping', () => {
    assert.equal(notAStep('pkill -f server; make test'), false);
    assert.equal(notAStep('make kill-test-servers'), false);
  });
});

describe('command phase: a build whose next sentence says it runs the tests (session 11)', () => {
  it('reads "This will execute tests" after a build as its test run', () => {
    assert.equal(buildRunsTests('./gradlew build', 'Run . This will execute tests locally'), true);
    assert.equal(buildRunsTests('make', 'Run . It will also run the unit tests'), true);
  });

  it('near miss: a build the tests need, or a build sentence about a test tool, is not the test run', () => {
    assert.equal(buildRunsTests('./gradlew build', 'Run  before you run the tests'), false);
    assert.equal(buildRunsTests('npm run build', 'Run . The tests will run against what it builds'), false);
    assert.equal(buildRunsTests('npm test', 'Run . This will execute tests locally'), false);
  });

  it('takes such a build as the test step of a list of steps', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Adding a rule\n\n- Add the rule to its provider.\n- Run `./gradlew build`. This will execute tests locally.\n'));
    assert.deepEqual(found.test, ['./gradlew build']);
    assert.deepEqual(found.setup, []);
  });

  it('near miss: a release procedure saying the same is skipped whole', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Releasing\n\n- Run `./gradlew build`. This will execute tests locally.\n- Run `./gradlew publish`.\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});

describe('command phase: a whole-suite run in a mode is not a narrowed run (session 11, commandsModeOnly)', () => {
  const doc = parseDocument('CONTRIBUTING.md', '# Contributing to widgetlib\n\n```sh\ngit clone https://example.org/you/widgetlib.git\n```\n');

  it('reads pass-through options that only change how the run goes as the whole run', () => {
    assert.equal(onlyTunesWholeRun('npm test -- --watch', doc), true);
    assert.equal(onlyTunesWholeRun('nox -s tests-3.12 -- -n auto', doc), true);
    // Under a debugger it is how one investigates a failure, an example (generalRules keeps it out).
    assert.equal(onlyTunesWholeRun('tox -e py312 -- --pdb', doc), false);
    assert.equal(onlyTunesWholeRun('tox -e py312 -- -n auto', doc), true);
  });

  it("reads pytest given the project's own package, with coverage or workers, as the whole run", () => {
    assert.equal(onlyTunesWholeRun('pytest --pyargs widgetlib', doc), true);
    assert.equal(onlyTunesWholeRun('PYTHONPATH=. pytest --cov=widgetlib widgetlib', doc), true);
    assert.equal(onlyTunesWholeRun('python -m pytest -n auto --doctest-modules --pyargs widgetlib', doc), true);
    assert.equal(onlyTunesWholeRun('pytest tests -x', doc), true);
  });

  it('near miss: a selection (a test name, a marker, a pattern, a file, a subpackage) is a focused run', () => {
    assert.equal(onlyTunesWholeRun('npm test -- --grep parser', doc), false);
    assert.equal(onlyTunesWholeRun('nox -s tests-3.12 -- -k "install and not wheel"', doc), false);
    assert.equal(onlyTunesWholeRun('nox -s tests-3.12 -- -m unit', doc), false);
    assert.equal(onlyTunesWholeRun('ruby -Ilib test/blocks_test.rb -n /wip/', doc), false);
    assert.equal(onlyTunesWholeRun('cabal run props -- -p fromList', doc), false);
    assert.equal(onlyTunesWholeRun('pytest widgetlib/io/tests/test_read.py', doc), false);
    assert.equal(onlyTunesWholeRun('pytest --pyargs widgetlib.drawing', doc), false);
    assert.equal(onlyTunesWholeRun('pytest -k test_barbell', doc), false);
  });

  it("near miss: another package's name, or a runner other than pytest given a name, is not the whole run", () => {
    assert.equal(onlyTunesWholeRun('pytest --pyargs otherlib', doc), false);
    assert.equal(onlyTunesWholeRun('jest widgetlib', doc), false);
    assert.equal(onlyTunesWholeRun('npm test', doc), false);
  });
});

describe('command phase: a step a sentence puts before a run of the tests (session 11, preparesForRun)', () => {
  it('reads "Before running the tests, run X" as a step that prepares the run', () => {
    assert.equal(preparesForRun('Before running any tests, run   to make sure they use the locally built artifact.'), true);
    assert.equal(preparesForRun('Before testing or opening a pull request, execute   to regenerate the single header.'), true);
    assert.equal(preparesForRun('- Before you run the linters, run  .'), true);
  });

  it('near miss: "before" about committing or sending, or not at the start, says when to run, not what prepares it', () => {
    assert.equal(preparesForRun('Before committing, run   to make sure the tests pass.'), false);
    assert.equal(preparesForRun('Before opening a pull request, run  .'), false);
    assert.equal(preparesForRun('Run   before running the tests.'), false);
    assert.equal(preparesForRun('Before testing your change on a device, read the FAQ.'), false);
  });
});

describe('command phase: hostile near misses for the session 11 rules', () => {
  const doc = parseDocument('CONTRIBUTING.md', '# Contributing to widgetlib\n');

  it('preparesForRun: "before" a benchmark, a release or a review is not before a test run', () => {
    assert.equal(preparesForRun('Before running the benchmarks, run   to warm the cache.'), false);
    assert.equal(preparesForRun('Before tagging a release, run  .'), false);
    assert.equal(preparesForRun('Before you ask for a review, run  .'), false);
  });

  it('onlyTunesWholeRun: a pass-through that updates snapshots, or names a path, still narrows or changes the run', () => {
    assert.equal(onlyTunesWholeRun('npm test -- -u', doc), false);
    assert.equal(onlyTunesWholeRun('npm test -- src/parser.test.js', doc), false);
    assert.equal(onlyTunesWholeRun('tox -e py312 -- tests/unit', doc), false);
    assert.equal(onlyTunesWholeRun('pytest -n /wip/', doc), false);
  });

  it('buildRunsTests: a build said to run the linters, or to be needed by the tests, is not the test run', () => {
    assert.equal(buildRunsTests('make', 'Run . It will also run the linters'), false);
    assert.equal(buildRunsTests('make build', 'Run . It is needed before the tests can run'), false);
  });

  it('a maintainer section that benchmarks, generates and stops processes gives no steps', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nmake test\n```\n\n## For maintainers\n\n```sh\nmake generate-release-notes\ncargo bench\nkillall -9 node\n```\n'));
    assert.deepEqual(found, { setup: [], test: ['make test'], lint: [] });
  });

  it('a FAQ answer that stops a stuck process gives no setup step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## FAQ\n\n### The dev server hangs\n\nStop it with:\n\n```sh\npkill -f vite\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
});
