import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const discussFirst = async (guide: string): Promise<boolean | null> => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }))).discussFirst?.value ?? null;

describe('process rules: discuss first', () => {
  it('reads the first step of the pull request part that asks for an issue', async () => {
    const guide = '# Contributing\n\n## Making a pull request\n\n- If an issue does not already exist, please create one.\n- Fork the repository and create a branch.\n';
    assert.equal(await discussFirst(guide), true);
  });

  it('reads "create an issue" under a Prerequisites heading', async () => {
    const guide = '# How to contribute\n\n## Prerequisites\n\nPlease create an issue, assuming one does not already exist, and describe your idea.\n\n## Files to change\n\nEdit the sources, not the generated files.\n';
    assert.equal(await discussFirst(guide), true);
  });

  it('does not read "create an issue" under a bug reporting heading as a step before a change', async () => {
    const guide = '# Contributing\n\n## Reporting bugs\n\n- Create an issue via the issue tracker.\n- Say which version is affected.\n';
    assert.equal(await discussFirst(guide), null);
  });

  it('does not take "open a pull request, one per change" for an issue', async () => {
    const guide = '# Contributing\n\n## Making a pull request\n\n- Open a pull request, one for each change.\n';
    assert.equal(await discussFirst(guide), null);
  });

  it('an explicit "issue first? No" in the pull request part still wins', async () => {
    const guide = '# Contributing\n\n## Submit a pull request\n\n1. Should you create an issue first? No, just create the pull request.\n';
    assert.equal(await discussFirst(guide), false);
  });

  it('reads "before contributing significant changes, open an RFC"', async () => {
    const guide = '# Contributing\n\nBefore contributing really significant changes that take a lot of effort, please open an RFC in the discussions.\n';
    assert.equal(await discussFirst(guide), true);
  });

  it('reads "before starting work on a pull request, comment on an existing issue or raise one"', async () => {
    const guide = '# Contributing\n\nBefore starting work on a pull request, we suggest commenting on an existing issue or raising an issue.\n';
    assert.equal(await discussFirst(guide), true);
  });

  it('a plain "an issue first is not required" outweighs taking an issue one works on', async () => {
    const guide = '# Contributing\n\n## Working on issues\n\nWhen working on an issue, please assign it to yourself.\n\n## Pull requests\n\nWhile bug fixes can first be reported in an issue, that is not required.\n';
    assert.equal(await discussFirst(guide), false);
  });

  it('taking an issue one works on still counts when nothing says an issue is optional', async () => {
    assert.equal(await discussFirst('# Contributing\n\nWhen working on an issue, please assign it to yourself.\n'), true);
  });

  it('an issue optional only under a condition does not outweigh it', async () => {
    const guide = '# Contributing\n\nWhen working on an issue, please assign it to yourself.\n\nOpening an issue first is optional when the change is a typo fix.\n';
    assert.equal(await discussFirst(guide), true);
  });
});
