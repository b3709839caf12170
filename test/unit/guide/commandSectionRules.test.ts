import * as assert from 'node:assert/strict';
import { check, commandsOf } from './commandCases';

describe('side-quest headings and the project name', () => {
  check([
    ['a project named like a side quest ("Contributing to semantic-release") keeps its steps', '# Contributing to make-release\n\n## Setup\n\n```sh\nnpm install\n```\n\n## Tests\n\n```sh\nnpm test\n```\n', { setup: ['npm install'], test: ['npm test'] }],
    ['a "Contributing to X" heading inside the guide is not a side quest either', '# Guide\n\n## Contributing to Podman\n\n### Tools\n\n```sh\nmake install.tools\n```\n', { setup: ['make install.tools'] }],
    ['a word that only starts with a side-quest word ("containerd") is not that side quest', '# Testing containerd\n\n```sh\nmake test\n```\n', { test: ['make test'] }],
    ['a real release section stays skipped', '# Contributing to tool\n\n## Releasing\n\n```sh\nnpm publish\nnpm test\n```\n', { test: [] }],
    // (Session 18: beside a native build. A guide whose only build is in a container is read: readerRules18.)
    ['building in a container stays a side quest', '# Build\n\n```sh\nmake\n```\n\n# Build in a container\n\n```sh\nmake build\n```\n', { setup: ['make'] }],
  ]);
});

describe('prerequisites installed with the system package manager', () => {
  check([
    ['apt, dnf and winget lines in code blocks under a setup heading are platform variants of one step', '# Setup\n\nOn Debian:\n\n```sh\nsudo apt install build-essential\n```\n\nOn Fedora:\n\n```sh\nsudo dnf install gcc\n```\n\nOn Windows:\n\n```powershell\nwinget install NASM.NASM\n```\n', { setup: ['sudo apt install build-essential', 'sudo dnf install gcc', 'winget install NASM.NASM'] }],
    ['xcode-select under prerequisites', '# Prerequisites\n\n```sh\nxcode-select --install\n```\n', { setup: ['xcode-select --install'] }],
    ['not under a heading on installing the product itself', '# Setup\n\n## Install with Homebrew\n\n```sh\nbrew install --HEAD mylib\n```\n', { setup: [] }],
    ['not a hedged extra for some tests', '# Setup\n\nSome tests compile native code, so you might need build tools. On Fedora:\n\n```sh\nsudo dnf install gcc\n```\n', { setup: [] }],
    // (Session 16: a hint about one platform and a block under a heading that says no phase were left out; the blind
    // labels count both as prerequisites.)
    ['a platform hint in a sentence', '# Setup\n\n- make: on Debian you can run `sudo apt-get install build-essential`\n', { setup: ['sudo apt-get install build-essential'] }],
    ['in a section that says no phase', '# About\n\n```sh\nbrew install thing\n```\n', { setup: ['brew install thing'] }],
  ]);
});

describe('the Python environment is set up, whatever section it is in', () => {
  check([
    ['venv, virtualenv and activation under a heading about the test suite', '# Preparing to run the test suite\n\n```sh\n$ virtualenv --python=python3 venv\n$ . venv/bin/activate\n```\n\nOr:\n\n```sh\n$ python3 -m venv venv\n```\n', { setup: ['virtualenv --python=python3 venv', '. venv/bin/activate', 'python3 -m venv venv'], test: [] }],
    ['conda environments', '# Development environment\n\n```sh\nconda env create -f environment.yml\nconda activate proj-dev\n```\n', { setup: ['conda env create -f environment.yml', 'conda activate proj-dev'] }],
    ['not a block given as a file to add', '# Setup\n\n```sh\nuv sync\n```\n\nWith direnv, automate it by adding the following `.envrc` to the project root:\n\n```bash\nuv sync\n. .venv/bin/activate\n```\n', { setup: ['uv sync'] }],
    ['not lines to put in a shell profile', '# Setup\n\nPut these lines in your `~/.bashrc`:\n\n```bash\nsource ~/tools/env/bin/activate\n```\n', { setup: [] }],
  ]);
});

