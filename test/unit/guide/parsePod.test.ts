import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { Block } from '../../../src/core/guide/documentModel';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const brief = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind}@${b.line} ${b.kind === 'code' ? b.text.trim() : b.text}`);

const GUIDE = [
  '=pod',
  '',
  '=head1 CONTRIBUTING',
  '',
  'Send pull requests on L<GitHub|https://github.com/acme/widget>.',
  '',
  '=head2 Running the tests',
  '',
  'Install the dependencies with C<cpanm --installdeps .> and run:',
  '',
  '  prove -lr t',
  '',
  '=over 4',
  '',
  '=item *',
  '',
  'Add a test for every fix.',
  '',
  '=item * Update F<Changes>.',
  '',
  '=back',
  '',
  '=begin comment',
  '',
  'Not shown.',
  '',
  '=end comment',
  '',
  '=cut',
].join('\n');

describe('POD guides (session 9)', () => {
  it('reads headings, verbatim code, items, code and links, line for line', () => {
    const doc = parseDocument('CONTRIBUTING.pod', GUIDE);
    assert.equal(doc.format, 'pod');
    assert.deepEqual(brief(doc.blocks), [
      'heading@3 CONTRIBUTING',
      'paragraph@5 Send pull requests on [GitHub](https://github.com/acme/widget).',
      'heading@7 Running the tests',
      'paragraph@9 Install the dependencies with `cpanm --installdeps .` and run:',
      'code@11 prove -lr t',
      'listItem@17 Add a test for every fix.',
      'listItem@19 Update Changes.',
    ]);
  });

  it('finds CONTRIBUTING.pod as the guide and reads its commands', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.pod': GUIDE })));
    assert.equal(json.files.guide, 'CONTRIBUTING.pod');
    assert.deepEqual(json.commands.test.map((c) => [c.command, c.source.line]), [['prove -lr t', 11]]);
  });
});
