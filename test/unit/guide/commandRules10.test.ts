import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { typedAsShell } from '../../../src/core/guide/extract/commandsTagged';
import { NARROWING } from '../../../src/core/guide/extract/commandsLeadIn';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });
const fence = '```';

describe('commands: a step with a knob set, presented for a purpose of its own (session 8)', () => {
  it('takes a knob-set run in a block of its own after a lead-in with its own purpose', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Tests\n\nTo run the test suite on the JVM:\n\n${fence}sh\nscript/test\n${fence}\n\nTo run the test suite against the compiled binary:\n\n${fence}sh\nTARGET_ENV=native script/test\n${fence}\n`));
    assert.deepEqual(found.test, ['script/test', 'TARGET_ENV=native script/test']);
  });

  it('takes a knob-set run a later sentence gives as the way to do something else', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running the tests\n\nRun all suites with `stack test`.\n\nSnapshot files can be refreshed by setting the `ACCEPT` variable, e.g. by running `ACCEPT=true stack test`.\n'));
    assert.deepEqual(found.test, ['stack test', 'ACCEPT=true stack test']);
  });

  it('does not take the same run with a knob right below it in the same block', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Tests\n\n${fence}sh\nnpm test\nCI=1 npm test\n${fence}\n`));
    assert.deepEqual(found.test, ['npm test']);
  });

  it('does not take a knob that only makes the run report more, in a block of its own', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Tests\n\n${fence}sh\nbundle exec rake test\n${fence}\n\nIf you want more information about your setup while the tests run, set the \`APP_TRACE\` variable:\n\n${fence}sh\nAPP_TRACE=1 bundle exec rake test\n${fence}\n`));
    assert.deepEqual(found.test, ['bundle exec rake test']);
  });

  it('does not take a knob-set variant whose lead-in is about the step it varies', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Building\n\n- Check that everything works by running \`make build\`\n\nNote: \`make build\` passes \`-v\`. Other flags can go in \`BUILD_FLAGS\` when you need them:\n\n${fence}console\nBUILD_FLAGS="-race" make build\n${fence}\n`));
    assert.deepEqual(found.setup, ['make build']);
  });
});

describe('commands: a block tagged with the project language that only calls tools (session 8)', () => {
  it('reads a ruby-tagged block of tool calls as shell lines', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Setting up\n\nAfter cloning, run:\n\n${fence}ruby\nbundle install\n${fence}\n\n## Running the tests\n\nTo run every test:\n\n${fence}ruby\nbundle exec rake test\n${fence}\n`));
    assert.deepEqual(found.setup, ['bundle install']);
    assert.deepEqual(found.test, ['bundle exec rake test']);
  });

  it('does not read a Gemfile line or a task definition as a command', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Setting up\n\nPoint your Gemfile at your checkout:\n\n${fence}ruby\ngem "mylib", path: "../mylib"\n${fence}\n\n## Tests\n\nThe default task is declared like this:\n\n${fence}ruby\ntask default: :test\n${fence}\n`));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });

  it('does not read a program that mixes code with a tool-named line', async () => {
    const block = { kind: 'code' as const, lang: 'go', text: 'go func() {\n  work()\n}()\n', line: 3, sections: ['Guide'] };
    assert.equal(typedAsShell(block), false);
    assert.equal(typedAsShell({ ...block, lang: 'ruby', text: 'bundle exec rake test\n' }), true);
  });
});

describe('commands: choosing among test suites is not focusing a run (session 8)', () => {
  it('takes the lines of a block that runs individual test suites', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Testing\n\nRun everything with \`melos test\`.\n\nIndividual test targets can be run with their scripts:\n\n${fence}bash\nmelos run test:unit\nmelos run test:browser\n${fence}\n`));
    assert.deepEqual(found.test, ['melos test', 'melos run test:unit', 'melos run test:browser']);
  });

  it('still reads one test, one test file or a specific module as narrowing', () => {
    assert.ok(NARROWING.test('To run a single test file:'));
    assert.ok(NARROWING.test('To run an individual test:'));
    assert.ok(NARROWING.test('Test a specific module like this:'));
    assert.ok(!NARROWING.test('You can run individual test suites using:'));
    assert.ok(!NARROWING.test('Specific test targets are run with:'));
  });
});

