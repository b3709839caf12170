import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 12: general rules found on the projects folded into the development set. Every guide text below is written
// for the test; each rule has near-misses that must not fire.

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;

describe('reader rules (session 12)', () => {
  describe('commit convention: area prefixes in less common shapes', () => {
    it('a placeholder head with alternatives (`<feature|plugin|subject>: <message>`) is an area prefix', async () => {
      const prose = '## Commit conventions\n\nCommit messages should be structured like this:\n\n```\n<feature|plugin|subject>: <commit message>\n\n<description>\n```';
      assert.equal(await convention(prose), 'area-prefix');
    });
    it('alternatives led by the type (`<type|scope>: ...`) are not an area', async () => {
      const prose = '## Commit conventions\n\nCommit messages should be structured like this:\n\n```\n<type|kind>: <commit message>\n```';
      assert.notEqual(await convention(prose), 'area-prefix');
    });
    it('a quoted example subject whose head is a path with a placeholder, escaped in Markdown', async () => {
      const prose = '## Submitting\n\n- The commit title should match our style. This usually looks like "plugins/\\<name\\>: fixed some bug".';
      assert.equal(await convention(prose), 'area-prefix');
    });
    it('a quoted sentence with a colon that is no subject is not an example', async () => {
      const prose = '## Submitting\n\n- The commit title should be short. Your reviewer may say something like "note: this needs a test".';
      assert.notEqual(await convention(prose), 'area-prefix');
    });
    it('"prefix every commit message with the issue number" puts the number at the head', async () => {
      assert.equal(await convention('## Commit messages\n\n* Prefix every commit message with the issue number in the form `[#NNN]`.\n* Use the imperative mood.'), 'area-prefix');
    });
    it('"include the issue number in the commit message" asks for a reference, not a prefix', async () => {
      assert.equal(await convention('## Commit messages\n\n* Include the issue number in every commit message.\n* Use the imperative mood.'), 'free-form-rules');
    });
  });
});
