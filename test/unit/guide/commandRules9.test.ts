import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { checkedWithKind } from '../../../src/core/guide/extract/commandsChecked';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: the tool a clause of checking or fixing is done with (session 7)', () => {
  it('takes a check and its fix named after "checked with" and "fixed with"', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Workspace rules\n\nThe rules are enforced in CI. They can be checked with `yarn rules`, and fixed with `yarn rules --fix`.\n'));
    assert.deepEqual(found.lint, ['yarn rules', 'yarn rules --fix']);
  });

  it('takes a project program after "you may fix the issues with"', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Code style\n\nWe follow a shared coding standard.\nYou may fix most of the reported issues with `vendor/bin/fixer`.\n'));
    assert.deepEqual(found.lint, ['vendor/bin/fixer']);
  });

  it('gives test to a clause of testing', () => {
    assert.equal(checkedWithKind('The parser can be tested with '), 'test');
    assert.equal(checkedWithKind('Formatting should be verified using '), 'lint');
  });

  it('does not take a lone tool name, a version check or a changelog line', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Style\n\nPython files are formatted with `ruff`. Check that Node is installed; you can check this with `node -v`.\n\n- Someone fixed a crash in the parser with `make parse`.\n'));
    assert.deepEqual(found.lint, []);
    assert.equal(checkedWithKind('This is automatically checked by '), undefined);
    assert.equal(checkedWithKind('We fixed a bug in the comparison with '), undefined);
  });
});

describe('commands: the Windows spelling of a build wrapper (session 7)', () => {
  it('takes `gradlew.bat` given beside `./gradlew` in parentheses', async () => {
    const found = await commandsOf(guide('# Guide\n\nPlease make sure the code compiles by running `./gradlew build` (or `gradlew.bat build` on Windows).\n'));
    assert.deepEqual(found.setup, ['./gradlew build', 'gradlew.bat build']);
  });

  it('does not take a wrapper named as a file', async () => {
    const found = await commandsOf(guide('# Guide\n\nThe `gradlew.bat` file is kept for Windows users.\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: a lead-in that says the block runs the whole suite (session 7)', () => {
  it('keeps options and a package argument on a line the lead-in says runs all the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nThe suites use pytest. To run all the checker tests, run pytest in the repository:\n\n    pytest -q checker\n'));
    assert.deepEqual(found.test, ['pytest -q checker']);
  });

  it('keeps a knob on a line that runs everything', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\n```sh\nmake tests\n```\n\nSome suites are slow and left out by default. In order to run everything, do:\n\n```sh\nmake tests SLOW=1\n```\n'));
    assert.deepEqual(found.test, ['make tests', 'make tests SLOW=1']);
  });

  it('still drops a focused line when the lead-in picks a part of the suite', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\n```sh\npytest\n```\n\nTo run all tests in a single file:\n\n```sh\npytest -q tests/test_io.py\n```\n'));
    assert.deepEqual(found.test, ['pytest']);
  });
});

describe('commands: a workspace script given a colon-named script (session 7)', () => {
  it('takes `pnpm example e2e:web` as a test run, not a narrowed one', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development\n\nRun the end-to-end tests by:\n\n```sh\npnpm example e2e:web\n```\n'));
    assert.deepEqual(found.test, ['pnpm example e2e:web']);
  });

  it('still takes a package or file argument as narrowing', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development\n\nRun the tests by:\n\n```sh\npnpm test\npnpm test parser\n```\n'));
    assert.deepEqual(found.test, ['pnpm test']);
  });
});

describe('commands: a console call the guide has the reader type (session 7)', () => {
  it('takes a package test function typed at the console', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Pull requests\n\n1. Make sure every test passes by typing `test.mypkg()` after installing your branch.\n'));
    assert.deepEqual(found.test, ['test.mypkg()']);
  });

  it('takes a package manager test call used while developing', async () => {
    const found = await commandsOf(guide('# Guide\n\n* Changes are tested on several releases, so using `Pkg.test("Frames")` as you develop helps.\n'));
    assert.deepEqual(found.test, ['Pkg.test("Frames")']);
  });

  it('does not take a call shown as an example, or a function whose name does not test', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nRunning one module is faster (example: `np.linalg.test()`).\n\nYou can call `find_package()` or run `main()` here.\n'));
    assert.deepEqual(found.test, []);
  });
});

