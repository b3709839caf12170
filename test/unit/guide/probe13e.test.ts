import * as assert from 'node:assert/strict';
import { Phases, factsOf, g, norm } from './probeSupport';

// Probe 13e (session 13, round 3): WHOLE ordinary CONTRIBUTING.md files (welcome, conduct, issues, setup, build, tests,
// lint, commits, a before-submit list, a release process) as mid-size projects in the common ecosystems write them.
// Every guide is written for this test. Each test asserts the full command lists per phase and the checklist items.
// A failing test is a finding.
//
// Guide texts use the `g` tag: the common indentation is removed, the raw text is kept, and `´` stands for a backtick.

type Cmd = { command: string };
type Files = Record<string, string>;
const cmds = (list: Cmd[]) => list.map((c) => c.command);
const md = (text: string): Files => ({ 'CONTRIBUTING.md': text });
type Expected = Phases & { checklist: string[] };
// One assertion per guide, so a failure shows every difference at once.
const expectGuide = async (files: Files, expected: Expected) => {
  const f = await factsOf(files);
  const actual = {
    setup: cmds(f.commands.setup),
    test: cmds(f.commands.test),
    lint: cmds(f.commands.lint),
    checklist: f.checklist.map((c: { text: string }) => norm(c.text)),
  };
  assert.deepEqual(actual, { ...expected, checklist: expected.checklist.map(norm) });
};

