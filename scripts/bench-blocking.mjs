// Part of `npm run bench`: the longest time the extension host is blocked while Onramp reads a 1 MB guide,
// measured inside the real extension host by test/vscode/bench/blocking.ts.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { runExtensionTests } from './vscode/workbench.mjs';
import { makeGitRepo } from './vscode/workspaces.mjs';

/** Just under the default 1 MiB read limit, so the whole guide is read: the demo's guide and README, repeated. */
const GUIDE_BYTES = 1000 * 1000;

export async function benchBlocking({ browser, server, root, runs }) {
  const workspace = await makeGitRepo(join(root, 'demo-project'), { prefix: 'onramp-bench-big-' });
  const parts = [readFileSync(join(root, 'demo-project/CONTRIBUTING.md'), 'utf8'), readFileSync(join(root, 'demo-project/README.md'), 'utf8')];
  let guide = '';
  for (let i = 0; guide.length < GUIDE_BYTES; i++) guide += `\n\n## Part ${i}\n\n${parts[i % parts.length]}`;
  writeFileSync(join(workspace, 'CONTRIBUTING.md'), guide.slice(0, GUIDE_BYTES));
  await simpleGit(workspace).add('.').commit('docs: a 1 MB guide', undefined, { '--signoff': null });
  const read = [];
  const idle = [];
  const readCpu = [];
  const idleCpu = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { code, results } = await runExtensionTests(browser, server, {
        folder: workspace,
        extensionPath: root,
        testsPath: join(root, 'out/test/vscode/bench/blocking.js'),
        timeoutMs: 120_000,
      });
      const samples = (name, field = 'ms') => results.filter((r) => r.kind === 'bench' && r.name === name && typeof r[field] === 'number').map((r) => r[field]);
      if (code !== 0 || samples('readBlock').length === 0) throw new Error(`blocking run ${i + 1} failed (exit ${code})`);
      read.push(...samples('readBlock'));
      idle.push(...samples('idleBlock'));
      readCpu.push(...samples('readBlock', 'cpuMs'));
      idleCpu.push(...samples('idleBlock', 'cpuMs'));
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  return { read, idle, readCpu, idleCpu, guideBytes: GUIDE_BYTES };
}
