// Loaded as `extensionTestsPath` by `npm run bench` (scripts/bench-blocking.mjs), in a folder whose guide is
// about 1 MB: how long the extension host's event loop is held while Onramp reads that guide. A 1 ms timer
// chain runs through each read; its longest gap, less the 1 ms it asked for, is the longest block as a user
// feels it. On a busy machine that gap also holds time the thread spent waiting for a CPU, so the CPU time the
// thread actually ran between two ticks (Linux schedstat) is reported beside it: what Onramp's own work costs.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

const RESULT_PREFIX = 'ONRAMP_TEST_RESULT ';
const ROUNDS = 5;
const SETTLE_MS = 3000;

interface Api {
  readonly version: 1;
  refresh(root?: vscode.Uri): Promise<void>;
  facts(root: vscode.Uri): Promise<{ files: { guide: string | null } } | undefined>;
}

function report(name: string, ms: number, extra: Record<string, unknown> = {}): void {
  console.log(RESULT_PREFIX + JSON.stringify({ kind: 'bench', name, ms, ...extra }));
}

/** Nanoseconds this thread (the extension host's main thread: its id is the process id) has run; undefined off Linux. */
function threadCpuNs(): number | undefined {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

interface Blocking {
  maxBlockMs: number;
  /** The most CPU time the thread ran between two ticks, in ms; undefined where it cannot be read. */
  maxCpuMs: number | undefined;
  ticks: number;
  totalMs: number;
}

/** Runs `work` while a 1 ms timer chain measures the event loop; the longest block, and how many ticks ran. */
async function blockedDuring(work: () => Promise<unknown>): Promise<Blocking> {
  let last = performance.now();
  let lastCpu = threadCpuNs();
  let maxGap = 0;
  let maxCpu = 0;
  let ticks = 0;
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    const cpu = threadCpuNs();
    maxGap = Math.max(maxGap, now - last);
    if (cpu !== undefined && lastCpu !== undefined) maxCpu = Math.max(maxCpu, (cpu - lastCpu) / 1e6);
    last = now;
    lastCpu = cpu;
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
  const cpu = threadCpuNs();
  if (cpu !== undefined && lastCpu !== undefined) maxCpu = Math.max(maxCpu, (cpu - lastCpu) / 1e6);
  return { maxBlockMs: Math.max(0, maxGap - 1), maxCpuMs: cpu === undefined ? undefined : maxCpu, ticks, totalMs };
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
  // Other extensions are still starting in this fresh host; let them settle so their work is not counted as ours.
  await sleep(SETTLE_MS);
  for (let i = 0; i < ROUNDS; i++) {
    const during = await blockedDuring(read);
    report('readBlock', during.maxBlockMs, { cpuMs: during.maxCpuMs, ticks: during.ticks, totalMs: during.totalMs });
    // The same timer chain with nothing to do, for as long: the host's own noise.
    const idle = await blockedDuring(() => sleep(during.totalMs));
    report('idleBlock', idle.maxBlockMs, { cpuMs: idle.maxCpuMs, ticks: idle.ticks, totalMs: idle.totalMs });
  }
}