describe('commands: a step run as root (session 8)', () => {
  it('reads `sudo` before a developer tool as that tool', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Testing\n\nSome tests need root. Run them with:\n\n${fence}sh\nsudo -E make check\n${fence}\n`));
    assert.deepEqual(found.test, ['sudo -E make check']);
  });

  it('does not take installing the product as root, with or without settings after it', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Building\n\n${fence}sh\n./configure\nmake\nsudo make install DESTDIR=/tmp/stage\nsudo make install\n${fence}\n`));
    assert.deepEqual(found.setup, ['./configure', 'make']);
  });

  it('does not take `sudo` before a program that is no developer tool', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Setup\n\n${fence}sh\nsudo systemctl restart myservice\nsudo -E rm -rf /var/cache/x\n${fence}\n`));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: a commented block under a lead-in about specific tests (session 8)', () => {
  const cheatSheet = (lines: string): Record<string, string> =>
    guide(`# Guide\n\n## Running tests\n\nRun \`make test\` for the whole suite.\n\nHandy commands for running particular tests include:\n\n${fence}bash\n${lines}${fence}\n`);

  it('takes a line whose own comment gives another purpose, and the line that repeats it', async () => {
    const found = await commandsOf(cheatSheet('# Type-check the project itself\nnox -s selfcheck\n# or equivalently:\nmypy -p mylib\n\n# Run one test by name\nnox -s tests -- -k some_name\n# or equivalently:\npytest -k some_name\n\n# Run the formatters\nnox -s fmt\n'));
    assert.deepEqual(found.lint, ['nox -s selfcheck', 'mypy -p mylib', 'nox -s fmt']);
    assert.deepEqual(found.test, ['make test']);
  });

  it('leaves out test runs and uncommented lines there: they are the examples the lead-in promised', async () => {
    const found = await commandsOf(cheatSheet('# Run every case in one data file\nnox -s tests -- data/case.txt\n# Run the tests of the parser\nnox -s parser\nnox -s lexer\n'));
    assert.deepEqual(found, { setup: [], test: ['make test'], lint: [] });
  });

  it('still leaves out a narrowing block without comments', async () => {
    const found = await commandsOf(cheatSheet('nox -s fmt\nnox -s selfcheck\n'));
    assert.deepEqual(found, { setup: [], test: ['make test'], lint: [] });
  });
});

describe('commands: the tool a run sentence hands over with an article (session 8)', () => {
  it('takes "run the tests with the `x` command"', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Integration tests\n\nYou can run the integration tests with the `sbt scripted` command.\n'));
    assert.deepEqual(found.test, ['sbt scripted']);
  });

  it('does not take an option or a variable a run sentence names with an article', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\nRun the tests with the `--verbose` flag, or with the `CI` variable set.\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});

describe('commands: "this can be done with `x`" after a sentence asking for a step (session 8)', () => {
  it('takes the tool that carries out the step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Style\n\nThe code must be formatted with the development version. This can be done with `dune build @fmt`.\n'));
    assert.deepEqual(found.lint, ['dune build @fmt']);
  });

  it('does not take an option or a tool outside the flow that way', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Style\n\nMost fixes can be done with `--fix`. Squashing can be done with `git rebase -i`.\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});

describe('commands: review 8 findings in discovery (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('`make help` named before a block keeps the block\'s `make test`', async () => {
    assert.deepEqual((await of('## Development\n\nRun `make help` to list the available targets.\n\n```sh\nmake test\n```')).test, ['make test']);
  });
  it('a lead-in that hands over a listing block still drops it', async () => {
    assert.deepEqual(await of('## Development\n\nTo list the available targets:\n\n```sh\nmake help-all\n```'), { setup: [], test: [], lint: [] });
  });
  it('console calls in a julia or R block are the test step', async () => {
    assert.deepEqual((await of('## Testing\n\nStart Julia in the project folder and run:\n\n```julia\nusing Pkg\nPkg.test()\n```')).test, ['Pkg.test()']);
    assert.deepEqual((await of('## Testing\n\n```r\n> devtools::test()\n```')).test, ['devtools::test()']);
  });
  it('a test call behind a julia> prompt is the step; other console lines are not', async () => {
    assert.deepEqual((await of('## Testing\n\n```julia\njulia> using Pkg\njulia> Pkg.test("Orbits")\n```')).test, ['Pkg.test("Orbits")']);
  });
  it('near miss: a julia block of ordinary code is no step', async () => {
    assert.deepEqual(await of('## Usage\n\n```julia\nusing Orbits\norbit = Orbit(1.0)\nplot(orbit)\n```'), { setup: [], test: [], lint: [] });
  });
  it('near miss: a julia block that defines a test is an example of writing one, not a step', async () => {
    assert.deepEqual((await of('## Writing tests\n\n```julia\n@testset "orbits" begin\n    @test period(Orbit(1.0)) == 1.0\nend\n```')).test, []);
  });
  it('a PHP Composer package (the style check after a bold label)', async () => {
    const php = '# Contributing\n\n## Pull requests\n\n- **Follow PSR-12.** Check your code with `composer cs` and fix it with `composer cs-fix`.\n- **Add tests.** Your patch won\'t be accepted without tests.\n\n## Running tests\n\n```bash\ncomposer install\ncomposer test\n```\n\nStatic analysis runs with PHPStan:\n\n```bash\nvendor/bin/phpstan analyse\n```\n';
    assert.deepEqual((await commandsOf(guide(php))).lint, ['composer cs', 'composer cs-fix', 'vendor/bin/phpstan analyse']);
  });
  it('near miss: a bold label over a changelog line gives no check', async () => {
    assert.deepEqual((await of('## Changes\n\n- **v2.1.** Fixed a crash in the parser with `composer cs`.')).lint, []);
  });
});

