import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { notAStep } from '../../../src/core/guide/extract/commandPhaseNone';
import { triesBuiltCopy } from '../../../src/core/guide/extract/commandsTrying';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { DJANGO, SPHINX } from './reviewGuides';

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

// Session 9: review 8 findings in the phase area, copied as live tests (same guide text, same assertion).
const facts9 = async (files: Record<string, string>): Promise<Commands> => commandsOf(files);
const md9 = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const of9 = async (prose: string): Promise<Commands> => facts9(md9(prose));

/** The Sphinx review guide without its toctree entries (the phase rules read one file). */
const SPHINX9 = SPHINX.replace('\n\n   development/workflow\n   development/docguide\n', '\n');


// Not copied: "`./target/debug/proj --version` after `cargo build` is no step", "`./gradlew check` said to run the tests
// is a test step" and "a repository-local git config line is setup": the dev and corpus labels read the same shapes the
// other way (a built binary's version after the build is setup; `./gradlew check` "and run the tests" is lint;
// `git config --local blame.ignoreRevsFile` is no step), so a rule for them would make labelled projects worse.
describe('review 8 findings in the phase area (session 9)', () => {
  it('a local config copied from its template under "Development setup" is setup', async () => {
    assert.deepEqual((await of9('## Development setup\n\n```sh\ncp config.example.toml config.toml\ncmake -S . -B build\n```')).setup, ['cp config.example.toml config.toml', 'cmake -S . -B build']);
  });
  it('a Django quick start keeps the .env copy and the migration as setup', async () => {
    assert.deepEqual((await of9('## Quick start\n\n```bash\npip install -r requirements/dev.txt\ncp .env.example .env\npython manage.py migrate\npython manage.py runserver\n```')).setup, ['pip install -r requirements/dev.txt', 'cp .env.example .env', 'python manage.py migrate']);
  });
  it('`docker compose up -d` starts the services the tests run in', async () => {
    assert.deepEqual(await of9('## Development\n\n```sh\ndocker compose up -d\ndocker compose exec web pytest\n```'), { setup: ['docker compose up -d'], test: ['docker compose exec web pytest'], lint: [] });
  });
  it('`pytest astrocalc` as the one test line is the test run', async () => {
    assert.deepEqual((await of9('## Running the test suite\n\nThe tests use pytest:\n\n```\npytest astrocalc\n```')).test, ['pytest astrocalc']);
    assert.deepEqual((await of9('## Testing\n\nRun the test suite with:\n\n```\npytest astrocalc\n```')).test, ['pytest astrocalc']);
  });
  it('a docs build check is no setup step', async () => {
    assert.deepEqual((await of9('## Coding guidelines\n\n- Follow PEP 8.\n- Check the docs build with `tox -e build_docs`.')).setup, []);
  });
  it('a test server started for manual testing is no test step', async () => {
    assert.deepEqual((await of9('## Manual testing\n\nRun `test-server` to start a local server you can click through.')).test, []);
    assert.deepEqual((await of9('## Manual testing\n\n```sh\n./scripts/test-server\n```\n\nThen open http://localhost:3000.')).test, []);
  });
  it('installing the published package for use is no setup step', async () => {
    assert.deepEqual((await of9('## Installing\n\n```sh\nnpm install -g mycli\n```\n\n## Hacking on mycli\n\n```sh\nnpm ci\nnpm test\n```')).setup, ['npm ci']);
    assert.deepEqual((await of9('## Installation\n\n```sh\npip install mytool\n```\n\n## Development\n\n```sh\ngit clone https://example.org/mytool.git\ncd mytool\npip install -e ".[dev]"\n```')).setup, ['pip install -e ".[dev]"']);
  });
  it('an rST Sphinx guide (commands)', async () => {
    const c = await facts9({ 'CONTRIBUTING.rst': SPHINX9 });
    assert.deepEqual(c.setup, ['pip install -e .[test]']);
    assert.deepEqual(c.test, ['pytest astrocalc']);
  });
  it('a Django app (commands)', async () => {
    const c = await facts9({ 'CONTRIBUTING.md': DJANGO });
    assert.deepEqual(c.test, ['python manage.py test']);
    assert.deepEqual(c.lint, ['make format', 'make lint']);
    assert.ok(c.setup.includes('python manage.py migrate'), JSON.stringify(c.setup));
  });
});

