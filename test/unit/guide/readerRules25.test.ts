import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { overlappingMatches } from '../../../src/core/guide/extract/text';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 25: every text below is written for the test; each rule has a near miss that must keep its old answer.

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const discuss = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).discussFirst?.value ?? null;

describe('reader rules (session 25)', () => {
  describe('discuss first', () => {
    it('a request found inside a refused match is judged on its own ("an open issue, consider creating an issue first")', async () => {
      assert.equal(await discuss("## Pull requests\n\nWe welcome them.\nIf you're planning to send a PR for a change which doesn't have an open issue, consider creating an issue first."), true);
    });
    it('near miss: "does not need an open issue first" still asks nothing', async () => {
      assert.equal(await discuss('## Pull requests\n\nWe welcome them. A typo fix does not need an open issue first.'), null);
    });
    it('a heading "1. Come discuss changes first" is itself the request', async () => {
      assert.equal(await discuss('## 1. Come discuss changes first\n\nIt tends to lead to a better outcome.'), true);
    });
    it('near miss: "Come say hi" under a chat heading asks nothing', async () => {
      assert.equal(await discuss('## Come say hi\n\nWe hang out on Matrix.'), null);
    });
  });

  describe('overlappingMatches', () => {
    it('finds a match that starts inside an earlier one', () => {
      const found = overlappingMatches('open issue, then creating an issue first', /\b(?:open|creating)\s+(?:an\s+)?issue\b[^.]*?\bfirst\b/i).map((m) => m[0]);
      assert.deepEqual(found, ['open issue, then creating an issue first', 'creating an issue first']);
    });
    it('steps past an empty match', () => {
      assert.equal(overlappingMatches('abc', /x*/).length, 4);
    });
  });
});
