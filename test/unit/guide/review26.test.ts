import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Review of session 26's four rules: probes written for the review, in the style real guides use. Each asserts what a
// careful reader would answer; a "near miss" is a text the rule must leave as it was.

const read = (files: Record<string, string>, projectName?: string) => readGuide(new MemoryRepoFiles(files), { projectName });
const setupOf = async (files: Record<string, string>, projectName?: string) => (await read(files, projectName)).commands.setup.map((c) => c.command);
const linkedOf = async (files: Record<string, string>, projectName = 'widget') => (await read(files, projectName)).files.linkedDocs;

describe('review of session 26 rules', () => {
  describe('rule 1: a docs-site page with two sources of its name', () => {
    const page = (title: string) => `${title}\n${'='.repeat(title.length)}\n\nRun \`\`make dev\`\`.\n`;
    const guideLinking = (url: string) => `# Contributing\n\nPlease read the [contributor guide](${url}) before opening a pull request.\n`;

    it('a Read the Docs version named after a branch (/en/develop/) is no folder: the page at the docs root', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://widget.readthedocs.io/en/develop/contributing.html'),
        'docs/contributing.rst': page('Contributing'),
        'docs/internals/contributing.rst': page('Contributing to the internals'),
      };
      assert.deepEqual(await linkedOf(files), ['docs/contributing.rst']);
    });

    it('a URL naming a further section (howto/development/) picks the source under that section, not none', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://docs.widget.org/en/latest/howto/development/dev-process.html'),
        'docs/howto/development/dev-process.rst': page('Development process'),
        'docs/legacy/development/dev-process.rst': page('Old development process'),
      };
      assert.deepEqual(await linkedOf(files), ['docs/howto/development/dev-process.rst']);
    });

    it('a URL with no section is the top-level page, though the deeper one sits in a folder called development/', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://widget.readthedocs.io/en/latest/testing.html'),
        'docs/testing.rst': page('Testing'),
        'docs/development/testing.rst': page('Testing the internals'),
      };
      assert.deepEqual(await linkedOf(files), ['docs/testing.rst']);
    });

    it('a URL whose section matches no source folder (contributing/setup) is not the top-level user page setup.md', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://docs.widget.org/en/latest/contributing/setup.html'),
        'docs/setup.md': '# Setup\n\nInstall widget with `pip install widget`.\n',
        'docs/reference/plugins/setup.md': '# Plugin setup\n\nAdd the plugin to `widget.toml`.\n',
      };
      assert.deepEqual(await linkedOf(files), []);
    });

    it('an English page of a site kept per language (docs/en/, docs/zh/) is the /en/ one', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://docs.widget.org/en/latest/contributing.html'),
        'docs/en/contributing.md': '# Contributing\n\nRun `make dev`.\n',
        'docs/zh/contributing.md': '# 贡献指南\n\n运行 `make dev`。\n',
      };
      assert.deepEqual(await linkedOf(files), ['docs/en/contributing.md']);
    });

    it('an Antora site: the ROOT module publishes /contributing.html, another module /api/contributing.html', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://docs.widget.org/latest/contributing.html'),
        'docs/modules/ROOT/pages/contributing.adoc': '= Contributing\n\nRun `make dev`.\n',
        'docs/modules/api/pages/contributing.adoc': '= Contributing to the API docs\n\nRun `make api-docs`.\n',
      };
      assert.deepEqual(await linkedOf(files), ['docs/modules/ROOT/pages/contributing.adoc']);
    });

    it('near miss: Docusaurus /docs/contributing is the docs plugin\'s page, not the community plugin\'s', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://widget.dev/docs/contributing'),
        'website/docs/contributing.md': '# Contributing\n\nRun `yarn dev`.\n',
        'website/community/contributing.md': '# Contributing to the community site\n\nRun `yarn start`.\n',
      };
      assert.deepEqual(await linkedOf(files), ['website/docs/contributing.md']);
    });

    it('near miss: a Sphinx source/ layout with a tutorial of the same name picks source/contributing.rst', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://widget.readthedocs.io/en/stable/contributing.html'),
        'docs/source/contributing.rst': page('Contributing'),
        'docs/source/tutorials/contributing.rst': page('Tutorial: your first contribution'),
      };
      assert.deepEqual(await linkedOf(files), ['docs/source/contributing.rst']);
    });

    it('near miss: an MkDocs site\'s /contributing/ page is docs/contributing.md, not a blog post of the same name', async () => {
      const files = {
        'CONTRIBUTING.md': guideLinking('https://widget.dev/contributing/'),
        'docs/contributing.md': '# Contributing\n\nRun `make dev`.\n',
        'docs/blog/posts/contributing.md': '# We changed how to contribute\n\nA post.\n',
      };
      assert.deepEqual(await linkedOf(files), ['docs/contributing.md']);
    });
  });

  describe('rule 2: type-like words listed for release notes', () => {
    const typesOf = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).commit.types?.value ?? null;

    it('under "Changelog", a list the lead-in says the changelog is built from your commits by is the commit types', async () => {
      assert.deepEqual(
        await typesOf('## Changelog\n\nThe changelog is generated from your commits by release-please, so start each commit with one of these types:\n\n- `feat`: a new feature\n- `fix`: a bug fix\n- `docs`: documentation only\n- `chore`: maintenance'),
        ['feat', 'fix', 'docs', 'chore'],
      );
    });

    it('under "Commits and the changelog", the types each commit starts with are the commit types', async () => {
      assert.deepEqual(
        await typesOf('## Commits and the changelog\n\nWe follow Conventional Commits and build the changelog from them. Each commit starts with one of:\n\n- **feat**: a new feature\n- **fix**: a bug fix\n- **perf**: a performance improvement\n- **refactor**: no behaviour change'),
        ['feat', 'fix', 'perf', 'refactor'],
      );
    });

    it('a lead-in saying the project dropped towncrier for commit types still introduces the commit types', async () => {
      assert.deepEqual(
        await typesOf('## Commits\n\nWe no longer write news fragments with towncrier; the changelog now comes from the commits. Start every commit with one of these types:\n\n- `feat`: a new feature\n- `fix`: a bug fix\n- `docs`: documentation\n- `test`: tests only'),
        ['feat', 'fix', 'docs', 'test'],
      );
    });

    it('towncrier types under a "Fragment types" subsection of "News fragments" are not commit types', async () => {
      assert.equal(
        await typesOf('## News fragments\n\nEvery pull request that changes behaviour needs a news fragment in `newsfragments/`, committed together with your change.\n\n### Fragment types\n\n- `feature`: a new feature\n- `bugfix`: a bug fix\n- `doc`: documentation improvement\n- `removal`: a deprecation or removal\n- `misc`: anything else'),
        null,
      );
    });

    it('a lead-in asking for a changelog entry named `<PR>.<type>.md` introduces the entry types, not commit types', async () => {
      assert.equal(
        await typesOf('## Pull requests\n\nSquash your commits into one, and add a changelog entry `changelog.d/<PR number>.<type>.md`, where `<type>` is one of:\n\n- `feature`: a new feature\n- `bugfix`: a bug fix\n- `doc`: documentation improvement\n- `removal`: a deprecation or removal\n- `misc`: anything else'),
        null,
      );
    });

    it('near miss: a towncrier lead-in under a checklist heading is not the commit types', async () => {
      assert.equal(
        await typesOf('## Before you commit\n\nAdd a towncrier file `changes/<issue>.<type>.rst` with your commit, where type is:\n\n- `feature`: a new feature\n- `bugfix`: a bug fix\n- `doc`: documentation\n- `removal`: removal of an API\n- `misc`: other'),
        null,
      );
    });

    it('near miss: under "Changelog", a lead-in naming commit messages keeps the commit types', async () => {
      assert.deepEqual(
        await typesOf('## Changelog\n\nThe changelog is generated from commit messages, so use one of these types:\n\n- `feat`: a new feature\n- `fix`: a bug fix\n- `docs`: documentation'),
        ['feat', 'fix', 'docs'],
      );
    });
  });

  describe('rule 3: a quoted branch called the line of development', () => {
    const baseOf = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).baseBranch?.value ?? null;

    it('the rule\'s own example "`develop` is our development branch" (the name is inside "development")', async () => {
      assert.equal(await baseOf('## Branches\n\n`develop` is our development branch. Pull requests are reviewed by two maintainers.'), 'develop');
    });

    it('"In this repository, `next` is our development branch" (an opening phrase before the name)', async () => {
      assert.equal(await baseOf('## Branches\n\nIn this repository, `next` is our development branch. Stable releases are tagged on `main`.'), 'next');
    });

    it('"Our `unstable` branch is the integration branch" (a possessive before the name)', async () => {
      assert.equal(await baseOf('## Branches\n\nOur `unstable` branch is the integration branch. Releases are cut from `master`.'), 'unstable');
    });

    it('"The `trunk` branch is our main development branch"', async () => {
      assert.equal(await baseOf('## Branching model\n\nThe `trunk` branch is our main development branch. `release` always points at the latest release.'), 'trunk');
    });

    it('"`next` is the active development branch"', async () => {
      assert.equal(await baseOf('## Branches\n\n`next` is the active development branch. `main` holds the current stable release.'), 'next');
    });

    it('"`next` is our development branch, but ... open pull requests against `main`": the base is main', async () => {
      assert.equal(await baseOf('## Pull requests\n\n`next` is our development branch, but external contributors should open pull requests against `main`; a maintainer merges them into `next`.'), 'main');
    });

    it('"The `v3` branch is the development branch for version 3" then new features against `main`: the base is main', async () => {
      assert.equal(await baseOf('## Branches\n\nThe `v3` branch is the development branch for version 3 and only receives fixes. New features go in pull requests against `main`.'), 'main');
    });

    it('near miss: "`main` is our default branch and it is protected; open pull requests against `develop`"', async () => {
      assert.equal(await baseOf('## Branches\n\n`main` is our default branch and it is protected. Open pull requests against `develop`.'), 'develop');
    });
  });

  describe('rule 4: installing the project\'s own release', () => {
    const dev = '\n\n## Development\n\n```sh\nmake\n```\n';

    it('a client library named after its server (node-redis, package "redis"): installing the Redis server for the tests is setup', async () => {
      const files = {
        'package.json': '{ "name": "redis", "repository": "github:redis/node-redis" }',
        'CONTRIBUTING.md': '# Contributing\n\n## Running the tests\n\n### Install Redis\n\nThe tests need a local Redis server:\n\n```sh\nbrew install redis\n```\n\nThen run:\n\n```sh\nnpm test\n```\n',
      };
      assert.ok((await setupOf(files, 'node-redis')).includes('brew install redis'));
    });

    it('a self-hosting compiler, "Setup" > "Install the bootstrap compiler": installing widget to build widget is setup', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n### Install the bootstrap compiler\n\nwidget is written in widget, so building it needs an installed widget compiler first:\n\n```sh\nbrew install widget\n```\n\n### Compile\n\n```sh\nwidget build\n```\n' };
      assert.ok((await setupOf(files, 'widget')).includes('brew install widget'));
    });

    it('"Contributing to Buildozer" > "Installation": the title\'s "Build-" is no section on building', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing to Buildozer\n\n## Installation\n\nTo use a release:\n\n```sh\npip install buildozer\n```' + dev };
      assert.deepEqual(await setupOf(files, 'buildozer'), ['make']);
    });

    it('a Homebrew tap (`brew install widgetorg/tap/widget`) under "Installation"', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n```sh\nbrew install widgetorg/tap/widget\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('conda\'s channel::package form (`conda install conda-forge::widget`) under "Installation"', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n```sh\nconda install conda-forge::widget\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('nix-env with its attribute path (`nix-env -iA nixpkgs.widget`) under "Installation" > "NixOS"', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n### NixOS\n\n```sh\nnix-env -iA nixpkgs.widget\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('"Installation" > "Nightly builds": a snap from the edge channel is a user\'s install, not the build', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n### Stable\n\n```sh\nsudo snap install widget\n```\n\n### Nightly builds\n\n```sh\nsudo snap install widget --edge\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('"Installation" > "Command-line tool": the product\'s own CLI is not a tool the work needs', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n### Desktop app\n\nDownload it from the releases page.\n\n### Command-line tool\n\n```sh\nbrew install widget\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('near miss: `sudo apt-get install -y widget` under "Installation" > "Debian/Ubuntu" is a user\'s install', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n### Debian/Ubuntu\n\n```sh\nsudo apt-get install -y widget\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('near miss: `conda install -c conda-forge widget` under "Installing with conda" is a user\'s install', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installing with conda\n\n```sh\nconda install -c conda-forge widget\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['make']);
    });

    it('near miss: "Installation" > "Build dependencies" lists the -devel packages the build needs', async () => {
      const files = { 'CONTRIBUTING.md': '# Contributing\n\n## Installation\n\n### Build dependencies\n\n```sh\nsudo dnf install widget-devel\n```' + dev };
      assert.deepEqual(await setupOf(files, 'widget'), ['sudo dnf install widget-devel', 'make']);
    });
  });
});
