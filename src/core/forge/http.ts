/**
 * The one place a forge request leaves Onramp: a `fetch` that both clients use (Octokit through its
 * `request.fetch` option, GitLab directly). It
 * - attaches the token only when the request goes to the API's own origin (the first request, every redirect
 *   hop and every pagination `Link` URL are checked on their own), and never over plain HTTP except to loopback;
 * - follows redirects itself (`redirect: 'manual'`), so the check applies to each hop;
 * - gives up after `timeoutMs` for the whole exchange, headers and body;
 * - revalidates cached answers with `If-None-Match` and serves a 304 from the cache, and serves the cache
 *   (marked stale) when the host cannot be reached;
 * - counts requests, full answers and 304s in an `HttpSession`, for the UI's "updated N minutes ago" and the bench.
 *
 * Failures are thrown as `ForgeError`s named "AbortError": Octokit passes such an error through unwrapped, and
 * its retry plugin does not retry it (a timeout retried three times would keep the user waiting four times over).
 */
import { ForgeError, ForgeProblem } from './problems';
import { CachedResponse, ResponseCache, cacheKey } from './responseCache';

export interface HttpOptions {
  /** e.g. https://api.github.com, https://gitlab.example.org/api/v4. The token belongs to this origin only. */
  readonly apiBaseUrl: string;
  readonly token?: string;
  /** The header that carries the token (GitHub: authorization, GitLab: private-token). */
  readonly authHeader: (token: string) => readonly [string, string];
  readonly cache?: ResponseCache;
  /** For the whole exchange of one request, redirects and body included. Default 15 s. */
  readonly timeoutMs?: number;
  /** `cache-only` answers from the cache and sends nothing (the picker's instant first paint). */
  readonly mode?: 'network' | 'cache-only';
  /** The clock, for tests. */
  readonly now?: () => number;
}

export interface RateLimitState {
  readonly limit: number | null;
  readonly remaining: number | null;
  /** Epoch milliseconds. */
  readonly resetAt: number | null;
}

/** What one refresh cost and how fresh its answers are. */
export class HttpSession {
  /** Requests sent over the network (each redirect hop and each retry counts). */
  requests = 0;
  /** 2xx answers with a body, i.e. answers that GitHub counts against the rate limit. */
  fullAnswers = 0;
  /** 304 answers served from the cache. */
  notModified = 0;
  /** Answers served from the cache without the network (cache-only mode, or offline). */
  servedFromCache = 0;
  /** Whether any answer came from the cache because the host could not be reached. */
  stale = false;
  /** The oldest `fetchedAt` of the answers used: how old the shown list is. */
  oldestFetchedAt: number | null = null;
  rateLimit: RateLimitState | null = null;
  /**
   * The last answer given: whether it came from the cache because the host could not be reached, and when it was
   * fetched. For callers that ask one thing at a time and must say how old that one answer is (a remote base).
   */
  lastAnswer: { readonly stale: boolean; readonly fetchedAt: number } | null = null;

  noteFetchedAt(at: number): void {
    this.oldestFetchedAt = this.oldestFetchedAt === null ? at : Math.min(this.oldestFetchedAt, at);
  }
}

const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 15_000;
const AUTH_HEADERS = ['authorization', 'private-token', 'job-token'];

/** Whether a token for `apiBaseUrl` may go with a request to `url`. */
export function mayCarryToken(url: URL, apiBaseUrl: string): boolean {
  const api = new URL(apiBaseUrl);
  if (url.origin !== api.origin) return false;
  return url.protocol === 'https:' || isLoopback(url.hostname);
}

