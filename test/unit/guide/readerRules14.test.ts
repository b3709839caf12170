import * as assert from 'node:assert/strict';
import { allCommands, checklistOf, factsOf, g, md as guide } from './probeSupport';
import { candidatePaths } from '../../../src/core/guide/candidatePaths';

// Session 14: general rules found on the projects folded into the development set (measure14). Every guide text
// below is written for the test; each rule has near-misses that must not fire.


describe('reader rules (session 14)', () => {
  describe('task boxes nested in a numbered step, led in by a paragraph of that step', () => {
    const steps = (lead: string): string => g`
      # Contributing

      1. Fork the repository and make your change.
      2. Open the pull request. Reviews may take a while.

         ${lead}

         - [ ] Tests are added
           - unit tests in ´tests/unit´
           - end-to-end tests in ´tests/e2e´
         - [ ] The manual is updated
         - [ ] The commit message says why
      3. Ask for help in the chat if you are stuck.
    `;
    it('"Following this checklist will make the process smoother:" makes the boxes the checks, not their details', async () => {
      assert.deepEqual(await checklistOf(guide(steps('Following this checklist will make the process smoother for everyone:'))), [
        'Tests are added',
        'The manual is updated',
        'The commit message says why',
      ]);
    });
    it('boxes after a paragraph that leads into nothing are not taken', async () => {
      assert.deepEqual(await checklistOf(guide(steps('We track the work of the release below.'))), []);
    });
    it('ticked boxes are a status list, not checks', async () => {
      const text = steps('Here is where we stand:').replace(/\[ \]/g, '[x]');
      assert.deepEqual(await checklistOf(guide(text)), []);
    });
  });

  describe('lead-ins that name the pull requests the list applies to', () => {
    it('"When contributing pull requests, the following points should ideally apply:"', async () => {
      const text = g`
        Guidelines for Contributing
        ===========================

        Thank you for your interest!

        When contributing pull requests, the following points should ideally apply:

         - Each pull request contains one isolated change
         - The pull request passes the test suite (run ´make test´ locally)
      `;
      assert.deepEqual(await checklistOf({ 'CONTRIBUTING.md': text }), ['Each pull request contains one isolated change', 'The pull request passes the test suite (run make test locally)']);
    });
    it('"The following *must* be done for all PRs (where applicable):"', async () => {
      const text = g`
        # Contributing

        ## Code

        The library has three modules, each with its own tests.

        The following *must* be done for all PRs (where applicable):

        - Functions must have docs.
        - Make sure you write tests to cover the code you wrote.
      `;
      assert.deepEqual(await checklistOf(guide(text)), ['Functions must have docs', 'Make sure you write tests to cover the code you wrote']);
    });
    it('"When contributing to the docs, keep this in mind:" is not about a pull request, and "the following modules" is no lead-in', async () => {
      const text = g`
        # Contributing

        ## Layout

        When contributing to the docs, keep this in mind:

        - Pages are written in Markdown
        - Images go to ´docs/img´

        The following modules must be loaded for all tests:

        - ´core´
        - ´net´
      `;
      assert.deepEqual(await checklistOf(guide(text)), []);
    });
  });
  describe('a lead-in naming both the tests and the linters', () => {
    it('"And in order to run the tests and linter checks:" under a setup heading is the test step', async () => {
      const c = await allCommands(guide(g`
        # Contributing

        ### Local development setup

        You need Redis installed. Then:

        ´´´
        bundle install
        ´´´

        And in order to run the tests and linter checks:

        ´´´
        bundle exec rake
        ´´´
      `));
      assert.deepEqual(c.setup, ['bundle install']);
      assert.deepEqual(c.test, ['bundle exec rake']);
    });
    it('under a heading about checks, each line keeps its own phase', async () => {
      const c = await allCommands(guide(g`
        # Contributing

        ## Quality checks (before opening a PR)

        Please run formatting, lint, and tests in this order:

        ´´´bash
        cargo fmt
        cargo clippy
        cargo test
        ´´´
      `));
      assert.deepEqual(c.lint, ['cargo fmt', 'cargo clippy']);
      assert.deepEqual(c.test, ['cargo test']);
    });
    it('"Each line in this file has the following format:" shows fields, not a command', async () => {
      const c = await allCommands(guide(g`
        # Contributing

        ## Tests

        Add a test for your change. The tests are listed in ´tests/LIST´, and their output format is checked.
        Each line in this file has the following format:
        ´´´
        test-name   input.pcap   expected.out   options
        ´´´
      `));
      assert.deepEqual([...c.setup, ...c.test, ...c.lint], []);
    });
  });

  describe('what a command itself says', () => {
    it('`dune build @install @runtest @fmt` runs the tests among its aliases', async () => {
      const c = await allCommands(guide('# Contributing\n\n## Submitting patches\n\nBefore submitting a PR, please run:\n\n```sh\ndune build @install @runtest @fmt\n```\n\n## Building\n\n```sh\ndune build @install\n```\n'));
      assert.deepEqual(c.test, ['dune build @install @runtest @fmt']);
      assert.deepEqual(c.setup, ['dune build @install']);
    });
    it('`make install` under "# Install mypkg, dependencies, test dependencies" prepares the checkout; a bare one installs the product', async () => {
      const c = await allCommands(guide('# Contributing\n\n## Installation and setup\n\n```bash\n# Install mypkg, dependencies, test dependencies and doc dependencies\nmake install\n```\n'));
      assert.deepEqual(c.setup, ['make install']);
      const bare = await allCommands(guide('# Contributing\n\n## Installation and setup\n\n```bash\n./configure\nmake\n# Install it, system-wide\nsudo make install\n```\n'));
      assert.deepEqual(bare.setup, ['./configure', 'make']);
    });
  });
  describe('a developers\' guide deeper in the docs, and a toolchain kept in the checkout', () => {
    const hacking = g`
      # Hacking on Widget

      ## Building

      ´´´console
      ./zig/download.sh
      ./zig/zig build -Drelease
      ´´´

      ## Testing

      ´´´console
      ./zig/zig build test
      ´´´

      ## Simulation

      Run the simulator's tests with:

      ´´´console
      ./zig/zig build vopr
      ´´´

    `;
    it('with no CONTRIBUTING file, `docs/internals/HACKING.md` is the guide', async () => {
      const facts = await factsOf({ 'docs/internals/HACKING.md': hacking, 'docs/internals/design.md': '# Design\n' });
      assert.equal(facts.files.guide, 'docs/internals/HACKING.md');
    });
    it('a CONTRIBUTING file still comes first', async () => {
      const facts = await factsOf({ 'docs/internals/HACKING.md': hacking, 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against `main`.\n' });
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
    });
    it('`./zig/zig build test` is Zig, and a lead-in about the tests gives the phase of a step Zig does not name', async () => {
      const c = await allCommands({ 'docs/internals/HACKING.md': hacking });
      assert.deepEqual(c, { setup: ['./zig/download.sh', './zig/zig build -Drelease'], test: ['./zig/zig build test', './zig/zig build vopr'], lint: [] });
    });
    it('`bin/rails test` and `./tools/go/bin/go vet ./...` are the toolchains they name', async () => {
      const c = await allCommands(guide('# Contributing\n\n## Checks\n\n```sh\nbin/rails test\n./tools/go/bin/go vet ./...\n```\n'));
      assert.deepEqual(c.test, ['bin/rails test']);
      assert.deepEqual(c.lint, ['./tools/go/bin/go vet ./...']);
    });
  });
  describe('a prerequisite given once per platform', () => {
    it('every platform\'s package install is kept, past the limit on a long tail of variants', async () => {
      const platforms = [
        ['Alpine', 'sudo apk add cmake ninja'],
        ['Arch', 'run0 pacman -S cmake ninja'],
        ['Debian', 'sudo apt install cmake ninja-build'],
        ['Fedora', 'sudo dnf install cmake ninja-build'],
        ['openSUSE', 'sudo zypper install cmake ninja'],
        ['macOS', 'brew install cmake ninja'],
        ['FreeBSD', 'doas pkg install cmake ninja'],
      ];
      const body = platforms.map(([p, c]) => `### ${p}\n\nInstall the prerequisites:\n\n\`\`\`\n${c}\n\`\`\`\n`).join('\n');
      const c = await allCommands(guide(`# Contributing\n\n## Prerequisites\n\n${body}\n## Building\n\n\`\`\`\ncmake -B build\ncmake --build build\n\`\`\`\n`));
      assert.deepEqual(c.setup, [...platforms.map(([, cmd]) => cmd), 'cmake -B build', 'cmake --build build']);
    });
    it('a long tail of build variants is still cut short', async () => {
      const variants = Array.from({ length: 12 }, (_, k) => `make build-variant-${k}`);
      const c = await allCommands(guide(`# Contributing\n\n## Building\n\n\`\`\`\n${variants.join('\n')}\n\`\`\`\n`));
      assert.ok(c.setup.length < variants.length, c.setup.join(', '));
    });
  });
  describe('more lead-ins to the checks of a change', () => {
    it('"When doing changes, keep the following best practices in mind:", a nested link being the item\'s reference', async () => {
      const text = g`
        # Contributing

        Fork the repository and open a pull request against it.

        When doing changes, keep the following best practices in mind:

        * Provide test cases
        * Use the code formatter for your IDE
          * [Formatter settings](https://example.org/formatter.xml)
        * Create one pull request per feature
      `;
      assert.deepEqual(await checklistOf(guide(text)), ['Provide test cases', 'Use the code formatter for your IDE', 'Create one pull request per feature']);
    });
    it('"If your PR introduces a flag, you MUST:"', async () => {
      const text = g`
        # Contributing

        ## Pull requests

        First, use the pull request template.

        If your PR introduces a flag, you MUST:
        - Add completions for bash and zsh
        - Add documentation to the man page
      `;
      assert.deepEqual(await checklistOf(guide(text)), ['Add completions for bash and zsh', 'Add documentation to the man page']);
    });
    it('near misses: "keep in mind" about reading the code, and a condition about the project\'s users', async () => {
      const text = g`
        # Contributing

        When reading the code, keep the following in mind:

        * Modules are loaded lazily
        * Errors are values

        If your setup uses a proxy, you must:
        - set HTTP_PROXY
        - set NO_PROXY
      `;
      assert.deepEqual(await checklistOf(guide(text)), []);
    });
  });
  describe('a folder of contributor docs deeper in the docs, with no guide page of its own', () => {
    const patches = 'Submitting patches\n==================\n\nSend patches to dev@example.org with ``git send-email``.\n';
    it('`doc/guides/contributing/patches.rst` is the guide, and the editor watches it', async () => {
      const facts = await factsOf({ 'doc/guides/contributing/patches.rst': patches, 'doc/guides/contributing/unit_test.rst': 'Unit tests\n==========\n', README: 'A library.\n' });
      assert.equal(facts.files.guide, 'doc/guides/contributing/patches.rst');
      assert.ok(candidatePaths().matches('doc/guides/contributing/patches.rst'));
    });
    it('a README in such a folder is a part\'s front page, and a folder that has an index keeps it', async () => {
      assert.equal((await factsOf({ 'docs/api/contributing/README.md': '# API contributors\n' })).files.guide, null);
      const withIndex = await factsOf({ 'contributing/index.md': '# Contributing\n\nOpen a pull request.\n', 'contributing/patches.md': '# Patches\n' });
      assert.equal(withIndex.files.guide, 'contributing/index.md');
    });
  });
  describe('the base branch written as a start point before the new branch', () => {
    it('`git checkout upstream/main -b my-fix` gives main; `git checkout -b main-fix` alone gives nothing', async () => {
      const f = await factsOf(guide('# Contributing\n\n1. Sync your fork.\n2. `git checkout upstream/main -b <name_of_your_branch>`\n3. Push and open a pull request.\n'));
      assert.equal(f.baseBranch, 'main');
      const none = await factsOf(guide('# Contributing\n\n```sh\ngit checkout -b main-fix\n```\n'));
      assert.equal(none.baseBranch, null);
    });
  });
});
