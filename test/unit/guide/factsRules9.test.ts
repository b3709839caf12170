import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 9: single facts. Every guide below is our own wording; each rule has a near-miss that must not fire.
type Facts = ReturnType<typeof toInspectJson>;
const factsOf = async (files: Record<string, string>): Promise<Facts> => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const of = async (prose: string): Promise<Facts> => factsOf(guide(prose));
const convention = async (prose: string): Promise<string | null> => (await of(prose)).commit.convention;

describe('review8 findings on single facts (session 9)', () => {
  it('not when checking whether an idea "has been discussed in the past" before a feature request', async () => {
    assert.notEqual((await of('## Ideas\n\nCheck whether your idea has been discussed in the past before opening a new feature request.')).discussFirst, true);
  });
  it('not when a PR must reference an issue in its description', async () => {
    assert.notEqual((await of('## Pull requests\n\nEvery pull request must reference an issue in its description (e.g. `Fixes #123`).')).discussFirst, true);
  });
  it('Conventional Commits applied by the merging maintainer is no convention for the contributor', async () => {
    assert.equal((await of('## Commits\n\nWhen merging, the maintainer rewrites the squash title in Conventional Commits form, so you do not need to follow it yourself.')).commit.convention, null);
  });
});