describe('what a block lists and what it varies', () => {
  check([
    ['every linter of a block under a lint heading is kept, past the usual tail limit', '# Linting\n\n```sh\n# Rust\ncargo clippy\n# Python\nruff check .\n# Types\nmypy src\n# Shell\nshellcheck scripts/a.sh\n# Spelling\ntypos\n# YAML\nyamllint .\n# Docs\nmarkdownlint docs\n# Unused deps\ncargo shear\n```\n', { lint: ['cargo clippy', 'ruff check .', 'mypy src', 'shellcheck scripts/a.sh', 'typos', 'yamllint .', 'markdownlint docs', 'cargo shear'] }],
    ['building or serving the docs is no setup step, even under a build heading', '# Building\n\n```sh\nmake\nmake docs\ntox -e docs-build\n```\n', { setup: ['make'] }],
    ['cleaning alone is not a step; a build that starts clean is', '# Build\n\n```sh\nmake clean\nmvn clean install\n```\n', { setup: ['mvn clean install'] }],
    ['configure variants for other platforms and logged runs are the same step', '# Building\n\n```sh\n./configure\nmake\n```\n\nOn a 32-bit host:\n\n```sh\n./configure --host=i686-linux-gnu\n./configure CC=xlc\nmake > make.log 2>&1\n```\n', { setup: ['./configure', 'make'] }],
    ['a run narrowed to one Cucumber feature is an example', '# Tests\n\n```sh\nscript/cucumber features/login.feature\n```\n', { test: [] }],
  ]);
});

describe('project scripts named in prose', () => {
  check([
    ['a script by path the sentence hands the run to, phased by its test heading', '# Running tests\n\nThere are two ways to run tests: in CI, and locally with `./run-suite.sh`.\n', { test: ['./run-suite.sh'] }],
    ['a script by path after "using", phased by its own name', '# Code\n\nPlease check your code using `script/fmt` before pushing.\n', { lint: ['script/fmt'] }],
    ['not the product run in the same sentence as the tests', '# Installation from source\n\nYou can run the test suite by executing `vendor/bin/phpunit`, and run the app by executing `bin/app`.\n', { setup: [], test: ['vendor/bin/phpunit'] }],
    ['not a file named in parentheses', '# Tests\n\nMake sure the `bats` binary (`bin/bats` in the repository) is on your PATH.\n', { test: [] }],
  ]);
});

describe('what the words of a command say', () => {
  check([
    ['a folder named style in a spec path does not make a spec run a lint', '# Running tests\n\n```sh\nbundle exec rspec\nbundle exec rspec spec/cop/style/a_spec.rb\n```\n', { test: ['bundle exec rspec'], lint: [] }],
    ['Java style checkers are linters, whatever their task suffix', '# Checks\n\n```sh\n./gradlew checkstyleMain\n./gradlew checkstyleTest\n./gradlew spotlessApply\n```\n', { lint: ['./gradlew checkstyleMain', './gradlew checkstyleTest', './gradlew spotlessApply'], test: [] }],
    ['a test run handed a filter is an example', "# Tests\n\n```sh\ncabal test\ncabal test --test-options='-p markdown'\ncargo nextest run -E 'test(name)'\nmake one DIR=tests/foo\n```\n", { test: ['cabal test'] }],
  ]);
});

describe('examples, side quests and the product itself', () => {
  check([
    ['a line its comment narrows is an example, and so are its longer variants', '# Building\n\n```sh\n# build all packages\nnr build\n# build the core package only\nnr build core\n```\n\nTo pick formats:\n\n```sh\nnr build core -f global\n```\n', { setup: ['nr build'] }],
    ['an optional comment above a line does not narrow it', '# Other useful commands\n\n```sh\n# auto-format the project (optional)\npnpm run format\n```\n', { lint: ['pnpm run format'] }],
    ['tips and tricks are side quests', '# Building\n\n```sh\nmake\n```\n\n# Development tips and tricks\n\n## Faster rebuilds\n\n```sh\nmake world && make opt\n```\n', { setup: ['make'] }],
    ['make install puts the product into the system', '# Building\n\n```sh\n./configure\nmake\nsudo make install\n```\n', { setup: ['./configure', 'make'] }],
    ['trying what was built is not a step', '# Building\n\n```sh\nmake\n```\n\nTo try the toplevel, use:\n\n```sh\nmake runtop\n```\n', { setup: ['make'] }],
  ]);
});

