import type { Worker } from 'node:worker_threads';
import type { GuideFacts } from '../core/guide/facts';
import type { ReadGuideOptions } from '../core/guide/readGuide';
import type { ReaderRequest, ReaderResponse } from './readerProtocol';

/** The worker could not answer (it failed to start or died): the caller may read in its own thread instead. */
export class WorkerUnavailableError extends Error {}

/** A worker that stopped this many times in a row is not started again; reads then happen in the caller's thread. */
const MAX_FAILURES = 3;
/** A worker idle this long is ended; the next read starts another. */
const IDLE_MS = 60_000;

/**
 * Reads folders on disk with the guide reader in a worker thread, so the caller's event loop stays free while
 * a large guide is parsed. One worker serves every read; it starts on the first read and ends when idle.
 * Free of `vscode`, so it is tested in plain Node.
 */
export class WorkerReader {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (facts: GuideFacts) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failures = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** False once the worker failed to start or died too often. */
  get usable(): boolean {
    return !this.disposed && this.failures < MAX_FAILURES;
  }

  read(root: string, options: ReadGuideOptions): Promise<GuideFacts> {
    if (!this.usable) return Promise.reject(new WorkerUnavailableError('the reader worker is not available'));
    clearTimeout(this.idle);
    let worker: Worker;
    try {
      worker = this.worker ?? this.start();
    } catch (error) {
      this.failures++;
      return Promise.reject(new WorkerUnavailableError(`the reader worker did not start: ${messageOf(error)}`));
    }
    const id = this.nextId++;
    return new Promise<GuideFacts>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: ReaderRequest = { id, root, options };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idle);
    this.stop(new WorkerUnavailableError('the reader was disposed'));
  }

  private start(): Worker {
    // Required here, not at the top: node:worker_threads is not loaded in the extension host until the first read.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a Node built-in, loaded on first use
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new WorkerThread(this.script);
    // Never keeps the host (or a test run) alive on its own.
    worker.unref();
    worker.on('message', (response: ReaderResponse) => this.settle(response));
    worker.on('error', (error) => {
      this.failures++;
      this.log(`reader worker failed: ${error.message}`);
      if (this.worker === worker) this.stop(new WorkerUnavailableError(`the reader worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      if (this.pending.size > 0) this.failures++;
      this.stop(new WorkerUnavailableError(`the reader worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(response: ReaderResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    this.failures = 0;
    if (response.ok) waiting.resolve(response.facts);
    else waiting.reject(new Error(response.error));
    if (this.pending.size === 0) {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => this.stop(undefined), IDLE_MS);
      this.idle.unref?.();
    }
  }

  private stop(reason: Error | undefined): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(reason ?? new WorkerUnavailableError('the reader worker stopped'));
    this.pending.clear();
    if (worker) void worker.terminate();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
