import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const facts = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }));

describe('subject length in a commit template and after an abbreviation (session 11)', () => {
  it('a template in a block after a bold "Commit/Pull Request Format" line gives its first line\'s limit', async () => {
    const f = await facts('**Commit/Pull Request Format**\n\n```\nSummary of the change (less than 80 chars)\n - Detail 1\n\n#123\n```\n');
    assert.equal(f.commit.subjectMaxLength?.value ?? null, 80);
  });

  it('"max. 50 characters" is read past the abbreviation\'s period', async () => {
    const f = await facts('Give your commits a good message. For example:\n\n```\n    Commit message (max. 50 characters)\n\n    Why the change was made, wrapped at 72 characters.\n```\n');
    assert.equal(f.commit.subjectMaxLength?.value ?? null, 50);
  });

  it('near miss: a block of code after a paragraph about something else gives no limit', async () => {
    const f = await facts('Configure your editor like this:\n\n```\nmax_line_length = 80 chars\n```\n');
    assert.equal(f.commit.subjectMaxLength?.value ?? null, null);
  });
});