describe('commands: installing a git hook (session 7)', () => {
  it('takes a symlink of a project hook into .git/hooks as setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Formatting\n\nA hook can check the format before each commit. Install the hook:\n\n```sh\nln -s tools/hooks/pre-commit .git/hooks\n```\n'));
    assert.deepEqual(found.setup, ['ln -s tools/hooks/pre-commit .git/hooks']);
  });

  it('gives setup to a task the lead-in says installs the commit-msg hook', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Commit messages\n\nDo not write the Change-Id line by hand. Instead, please install the commit-msg hook, e.g. by running\n\n```bash\nmake hookconfig\n```\n'));
    assert.deepEqual(found.setup, ['make hookconfig']);
  });

  it('does not take a symlink elsewhere, nor a task whose lead-in only mentions hooks', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Commit messages\n\nOur CI runs the hooks for you. To see which ones:\n\n```sh\nmake hooklist\nln -s build/out bin\n```\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: help and clean tasks are no steps (session 7)', () => {
  it('does not take a help task the repository defines', async () => {
    const files = { ...guide('# Guide\n\n## Building\n\nRun `make build` to compile. You can use `make help` for a list of the available targets.\n'), Makefile: 'build:\n\tgo build\nhelp:\n\t@echo targets\n' };
    const found = await commandsOf(files);
    assert.deepEqual(found.setup, ['make build']);
  });

  it('does not take a clean of one package, but keeps a clean followed by a step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\ncargo clean -p mycrate\nmvn clean install\n```\n'));
    assert.deepEqual(found.setup, ['mvn clean install']);
  });
});

describe('commands: a lead-in offering another way to the step just given (session 7)', () => {
  it('keeps the options of the other way to run the suite', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\nRun the tests with:\n\n```\nmake test\n```\n\nOr if you do not have `make`, run the following:\n\n```\npytest --cov=mypkg tests/ -vv\n```\n'));
    assert.deepEqual(found.test, ['make test', 'pytest --cov=mypkg tests/ -vv']);
  });

  it('still drops another way that selects some tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\n```\nmake test\n```\n\nAlternatively, use `-k` to select tests by name:\n\n```\npytest -k parser tests/\n```\n'));
    assert.deepEqual(found.test, ['make test']);
  });
});

describe('commands: a taken step with only settings added, in another phase (session 7)', () => {
  it('drops `make check VAR=x` after `make check` ran the tests', async () => {
    const found = await commandsOf(guide('# Testing\n\n## Quick start\n\nBuild and run the tests:\n\n```sh\nmake check\n```\n\n## Settings\n\n`SUITE_OPTS` passes options to the runner:\n\n```sh\nmake check SUITE_OPTS="--parallel=1"\nmake check Skip_slow="yes"\n```\n'));
    assert.deepEqual(found.test, ['make check']);
    assert.deepEqual(found.lint, []);
  });

  it('keeps a task added after a taken step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\n./gradlew build\n```\n\n## Style\n\n```sh\n./gradlew build spotlessCheck\n```\n'));
    assert.ok(found.lint.includes('./gradlew build spotlessCheck') || found.test.includes('./gradlew build spotlessCheck') || found.setup.includes('./gradlew build spotlessCheck'));
  });
});

describe('commands: R package commands (session 7)', () => {
  it('takes `R CMD build` as setup and `R CMD check` as the test run', async () => {
    const found = await commandsOf(guide('# Guide\n\n## First pull request\n\n```shell\ngit clone https://example.org/mypkg.git\ncd mypkg\nR CMD build .\nR CMD check mypkg_1.0.tar.gz\n```\n'));
    assert.deepEqual(found.setup, ['R CMD build .']);
    assert.deepEqual(found.test, ['R CMD check mypkg_1.0.tar.gz']);
  });

  it('does not take R named in prose as a language', async () => {
    const found = await commandsOf(guide('# Guide\n\nThe package is written in `R` and C.\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});