describe('commands: calls at an R or Julia console in prose (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('takes a call that installs the development dependencies, handed over by "Install ... with"', async () => {
    const found = await of('## Pull requests\n\n* Install the development dependencies with `devtools::install_dev_deps()`, then make sure the checks pass by running `devtools::check()`.');
    assert.deepEqual([found.setup, found.test], [['devtools::install_dev_deps()'], ['devtools::check()']]);
  });
  it('takes a console call offered after "or" in a run sentence', async () => {
    assert.deepEqual((await of('## Changes\n\n* Run Check Package in the IDE, or `devtools::check()`, to make sure nothing new is reported.')).test, ['devtools::check()']);
  });
  it('takes Julia\'s instantiate as setup', async () => {
    assert.deepEqual((await of('## Setup\n\nInstall the dependencies with `Pkg.instantiate()`.')).setup, ['Pkg.instantiate()']);
  });
  it('near miss: a console call named in passing, or one that does something else', async () => {
    assert.deepEqual(await of('## Internals\n\nThe loader calls `pkg::restore_state()` and `Pkg.instantiate()` when the session starts.'), { setup: [], test: [], lint: [] });
    assert.deepEqual(await of('## Usage\n\nInstall the package with `install.packages("orbits")` and call `orbits::plot_orbit()`.'), { setup: [], test: [], lint: [] });
  });
});

describe('commands: Windows script paths (session 9)', () => {
  it('reads a backslash path to a .bat script in a shell block like its Unix twin', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Testing\n\n${fence}sh\nscript/run_tests\n${fence}\n\nOn Windows, from a CMD shell:\n\n${fence}shell\nscript\\run_tests.bat\n${fence}\n`));
    assert.deepEqual(found.test, ['script/run_tests', 'script\\run_tests.bat']);
  });
  it('near miss: a backslash path to a source file is no program', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Testing\n\n${fence}shell\nsrc\\parser\\lexer.c\n${fence}\n`));
    assert.deepEqual(found.test, []);
  });
});

describe('commands: a list item that is a bold label and its command (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('takes the command a bold label names, with the label\'s phase', async () => {
    const found = await of('## Handy tasks\n\n- **Check the formatting:** `mix format --check-formatted`\n- **Run the tests with coverage:** `mix test --cover`');
    assert.deepEqual([found.test, found.lint], [['mix test --cover'], ['mix format --check-formatted']]);
  });
  it('takes the colon outside the bold markup too', async () => {
    assert.deepEqual((await of('## Handy tasks\n\n- **Lint the code**: `npm run lint`')).lint, ['npm run lint']);
  });
  it('near miss: a watch-mode run under a label is a loop, not a step', async () => {
    assert.deepEqual((await of('## Handy tasks\n\n- **Run the tests in watch mode:** `mix test --stale`')).test, []);
  });
  it('near miss: a bold "Note:" before a sentence about a command is no step', async () => {
    assert.deepEqual(await of('## Notes\n\n- **Note:** `npm run legacy-build` is kept for old releases only.'), { setup: [], test: [], lint: [] });
  });
  it('near miss: a labelled command in a release section is no step', async () => {
    assert.deepEqual(await of('## Releasing (maintainers)\n\n- **Publish the package:** `npm publish --access public`\n- **Tag the release:** `git tag v1.2.0`'), { setup: [], test: [], lint: [] });
  });
});

