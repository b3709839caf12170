import * as assert from 'node:assert/strict';
import { includeLinks } from '../../../src/core/guide/includes';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

describe('files a guide includes in itself (session 9)', () => {
  it('finds AsciiDoc and reStructuredText includes with their lines, not code includes or unresolved attributes', () => {
    assert.deepEqual(includeLinks('= Guide\n\ninclude::docs/testing.adoc[]\ninclude::{partials}/x.adoc[]\ninclude::src/main.rb[tag=setup]\n', 'asciidoc').map((l) => [l.target, l.line]), [['docs/testing.adoc', 3], ['src/main.rb', 5]]);
    assert.deepEqual(includeLinks('Guide\n=====\n\n.. include:: ../CHANGES/README.rst\n.. literalinclude:: conf.py\n.. include:: <isonum.txt>\n', 'rst').map((l) => [l.target, l.line]), [['../CHANGES/README.rst', 4]]);
    assert.deepEqual(includeLinks('include::docs/testing.adoc[]\n', 'markdown'), []);
  });

  it('reads an included part whose name promises contribution know-how, as a link to it would be', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.adoc': '= Contributing\n\ninclude::docs/contributing/testing.adoc[]\n',
      'docs/contributing/testing.adoc': '== Running the tests\n\n[source,sh]\n----\nbundle exec rake spec\n----\n',
    }));
    assert.deepEqual(facts.files.linkedDocs, ['docs/contributing/testing.adoc']);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => [c.command, c.source.file, c.source.line]), [['bundle exec rake spec', 'docs/contributing/testing.adoc', 5]]);
  });

  it('not an included part whose name promises nothing for contributors (a vendored library\'s README)', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'docs/contributing.rst': 'Contributing\n============\n\n.. include:: ../vendor/README.rst\n',
      'vendor/README.rst': 'Vendored parser\n===============\n\nBuild it::\n\n    make\n',
    }));
    assert.deepEqual(facts.files.linkedDocs, []);
  });
});
