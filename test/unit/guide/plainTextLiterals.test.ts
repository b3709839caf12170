import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { Block } from '../../../src/core/guide/documentModel';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const brief = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind}@${b.line} ${b.kind === 'code' ? b.text.trim() : b.text}`);

describe('commands indented the plain-text way (session 9)', () => {
  it('reads commands indented right under their lead-in as code, with their own lines', () => {
    const doc = parseDocument('HACKING', 'Building\n--------\n\nTo build from git you need autotools:\n    ./autogen.sh\n    make\n\nThen see `docs/x.md`.\n');
    assert.deepEqual(brief(doc.blocks), ['heading@1 Building', 'paragraph@4 To build from git you need autotools:', 'code@5 ./autogen.sh\nmake', 'paragraph@8 Then see `docs/x.md`.']);
    const last = doc.blocks[3];
    assert.ok(last.kind === 'paragraph');
    assert.deepEqual(last.code.map((c) => c.line), [8]);
  });

  it('reads prompt lines indented two spaces as code', () => {
    const doc = parseDocument('CONTRIBUTING.txt', 'TESTING\n\n  $ ctest --test-dir build\n  $ ctest -L slow\n');
    assert.deepEqual(brief(doc.blocks), ['paragraph@1 TESTING', 'code@3 $ ctest --test-dir build\n$ ctest -L slow']);
  });

  it('keeps a command that ends in a path of "." as code', () => {
    const doc = parseDocument('HACKING', 'Check the style with:\n    ruff check .\n');
    assert.deepEqual(brief(doc.blocks), ['paragraph@1 Check the style with:', 'code@2 ruff check .']);
  });

  it('reads commands indented under a numbered step that ends in ":" as code inside the step', () => {
    const text = '1. Configure the build:\n\n     ./configure\n\n2. Install it:\n     make install\n\n3. Read the notes:\n\n     The build needs GNU make.\n';
    const doc = parseDocument('INSTALL.txt', text);
    assert.deepEqual(brief(doc.blocks), ['listItem@1 Configure the build:', 'code@3 ./configure', 'listItem@5 Install it:', 'code@6 make install', 'listItem@8 Read the notes:', 'paragraph@10 The build needs GNU make.']);
    const items = doc.blocks.filter((b) => b.kind === 'listItem');
    assert.equal(new Set(items.map((b) => (b.kind === 'listItem' ? b.listId : -1))).size, 1, 'the steps stay one list');
  });

  it('leaves indented prose, document lists and label lines as text', () => {
    const text = 'COMPILE:\n      See Documentation/building.md.\n\nSee also:\n     Documentation/testing.md\n     Documentation/hacking.md\n\nLIST:\n      E-MAIL: dev@example.org\n';
    assert.ok(parseDocument('README', text).blocks.every((b) => b.kind !== 'code'));
  });

  it('leaves a Markdown file as Markdown reads it', () => {
    const doc = parseDocument('CONTRIBUTING.md', 'To build:\n    make\n');
    assert.deepEqual(brief(doc.blocks), ['paragraph@1 To build: make']);
  });

  it('gives a plain-text guide\'s commands their phase and line', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles({
      HACKING: 'Hacking\n=======\n\n1. Building\n-----------\n\nYou need autotools:\n    ./autogen.sh\n    ./configure\n    make\n\n2. Testing\n----------\n\nRun the test suite with:\n  $ make check\n',
    })));
    assert.deepEqual(json.commands.setup.map((c) => [c.command, c.source.line]), [['./autogen.sh', 8], ['./configure', 9], ['make', 10]]);
    assert.deepEqual(json.commands.test.map((c) => [c.command, c.source.line]), [['make check', 16]]);
  });
});
