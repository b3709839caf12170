import * as assert from 'node:assert/strict';
import { parseOrg } from '../../../src/core/guide/parseOrg';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { Block } from '../../../src/core/guide/documentModel';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const brief = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.kind === 'heading' ? `h${b.level}@${b.line} ${b.text}` : b.kind === 'code' ? `code(${b.lang})@${b.line} ${b.text.trim()}` : b.kind === 'listItem' ? `li${b.depth}${b.ordered ? '.' : ''}${b.checked === null ? '' : b.checked ? '[x]' : '[ ]'}@${b.line} ${b.text}` : `p@${b.line} ${b.text}`));

const GUIDE = [
  '#+TITLE: Contributing',
  '#+OPTIONS: toc:nil',
  '',
  '* Getting started :setup:',
  'Install the dependencies with ~make deps~ and read',
  '[[file:doc/hacking.org][the hacking notes]].',
  '',
  '#+BEGIN_SRC shell',
  'make test',
  ',* not a headline',
  '#+END_SRC',
  '',
  '** TODO Before you send a pull request',
  '- [ ] run =make lint=',
  '- [X] add a test',
  '  that fails without your change',
  '1. open the pull request',
  '',
  ': eask test buttercup',
  '',
  ':PROPERTIES:',
  ':ID: 1234',
  ':END:',
  '# a comment',
  '#+begin_quote',
  'Quoted prose.',
  '#+end_quote',
  'See https://example.org for more.',
].join('\n');

describe('Org mode guides (session 9)', () => {
  it('reads headlines, source blocks, fixed-width lines, checkbox lists and paragraphs, with their lines', () => {
    const doc = parseOrg('CONTRIBUTING.org', GUIDE);
    assert.deepEqual(brief(doc.blocks), [
      'h1@4 Getting started',
      'p@5 Install the dependencies with `make deps` and read link:doc/hacking.org[the hacking notes].',
      'code(shell)@9 make test\n* not a headline',
      'h2@13 Before you send a pull request',
      'li0[ ]@14 run `make lint`',
      'li0[x]@15 add a test that fails without your change',
      'li0.@17 open the pull request',
      'code()@19 eask test buttercup',
      'p@26 Quoted prose.',
      'p@28 See https://example.org for more.',
    ]);
    const p = doc.blocks[1];
    assert.ok(p.kind === 'paragraph');
    assert.deepEqual(p.code.map((c) => [c.text, c.line]), [['make deps', 5]]);
    assert.deepEqual(p.links.map((l) => [l.target, l.text, l.line]), [['doc/hacking.org', 'the hacking notes', 6]]);
    assert.deepEqual(doc.blocks[4].sections, ['Getting started', 'Before you send a pull request']);
  });

  it('leaves = and ~ that do not delimit a span alone (an equation, a home path)', () => {
    const p = parseOrg('a.org', 'Set x = 1 and keep ~/.emacs.d as it is.\n').blocks[0];
    assert.ok(p.kind === 'paragraph');
    assert.equal(p.text, 'Set x = 1 and keep ~/.emacs.d as it is.');
    assert.deepEqual(p.code, []);
  });

  it('is the parser a .org file gets', () => {
    assert.equal(parseDocument('CONTRIBUTING.org', GUIDE).format, 'org');
  });

  it('finds CONTRIBUTING.org as the guide and reads its commands and checklist', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({
      'README.org': '* Widget\nAn Emacs package.\n',
      'CONTRIBUTING.org': [
        '* Contributing',
        'Pull requests are welcome on the =main= branch.',
        '** Running the tests',
        '#+begin_src sh',
        'eask install-deps --dev',
        'eask test ert test/widget-test.el',
        '#+end_src',
        '** Before you open a pull request',
        '- [ ] The byte compiler gives no warnings',
        '- [ ] The tests pass',
      ].join('\n'),
    })));
    assert.equal(json.files.guide, 'CONTRIBUTING.org');
    assert.deepEqual(json.checklist.map((c) => [c.text, c.source.line]), [['The byte compiler gives no warnings', 9], ['The tests pass', 10]]);
    assert.ok(json.commands.setup.some((c) => c.command === 'eask install-deps --dev' && c.source.line === 5), JSON.stringify(json.commands));
  });

  it('reads the Contributing section of a README.org when there is no guide', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({
      'README.org': '#+TITLE: widget.el\n\n* Installation\nUse package.el.\n\n* Contributing\nPull requests are welcome against the =develop= branch.\n\n** Running the tests\n#+begin_src shell\nmake test\n#+end_src\n',
    })));
    assert.equal(json.baseBranch, 'develop');
    assert.deepEqual(json.commands.test.map((c) => [c.command, c.source.file, c.source.line]), [['make test', 'README.org', 11]]);
  });
});
