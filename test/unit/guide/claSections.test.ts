import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const cla = async (text: string): Promise<boolean | null> => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }))).claRequired?.value ?? null;

describe('CLA: what a section under an agreement heading asks, and when a negation only says when (session 11)', () => {
  it('a negation bounded by "until" says when to sign, not that nobody signs', async () => {
    assert.equal(await cla('Before your code can be merged you must sign the Example CLA. You do not have to sign the CLA until a reviewer has approved your change, but you must sign it before we merge.'), true);
  });

  it('near miss: a plain negation still means no CLA', async () => {
    assert.equal(await cla('You do not have to sign a CLA to contribute here.'), false);
  });

  it('an empty section under an agreement heading asks for nothing', async () => {
    assert.equal(await cla('## Coding conventions\n\n## Contributor Agreement\n\n## Testing\n\nRun the tests before you open a pull request.'), null);
  });

  it('a section that says opening a pull request is agreeing to the licence asks for no signature', async () => {
    assert.equal(await cla('## Contributor License Agreement\n\nBy opening a pull request, you agree that your work is licensed under the project licence.\n\n## Development\n\nSee the README.'), null);
  });

  it('near miss: a section that asks the reader to sign, or links the form, asks for the agreement', async () => {
    assert.equal(await cla('## Contributor License Agreement\n\nPlease sign it once before your first pull request is merged.'), true);
    assert.equal(await cla('## Contributor License Agreement\n\nThe form is [here](https://cla.example.org/).'), true);
  });

  it('near miss: a sub-section under the agreement heading that asks to sign still counts', async () => {
    assert.equal(await cla('## Contributor License Agreement\n\n### Individuals\n\nYou sign it online in a minute.'), true);
  });
});

describe('pull requests a mirror says it cannot merge (session 11)', () => {
  const prs = async (template: string): Promise<boolean | null> =>
    (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for your interest.\n', '.github/pull_request_template.md': template }))).acceptsPullRequests?.value ?? null;

  it('"pull requests in this repository cannot be merged" turns them away', async () => {
    assert.equal(await prs('We review every change on our own code review server, so pull requests in this repository cannot be merged.'), false);
  });

  it('near miss: a pull request that cannot be merged until its checks pass is still taken', async () => {
    assert.equal(await prs('Pull requests cannot be merged until the checks pass.'), true);
  });
});
