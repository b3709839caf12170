import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = async (guide: string, template?: string) => {
  const files: Record<string, string> = { 'CONTRIBUTING.md': `# Contributing\n\n${guide}\n` };
  if (template) files['.github/PULL_REQUEST_TEMPLATE.md'] = template;
  const facts = await readGuide(new MemoryRepoFiles(files));
  return { required: facts.changelog.required?.value ?? null, how: facts.changelog.how?.value ?? null };
};

describe('changelog entry by its concepts: an ask, a writing verb and the changelog file named (session 11)', () => {
  it('reads wordings no specific pattern foresaw', async () => {
    assert.deepEqual(await read('Pull requests that add features or fix bugs should note those changes in the CHANGELOG.rst file.'), { required: true, how: 'changelog-file' });
    assert.deepEqual(await read('Make sure your fix is recorded, briefly, in HISTORY.md under the next version.'), { required: true, how: 'changelog-file' });
  });

  it("a template's box that states the entry in its own words", async () => {
    assert.deepEqual(await read('Thanks for helping.', '## Checklist\n\n- [ ] Tests pass\n- [ ] Changelog is updated where it matters\n'), { required: true, how: 'changelog-file' });
  });

  it("near miss: a commit's or a patch's own change log is not the project's changelog", async () => {
    assert.deepEqual(await read("Comments that should not be part of the commit's change log message go after the description."), { required: null, how: null });
    assert.deepEqual(await read('Please keep a change log of what changed since the last version of your patch below the --- line.'), { required: null, how: null });
  });

  it('near miss: an optional entry, or one only for breaking changes and removals', async () => {
    assert.deepEqual(await read('If you want, please mention your fix in NEWS under the next release.'), { required: null, how: null });
    assert.deepEqual(await read('When removing a flag, ensure a "Breaking Changes" entry is added in the CHANGELOG.'), { required: null, how: null });
  });

  it('near miss: "changes" and "news" in prose name no file', async () => {
    assert.deepEqual(await read('Please update the documentation to describe your changes, and share the news on the forum.'), { required: null, how: null });
  });
});
