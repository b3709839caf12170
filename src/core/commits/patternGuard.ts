/**
 * Regular expressions from a repository's files (commitlint's `parserOpts.headerPattern` and friends) can
 * backtrack for ever on the right input. Before such a pattern is used on a message, it is tried on that
 * message's lines in a worker thread with a time limit: a pattern that does not answer in time is reported
 * (with the file that wrote it) instead of hanging the editor or the hook. The same pattern on the same input
 * then takes the same time in the linter, so a pattern that passed is bounded there too. Onramp's own bundled
 * patterns skip this (they are linear and known).
 */
import { Worker } from 'node:worker_threads';

export const DEFAULT_PATTERN_TIMEOUT_MS = 250;

export interface PatternToCheck {
  /** The option that holds it, e.g. `headerPattern`. */
  readonly key: string;
  readonly source: string;
  readonly flags: string;
}

export type PatternVerdict = { readonly ok: true } | { readonly ok: false; readonly key: string; readonly pattern: string; readonly reason: 'timeout' | 'invalid'; readonly detail?: string };

// Self-contained, so it runs the same from the bundle and from the tests: nothing to resolve or load.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  const re = new RegExp(job.source, job.flags);
  for (const input of job.inputs) re.test(input);
  parentPort.postMessage(job.id);
});
`;

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(WORKER_SOURCE, { eval: true });
    // The worker must not keep a CLI run (or a test) alive.
    worker.unref();
    worker.on('error', () => {
      worker = null;
    });
  }
  return worker;
}

/** Stops the worker thread (tests, extension deactivation). */
export async function disposePatternGuard(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

/** Tries each pattern on every input within `timeoutMs` each; the first that is invalid or too slow is reported. */
export function checkPatterns(patterns: readonly PatternToCheck[], inputs: readonly string[], timeoutMs = DEFAULT_PATTERN_TIMEOUT_MS): Promise<PatternVerdict> {
  const run = async (): Promise<PatternVerdict> => {
    for (const p of patterns) {
      const flags = p.flags.replace(/[gy]/g, '');
      try {
        new RegExp(p.source, flags);
      } catch (error) {
        return { ok: false, key: p.key, pattern: p.source, reason: 'invalid', detail: error instanceof Error ? error.message : String(error) };
      }
      const finished = await runJob(p.source, flags, inputs, timeoutMs);
      if (!finished) return { ok: false, key: p.key, pattern: p.source, reason: 'timeout' };
    }
    return { ok: true };
  };
  // One job at a time: a timed-out job ends the worker, which must not take another caller's job with it.
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function runJob(source: string, flags: string, inputs: readonly string[], timeoutMs: number): Promise<boolean> {
  const w = getWorker();
  const id = nextId++;
  return new Promise<boolean>((resolve) => {
    const done = (finished: boolean): void => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      resolve(finished);
    };
    const onMessage = (answer: unknown): void => {
      if (answer === id) done(true);
    };
    const onError = (): void => done(true);
    const timer = setTimeout(() => {
      // The thread is stuck in the pattern: end it; the next check starts a fresh one.
      if (worker === w) worker = null;
      void w.terminate();
      done(false);
    }, timeoutMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage({ id, source, flags, inputs: [...inputs] });
  });
}
