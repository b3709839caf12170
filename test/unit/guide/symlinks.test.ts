import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';

describe('symlinks in a repository on disk', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onramp-links-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('says "CONTRIBUTING.md is a link that leads outside the repository; it was not read"', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'onramp-outside-'));
    try {
      writeFileSync(join(outside, 'passwd'), 'root:x:0:0\n');
      symlinkSync(join(outside, 'passwd'), join(root, 'CONTRIBUTING.md'));
      writeFileSync(join(root, 'README.md'), '# Tool\n\n## Contributing\n\nRun `npm test` first.\n');
      const facts = await readGuide(new NodeRepoFiles(root));
      assert.equal(facts.files.guide, null);
      assert.deepEqual(facts.problems.map((p) => `${p.severity}: ${p.message}`), ['warning: CONTRIBUTING.md is a link that leads outside the repository; it was not read.']);
      assert.deepEqual(facts.commands.test.map((c) => `${c.command} ${c.source.file}`), ['npm test README.md']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says a CONTRIBUTING.md that links to nothing was not read', async () => {
    symlinkSync(join(root, 'gone.md'), join(root, 'CONTRIBUTING.md'));
    const facts = await readGuide(new NodeRepoFiles(root));
    assert.deepEqual(facts.problems.map((p) => p.message), ['CONTRIBUTING.md is a link to a file that does not exist; it was not read.']);
  });

  it('reads a document once however many symlinked paths lead to it (docs/loop -> ..)', async () => {
    mkdirSync(join(root, 'docs'));
    symlinkSync('..', join(root, 'docs/loop'));
    writeFileSync(join(root, 'docs/development.md'), '# Development\n\n```sh\nmake test\n```\n');
    writeFileSync(
      join(root, 'CONTRIBUTING.md'),
      '# Contributing\n\n- [development](docs/development.md)\n- [development again](docs/loop/docs/development.md)\n- [contributing](docs/loop/CONTRIBUTING.md)\n- [contributing](docs/loop/docs/loop/CONTRIBUTING.md)\n',
    );
    const facts = await readGuide(new NodeRepoFiles(root));
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.md']);
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['make test']);
  });
});
