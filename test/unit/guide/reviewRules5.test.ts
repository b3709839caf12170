import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { LOCALIZED_GUIDE_NAME } from '../../../src/core/guide/guidePlaces';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Near-misses of this round's rules: wordings that look like a fact and are not one.
const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });

describe('near-misses of the fact rules (session 5 review)', () => {
  it('"don\'t need approval from a second reviewer" does not cancel a request to open an issue first', async () => {
    const facts = await factsOf(
      guide('Pull requests from maintainers don\'t need approval from a second reviewer.\n\nFor new features, please open an issue first to discuss it.'),
    );
    assert.equal(facts.discussFirst, true);
  });

  it('"no approval needed to open a pull request" still says no talk first', async () => {
    assert.equal((await factsOf(guide('You do not need approval to open a pull request.'))).discussFirst, false);
  });

  it('a heading about adding support for something is a change, not the support channel', async () => {
    const facts = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\n## Adding support for a new board\n\nPlease open an issue first to discuss the board.\n' });
    assert.equal(facts.discussFirst, true);
  });

  for (const prose of ['For major changes, we will open a tracking issue.', 'For larger changes, the release team will open a tracking issue.']) {
    it(`"${prose}" is what others do, not a talk first`, async () => assert.equal((await factsOf(guide(prose))).discussFirst, null));
  }

  for (const prose of ['Patches to libfoo2 should follow the style of that library.', 'We backport security patches from v5.4 onwards.', 'Make your patch against python3 only.']) {
    it(`"${prose}" names no base branch`, async () => assert.equal((await factsOf(guide(prose))).baseBranch, null));
  }

  for (const [prose, branch] of [
    ['Patches should be made against master.', 'master'],
    ['Please send patches against the `v2.11` branch.', 'v2.11'],
  ] as const) {
    it(`"${prose}" names ${branch}`, async () => assert.equal((await factsOf(guide(prose))).baseBranch, branch));
  }

  it('an example message that ends with a trailer, under a lead-in about the issue number, asks no sign-off', async () => {
    const facts = await factsOf(guide('Include the issue number in the body, e.g.:\n\n```\nfix: handle empty input\n\nCloses #12\n\nSigned-off-by: A Developer <a@example.org>\n```'));
    assert.equal(facts.commit.signOff, null);
  });

  it('"add a line like the one below" over a trailer asks for the sign-off', async () => {
    const facts = await factsOf(guide('To certify your work, add a line like the one below to the end of each commit message:\n\n```\nSigned-off-by: A Developer <a@example.org>\n```'));
    assert.equal(facts.commit.signOff, 'required');
  });
});

describe('a translated guide is told from a part\'s guide by its language code (session 5 review)', () => {
  for (const name of ['CONTRIBUTING.zh-CN.md', 'CONTRIBUTING_ja.md', 'CONTRIBUTING.pt-BR.md']) {
    it(`${name} is a translation`, () => assert.equal(LOCALIZED_GUIDE_NAME.test(name), true));
  }
  for (const name of ['CONTRIBUTING-ui.md', 'CONTRIBUTING-js.md', 'CONTRIBUTING-ci.md', 'CONTRIBUTING-db.md']) {
    it(`${name} is not`, () => assert.equal(LOCALIZED_GUIDE_NAME.test(name), false));
  }
  it('a part\'s guide beside no other is not taken for the project\'s guide', async () => {
    const facts = await factsOf({ 'CONTRIBUTING-ui.md': '# UI\n\nRun `npm test`.\n', 'README.md': '# Project\n' });
    assert.equal(facts.files.guide, null);
  });
});

describe('a reading list with a huge item (session 5 review)', () => {
  it('reads a list whose items open with links, one of them 100 KB of brackets, without rescanning from every "["', async () => {
    const huge = `[Tips](https://example.org/a) ${'[a'.repeat(50_000)}`;
    const facts = await factsOf(guide(`## Before you submit\n\nRead these first:\n\n- [Write tests](https://example.org/t) by A. Author\n- ${huge}\n`));
    assert.ok(Array.isArray(facts.checklist));
  });
});
