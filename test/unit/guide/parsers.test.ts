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
    assert.deepEqual(p.code, [{ text: 'a', line: 1, offset: 6 }, { text: 'c', line: 2, offset: 29 }]);
    assert.equal(p.text.slice(29, 32), '`c`');
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

  it('reads Markdown table cells as paragraphs, at their row\'s line', () => {
    const doc = parseMarkdown('a.md', 'Commands:\n\n| Task | Command |\n|---|---|\n| Test | `npm test` |\n| Lint | `npm run lint` |\n');
    assert.deepEqual(brief(doc.blocks), ['p@1 Commands:', 'p@3 Task', 'p@3 Command', 'p@5 Test', 'p@5 `npm test`', 'p@6 Lint', 'p@6 `npm run lint`']);
    const cell = doc.blocks[4];
    assert.ok(cell.kind === 'paragraph');
    assert.deepEqual(cell.code, [{ text: 'npm test', line: 5, offset: 0 }]);
  });

  it('leaves YAML front matter out of Markdown and keeps line numbers', () => {
    const doc = parseMarkdown('docs/dev.mdx', '---\ntitle: Development\nsidebar_position: 2\n---\n\n# Setup\n\nRun `npm ci`.\n');
    assert.deepEqual(brief(doc.blocks), ['h1@6 Setup', 'p@8 Run `npm ci`.']);
    assert.deepEqual(brief(parseMarkdown('a.md', '---\n\nJust a rule.\n').blocks), ['p@3 Just a rule.']);
  });

  it('leaves inline HTML comments out of a block\'s text, keeping later lines and offsets right', () => {
    const doc = parseMarkdown('a.md', 'Thanks! <!-- We require\na CLA --> Then\nrun `make test`.\n');
    const p = doc.blocks[0];
    assert.ok(p.kind === 'paragraph');
    assert.equal(p.text, 'Thanks! Then run `make test`.');
    assert.deepEqual(p.code, [{ text: 'make test', line: 3, offset: 17 }]);
  });

  it('gives every code span the offset of its delimiter in the block text, in all three formats', () => {
    const md = parseMarkdown('a.md', '- [ ] Then type `make`, or ``a ` b``\n').blocks[0];
    assert.ok(md.kind === 'listItem');
    assert.deepEqual(md.code.map((c) => md.text.slice(c.offset, c.offset + 2)), ['`m', '``']);
    const rst = parseRst('a.rst', 'Then run\n   ``make`` and ``tox``.\n').blocks[0];
    assert.ok(rst.kind === 'paragraph');
    assert.deepEqual(rst.code.map((c) => [c.text, c.line, rst.text.slice(0, c.offset)]), [['make', 2, 'Then run '], ['tox', 2, 'Then run ``make`` and ']]);
    const adoc = parseAsciidoc('a.adoc', 'Then run `make` now.\n').blocks[0];
    assert.ok(adoc.kind === 'paragraph');
    assert.equal(adoc.text.slice(0, adoc.code[0].offset), 'Then run ');
  });

  it('reads the content of reStructuredText admonitions, with their lines', () => {
    const rst = ['Contributing', '============', '', '.. note:: Please sign the CLA', '   before you send a change.', '', '.. important::', '   :class: strong', '', '   Run ``make test`` first.', '', '   .. code-block:: sh', '', '      make lint', '', '.. toctree::', '', '   hidden/page', ''].join('\n');
    assert.deepEqual(brief(parseRst('CONTRIBUTING.rst', rst).blocks), ['h1@1 Contributing', 'p@4 Please sign the CLA before you send a change.', 'p@10 Run ``make test`` first.', 'code(sh)@14 make lint']);
  });

  it('puts AsciiDoc document attributes in place of their references, outside listing blocks, lines kept', () => {
    const adoc = [
      '= Contributing',
      ':uri-repo: https://example.org/acme/widget',
      ':uri-code: link:{uri-repo-missing}CONTRIBUTING-CODE.adoc',
      ':uri-dev: link:docs/dev.adoc',
      '',
      'Read the {uri-dev}[developer guide] before {uri-repo}[the repository].',
      '',
      '----',
      'echo {uri-dev}',
      '----',
      '',
      '* An {unknown} reference stays.',
    ].join('\n');
    const doc = parseAsciidoc('CONTRIBUTING.adoc', adoc);
    const p = doc.blocks.find((b) => b.kind === 'paragraph');
    assert.ok(p?.kind === 'paragraph');
    assert.deepEqual(p.links.map((l) => [l.target, l.text, l.line]), [['docs/dev.adoc', 'developer guide', 6], ['https://example.org/acme/widget', 'the repository', 6]]);
    assert.deepEqual(brief(doc.blocks).slice(2), ['code()@9 echo {uri-dev}', 'li0@12 An {unknown} reference stays.']);
  });

  it('reads an AsciiDoc list item after its inline anchor, and an xref to an id as a section link', () => {
    const doc = parseAsciidoc('CONTRIBUTING.adoc', '* [[sign-off]]Sign off every commit.\n* [#tests]Add tests, see xref:testing-guide[the testing notes].\n');
    assert.deepEqual(brief(doc.blocks), ['li0@1 Sign off every commit.', 'li0@2 Add tests, see xref:testing-guide[the testing notes].']);
    const item = doc.blocks[1];
    assert.ok(item.kind === 'listItem');
    assert.deepEqual(item.links.map((l) => l.target), ['#testing-guide']);
  });
});

