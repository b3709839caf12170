import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { allCommands, checklistOf, expectPhases, factsOf, g, md as guide, readme, rst } from './probeSupport';

const rawFacts = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

// Session 15: general rules found by studying the misses of the last blind set (measure15), now part of the
// development set. Every guide text below is written for the test; each rule has near-misses that must not fire.

describe('reader rules (session 15)', () => {
  describe('a README standing in for the guide', () => {
    it('"Compiling from source" and "Running tests" are read beside a Contributing section that holds no commands', async () => {
      await expectPhases(readme(g`
        # lintr

        A linter.

        ## Installing

        ´´´
        apt-get install lintr
        ´´´

        ## Compiling from source

        ´´´
        cabal update
        cabal install
        ´´´

        ### Running tests

        ´´´
        cabal test
        ´´´

        ## Contributing

        Please send patches as pull requests.
      `), { setup: ['cabal update', 'cabal install'], test: ['cabal test'], lint: [] });
    });
    it('near miss: a user\'s "Installing" and "Usage" sections stay out', async () => {
      const facts = await rawFacts(readme(g`
        # tool

        ## Installing from the release page

        ´´´sh
        make install
        ´´´

        ## Compiling your own plugins

        ´´´sh
        tool build plugin.c
        ´´´
      `));
      assert.equal(facts.files.readmeSection, null);
    });
  });

  describe('what a pull request holds, under a heading about pull requests', () => {
    const perKind = (heading: string, lead: string): string => g`
      # Contributing

      ## ${heading}

      ${lead}

      * Code that fixes the bug
      * Failing tests which pass with the new changes
      * An entry in the Unreleased section of CHANGELOG.md
    `;
    it('"If possible provide:" under "Pull requests for bugs" is the checklist', async () => {
      assert.deepEqual(await checklistOf(guide(perKind('Pull requests for bugs', 'If possible provide:'))), [
        'Code that fixes the bug',
        'Failing tests which pass with the new changes',
        'An entry in the Unreleased section of CHANGELOG.md',
      ]);
    });
    it('near miss: "Please provide:" under a heading about reporting bugs is what a report holds', async () => {
      assert.deepEqual(await checklistOf(guide(perKind('Reporting bugs', 'Please provide:'))), []);
    });
    it('"Good Pull Requests" over numbered asks is the checklist', async () => {
      const text = g`
        # Contributing

        ## Good Pull Requests

        1. Avoid raising duplicate pull requests: search the open ones first.
        2. Always include tests that fail without your change.
        3. Always run the test suite locally.
      `;
      assert.equal((await checklistOf(guide(text))).length, 3);
    });
    it('"Once a contribution is ready to be submitted" over asks about the change is the checklist', async () => {
      const text = g`
        # Contributing

        ### Once a contribution is ready to be submitted

         * Make each pull request atomic and exclusive.
         * Changes should be accompanied by unit tests.
         * Code must build for both target frameworks.
      `;
      assert.equal((await checklistOf(guide(text))).length, 3);
    });
    it('near miss: "When the release is ready to be published" is a maintainer\'s list', async () => {
      const text = g`
        # Contributing

        ### When the release is ready to be published

         * Tag the release.
         * Upload the packages.
      `;
      assert.deepEqual(await checklistOf(guide(text)), []);
    });
    it('"For new filetypes, do not forget:" leads into the checks', async () => {
      const text = g`
        # Contributing

        ## New runtime files

        Please create a PR with your changes. For new filetypes, do not forget:

        - to add a new filetype test.
        - to document all configuration switches.
      `;
      assert.equal((await checklistOf(guide(text))).length, 2);
    });
    it('near miss: "When reporting a bug, do not forget:" is what a report holds', async () => {
      const text = g`
        # Contributing

        ## Reporting bugs

        When reporting a bug, do not forget:

        - the version you use.
        - the steps to reproduce it.
      `;
      assert.deepEqual(await checklistOf(guide(text)), []);
    });
    it('near miss: "Good first issues" is where to start, not checks', async () => {
      const text = g`
        # Contributing

        ## Good first issues

        1. Issues labelled "good first issue" are small.
        2. Ask on the issue before you start on it.
      `;
      assert.deepEqual(await checklistOf(guide(text)), []);
    });
  });

  describe("Gradle's `check` lifecycle task, a test run as often as a lint run", () => {
    it('is a test step where its sentence asks for passing tests', async () => {
      await expectPhases(guide(g`
        # Contributing

        ## Pull request process

        1. Make sure all tests pass and the whole build passes (run ´./gradlew check´).
        2. Add the tests your change needs.
      `), { setup: [], test: ['./gradlew check'], lint: [] });
    });
    it('near miss: under a lint heading, over style checks only, it lints', async () => {
      await expectPhases(guide(g`
        # Contributing

        ## Code style

        To check that your code follows the style guide, run ´./gradlew check´.
      `), { setup: [], test: [], lint: ['./gradlew check'] });
    });
  });

  describe('a shell loop or condition written over several lines is one script, not steps', () => {
    it('the lines of a `while ... do ... done` waiting loop are no commands; the lines around it are', async () => {
      await expectPhases(guide(g`
        # Contributing

        ## Setup

        ´´´bash
        docker run -d --name db -p 5432:5432 postgres
        while
          sleep 1;
          ! echo 'CREATE DATABASE test;' | docker exec -i db psql -U postgres
        do sleep 1; done
        cargo install cargo-nextest
        ´´´
      `), { setup: ['docker run -d --name db -p 5432:5432 postgres', 'cargo install cargo-nextest'], test: [], lint: [] });
    });
    it('an indentation example under a style heading gives no lint steps', async () => {
      await expectPhases(guide(g`
        # Contributing

        ## Indentation

        Indent with two spaces.

        ´´´sh
        if [ -z "$x" ]; then
          someFunction
        fi
        for x in a b c
        do
          echo "$x"
        done
        ´´´
      `), { setup: [], test: [], lint: [] });
    });
    it('near miss: a loop on one line is one command, and a prompted loop closed without a prompt ends there', async () => {
      await expectPhases(guide(g`
        # Contributing

        ## Building

        ´´´
        $ for m in core io; do git clone https://example.com/$m.git; done
        $ for m in a b; do \
          echo $m
        done
        $ make build
        ´´´
      `), { setup: ['make build'], test: [], lint: [] });
    });
  });

  describe("the README's link to a developer document, beside a guide that does not link it", () => {
    const files = (target: string): Record<string, string> => ({
      'CONTRIBUTING.md': '# Contributing\n\nWe cannot accept pull requests. Attach patches to an issue in the tracker.\n',
      'README.md': `# lib\n\nA library.\n\n* [Developer Information](${target})\n`,
      [target]: '# Development\n\n## Tests\n\n* Run `lein test` to run the JVM tests\n',
    });
    it('is read: its test step is the project\'s', async () => {
      assert.deepEqual((await allCommands(files('doc/development.md'))).test, ['lein test']);
    });
    it('near miss: a README link to a usage page is not read', async () => {
      assert.deepEqual((await allCommands(files('doc/usage.md'))).test, []);
    });
  });

  describe('the base branch in more of the ways guides name it', () => {
    const base = async (files: Record<string, string>): Promise<string | null> => (await factsOf(files)).baseBranch;
    const cases: [string, Record<string, string>, string | null][] = [
      ["the main repository's ``main`` branch (reStructuredText)", rst("Contributing\n============\n\n6. Send a GitHub Pull Request to the main repository's ``main`` branch.\n"), 'main'],
      // (A name before a quoted branch is as often another project's, "the Homebrew `master` branch" (review15b): left out.)
      ['near miss: another project\'s name before a quoted branch', guide('# Contributing\n\nFormulae are updated by pull requests to the Homebrew `master` branch.\n'), null],
      ['a version branch, then "PR\'s should target this branch"', guide("# Contributing\n\n* The latest changes are in the `13.x` branch. PR's should initially target this branch.\n"), '13.x'],
      ['near miss: "should not target this branch"', guide("# Contributing\n\n* The old changes are in the `12.x` branch. PR's should not target this branch.\n"), null],
      ['"active development is targeting the `main` branch"', guide('# Contributing\n\nThe majority of active development is targeting the `main` branch.\n'), 'main'],
      ['near miss: one development branch per line of releases', guide('# Contributing\n\nv4 development takes place on the `main` branch while v3 is on the `dev-v3` branch.\n'), null],
      ['near miss: a list of branches where the old one takes no pull requests', guide('# Contributing\n\n## Branches\n\n- `legacy` – frozen; do not open PRs here\n- `main` – stable, released code\n'), null],
      ['near miss: "everything else goes to" a quoted folder', guide('# Contributing\n\nTranslations go to `locales/`; everything else goes to `src`.\n'), null],
      ['near miss: work on the website in the `gh-pages` branch', guide('# Contributing\n\nWork on the website happens in the `gh-pages` branch.\n'), null],
      ['"Make sure you are on the `master` branch"', guide('# Contributing\n\n- [ ] Make sure you are on the `master` branch.\n'), 'master'],
      ['`git rebase [-i] upstream/master`, the optional flag in brackets', guide('# Contributing\n\nYou can now `git fetch upstream` and `git rebase [-i] upstream/master` to update your branches.\n'), 'master'],
    ];
    for (const [name, files, expected] of cases) it(name, async () => assert.equal(await base(files), expected));
  });

  describe('release notes asked for by other words', () => {
    const changelog = async (text: string) => (await factsOf(guide(text))).changelog;
    it('"require an addition to the release notes"', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nImportant changes require an addition to the release notes in doc/guides/rel_notes/.\n'), { required: true, how: 'changelog-file' });
    });
    it('an entry added to a release_notes file named by its path', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nIf your change is user-facing, add an entry to `packages/app/release_notes/NEXT_RELEASE_NOTES.md` in the same PR.\n'), { required: true, how: 'changelog-file' });
    });
    it('near miss: a `release_notes` task that builds a page', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nRun `make release_notes` to build the release notes page.\n'), { required: null, how: null });
    });
    it('"Do not modify the `CHANGELOG.md` or the version": the file named in backticks is still the file', async () => {
      assert.deepEqual(await changelog('# Contributing\n\n### Do not update version and changelog\n\n> Do not modify the `CHANGELOG.md` or the version in the `pubspec.yaml`, this is handled by the maintainers.\n'), { required: false, how: null });
    });
    it('near miss: a quoted label name still says nothing', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nThe "no changelog" label skips the check. Add an entry to CHANGELOG.md.\n'), { required: true, how: 'changelog-file' });
    });
    it("a patch revision's changelog, for reviewers between submissions, is no project changelog", async () => {
      const text = g`
        = Contributing

        == Patch revision changelog

        When improvements are requested, the new revision of each commit should include a changelog of the
        modifications between each submission.
      `;
      assert.deepEqual((await factsOf({ 'CONTRIBUTING.adoc': text })).changelog, { required: null, how: null });
    });
  });

  describe("whether pull requests are taken, from the README's section on sending changes", () => {
    const accepts = async (files: Record<string, string>) => (await factsOf(files)).acceptsPullRequests;
    const issuesOnly = '# Contributing\n\n## Filing issues\n\nWhen filing an issue, say which version you use.\n';
    it('"This repository uses Gerrit for code changes" in the README, beside a guide about issues', async () => {
      assert.equal(await accepts({ 'CONTRIBUTING.md': issuesOnly, 'README.md': '# sys\n\n## Report Issues / Send Patches\n\nThis repository uses Gerrit for code changes.\n' }), false);
    });
    it('"Pull requests and GitHub issues are not accepted" is a refusal', async () => {
      assert.equal(await accepts(guide('# Contributing\n\nPull requests and GitHub issues are not accepted; use the JIRA project.\n')), false);
    });
    it('near miss: the guide\'s own word wins over the README', async () => {
      assert.equal(await accepts({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against `main`.\n', 'README.md': '# x\n\n## Contributing\n\nThis repository uses Gerrit for code changes.\n' }), true);
    });
    it('near miss: a README without such a section leaves it unknown', async () => {
      assert.equal(await accepts({ 'CONTRIBUTING.md': issuesOnly, 'README.md': '# sys\n\n## Usage\n\nThis tool uses Gerrit for code changes.\n' }), null);
    });
  });

  describe('formatters the phase rules knew but the line rules did not', () => {
    it('`shfmt -i 2 -ci -bn -l -d .` in a block under "Code Conventions" is a lint step', async () => {
      await expectPhases(guide('# Contributing\n\n## Code Conventions\n\n```bash\nshfmt -i 2 -ci -bn -l -d .\n```\n'), { setup: [], test: [], lint: ['shfmt -i 2 -ci -bn -l -d .'] });
    });
    it('near miss: "we are using `gofumpt`" names the tool, it is no step', async () => {
      await expectPhases(guide('# Contributing\n\n## Auto-format\n\nWe are currently using `gofumpt`, which `make install-tools` installs.\n'), { setup: [], test: [], lint: [] });
    });
  });

  describe('tools the line rules did not know', () => {
    it('`carthage update`, `sdk env` and `pixi run build` under a setup heading are setup steps', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\n```sh\ncarthage update --platform iOS\nsdk env\npixi run build\n```\n'), { setup: ['carthage update --platform iOS', 'sdk env', 'pixi run build'], test: [], lint: [] });
    });
    it('`conan install .`, `vcpkg install`, `emerge` and `bb test` are steps', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\n```sh\nsudo emerge dev-libs/openssl\nconan install . --build=missing\nvcpkg install\n```\n\n## Tests\n\n```sh\nbb test\n```\n'), { setup: ['sudo emerge dev-libs/openssl', 'conan install . --build=missing', 'vcpkg install'], test: ['bb test'], lint: [] });
    });
    it('near miss: `pixi run docbuild` builds the docs, and `pixi info` named in prose reports: no steps', async () => {
      const found = await allCommands(guide('# Contributing\n\n## Setup\n\nCheck what is installed with `pixi info`.\n\n```sh\npixi install\npixi run docbuild\n```\n'));
      assert.deepEqual(found, { setup: ['pixi install'], test: [], lint: [] });
    });
    it('near miss: "Carthage" and "a mill" in prose, and `sdk` without its verb, are no steps', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\nWe support `carthage` and SwiftPM. The `sdk` folder holds the bindings.\n'), { setup: [], test: [], lint: [] });
    });
  });

  describe("Rake's default task", () => {
    it('"Run `bundle exec rake`" in a workflow list, with no phase said, is the test run', async () => {
      await expectPhases(guide('# Contributing\n\n## Workflow\n\n* Fork the project.\n* Run `bundle`\n* Run `bundle exec rake`\n* Make your change.\n'), { setup: ['bundle'], test: ['bundle exec rake'], lint: [] });
    });
    it('near miss: `rake` under a heading that says it builds is the build', async () => {
      await expectPhases(guide('# Contributing\n\n## Building\n\n```sh\nbundle install\nrake\n```\n'), { setup: ['bundle install', 'rake'], test: [], lint: [] });
    });
  });

  describe('a dependency cloned into a folder of the checkout', () => {
    it('`git clone --depth 1 <url> .dependencies/x` is setup', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\n```bash\ngit clone --depth 1 https://github.com/example/plenary.nvim .dependencies/plenary.nvim\n```\n'), { setup: ['git clone --depth 1 https://github.com/example/plenary.nvim .dependencies/plenary.nvim'], test: [], lint: [] });
    });
    it('near miss: cloning the project, or a tool into `~/.fzf`, is not', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\n```bash\ngit clone https://github.com/example/widget.git\ngit clone --depth 1 https://github.com/example/fzf.git ~/.fzf\n```\n'), { setup: [], test: [], lint: [] });
    });
  });

  describe("GNU's README-hacking and a shell comment with no space after its `#`", () => {
    it('`README-hacking` at the root is read beside the guide; `make #[check]` is `make`', async () => {
      await expectPhases({
        'CONTRIBUTING.md': '# Contributing\n\nSend patches to the mailing list.\n',
        'README-hacking': 'Building from git\n\nThese steps build from a checkout:\n\n        $ ./bootstrap\n        $ ./configure --quiet #[--disable-gcc-warnings]\n        $ make #[check]\n',
      }, { setup: ['./bootstrap', './configure --quiet', 'make'], test: [], lint: [] });
    });
    it('near miss: a `#` inside quotes is no comment', async () => {
      await expectPhases(guide('# Contributing\n\n## Linting\n\n```sh\nruff check --extend-select "E #x" .\n```\n'), { setup: [], test: [], lint: ['ruff check --extend-select "E #x" .'] });
    });
    // (`nix build` is read as a build, whatever flake output it names: older, and not what this test is about.)
    it('near miss: a flake reference keeps its `#`', async () => {
      await expectPhases(guide('# Contributing\n\n## Testing\n\n```sh\nnix build .#test -L\n```\n'), { setup: ['nix build .#test -L'], test: [], lint: [] });
    });
  });

  describe('maintaining the git hooks is no step', () => {
    it('`pre-commit uninstall` and `pre-commit autoupdate` are neither setup nor lint; install and run are', async () => {
      await expectPhases(guide('# Contributing\n\n## Code style\n\n```sh\npre-commit install\npre-commit run --all-files\npre-commit autoupdate\npre-commit uninstall\n```\n'), { setup: ['pre-commit install'], test: [], lint: ['pre-commit run --all-files'] });
    });
  });

  describe('the same step another way, for whoever the first way leaves out', () => {
    it('"If this does not work OR you are on Windows, execute the following:" gives setup steps', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\nThe build installs the hook for you. If this does not work OR you are on Windows, execute the following:\n\n```bash\ncurl -o .git/hooks/commit-msg https://review.example.org/tools/hooks/commit-msg\nchmod +x .git/hooks/commit-msg\n```\n'), { setup: ['curl -o .git/hooks/commit-msg https://review.example.org/tools/hooks/commit-msg', 'chmod +x .git/hooks/commit-msg'], test: [], lint: [] });
    });
    it('near miss: "If the build fails, run:" is a repair, no step', async () => {
      await expectPhases(guide('# Contributing\n\n## Setup\n\n```bash\nmake\n```\n\nIf the build fails with errors, run:\n\n```bash\nmake distclean\n./configure --enable-debug\n```\n'), { setup: ['make'], test: [], lint: [] });
    });
  });

  describe('discussing first, in more word orders', () => {
    const discuss = async (text: string) => (await factsOf(guide(text))).discussFirst;
    const cases: [string, string, boolean | null][] = [
      ['"Please first open a GitHub issue"', '# Contributing\n\nPlease first open a GitHub issue. We want to avoid duplicated effort.\n', true],
      ['"consider first discussing the change you wish to make via an issue"', '# Contributing\n\nBefore opening the PR, consider first discussing the change you wish to make via an issue.\n', true],
      ['"before you put a lot of work into ..., get in touch"', '# Contributing\n\nBefore you put a lot of work into a new feature, get in touch with one of the developers.\n', true],
      ['near miss: a bug report\'s "first open an issue"', '# Contributing\n\n## Reporting bugs\n\nTo report a bug, please first open an issue with the bug template.\n', null],
      ['near miss: "before you start, install Node"', '# Contributing\n\nBefore you start, make sure to install Node 20 and ask your IDE to format on save.\n', null],
    ];
    for (const [name, text, expected] of cases) it(name, async () => assert.equal(await discuss(text), expected));
  });
});
