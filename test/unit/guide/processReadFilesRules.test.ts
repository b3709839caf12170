import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (files: Record<string, string>, projectName?: string) => readGuide(new MemoryRepoFiles(files), { projectName });
const linkedDocs = async (files: Record<string, string>, projectName?: string): Promise<readonly string[]> => (await read(files, projectName)).files.linkedDocs;

const DEV_DOC = '# Development\n\nRun the tests with:\n\n```sh\nmake check\n```\n';

describe('process rules: which files are read', () => {
  it('takes the guide in .github/ before the one in the root, as GitHub does', async () => {
    const facts = await read({ 'CONTRIBUTING.md': '# Old guide\n\nSend patches.\n', '.github/CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n' });
    assert.equal(facts.files.guide, '.github/CONTRIBUTING.md');
  });

  it('reads a document the guide names in a code span as where its instructions continue', async () => {
    const guide = '# Contributing\n\nWays to build and test your copy are described in `docs/dev/setup.md`.\n';
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'docs/dev/setup.md': DEV_DOC }), ['docs/dev/setup.md']);
  });

  it('reads a document named in running text ("Check README.md to find out how to run the tests")', async () => {
    const guide = '# Contributing\n\nCheck README.md to find out how to run the test suite.\n';
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'README.md': DEV_DOC }), ['README.md']);
  });

  it('reads a folder named in a code span through its index', async () => {
    const guide = '# Contributing\n\nExtensive guidelines are provided in the docs at `docs/contributing`.\n';
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'docs/contributing/index.md': DEV_DOC }), ['docs/contributing/index.md']);
  });

  it('reads a capitalised document name in a heading ("Read HACKING") from the docs folder', async () => {
    const guide = '# How to contribute\n\n## Read HACKING\n\n## Send us your changes\n\nBy pull request.\n';
    assert.deepEqual(await linkedDocs({ '.github/CONTRIBUTING.md': guide, 'docs/HACKING.md': DEV_DOC }), ['docs/HACKING.md']);
  });

  it('reads the doc source of a bare URL to the project site that the parser left as text', async () => {
    const guide = 'Contributing\n============\n\nFor more, please read https://widget.org/devdocs/dev/setup.html\n';
    const files = { 'CONTRIBUTING.rst': guide, 'doc/source/dev/setup.rst': 'Setup\n=====\n\nRun ``make``.\n' };
    assert.deepEqual(await linkedDocs(files, 'widget'), ['doc/source/dev/setup.rst']);
  });

  it('does not read the doc source of a bare URL that is not pointed at', async () => {
    const guide = 'Contributing\n============\n\nOur site https://widget.org/devdocs/dev/setup.html was rebuilt last year.\n';
    const files = { 'CONTRIBUTING.rst': guide, 'doc/source/dev/setup.rst': 'Setup\n=====\n\nRun ``make``.\n' };
    assert.deepEqual(await linkedDocs(files, 'widget'), []);
  });

  it('does not read a file the guide only talks about', async () => {
    const guide = '# Contributing\n\nIf you change `docs/dev/setup.md` or README.md, only the docs job runs.\n';
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'docs/dev/setup.md': DEV_DOC, 'README.md': DEV_DOC }), []);
  });

  it('does not read the licence or the changelog when the guide points at them', async () => {
    const guide = '# Contributing\n\nSee LICENSE for the terms, and read CHANGELOG.md for what changed.\n';
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'LICENSE.md': '# License\n', 'CHANGELOG.md': '# Changes\n' }), []);
  });

  it('does not read a named document that is not in the repository', async () => {
    const guide = '# Contributing\n\nSee `docs/missing.md` for the setup.\n';
    const facts = await read({ 'CONTRIBUTING.md': guide });
    assert.deepEqual(facts.files.linkedDocs, []);
    assert.deepEqual(facts.problems, []);
  });

  it('without a known remote, reads a forge link to a repository named like the project', async () => {
    const guide = '# Contributing\n\nOur [build notes](https://github.com/acme/widget/blob/main/docs/setup-notes.md) say how to set up a development environment.\n';
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'docs/setup-notes.md': DEV_DOC }, 'widget'), ['docs/setup-notes.md']);
    assert.deepEqual(await linkedDocs({ 'CONTRIBUTING.md': guide, 'docs/setup-notes.md': DEV_DOC }, 'gadget'), []);
  });

  it('with a known remote, a same-named repository of another owner stays foreign', async () => {
    const guide = '# Contributing\n\nOur [build notes](https://github.com/someone/widget/blob/main/docs/setup-notes.md) say how to set up a development environment.\n';
    const files = { 'CONTRIBUTING.md': guide, 'docs/setup-notes.md': DEV_DOC, '.git/config': '[remote "origin"]\n\turl = https://github.com/acme/widget.git\n' };
    assert.deepEqual(await linkedDocs(files, 'widget'), []);
  });
});
