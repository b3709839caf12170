import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { RepoEntry } from '../../../src/core/repo/repoFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/** Counts how often each folder is listed: on a network or virtual file system every listing is a round trip. */
class CountingRepoFiles extends MemoryRepoFiles {
  readonly listed = new Map<string, number>();

  override async list(dir: string): Promise<readonly RepoEntry[]> {
    this.listed.set(dir, (this.listed.get(dir) ?? 0) + 1);
    return super.list(dir);
  }
}

describe('one reading of a project whose README links to its docs site', () => {
  // The README leads to the guide through the docs site, and the guide to another page of it: both are matched to
  // the doc sources, which takes a walk of the docs folders. `docs/a/b/c` is deeper than the guide is looked for by
  // place, so only that walk lists it.
  const files = {
    'README.md': '# Widget\n\n## Contributing\n\nSee [the contributor guide](https://widget.readthedocs.io/en/latest/dev/contributing-guide.html).\n',
    'docs/dev/contributing-guide.md': '# Contributing guide\n\nSet up as the [setup page](https://widget.readthedocs.io/en/latest/dev/setting-up.html) says.\n',
    'docs/dev/setting-up.md': '# Setting up\n\nRun `make setup`.\n',
    'docs/a/b/c/deep.md': '# Deep\n',
  };

  it('takes the guide and its linked page from the docs sources', async () => {
    const facts = await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' });
    assert.equal(facts.files.guide, 'docs/dev/contributing-guide.md');
    assert.deepEqual(facts.files.linkedDocs, ['docs/dev/setting-up.md']);
  });

  it('walks the docs folders once, for the README\u2019s link and the guide\u2019s alike', async () => {
    const counting = new CountingRepoFiles(files);
    await readGuide(counting, { projectName: 'widget' });
    assert.equal(counting.listed.get('docs/a/b/c'), 1);
  });
});
