/**
 * What can go wrong talking to a forge, as typed values with a sentence a newcomer can act on. Clients throw
 * `ForgeError`s only; whatever the HTTP stack threw is turned into one by `toForgeError`, so the editor and the
 * CLI switch on `problem.kind` and never show a stack trace. No message ever holds a token: sentences are built
 * from the kind and a few numbers, never from a server's or the network stack's text.
 */

export type ForgeProblem =
  | { readonly kind: 'offline'; readonly host: string }
  | { readonly kind: 'timeout'; readonly host: string; readonly seconds: number }
  | { readonly kind: 'rateLimited'; readonly host: string; readonly resetAt: number | null; readonly signedIn: boolean }
  | { readonly kind: 'notFound'; readonly host: string; readonly signedIn: boolean }
  | { readonly kind: 'unauthorized'; readonly host: string }
  | { readonly kind: 'forbidden'; readonly host: string }
  | { readonly kind: 'server'; readonly host: string; readonly status: number }
  | { readonly kind: 'malformed'; readonly host: string; readonly what: string }
  /** Cache-only mode (the picker's first paint) and nothing cached yet. */
  | { readonly kind: 'notCached'; readonly host: string };

export type ForgeProblemKind = ForgeProblem['kind'];

export class ForgeError extends Error {
  constructor(readonly problem: ForgeProblem) {
    super(describeProblem(problem));
    this.name = 'ForgeError';
  }
}

/** The user's sentence for a problem. `now` makes the rate limit's "resets in N minutes" testable. */
export function describeProblem(problem: ForgeProblem, now = Date.now()): string {
  const host = problem.host;
  switch (problem.kind) {
    case 'offline':
      return `Could not reach ${host}: you seem to be offline, or the server is down.`;
    case 'timeout':
      return `${host} did not answer within ${problem.seconds} seconds; try again later.`;
    case 'rateLimited': {
      const when = problem.resetAt === null ? 'in a while' : resetPhrase(problem.resetAt, now);
      const signIn = problem.signedIn ? '' : ' Sign in for a higher limit.';
      return `${host}'s rate limit is used up; it resets ${when}.${signIn}`;
    }
    case 'notFound':
      return problem.signedIn
        ? `${host} does not know this repository, or your account cannot see it.`
        : `${host} does not know this repository. If it is private, sign in to see it.`;
    case 'unauthorized':
      return `${host} refused the sign-in: the token is invalid or expired. Sign in again.`;
    case 'forbidden':
      return `${host} refused access to this repository with this account.`;
    case 'server':
      return `${host} had a server error (${problem.status}); try again later.`;
    case 'malformed':
      return `${host} sent an answer Onramp cannot read (${problem.what}).`;
    case 'notCached':
      return `Nothing from ${host} is cached yet.`;
  }
}

function resetPhrase(resetAt: number, now: number): string {
  const minutes = Math.ceil((resetAt - now) / 60_000);
  const clock = new Date(resetAt).toISOString().slice(11, 16);
  if (minutes <= 0) return 'now';
  if (minutes === 1) return `in 1 minute (${clock} UTC)`;
  return `in ${minutes} minutes (${clock} UTC)`;
}

/** The `ForgeError` in an error's cause chain (Octokit wraps what a `fetch` throws), if any. */
export function findForgeError(error: unknown): ForgeError | undefined {
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    if (e instanceof ForgeError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** An HTTP error status and its headers as a problem (headers lowercase, as fetch and Octokit give them). */
export function problemForStatus(status: number, headers: Readonly<Record<string, string | undefined>>, host: string, signedIn: boolean): ForgeProblem {
  const rateLimited = (status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || headers['ratelimit-remaining'] === '0');
  if (rateLimited) return { kind: 'rateLimited', host, resetAt: resetTime(headers), signedIn };
  if (status === 401) return { kind: 'unauthorized', host };
  if (status === 403) return { kind: 'forbidden', host };
  if (status === 404 || status === 410) return { kind: 'notFound', host, signedIn };
  if (status >= 500) return { kind: 'server', host, status };
  return { kind: 'malformed', host, what: `status ${status}` };
}

/** GitHub's `x-ratelimit-reset` and GitLab's `ratelimit-reset` are epoch seconds; `retry-after` is seconds from now. */
function resetTime(headers: Readonly<Record<string, string | undefined>>): number | null {
  const epoch = Number(headers['x-ratelimit-reset'] ?? headers['ratelimit-reset']);
  if (Number.isFinite(epoch) && epoch > 0) return epoch * 1000;
  const after = Number(headers['retry-after']);
  if (Number.isFinite(after) && after >= 0) return Date.now() + after * 1000;
  return null;
}