describe('probe 13e: whole ordinary guides, round 3', () => {
  describe('Python', () => {
    it('pip + venv + pytest + ruff + pre-commit: numbered setup steps with fenced blocks, a box checklist', async () => {
      await expectGuide(md(g`
        # Contributing to tidyframe

        Thank you for your interest in contributing to tidyframe! Bug reports, documentation fixes and new features are
        all welcome.

        Everyone taking part in this project is expected to follow our [Code of Conduct](CODE_OF_CONDUCT.md).

        ## Reporting issues

        Before opening an issue, please search the [issue tracker](https://github.com/tidyframe/tidyframe/issues) to see
        whether it has already been reported. When you file a bug, include the output of:

        ´´´bash
        python --version
        pip show tidyframe
        ´´´

        together with a minimal example that reproduces the problem and the full traceback.

        ## Development setup

        You need Python 3.9 or newer and git.

        1. Fork the repository on GitHub and clone your fork:

           ´´´bash
           git clone https://github.com/<your-username>/tidyframe.git
           cd tidyframe
           ´´´

        2. Create and activate a virtual environment:

           ´´´bash
           python -m venv .venv
           source .venv/bin/activate
           ´´´

        3. Install the package in editable mode with the development extras:

           ´´´bash
           pip install -e ".[dev]"
           ´´´

        4. Install the pre-commit hooks:

           ´´´bash
           pre-commit install
           ´´´

        ## Running the tests

        We use [pytest](https://docs.pytest.org). Run the whole suite with:

        ´´´bash
        pytest
        ´´´

        To run a single test, pass its node id:

        ´´´bash
        pytest tests/test_join.py::test_inner_join
        ´´´

        ## Code style

        We use [ruff](https://docs.astral.sh/ruff/) for linting and formatting and mypy for type checks:

        ´´´bash
        ruff check .
        ruff format .
        mypy src
        ´´´

        The pre-commit hooks run these for you on every commit. To run all hooks against every file:

        ´´´bash
        pre-commit run --all-files
        ´´´

        ## Commit messages

        - Use the present tense ("Add feature", not "Added feature").
        - Keep the first line under 72 characters.
        - Reference the issue in the body, e.g. ´Fixes #123´.

        ## Before submitting a pull request

        - [ ] The tests pass locally
        - [ ] New code is covered by tests
        - [ ] ´ruff check .´ and ´mypy src´ report no errors
        - [ ] You added an entry to ´CHANGELOG.md´ under "Unreleased"
        - [ ] The documentation is updated if behaviour changed

        ## Release process

        Releases are made by the maintainers:

        1. Bump the version in ´pyproject.toml´.
        2. Tag the release with ´git tag v1.2.0´ and push the tag with ´git push --tags´.
        3. Build and upload the distributions with ´python -m build´ and ´twine upload dist/*´.
      `), {
        setup: ['python -m venv .venv', 'source .venv/bin/activate', 'pip install -e ".[dev]"', 'pre-commit install'],
        test: ['pytest'],
        lint: ['ruff check .', 'ruff format .', 'mypy src', 'pre-commit run --all-files'],
        checklist: [
          'The tests pass locally',
          'New code is covered by tests',
          'ruff check . and mypy src report no errors',
          'You added an entry to CHANGELOG.md under "Unreleased"',
          'The documentation is updated if behaviour changed',
        ],
      });
    });

    it('tox: `$ ` prompts in console blocks, Prerequisites with a tox install, a numbered "make sure that" list', async () => {
      await expectGuide(md(g`
        # Contributing to httpkit

        First off, thanks for taking the time to contribute!

        ## Code of Conduct

        This project follows the [PSF Code of Conduct](https://policies.python.org/python.org/code-of-conduct/).

        ## Filing a bug report

        Please tell us which Python and httpkit versions you use. Paste the output of these commands into the issue:

        ´´´console
        $ python -m httpkit --version
        $ pip freeze
        ´´´

        ## Getting started

        ### Prerequisites

        - Python 3.8 to 3.12
        - [tox](https://tox.wiki) 4 or newer

        Install tox with:

        ´´´console
        $ python -m pip install --user tox
        ´´´

        ### Getting the code

        ´´´console
        $ git clone https://github.com/httpkit/httpkit.git
        $ cd httpkit
        $ git checkout -b fix-redirect-loop
        ´´´

        ### Creating a development environment

        tox can create a virtual environment for your editor:

        ´´´console
        $ tox devenv -e py312 .venv
        $ source .venv/bin/activate
        ´´´

        ## Running the tests

        Run the full test matrix with:

        ´´´console
        $ tox
        ´´´

        Arguments after ´--´ are passed to pytest, so you can run one test module with
        ´tox -e py312 -- tests/test_redirects.py´.

        ## Linting and type checking

        ´´´console
        $ tox -e lint
        $ tox -e typing
        ´´´

        ## Commit messages

        Write the summary line in the imperative mood and wrap the body at 72 characters. If the commit fixes an issue,
        end the message with ´Closes #NNN´.

        ## Submitting a pull request

        Before you open your pull request, make sure that:

        1. All tests pass with ´tox´.
        2. ´tox -e lint´ passes.
        3. You have added a news fragment in ´changes/´.
        4. Your branch is rebased on the latest ´main´.

        A maintainer will review your pull request, usually within a week. Please be patient and respond to comments;
        we squash-merge once two maintainers have approved.

        ## Releasing

        Maintainers release from ´main´: run ´tox -e release´, which builds the sdist and wheel, then push a signed tag
        with ´git tag -s v2.4.0´. GitHub Actions publishes the release to PyPI.
      `), {
        setup: ['python -m pip install --user tox', 'tox devenv -e py312 .venv', 'source .venv/bin/activate'],
        test: ['tox'],
        lint: ['tox -e lint', 'tox -e typing'],
        checklist: [
          'All tests pass with tox',
          'tox -e lint passes',
          'You have added a news fragment in changes/',
          'Your branch is rebased on the latest main',
        ],
      });
    });

    // Left open (session 13): `python3 -m venv venv` and `. venv/bin/activate` named inline in a sentence are not read yet.
    it.skip('nox: every command inline in prose, a plain "Pull request checklist" list', async () => {
      await expectGuide(md(g`
        # Contributing

        We love pull requests from everyone. By participating in this project you agree to abide by the
        [code of conduct](https://github.com/geodata/.github/blob/main/CODE_OF_CONDUCT.md).

        ## Asking questions and reporting bugs

        Questions are best asked in [Discussions](https://github.com/geodata/geodata/discussions). For bugs, open an
        issue with the geodata version (´python -c "import geodata; print(geodata.__version__)"´), your operating
        system, and a script that reproduces the problem.

        ## Setting up your environment

        geodata uses [nox](https://nox.thea.codes) to automate testing and linting. Install it with ´pipx install nox´.

        Fork and clone the repository, then create a virtual environment with ´python3 -m venv venv´, activate it with
        ´. venv/bin/activate´ and install the project with ´pip install -e .´ and its development dependencies with
        ´pip install -r requirements-dev.txt´.

        ## Running the tests

        The test suite runs on every supported Python version with ´nox -s tests´. Extra arguments go to pytest; for
        example ´nox -s tests -- -k test_projection´ runs only the projection tests.

        Some tests download sample data the first time they run, so the first run can take a few minutes.

        ## Linting and type checking

        Run ´nox -s lint´ to check the code with flake8 and black, and ´nox -s mypy´ for the type checks. ´nox -s format´
        reformats the code in place with black and isort.

        ## Writing documentation

        Docstrings follow the NumPy style. Every public function needs an example section.

        ## Commit messages

        We follow [Conventional Commits](https://www.conventionalcommits.org): ´feat: add UTM zones´,
        ´fix(io): close file handles on error´.

        ## Pull request checklist

        Before you submit a pull request, check that:

        - the tests pass (´nox -s tests´)
        - the linters pass (´nox -s lint´)
        - new functions have docstrings and tests
        - the changelog has an entry for your change

        ## For maintainers: making a release

        1. Update ´CHANGELOG.md´ and the version in ´src/geodata/__init__.py´.
        2. Run ´nox -s build´ and check the wheel with ´twine check dist/*´.
        3. Create a GitHub release; the publish workflow uploads to PyPI.
      `), {
        setup: ['pipx install nox', 'python3 -m venv venv', '. venv/bin/activate', 'pip install -e .', 'pip install -r requirements-dev.txt'],
        test: ['nox -s tests'],
        lint: ['nox -s lint', 'nox -s mypy', 'nox -s format'],
        checklist: [
          'the tests pass (nox -s tests)',
          'the linters pass (nox -s lint)',
          'new functions have docstrings and tests',
          'the changelog has an entry for your change',
        ],
      });
    });

    it('uv: sub-headings per task, a uv installer piped into a shell, a plain numbered before-submit list', async () => {
      await expectGuide(md(g`
        # Contributing to quickcache

        Thanks for helping out! This document explains how to set up a development environment and what we expect
        from a pull request.

        Please note that this project is released with a [Contributor Code of Conduct](CODE_OF_CONDUCT.md).

        ## Issues

        Use the bug report template. It asks for the output of ´uv pip list´ and ´python -VV´; please don't skip it.

        ## Development

        ### Setup

        We use [uv](https://docs.astral.sh/uv/) to manage the environment. Install it by following the uv
        documentation (for example ´curl -LsSf https://astral.sh/uv/install.sh | sh´), then from the repository root:

        ´´´sh
        uv sync --all-extras
        uv run pre-commit install
        ´´´

        ### Tests

        ´´´sh
        uv run pytest
        ´´´

        To run one test, use ´uv run pytest tests/test_lru.py -k test_eviction´.

        Benchmarks live in ´benchmarks/´ and are run with ´uv run pytest benchmarks --benchmark-only´. They are
        not part of CI.

        ### Lint and format

        ´´´sh
        uv run ruff check
        uv run ruff format --check
        uv run pyright
        ´´´

        ## Commit style

        Keep commits focused. Use a short (50 characters or less) summary, a blank line, and an explanation of why the
        change is needed.

        ## Before you submit

        1. Rebase on ´main´.
        2. Make sure ´uv run pytest´ passes.
        3. Make sure ´uv run ruff check´ and ´uv run pyright´ are clean.
        4. Add yourself to ´AUTHORS.md´ if this is your first contribution.

        ## Review

        Every pull request needs one approving review. Reviewers look at correctness first, then naming and tests.

        ## Releases

        Maintainers bump the version with ´uv version --bump minor´, commit, and push a ´vX.Y.Z´ tag. The release
        workflow runs ´uv build´ and ´uv publish´.
      `), {
        setup: ['uv sync --all-extras', 'uv run pre-commit install'],
        test: ['uv run pytest'],
        lint: ['uv run ruff check', 'uv run ruff format --check', 'uv run pyright'],
        checklist: [
          'Rebase on main',
          'Make sure uv run pytest passes',
          'Make sure uv run ruff check and uv run pyright are clean',
          'Add yourself to AUTHORS.md if this is your first contribution',
        ],
      });
    });

    it('Django app: requirements file, migrate, manage.py test, flake8/black/isort, a PR template file with boxes', async () => {
      await expectGuide({
        'CONTRIBUTING.md': g`
          # Contributing to Shelfie

          Shelfie is a small Django app for tracking your books. Contributions of all sizes are welcome.

          Please read our [Code of Conduct](CODE_OF_CONDUCT.md) before participating.

          ## Found a bug?

          Open an issue and include:

          * what you did, what you expected, and what happened instead;
          * your Python and Django versions (´python -m django --version´);
          * the relevant part of the server log.

          ## Local setup

          Prerequisites: Python 3.11+, PostgreSQL 15.

          ´´´shell
          $ git clone https://github.com/shelfie/shelfie.git
          $ cd shelfie
          $ python -m venv env
          $ source env/bin/activate
          $ pip install -r requirements/dev.txt
          $ cp .env.example .env
          $ python manage.py migrate
          ´´´

          ## Running the tests

          ´´´shell
          $ python manage.py test
          ´´´

          You can run the tests of one app with ´python manage.py test books´.

          ## Code style

          We format with black and isort and lint with flake8:

          ´´´shell
          $ black --check .
          $ isort --check-only .
          $ flake8
          ´´´

          ## Commit messages

          Start the summary with a capital letter and don't end it with a period. Reference the issue number
          in the body.

          ## Pull requests

          Open your pull request against the ´develop´ branch and fill in the template. A maintainer will
          review it; CI must be green before it is merged.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          ## What does this change?

          <!-- Describe your change and link the issue it fixes. -->

          ## Checklist

          - [ ] I ran ´python manage.py test´ and all tests pass
          - [ ] I added or updated tests
          - [ ] I added a migration if I changed a model
          - [ ] I updated the documentation
        `,
      }, {
        setup: ['python -m venv env', 'source env/bin/activate', 'pip install -r requirements/dev.txt', 'cp .env.example .env', 'python manage.py migrate'],
        test: ['python manage.py test'],
        lint: ['black --check .', 'isort --check-only .', 'flake8'],
        checklist: [
          'I ran python manage.py test and all tests pass',
          'I added or updated tests',
          'I added a migration if I changed a model',
          'I updated the documentation',
        ],
      });
    });
  });

  describe('JavaScript / TypeScript', () => {
    it('npm + jest + eslint/prettier: a table of scripts after `npm ci`, a box checklist', async () => {
      await expectGuide(md(g`
        # Contributing to fetchy

        :tada: Thanks for taking the time to contribute! :tada:

        This project and everyone participating in it is governed by the [fetchy Code of Conduct](CODE_OF_CONDUCT.md).

        ## Reporting bugs

        Bugs are tracked as GitHub issues. Please include the versions you use; the output of
        ´npm ls fetchy´ and ´node -v´ is enough. A reproduction on StackBlitz or a small repository helps a lot.

        ## Suggesting features

        Open an issue describing the problem you want to solve before you write code, so we can agree on the API.

        ## Development setup

        You need Node.js 18 or later.

        ´´´sh
        git clone https://github.com/fetchy/fetchy.git
        cd fetchy
        npm ci
        ´´´

        ## Available scripts

        | Command | Description |
        |---------|-------------|
        | ´npm run build´ | Compile the TypeScript sources to ´dist/´ |
        | ´npm test´ | Run the Jest test suite |
        | ´npm run lint´ | Lint the sources with ESLint |
        | ´npm run format´ | Format all files with Prettier |
        | ´npm run typecheck´ | Type-check the project with ´tsc --noEmit´ |

        To run a single test file, pass its path to Jest: ´npx jest test/retry.test.ts´.

        ## Commit messages

        We use [Conventional Commits](https://www.conventionalcommits.org/). Examples:

        ´´´
        feat(retry): add exponential backoff
        fix: do not swallow abort errors
        ´´´

        ## Before submitting a pull request

        - [ ] ´npm test´ passes
        - [ ] ´npm run lint´ passes
        - [ ] You added tests for your change
        - [ ] You updated ´README.md´ if you changed the public API

        ## Releasing

        Maintainers only. Run ´npm version <patch|minor|major>´, push the commit and the tag with
        ´git push --follow-tags´, then ´npm publish´.
      `), {
        setup: ['npm ci', 'npm run build'],
        test: ['npm test'],
        lint: ['npm run lint', 'npm run format', 'npm run typecheck'],
        checklist: [
          'npm test passes',
          'npm run lint passes',
          'You added tests for your change',
          'You updated README.md if you changed the public API',
        ],
      });
    });

    it('pnpm monorepo + vitest: Prerequisites list, sub-headings per task, a changeset in the checklist', async () => {
      await expectGuide(md(g`
        # Contributing

        Thank you for considering a contribution to vitekit! Please read the
        [code of conduct](https://github.com/vitekit/vitekit/blob/main/CODE_OF_CONDUCT.md) first.

        ## Issues

        - Search existing issues before opening a new one.
        - For bugs, use the bug report template and paste the output of ´npx envinfo --system --binaries´.
        - For feature ideas, start a discussion.

        ## Prerequisites

        - Node.js 20 LTS
        - pnpm 9

        ## Getting started

        ´´´bash
        git clone https://github.com/vitekit/vitekit.git
        cd vitekit
        pnpm install
        ´´´

        ### Build

        ´´´bash
        pnpm build
        ´´´

        ### Test

        ´´´bash
        pnpm test
        ´´´

        To run a single test file: ´pnpm vitest run packages/core/test/parse.test.ts´.

        ### Lint and format

        ´´´bash
        pnpm lint
        pnpm format:check
        pnpm typecheck
        ´´´

        ## Project structure

        - ´packages/core´: the runtime
        - ´packages/cli´: the command line interface
        - ´packages/plugin-*´: official plugins

        ## Commit convention

        Commit messages follow Conventional Commits and are checked by commitlint. Use the package name as the scope,
        e.g. ´fix(cli): handle missing config´.

        ## Pull request checklist

        - [ ] I added a changeset (´pnpm changeset´) describing the change
        - [ ] Tests are added or updated
        - [ ] ´pnpm lint´ and ´pnpm test´ pass locally

        ## Release process

        Releases are automated with Changesets: merging the "Version Packages" pull request runs
        ´pnpm changeset publish´ in CI.
      `), {
        setup: ['pnpm install', 'pnpm build'],
        test: ['pnpm test'],
        lint: ['pnpm lint', 'pnpm format:check', 'pnpm typecheck'],
        checklist: [
          'I added a changeset (pnpm changeset) describing the change',
          'Tests are added or updated',
          'pnpm lint and pnpm test pass locally',
        ],
      });
    });

    it('yarn classic + jest: every command inline in prose, "Before you open a PR" bullets', async () => {
      await expectGuide(md(g`
        # How to contribute

        We're glad you want to help with react-tiles. This guide explains how to get the project running locally
        and how we review changes.

        ## Code of conduct

        We have adopted the [Contributor Covenant](https://www.contributor-covenant.org/) as our code of conduct.

        ## Bugs

        We use GitHub issues for bugs. Before filing one, make sure you are on the latest version; ´yarn why react-tiles´
        shows which version you have installed. Include a CodeSandbox that reproduces the issue.

        ## Development workflow

        Fork the repo and create your branch from ´main´. After cloning, run ´yarn´ in the repository root to install
        the dependencies, then ´yarn build´ to build the packages.

        ´yarn test´ runs the complete test suite. While working on one component you can run just its tests, for
        example ´yarn test Grid´. ´yarn lint´ checks the code with ESLint and ´yarn prettier --check .´ checks the
        formatting; ´yarn prettier --write .´ fixes it.

        Run ´yarn storybook´ to browse the components in a browser.

        ## Style guide

        - Use function components and hooks.
        - Prefer named exports.
        - Keep components in their own folder with a test and a story.

        ## Commit messages

        Use the imperative mood and keep the summary under 70 characters.

        ## Before you open a PR

        - Make sure ´yarn test´ passes.
        - Make sure your code is linted (´yarn lint´) and formatted.
        - Add a story for new components.
        - If you haven't already, sign the [CLA](https://cla.example.com/react-tiles).

        ## License

        By contributing, you agree that your contributions will be licensed under the MIT License.
      `), {
        setup: ['yarn', 'yarn build'],
        test: ['yarn test'],
        lint: ['yarn lint', 'yarn prettier --check .', 'yarn prettier --write .'],
        checklist: [
          'Make sure yarn test passes',
          'Make sure your code is linted (yarn lint) and formatted',
          'Add a story for new components',
          "If you haven't already, sign the CLA",
        ],
      });
    });

    it('npm workspaces with `$ ` prompts and a separate PR template; e2e tests are a test run too', async () => {
      await expectGuide({
        'CONTRIBUTING.md': g`
          # Contributing to Formwise

          Hi! We're really excited that you are interested in contributing to Formwise. Before submitting your
          contribution, please take a moment to read through the following guidelines.

          - [Code of Conduct](./CODE_OF_CONDUCT.md)
          - [Issue Reporting Guidelines](#issue-reporting-guidelines)
          - [Development Setup](#development-setup)

          ## Issue Reporting Guidelines

          Always use the issue template. Run ´npx formwise info´ and paste its output; it lists your browser,
          framework and package versions.

          ## Development Setup

          You will need [Node.js](https://nodejs.org) **version 20+**.

          After cloning the repo, run:

          ´´´console
          $ npm install
          $ npm run build --workspaces
          ´´´

          ## Testing

          Unit tests use Vitest and end-to-end tests use Playwright:

          ´´´console
          $ npm test
          $ npm run test:e2e
          ´´´

          Use ´npm test -- packages/core/src/validate.test.ts´ to run a single file.

          ## Linting

          ´´´console
          $ npm run lint
          $ npm run lint:fix
          ´´´

          ## Commit Guidelines

          Commit messages must match ´type(scope): subject´ where type is one of ´feat´, ´fix´, ´docs´, ´refactor´,
          ´test´ or ´chore´.

          ## Pull Request Guidelines

          Check out a topic branch from ´main´ and open the pull request against ´main´. Fill in the pull request
          template. It's OK to have multiple small commits; we squash them when merging.
        `,
        '.github/pull_request_template.md': g`
          ### Description

          <!-- What does this PR do? -->

          ### Checklist

          - [ ] Read the [Contributing Guidelines](../CONTRIBUTING.md)
          - [ ] Ran ´npm test´ and ´npm run lint´ locally
          - [ ] Added tests for the change
          - [ ] Updated the docs, if necessary
        `,
      }, {
        setup: ['npm install', 'npm run build --workspaces'],
        test: ['npm test', 'npm run test:e2e'],
        lint: ['npm run lint', 'npm run lint:fix'],
        checklist: [
          'Read the Contributing Guidelines',
          'Ran npm test and npm run lint locally',
          'Added tests for the change',
          'Updated the docs, if necessary',
        ],
      });
    });
  });

  describe('Go', () => {
    it('make + golangci-lint: Prerequisites with a `go install` of the linter, an issue template asking for `go version`', async () => {
      await expectGuide(md(g`
        # Contributing to kvstore

        Welcome, and thank you for your interest in kvstore! This document describes how to build the project, run the
        tests, and get your change merged.

        kvstore follows the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).

        ## Reporting a bug

        Open an issue using the bug template and include the output of:

        ´´´sh
        go version
        go env
        kvstore version
        ´´´

        Security problems should be reported privately to security@kvstore.dev, not in a public issue.

        ## Prerequisites

        - Go 1.22 or newer
        - GNU Make
        - [golangci-lint](https://golangci-lint.run) v1.59

        Install golangci-lint with:

        ´´´sh
        go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1
        ´´´

        ## Building

        ´´´sh
        git clone https://github.com/kvstore/kvstore.git
        cd kvstore
        make build
        ´´´

        The binary is written to ´bin/kvstore´.

        ## Testing

        Run the unit tests:

        ´´´sh
        make test
        ´´´

        Run the integration tests (requires Docker):

        ´´´sh
        make test-integration
        ´´´

        To run a single test, use ´go test´ directly: ´go test ./pkg/store -run TestPutOverwrite´.

        ## Linting

        ´´´sh
        make lint
        ´´´

        ## Commit messages

        Prefix the summary with the package you changed, for example ´store: fix compaction race´. Sign off your commits
        (´git commit -s´) to certify the [DCO](https://developercertificate.org/).

        ## Pull request checklist

        Before you submit your pull request, make sure that:

        - [ ] ´make test´ and ´make lint´ pass
        - [ ] new behaviour is covered by tests
        - [ ] every commit is signed off
        - [ ] the CHANGELOG has an entry under "Unreleased"

        ## Release process (maintainers)

        1. Update ´CHANGELOG.md´.
        2. Tag the release: ´git tag -a v0.9.0 -m "v0.9.0"´.
        3. Push the tag; GoReleaser builds and publishes the binaries.
      `), {
        setup: ['go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1', 'make build'],
        test: ['make test', 'make test-integration'],
        lint: ['make lint'],
        checklist: [
          'make test and make lint pass',
          'new behaviour is covered by tests',
          'every commit is signed off',
          'the CHANGELOG has an entry under "Unreleased"',
        ],
      });
    });

    it('plain go tooling behind `$ ` prompts; a benchmark run and a single test are no test steps', async () => {
      await expectGuide(md(g`
        # Contributing

        Thanks for contributing to gopherq! All contributors must follow the
        [Go Community Code of Conduct](https://go.dev/conduct).

        ## Before you start

        For anything bigger than a small bug fix, please open an issue first so we can discuss the design.

        ## Filing issues

        When filing an issue, please answer these questions:

        1. What version of Go are you using (´go version´)?
        2. What operating system and processor architecture are you using (´go env GOOS GOARCH´)?
        3. What did you do?
        4. What did you expect to see, and what did you see instead?

        ## Building

        gopherq has no dependencies outside the standard library and ´golang.org/x´.

        ´´´
        $ go build ./...
        ´´´

        ## Testing

        ´´´
        $ go test ./...
        $ go test -race ./...
        ´´´

        To run the tests of one package with verbose output, use ´go test -v ./queue´.

        Benchmarks are run with:

        ´´´
        $ go test -run=^$ -bench=. ./queue
        ´´´

        ## Code style

        Code must be formatted with gofmt and pass go vet and staticcheck:

        ´´´
        $ gofmt -l .
        $ go vet ./...
        $ staticcheck ./...
        ´´´

        ## Commit messages

        Follow the Go project's style: ´queue: make Pop non-blocking´. The first line is a short summary; the body
        explains why. Add ´Fixes #123´ at the end if the change fixes an issue.

        ## Sending a pull request

        Before you send a pull request:

        * run ´go test -race ./...´
        * run ´gofmt -l .´ and ´go vet ./...´
        * update the documentation comments of any exported identifiers you change

        We squash-merge pull requests.
      `), {
        setup: ['go build ./...'],
        test: ['go test ./...', 'go test -race ./...'],
        lint: ['gofmt -l .', 'go vet ./...', 'staticcheck ./...'],
        checklist: [
          'run go test -race ./...',
          'run gofmt -l . and go vet ./...',
          'update the documentation comments of any exported identifiers you change',
        ],
      });
    });

    it('a bulleted list of make targets with dashes, tools installed by a make target under Setup', async () => {
      await expectGuide(md(g`
        # Contributing to shipctl

        👋 Thanks for your interest in improving shipctl!

        By participating you agree to our [Code of Conduct](./CODE_OF_CONDUCT.md).

        ## Opening issues

        Please include ´shipctl version --output=json´ in bug reports, along with the command you ran and its output.

        ## Setup

        shipctl needs Go 1.21+. After you have cloned the repository, install the development tools (golangci-lint,
        gofumpt, mockgen) into ´./bin´:

        ´´´bash
        make tools
        ´´´

        ## Make targets

        - ´make build´ – build the ´shipctl´ binary into ´./bin´
        - ´make test´ – run the unit tests
        - ´make lint´ – run golangci-lint
        - ´make fmt´ – format the code with gofumpt

        Run a single test with ´go test ./internal/deploy -run TestRollback -v´.

        ## Commit messages

        We use [Conventional Commits](https://www.conventionalcommits.org). The type determines the release notes
        section, so pick it carefully.

        ## Submitting changes

        Please make sure of the following before you submit:

        1. The code is formatted (´make fmt´).
        2. ´make lint´ reports no issues.
        3. ´make test´ passes.
        4. Exported identifiers have doc comments.

        ## Releases

        Maintainers create releases by pushing a tag: ´git tag v1.4.0 && git push origin v1.4.0´. GoReleaser does the
        rest.
      `), {
        setup: ['make tools', 'make build'],
        test: ['make test'],
        lint: ['make lint', 'make fmt'],
        checklist: [
          'The code is formatted (make fmt)',
          'make lint reports no issues',
          'make test passes',
          'Exported identifiers have doc comments',
        ],
      });
    });
  });

  describe('Rust', () => {
    it('cargo: rustup components under Setup, build, workspace tests, fmt and clippy; benches and one test are no steps', async () => {
      await expectGuide(md(g`
        # Contributing to tinyjson

        Thank you for your interest in contributing! There are many ways to help: reporting bugs, improving the
        documentation, or writing code.

        This project adheres to the [Rust Code of Conduct](https://www.rust-lang.org/policies/code-of-conduct).

        ## Bug reports

        Please include the output of ´rustc --version --verbose´ and ´cargo tree -p tinyjson´ in your report,
        together with the smallest input that reproduces the problem.

        ## Setup

        Install Rust through [rustup](https://rustup.rs). We build on stable and need rustfmt and clippy:

        ´´´sh
        rustup component add rustfmt clippy
        ´´´

        Then build the workspace:

        ´´´sh
        cargo build --workspace
        ´´´

        ## Tests

        ´´´sh
        cargo test --workspace
        ´´´

        You can run a single test by name: ´cargo test -p tinyjson-core parse_nested_arrays´.

        Benchmarks use criterion and are run with ´cargo bench´; please include before/after numbers if your change
        is about performance.

        ## Formatting and lints

        ´´´sh
        cargo fmt --all
        cargo clippy --workspace --all-targets -- -D warnings
        ´´´

        ## Commit messages

        Keep the first line short and descriptive. Reference issues with ´#123´.

        ## Before opening a pull request

        - [ ] ´cargo fmt --all´ leaves no changes
        - [ ] clippy reports no warnings
        - [ ] ´cargo test --workspace´ passes
        - [ ] public items have doc comments

        ## Releasing

        Maintainers use [cargo-release](https://github.com/crate-ci/cargo-release): ´cargo release minor --execute´.
      `), {
        setup: ['rustup component add rustfmt clippy', 'cargo build --workspace'],
        test: ['cargo test --workspace'],
        lint: ['cargo fmt --all', 'cargo clippy --workspace --all-targets -- -D warnings'],
        checklist: [
          'cargo fmt --all leaves no changes',
          'clippy reports no warnings',
          'cargo test --workspace passes',
          'public items have doc comments',
        ],
      });
    });

    it('cargo-nextest installed under Prerequisites, `$ ` prompts, numbered steps, a MSRV check', async () => {
      await expectGuide(md(g`
        # Contributing

        Thanks for helping make ripfind better! Please be kind; see our [Code of Conduct](CODE_OF_CONDUCT.md).

        ## Issues

        If you hit a bug, run ripfind with ´--debug´ and attach the output. Also tell us your platform and the
        output of ´ripfind --version´.

        ## Prerequisites

        - Rust 1.74 or newer (our minimum supported version)
        - [cargo-nextest](https://nexte.st) for running the tests

        ´´´console
        $ cargo install cargo-nextest --locked
        ´´´

        ## Development workflow

        1. Fork and clone the repository:

           ´´´console
           $ git clone https://github.com/<you>/ripfind.git
           $ cd ripfind
           ´´´

        2. Build the project:

           ´´´console
           $ cargo build
           ´´´

        3. Run the tests:

           ´´´console
           $ cargo nextest run
           $ cargo test --doc
           ´´´

        4. Check formatting and lints:

           ´´´console
           $ cargo fmt --check
           $ cargo clippy --all-targets --all-features
           ´´´

        To try your build on a directory, run ´cargo run -- --hidden src´.

        ## Commit messages

        - Use the imperative mood in the subject line.
        - Do not end the subject line with a period.
        - Wrap the body at 72 characters.

        ## Pull requests

        Before you open a pull request, please:

        1. Add a test that fails without your change.
        2. Update ´CHANGELOG.md´.
        3. Run the formatter and clippy as shown above.

        ## Releases

        Releases are cut by the maintainers with ´cargo publish´ after the version in ´Cargo.toml´ has been bumped.
      `), {
        setup: ['cargo install cargo-nextest --locked', 'cargo build'],
        test: ['cargo nextest run', 'cargo test --doc'],
        lint: ['cargo fmt --check', 'cargo clippy --all-targets --all-features'],
        checklist: [
          'Add a test that fails without your change',
          'Update CHANGELOG.md',
          'Run the formatter and clippy as shown above',
        ],
      });
    });
  });

  describe('Java / Kotlin', () => {
    it('Gradle wrapper + spotless: assemble, test, spotlessCheck/Apply; a single-class run is no suite', async () => {
      await expectGuide(md(g`
        # Contributing to Jsonic

        First of all, thank you for contributing! Jsonic is a small JSON library for the JVM.

        Please note we have a [code of conduct](CODE_OF_CONDUCT.md); please follow it in all your interactions with
        the project.

        ## Reporting issues

        Include your JDK version (´java -version´), the Jsonic version and a minimal reproducer. Stack traces are
        very welcome.

        ## Building from source

        Requirements: JDK 17 or newer. You don't need to install Gradle; the wrapper downloads it.

        ´´´shell
        git clone https://github.com/jsonic/jsonic.git
        cd jsonic
        ./gradlew assemble
        ´´´

        ## Running the tests

        ´´´shell
        ./gradlew test
        ´´´

        Run one test class with ´./gradlew test --tests "io.jsonic.ParserTest"´. The HTML report is written to
        ´build/reports/tests/test/index.html´.

        ## Code formatting

        We use [Spotless](https://github.com/diffplug/spotless) with google-java-format. Check the formatting with:

        ´´´shell
        ./gradlew spotlessCheck
        ´´´

        and fix it with:

        ´´´shell
        ./gradlew spotlessApply
        ´´´

        ## Commit messages

        * Separate subject from body with a blank line.
        * Limit the subject line to 50 characters.
        * Capitalize the subject line.

        ## Pull request checklist

        - [ ] Tests added for new functionality
        - [ ] ´./gradlew test´ passes
        - [ ] ´./gradlew spotlessCheck´ passes
        - [ ] Javadoc added for new public API

        ## Releasing

        Maintainers: update ´gradle.properties´, then run ´./gradlew publishToSonatype closeAndReleaseSonatypeStagingRepository´
        and push the tag.
      `), {
        setup: ['./gradlew assemble'],
        test: ['./gradlew test'],
        lint: ['./gradlew spotlessCheck', './gradlew spotlessApply'],
        checklist: [
          'Tests added for new functionality',
          './gradlew test passes',
          './gradlew spotlessCheck passes',
          'Javadoc added for new public API',
        ],
      });
    });

    it('Maven wrapper + checkstyle/spotbugs: install without tests, test, verify for integration tests', async () => {
      await expectGuide(md(g`
        # Contributing

        We welcome contributions to Ledgerly! This document covers how to build the project and submit changes.

        ## Code of Conduct

        This project is governed by the [Apache Code of Conduct](https://www.apache.org/foundation/policies/conduct.html).

        ## Reporting bugs

        Search [JIRA](https://issues.example.org/browse/LEDGER) first. A good bug report includes the output of
        ´mvn -v´, the Ledgerly version and a test case.

        ## Building

        You need JDK 21. Build all modules and install them into your local repository without running the tests:

        ´´´bash
        ./mvnw clean install -DskipTests
        ´´´

        ## Testing

        Unit tests:

        ´´´bash
        ./mvnw test
        ´´´

        Unit and integration tests:

        ´´´bash
        ./mvnw verify
        ´´´

        A single test: ´./mvnw test -pl ledgerly-core -Dtest=JournalTest´.

        ## Static analysis

        ´´´bash
        ./mvnw checkstyle:check
        ./mvnw spotbugs:check
        ´´´

        ## Commit messages

        Start each commit message with the JIRA key, e.g. ´LEDGER-123: Handle negative balances´.

        ## Submitting a pull request

        Before submitting, please verify that:

        * the build passes with ´./mvnw verify´;
        * Checkstyle reports no violations;
        * you have added the Apache license header to new files;
        * you have signed the ICLA if this is a large contribution.

        ## Release process

        Releases are performed by PMC members with ´./mvnw release:prepare release:perform´ followed by a vote on the
        dev mailing list.
      `), {
        setup: ['./mvnw clean install -DskipTests'],
        test: ['./mvnw test', './mvnw verify'],
        lint: ['./mvnw checkstyle:check', './mvnw spotbugs:check'],
        checklist: [
          'the build passes with ./mvnw verify',
          'Checkstyle reports no violations',
          'you have added the Apache license header to new files',
          'you have signed the ICLA if this is a large contribution',
        ],
      });
    });

    // Left open (session 13): `cp secrets.defaults.properties secrets.properties` in a nested fence is not read as a config copy yet.
    it.skip('Android/Kotlin: a table of Gradle tasks with `$ ` prompts elsewhere, ktlint/detekt/Android lint', async () => {
      await expectGuide(md(g`
        # Contributing to Pocketnotes

        Thanks for your interest! Pocketnotes is an open-source note-taking app for Android.

        Please read and respect our [Code of Conduct](CODE_OF_CONDUCT.md).

        ## Reporting bugs

        Use the in-app "Report a problem" menu, or open an issue with your device model, Android version and the app
        version from Settings → About.

        ## Setting up the project

        1. Install [Android Studio](https://developer.android.com/studio) (Koala or newer) with the Android 14 SDK.
        2. Clone the repository and open it in Android Studio.
        3. Copy the sample secrets file:

           ´´´
           $ cp secrets.defaults.properties secrets.properties
           ´´´

        4. Build a debug APK:

           ´´´
           $ ./gradlew assembleDebug
           ´´´

        ## Gradle tasks

        | Task | What it does |
        |------|--------------|
        | ´./gradlew testDebugUnitTest´ | JVM unit tests |
        | ´./gradlew connectedDebugAndroidTest´ | Instrumented tests on a connected device or emulator |
        | ´./gradlew ktlintCheck´ | Kotlin code style |
        | ´./gradlew detekt´ | Static analysis |
        | ´./gradlew lintDebug´ | Android lint |

        ## Commit messages

        Use short, imperative subjects ("Add search to note list"). Reference issues with "Fixes #12".

        ## Pull requests

        Before you open a pull request:

        - [ ] The app builds and runs on an emulator
        - [ ] Unit tests pass
        - [ ] ´./gradlew ktlintCheck´ and ´./gradlew detekt´ pass
        - [ ] Screenshots are attached for UI changes

        ## Releases

        Maintainers bump ´versionCode´ and ´versionName´ in ´app/build.gradle.kts´ and run ´./gradlew bundleRelease´;
        the bundle is uploaded to the Play Console by hand.
      `), {
        setup: ['cp secrets.defaults.properties secrets.properties', './gradlew assembleDebug'],
        test: ['./gradlew testDebugUnitTest', './gradlew connectedDebugAndroidTest'],
        lint: ['./gradlew ktlintCheck', './gradlew detekt', './gradlew lintDebug'],
        checklist: [
          'The app builds and runs on an emulator',
          'Unit tests pass',
          './gradlew ktlintCheck and ./gradlew detekt pass',
          'Screenshots are attached for UI changes',
        ],
      });
    });
  });

  describe('Ruby', () => {
    it('gem: bin/setup, rspec, rubocop behind `$ ` prompts; bin/console and a line-number run are no steps', async () => {
      await expectGuide(md(g`
        # Contributing to money_fmt

        Bug reports and pull requests are welcome on GitHub at https://github.com/money-fmt/money_fmt. This project is
        intended to be a safe, welcoming space for collaboration, and contributors are expected to adhere to the
        [code of conduct](CODE_OF_CONDUCT.md).

        ## Reporting bugs

        Please include your Ruby version (´ruby -v´), the gem version (´bundle exec gem list money_fmt´) and a short
        script that shows the problem.

        ## Development

        After checking out the repo, run ´bin/setup´ to install dependencies:

        ´´´
        $ bin/setup
        ´´´

        Then run the tests:

        ´´´
        $ bundle exec rspec
        ´´´

        You can run a single spec by giving its file and line: ´bundle exec rspec spec/money_fmt/parser_spec.rb:42´.

        You can also run ´bin/console´ for an interactive prompt that will allow you to experiment.

        ## Style

        We use RuboCop. Check your changes with:

        ´´´
        $ bundle exec rubocop
        ´´´

        Many offenses can be fixed automatically with ´bundle exec rubocop -a´.

        ## Commit messages

        Write commit messages in the imperative, present tense. Squash fixup commits before asking for review.

        ## Pull request checklist

        1. Add specs for your change.
        2. Make sure the specs and RuboCop pass.
        3. Add an entry to ´CHANGELOG.md´.
        4. Open the pull request against ´main´.

        ## Releasing

        To release a new version, update the version number in ´version.rb´, and then run ´bundle exec rake release´,
        which will create a git tag for the version, push git commits and tags, and push the gem to rubygems.org.
      `), {
        setup: ['bin/setup'],
        test: ['bundle exec rspec'],
        lint: ['bundle exec rubocop', 'bundle exec rubocop -a'],
        checklist: [
          'Add specs for your change',
          'Make sure the specs and RuboCop pass',
          'Add an entry to CHANGELOG.md',
          'Open the pull request against main',
        ],
      });
    });

    it('Rails app: Prerequisites with rbenv, bundle/yarn/db:setup, rails test and system tests, rubocop and erb_lint', async () => {
      await expectGuide(md(g`
        # Contributing to Campfire Lite

        Welcome! We're happy you're here.

        ## Code of conduct

        Be respectful. See [CODE_OF_CONDUCT.md](CODE_OF_CONDUCT.md) for the details.

        ## Reporting issues

        Describe what you did and what you expected. For problems with the local setup, include the output of
        ´bin/rails about´.

        ## Prerequisites

        - Ruby 3.3 (we recommend [rbenv](https://github.com/rbenv/rbenv))
        - PostgreSQL 16
        - Node.js 20 and Yarn

        ´´´sh
        rbenv install 3.3.4
        brew install postgresql@16
        ´´´

        ## Setup

        ´´´sh
        git clone https://github.com/campfire-lite/campfire-lite.git
        cd campfire-lite
        bundle install
        yarn install
        bin/rails db:setup
        ´´´

        Start the app with ´bin/dev´ and open http://localhost:3000.

        ## Running tests

        ´´´sh
        bin/rails test
        bin/rails test:system
        ´´´

        Run one file with ´bin/rails test test/models/room_test.rb´.

        ## Linting

        ´´´sh
        bin/rubocop
        bundle exec erb_lint --lint-all
        ´´´

        ## Commit messages

        Keep them short and descriptive. No need for prefixes.

        ## Opening a pull request

        Before opening a pull request, please make sure:

        - [ ] tests pass (´bin/rails test´)
        - [ ] ´bin/rubocop´ is clean
        - [ ] new migrations are reversible
        - [ ] screenshots are included for UI changes

        ## Deploying

        Maintainers deploy with ´kamal deploy´ after a release is tagged.
      `), {
        setup: ['rbenv install 3.3.4', 'brew install postgresql@16', 'bundle install', 'yarn install', 'bin/rails db:setup'],
        test: ['bin/rails test', 'bin/rails test:system'],
        lint: ['bin/rubocop', 'bundle exec erb_lint --lint-all'],
        checklist: [
          'tests pass (bin/rails test)',
          'bin/rubocop is clean',
          'new migrations are reversible',
          'screenshots are included for UI changes',
        ],
      });
    });
  });

  describe('PHP', () => {
    it('composer + phpunit + phpstan + php-cs-fixer through vendor/bin, numbered steps', async () => {
      await expectGuide(md(g`
        # Contributing

        Contributions are **welcome** and will be fully **credited**. We accept contributions via pull requests on
        [GitHub](https://github.com/slugify-php/slugify).

        Please read our [Code of Conduct](CODE_OF_CONDUCT.md) before contributing.

        ## Reporting issues

        Include your PHP version (´php -v´), the output of ´composer show slugify-php/slugify´ and a code sample.

        ## Development setup

        1. Make sure you have PHP 8.1+ and [Composer](https://getcomposer.org) installed.
        2. Fork and clone the repository.
        3. Install the dependencies:

           ´´´bash
           composer install
           ´´´

        ## Running tests

        ´´´bash
        vendor/bin/phpunit
        ´´´

        To run only the tests whose names match a pattern, use ´vendor/bin/phpunit --filter testTransliteratesGerman´.

        ## Static analysis and coding standards

        We use PHPStan at level 8 and PHP-CS-Fixer with the PER-CS ruleset:

        ´´´bash
        vendor/bin/phpstan analyse
        vendor/bin/php-cs-fixer fix --dry-run --diff
        ´´´

        Run ´vendor/bin/php-cs-fixer fix´ to apply the fixes.

        ## Commit messages

        Please write meaningful commit messages and squash intermediate commits before we merge.

        ## Before you submit

        - [ ] ´vendor/bin/phpunit´ passes
        - [ ] ´vendor/bin/phpstan analyse´ reports no errors
        - [ ] the code is formatted with PHP-CS-Fixer

        ## Releases

        Maintainers tag releases on GitHub (´git tag 3.2.0´); Packagist picks them up automatically.
      `), {
        setup: ['composer install'],
        test: ['vendor/bin/phpunit'],
        lint: ['vendor/bin/phpstan analyse', 'vendor/bin/php-cs-fixer fix --dry-run --diff', 'vendor/bin/php-cs-fixer fix'],
        checklist: [
          'vendor/bin/phpunit passes',
          'vendor/bin/phpstan analyse reports no errors',
          'the code is formatted with PHP-CS-Fixer',
        ],
      });
    });

    it('composer scripts named in prose with what they do; the checklist in a PR template', async () => {
      await expectGuide({
        'CONTRIBUTING.md': g`
          # Contributing to Routa

          Thanks for considering a contribution to Routa, a fast HTTP router for PHP.

          ## Code of Conduct

          All contributors must follow the [Code of Conduct](https://github.com/routa/.github/blob/main/CODE_OF_CONDUCT.md).

          ## Bug reports

          When reporting a bug, tell us your PHP version and paste the output of ´composer show --direct´.

          ## Getting set up

          Clone your fork and install the dependencies:

          ´´´
          $ git clone git@github.com:<username>/routa.git
          $ cd routa
          $ composer install
          ´´´

          ## Running the checks

          We define Composer scripts for everything CI runs. Run the test suite with ´composer test´. Check the coding
          style with ´composer cs-check´ and fix it with ´composer cs-fix´. Run the static analysis with
          ´composer phpstan´.

          A single test class can be run with ´composer test -- --filter RouteCollectorTest´.

          ## Commit messages

          Use the imperative mood; reference issues as ´#123´.

          ## Pull requests

          Target the ´4.x´ branch for bug fixes and ´5.x´ for new features, and fill in the pull request template.
        `,
        '.github/PULL_REQUEST_TEMPLATE.md': g`
          | Q             | A
          | ------------- | ---
          | Branch?       | 4.x for bug fixes / 5.x for features
          | Bug fix?      | yes/no
          | New feature?  | yes/no
          | Tickets       | Fix #...

          <!-- Describe your change below. -->

          ### Checklist

          - [ ] ´composer test´ passes
          - [ ] ´composer cs-check´ and ´composer phpstan´ pass
          - [ ] I added tests
          - [ ] I updated ´CHANGELOG.md´
        `,
      }, {
        setup: ['composer install'],
        test: ['composer test'],
        lint: ['composer cs-check', 'composer cs-fix', 'composer phpstan'],
        checklist: [
          'composer test passes',
          'composer cs-check and composer phpstan pass',
          'I added tests',
          'I updated CHANGELOG.md',
        ],
      });
    });
  });

  describe('C#', () => {
    // Left open (session 13): judgement: a coverage run (`dotnet test --collect:...`) as the test step.
    it.skip('dotnet: SDK version check in a Prerequisites block, restore/build/test/format; `dotnet --info` is for issues', async () => {
      await expectGuide(md(g`
        # Contributing to Quartzlite

        Thank you for your interest in Quartzlite! We welcome issues and pull requests.

        This project has adopted the [.NET Foundation Code of Conduct](https://dotnetfoundation.org/code-of-conduct).

        ## Filing issues

        Please use the issue templates. For bugs, include the output of ´dotnet --info´ and the Quartzlite package
        version.

        ## Prerequisites

        Install the [.NET 8 SDK](https://dotnet.microsoft.com/download). Check that it is on your path:

        ´´´bash
        dotnet --version
        ´´´

        ## Building

        ´´´bash
        dotnet restore
        dotnet build --configuration Release --no-restore
        ´´´

        ## Running the tests

        ´´´bash
        dotnet test --configuration Release --no-build
        ´´´

        To run the tests of one class, use a filter: ´dotnet test --filter "FullyQualifiedName~CronParserTests"´.

        Collect coverage with ´dotnet test --collect:"XPlat Code Coverage"´ and open the report with
        ´reportgenerator -reports:**/coverage.cobertura.xml -targetdir:coverage´.

        ## Formatting

        We follow the rules in ´.editorconfig´. Before committing, run:

        ´´´bash
        dotnet format
        ´´´

        To check the formatting without changing any file, run ´dotnet format --verify-no-changes´.

        ## Commit messages

        Use a short imperative subject, then a blank line and a description of why the change is needed.

        ## Before submitting a pull request

        - [ ] The solution builds without warnings
        - [ ] All tests pass
        - [ ] ´dotnet format´ has been run
        - [ ] Public APIs have XML documentation comments

        ## Release process

        Maintainers create a GitHub release; the release workflow runs ´dotnet pack -c Release´ and pushes the package
        to NuGet with ´dotnet nuget push´.
      `), {
        setup: ['dotnet --version', 'dotnet restore', 'dotnet build --configuration Release --no-restore'],
        test: ['dotnet test --configuration Release --no-build', 'dotnet test --collect:"XPlat Code Coverage"'],
        lint: ['dotnet format', 'dotnet format --verify-no-changes'],
        checklist: [
          'The solution builds without warnings',
          'All tests pass',
          'dotnet format has been run',
          'Public APIs have XML documentation comments',
        ],
      });
    });
  });

  describe('C / C++', () => {
    it('CMake + Ninja + ctest + clang-format: per-platform prerequisite installs; `cmake --install` is no setup', async () => {
      await expectGuide(md(g`
        # Contributing to libtoml++

        Thanks for taking the time to contribute! Everyone interacting in the project is expected to follow the
        [Code of Conduct](CODE_OF_CONDUCT.md).

        ## Reporting bugs

        Please include your compiler and its version (´c++ --version´), your CMake version (´cmake --version´) and the
        TOML document that triggers the problem.

        ## Prerequisites

        You need a C++17 compiler, CMake 3.20+ and Ninja.

        On Debian/Ubuntu:

        ´´´sh
        sudo apt-get install build-essential cmake ninja-build
        ´´´

        On macOS:

        ´´´sh
        brew install cmake ninja
        ´´´

        ## Building

        ´´´sh
        cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTOMLPP_BUILD_TESTS=ON
        cmake --build build
        ´´´

        To install the library system-wide, run ´sudo cmake --install build´.

        ## Testing

        ´´´sh
        ctest --test-dir build --output-on-failure
        ´´´

        Run only the tests whose names match a regular expression with ´ctest --test-dir build -R parser´.

        ## Code formatting

        We use clang-format (version 17) and clang-tidy. Format your changes and run the checks with:

        ´´´sh
        ./scripts/clang-format.sh
        clang-tidy -p build src/*.cpp
        ´´´

        ## Commit messages

        Use the imperative mood, limit the subject to 72 characters and explain the motivation in the body.

        ## Pull request checklist

        - [ ] The code compiles without warnings with GCC and Clang
        - [ ] Tests are added for new features
        - [ ] ´ctest --test-dir build --output-on-failure´ passes
        - [ ] The code is formatted with clang-format

        ## Releases

        Maintainers update the version in ´CMakeLists.txt´, tag the commit, and attach the single-header build from
        ´./scripts/amalgamate.py´ to the GitHub release.
      `), {
        setup: ['sudo apt-get install build-essential cmake ninja-build', 'brew install cmake ninja', 'cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTOMLPP_BUILD_TESTS=ON', 'cmake --build build'],
        test: ['ctest --test-dir build --output-on-failure'],
        lint: ['./scripts/clang-format.sh', 'clang-tidy -p build src/*.cpp'],
        checklist: [
          'The code compiles without warnings with GCC and Clang',
          'Tests are added for new features',
          'ctest --test-dir build --output-on-failure passes',
          'The code is formatted with clang-format',
        ],
      });
    });

    it('C with CMake presets: `$ ` prompts, a clang-format check, a sanitizer script as an extra test run', async () => {
      await expectGuide(md(g`
        # Contributing to picohttp

        picohttp is a tiny HTTP/1.1 parser written in C99. We are glad you want to help.

        Please follow our [Code of Conduct](CODE_OF_CONDUCT.md).

        ## Bugs

        Report bugs on GitHub. Tell us your platform, compiler (´cc --version´) and the request bytes that cause the
        problem. If it is a crash, a backtrace from ´gdb´ helps.

        ## Building

        The project uses CMake presets (CMake 3.21 or newer):

        ´´´console
        $ cmake --preset debug
        $ cmake --build --preset debug
        ´´´

        ## Testing

        ´´´console
        $ ctest --preset debug
        ´´´

        We also run the tests under AddressSanitizer and UndefinedBehaviorSanitizer:

        ´´´console
        $ ./scripts/test-sanitizers.sh
        ´´´

        The fuzzers in ´fuzz/´ need clang; see ´fuzz/README.md´.

        ## Style

        Code is formatted with clang-format using the ´.clang-format´ file in the repository root. Check it with:

        ´´´console
        $ clang-format --dry-run --Werror src/*.c include/*.h
        ´´´

        ## Commit messages

        The subject line starts with the area you changed (´parser:´, ´tests:´, ´build:´), followed by a short
        imperative summary.

        ## Submitting patches

        Before you submit a patch:

        1. make sure the tests pass, with and without the sanitizers;
        2. run clang-format on the files you changed;
        3. add a test case in ´tests/´ for every bug fix.

        ## Releasing

        Maintainers: bump ´PICOHTTP_VERSION´ in ´include/picohttp.h´, update ´NEWS´, then tag with ´git tag -s´.
      `), {
        setup: ['cmake --preset debug', 'cmake --build --preset debug'],
        test: ['ctest --preset debug', './scripts/test-sanitizers.sh'],
        lint: ['clang-format --dry-run --Werror src/*.c include/*.h'],
        checklist: [
          'make sure the tests pass, with and without the sanitizers',
          'run clang-format on the files you changed',
          'add a test case in tests/ for every bug fix',
        ],
      });
    });
  });
});