describe('command phase: the local database, services and config a checkout needs (session 9)', () => {
  it('reads a web framework\'s migration and a detached compose start as setup', () => {
    for (const c of ['python manage.py migrate', 'php artisan migrate --seed', 'bin/rails db:migrate', 'bundle exec rake db:setup', 'mix ecto.setup', 'docker compose up -d', 'docker-compose up -d postgres', 'docker compose up db redis --detach']) assert.equal(classify(c), 'setup', c);
  });
  it('near miss: the app\'s server, a shell into it, and other framework tasks are no setup', () => {
    // `docker compose up` in the foreground holds the terminal until stopped: no step by its own words.
    for (const c of ['python manage.py runserver', 'python manage.py makemigrations', 'python manage.py shell', 'docker compose down', 'docker compose logs -f web', 'docker compose up', 'docker compose up web']) assert.notEqual(classify(c), 'setup', c);
  });
  it('takes a config copied from its template and the build folder from a block, though `cp` and `mkdir` are no known tools', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```\nmkdir build\ncd build\ncmake ..\n```\n\n## Configuration\n\n```\ncp settings.sample.json settings.json\n```\n'));
    assert.deepEqual(found.setup, ['mkdir build', 'cmake ..', 'cp settings.sample.json settings.json']);
  });
  it('near miss: copying an ordinary file, or a template copied in a release procedure, is no step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\ncp notes.txt notes.bak\n```\n\n## Releasing\n\n```sh\ncp .env.example .env.production\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
  it('near miss: a migration shown in a FAQ answer about a broken database is a recovery, not the setup flow', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\npip install -r requirements.txt\n```\n\n## Troubleshooting\n\nIf the database is out of date:\n\n```sh\npython manage.py migrate\n```\n'));
    assert.deepEqual(found.setup, ['pip install -r requirements.txt']);
  });
});

describe('command phase: a server named as such is no step (session 9)', () => {
  it('drops a program or script whose name ends in "server"', () => {
    for (const c of ['test-server', './scripts/test-server', 'npm run dev-server', 'bin/mock_server.sh']) assert.equal(notAStep(c), true, c);
  });
  it('near miss: a test run against a served build, and tools that only mention a server, are kept', async () => {
    for (const c of ['pnpm run test-serve', 'npm run test:server-side', 'go test ./server/...', 'make server-tests']) assert.equal(notAStep(c), false, c);
    assert.deepEqual((await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\npnpm run test-serve\n```\n'))).test, ['pnpm run test-serve']);
  });
});

describe('command phase: a docs build named verb first is no setup (session 9)', () => {
  it('drops `tox -e build_docs` and `make build-docs` from setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\npip install -e .\ntox -e build_docs\nmake build-docs\n```\n'));
    assert.deepEqual(found.setup, ['pip install -e .']);
  });
  it('near miss: a build task named for something else stays setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\nmake build-deps\nmake build-docker-free\n```\n'));
    assert.deepEqual(found.setup, ['make build-deps', 'make build-docker-free']);
  });
});

describe('command phase: pytest given the package is the suite when nothing else runs it (session 9)', () => {
  it('near miss: the same line after the guide\'s own test command is a part of the suite', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\ntox\n```\n\nTo test only the parser:\n\n```sh\npytest parser\n```\n'));
    assert.deepEqual(found.test, ['tox']);
  });
  it('near miss: named in passing as a discouraged way, it is no step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nTests can also be run with `pytest mylib`, but then the plugin is not loaded.\n'));
    assert.deepEqual(found.test, []);
  });
  it('near miss: a folder or file after pytest still narrows', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\npytest tests/unit/test_api.py\n```\n'));
    assert.deepEqual(found.test, []);
  });
});