describe('prompted lines and asides', () => {
  check([
    ['an unknown runner behind a prompt in an untagged block, when its words give the phase', '# Testing\n\nTo run the tests:\n\n```\n$ spin test -v\n$ spin lint\n```\n', { test: ['spin test -v'], lint: ['spin lint'] }],
    ['not a viewer opening a report behind a prompt', '# Testing\n\nView the coverage report:\n\n```\n$ firefox build/coverage/index.html\n```\n', { test: [] }],
    ['not a version query behind a prompt', '# Code style\n\n```\n$ ghc --numeric-version\n9.10.1\n```\n', { lint: [], setup: [] }],
    ['"optionally" in a parenthesis makes the aside optional, not the block', '# Setup\n\nFirst install virtualenv (optionally use virtualenvwrapper), then create your environment:\n\n```sh\nvirtualenv proj-dev\nsource proj-dev/bin/activate\n```\n', { setup: ['virtualenv proj-dev', 'source proj-dev/bin/activate'] }],
    ['an optional block is still skipped', '# Setup\n\nOptionally, install the hooks:\n\n```sh\npre-commit install\n```\n', { setup: [] }],
  ]);
});

describe('Windows spellings', () => {
  check([
    ['a project script by a Windows path, after a PowerShell prompt', '# Building\n\n## Windows\n\n```powershell\nPS> .\\build.ps1\n```\n\n## Unix\n\n```sh\n$ ./build.sh\n```\n', { setup: ['.\\build.ps1', './build.sh'] }],
    ['a Windows build script given a test task', '# Building\n\n```console\n> .\\vcbuild test\n```\n', { test: ['.\\vcbuild test'] }],
  ]);
});

describe('a block takes its phase from its lead-in, and each document has its own room', () => {
  check([
    ['a lead-in naming only the tests gives their phase to a line that says none', '# Build using our module\n\nYou can run the Pester tests with `Start-Pester`:\n\n```powershell\nImport-Module ./build.psm1\nStart-Pester -Fast\n```\n', { setup: ['Import-Module ./build.psm1'], test: ['Start-Pester -Fast'] }],
    ['a lead-in naming a build and the tests leaves it to the section', '# Building\n\nBuild it, then run the tests:\n\n```powershell\nInvoke-Thing -All\n```\n', { setup: ['Invoke-Thing -All'], test: [] }],
  ]);
  it('each linked document of one platform gets its own room for steps', async () => {
    const steps = (prefix: string): string => ['install', 'configure', 'bootstrap', 'build', 'compile', 'prepare'].map((s) => `./${prefix}-${s}.sh`).join('\n');
    const got = await commandsOf({
      'CONTRIBUTING.md': '# Contributing\n\n## Building\n\nFollow the build instructions for [Linux](docs/building/linux.md) or [Windows](docs/building/windows.md).\n',
      'docs/building/linux.md': `# Building on Linux\n\n\`\`\`sh\n${steps('linux')}\n\`\`\`\n`,
      'docs/building/windows.md': `# Building on Windows\n\n\`\`\`sh\n${steps('win')}\n\`\`\`\n`,
    });
    assert.equal(got.setup.filter((c) => c.startsWith('./linux-')).length, 6);
    assert.equal(got.setup.filter((c) => c.startsWith('./win-')).length, 6);
  });
});

describe('a lead-in that names the phase lets a shell block run unknown programs', () => {
  check([
    ['an unknown test wrapper after "to test" in a shell block', '# Helpers\n\nOnce added, run the following to test on macOS and Linux.\n\n```sh\nswift test\nswiftx-linux test\n```\n', { test: ['swift test', 'swiftx-linux test'] }],
    ['not in an untagged block of unknown programs', '# Helpers\n\nOnce added, run the following to test on macOS and Linux.\n\n```\nfrobnicate now\n```\n', { test: [] }],
    ['composer update fetches the dependencies', '# Development\n\n* Install dependencies by running `composer update`.\n', { setup: ['composer update'] }],
  ]);
});

describe('lead-ins in list items and doctests', () => {
  check([
    ['a list item that offers to try the build leads into no step', '# Your first change\n\n1. Build it:\n\n   ```sh\n   make\n   ```\n\n2. To try the toplevel, use:\n\n   ```sh\n   make runtop\n   ```\n', { setup: ['make'] }],
    ['doctests are tests', '# Documentation\n\n```sh\ntox run -e docs-doctests\n```\n', { test: ['tox run -e docs-doctests'], setup: [] }],
  ]);
});

describe('starting a sub-site and placeholder paths', () => {
  check([
    ['starting storybook or the docs website is not setup', '# Setup\n\n- Install dependencies\n\n```bash\npnpm install\n```\n\n- Start storybook\n\n```bash\npnpm storybook\n```\n\n- Start documentation website\n\n```bash\npnpm www dev\n```\n', { setup: ['pnpm install'] }],
    ['a path/to placeholder without a leading slash is an example', '# Setup\n\n```sh\nyarn build\nnode path/to/repo/dist/init.js my-app\n```\n', { setup: ['yarn build'] }],
  ]);
});
