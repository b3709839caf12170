import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { sourcesForPage } from '../../../src/core/guide/siteSources';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const DEV_DOC = '# Working on it\n\n```sh\nmake check\n```\n';
const linked = async (files: Record<string, string>, projectName = 'widget'): Promise<readonly string[]> => (await readGuide(new MemoryRepoFiles(files), { projectName })).files.linkedDocs;

describe('a page of an unknown docs host whose whole path is found in the doc sources', () => {
  it('reads the folder an index page stands for when three path segments match one source folder (mdBook src/)', async () => {
    const files = {
      'CONTRIBUTING.md': 'Please read the [contributor process](https://manual.example.net/contrib/process/index.html) first.\n',
      'doc/contrib/src/process/index.md': '# Process\n\nHow work is planned.\n',
      'doc/contrib/src/process/working-on-widget.md': DEV_DOC,
      'doc/contrib/src/process/security.md': '# Security\n\n1. Open a private advisory.\n',
    };
    // The index, then the files named for contributing; the security process beside them is not read.
    assert.deepEqual(await linked(files), ['doc/contrib/src/process/index.md', 'doc/contrib/src/process/working-on-widget.md']);
  });

  it('reads one page matched by folder and file name, skipping the source folder of the site generator', async () => {
    const files = {
      'CONTRIBUTING.md': 'See the [guide to building](https://manual.example.net/en/latest/contributing/howto/building.html).\n',
      'docs/source/contributing/howto/building.rst': 'Building\n========\n\n.. code-block:: sh\n\n   make check\n',
      'docs/source/contributing/howto/other.rst': 'Other\n=====\n',
    };
    assert.deepEqual(await linked(files), ['docs/source/contributing/howto/building.rst']);
  });

  it('does not read a page whose path is too short to be evidence, or matches two sources', async () => {
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'Read the [development guide](https://other.example.net/contributing/development).\n', 'docs/contributing/development.md': DEV_DOC }), []);
    const twice = {
      'CONTRIBUTING.md': 'See the [guide to building](https://manual.example.net/dev/howto/building.html).\n',
      'docs/a/dev/howto/building.md': DEV_DOC,
      'docs/b/dev/howto/building.md': DEV_DOC,
    };
    assert.deepEqual(await linked(twice), []);
  });

  it('does not read a source when a segment of the page path is missing from its path', async () => {
    const files = { 'CONTRIBUTING.md': 'See the [guide to building](https://manual.example.net/api/howto/building.html).\n', 'docs/dev/howto/building.md': DEV_DOC };
    assert.deepEqual(await linked(files), []);
  });

  it('never takes another repository on a forge for a docs site, however well its path matches', async () => {
    const files = { 'CONTRIBUTING.md': 'See the [build guide](https://github.com/someone/else/blob/main/doc/contrib/build.md).\n', 'doc/contrib/build.md': DEV_DOC, '.git/config': '[remote "origin"]\n\turl = https://github.com/acme/widget.git\n' };
    assert.deepEqual(await linked(files), []);
  });

  it('matches pages to sources by whole segments (unit)', () => {
    const index = ['doc/contrib/src/process/index.md', 'doc/contrib/src/process/working.md', 'doc/contrib/src/index.md'];
    assert.deepEqual(sourcesForPage(['contrib', 'process', 'working.html'], false, index), ['doc/contrib/src/process/working.md']);
    assert.deepEqual(sourcesForPage(['contrib', 'process', ''], true, index), ['doc/contrib/src/process']);
    assert.deepEqual(sourcesForPage(['contrib', 'working.html'], false, index), []);
    // A trailing "/" names a folder, or a file published as one (MkDocs, Hugo).
    assert.deepEqual(sourcesForPage(['contrib', 'process', 'working'], true, index), ['doc/contrib/src/process/working.md']);
    assert.deepEqual(sourcesForPage(['contrib', 'process', 'index.html'], false, index), ['doc/contrib/src/process']);
    assert.deepEqual(sourcesForPage(['guide', 'process', 'working.html'], false, index), []);
  });
});

