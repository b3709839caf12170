// Loaded as `extensionTestsPath` by `npm run bench` (scripts/bench-blocking.mjs), in a folder whose guide is
// about 1 MB: how long the extension host's event loop is held while Onramp reads that guide. A 1 ms timer
// chain runs through each read; its longest gap, less the 1 ms it asked for, is the longest block.
import * as vscode from 'vscode';

const RESULT_PREFIX = 'ONRAMP_TEST_RESULT ';
const ROUNDS = 5;

interface Api {
  readonly version: 1;
  refresh(root?: vscode.Uri): Promise<void>;
  facts(root: vscode.Uri): Promise<{ files: { guide: string | null } } | undefined>;
}

function report(name: string, ms: number, extra: Record<string, unknown> = {}): void {
  console.log(RESULT_PREFIX + JSON.stringify({ kind: 'bench', name, ms, ...extra }));
}

/** Runs `work` while a 1 ms timer chain measures the event loop; the longest block, and how many ticks ran. */
async function blockedDuring(work: () => Promise<unknown>): Promise<{ maxBlockMs: number; ticks: number; totalMs: number }> {
  let last = performance.now();
  let maxGap = 0;
  let ticks = 0;
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    ticks++;
    if (running) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  const started = performance.now();
  await work();
  const totalMs = performance.now() - started;
  running = false;
  // The read may end between ticks; count the gap up to now as well.
  maxGap = Math.max(maxGap, performance.now() - last);
  return { maxBlockMs: Math.max(0, maxGap - 1), ticks, totalMs };
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('onramp-dev.onramp');
  if (!extension) throw new Error('Onramp is not loaded');
  const api = (await extension.activate()) as Api;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the bench window has no folder');
  const read = async (): Promise<void> => {
    await api.refresh(folder.uri);
    const facts = await api.facts(folder.uri);
    if (!facts?.files.guide) throw new Error('the 1 MB guide was not read');
  };
  await read(); // the first read loads the reader; it is timed in activation.ts
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < ROUNDS; i++) {
    const during = await blockedDuring(read);
    report('readBlock', during.maxBlockMs, { ticks: during.ticks, totalMs: during.totalMs });
    // The same timer chain with nothing to do, for as long: the host's own noise.
    const idle = await blockedDuring(() => sleep(during.totalMs));
    report('idleBlock', idle.maxBlockMs, { ticks: idle.ticks, totalMs: idle.totalMs });
  }
}
