import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 26: every text below is written for the test; each rule has a near miss that must keep its old answer.

const read = (files: Record<string, string>, projectName?: string) => readGuide(new MemoryRepoFiles(files), { projectName });
const setupOf = async (files: Record<string, string>, projectName?: string) => (await read(files, projectName)).commands.setup.map((c) => c.command);

describe('reader rules (session 26)', () => {
  describe('a docs-site page with two sources of its name', () => {
    const devPage = 'Development process\n===================\n\nSet up\n------\n\nRun::\n\n    python3 -m venv venv\n    pip install -e .[dev]\n';
    const guide = '# Contributing\n\nThe contribution guidelines are [online](https://docs.widget.org/en/latest/development/dev-process.html).\n';
    it('is the one the site root publishes, not a deeper section of the same name', async () => {
      const files = { 'CONTRIBUTING.md': guide, 'docs/development/dev-process.rst': devPage, 'docs/core/development/dev-process.rst': 'Core process\n============\n\nRun ``make core``.\n' };
      assert.deepEqual((await read(files, 'widget')).files.linkedDocs, ['docs/development/dev-process.rst']);
      assert.deepEqual(await setupOf(files, 'widget'), ['python3 -m venv venv', 'pip install -e .[dev]']);
    });
    it('is the current one, not a copy kept for an old version', async () => {
      const files = {
        'CONTRIBUTING.md': '# Contributing\n\nSee https://widgetframework.com/docs/the-widget-project/contributing for the rules.\n',
        'docs/docs/the-widget-project/contributing.md': '# Contributing\n\nRun `make setup` first.\n',
        'docs/versioned_docs/version-0.4/the-widget-project/contributing.md': '# Contributing\n\nRun `make old-setup` first.\n',
      };
      assert.deepEqual((await read(files, 'widget')).files.linkedDocs, ['docs/docs/the-widget-project/contributing.md']);
    });
    it('near miss: two sources as deep as each other are no answer, and neither is read', async () => {
      const files = { 'CONTRIBUTING.md': guide, 'docs/a/development/dev-process.rst': devPage, 'docs/b/development/dev-process.rst': devPage };
      assert.deepEqual((await read(files, 'widget')).files.linkedDocs, []);
    });
  });

  describe('types listed for release notes', () => {
    const typesOf = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).commit.types?.value ?? null;
    it('are the kinds of a news fragment, not commit types', async () => {
      assert.equal(await typesOf('## Release notes management\n\nAn entry is a file named `<issue>.<type>`, where the type is one of:\n\n* **feature** - a new feature\n* **bugfix** - a bug fixed\n* **doc** - documentation\n* **removal** - a deprecation\n* **misc** - anything else'), null);
    });
    it('near miss: the same words under a heading on commit types still are the types', async () => {
      assert.deepEqual(await typesOf('## Commit message types\n\nStart the subject with one of:\n\n* **feat** - a new feature\n* **fix** - a bug fixed\n* **docs** - documentation'), ['feat', 'fix', 'docs']);
    });
  });

  describe('a quoted branch called the main branch', () => {
    const baseOf = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).baseBranch?.value ?? null;
    it('is the base ("The `trunk` is the main branch and is where all current development takes place")', async () => {
      assert.equal(await baseOf('## Branches\n\nThe `trunk` is the main branch and is where all current development takes place.\n\n## Review\n\nAny change to be accepted into the main branch must pass review.'), 'trunk');
    });
    it('the roles a sentence names branches by are no names ("from your `base` branch to our `target` one")', async () => {
      assert.equal(await baseOf('## Pull requests\n\nContributions may be proposed as a pull request from your `base` branch to our `target` one.'), null);
    });
    it('a document\'s name is no branch ("branch rules distilled from RFC-5")', async () => {
      assert.equal(await baseOf('## Commits\n\nFor the branch-target rules distilled from RFC-5, see the commit guidelines.'), null);
    });
    it('near miss: the default branch for the website is another line', async () => {
      assert.equal(await baseOf('## Website\n\nThe `gh-pages` branch is the default branch for the website.'), null);
    });
  });

  describe('discuss first: the work announced before it is done', () => {
    const discuss = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n## Working on issues\n\n${text}\n` })).discussFirst?.value ?? null;
    it('"If you\'d like to work on a bug, please comment on it to let the maintainers know"', async () => {
      assert.equal(await discuss("If you'd like to work on a bug, please comment on it to let the maintainers know."), true);
    });
    it('"If you\'re interested in working on something, let us know by commenting on an existing issue"', async () => {
      assert.equal(await discuss("If you're interested in working on something, let us know by commenting on an existing issue or by opening a new issue."), true);
    });
    it('"Before you start working on an issue, comment on it"', async () => {
      assert.equal(await discuss('Before you start working on an issue, comment on it so that nobody else picks it up.'), true);
    });
    it('near miss: help offered along the way asks nothing first ("let us know if you need help")', async () => {
      assert.equal(await discuss('If you want to contribute, let us know if you need help.'), null);
    });
    it('near miss: an issue or a pull request as equal choices asks nothing first', async () => {
      assert.equal(await discuss("If you'd like to contribute, open an issue or a pull request."), null);
    });
  });

  describe('a run that stops, lists or scrubs is no step', () => {
    const testsOf = async (block: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n## Running the tests\n\n\`\`\`sh\n${block}\n\`\`\`\n` })).commands.test.map((c) => c.command);
    it('a task named for stopping what the tests started (`make stop-dependencies`, `nimble stopContainers`)', async () => {
      assert.deepEqual(await testsOf('make test\nmake stop-dependencies'), ['make test']);
      assert.deepEqual(await testsOf('nimble test\nnimble stopContainers'), ['nimble test']);
    });
    it('listing the environments (`tox list`) and scrubbing the build (`make scrub`)', async () => {
      assert.deepEqual(await testsOf('tox list\ntox -e py312'), ['tox -e py312']);
      assert.deepEqual(await testsOf('make check\nmake scrub'), ['make check']);
    });
    it('a path with its folders left out (`tests/.../test_file.py`) is an example to fill in, Go\'s `./...` the whole tree', async () => {
      assert.deepEqual(await testsOf('python -m pytest tests/.../test_file.py::test_it -v\ngo test ./...'), ['go test ./...']);
    });
    it('a service\'s logs, status or restart (`pnpm server:logs`) and a placeholder between dots (`.#x.SYSTEM.y`) are no steps', async () => {
      assert.deepEqual(await testsOf('pnpm test\npnpm server:logs\nnix build .#cabalProject.SYSTEM.hsPkgs.PACKAGE.components.COMPONENT'), ['pnpm test']);
    });
    it('a docs build by a task runner\'s wrapper or in the docs folder (`uv run poe doc`, `task docs-gen`, `make -C doc html`)', async () => {
      assert.deepEqual(await testsOf('make check\nuv run poe doc\ntask docs-gen\nmake -C doc html'), ['make check']);
    });
    it('a document\'s or data file\'s path alone (`./build/docs/html/index.html`) is a file to open, no step', async () => {
      assert.deepEqual(await testsOf('make check\n./build/docs/html/index.html'), ['make check']);
    });
    it('near miss: a task that only starts with the letters of one (`make stoplight-test`) is still the run', async () => {
      assert.deepEqual(await testsOf('make stoplight-test'), ['make stoplight-test']);
    });
  });

  describe('a function named in a code rule is no console call', () => {
    const commandsOf = async (text: string) => {
      const c = (await read({ 'CONTRIBUTING.md': `# Contributing\n\n## Code\n\n${text}\n` })).commands;
      return [...c.setup, ...c.test, ...c.lint].map((x) => x.command);
    };
    it('a macro in capitals (`TEST_TITLE()`) and Java\'s `String.format()`', async () => {
      assert.deepEqual(await commandsOf('Tests within a run should use `TEST_TITLE()` with a comment.\n\n- Always use `Locale.ENGLISH` when using `String.format()`.'), []);
    });
    it('near miss: R\'s and Julia\'s test and format calls are still run at the console', async () => {
      assert.deepEqual(await commandsOf('Run `devtools::test()` and then run `JuliaFormatter.format(".")`.'), ['devtools::test()', 'JuliaFormatter.format(".")']);
    });
  });

  describe('a block that opens with a shebang', () => {
    const commandsOf = async (text: string) => {
      const c = (await read({ 'CONTRIBUTING.md': `# Contributing\n\n## Testing\n\n${text}\n` })).commands;
      return [...c.setup, ...c.test, ...c.lint].map((x) => x.command);
    };
    it('is a script\'s text (a test template), not lines to type', async () => {
      assert.deepEqual(await commandsOf('A new test looks like this:\n\n```bash\n#!/bin/bash\nsource "$TEST_TOP/common"\nsetup_root_helper\nrun_check_mkfs_test_dev\n```\n\nRun the suite with `make test`.'), ['make test']);
    });
    it('near miss: a block without one is typed line by line', async () => {
      assert.deepEqual(await commandsOf('```bash\n# run the suite\nmake test\n```'), ['make test']);
    });
  });

  describe('a checklist led in by what a good pull request is', () => {
    const checklistOf = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).checklist.map((c) => c.text);
    it('"A good pull request:" over what it is and has', async () => {
      assert.deepEqual(await checklistOf('A good pull request:\n\n* Is clear.\n* Works across all supported versions.\n* Has tests.'), ['Is clear.', 'Works across all supported versions.', 'Has tests.']);
    });
    it('a heading the other way round: "Guidelines for the PR", "Minimum requirements for a code pull request to be merged"', async () => {
      assert.deepEqual(await checklistOf('## Minimum requirements for a code pull request to be merged\n\n- The code must compile without warnings.\n- Make sure tests pass.'), ['The code must compile without warnings.', 'Make sure tests pass.']);
      assert.deepEqual(await checklistOf('## Guidelines for the PR\n\n- Keep the PR small.\n- Add tests for new code.'), ['Keep the PR small.', 'Add tests for new code.']);
    });
    it('a lead-in naming what the pull request must meet ("Here\'s a small list of requirements for your PR:")', async () => {
      assert.deepEqual(await checklistOf("## General rules\n\nHere's a small list of requirements for your PR:\n\n- Tests pass.\n- Docs updated."), ['Tests pass.', 'Docs updated.']);
      assert.deepEqual(await checklistOf("## Code\n\nIf you'd like to submit a PR, please follow these general guidelines:\n\n- Keep it small.\n- Add tests."), ['Keep it small.', 'Add tests.']);
    });
    it('"Submitting a good Pull Request", and "Here are some general guidelines for submitting new code."', async () => {
      assert.deepEqual(await checklistOf('## Submitting a good Pull Request\n\n- Write tests.\n- Update the docs.'), ['Write tests.', 'Update the docs.']);
      assert.deepEqual(await checklistOf('## General\n\nHere are some general guidelines for submitting new code.\n\n- Write tests.\n- Update the docs.'), ['Write tests.', 'Update the docs.']);
    });
    it('"Here\'s a quick check list for a good pull request (PR):" (two words), "Here the list of things to check for contribution:"', async () => {
      assert.deepEqual(await checklistOf("## Summary\n\nHere's a quick check list for a good pull request (PR):\n\n- Write tests.\n- Update the docs."), ['Write tests.', 'Update the docs.']);
      assert.deepEqual(await checklistOf('Here the list of things to check for contribution:\n\n- Write tests.\n- Update the docs.'), ['Write tests.', 'Update the docs.']);
    });
    it('"To make the review process go as smooth as possible, please consider the following."', async () => {
      assert.deepEqual(await checklistOf('## Contributing a change\n\nWe review all additions.\nTo make the review process go as smooth as possible, please consider the following.\n\n- Add tests that cover the changes you made.\n- Run `go vet`.'), ['Add tests that cover the changes you made.', 'Run `go vet`.']);
    });
    it('near miss: guidelines for a bug report, or requirements of the build, are no checklist', async () => {
      assert.deepEqual(await checklistOf('## Guidelines for bug reports\n\n- Say what you did.\n- Say what happened.'), []);
      assert.deepEqual(await checklistOf('## Building\n\nHere is a list of requirements for your machine:\n\n- A C compiler.\n- CMake.'), []);
    });
    it('near miss: "A good bug report:" is about reporting', async () => {
      assert.deepEqual(await checklistOf('A good bug report:\n\n* Is clear.\n* Has steps to reproduce.'), []);
    });
  });

  describe('a step typed after a `cd` on the same line', () => {
    const commandsOf = async (heading: string, block: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n## ${heading}\n\n\`\`\`sh\n${block}\n\`\`\`\n` })).commands;
    it('is that step, kept as typed (`cd t && make test`, `cd build; cmake ..`)', async () => {
      assert.deepEqual((await commandsOf('Running the tests', 'cd t && make test')).test.map((c) => c.command), ['cd t && make test']);
      assert.deepEqual((await commandsOf('Building', 'cd build; cmake .. -DTESTS=On')).setup.map((c) => c.command), ['cd build; cmake .. -DTESTS=On']);
    });
    it('near miss: what is no step stays none after a `cd` (`cd docs && make docs`), and `cd ..` back out is none', async () => {
      const c = await commandsOf('Building', 'cd docs && make docs\ncd .. && ls');
      assert.deepEqual([...c.setup, ...c.test, ...c.lint].map((x) => x.command), []);
    });
  });

  describe('a database client started alone, and leaving a virtualenv', () => {
    it('(`redis-cli`, `deactivate`) are no steps', async () => {
      const c = (await read({ 'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n```sh\npython -m venv .venv\n. .venv/bin/activate\npip install -e .\ndeactivate\n```\n\n## Running\n\n```sh\nmake\nredis-cli\n```\n' })).commands;
      assert.deepEqual(c.setup.map((x) => x.command), ['python -m venv .venv', '. .venv/bin/activate', 'pip install -e .', 'make']);
    });
  });

  describe('a labelled line of a report in a shell block', () => {
    it('("counter list: cpu-usage-prct") is output, not a command', async () => {
      const c = (await read({ 'CONTRIBUTING.md': '# Contributing\n\n## Building\n\nRun `make` and read its output:\n\n```shell\ncounter list: cpu-usage-prct\n```\n' })).commands;
      assert.deepEqual([...c.setup, ...c.test, ...c.lint].map((x) => x.command), ['make']);
    });
  });

  describe('a block typed at a `❯` or `$>` prompt', () => {
    it('takes the prompted lines, and the lines without a prompt are their output', async () => {
      const c = (await read({ 'CONTRIBUTING.md': '# Contributing\n\n## Hooks\n\nRun:\n\n    ❯ pre-commit install --hook-type=pre-commit\n    pre-commit installed at .git/hooks/pre-commit\n' })).commands;
      assert.deepEqual([...c.setup, ...c.test, ...c.lint].map((x) => x.command), ['pre-commit install --hook-type=pre-commit']);
    });
  });

  describe('a guide that is a real symbolic link', () => {
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'onramp-link-'));
      mkdirSync(join(dir, 'docs', 'development'), { recursive: true });
      writeFileSync(join(dir, 'docs', 'development', 'onboarding.md'), '# Onboarding\n\n## Building\n\n```sh\nmake\n```\n');
      symlinkSync('docs/development/onboarding.md', join(dir, 'CONTRIBUTING.md'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    it('is found by its name, and its facts cite the file it links to, as a link checked out as text is', async () => {
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
      assert.deepEqual(facts.commands.setup.map((c) => [c.command, c.source.file, c.source.line]), [['make', 'docs/development/onboarding.md', 6]]);
    });
  });

  describe('installing the project\'s own release', () => {
    const guide = '# Contributing\n\n## Installation\n\n### Fedora\n\n```sh\nsudo dnf install widget\n```\n\n### Arch Linux\n\n```sh\npacman -S widget\n```\n\n## Development\n\n```sh\nmake\n```\n';
    it('by a system\'s package manager under "Installation", the repository named so, is a user\'s install, not setup', async () => {
      assert.deepEqual(await setupOf({ 'CONTRIBUTING.md': guide }, 'widget'), ['make']);
    });
    it('near miss: another package there is still a prerequisite', async () => {
      assert.deepEqual(await setupOf({ 'CONTRIBUTING.md': guide.replace('dnf install widget', 'dnf install libfoo-devel') }, 'widget'), ['sudo dnf install libfoo-devel', 'make']);
    });
    it('near miss: a tool that builds itself installs its release among the dependencies', async () => {
      assert.deepEqual(await setupOf({ 'CONTRIBUTING.md': '# Contributing\n\n## Install Dependencies\n\n```sh\nbrew install widget\n```\n\n## Building\n\n```sh\nwidget run build\n```\n' }, 'widget'), ['brew install widget', 'widget run build']);
    });
    it('near miss: under a section on building it from source, installing it is the build', async () => {
      assert.deepEqual(await setupOf({ 'CONTRIBUTING.md': '# Contributing\n\n## Build\n\n### Cargo Install\n\n```sh\ncargo install widget --locked\n```\n' }, 'widget'), ['cargo install widget --locked']);
    });
  });
});
