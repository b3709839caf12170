/**
 * Newcomer health of one repository over a period, from its forge: the listings (GitHub or GitLab), reduced to
 * HealthData, then the figures. Shared by `onramp health` and "Onramp: Show Newcomer Health". Every bound that
 * left something out is said in `sampled`, in words a report can print.
 */
import type { ForgeClient } from '../forge/types';
import { GitHubClient } from '../forge/github';
import { GitLabClient } from '../forge/gitlab';
import { beginnerLabels } from '../issues/beginnerLabels';
import { Health, health } from './figures';
import { healthFromGitHub } from './fromGitHub';
import { healthFromGitLab } from './fromGitLab';
import { roleOf } from './types';

/** Reviews and checks cost requests per pull request: read for at most this many open first-timer pull requests. */
export const MAX_DETAILED = 30;

export interface HealthReport {
  readonly repository: string;
  readonly host: string;
  readonly kind: 'github' | 'gitlab';
  readonly days: number;
  /** When the figures were computed (ISO 8601). */
  readonly now: string;
  readonly health: Health;
  readonly sampled: readonly string[];
}

export interface CollectOptions {
  readonly days: number;
  readonly now?: number;
  /** Bound on the per-pull-request requests (reviews, checks); default MAX_DETAILED. */
  readonly maxDetailed?: number;
  /** Bound on each repository-wide listing; default the client's (1,000). */
  readonly limit?: number;
}

/** Throws the client's ForgeError (offline, rate-limited, not found...) for the caller to put in a sentence. */
export async function collectHealth(client: ForgeClient, options: CollectOptions): Promise<HealthReport> {
  const now = options.now ?? Date.now();
  const since = now - options.days * 86_400_000;
  const max = options.maxDetailed ?? MAX_DETAILED;
  const labels = beginnerLabels((await client.listLabels()).map((l) => l.name));
  const sampled: string[] = [];
  let result: { data: Parameters<typeof health>[0]; skipped: number };
  if (client instanceof GitHubClient) {
    const listing = await client.listActivity(since, {
      ...(options.limit ? { limit: options.limit } : {}),
      checks: true,
      reviewsOf: (openPulls, issues) => {
        const open = new Set(openPulls.map((p) => (p as { number?: unknown }).number));
        const wanted = issues
          .map((i) => i as { number?: unknown; author_association?: unknown; pull_request?: unknown })
          .filter((i) => i.pull_request && open.has(i.number) && roleOf(String(i.author_association ?? '')) === 'first-timer')
          .map((i) => i.number as number);
        if (wanted.length > max) sampled.push(`reviews and checks read for the ${max} newest of ${wanted.length} open first-timer pull requests`);
        return wanted.slice(0, max);
      },
    });
    sampled.unshift(...listing.capped);
    result = healthFromGitHub(listing.activity, new Date(now).toISOString(), labels);
  } else if (client instanceof GitLabClient) {
    const listing = await client.listActivity(since, { ...(options.limit ? { limit: options.limit } : {}), maxDetailed: max, beginnerLabels: labels });
    sampled.push(...listing.capped);
    result = healthFromGitLab(listing.activity, new Date(now).toISOString(), labels);
  } else {
    throw new Error(`no health listing for ${client.kind}`);
  }
  if (result.skipped > 0) sampled.push(`${result.skipped} items without an author or date left out`);
  return { repository: client.path, host: client.host, kind: client.kind, days: options.days, now: new Date(now).toISOString(), health: health(result.data), sampled };
}
