/**
 * A real HTTP server on 127.0.0.1 (a random free port) that answers like GitHub or GitLab: it replays recorded
 * GitHub answers from @octokit/fixtures (their `api.github.com` Link URLs rewritten to this server) and serves
 * crafted ones (304s for a known ETag, rate limits, 5xx, slow or malformed answers, GitLab projects). It records
 * every request with its headers, so tests can assert which host received a token, and counts what a refresh
 * cost. A request it has no answer for gets a 500 and is listed in `unanswered`: a test that sends one fails loudly.
 *
 * Also used by scripts/replay-server.mjs for `npm start`'s offline demo.
 */
import { readFileSync } from 'node:fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, e.g. /repos/o/r/issues?per_page=3. */
  readonly url: string;
  /** Lowercase names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object or array is sent as JSON; a string as it is (for malformed answers). */
  readonly body?: unknown;
  /** Wait this long before answering (a slow server). */
  readonly delayMs?: number;
  /** Answer a request carrying this ETag in If-None-Match with 304; sent as the `etag` header otherwise. */
  readonly etag?: string;
}

export interface Route {
  readonly method?: string;
  /** The path without the query. */
  readonly path: string;
  /** Query parameters the request must have (others are allowed unless `exactQuery`). */
  readonly query?: Readonly<Record<string, string>>;
  readonly exactQuery?: boolean;
  /** Answers only the requests this accepts (e.g. those carrying a query parameter, whatever its value). */
  readonly accept?: (request: RecordedRequest) => boolean;
  readonly reply: Reply | ((request: RecordedRequest) => Reply);
  /** Served at most this many times, then the next matching route answers. */
  readonly times?: number;
}

interface FixtureEntry {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string | number>;
  response: unknown;
}

/** Found from this file (tests under out/) or the working directory (the bundled demo launcher). */
const FIXTURES = join(dirname(require.resolve('@octokit/fixtures/package.json', { paths: [__dirname, process.cwd()] })), 'scenarios/api.github.com');
const DROPPED_HEADERS = new Set(['content-length', 'connection', 'transfer-encoding', 'content-encoding']);

export class ReplayServer {
  readonly requests: RecordedRequest[] = [];
  readonly unanswered: string[] = [];
  /** 2xx answers sent (what GitHub counts against the rate limit) and 304s. */
  fullAnswers = 0;
  notModified = 0;
  /** Decremented per full answer and sent as x-ratelimit-remaining, as GitHub does. */
  rateLimitRemaining = 5000;
  private readonly routes: { route: Route; served: number }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** On 127.0.0.1, at `port` (default: a free one). */
  static async start(options: { port?: number } = {}): Promise<ReplayServer> {
    const holder: { instance?: ReplayServer } = {};
    const server = createServer((req, res) => void holder.instance?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.instance = new ReplayServer(server, `http://127.0.0.1:${port}`);
    return holder.instance;
  }

  add(...routes: Route[]): this {
    for (const route of routes) this.routes.push({ route, served: 0 });
    return this;
  }

  /** Forget recorded requests and counts (routes stay). */
  reset(): void {
    this.requests.length = 0;
    this.unanswered.length = 0;
    this.fullAnswers = 0;
    this.notModified = 0;
  }

  /**
   * Replays an @octokit/fixtures scenario (e.g. "paginate-issues"): each recorded request becomes a route, its
   * query parameters required, and `https://api.github.com` in headers becomes this server.
   */
  addFixture(scenario: string, options: { methods?: readonly string[] } = {}): this {
    const entries = JSON.parse(readFileSync(join(FIXTURES, scenario, 'normalized-fixture.json'), 'utf8')) as FixtureEntry[];
    for (const entry of entries) {
      const method = entry.method.toUpperCase();
      if (options.methods && !options.methods.includes(method)) continue;
      const url = new URL(entry.path, 'http://fixture');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(entry.headers)) {
        // Rate limit headers come from this server's own count, so a refresh's cost can be measured.
        if (!DROPPED_HEADERS.has(name) && !name.startsWith('x-ratelimit-')) headers[name] = String(value).replaceAll('https://api.github.com', this.url);
      }
      const { etag, ...rest } = headers;
      this.add({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), reply: { status: entry.status, headers: rest, body: entry.response, etag } });
    }
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
    const request: RecordedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers, body: Buffer.concat(chunks).toString('utf8') };
    this.requests.push(request);

    const url = new URL(request.url, this.url);
    const found = this.routes.find(({ route, served }) => served < (route.times ?? Infinity) && matches(route, request.method, url) && (route.accept?.(request) ?? true));
    if (!found) {
      const what = `${request.method} ${request.url}`;
      this.unanswered.push(what);
      return send(res, 500, { 'content-type': 'application/json' }, JSON.stringify({ message: `replay server: no answer for ${what}` }));
    }
    found.served++;
    const reply = typeof found.route.reply === 'function' ? found.route.reply(request) : found.route.reply;
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    const status = reply.status ?? 200;
    const base: Record<string, string> = { 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600), ...reply.headers };
    if (reply.etag && headers['if-none-match'] === reply.etag) {
      this.notModified++;
      return send(res, 304, { ...base, etag: reply.etag, 'x-ratelimit-remaining': String(this.rateLimitRemaining) }, '');
    }
    if (status >= 200 && status < 300) {
      this.fullAnswers++;
      this.rateLimitRemaining = Math.max(0, this.rateLimitRemaining - 1);
    }
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const contentType: Record<string, string> = typeof reply.body === 'string' || reply.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' };
    send(res, status, { 'x-ratelimit-remaining': String(this.rateLimitRemaining), ...contentType, ...base, ...(reply.etag ? { etag: reply.etag } : {}) }, body);
  }
}

function matches(route: Route, method: string, url: URL): boolean {
  if ((route.method ?? 'GET').toUpperCase() !== method.toUpperCase() || route.path !== url.pathname) return false;
  const wanted = Object.entries(route.query ?? {});
  if (!wanted.every(([name, value]) => url.searchParams.get(name) === value)) return false;
  return !route.exactQuery || [...url.searchParams.keys()].every((name) => name in (route.query ?? {}));
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, headers);
  res.end(body);
}
