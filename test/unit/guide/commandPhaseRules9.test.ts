import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { notAStep } from '../../../src/core/guide/extract/commandPhaseNone';
import { checkTargetPhase, isCheckTarget } from '../../../src/core/guide/extract/commandPhaseCheck';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('command phase: sections about changing dependencies (session 7)', () => {
  it('gives no phase to commands under "Adding a dependency"', async () => {
    const found = await commandsOf(
      guide('# Guide\n\n## Getting started\n\n```sh\ngo build ./...\n```\n\n## Adding a dependency\n\nTo add a module, fetch it:\n\n```sh\ngo get example.com/some/module@v1.2.0\n```\n\nThen tidy the module files:\n\n```sh\ngo mod tidy\n```\n'),
    );
    assert.deepEqual(found.setup, ['go build ./...']);
  });

  it('does not let an outer setup heading speak for an "External dependencies" section', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development environment\n\n```sh\nmake build\n```\n\n### External dependencies\n\nClean up the module files afterwards with:\n\n```sh\ngo mod tidy\n```\n'));
    assert.deepEqual(found.setup, ['make build']);
  });

  it('near miss: "Installing the dependencies" is still setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Installing the dependencies\n\nFrom the root of the checkout:\n\n```sh\ngo mod download\n```\n'));
    assert.deepEqual(found.setup, ['go mod download']);
  });
});

