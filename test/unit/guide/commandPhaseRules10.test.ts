import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { notAStep } from '../../../src/core/guide/extract/commandPhaseNone';
import { triesBuiltCopy } from '../../../src/core/guide/extract/commandsTrying';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('command phase: a task named verb first for setting up (session 8)', () => {
  it('reads `install-<tool>` and `setup:<phase>` tasks as setup, whatever tool or phase follows the verb', () => {
    assert.equal(classify('make install-biome'), 'setup');
    assert.equal(classify('make install-golangci-lint'), 'setup');
    assert.equal(classify('npm run setup:lint'), 'setup');
    assert.equal(classify('just bootstrap-tools'), 'setup');
  });

  it('puts such a task in setup under a formatting heading, and the run after it in lint', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Formatting\n\nFirst get the formatter, then format your change:\n\n```sh\nmake install-biome\nmake format\n```\n'));
    assert.deepEqual(found.setup, ['make install-biome']);
    assert.deepEqual(found.lint, ['make format']);
  });

  it('near miss: a task that runs a linter after installing nothing is still a lint step', () => {
    assert.equal(classify('make lint-install-docs'), 'lint');
    assert.equal(classify('make biome-check'), 'lint');
    // `make install` alone installs the product; its phase is decided elsewhere, not by this rule.
    assert.equal(classify('npm run installation-check'), 'lint');
  });
});

describe('command phase: test runners and linters known by name (session 8)', () => {
  it('reads Perl\'s `prove` as the test suite', async () => {
    assert.equal(classify('prove -lr t/'), 'test');
    const found = await commandsOf(guide('# Guide\n\n## Getting started\n\nOnce the modules are in place:\n\n```sh\n$ cpanm --installdeps .\n$ prove -lr t/\n```\n'));
    assert.deepEqual(found.setup, ['cpanm --installdeps .']);
    assert.deepEqual(found.test, ['prove -lr t/']);
  });

  it('reads a spell-check script and the Nix and F# formatters as lint', () => {
    assert.equal(classify('./scripts/cspell-run.sh'), 'lint');
    assert.equal(classify('npx cspell "**/*.md"'), 'lint');
    assert.equal(classify('alejandra .'), 'lint');
    assert.equal(classify('nixfmt flake.nix'), 'lint');
    assert.equal(classify('dotnet fantomas src/ test/'), 'lint');
  });

  it('near miss: a word that only contains a tool name says nothing', () => {
    assert.equal(classify('./scripts/approve-run.sh'), undefined);
    assert.equal(classify('improve --all'), undefined);
  });
});

describe('command phase: folders a tool is pointed at (session 8)', () => {
  it('does not read a `test/` folder argument as the test phase', () => {
    assert.notEqual(classify('dotnet someformatter src/ test/'), 'test');
    assert.equal(classify('./tools/reindent.sh src/ tests/'), undefined);
  });

  it('near miss: a test folder given without a slash, or a test program, still tests', () => {
    assert.equal(classify('pytest tests/'), 'test');
    assert.equal(classify('node --test test/'), 'test');
    assert.equal(classify('make -C test'), 'test');
    assert.equal(classify('make -C tests/'), 'test');
    assert.equal(classify('./run.sh tests/'), 'test');
  });

  it('takes the phase from the line\'s comment when the folders no longer speak', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development\n\n```sh\n# Run all tests\ndotnet test\n\n# Format code\ndotnet someformatter src/ test/\n```\n'));
    assert.deepEqual(found.test, ['dotnet test']);
    assert.deepEqual(found.lint, ['dotnet someformatter src/ test/']);
  });
});

describe('command phase: build steps named to the build runner (session 8)', () => {
  it('reads `zig build <step>` by its step', () => {
    assert.equal(classify('zig build test'), 'test');
    assert.equal(classify('zig build -Doptimize=ReleaseSafe test'), 'test');
    assert.equal(classify('zig build fmt'), 'lint');
    assert.equal(classify('zig build run'), 'setup');
    assert.equal(classify('zig build'), 'setup');
    assert.equal(classify('zig build update-strings'), undefined);
  });

  it('near miss: another tool\'s `build test` is not read this way', () => {
    assert.notEqual(classify('zig build-exe src/main.zig'), 'test');
  });
});

describe('command phase: a dev shell running a command is that command (session 8)', () => {
  it('lets the section decide when the wrapped command says nothing', async () => {
    assert.equal(classify('nix develop -c alejandra .'), 'lint');
    assert.equal(classify('nix develop -c ./tools/gen.sh'), undefined);
    const found = await commandsOf(guide('# Guide\n\n## Formatting\n\nWith Nix, format the modules using:\n\n```sh\nnix develop -c nixfmt-tree .\n```\n'));
    assert.deepEqual(found.setup, []);
  });

  it('near miss: entering the shell without a command is still setting up', () => {
    assert.equal(classify('nix develop'), 'setup');
    assert.equal(classify('nix-shell'), 'setup');
    assert.equal(classify('nix develop -c cargo test'), 'test');
  });
});

