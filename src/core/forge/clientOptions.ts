import type { ResponseCache } from './responseCache';

/** How a forge client is made: where its API is, the token for that API only, and how patient it is. */
export interface ClientOptions {
  /** e.g. https://api.github.com, https://github.example.org/api/v3, https://gitlab.com/api/v4. */
  readonly apiBaseUrl: string;
  /** Sent only to `apiBaseUrl`'s origin (see `guardedFetch`). */
  readonly token?: string;
  readonly cache?: ResponseCache;
  /** Per request, redirects and body included. Default 15 s. */
  readonly timeoutMs?: number;
  readonly mode?: 'network' | 'cache-only';
  /** Items per page. Default 100 (the APIs' maximum). */
  readonly perPage?: number;
  /** Retries of a 5xx answer. Default 2. */
  readonly retries?: number;
  /** The retry plugin's base delay (retry n waits n² × this). Default 1000 ms. */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
}
