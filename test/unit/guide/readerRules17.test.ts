import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { checklistOf, expectPhases, factsOf, g, md, readme } from './probeSupport';
import { toInspectJson } from '../../../src/core/guide/facts';

const rawFacts = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

// Session 17: general rules found by studying where the reader misses whole sections on the development set and the
// last blind sets. Every guide text below is written for the test; each rule has near-misses that must not fire.

describe('reader rules (session 17)', () => {
  describe('a README with no guide and no Contributing section: its build and test sections stand in', () => {
    it('"Build instructions:", "Testing:" and a build heading per tool are read', async () => {
      await expectPhases(readme(g`
        # libthing

        A small C library.

        ## Build instructions:

        ´´´sh
        cmake -B build
        cmake --build build
        ´´´

        ## Testing:

        ´´´sh
        make test
        ´´´
      `), { setup: ['cmake -B build', 'cmake --build build'], test: ['make test'], lint: [] });
    });
    it('"Develop" > "Setup" and "Tests" under it are read', async () => {
      await expectPhases(readme(g`
        # tool

        ## Develop

        ### Setup

        ´´´
        cabal update
        cabal build
        ´´´

        ### Tests

        ´´´
        cabal test
        ´´´
      `), { setup: ['cabal update', 'cabal build'], test: ['cabal test'], lint: [] });
    });
    it('"Building" and "From Source" under an installation heading are read', async () => {
      await expectPhases(readme(g`
        # engine

        ## Download and Installation

        ### From Source

        ´´´sh
        ./bootstrap.sh
        ./configure
        make
        ´´´
      `), { setup: ['./bootstrap.sh', './configure', 'make'], test: [], lint: [] });
    });
    it('near miss: "Build status", "Building your own plugins" and "Building against libthing" are usage, not the checkout', async () => {
      for (const heading of ['Build status', 'Building your own plugins', 'Building against libthing', 'Compiling a custom theme']) {
        const facts = await rawFacts(readme(g`
          # libthing

          ## ${heading}

          ´´´sh
          make
          ´´´
        `));
        assert.equal(facts.files.readmeSection, null, heading);
      }
    });
    it('beside a Contributing section that only points to a wiki, "Build" is read', async () => {
      await expectPhases(readme(g`
        # zlib-thing

        ## Build

        ### Configure

        ´´´
        ./configure
        make
        make test
        ´´´

        ## Contributing

        We would be delighted to receive pull requests. Please check the wiki for more.
      `), { setup: ['./configure', 'make'], test: ['make test'], lint: [] });
    });
    it('near miss: "Testing your app with libthing" is for users', async () => {
      const facts = await rawFacts(readme(g`
        # libthing

        ## Testing your app with libthing

        ´´´sh
        npm test
        ´´´
      `));
      assert.equal(facts.files.readmeSection, null);
    });
  });

  describe('discuss first: an order, a wait or an approval before the work, in words no single pattern foresaw', () => {
    const discuss = async (sentence: string) => (await factsOf(md(`# Contributing\n\n## Pull requests\n\n${sentence}\n`))).discussFirst;
    for (const sentence of [
      'If you want to do a feature, post an issue about the feature first.',
      'If you are working on something more significant than just a smaller bug fix, please declare your interest on an issue first.',
      'In most cases, it is a good idea to discuss a potential change in an issue.',
      'Please begin by making a feature request so that the maintainers can verify the idea.',
      'Open a PR only when your idea was approved of by a contributor in an issue.',
      'Wait for feedback from maintainers before starting implementation.',
      'For a non-trivial fix or feature implementation, please let me know before you start working on it.',
      '1. Submit an [issue][issue] describing your proposed change.\n2. We will try to respond promptly.\n\n[issue]: https://example.org/issues/new',
    ]) {
      it(sentence, async () => assert.equal(await discuss(sentence), true));
    }
    for (const [why, sentence] of [
      ['a way to contribute in a list, not an order of work', '* [Propose a new feature](https://example.org/issues/new)\n* [Send a pull request](https://example.org/pulls)'],
      ['an order about reporting a problem', 'Open an issue first if you find a bug in a new feature.'],
      ['no need, said with "do not need to"', 'For typo fixes you do not need to open an issue first.'],
      ['a user upgrade, the API only in a trailing condition', 'Before you begin the upgrade to v3, reach out on the forum if you rely on the old plugin API.'],
    ]) {
      it(`near miss: ${why}`, async () => assert.equal(await discuss(sentence), null));
    }
  });

  describe('inline HTML in Markdown prose: the words and code a reader sees', () => {
    it('a `<code>` or `<kbd>` element is a code span: its command is taken like a backticked one', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Development

        Install the dependencies with <code>npm install</code>, then run the tests with <kbd>npm test</kbd>.
      `), { setup: ['npm install'], test: ['npm test'], lint: [] });
    });
    it('an `<a href>` link and `&amp;` do not hide the sentence around them', async () => {
      const facts = await factsOf(md('# Contributing\n\n## Pull requests\n\nPlease open an <a href="https://example.org/issues">issue</a> first &amp; discuss new features.\n'));
      assert.equal(facts.discussFirst, true);
    });
    it('near miss: a `<code>` element left open is no span, and a placeholder in angle brackets stays text', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Development

        Run <code>npm test and never close it.

        Replace <version> with the release you want.
      `), { setup: [], test: [], lint: [] });
    });
  });

  describe('checks before sending, however the moment is written', () => {
    it('a bold lead-in ("**Before committing:**") leads into its list as a plain one does', async () => {
      assert.deepEqual(await checklistOf(md(g`
        # Contributing

        ## Development

        **Before committing:**

        1. run ´make format´ to auto-format the code
        1. run ´make test´ to run the tests (fix any issue)
      `)), ['run make format to auto-format the code', 'run make test to run the tests (fix any issue)']);
    });
    it('list items that each end "before opening a PR" are checks, their condition kept', async () => {
      assert.deepEqual(await checklistOf(md(g`
        # Contributing

        ## Building

        Run ´make´ to build.

        - If you make changes to the code, please run ´make tests´ before opening a PR.
        - If you make changes to the documentation, please run ´make docs´ before opening a PR.
      `)), ['If you make changes to the code, please run make tests before opening a PR', 'If you make changes to the documentation, please run make docs before opening a PR']);
    });
    it('near miss: a closing moment in a longer paragraph, with no verification asked, or only stating a practice, is no check', async () => {
      assert.deepEqual(await checklistOf(md(g`
        # Contributing

        ## Workflow

        We review every change. Please run the tests before opening a PR, since CI is slow.

        ## Branches

        - Create a branch before opening a PR.

        ## Testing

        All tests should be run before sending a pull request.
      `)), []);
    });
  });

  describe('a test runner or linter that a run is done with', () => {
    for (const [sentence, phases] of [
      ['Run the tests with ´pytest´.', { setup: [], test: ['pytest'], lint: [] }],
      ['Run the test suite using ´tox´.', { setup: [], test: ['tox'], lint: [] }],
      ['Lint the code with ´flake8´.', { setup: [], test: [], lint: ['flake8'] }],
      ['Check your code style with ´flake8´.', { setup: [], test: [], lint: ['flake8'] }],
      ['Bootstrap the repo: ´./script/bootstrap´. Run the tests: ´./script/test´.', { setup: ['./script/bootstrap'], test: ['./script/test'], lint: [] }],
    ] as const) {
      it(sentence, async () => expectPhases(md(g`
        # Contributing

        ## Development

        ${sentence}
      `), { setup: [...phases.setup], test: [...phases.test], lint: [...phases.lint] }));
    }
    for (const sentence of ['We write our tests with ´pytest´.', 'Install the dependencies with ´npm´.', '- ´yarn test´: run unit tests with ´jest´.', 'Sometimes you want to run jest using ´jest-jasmine2´.']) {
      it(`near miss: ${sentence}`, async () => {
        const phases = await factsOf(md(g`
          # Contributing

          ## Development

          ${sentence}
        `));
        const named = [...phases.commands.setup, ...phases.commands.test, ...phases.commands.lint].map((c) => c.command);
        assert.ok(!named.some((c) => ['pytest', 'npm', 'jest', 'jest-jasmine2'].includes(c)), named.join(', '));
      });
    }
  });

  describe('a developers\' guide at the root, with no CONTRIBUTING file', () => {
    const dev = g`
      # Development

      ## Build

      ´´´
      go build ./cmd/acme
      ´´´

      ## Test

      ´´´
      go test ./...
      ´´´
    `;
    for (const name of ['DEVELOPMENT.md', 'DEVELOPING.md', '.github/DEVELOPMENT.md', 'developer_guide.md']) {
      it(`${name} is the guide`, async () => {
        const facts = await factsOf({ 'README.md': '# acme\n\nA tool.\n', [name]: dev });
        assert.equal(facts.files.guide, name);
        assert.deepEqual(facts.commands.test.map((c) => c.command), ['go test ./...']);
      });
    }
    // (Session 25: a docs page named so that speaks to contributors, with nothing else, is the guide: readerRules25.)
    it('near miss: a CONTRIBUTING file comes first; docs/development.md is the guide only where there is none', async () => {
      assert.equal((await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', 'DEVELOPMENT.md': dev })).files.guide, 'CONTRIBUTING.md');
      assert.equal((await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', 'docs/development.md': dev })).files.guide, 'CONTRIBUTING.md');
      assert.equal((await factsOf({ 'README.md': '# acme\n', 'docs/development.md': dev })).files.guide, 'docs/development.md');
    });
  });

  describe('base branch by concepts: a branch, a change, and a relation that puts the change there', () => {
    const base = async (text: string) => (await factsOf(md(`# Contributing\n\n## Pull requests\n\n${text}\n`))).baseBranch;
    for (const [sentence, want] of [
      ["Submit a pull request against this repo's `master` branch.", 'master'],
      ['All new work happens on `develop`, so start your branch from there.', 'develop'],
      ['Please do all of your work against the **1.x** branch; version 2 is not open for contributions yet.', '1.x'],
      ['When you create the pull request on GitHub, choose `develop` in the *base* dropdown (GitHub pre-selects `master`).', 'develop'],
      ["We merge everything into `develop` and cut releases from `master`, so that's where your pull request belongs.", 'develop'],
      ['Open a pull request against `someone/main`.', 'main'],
      ['The steps below get a patch into the main development branch (`main`).', 'main'],
    ] as const) {
      it(sentence, async () => assert.equal(await base(sentence), want));
    }
    for (const [why, sentence] of [
      ['a special case set by a leading condition', 'If you also need changes in the parser, check out the `parser-dev` branch and target it with your PR.'],
      ['the docs site', 'To help with the documentation, all work happens on `stable`, so start your branch from there.'],
      ['a branch whose pull requests are closed', 'Pull requests against `master` will be closed.'],
      ['a base for the changes it names only', 'Please open v3 related PRs against the `v3` branch.'],
      ['no change put on the branch', 'The `main` branch is protected and CI runs on it.'],
      ['a version line named far from the relation', 'This is the **v3** line (version prefix 3.0, with current branch work on a topic branch), whose core was rewritten.'],
    ]) {
      it(`near miss: ${why}`, async () => assert.equal(await base(sentence), null));
    }
    it('near miss: a guide the patterns find two bases in (by kind of change) has none by concepts either', async () => {
      assert.equal(await base('- Typo fixes in the docs: send the pull request against the **main** branch.\n- Code fixes: send pull requests against the **develop** branch.\n\nAll new work happens on `next`, so start your branch from there.'), null);
    });
  });

  describe('a step\'s phase from its own name or description before its heading\'s', () => {
    it('`./configure` under "Building and testing" is setup, `make check` the test run', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Building and testing

        ´´´
        ./configure
        make -j8
        make check
        ´´´
      `), { setup: ['./configure', 'make -j8'], test: ['make check'], lint: [] });
    });
    it('an item whose description says it installs ("- `make develop` — installs the package") is setup', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Common tasks

        - ´make develop´ — installs the package and its development dependencies
        - ´make test´ — runs the whole test suite
      `), { setup: ['make develop'], test: ['make test'], lint: [] });
    });
    it('a paragraph that is a span and what it does ("`npm run build` - compiles typescript") is that step', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Development

        ´npm run build´ - compiles typescript to the dist folder.

        ´npm run lint´: checks the style.
      `), { setup: ['npm run build'], test: [], lint: ['npm run lint'] });
    });
    it('near miss: a paragraph opening with a span that is not described as doing something', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Development

        ´npm run build´ is slow on Windows, sorry.
      `), { setup: [], test: [], lint: [] });
    });
    it('near miss: a bare `make` under "Running tests" still runs the tests', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Running tests

        ´´´
        make
        ´´´
      `), { setup: [], test: ['make'], lint: [] });
    });
  });

  describe('an install section under a build section installs the build\'s prerequisites', () => {
    it('"Building on Unix > Install using apt" gives the packages as setup', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Building on Unix

        ### Install using apt

        ´´´sh
        sudo apt install cmake
        sudo apt install valgrind
        ´´´

        ### Build instructions

        ´´´sh
        cmake -B build
        ´´´
      `), { setup: ['sudo apt install cmake', 'sudo apt install valgrind', 'cmake -B build'], test: [], lint: [] });
    });
    it('near miss: "Installation > Install with Homebrew" installs the product for users', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Installation

        ### Install with Homebrew

        ´´´sh
        brew install libthing
        ´´´
      `), { setup: [], test: [], lint: [] });
    });
  });

  describe('a toolchain installer piped into a shell', () => {
    it('rustup and uv installers are prerequisites', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Prerequisites

        ´´´sh
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh
        curl -LsSf https://astral.sh/uv/install.sh | sh
        uv sync
        ´´´
      `), { setup: ["curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh", 'curl -LsSf https://astral.sh/uv/install.sh | sh', 'uv sync'], test: [], lint: [] });
    });
    it('"Install tox with `pipx install tox`" under any heading is the order to install it', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Running tox

        All checks run through tox. Install tox with ´pipx install tox´ and then run ´tox -e py´.
      `), { setup: ['pipx install tox'], test: ['tox -e py'], lint: [] });
    });
    it("near miss: a project's own install script piped into a shell is a user's install", async () => {
      await expectPhases(md(g`
        # Contributing

        ## Prerequisites

        ´´´sh
        curl -fsSL https://example.org/widget/install.sh | sh
        ´´´
      `), { setup: [], test: [], lint: [] });
    });
  });

  describe('check tasks and linter headings', () => {
    it('`make flakecheck`, `make apicheck` under "pyflakes & PEP-8" are lint steps', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Verifying your contribution

        ### pyflakes & PEP-8

        To ensure that your changes conform to PEP 8 and to run pyflakes execute:

        ´´´console
        $ make flakecheck
        ´´´

        ### API reference

        To make sure that all modules have a section in the API reference, please execute:

        ´´´console
        $ make apicheck
        ´´´
      `), { setup: [], test: [], lint: ['make flakecheck', 'make apicheck'] });
    });
    it('near miss: a container healthcheck is no lint step', async () => {
      await expectPhases(md(g`
        # Contributing

        ## Verifying

        ´´´
        make healthcheck
        ´´´
      `), { setup: [], test: [], lint: [] });
    });
  });

  describe('a self-hosted GitLab link to the project\'s own doc is followed', () => {
    const files = {
      'CONTRIBUTING.md': '# Contributing\n\nTo build and test, see the [Hacking.md][hacking] file.\n\n[hacking]: https://gitlab.gnome.org/GNOME/widget/blob/HEAD/doc/Hacking.md\n',
      'doc/Hacking.md': '# Hacking on widget\n\n## First build\n\n```sh\nmeson setup _build\nninja -C _build\n```\n',
    };
    it('gitlab.gnome.org/GNOME/widget/blob/HEAD/doc/Hacking.md is read as doc/Hacking.md', async () => {
      const facts = toInspectJson(await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' }));
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['meson setup _build', 'ninja -C _build']);
    });
    it('near miss: the same path in another project on that forge is not ours', async () => {
      const facts = toInspectJson(await readGuide(new MemoryRepoFiles(files), { projectName: 'gadget' }));
      assert.deepEqual(facts.commands.setup, []);
    });
  });
});