describe('command phase: packing and publishing tasks (session 8)', () => {
  it('is no step of any phase: `make dist`, `zig build distcheck`, `npm run publish`, `yarn deploy:docs`', () => {
    for (const c of ['make dist', 'make distcheck', 'make dist-gzip', 'zig build dist', 'npm run publish', 'yarn deploy:docs', 'just deploy']) assert.equal(notAStep(c), true, c);
  });

  it('drops them from a table of build steps whose other rows are kept', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\nmake\nmake dist\n```\n'));
    assert.deepEqual(found.setup, ['make']);
  });

  it('near miss: an optimised build called release, and publishing a package name, are not this', () => {
    for (const c of ['make release', 'cargo build --release', 'make distribution-docs', 'npm run build:dist']) assert.equal(notAStep(c), false, c);
  });
});

describe('command phase: a section about trying the changed product by hand (session 8)', () => {
  it('is such a section when its heading runs, tries or uses a built copy, or tries the local changes', () => {
    for (const h of ['Running your modified version', 'Running a locally-compiled version of Foo', 'Manually trying your local changes', 'How to try a development build of Foo in another project', 'Using your patched copy', 'Testing your rule in a real codebase', 'Linking the plugin in another project']) assert.equal(triesBuiltCopy(['Guide', h]), true, h);
  });

  it('near miss: a local build, testing the changes, or an outer heading alone is not', () => {
    for (const h of ['Run a local build', 'Testing your changes', 'Running the tests locally', 'Building a development environment', 'Modified files', 'Testing in CI', 'Project layout', 'Running the tests in another terminal']) assert.equal(triesBuiltCopy(['Guide', h]), false, h);
    assert.equal(triesBuiltCopy(['Running your modified version', 'Installing']), false);
  });
});

describe('command phase: a line of output shown behind a prompt (session 8)', () => {
  it('is no step when it reads as an English sentence', () => {
    for (const c of ['not a dynamic executable', 'no changes detected', 'the build is up to date', 'There are 3 warnings']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: programs whose names only start like those words', () => {
    for (const c of ['node scripts/test.js', 'nox -s tests', 'thermite build', 'npm test', 'ant test']) assert.equal(notAStep(c), false, c);
  });

  it('drops the output line of a prompted block and keeps its commands', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```bash\n$ nix-build -A app\n\n$ ldd result/bin/app\n$       not a dynamic executable\n```\n'));
    assert.deepEqual(found.setup, ['nix-build -A app']);
  });
});

describe('command phase: a session opened with options before it (session 8)', () => {
  it('is no step: the REPL named last after profiles or options', () => {
    for (const c of ['lein with-profiles +test repl', 'stack --stack-yaml stack-ghc9.yaml ghci', 'clj -M:test repl']) assert.equal(notAStep(c), true, c);
  });

  it('near miss: a session that runs a tool, or a task named like one, is not', () => {
    assert.equal(notAStep('cabal repl --with-ghc=doctest lib'), false);
    assert.equal(notAStep('lein with-profiles +test test'), false);
    assert.equal(notAStep('make repl-tests'), false);
  });
});

describe('command phase: formatters known by name, and option letters (session 8)', () => {
  it('reads common formatters of C, Python, Go, shell and OCaml as lint', () => {
    for (const c of ['astyle -r -s4 *.c', 'uncrustify -c cfg.cfg --replace src/a.c', 'yapf -i -r src', 'autopep8 --in-place a.py', 'gofumpt -w .', 'goimports -w .', 'shfmt -w scripts', 'ocamlformat --inplace a.ml']) assert.equal(classify(c), 'lint', c);
  });

  it('near miss: an `-i` option is not npm\'s install alias, and `npm i` still installs', () => {
    assert.notEqual(classify('sed -i s/a/b/ file.txt'), 'setup');
    assert.equal(classify('npm i'), 'setup');
    assert.equal(classify('pnpm i --frozen-lockfile'), 'setup');
  });
});

describe('command phase: a standalone check option (session 8)', () => {
  it('reads a tool asked only to check as lint, whatever its name says', () => {
    for (const c of ['pwsh tools/docs/snapshot.ps1 -Version current -Check', './scripts/update-snapshots.sh --check', 'b4 prep --check']) assert.equal(classify(c), 'lint', c);
  });

  it('near miss: a check-something option or a check subcommand is not this rule', () => {
    assert.equal(classify('pytest --check-max-tb=2 tests'), 'test');
    assert.equal(classify('npm test'), 'test');
    assert.equal(classify('cargo check'), 'lint');
  });
});

describe('command phase: a flake check is a check target (session 8)', () => {
  it('tests where the sentence says it runs the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Nix\n\nTo run all of the tests, run `nix flake check`.\n'));
    assert.deepEqual(found.test, ['nix flake check']);
  });

  it('near miss: under a lint heading, or named with no word of testing, it lints', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Linting\n\n```sh\nnix flake check\n```\n'));
    assert.deepEqual(found.lint, ['nix flake check']);
    assert.deepEqual(found.test, []);
  });
});
