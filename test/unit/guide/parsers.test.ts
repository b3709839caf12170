import * as assert from 'node:assert/strict';
import { parseAsciidoc } from '../../../src/core/guide/parseAsciidoc';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { parseRst } from '../../../src/core/guide/parseRst';
import { Block } from '../../../src/core/guide/documentModel';

const brief = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.kind === 'heading' ? `h${b.level}@${b.line} ${b.text}` : b.kind === 'code' ? `code(${b.lang})@${b.line} ${b.text.trim()}` : b.kind === 'listItem' ? `li${b.depth}${b.checked === null ? '' : b.checked ? '[x]' : '[ ]'}@${b.line} ${b.text}` : `p@${b.line} ${b.text}`));

describe('document parsers', () => {
  it('reads Markdown headings, fences, task items and their lines', () => {
    const doc = parseMarkdown('a.md', '# Setup\n\nRun this:\n\n```sh\nnpm ci\n```\n\n- [ ] tests pass\n- [x] lint\n  more\n');
    assert.deepEqual(brief(doc.blocks), ['h1@1 Setup', 'p@3 Run this:', 'code(sh)@6 npm ci', 'li0[ ]@9 tests pass', 'li0[x]@10 lint more']);
    assert.deepEqual(doc.blocks[1].sections, ['Setup']);
  });

  it('hides HTML comments unless asked to read them (PR template tips)', () => {
    const text = '<!--\n- [ ] hidden\n-->\n- [ ] shown\n';
    assert.deepEqual(brief(parseMarkdown('t.md', text).blocks), ['li0[ ]@4 shown']);
    const withComments = parseMarkdown('t.md', text, { readComments: true }).blocks;
    assert.deepEqual(brief(withComments), ['li0[ ]@2 hidden', 'li0[ ]@4 shown']);
    assert.equal(withComments[0].commented, true);
  });

  it('gives each inline code span and link its own line', () => {
    const doc = parseMarkdown('a.md', 'First `a`\nthen [b](b.md) and `c`\n');
    const p = doc.blocks[0];
    assert.ok(p.kind === 'paragraph');
    assert.deepEqual(p.code, [{ text: 'a', line: 1 }, { text: 'c', line: 2 }]);
    assert.deepEqual(p.links, [{ target: 'b.md', text: 'b', line: 2 }]);
  });

  it('reads reStructuredText titles, literal blocks, code directives and lists', () => {
    const rst = ['Contributing', '============', '', 'Setup', '-----', '', 'Install it::', '', '    pip install -e .', '', '.. code-block:: bash', '', '   tox -e lint', '', '- run ``pytest``', '- see `docs <docs/dev.rst>`_', ''].join('\n');
    const doc = parseRst('CONTRIBUTING.rst', rst);
    assert.deepEqual(brief(doc.blocks), [
      'h1@1 Contributing',
      'h2@4 Setup',
      'p@7 Install it::',
      'code()@9 pip install -e .',
      'code(bash)@13 tox -e lint',
      'li0@15 run ``pytest``',
      'li0@16 see `docs <docs/dev.rst>`_',
    ]);
    const item = doc.blocks[6];
    assert.ok(item.kind === 'listItem');
    assert.deepEqual(item.links, [{ target: 'docs/dev.rst', text: 'docs', line: 16 }]);
  });

  it('reads AsciiDoc titles, source blocks, checklists and links', () => {
    const adoc = ['= Contributing', '', '== Building', '', '[source,sh]', '----', './gradlew build', '----', '', '* [ ] tests added', '* see link:docs/dev.adoc[the dev guide]', ''].join('\n');
    const doc = parseAsciidoc('CONTRIBUTING.adoc', adoc);
    assert.deepEqual(brief(doc.blocks), ['h1@1 Contributing', 'h2@3 Building', 'code(sh)@7 ./gradlew build', 'li0[ ]@10 tests added', 'li0@11 see link:docs/dev.adoc[the dev guide]']);
    const item = doc.blocks[4];
    assert.ok(item.kind === 'listItem');
    assert.deepEqual(item.links.map((l) => l.target), ['docs/dev.adoc']);
  });
});
