import * as assert from 'node:assert/strict';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { lowered, mentions } from '../../../src/core/guide/extract/text';
import { mayHold, pairBits, pairSet } from '../../../src/core/text/letterPairs';

describe('mentions', () => {
  const guide = [
    '# Contributing',
    'Please sign the CLA before we can merge your pull request.',
    '- Add an entry to `CHANGELOG.md` (see [the changelog](docs/changes.md)).',
    '```sh\nnpm test\n```',
    'Patches go through Gerrit: `git push origin HEAD:refs/for/main`.',
    '| Step | Command |\n|---|---|\n| Lint | `npm run lint` |',
    'Ünïcödé text, emoji 😀 and “quotes” don’t matter.',
  ].join('\n\n');
  const blocks = parseMarkdown('CONTRIBUTING.md', guide).blocks;
  const lists: readonly (readonly string[])[] = [
    ['cla', 'licen', 'agreement'],
    ['changelog', 'change log'],
    ['gerrit', 'cl', 'refs/for/'],
    ['npm test'],
    ['lint', 'x'],
    ['😀'],
    ['don\'t', 'don’t'],
    ['zzz', 'qq'],
    ['a.b', '(see'],
  ];

  it('says a block mentions a list exactly when its lowered words hold one of them', () => {
    for (const block of blocks) for (const words of lists) assert.equal(mentions(block, words), words.some((w) => lowered(block).includes(w)), `${block.kind}@${block.line} ${words.join('|')}`);
  });

  it('never rules out a word a text holds (character pairs)', () => {
    const text = lowered(blocks[1]) + lowered(blocks[6]);
    const set = pairSet(text);
    for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= Math.min(text.length, i + 12); j++) assert.ok(mayHold(set, pairBits(text.slice(i, j))));
    assert.equal(mayHold(pairSet(''), pairBits('ab')), false);
    assert.equal(mayHold(pairSet(''), pairBits('a')), true);
  });
});