describe('commands: hostile near misses for the session 9 discovery rules', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('a help span that hands over its printed list with a colon still drops the list', async () => {
    assert.deepEqual(await of('## Development\n\nRun `make help` to see the available targets:\n\n```\nmake test    Run the tests\nmake lint    Run the linters\n```'), { setup: [], test: [], lint: [] });
  });
  it('a method call in an untagged code sample under a test heading is no console step', async () => {
    assert.deepEqual((await of('## Writing tests\n\n```\ndef test_parse(self):\n    self.check()\n    suite.test()\n```')).test, []);
  });
  it('a console test call in a FAQ answer named in passing is no step', async () => {
    assert.deepEqual((await of('## FAQ\n\n**Why is `devtools::test()` slow?** It rebuilds the package first.')).test, []);
  });
  it('a Windows script in an output example is no step', async () => {
    assert.deepEqual((await of('## Testing\n\nExample output:\n\n```\nscript\\run_tests.bat\n3 passed\n```')).test, []);
  });
  it('a tool named with "with" after a phase verb, for a release, is no step', async () => {
    assert.deepEqual(await of('## Releasing\n\nMaintainers build the release archive with `scripts/make-dist.sh`.'), { setup: [], test: [], lint: [] });
  });
});

describe('commands: spans the sentence places at a moment or tells the reader to skip (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('does not take a command named for the moment it runs ("the first time you run", "when you run")', async () => {
    assert.deepEqual((await of('## Building\n\nThe first time you run the `go install` command, Go downloads the modules it needs.')).setup, []);
    assert.deepEqual((await of('## Node versions\n\nWhen you run `nvm install 20`, nvm downloads a prebuilt binary.')).setup, []);
  });
  it('does not take a step the reader is told they need not run, and keeps the one they run', async () => {
    const found = await of('## Setup\n\nAfter bootstrapping you do not need to run `npm install` again; just run `npm test`.');
    assert.deepEqual([found.setup, found.test], [[], ['npm test']]);
  });
  it('still takes a step with a "when" clause after it', async () => {
    assert.deepEqual((await of('## Testing\n\nRun `npm test` when you change the parser.')).test, ['npm test']);
  });
  it('still takes a step "once you have run" recalls before the next one', async () => {
    assert.deepEqual((await of('## Setup\n\nInstall the dependencies with `npm ci`. Once you have run `npm ci`, run `npm test`.')).setup, ['npm ci']);
  });
});

describe('commands: linking the package into another project (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('does not take a link step offered to try the package elsewhere', async () => {
    assert.deepEqual(await of('## Trying your change\n\nYou can use `pnpm link` to sym-link this package and test it in your own app.'), { setup: [], test: [], lint: [] });
    assert.deepEqual((await of('## Development\n\nTo create symlinks for your local packages, use the `yarn link:prepare` command after building.')).setup, []);
  });
  it('near miss: a link checker is still a lint step', async () => {
    assert.deepEqual((await of('## Docs\n\nCheck the links with `npm run lint:links` before sending.')).lint, ['npm run lint:links']);
  });
});

describe('commands: a parenthesis that lists files (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('does not take a script named among the files of a kind of test', async () => {
    assert.deepEqual(await of('## Tests\n\nEvaluation tests differ from unit tests (`tests/check_eval.py`, `data/eval.cases`). They run whole programs.'), { setup: [], test: [], lint: [] });
  });
  it('still takes a script in parentheses after the step it carries out', async () => {
    assert.deepEqual((await of('## Before you submit\n\n- Make sure the tests pass (`dev/run-tests.sh`).')).test, ['dev/run-tests.sh']);
  });
});

describe('commands: a lead-in that runs a dev server (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('does not take the block that runs the dev server for the site', async () => {
    assert.deepEqual((await of('## Docs site\n\nYour changes show up when you run the dev server for the site:\n\n```sh\nnpm start\n```')).setup, []);
  });
  it('near miss: tests that need a running server are still the test step', async () => {
    assert.deepEqual((await of('## Testing\n\nThe integration tests need a running server. Run them with:\n\n```sh\nnpm run test:integration\n```')).test, ['npm run test:integration']);
  });
});

describe('commands: hostile near misses for console blocks (session 9)', () => {
  const of = async (prose: string): Promise<Commands> => commandsOf(guide(`# Contributing\n\n${prose}\n`));
  it('a console check in a release section is no step', async () => {
    assert.deepEqual(await of('## Releasing to CRAN\n\n```r\n> devtools::check(remote = TRUE)\n> devtools::release()\n```'), { setup: [], test: [], lint: [] });
  });
  it('a console block that calls the package\'s own functions is no step', async () => {
    assert.deepEqual(await of('## Example\n\n```r\n> library(orbits)\n> orbits::check_orbit(x)\n> orbits::plot_orbit(x)\n```'), { setup: [], test: [], lint: [] });
  });
  it('a julia session that defines and runs ordinary code is no step', async () => {
    assert.deepEqual(await of('## Trying it out\n\n```julia\njulia> using Orbits\njulia> o = Orbit(1.0)\njulia> period(o)\n```'), { setup: [], test: [], lint: [] });
  });
});
