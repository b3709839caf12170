import * as assert from 'node:assert/strict';
import { collapseMapped } from '../../../src/core/text/whitespace';
import { collapseWhitespace } from '../../../src/core/text/normalize';

/** Every character JavaScript's `\s` matches, and a few it does not (a zero-width space, NEL, U+180E). */
const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['a', '`', '\u200b', '\u0085', '\u180e', 'é'];

describe('collapseMapped', () => {
  it('collapses as collapseWhitespace does, and maps each raw character to its place', () => {
    // Every string of up to four characters from a small alphabet: each kind of run, at each end.
    const alphabet = [' ', '\n', '\u3000', 'a', 'b', '\u200b'];
    const strings: string[] = [''];
    for (let len = 1; len <= 4; len++) for (const s of strings.filter((x) => x.length === len - 1)) for (const c of alphabet) strings.push(s + c);
    for (const raw of [...strings, SPACES.join('x'), `  ${NOT_SPACES.join(' \n ')}  `]) {
      const collapsed = collapseMapped(raw);
      assert.equal(collapsed.text, collapseWhitespace(raw), JSON.stringify(raw));
      for (let i = 0; i < raw.length; i++) {
        const at = collapsed.at(i);
        // A visible character keeps its own place; whitespace maps to the one space standing for its run (or the end).
        if (!/\s/.test(raw[i])) assert.equal(collapsed.text[at], raw[i], `${JSON.stringify(raw)} @${i}`);
        else assert.ok(at === collapsed.text.length || collapsed.text[at] === ' ' || at === 0, `${JSON.stringify(raw)} @${i}`);
      }
      assert.equal(collapsed.at(raw.length + 5), collapsed.text.length);
      assert.equal(collapsed.at(-1), collapsed.at(0));
    }
  });

  it('places a code span after collapsed line breaks', () => {
    const raw = 'Run\n  `npm test`  then\tlint';
    const collapsed = collapseMapped(raw);
    assert.equal(collapsed.text, 'Run `npm test` then lint');
    assert.equal(collapsed.at(raw.indexOf('`')), 4);
    assert.equal(collapsed.at(raw.indexOf('then')), 15);
  });
});
