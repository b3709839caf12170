import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { symlinkTarget } from '../../../src/core/guide/textSymlink';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 23: structural rules (how files are reached, which README sections stand in for a guide). Every text below
// is written for the test; each rule has a near miss that must keep its old answer.

const commandsOf = async (files: Record<string, string>) => {
  const facts = await readGuide(new MemoryRepoFiles(files));
  return { facts, setup: facts.commands.setup.map((c) => c.command), test: facts.commands.test.map((c) => c.command) };
};

describe('reader rules (session 23)', () => {
  describe('a symbolic link checked out as text (core.symlinks=false, an archive)', () => {
    it('takes a lone relative path, from the file\'s own folder', () => {
      assert.equal(symlinkTarget('CONTRIBUTING.md', 'docs/source/contributing.md\n'), 'docs/source/contributing.md');
      assert.equal(symlinkTarget('.github/CONTRIBUTING.md', '../docs/CONTRIBUTING.md'), 'docs/CONTRIBUTING.md');
      assert.equal(symlinkTarget('PULL_REQUEST_TEMPLATE', 'CONTRIBUTING'), undefined, 'a bare word is a file\'s text');
    });
    it('near misses: a sentence, a URL, an absolute path, a path out of the repository, itself', () => {
      for (const text of ['See docs/contributing.md', 'https://example.org/contributing.md', '/etc/passwd', '../../outside.md', 'CONTRIBUTING.md', 'TODO']) {
        assert.equal(symlinkTarget('CONTRIBUTING.md', text), undefined, text);
      }
    });
    it('reads the guide the link stands for, and cites the lines at that file', async () => {
      const { facts, setup, test } = await commandsOf({
        'CONTRIBUTING.md': 'docs/dev/contributing.md\n',
        'docs/dev/contributing.md': '# Contributing\n\n## Setup\n\n```sh\npip install -e ".[test]"\n```\n\n## Tests\n\n```sh\nmake test\n```\n',
      });
      assert.deepEqual(setup, ['pip install -e ".[test]"']);
      assert.deepEqual(test, ['make test']);
      assert.equal(facts.commands.test[0].source.file, 'docs/dev/contributing.md');
      assert.equal(facts.commands.test[0].source.line, 12);
    });
    it('near miss: a path to no file is the guide\'s own (short) text', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': 'docs/missing.md\n' }));
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
      assert.deepEqual(facts.commands.setup, []);
    });
  });

  describe('a README heading over building the project in other words stands in for a guide', () => {
    const readme = (heading: string) => `# Widget\n\nA widget.\n\n## ${heading}\n\n\`\`\`sh\ncmake -B build\ncmake --build build\n\`\`\`\n`;
    for (const heading of ['4 Compiling the game', 'Building the game binaries', 'How to Build & Run ( Linux, MacOS & WSL )', 'Building the PDF locally from source', 'Building and installing']) {
      it(`"${heading}"`, async () => {
        assert.deepEqual((await commandsOf({ 'README.md': readme(heading) })).setup, ['cmake -B build', 'cmake --build build']);
      });
    }
    for (const heading of ['Building the docs', 'Build your own plugin', 'Building a site with Widget']) {
      it(`near miss: "${heading}" is side work or the user's own`, async () => {
        assert.deepEqual((await commandsOf({ 'README.md': readme(heading) })).setup, []);
      });
    }
    it('beside a README Contributing section too ("Compiling the game" after "Contributing")', async () => {
      const text = '# Game\n\n## Contributing\n\nPull requests are welcome.\n\n## Compiling the game\n\n```sh\ncmake --preset posix\ncmake --build --preset posix-release\n```\n';
      assert.deepEqual((await commandsOf({ 'README.md': text })).setup, ['cmake --preset posix', 'cmake --build --preset posix-release']);
    });
  });

  describe('a developers\' or build document at the root', () => {
    const build = '# Building\n\n```sh\nsudo apt-get install libfoo-dev\ncmake -B build\ncmake --build build\n```\n';
    it('`DEVEL.md` and `README-dev.md` are the guide where there is no CONTRIBUTING file', async () => {
      for (const name of ['DEVEL.md', 'README-dev.md']) {
        const facts = await readGuide(new MemoryRepoFiles({ 'README.md': '# Widget\n\nA widget.\n', [name]: build }));
        assert.equal(facts.files.guide, name);
      }
    });
    it('`BUILDING.md` is the guide where nothing else is, and `ReadMe.Compiling.md` too', async () => {
      for (const name of ['BUILDING.md', 'ReadMe.Compiling.md']) {
        const { facts, setup } = await commandsOf({ 'README.md': '# Widget\n\nA widget.\n', [name]: build });
        assert.equal(facts.files.guide, name);
        assert.deepEqual(setup, ['sudo apt-get install libfoo-dev', 'cmake -B build', 'cmake --build build']);
      }
    });
    it('near miss: `BUILDING.md` beside a guide is not read with it (in whole checkouts, mostly other platforms\' and packagers\' steps)', async () => {
      const { facts, setup } = await commandsOf({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against `main`.\n', 'BUILDING.md': build });
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
      assert.deepEqual(setup, []);
    });
    it('near misses: Bazel\'s bare `BUILD`, a build page deep in the docs, `DEVELOPERS.md` (often the team\'s list), one part\'s build (`build-pcre.txt`)', async () => {
      for (const [name, text] of [['BUILD', 'cc_library(name = "widget")\n'], ['docs/internals/BUILDING.md', build], ['DEVELOPERS.md', build], ['build-pcre.txt', build]]) {
        const facts = await readGuide(new MemoryRepoFiles({ 'README.md': '# Widget\n\nA widget.\n', [name]: text }));
        assert.equal(facts.files.guide, null, name);
      }
    });
  });

  describe('setup has more room per document than a test or lint step', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, k) => `sudo apt-get install libpart${k}-dev`).join('\n');
    it('nine prerequisites given one per line are all setup steps', async () => {
      const { setup } = await commandsOf({ 'CONTRIBUTING.md': `# Contributing\n\n## Setup\n\n\`\`\`sh\n${lines(9)}\n\`\`\`\n` });
      assert.equal(setup.length, 9);
    });
    it('near miss: the room still ends (a long tail of variants buries the main steps)', async () => {
      const { setup } = await commandsOf({ 'CONTRIBUTING.md': `# Contributing\n\n## Setup\n\n\`\`\`sh\n${lines(16)}\n\`\`\`\n` });
      assert.ok(setup.length < 16, String(setup.length));
    });
  });

  describe('instructions for coding agents lead no further', () => {
    const guide = '# Contributing\n\nThe build and test commands are in [AGENTS.md](AGENTS.md).\n';
    it('an agent file is read, but the skills and recipes it links are not', async () => {
      const { facts, test } = await commandsOf({
        'CONTRIBUTING.md': guide,
        'AGENTS.md': '# Agents\n\n## Tests\n\n```sh\nmake test\n```\n\nFor releases follow [the release skill](.agents/skills/release/SKILL.md).\n',
        '.agents/skills/release/SKILL.md': '# Release\n\n## Build\n\n```sh\nmake dist\n```\n\n## Tests\n\n```sh\nmake release-test\n```\n',
      });
      assert.deepEqual(test, ['make test']);
      assert.deepEqual(facts.files.linkedDocs, ['AGENTS.md']);
    });
    it('a guide\'s link into an agent folder (`.claude/docs/workflows.md`) is not followed', async () => {
      const facts = await readGuide(new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\nSee the [development workflows](.claude/docs/workflows.md).\n',
        '.claude/docs/workflows.md': '# Workflows\n\n## Testing\n\n```sh\ndotnet test\n```\n',
      }));
      assert.deepEqual(facts.commands.test, []);
      assert.deepEqual(facts.files.linkedDocs, []);
    });
    it('near miss: a docs folder named like a word with "agent" in it (`docs/agents/`) is read', async () => {
      const facts = await readGuide(new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\nSee the [development workflows](docs/agents/development.md).\n',
        'docs/agents/development.md': '# Development\n\n## Testing\n\n```sh\ndotnet test\n```\n',
      }));
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['dotnet test']);
    });
  });

  describe('the README\'s Contributing section links background, not the guide', () => {
    const readme = (link: string) => `# Widget\n\n## How to contribute\n\nSend pull requests on GitHub.\n\nFor an overview, see [${link}](${link}).\n\n## Build instructions\n\n\`\`\`sh\nmake\n\`\`\`\n`;
    it('an architecture overview linked there is not taken for the guide; the README section stands in', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'README.md': readme('doc/architecture.md'), 'doc/architecture.md': '# Architecture\n\nThe backend talks to the frontend.\n' }));
      assert.equal(facts.files.guide, null);
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['make']);
    });
    it('near miss: a developers\' document linked there is still the guide', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'README.md': readme('doc/hacking-notes.md'), 'doc/hacking-notes.md': '# Hacking\n\n```sh\nmake check\n```\n' }));
      assert.equal(facts.files.guide, 'doc/hacking-notes.md');
    });
  });

  describe('a linked document\'s own links are not followed (unless the guide only points to it); its toctree is', () => {
    it('the guide\'s link is read, the links of what it links are not', async () => {
      const facts = await readGuide(new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\nOpen pull requests against `main`.\n\nEvery change needs a test.\n\nSee the [development guide](docs/development.md).\n',
        'docs/development.md': '# Development\n\n## Tests\n\n```sh\nmake test\n```\n\nFor packagers, see [building packages](packaging/build.md).\n',
        'docs/packaging/build.md': '# Building packages\n\n## Setup\n\n```sh\nsudo apt-get install devscripts\n```\n',
      }));
      assert.deepEqual(facts.files.linkedDocs, ['docs/development.md']);
      assert.deepEqual(facts.commands.setup, []);
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['make test']);
    });
    it('near miss: a linked index page\'s toctree entries are its own parts, read, and a cycle through them ends', async () => {
      const facts = await readGuide(new MemoryRepoFiles({
        'CONTRIBUTING.rst': 'Contributing\n============\n\nSee the `developer guide <docs/dev/index.rst>`_.\n',
        'docs/dev/index.rst': 'Developer guide\n===============\n\n.. toctree::\n\n   setup\n   index\n',
        'docs/dev/setup.rst': 'Setup\n=====\n\n.. code-block:: sh\n\n   pip install -e .\n\n.. toctree::\n\n   index\n',
      }));
      assert.deepEqual(facts.files.linkedDocs, ['docs/dev/index.rst', 'docs/dev/setup.rst']);
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['pip install -e .']);
    });
  });

  it('a guide that only points to its real page makes that page\'s links the guide\'s own', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.md': '# Contributing\n\nSee the [contributor guide](docs/contributing/index.md).\n',
      'docs/contributing/index.md': '# Contributing\n\n- [Setting up](setup.md)\n- [Running the tests](testing.md)\n',
      'docs/contributing/setup.md': '# Setup\n\n```sh\nnpm ci\n```\n',
      'docs/contributing/testing.md': '# Testing\n\n```sh\nnpm test\n```\n',
    }));
    assert.deepEqual(facts.commands.setup.map((c) => c.command), ['npm ci']);
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
  });
});
