import * as assert from 'node:assert/strict';
import { parseAsciidoc } from '../../../src/core/guide/parseAsciidoc';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { parseRst } from '../../../src/core/guide/parseRst';
import { readGuide } from '../../../src/core/guide/readGuide';
import { Block } from '../../../src/core/guide/documentModel';
import { checklistKey, plainInline } from '../../../src/core/text/normalize';
import { RepoEntry, RepoFileContent, RepoFiles } from '../../../src/core/repo/repoFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// These inputs used to take seconds (quadratic or 2,000-step rescans). Each test checks the answer is still
// right; how long it takes is measured by `npm run bench` (scripts/bench-hostile.mjs), never asserted here.
const BIG = 800_000;

const linksOf = (b: Block | undefined): string[] => (b && (b.kind === 'paragraph' || b.kind === 'listItem') ? b.links.map((l) => l.target) : []);
const codeOf = (b: Block | undefined): string[] => (b && (b.kind === 'paragraph' || b.kind === 'listItem') ? b.code.map((c) => c.text) : []);

describe('hostile input: every format still gives the right answer on pathological lines', () => {
  it('AsciiDoc: a title followed by a long run of spaces is still one title', () => {
    const doc = parseAsciidoc('CONTRIBUTING.adoc', `= a${' '.repeat(200_000)}b\n\nRun \`make test\`.\n`);
    assert.equal(doc.blocks[0].kind === 'heading' && doc.blocks[0].text, 'a b');
    assert.equal(doc.blocks[1].line, 3);
  });

  it('AsciiDoc: a link at the end of an 800 KB single-line paragraph is found', () => {
    const doc = parseAsciidoc('CONTRIBUTING.adoc', `${'a'.repeat(BIG)} link:docs/dev.adoc[dev guide]\n`);
    assert.deepEqual(linksOf(doc.blocks[0]), ['docs/dev.adoc']);
  });

  it('AsciiDoc: 800 KB of "<" before a cross reference', () => {
    const doc = parseAsciidoc('CONTRIBUTING.adoc', `${'<'.repeat(BIG)} <<setup,Setup>>\n`);
    assert.deepEqual(linksOf(doc.blocks[0]), ['#setup']);
  });

  it('AsciiDoc: 800 KB of "x[" and of ">>" give no links and no hang', () => {
    assert.deepEqual(linksOf(parseAsciidoc('a.adoc', `${'x['.repeat(BIG / 2)}]\n`).blocks[0]), []);
    assert.deepEqual(linksOf(parseAsciidoc('a.adoc', `${'>>'.repeat(BIG / 2)}\n`).blocks[0]), []);
  });

  it('AsciiDoc: a source attribute line of 800 KB', () => {
    const doc = parseAsciidoc('a.adoc', `[source,sh${'a'.repeat(BIG)}]\n----\nmake\n----\n`);
    assert.equal(doc.blocks[0].kind, 'code');
  });

  it('reStructuredText: 800 KB of "`<" before a literal on the next line', () => {
    const doc = parseRst('CONTRIBUTING.rst', `${'`<'.repeat(BIG / 2)}\n\`\`make test\`\`\n`);
    assert.deepEqual(codeOf(doc.blocks[0]), ['make test']);
  });

  it('reStructuredText: a title of 800 KB of "`<"', () => {
    const doc = parseRst('CONTRIBUTING.rst', `${'`<'.repeat(BIG / 2)}\n${'='.repeat(10)}\n\nRun \`\`make\`\`.\n`);
    assert.equal(doc.blocks[0].kind, 'heading');
    assert.deepEqual(codeOf(doc.blocks[1]), ['make']);
  });

  it('reStructuredText: admonitions nested a thousand deep', () => {
    let text = '';
    for (let depth = 0; depth < 1000; depth++) text += `${' '.repeat(depth)}.. note::\n`;
    const doc = parseRst('CONTRIBUTING.rst', `${text}\nRun \`\`make test\`\`.\n`);
    assert.deepEqual(codeOf(doc.blocks[doc.blocks.length - 1]), ['make test']);
  });

  it('Markdown text helpers: 800 KB of "[" and of ". "', () => {
    assert.equal(plainInline(`${'['.repeat(BIG)}[docs](x.md)`), `${'['.repeat(BIG)}docs`);
    assert.equal(checklistKey(`${'. '.repeat(BIG / 2)}x. . .`), `${'. '.repeat(BIG / 2)}x`.trim());
  });

  it('Markdown: 800 KB of backticks and inline comments still give each span its offset', () => {
    const doc = parseMarkdown('CONTRIBUTING.md', `${'x <!-- a --> '.repeat(BIG / 14)}run \`npm test\`\n`);
    const p = doc.blocks[0];
    assert.ok(p.kind === 'paragraph');
    assert.equal(p.text.slice(p.code[0].offset, p.code[0].offset + 10), '`npm test`');
  });
});

/** A repository whose files are made when read, so thousands of large templates cost no memory up front. */
class GeneratedTemplates implements RepoFiles {
  bytesRead = 0;
  constructor(
    private readonly count: number,
    private readonly size: number,
  ) {}

  async list(dir: string): Promise<readonly RepoEntry[]> {
    if (dir === '') return [{ name: '.github', kind: 'directory' }, { name: 'CONTRIBUTING.md', kind: 'file' }];
    if (dir === '.github') return [{ name: 'PULL_REQUEST_TEMPLATE', kind: 'directory' }];
    if (dir === '.github/PULL_REQUEST_TEMPLATE') return Array.from({ length: this.count }, (_, i) => ({ name: `t${String(i).padStart(4, '0')}.md`, kind: 'file' as const }));
    return [];
  }

  async read(path: string, maxBytes: number): Promise<RepoFileContent | undefined> {
    const text = path === 'CONTRIBUTING.md' ? '# Contributing\n\n```sh\nnpm test\n```\n' : `- [ ] ${path} item\n${'x'.repeat(this.size)}\n`;
    const bytes = new TextEncoder().encode(text);
    const read = bytes.subarray(0, maxBytes);
    this.bytesRead += read.length;
    return { bytes: read, truncated: bytes.length > maxBytes, size: bytes.length };
  }
}

describe('limits on how much of a repository is read', () => {
  it('reads only the first 10 of 3,000 pull request templates, and says so', async () => {
    const files = new GeneratedTemplates(3000, 100 * 1024);
    const facts = await readGuide(files);
    assert.equal(facts.files.prTemplates.length, 10);
    assert.equal(facts.files.prTemplates[0], '.github/PULL_REQUEST_TEMPLATE/t0000.md');
    assert.ok(facts.problems.some((p) => /Only the first 10 of 3000 pull request templates are read/.test(p.message)));
    assert.ok(files.bytesRead <= 2 * 1024 * 1024, `read ${files.bytesRead} bytes`);
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
  });

  it('reads pull request templates up to one file size in all, and says which one was cut', async () => {
    const facts = await readGuide(new GeneratedTemplates(10, 400 * 1024));
    assert.ok(facts.problems.some((p) => /of pull request templates/.test(p.message)));
    assert.ok(facts.checklist.length < 10);
  });

  it('stops reading at the total limit for one run, and says which file was not read', async () => {
    const files: Record<string, string> = { 'CONTRIBUTING.md': Array.from({ length: 4 }, (_, i) => `- [development ${i}](d${i}.md)`).join('\n') + '\n' };
    for (let i = 0; i < 4; i++) files[`d${i}.md`] = `# Doc ${i}\n\n${'word '.repeat(20_000)}\n`;
    const facts = await readGuide(new MemoryRepoFiles(files), { maxTotalBytes: 150_000 });
    const limit = facts.problems.find((p) => /Onramp reads at most/.test(p.message));
    assert.ok(limit, JSON.stringify(facts.problems));
    assert.ok(facts.files.linkedDocs.length < 4);
  });
});
