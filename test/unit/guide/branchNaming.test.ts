import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

describe('branch naming', () => {
  const cases: [string, string, string | null][] = [
    ['a pattern with placeholders', 'Create a branch from `main` and name it `<issue-number>-<short-description>`.', '<issue-number>-<short-description>'],
    ['a prefix pattern with braces', 'Branch names must follow `fix/{issue}-{slug}`.', 'fix/{issue}-{slug}'],
    ['a prefix with a wildcard', 'Please prefix your branch with `feature/*` or `fix/*`.', 'feature/*'],
    ['an example branch name is not a rule', 'Create a branch called `my-fix-branch` and push it.', null],
    ['a pattern in a sentence about something else', 'Name your test files `<module>.test.js`.', null],
    ['a branch sentence with no naming words', 'Push your branch to `origin/<name>`.', null],
  ];
  for (const [name, sentence, expected] of cases) {
    it(`reads ${name}`, async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${sentence}\n` }));
      assert.equal(facts.branchNaming?.value ?? null, expected);
      if (expected) assert.deepEqual(facts.branchNaming?.source, { file: 'CONTRIBUTING.md', line: 3 });
    });
  }
});
