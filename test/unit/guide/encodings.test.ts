import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { RepoEntry, RepoFileContent, RepoFiles } from '../../../src/core/repo/repoFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const GUIDE = '# Café\n\n```sh\nnpm test\n```\n';
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(out);
}

describe('guides in other encodings', () => {
  for (const bigEndian of [false, true]) {
    it(`reads a UTF-16${bigEndian ? 'BE' : 'LE'} guide with a byte order mark instead of calling it binary`, async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': utf16(GUIDE, bigEndian) }));
      assert.deepEqual(facts.problems, []);
      assert.deepEqual(facts.commands.test.map((c) => `${c.command}@${c.source.line}`), ['npm test@4']);
    });
  }

  it('keeps accented letters of a UTF-8 guide with one stray byte, and says which bytes were replaced', async () => {
    const bytes = new Uint8Array([...utf8('# Café crème\n\nNaïve '), 0xff, ...utf8('\n\n```sh\nnpm test\n```\n')]);
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': bytes }));
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
    assert.deepEqual(facts.problems.map((p) => p.message), ['The file is UTF-8 except for one byte sequence that is not; those were read as "\uFFFD".']);
  });

  it('reads a mostly non-UTF-8 guide as windows-1252 and says so', async () => {
    const bytes = new Uint8Array([...utf8('# Caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me '), 0x93, ...utf8('quoted'), 0x94, ...utf8('\n\n```sh\nnpm test\n```\n')]);
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': bytes }));
    assert.deepEqual(facts.problems.map((p) => p.message), ['The file is not valid UTF-8; it was read as windows-1252.']);
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
  });

  it('says a file too large to read at all is too large, not empty', async () => {
    // What the editor's reader for remote workspaces returns for a file far over the limit: no bytes, cut.
    const files: RepoFiles = {
      list: async (dir: string): Promise<readonly RepoEntry[]> => (dir === '' ? [{ name: 'CONTRIBUTING.md', kind: 'file' }] : []),
      read: async (): Promise<RepoFileContent> => ({ bytes: new Uint8Array(), truncated: true, size: 12 * 1024 * 1024 }),
    };
    const facts = await readGuide(files);
    assert.deepEqual(facts.problems.map((p) => p.message), ['The file is too large to read (12.0 MiB); nothing of it was read.']);
  });
});
