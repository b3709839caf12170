import type { GuideFacts } from '../core/guide/facts';
import type { ReadGuideOptions } from '../core/guide/readGuide';

/** One read asked of the reader worker: a folder on disk and the reader's limits. */
export interface ReaderRequest {
  readonly id: number;
  readonly root: string;
  readonly options: ReadGuideOptions;
}

/** Its answer. Facts are plain data (objects, arrays, strings, numbers, booleans, null), so they cross threads whole. */
export type ReaderResponse =
  | { readonly id: number; readonly ok: true; readonly facts: GuideFacts }
  | { readonly id: number; readonly ok: false; readonly error: string };
