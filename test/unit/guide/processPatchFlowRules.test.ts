import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toctreeLinks } from '../../../src/core/guide/toctree';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

describe('process rules: patch flows and Sphinx docs', () => {
  it('pull requests made on a mirror that nobody monitors are not accepted', async () => {
    const facts = await read({ 'CONTRIBUTING.rst': 'Contributing\n============\n\nPull requests submitted through GitHub are not monitored.\n\nUse our code review system instead.\n' });
    assert.equal(facts.acceptsPullRequests?.value, false);
  });

  it('a patch flow set out before a pull request is named in passing means no pull requests', async () => {
    const guide = 'Submitting patches\n==================\n\nSend changes as patches to the dev mailing list.\n\nIf you use Git, `git format-patch` does most of the work.\n\nA patch first posted somewhere else, such as a GitHub pull request, can say so in a tag.\n';
    assert.equal((await read({ 'CONTRIBUTING.rst': guide })).acceptsPullRequests?.value, false);
  });

  it('a pull request flow that mentions patches later still takes pull requests', async () => {
    const guide = '# Contributing\n\nOpen a pull request on GitHub.\n\nIf you cannot, send patches to the list with `git send-email`, or use `git format-patch`.\n';
    assert.equal((await read({ 'CONTRIBUTING.md': guide })).acceptsPullRequests?.value, true);
  });

  it('follows the pages of a toctree from a contributing index', async () => {
    const files = {
      'CONTRIBUTING.rst': 'Contributing\n============\n\nExtensive guidelines are provided in the docs at ``doc/contributing``.\n',
      'doc/contributing/index.rst': 'Contributing\n============\n\nThe guides below say how.\n\n.. toctree::\n   :maxdepth: 2\n\n   submitting-patches\n   Coding style <coding-style>\n',
      'doc/contributing/submitting-patches.rst': 'Submitting patches\n==================\n\nSend changes as patches to the dev mailing list.\n\nPrepare them with ``git format-patch``.\n',
    };
    const facts = await read(files);
    assert.deepEqual(facts.files.linkedDocs, ['doc/contributing/index.rst', 'doc/contributing/submitting-patches.rst']);
    assert.equal(facts.acceptsPullRequests?.value, false);
  });

  it('reads toctree entries with their lines, skipping options, globs and URLs left to the link rules', () => {
    const text = 'Title\n=====\n\n.. toctree::\n   :maxdepth: 1\n   :glob:\n\n   setup\n   Style guide <style>\n   api/*\n\nAfter the tree.\n';
    assert.deepEqual(toctreeLinks(text, 'rst'), [
      { target: 'setup', text: 'setup', line: 8 },
      { target: 'style', text: 'Style guide', line: 9 },
    ]);
  });

  it("a patch's log of changes since its previous version is no changelog entry", async () => {
    const guide = '# Submitting patches\n\nWhen review asks for changes, post a new version. Include a changelog below the `---` line describing what changed since the previous version.\n';
    assert.deepEqual((await read({ 'CONTRIBUTING.md': guide })).changelog, { required: null, how: null });
  });
});
