import * as assert from 'node:assert/strict';
import { formatOf, locateGuide, locateReadme } from '../../../src/core/guide/locateGuide';
import { MemoryRepoFiles } from './memoryRepoFiles';

describe('locateGuide', () => {
  const cases: [string, Record<string, string>, string | undefined][] = [
    ['a root CONTRIBUTING.md', { 'CONTRIBUTING.md': '#', 'README.md': '#' }, 'CONTRIBUTING.md'],
    // GitHub's own order for community files: .github/, then the root, then docs/ (the one it links on a new pull request).
    ['.github/ before the root and docs/', { 'docs/CONTRIBUTING.md': '', '.github/CONTRIBUTING.md': '', 'CONTRIBUTING.md': '' }, '.github/CONTRIBUTING.md'],
    ['the root before docs/', { 'docs/CONTRIBUTING.md': '', 'CONTRIBUTING.md': '' }, 'CONTRIBUTING.md'],
    ['.github/ before docs/', { 'docs/CONTRIBUTING.md': '', '.github/CONTRIBUTING.md': '' }, '.github/CONTRIBUTING.md'],
    ['any case', { 'docs/Contributing.md': '' }, 'docs/Contributing.md'],
    ['reStructuredText', { 'CONTRIBUTING.rst': '' }, 'CONTRIBUTING.rst'],
    ['AsciiDoc', { '.github/contributing.adoc': '' }, '.github/contributing.adoc'],
    ['plain text and no extension', { 'CONTRIBUTING': '' }, 'CONTRIBUTING'],
    ['Markdown over other formats in one folder', { 'CONTRIBUTING.txt': '', 'CONTRIBUTING.rst': '', 'CONTRIBUTING.md': '' }, 'CONTRIBUTING.md'],
    ['nothing in deeper folders', { 'packages/a/CONTRIBUTING.md': '' }, undefined],
    // A guide in a sub-folder of .github counts only when no usual place holds one (session 11).
    ['a guide in a sub-folder of .github', { '.github/ISSUE_TEMPLATE/CONTRIBUTING.md': '', '.github/ISSUE_TEMPLATE/bug.md': '' }, '.github/ISSUE_TEMPLATE/CONTRIBUTING.md'],
    ['the root before a sub-folder of .github', { '.github/ISSUE_TEMPLATE/CONTRIBUTING.md': '', 'CONTRIBUTING.md': '' }, 'CONTRIBUTING.md'],
    ['no look-alikes', { 'CONTRIBUTING-old.md': '', 'CONTRIBUTORS.md': '', 'contributing.md.bak': '' }, undefined],
    ['an empty repository', {}, undefined],
  ];
  for (const [name, files, expected] of cases) {
    it(`finds ${name}`, async () => {
      assert.equal(await locateGuide(new MemoryRepoFiles(files)), expected);
    });
  }

  it('finds a folder named like a guide to be no guide', async () => {
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md/x.md': '' })), undefined);
  });

  it('finds the README when asked', async () => {
    assert.equal(await locateReadme(new MemoryRepoFiles({ 'readme.rst': '', 'docs/README.md': '' })), 'readme.rst');
  });

  it('tells the format from the file name', () => {
    assert.deepEqual(
      ['a.md', 'a.MDX', 'a.rst', 'a.adoc', 'a.asciidoc', 'a.txt', 'CONTRIBUTING'].map(formatOf),
      ['markdown', 'markdown', 'rst', 'asciidoc', 'asciidoc', 'text', 'text'],
    );
  });
});