describe('the project\u2019s own docs site', () => {
  it('counts a site named after the project without its major version (widget3 -> widget)', async () => {
    const files = { 'CONTRIBUTING.md': 'Read the [setup guide](https://docs.widget.org/dev/setup).\n', 'docs/dev/setup.md': DEV_DOC };
    assert.deepEqual(await linked(files, 'widget3'), ['docs/dev/setup.md']);
    assert.deepEqual(await linked(files, 'gadget3'), []);
    // Too short a name without its version to claim a host.
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'Read the [setup guide](https://docs.webtools.org/dev/setup).\n', 'docs/dev/setup.md': DEV_DOC }, 'web3'), []);
  });

  it('reads an mdBook book\u2019s index from its src folder when the link is the book\u2019s root, not the README about building the book', async () => {
    const files = {
      'CONTRIBUTING.md': 'Contributing documentation has moved to the [Widget Contributor Guide](https://acme.github.io/widget/contrib/).\n',
      'doc/contrib/book.toml': '[book]\n',
      'doc/contrib/README.md': '# The contributor guide\n\nBuild this book with `mdbook build`.\n',
      'doc/contrib/src/index.md': DEV_DOC,
    };
    assert.deepEqual(await linked(files), ['doc/contrib/src/index.md']);
  });

  it('follows a link into a contrib/ docs folder whatever its words say', async () => {
    const files = { 'CONTRIBUTING.md': 'Please read [the process](https://docs.widget.org/contrib/process/) of how features are managed.\n', 'docs/contrib/process/index.md': DEV_DOC };
    assert.deepEqual(await linked(files), ['docs/contrib/process/index.md']);
    const other = { 'CONTRIBUTING.md': 'Please read [the process](https://docs.widget.org/about/process/) of how features are managed.\n', 'docs/about/process/index.md': DEV_DOC };
    assert.deepEqual(await linked(other), []);
  });
});

describe('a link to a file of the project\u2019s own repository on a forge, without a remote', () => {
  it('takes a repository named like the folder for this one, even when the name is too generic elsewhere ("docs")', async () => {
    const files = { 'CONTRIBUTING.md': 'Run the checks locally as the [testing documentation](https://github.com/acme/docs/blob/master/testing/local-ci.md) shows.\n', 'testing/local-ci.md': DEV_DOC };
    assert.deepEqual(await linked(files, 'docs'), ['testing/local-ci.md']);
    assert.deepEqual(await linked(files, 'handbook'), []);
  });
});

describe('links whose words promise contribution know-how', () => {
  it('follows "Working on <project>" and "Setting up" chapters, and not a chapter on something else', async () => {
    const files = {
      'CONTRIBUTING.md': '- [Working on Widget](process/working-on-widget.md)\n- [Setting up your editor](setting-up-your-editor.md)\n- [Release notes](release.md)\n',
      'process/working-on-widget.md': DEV_DOC,
      'setting-up-your-editor.md': DEV_DOC,
      'release.md': DEV_DOC,
    };
    assert.deepEqual(await linked(files), ['process/working-on-widget.md', 'setting-up-your-editor.md']);
  });
});

describe('a folder\u2019s document named in words', () => {
  it('reads "the README file of <folder> directory", an extensionless README included', async () => {
    const files = { 'CONTRIBUTING.md': 'More information about the test tool may be found in README file of reg-tests directory.\n', 'reg-tests/README': 'Run the tests:\n\n    $ make reg-tests\n' };
    assert.deepEqual(await linked(files), ['reg-tests/README']);
    // An extensionless INSTALL, the users' build manual, is not read even when linked.
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'See [INSTALL](INSTALL) for how to build.\n', INSTALL: 'make TARGET=linux\n' }), []);
  });

  it('reads "the <folder> folder\u2019s README.md" and "the README in the `tools` folder"', async () => {
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'For the test setup, see the tests folder\u2019s README.md.\n', 'tests/README.md': DEV_DOC }), ['tests/README.md']);
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'Instructions are in the README in the `tools` folder.\n', 'tools/README.md': DEV_DOC }), ['tools/README.md']);
  });

  it('does not read a folder\u2019s README the guide only talks about', async () => {
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'When you add a tool, update the README in the tools folder.\n', 'tools/README.md': DEV_DOC }), []);
  });
});
