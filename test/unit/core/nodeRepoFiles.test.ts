import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { joinRepoPath } from '../../../src/core/repo/repoFiles';

describe('NodeRepoFiles', () => {
  let root: string;
  let outside: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'onramp-repo-'));
    outside = mkdtempSync(join(tmpdir(), 'onramp-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'secret');
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'CONTRIBUTING.md'), '# Contributing\n'.repeat(100));
    symlinkSync(join(outside, 'secret.md'), join(root, 'escape.md'));
    symlinkSync(outside, join(root, 'escape-dir'));
    symlinkSync('CONTRIBUTING.md', join(root, 'inside.md'));
    execFileSync('mkfifo', [join(root, 'pipe.md')]);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads no more than asked and says the file was cut', async () => {
    const content = await new NodeRepoFiles(root).read('CONTRIBUTING.md', 10);
    assert.equal(content?.bytes.length, 10);
    assert.equal(content?.truncated, true);
    assert.equal(content?.size, 1500);
  });

  it('never follows a symlink out of the repository', async () => {
    const files = new NodeRepoFiles(root);
    assert.equal(await files.read('escape.md', 100), undefined);
    assert.deepEqual(await files.list('escape-dir'), []);
    assert.equal(await files.read('../' + outside.split('/').pop() + '/secret.md', 100), undefined);
  });

  it('follows a symlink that stays inside', async () => {
    assert.equal((await new NodeRepoFiles(root).read('inside.md', 14))?.truncated, true);
  });

  it('does not block on a named pipe, and lists what it will not read with the reason', async () => {
    const files = new NodeRepoFiles(root);
    assert.equal(await files.read('pipe.md', 100), undefined);
    const names = (await files.list('')).map((e) => `${e.name}:${e.kind === 'refused' ? e.reason : e.kind}`).sort();
    assert.deepEqual(names, ['CONTRIBUTING.md:file', 'docs:directory', 'escape-dir:link-outside', 'escape.md:link-outside', 'inside.md:file', 'pipe.md:special']);
  });

  it('gives one canonical name to a file reached through a symlink', async () => {
    const files = new NodeRepoFiles(root);
    assert.equal(await files.canonical('inside.md'), 'CONTRIBUTING.md');
    assert.equal(await files.canonical('docs/../CONTRIBUTING.md'), 'CONTRIBUTING.md');
    assert.equal(await files.canonical('escape.md'), undefined);
  });

  it('normalises paths and refuses to climb above the root', () => {
    assert.equal(joinRepoPath('docs', './a/../b.md'), 'docs/b.md');
    assert.equal(joinRepoPath('..', 'x'), undefined);
    assert.equal(joinRepoPath(''), '');
  });
});
