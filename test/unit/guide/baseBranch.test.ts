import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

describe('base branch', () => {
  const cases: [string, string, string | null][] = [
    ['"against the default branch" names no branch', 'Please open pull requests against the default branch.', null],
    ['"from your feature branch" names no base', 'Open a pull request from your feature branch.', null],
    ['a name given for the base branch role', 'Check out a topic branch from a base branch (e.g. `main`), and merge back against that branch.', 'main'],
    ['the default branch with its current name', 'Open pull requests against the default branch (currently `develop`).', 'develop'],
    ['a branch literally named `default`', 'Send pull requests to `default`.', 'default'],
    ['an owner-qualified target', 'In GitHub, send a pull request to `acme:master`.', 'master'],
    ['"branch from main"', 'Create your branch from `main`.', 'main'],
  ];
  for (const [name, sentence, expected] of cases) {
    it(`reads ${name}`, async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${sentence}\n` }));
      assert.equal(facts.baseBranch?.value ?? null, expected);
    });
  }
});
