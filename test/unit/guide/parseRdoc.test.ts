import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { Block } from '../../../src/core/guide/documentModel';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const brief = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind}@${b.line} ${b.kind === 'code' ? b.text.trim() : b.text}`);

const GUIDE = [
  '= Contributing',
  '',
  'Read the {hacking notes}[doc/hacking.rdoc] and the wiki[https://example.org/wiki] first.',
  '',
  '---',
  '',
  '== Running the tests',
  '',
  'Install the gems with +bundle+ and run:',
  '',
  '  $ bundle exec rake test',
  '',
  '* Run <tt>rake rubocop</tt> before you send a pull request.',
  '* Keep +a+b+ as it is.',
].join('\n');

describe('RDoc guides (session 9)', () => {
  it('reads titles, verbatim text, lists, code and links, line for line', () => {
    const doc = parseDocument('CONTRIBUTING.rdoc', GUIDE);
    assert.equal(doc.format, 'rdoc');
    assert.deepEqual(brief(doc.blocks), [
      'heading@1 Contributing',
      'paragraph@3 Read the link:doc/hacking.rdoc[hacking notes] and the https://example.org/wiki[wiki] first.',
      'heading@7 Running the tests',
      'paragraph@9 Install the gems with `bundle` and run:',
      'code@11 $ bundle exec rake test',
      'listItem@13 Run `rake rubocop` before you send a pull request.',
      'listItem@14 Keep +a+b+ as it is.',
    ]);
    const p = doc.blocks[1];
    assert.ok(p.kind === 'paragraph');
    assert.deepEqual(p.links.map((l) => [l.target, l.text]), [['doc/hacking.rdoc', 'hacking notes'], ['https://example.org/wiki', 'wiki']]);
  });

  it('finds CONTRIBUTING.rdoc as the guide and reads its commands', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'README.rdoc': '= gem\n', 'CONTRIBUTING.rdoc': GUIDE })));
    assert.equal(json.files.guide, 'CONTRIBUTING.rdoc');
    assert.deepEqual(json.commands.test.map((c) => [c.command, c.source.line]), [['bundle exec rake test', 11]]);
  });
});
