import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { WorkerReader, WorkerUnavailableError } from '../../../src/repository/workerReader';

const repoRoot = join(__dirname, '../../../..');
const workerScript = join(repoRoot, 'dist/readerWorker.js');
const demo = join(repoRoot, 'demo-project');

describe('WorkerReader (the reader in a worker thread)', function () {
  this.timeout(20_000);

  it('reads a folder with the same facts as the reader in this thread, and again with the same worker', async () => {
    const reader = new WorkerReader(workerScript);
    try {
      const options = { maxFileBytes: 64 * 1024, projectName: 'slugline' };
      const expected = await readGuide(new NodeRepoFiles(demo), options);
      assert.deepEqual(await reader.read(demo, options), expected);
      assert.deepEqual(await reader.read(demo, options), expected);
    } finally {
      reader.dispose();
    }
  });

  it('passes the size limit on: a limit below the guide cuts it and says so', async () => {
    const reader = new WorkerReader(workerScript);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'onramp-worker-'));
      writeFileSync(join(dir, 'CONTRIBUTING.md'), `# Contributing\n\n${'Some words that go on.\n\n'.repeat(2000)}`);
      try {
        const facts = await reader.read(dir, { maxFileBytes: 16 * 1024 });
        assert.equal(facts.files.guide, 'CONTRIBUTING.md');
        assert.ok(facts.problems.some((p) => /Only the first 16 KiB/.test(p.message)), facts.problems.map((p) => p.message).join(' | '));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      reader.dispose();
    }
  });

  it('says it is unavailable when the worker cannot start, and stops trying after repeated failures', async () => {
    const logs: string[] = [];
    const reader = new WorkerReader(join(repoRoot, 'dist/no-such-worker.js'), (m) => logs.push(m));
    for (let i = 0; i < 3; i++) await assert.rejects(reader.read(demo, {}), WorkerUnavailableError);
    assert.equal(reader.usable, false);
    await assert.rejects(reader.read(demo, {}), WorkerUnavailableError);
    assert.ok(logs.length > 0, 'the failure is logged');
    reader.dispose();
  });
});
