import * as assert from 'node:assert/strict';
import { factsOf, g } from './probeSupport';

// Session 18: general rules found by studying where the reader misses on the development set and the last blind sets.
// Every guide text below is written for the test; each rule has near-misses that must not fire.

describe('reader rules (session 18)', () => {
  describe('pointer-only with no guide file', () => {
    const template = g`
      ## Description

      - [ ] I added tests
    `;
    it('a repository with a PR template and no guide: there is no guide that only points elsewhere', async () => {
      const facts = await factsOf({ '.github/PULL_REQUEST_TEMPLATE.md': template });
      assert.equal(facts.files.guide, null);
      assert.equal(facts.guideIsPointerOnly, false);
      assert.deepEqual(facts.sources.guideIsPointerOnly, { file: '.github/PULL_REQUEST_TEMPLATE.md', line: 1, origin: 'template' });
    });
    it('a repository with nothing read: unknown, not "no"', async () => {
      const facts = await factsOf({ 'src/main.c': 'int main(void) { return 0; }\n' });
      assert.equal(facts.guideIsPointerOnly, null);
    });
    it('a guide that only points to the website is still a pointer, template or not', async () => {
      const facts = await factsOf({
        'CONTRIBUTING.md': 'See [our contributor docs](https://example.org/contributing) for how to help.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': template,
      });
      assert.equal(facts.guideIsPointerOnly, true);
    });
  });
});