describe('command phase: installing the project\'s own published release is no setup (session 9)', () => {
  it('drops the release named like the repository a clone line fetches, or a title heading names', async () => {
    const cloned = await commandsOf(guide('# Guide\n\n## Getting started\n\n```sh\ngit clone https://example.org/team/inkwell.git\ncd inkwell\ncargo build\n```\n\n### From crates.io\n\n```sh\ncargo install --locked inkwell\n```\n'));
    assert.deepEqual(cloned.setup, ['cargo build']);
    const titled = await commandsOf(guide('# Contributing to quillpad\n\n## Installation\n\n```sh\ngem install quillpad\n```\n\n## Setup\n\n```sh\nbundle install\n```\n'));
    assert.deepEqual(titled.setup, ['bundle install']);
  });
  it('near miss: a tool that builds itself, installed first under a setup heading, stays setup', async () => {
    const found = await commandsOf(guide('# Contributing to quillpad\n\n## Setting up\n\nquillpad is built with itself; get a release first:\n\n```sh\npipx install quillpad\nquillpad sync\n```\n'));
    assert.deepEqual(found.setup.slice(0, 1), ['pipx install quillpad']);
  });
  it('near miss: "Contributing guidelines" names no project', async () => {
    const found = await commandsOf(guide('# Contributing guidelines\n\n## Installation\n\n```sh\npip install guidelines\n```\n'));
    assert.deepEqual(found.setup, ['pip install guidelines']);
  });
  it('near miss: a tool the work needs, installed by name, stays setup', async () => {
    const found = await commandsOf(guide('# Contributing to quillpad\n\n## Setup\n\n```sh\npipx install tox\npip install -e .\n```\n'));
    assert.deepEqual(found.setup, ['pipx install tox', 'pip install -e .']);
  });
  it('near miss: the project installed from the checkout (a path, editable) stays setup', async () => {
    const found = await commandsOf(guide('# Hacking on quillpad\n\n## Setup\n\n```sh\npip install -e quillpad\nnpm install -g ./quillpad\n```\n'));
    assert.deepEqual(found.setup, ['pip install -e quillpad', 'npm install -g ./quillpad']);
  });
});

describe('command phase: a block comment that opens with a verb of setting up (session 9)', () => {
  it('reads a generator script under "# Regenerate the files (some tests use them)" as setup, not test', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\n# 1. Regenerate the bundled headers (some tests are compiled against them)\n./tools/gen-headers.py\n# 2. Run the tests\nctest --test-dir build\n```\n'));
    assert.deepEqual(found.setup, ['./tools/gen-headers.py']);
    assert.deepEqual(found.test, ['ctest --test-dir build']);
  });
  it('reads "# Install the lint tools" over an unknown script as setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Style\n\n```sh\n# Install the lint tools\n./tools/get-linters\n```\n'));
    assert.deepEqual(found.setup, ['./tools/get-linters']);
    assert.deepEqual(found.lint, []);
  });
  it('near miss: "# Build and run the tests" gives the line its test phase, and a run comment is untouched', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\n# Build and run the tests\n./tools/ci-local\n# Run the style checks (builds first)\n./tools/style-local\n```\n'));
    assert.deepEqual(found.test, ['./tools/ci-local']);
    assert.deepEqual(found.lint, ['./tools/style-local']);
  });
});

describe('command phase: a check target handed over by a lead-in that names the tests (session 9)', () => {
  it('reads `mix check` and `make check` after "run the full test suite and quality checks:" as the test step', async () => {
    for (const cmd of ['mix check', 'make check']) {
      const found = await commandsOf(guide(`# Guide\n\n## Before you send\n\nBefore opening a pull request, please run the full test suite and the quality checks locally:\n\n\`\`\`bash\n${cmd}\n\`\`\`\n`));
      assert.deepEqual(found.test, [cmd], cmd);
      assert.deepEqual(found.lint, [], cmd);
    }
  });
  it('near miss: tests named in an earlier sentence, or a lead-in on style alone, leave the check a lint step', async () => {
    const earlier = await commandsOf(guide('# Guide\n\n## Before you send\n\nThe tests run in CI for every push. Locally, run the style checks with:\n\n```bash\nmix check\n```\n'));
    assert.deepEqual(earlier.lint, ['mix check']);
    const style = await commandsOf(guide('# Guide\n\n## Code quality\n\nRun the formatter and the static checks:\n\n```bash\nmake check\n```\n'));
    assert.deepEqual(style.lint, ['make check']);
  });
  it('near miss: a check target in a release procedure is no step at all', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Releasing\n\nBefore tagging, run the full test suite and the checks:\n\n```bash\nmix check\n```\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});

describe('command phase: linking the package into another project is no step (session 9)', () => {
  it('drops `pnpm link`, `yarn link:prepare` and `yarn link @scope/pkg` wherever the guide names them', async () => {
    for (const c of ['pnpm link', 'npm link ../my-app', 'yarn link:prepare', 'yarn link @scope/core --link-folder=../x/.links', 'pnpm link --global']) assert.equal(notAStep(c), true, c);
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n1. Run `pnpm test` and make sure it passes.\n2. You can use `pnpm link` to symlink this package and test it in your own app.\n'));
    assert.deepEqual(found.test, ['pnpm test']);
  });
  it('near miss: a link checker, a linker flag and a script named for links are kept', () => {
    for (const c of ['npm run lint:links', 'yarn linkcheck', 'npm run check-links', 'cargo build --config linker=lld']) assert.equal(notAStep(c), false, c);
  });
});

describe('command phase: "xxx" is a name to fill in (session 9)', () => {
  it('drops `make test_xxx` and `pytest tests/xxx.py` as examples, keeping the plain run', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nmake test\n```\n\nTo test one module, run `make test_xxx` where `xxx` is its name, or `pytest tests/xxx.py`.\n'));
    assert.deepEqual(found.test, ['make test']);
  });
  it('near miss: names that only contain the letters are kept', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nmake test-xxxl-images\nnpm run test:maxxx\n```\n'));
    assert.deepEqual(found.test, ['make test-xxxl-images', 'npm run test:maxxx']);
  });
});

