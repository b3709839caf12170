import * as assert from 'node:assert/strict';
import { readPattern, requiredWords } from '../../../src/core/text/requiredWords';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { lowered, mayMatch, plain } from '../../../src/core/guide/extract/text';

describe('requiredWords', () => {
  it('reads the words one of which every match holds', () => {
    assert.deepEqual(readPattern(String.raw`\bconventional[\s-]commits?\b`), ['conventional']);
    assert.deepEqual(readPattern(String.raw`\b(?:open|creat(?:e|ing)|fil(?:e|ing))\s+an?\s+issue\b`), ['issue']);
    assert.deepEqual(readPattern('commit|imperative|tense|line|50\\/72'), ['commit', 'imperative', 'tense', 'line', '50/72']);
    assert.deepEqual(readPattern(String.raw`\bPRs?\b|pull\s+requests?`), null); // "pr" is too short to pay
    assert.deepEqual(readPattern(String.raw`^(?:Release|Publish)ing\b`), ['release', 'publish']);
    assert.deepEqual(readPattern(String.raw`(?:merge)+d`), ['merge']);
    // A character other than ASCII ends a word: lowercasing the block may not lowercase it as the pattern matches it.
    assert.deepEqual(readPattern('caf\u00e9s'), ['caf']);
  });

  it('needs nothing of what may be absent, zero-width or not understood', () => {
    for (const source of [
      String.raw`(?:commit)?\s*message`, // "message" is needed, "commit" not
    ]) assert.deepEqual(readPattern(source), ['message']);
    for (const source of [
      String.raw`(?:commit)?`,
      String.raw`(?:commit)*x`,
      String.raw`(?:commit){0,2}`,
      String.raw`(?=commit)\w+`,
      String.raw`(?<=commit)\w+`,
      String.raw`(?<!commit)\w+`,
      String.raw`(commit)\1`.replace('(commit)', '(?:a|)'),
      String.raw`[commit]+`,
      String.raw`[^]*`,
      String.raw`commit|`,
      String.raw`\u0063ommit`.replace('ommit', ''),
      '(?:unclosed',
    ]) assert.equal(readPattern(source), null, source);
  });

  it('gives no words for flags under which a lowercased block could miss a match, or a skipped test would differ', () => {
    assert.equal(requiredWords(/commit/iu), null);
    assert.equal(requiredWords(/commit/g), null);
    assert.equal(requiredWords(/commit/y), null);
    assert.deepEqual(requiredWords(/Commit/), ['commit']);
    assert.deepEqual(requiredWords(/commit/im), ['commit']);
  });

  it('lets mayMatch rule out a block only when the pattern cannot match its texts', () => {
    const doc = parseMarkdown('CONTRIBUTING.md', ['Use **Conventional** Commits.', 'Run `make lint` before you send a PATCH.', 'Nothing here.'].join('\n\n'));
    const [first, second, third] = doc.blocks;
    const name = /\bconventional\s+commits\b/i;
    assert.ok(mayMatch(first, name) && name.test(plain(first)));
    const patch = /\bsend\s+a\s+patch\b/i;
    assert.ok(mayMatch(second, patch) && patch.test(plain(second)));
    assert.ok(mayMatch(second, /make lint/) && lowered(second).includes('make lint'));
    assert.equal(mayMatch(third, name), false);
    assert.equal(mayMatch(third, patch), false);
  });
});
