import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Review of the session-23 structural rules: hostile probes, each a layout a real project could plausibly have, and
// near misses that must keep working. Every text below is written for the test. A probe the reader gets wrong is kept
// as `it.skip` with the reason in its title.

const read = async (files: Record<string, string>) => {
  const facts = await readGuide(new MemoryRepoFiles(files));
  return {
    facts,
    guide: facts.files.guide,
    linked: facts.files.linkedDocs,
    setup: facts.commands.setup.map((c) => c.command),
    test: facts.commands.test.map((c) => c.command),
  };
};

const sh = (...lines: string[]) => `\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`;

describe('review of session 23 rules (a)', () => {
  describe('rule 1: a guide that is a symbolic link checked out as text', () => {
    it('near miss: the target\'s own relative links resolve from the target\'s folder', async () => {
      const { setup, test } = await read({
        'CONTRIBUTING.md': 'docs/dev/contributing.md\n',
        'docs/dev/contributing.md': `# Contributing\n\nSet up your environment as described in [the setup guide](setup.md).\n\n## Tests\n\n${sh('make test')}`,
        'docs/dev/setup.md': `# Setup\n\n${sh('pip install -e ".[dev]"')}`,
      });
      assert.deepEqual(setup, ['pip install -e ".[dev]"']);
      assert.deepEqual(test, ['make test']);
    });
    it('near miss: a README that is a link (README.md -> docs/README.md) still gives its Development section', async () => {
      const { facts, test } = await read({
        'README.md': 'docs/README.md\n',
        'docs/README.md': `# Widget\n\nA widget.\n\n## Development\n\n${sh('pip install -e .', 'pytest')}`,
      });
      assert.deepEqual(test, ['pytest']);
      assert.equal(facts.commands.test[0].source.file, 'docs/README.md');
    });
    it('a link to a link (CONTRIBUTING.md -> docs/CONTRIBUTING.md -> source/contributing.md) is read at the end (fixed)', async () => {
      const { setup, test } = await read({
        'CONTRIBUTING.md': 'docs/CONTRIBUTING.md\n',
        'docs/CONTRIBUTING.md': 'source/contributing.md\n',
        'docs/source/contributing.md': `# Contributing\n\n## Setup\n\n${sh('npm ci')}\n## Tests\n\n${sh('npm test')}`,
      });
      assert.deepEqual(setup, ['npm ci']);
      assert.deepEqual(test, ['npm test']);
    });
    it('CONTRIBUTING.md that is a link to the README: the README\'s Development steps are read, its users\' install is not a setup step', async () => {
      const { setup, test } = await read({
        'CONTRIBUTING.md': 'README.md\n',
        'README.md': `# Widget\n\nA widget.\n\n## Installation\n\n${sh('pip install widget')}\n## Development\n\n${sh('pip install -e ".[dev]"', 'pytest')}`,
      });
      assert.ok(setup.includes('pip install -e ".[dev]"'), setup.join(' | '));
      assert.ok(!setup.includes('pip install widget'), setup.join(' | '));
      assert.deepEqual(test, ['pytest']);
    });
    it('a linked document that is a link checked out as text (docs/testing.md -> ../tests/README.md, kept for a docs site) is read, and cited, at its target (fixed)', async () => {
      const { facts, test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against `main`.\n\nHow to run the test suite is in the [testing guide](docs/testing.md).\n',
        'docs/testing.md': '../tests/README.md\n',
        'tests/README.md': `# Tests\n\n## Running the tests\n\n${sh('pytest tests/')}`,
      });
      assert.deepEqual(test, ['pytest tests/']);
      assert.equal(facts.commands.test[0].source.file, 'tests/README.md');
    });
    it('a linked CLAUDE.md that is a link to AGENTS.md (the usual way to share one agent file) gives AGENTS.md\'s test command, cited there (fixed)', async () => {
      const { facts, test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nThe exact build and test commands are kept in [CLAUDE.md](CLAUDE.md).\n',
        'CLAUDE.md': 'AGENTS.md\n',
        'AGENTS.md': `# Agents\n\n## Testing\n\n${sh('cargo test --workspace')}`,
      });
      assert.deepEqual(test, ['cargo test --workspace']);
      assert.equal(facts.commands.test[0].source.file, 'AGENTS.md');
    });
  });

  describe('rule 2: README headings on building the project in other words', () => {
    const readme = (heading: string, body: string) => `# Widget\n\nA widget library.\n\n## Installation\n\n${sh('pip install widget')}\n## ${heading}\n\n${body}`;
    it('"Building the API documentation" is side work, not the project\'s build', async () => {
      const { setup } = await read({ 'README.md': readme('Building the API documentation', sh('pip install -r docs/requirements.txt', 'sphinx-build docs docs/_build')) });
      assert.deepEqual(setup, []);
    });
    it('"Building the user manual" is side work (fixed)', async () => {
      const { setup } = await read({ 'README.md': readme('Building the user manual', sh('sudo apt-get install pandoc', 'make -C manual pdf')) });
      assert.deepEqual(setup, []);
    });
    it('near miss: "Compiling your first program" is usage of a compiler', async () => {
      const { setup } = await read({ 'README.md': readme('Compiling your first program', sh('widgetc hello.wc -o hello', './hello')) });
      assert.deepEqual(setup, []);
    });
    it('near miss: "Building the docs locally" is side work', async () => {
      const { setup } = await read({ 'README.md': readme('Building the docs locally', sh('pip install -r docs/requirements.txt', 'make -C docs html')) });
      assert.deepEqual(setup, []);
    });
    it('near miss: "Building your app for production" is the user\'s own', async () => {
      const { setup } = await read({ 'README.md': readme('Building your app for production', sh('npx widget build --prod')) });
      assert.deepEqual(setup, []);
    });
    it('near miss: "2. Building the library" (numbered) stands in', async () => {
      const { setup } = await read({ 'README.md': readme('2. Building the library', sh('cmake -B build', 'cmake --build build')) });
      assert.deepEqual(setup, ['cmake -B build', 'cmake --build build']);
    });
  });

  describe('rule 3: ten setup steps a document', () => {
    it('a guide\'s long setup does not crowd out the build steps of the document it links', async () => {
      const { setup } = await read({
        'CONTRIBUTING.md': `# Contributing\n\n## Setting up the backend\n\n${sh(
          'python -m venv .venv',
          'source .venv/bin/activate',
          'pip install -U pip wheel',
          'pip install -r requirements.txt',
          'pip install -r requirements-dev.txt',
          'pre-commit install',
          'cp .env.example .env',
          'docker compose up -d db',
          'python manage.py migrate',
          'python manage.py loaddata fixtures/dev.json',
        )}\nThe frontend is set up as described in the [development guide](docs/development.md).\n`,
        'docs/development.md': `# Frontend development\n\n## Setup\n\n${sh('cd frontend', 'corepack enable', 'pnpm install', 'pnpm run codegen', 'pnpm run build')}`,
      });
      assert.ok(setup.includes('pnpm run build'), setup.join(' | '));
    });
    it('near miss: a test step still has the old room (six)', async () => {
      const runs = Array.from({ length: 9 }, (_, k) => `pytest tests/part${k}`);
      const { test } = await read({ 'CONTRIBUTING.md': `# Contributing\n\n## Tests\n\n${sh(...runs)}` });
      assert.ok(test.length <= 6, String(test.length));
    });
  });

  describe('rule 4: a root DEVEL.md, README-dev.md or build document is the guide where nothing else is', () => {
    it('a BUILDING.md about building the user\'s app does not hide the README\'s Development section (fixed)', async () => {
      const { setup, test } = await read({
        'README.md': `# Widget\n\nA static site generator.\n\n## Development\n\n${sh('npm ci', 'npm test')}`,
        'BUILDING.md': `# Building your site\n\nWhen your site is ready, build it for production:\n\n${sh('npx widget build --prod')}\nThe output is written to \`dist/\`.\n`,
      });
      assert.ok(setup.includes('npm ci'), setup.join(' | '));
      assert.ok(!setup.includes('npx widget build --prod'), setup.join(' | '));
      assert.deepEqual(test, ['npm test']);
    });
    it.skip('a real BUILDING.md does not lose the README\'s "Running the tests" section (left open: where the README\'s sections stand in, a root build document is not read beside them)', async () => {
      const { setup, test } = await read({
        'README.md': `# Widget\n\nA C library.\n\n## Running the tests\n\n${sh('ctest --test-dir build')}`,
        'BUILDING.md': `# Building\n\n${sh('sudo apt-get install libfoo-dev', 'cmake -B build', 'cmake --build build')}`,
      });
      assert.deepEqual(setup, ['sudo apt-get install libfoo-dev', 'cmake -B build', 'cmake --build build']);
      assert.deepEqual(test, ['ctest --test-dir build']);
    });
    it('`BuildingPlugins.md` (for plugin authors) is not the guide (fixed)', async () => {
      const { guide, setup } = await read({
        'README.md': `# Widget\n\nAn editor.\n\n## Building from source\n\n${sh('cmake -B build', 'cmake --build build')}`,
        'BuildingPlugins.md': `# Building plugins\n\nA plugin is a shared library the editor loads at start.\n\n${sh('widget-sdk new my-plugin', 'widget-sdk build my-plugin')}`,
      });
      assert.notEqual(guide, 'BuildingPlugins.md');
      assert.deepEqual(setup, ['cmake -B build', 'cmake --build build']);
    });
    it('`BuildingBlocks.md` (a concepts page) is not the guide (fixed)', async () => {
      const { guide, setup } = await read({
        'README.md': `# Widget\n\nA UI toolkit.\n\n## Development\n\n${sh('npm ci', 'npm test')}`,
        'BuildingBlocks.md': `# Building blocks\n\nEvery screen is made of panels and slots. Start a new app with:\n\n${sh('npx create-widget-app my-app')}`,
      });
      assert.equal(guide, null);
      assert.deepEqual(setup, ['npm ci']);
    });
    it('near miss: a DEVEL.md with the steps is the guide where there is no CONTRIBUTING file', async () => {
      const { guide, setup, test } = await read({
        'README.md': '# Widget\n\nA widget.\n',
        'DEVEL.md': `# Hacking on Widget\n\n## Building\n\n${sh('meson setup build', 'ninja -C build')}\n## Tests\n\n${sh('meson test -C build')}`,
      });
      assert.equal(guide, 'DEVEL.md');
      assert.deepEqual(setup, ['meson setup build', 'ninja -C build']);
      assert.deepEqual(test, ['meson test -C build']);
    });
  });

  describe('rules 5 and 6: which links lead on', () => {
    it('a pointer guide into a docs-site index page reaches the pages the index lists (fixed)', async () => {
      const { setup, test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nOur contributor documentation lives on the docs site: see [the contributing guide](docs/contributing/index.md).\n',
        'docs/contributing/index.md': '# Contributing\n\nThanks for helping!\n\n- [Setting up a development environment](setup.md)\n- [Running the tests](testing.md)\n- [Submitting a pull request](pull-requests.md)\n',
        'docs/contributing/setup.md': `# Development environment\n\n${sh('uv sync --all-extras')}`,
        'docs/contributing/testing.md': `# Running the tests\n\n${sh('uv run pytest')}`,
        'docs/contributing/pull-requests.md': '# Pull requests\n\nTarget `main`.\n',
      });
      assert.deepEqual(setup, ['uv sync --all-extras']);
      assert.deepEqual(test, ['uv run pytest']);
    });
    it('.github/CONTRIBUTING.md that only points at docs/CONTRIBUTING.md: that guide\'s link to its development page is read (fixed)', async () => {
      const { setup, test } = await read({
        '.github/CONTRIBUTING.md': '# Contributing\n\nPlease read [our contributing guide](../docs/CONTRIBUTING.md).\n',
        'docs/CONTRIBUTING.md': '# Contributing\n\nWe welcome pull requests.\n\nTo build and test Widget, follow the [development guide](development.md).\n',
        'docs/development.md': `# Development\n\n## Building\n\n${sh('./gradlew assemble')}\n## Testing\n\n${sh('./gradlew test')}`,
      });
      assert.deepEqual(setup, ['./gradlew assemble']);
      assert.deepEqual(test, ['./gradlew test']);
    });
    it('a development page\'s link to its prerequisites page is read (fixed)', async () => {
      const { setup } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSee the [development guide](docs/development.md) to get started.\n',
        'docs/development.md': `# Development\n\nFirst [install the prerequisites](prerequisites.md). Then:\n\n${sh('make')}`,
        'docs/prerequisites.md': `# Prerequisites\n\n${sh('sudo apt-get install build-essential libssl-dev')}`,
      });
      assert.ok(setup.includes('sudo apt-get install build-essential libssl-dev'), setup.join(' | '));
    });
    it('near miss: an RST include of the guide itself from a linked page ends (no cycle, no double reading)', async () => {
      const { linked, setup } = await read({
        'CONTRIBUTING.rst': 'Contributing\n============\n\nSee the `developer guide <docs/dev/index.rst>`_.\n\nSetup\n-----\n\n.. code-block:: sh\n\n   pip install -e .\n',
        'docs/dev/index.rst': 'Developer guide\n===============\n\n.. include:: ../../CONTRIBUTING.rst\n\n.. toctree::\n\n   testing\n   index\n',
        'docs/dev/testing.rst': 'Testing\n=======\n\n.. code-block:: sh\n\n   tox -e py\n\n.. toctree::\n\n   index\n',
      });
      assert.deepEqual(linked, ['docs/dev/index.rst', 'docs/dev/testing.rst']);
      assert.deepEqual(setup, ['pip install -e .']);
    });
    it('near miss: a guide\'s link to a README section, and that section\'s in-page link to another section, are read', async () => {
      const { setup, test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSet up a checkout as described in the [README](README.md#development).\n',
        'README.md': `# Widget\n\nA widget.\n\n## Installation\n\n${sh('pip install widget')}\n## Development\n\n${sh('pip install -e ".[dev]"')}\nThen run the tests (see [Testing](#testing)).\n\n## Testing\n\n${sh('pytest')}\n## License\n\nMIT.\n`,
      });
      assert.deepEqual(setup, ['pip install -e ".[dev]"']);
      assert.deepEqual(test, ['pytest']);
    });
    it('a guide\'s link to a README section that sends the reader to TESTING.md gives the tests (read: a link whose text is a file name is followed as a named document)', async () => {
      const { test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSet up a checkout as described in the [README](README.md#development).\n',
        'README.md': `# Widget\n\nA widget.\n\n## Development\n\n${sh('npm ci')}\nThe tests are described in [TESTING.md](TESTING.md).\n\n## License\n\nMIT.\n`,
        'TESTING.md': `# Testing\n\n${sh('npm test')}`,
      });
      assert.deepEqual(test, ['npm test']);
    });
    it('near miss: AGENTS.md linked by the guide, the only place with the test command, is read', async () => {
      const { test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nPull requests are welcome. The build and test commands are in [AGENTS.md](AGENTS.md).\n',
        'AGENTS.md': `# AGENTS.md\n\n## Commands\n\n- Run the tests with \`go test ./...\` before every commit.\n\n${sh('go test ./...')}`,
      });
      assert.deepEqual(test, ['go test ./...']);
    });
    it('near miss: a docs folder whose name merely contains "claude" (`docs/claude-client/`) is read', async () => {
      const { test } = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSee the [testing notes](docs/claude-client/testing.md).\n',
        'docs/claude-client/testing.md': `# Testing\n\n${sh('npm test')}`,
      });
      assert.deepEqual(test, ['npm test']);
    });
  });

  describe('rule 7: a README Contributing section\'s link to background', () => {
    it('near miss: an architecture link before the developer guide link does not hide the guide', async () => {
      const { guide } = await read({
        'README.md': '# Widget\n\n## Contributing\n\nBefore you start, read the [architecture overview](docs/ARCHITECTURE.md), then the [developer guide](docs/developer-guide.md).\n',
        'docs/ARCHITECTURE.md': '# Architecture\n\nThe core talks to plugins over a socket.\n',
        'docs/developer-guide.md': `# Developer guide\n\n${sh('make check')}`,
      });
      assert.equal(guide, 'docs/developer-guide.md');
    });
    it('near miss: the guide kept in a folder named `design/` is still the guide', async () => {
      const { guide } = await read({
        'README.md': '# Widget\n\n## Contributing\n\nSee the [contributing guide](design/CONTRIBUTING.md).\n',
        'design/CONTRIBUTING.md': `# Contributing\n\n${sh('make check')}`,
      });
      assert.equal(guide, 'design/CONTRIBUTING.md');
    });
  });
});