describe('command phase: approving outputs and adding cases are upkeep of the suite (session 9)', () => {
  it('drops an approval script and a script that adds a test case', () => {
    for (const c of ['tools/scripts/approve.py', './bless.sh', 'script/add-libtest.clj com.example/lib -t', './scripts/add-test-case.sh parser']) assert.equal(notAStep(c), true, c);
  });
  it('near miss: adding dependencies or running an approval test suite is no upkeep', () => {
    for (const c of ['./scripts/add-deps.sh', 'python tools/approve_release.py', 'ctest -R ApprovalTests', './scripts/address-sanitizer.sh']) assert.equal(notAStep(c), false, c);
  });
});

describe('command phase: hostile near-misses for the session 9 setup rules', () => {
  it('a FAQ answer that resets a config or migrates a broken database gives no setup step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## FAQ\n\n### How do I reset my settings?\n\n```sh\ncp settings.default.json settings.json\n```\n\n### My database is out of date\n\n```sh\npython manage.py migrate\ndocker compose up -d\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
  it('a maintainers\' release procedure that copies a template and starts services gives no step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## Release procedure (maintainers)\n\n```sh\ncp release.template.md RELEASE.md\ndocker compose up -d\nnpm publish\n```\n'));
    assert.deepEqual(found, { setup: ['npm ci'], test: [], lint: [] });
  });
  it('a README usage section that installs the released tool and links it gives no step', async () => {
    const found = await commandsOf({ 'README.md': '# inkwell\n\n## Usage\n\n```sh\nnpm install -g inkwell\nnpm link\ninkwell-server\n```\n', 'CONTRIBUTING.md': '# Contributing to inkwell\n\n## Setup\n\n```sh\nnpm ci\nnpm test\n```\n' });
    assert.deepEqual(found.setup, ['npm ci']);
    assert.deepEqual(found.test, ['npm test']);
  });
  it('an output example that shows a server script name is no step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nnpm test\n```\n\nThe output looks like:\n\n```text\n> test-server started on :3000\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
  });
});

describe('command phase: an ecosystem\'s own dependency fetch is setup (session 9)', () => {
  it('reads cpanm, cpan, carthage, go mod download, swift package resolve and Pkg.instantiate as setup', () => {
    for (const c of ['cpanm --installdeps .', 'cpanm Dist::Zilla', 'cpan App::cpanminus', 'carthage update --platform iOS', 'carthage bootstrap', 'go mod download', 'swift package resolve', 'julia --project -e "using Pkg; Pkg.instantiate()"', 'conda env update -f environment.yml', './mvnw dependency:go-offline']) assert.equal(classify(c), 'setup', c);
  });
  it('near miss: listing or checking dependencies is not fetching them', () => {
    for (const c of ['go mod tidy -diff', 'go mod verify', 'swift package describe', 'carthage outdated', 'mvn dependency:tree']) assert.notEqual(classify(c), 'setup', c);
  });
});

describe('command phase: pytest of one package among several is a part (session 9)', () => {
  it('near miss: `pytest pkg_a` beside `pytest pkg_b` in one block gives no whole-suite run', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\npytest core_pkg\npytest cli_pkg\n```\n'));
    assert.deepEqual(found.test, []);
  });
});

describe('command phase: hostile near-misses for the setup-verb comment', () => {
  it('a release step or a changelog generator commented with a making verb is no setup under a test heading', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## Testing\n\n```sh\n# Regenerate the changelog for this release\n./scripts/changelog.sh\n# Build a release tarball\n./scripts/tarball.sh\nnpm test\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
    assert.deepEqual(found.test, ['npm test']);
  });
  it('a git workflow line under "# Fetch the latest changes" stays no step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Keeping your fork up to date\n\n```sh\n# Fetch the latest changes\ngit fetch upstream\ngit rebase upstream/main\n```\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});
