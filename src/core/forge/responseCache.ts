/**
 * Forge answers kept for conditional requests: a refresh sends `If-None-Match` with the stored ETag, and a
 * `304 Not Modified` (which GitHub does not count against the rate limit) is answered from here. An entry holds
 * the answer's body and the few headers needed to use it again (pagination's `Link`); never a request header,
 * so never a token. Keys say whether the answer was fetched signed in, because a signed-in answer can show
 * private data that a signed-out one must not.
 */
export interface CachedResponse {
  readonly etag: string | null;
  /** The body as received (text), so a malformed one stays malformed. */
  readonly body: string;
  readonly contentType: string | null;
  readonly link: string | null;
  /** Epoch milliseconds of the last full answer or 304 revalidation. */
  readonly fetchedAt: number;
}

export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, entry: CachedResponse): Promise<void>;
}

/** `host + path + query + signed-in`; the URL is taken apart so that a token in a query string would be dropped. */
export function cacheKey(url: URL, signedIn: boolean): string {
  const query = [...url.searchParams].filter(([name]) => !/token|key|secret|auth/i.test(name)).map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
  return `${url.host}${url.pathname}?${query}#${signedIn ? 'signed-in' : 'anonymous'}`;
}

/** In memory: for tests, and for a session that has no storage folder. */
export class MemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  async get(key: string): Promise<CachedResponse | undefined> {
    return this.entries.get(key);
  }
  async set(key: string, entry: CachedResponse): Promise<void> {
    this.entries.set(key, entry);
  }
  get size(): number {
    return this.entries.size;
  }
}