const isLoopback = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function guardedFetch(options: HttpOptions, session: HttpSession): FetchLike {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const apiHost = new URL(options.apiBaseUrl).host;

  const fail = (problem: ForgeProblem): never => {
    const error = new ForgeError(problem);
    Object.defineProperty(error, 'name', { value: 'AbortError' });
    throw error;
  };

  const fromCache = (entry: CachedResponse, url: URL, stale: boolean): Response => {
    session.servedFromCache += stale || options.mode === 'cache-only' ? 1 : 0;
    session.stale ||= stale;
    session.noteFetchedAt(entry.fetchedAt);
    session.lastAnswer = { stale, fetchedAt: entry.fetchedAt };
    return response(entry.body, 200, { 'content-type': entry.contentType, link: entry.link, etag: entry.etag }, url);
  };

  return async (input, init = {}) => {
    const first = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    // Whatever set an auth header upstream, only the origin check below decides whether one is sent.
    for (const name of AUTH_HEADERS) headers.delete(name);
    const signedIn = options.token !== undefined && mayCarryToken(first, options.apiBaseUrl);
    const key = method === 'GET' ? cacheKey(first, signedIn) : undefined;
    const cached = key && options.cache ? await options.cache.get(key) : undefined;

    if (options.mode === 'cache-only') return cached ? fromCache(cached, first, false) : fail({ kind: 'notCached', host: first.host });
    if (cached?.etag) headers.set('if-none-match', cached.etag);

    const signal = init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    let url = first;
    let currentMethod = method;
    let body = init.body;
    try {
      for (let hop = 0; ; hop++) {
        const hopHeaders = new Headers(headers);
        if (options.token !== undefined && mayCarryToken(url, options.apiBaseUrl)) {
          const [name, value] = options.authHeader(options.token);
          hopHeaders.set(name, value);
        }
        session.requests++;
        const answer = await fetch(url, { method: currentMethod, headers: hopHeaders, body, redirect: 'manual', signal });
        noteRateLimit(session, answer.headers);
        const location = answer.headers.get('location');
        if (answer.status >= 300 && answer.status < 400 && answer.status !== 304 && location) {
          await answer.body?.cancel();
          if (hop >= MAX_REDIRECTS) return fail({ kind: 'malformed', host: apiHost, what: 'too many redirects' });
          url = new URL(location, url);
          if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && currentMethod === 'POST')) {
            currentMethod = 'GET';
            body = undefined;
          }
          continue;
        }
        if (answer.status === 304 && cached) {
          await answer.body?.cancel();
          session.notModified++;
          const refreshed = { ...cached, fetchedAt: now() };
          if (key && options.cache) await options.cache.set(key, refreshed);
          return fromCache(refreshed, url, false);
        }
        const text = await answer.text();
        const ok = answer.status >= 200 && answer.status < 300;
        if (ok) {
          session.fullAnswers++;
          session.noteFetchedAt(now());
          session.lastAnswer = { stale: false, fetchedAt: now() };
          if (key && options.cache) {
            await options.cache.set(key, { etag: answer.headers.get('etag'), body: text, contentType: answer.headers.get('content-type'), link: answer.headers.get('link'), fetchedAt: now() });
          }
        }
        return response(text, answer.status, Object.fromEntries(answer.headers), url);
      }
    } catch (error) {
      if (error instanceof ForgeError) throw error;
      const timedOut = signal.aborted && !(init.signal?.aborted ?? false);
      if (cached) return fromCache(cached, first, true);
      return fail(timedOut ? { kind: 'timeout', host: url.host, seconds: Math.round(timeoutMs / 100) / 10 } : { kind: 'offline', host: url.host });
    }
  };
}

function response(body: string, status: number, headers: Record<string, string | null>, url: URL): Response {
  const clean = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== null && e[0] !== 'content-encoding' && e[0] !== 'content-length' && e[0] !== 'transfer-encoding'));
  const result = new Response(status === 204 || status === 205 ? null : body, { status, headers: clean });
  // A constructed Response has an empty url; Octokit and pagination read it.
  Object.defineProperty(result, 'url', { value: url.toString() });
  return result;
}

function noteRateLimit(session: HttpSession, headers: Headers): void {
  const read = (...names: string[]): number | null => {
    for (const name of names) {
      const value = headers.get(name);
      if (value !== null && value !== '' && Number.isFinite(Number(value))) return Number(value);
    }
    return null;
  };
  const remaining = read('x-ratelimit-remaining', 'ratelimit-remaining');
  if (remaining === null) return;
  const reset = read('x-ratelimit-reset', 'ratelimit-reset');
  session.rateLimit = { limit: read('x-ratelimit-limit', 'ratelimit-limit'), remaining, resetAt: reset === null ? null : reset * 1000 };
}
