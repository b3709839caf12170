import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const pointerOnly = async (files: Record<string, string>): Promise<boolean | null> => (await readGuide(new MemoryRepoFiles(files))).guideIsPointerOnly?.value ?? null;

/** A long developer document: many sections of instructions. */
const LONG_DOC = `# Contributing in depth\n\n${Array.from({ length: 40 }, (_, k) => `## Topic ${k}\n\nWrite the change, add a test for it, run the whole suite and describe the change in the commit message body.\n`).join('\n')}`;

describe('process rules: pointer-only guides', () => {
  it('a short guide whose only link is its CLA form is a guide of its own', async () => {
    const guide = '# Contributing\n\nFork the repository and send a pull request. Keep to the existing style, and make sure the code compiles.\n\nBefore your code can be accepted you must sign the [Contributor License Agreement](https://example.com/cla-form).\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide }), false);
  });

  it('a short guide that links to the developer guide is a pointer', async () => {
    const guide = '# Contributing\n\nThanks for helping! Please read our [developer guide](docs/development.md) before you start.\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, 'docs/development.md': LONG_DOC }), true);
  });

  it('a few numbered lines beside a "Read X" heading to a long document are a pointer', async () => {
    const guide = '# How to contribute\n\n## Join us\n\n1. Watch the repository\n2. Join the [mailing list](https://example.com/list)\n\n## Read HACKING\n\n## Send changes\n\n1. by mail\n2. as a pull request\n';
    assert.equal(await pointerOnly({ '.github/CONTRIBUTING.md': guide, 'docs/HACKING.md': LONG_DOC }), true);
  });

  it('numbered steps with nothing much behind them are the guide itself', async () => {
    const guide = '# How to contribute\n\n1. Fork the repository\n2. Create a branch\n3. Open a pull request\n\nSee the [developer notes](docs/dev.md).\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, 'docs/dev.md': '# Dev\n\nUse the latest compiler.\n' }), false);
  });
});
