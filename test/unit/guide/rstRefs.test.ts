import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { rstInline } from '../../../src/core/guide/rstInline';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

describe('reStructuredText :ref: cross-references are followed to the page that defines the label (session 11)', () => {
  it('reads `:ref:` with and without a title as a link to the label', () => {
    const { links } = rstInline(['See :ref:`running-tests` and :ref:`the lint guide <linting_your_changes>`.'], 3);
    assert.deepEqual(
      links.map((l) => [l.target, l.text, l.line]),
      [
        [':ref:running-tests', 'running tests', 3],
        [':ref:linting_your_changes', 'the lint guide', 3],
      ],
    );
  });

  it("follows a guide's reference to a sibling page and reads its commands", async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'docs/contributing.rst': 'Contributing\n============\n\nBefore sending a change, see :ref:`running_the_tests`.\n',
        'docs/development.rst': 'Development\n===========\n\n.. _running_the_tests:\n\nRunning the tests\n-----------------\n\nRun the suite with::\n\n    tox -e py\n',
      }),
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.rst']);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['tox -e py']);
  });

  it('near miss: a label no page here defines (an intersphinx one) is left alone, with no warning', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'docs/contributing.rst': 'Contributing\n============\n\nSee :ref:`python:tut-testing` for how tests work.\n' }));
    assert.deepEqual(facts.files.linkedDocs, []);
    assert.equal(facts.problems.filter((p) => p.message.includes('tut-testing')).length, 0);
  });
});

describe('MyST roles in Markdown pages (session 11)', () => {
  it('reads {doc}`path` as a link to that page', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'docs/contributing.md': '# Contributing\n\nHow to run the tests is in {doc}`testing`.\n',
        'docs/testing.md': '# Testing\n\n```sh\nnox -s tests\n```\n',
      }),
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/testing.md']);
  });

  it('near miss: a code span after other braces ({note}) is no role, and a plain span is no link', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'docs/contributing.md': '# Contributing\n\nSee {note}`testing` and `testing`.\n', 'docs/testing.md': '# Testing\n' }));
    assert.deepEqual(facts.files.linkedDocs, []);
  });
});