describe('command phase: undoing a setup (session 7)', () => {
  it('does not read a toolchain manager asked to remove or unload as setup', () => {
    assert.equal(classify('nvm unload'), undefined);
    assert.equal(classify('pyenv uninstall 3.8.1'), undefined);
    assert.equal(classify('rustup toolchain remove nightly'), undefined);
  });

  it('near miss: the same managers asked to install or use a version still set up', () => {
    assert.equal(classify('nvm use'), 'setup');
    assert.equal(classify('rustup toolchain install nightly'), 'setup');
  });

  it('gives no phase to commands under an "Uninstalling" heading', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\n./bootstrap.sh\n```\n\n### Uninstalling\n\nTo take it away again:\n\n```sh\n./tools/purge-env.sh\n```\n'));
    assert.deepEqual(found.setup, ['./bootstrap.sh']);
  });
});

describe('command phase: by the command own words (session 7)', () => {
  it('reads a hook linked into .git/hooks as setup, not as the linter the hook runs', () => {
    assert.equal(classify('ln -s ../../tools/pre-commit .git/hooks/pre-commit'), 'setup');
    assert.equal(classify('ln -sf scripts/hooks/pre-commit .git/hooks'), 'setup');
  });

  it('near miss: a link elsewhere says nothing', () => {
    assert.equal(classify('ln -s ~/shared/data ./data'), undefined);
  });

  it("reads R's package check as the test run", () => {
    assert.equal(classify('R CMD check --as-cran'), 'test');
    assert.equal(classify('R CMD check mypkg_1.0.tar.gz'), 'test');
    assert.equal(classify('devtools::check()'), 'test');
  });

  it('near miss: building the R package is setup', () => {
    assert.equal(classify('R CMD build .'), 'setup');
  });
});

describe('command phase: commands that are no step (session 7, for the hook in commands.ts add)', () => {
  it('asking a runner for help or its task list is no step', () => {
    for (const c of ['make help', 'just --list', 'rake -T', 'npm run', 'cargo help']) assert.equal(notAStep(c), true, c);
  });

  it('cleaning alone is no step, whatever the lead-in says', () => {
    for (const c of ['cargo clean -p widget', 'go clean -testcache', 'dotnet clean', 'git clean -fdx']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: a clean that is part of a rebuild, and a run of a script, are steps', () => {
    for (const c of ['mvn clean install', './gradlew clean build', 'make clean all', 'npm run lint', 'cargo run', 'make helpers']) assert.equal(notAStep(c), false, c);
  });
});

describe('command phase: a runner check target (session 7, for the hook in commands.ts ownOrSectionPhase)', () => {
  it('knows a check target alone, with make variables, with a part, or under sudo', () => {
    for (const c of ['make check', 'make check-programs', 'sudo -E make check TS_OPTS="--parallel=1"', 'just check', 'make build && make check']) assert.equal(isCheckTarget(c), true, c);
  });

  it('near miss: a check named for what it checks is a lint by its own words', () => {
    for (const c of ['make check-format', 'make check-lint', 'make checkstyle', 'cargo check']) assert.equal(isCheckTarget(c), false, c);
  });

  it('tests under a test heading, after a lead-in about tests, or beside a configure step', () => {
    assert.equal(checkTargetPhase('make check-programs', { own: 'lint', section: 'test' }), 'test');
    assert.equal(checkTargetPhase('make check', { own: 'lint', said: 'test' }), 'test');
    assert.equal(checkTargetPhase('make check', { own: 'lint', autotools: true }), 'test');
  });

  it('near miss: elsewhere it stays a lint, and another command keeps its own phase', () => {
    assert.equal(checkTargetPhase('just check', { own: 'lint', section: 'setup' }), 'lint');
    // make's own `check` is the GNU test target, unless a lint heading, the sentence or the project's recipe says it lints.
    assert.equal(checkTargetPhase('make check', { own: 'lint', section: 'setup' }), 'test');
    assert.equal(checkTargetPhase('make check', { own: 'lint', section: 'lint' }), 'lint');
    assert.equal(checkTargetPhase('make check', { own: 'lint', said: 'lint' }), 'lint');
    assert.equal(checkTargetPhase('make check', { own: 'lint', recipe: 'lint' }), 'lint');
    assert.equal(checkTargetPhase('make check-format', { own: 'lint', section: 'test' }), 'lint');
    assert.equal(checkTargetPhase('make test', { own: 'test', section: 'lint' }), 'test');
  });
});

describe('command phase: upkeep of the suite and Maven verify (session 7)', () => {
  it('a script that rewrites expected test outputs is no step', () => {
    for (const c of ['tests/golden/update.sh', 'node scripts/sync-upstream-tests.js ../other/tests', './regen-expected.sh case-name', './tools/accept-snapshots.py', './update-test.sh foo']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: an update script about something else, or a test run asked to update snapshots, is not this', () => {
    for (const c of ['./update-deps.sh', './scripts/update-submodules.sh', './run-tests.sh --update-snapshots', 'npm test -- -u']) assert.equal(notAStep(c), false, c);
  });

  it("reads Maven's verify phase as the test run", () => {
    assert.equal(classify('mvn clean verify'), 'test');
    assert.equal(classify('./mvnw -B verify javadoc:jar'), 'test');
  });

  it('near miss: a named check plugin goal after verify, or another runner verify task, still lints', () => {
    assert.equal(classify('mvn verify -Pstrict spotless:check'), 'lint');
    assert.equal(classify('make verify'), 'lint');
  });
});

describe('command phase: interactive sessions (session 7)', () => {
  it('opening a REPL on a test target is no step', () => {
    for (const c of ['stack ghci mypkg:mypkg-test', 'cabal repl mylib', 'bin/rails console', 'iex -S mix']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: a REPL whose program is swapped for a tool runs that tool', () => {
    assert.equal(notAStep('cabal repl --with-ghc=doctest mylib'), false);
    assert.equal(notAStep('stack test mypkg:mypkg-test'), false);
  });
});

describe('command phase: reading what was built, printing a setting, Julia tests (session 7)', () => {
  it('reading a binary or printing one setting is no step', () => {
    for (const c of ['ldd build/bin/widget', 'otool -L build/widget', 'go env GOPATH', 'npm config get prefix']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: the environment report and a setting written are not this', () => {
    for (const c of ['go env', 'npm config set prefix ~/.npm', 'go build ./...']) assert.equal(notAStep(c), false, c);
  });

  it("reads Julia's package test call as the test run", () => {
    assert.equal(classify('Pkg.test("Widgets")'), 'test');
    assert.equal(classify('julia --project -e "using Pkg; Pkg.test()"'), 'test');
  });

  it('near miss: instantiating the Julia environment is not a test', () => {
    assert.notEqual(classify('Pkg.instantiate()'), 'test');
  });
});

describe('command phase: an "Environment variables" heading (session 7)', () => {
  it('does not make the commands under it setup: the outer test heading speaks', async () => {
    const found = await commandsOf(guide('# Testing the tools\n\n## Environment variables\n\nThe suite reads a few knobs:\n\n```sh\n./tools/run-all.sh\n```\n'));
    assert.deepEqual(found.setup, []);
    assert.deepEqual(found.test, ['./tools/run-all.sh']);
  });

  it('near miss: "Development environment" is still setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development environment\n\nPrepare it:\n\n```sh\n./tools/prepare-checkout.sh\n```\n'));
    assert.deepEqual(found.setup, ['./tools/prepare-checkout.sh']);
  });

  it('knows a check target given quoted make variables', () => {
    assert.equal(isCheckTarget('make check SUITE_OPTS="--jobs=1 core"'), true);
    assert.equal(isCheckTarget('make check opt_case_skip="yes"'), true);
  });
});

describe('command phase: strict builds, generator checks, bats (session 7)', () => {
  it('a build asked to fail on warnings lints', () => {
    assert.equal(classify('stack build --flag mypkg:pedantic'), 'lint');
    assert.equal(classify('cabal build --flag pedantic'), 'lint');
    assert.equal(classify('make CFLAGS=-Werror'), 'lint');
  });

  it('near miss: the plain build, or one with another flag, sets up', () => {
    assert.equal(classify('stack build'), 'setup');
    assert.equal(classify('cabal build --flag dev'), 'setup');
  });

  it('a generator asked only to compare with what is checked in lints', () => {
    assert.equal(classify('cargo xtask generate-all --mode check'), 'lint');
    assert.equal(classify('./scripts/codegen.sh --check'), 'lint');
  });

  it('near miss: the generator writing files, or another tool in dry-run, is not a lint', () => {
    assert.notEqual(classify('cargo xtask generate-all'), 'lint');
    assert.notEqual(classify('npm publish --dry-run'), 'lint');
  });

  it('bats runs shell tests', () => {
    assert.equal(classify('bin/bats test/widget.bats'), 'test');
    assert.equal(classify('bats tests'), 'test');
  });
});

describe('command phase: local config, build folder, hook tasks (session 7)', () => {
  it('copying a shipped template into the local config, making the build folder, and a hooks task set up', () => {
    for (const c of ['cp .env.example .env', 'cp settings.sample.json settings.json', 'mkdir -p build', 'bin/rake git_hooks', 'make hooks']) assert.equal(classify(c), 'setup', c);
  });

  it('near miss: copying any file, or making another folder, says nothing', () => {
    for (const c of ['cp notes.txt backup.txt', 'mkdir docs']) assert.equal(classify(c), undefined, c);
  });
});
