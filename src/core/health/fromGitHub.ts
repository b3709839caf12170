/**
 * GitHub's REST answers, reduced to HealthData. Pure and tolerant: an item without the fields it needs is left
 * out (and counted), never a crash. The listings it reads are repository-wide, so a month of a busy project costs
 * a few paginated requests instead of one per issue: the issues listing (which includes pull requests and their
 * merge dates), issue comments, issue events (label and assignment dates), open pull requests (requested
 * reviewers, head commits) and, for open first-timer pull requests only, their reviews and their head commit's
 * checks.
 */
import { obj } from './json';
import type { HealthData, HealthIssue, HealthPull, Reply } from './types';
import { roleOf } from './types';

export interface GitHubActivity {
  readonly issues: readonly unknown[];
  readonly comments: readonly unknown[];
  readonly events: readonly unknown[];
  readonly openPulls: readonly unknown[];
  /** Reviews by pull request number. */
  readonly reviews: ReadonlyMap<number, readonly unknown[]>;
  /** The head commit's combined status and check runs, by pull request number (those that were read). */
  readonly checks?: ReadonlyMap<number, { readonly status: unknown; readonly checkRuns: unknown }>;
}

/** Check-run conclusions that mean the run did not pass. `action_required` (a maintainer must approve a first-timer's workflows) is waiting, not failing. */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure']);

/**
 * What the head commit's checks say: failing when any commit status is failure or error or any check run
 * concluded as failed; else pending when any status is pending or any run is not completed (or waits for a
 * maintainer's approval); else passing when there was anything at all; undefined when the commit has no checks
 * (the combined state of a commit without statuses is "pending", so the statuses themselves are read).
 */
export function checksState(status: unknown, checkRuns: unknown): 'failing' | 'pending' | 'passing' | undefined {
  const statuses = (Array.isArray(obj(status)?.statuses) ? (obj(status)?.statuses as unknown[]) : []).map((s) => str(obj(s)?.state));
  const runs = (Array.isArray(obj(checkRuns)?.check_runs) ? (obj(checkRuns)?.check_runs as unknown[]) : []).map(obj);
  if (statuses.some((s) => s === 'failure' || s === 'error') || runs.some((r) => r?.status === 'completed' && FAILED_CONCLUSIONS.has(str(r.conclusion) ?? ''))) return 'failing';
  if (statuses.some((s) => s === 'pending') || runs.some((r) => r?.status !== 'completed' || r.conclusion === 'action_required')) return 'pending';
  return statuses.length + runs.length > 0 ? 'passing' : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const login = (v: unknown): string | undefined => str(obj(v)?.login);
const issueNumberOf = (url: unknown): number | undefined => {
  const m = /\/issues\/(\d+)$/.exec(str(url) ?? '');
  return m ? Number(m[1]) : undefined;
};
const earlier = (a: string | undefined, b: string): string => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a);

export function healthFromGitHub(activity: GitHubActivity, now: string, beginnerLabels: readonly string[]): { data: HealthData; skipped: number } {
  const beginner = new Set(beginnerLabels.map((l) => l.toLowerCase()));
  const replies = new Map<number, Reply[]>();
  const add = (n: number, r: Reply) => replies.set(n, [...(replies.get(n) ?? []), r]);
  for (const c of activity.comments.map(obj)) {
    const n = issueNumberOf(c?.issue_url);
    const author = login(c?.user);
    const at = str(c?.created_at);
    if (n !== undefined && author && at) add(n, { author, role: roleOf(str(c?.author_association) ?? ''), at });
  }
  const changesRequested = new Set<number>();
  for (const [n, reviews] of activity.reviews) {
    const latestByMaintainer = new Map<string, string>();
    for (const r of reviews.map(obj)) {
      const author = login(r?.user);
      const at = str(r?.submitted_at);
      const role = roleOf(str(r?.author_association) ?? '');
      if (!author || !at) continue;
      add(n, { author, role, at });
      if (role === 'maintainer' && str(r?.state) !== 'COMMENTED') latestByMaintainer.set(author, str(r?.state) ?? '');
    }
    if ([...latestByMaintainer.values()].includes('CHANGES_REQUESTED')) changesRequested.add(n);
  }
  const labelled = new Map<number, string>();
  const assigned = new Map<number, string>();
  for (const e of activity.events.map(obj)) {
    const n = obj(e?.issue)?.number;
    const at = str(e?.created_at);
    if (typeof n !== 'number' || !at) continue;
    if (e?.event === 'labeled' && beginner.has((str(obj(e.label)?.name) ?? '').toLowerCase())) labelled.set(n, earlier(labelled.get(n), at));
    if (e?.event === 'assigned') assigned.set(n, earlier(assigned.get(n), at));
  }
  const reviewRequested = new Set<number>();
  for (const p of activity.openPulls.map(obj)) {
    const n = p?.number;
    const asked = [p?.requested_reviewers, p?.requested_teams].some((l) => Array.isArray(l) && l.length > 0);
    if (typeof n === 'number' && asked) reviewRequested.add(n);
  }

  const checksOf = (n: number): { checks?: 'failing' | 'pending' | 'passing' } => {
    const read = activity.checks?.get(n);
    const state = read && checksState(read.status, read.checkRuns);
    return state ? { checks: state } : {};
  };
  const issues: HealthIssue[] = [];
  const pulls: HealthPull[] = [];
  let skipped = 0;
  for (const raw of activity.issues.map(obj)) {
    const number = raw?.number;
    const url = str(raw?.html_url);
    const author = login(raw?.user);
    const createdAt = str(raw?.created_at);
    if (!raw || typeof number !== 'number' || !url || !author || !createdAt) {
      skipped++;
      continue;
    }
    const common = { number, url, title: str(raw.title) ?? '', author, role: roleOf(str(raw.author_association) ?? ''), createdAt, replies: replies.get(number) ?? [] };
    const closedAt = str(raw.closed_at);
    const pull = obj(raw.pull_request);
    if (pull) {
      const mergedAt = str(pull.merged_at);
      pulls.push({
        ...common,
        ...(closedAt ? { closedAt } : {}),
        ...(mergedAt ? { mergedAt } : {}),
        ...(closedAt ? {} : { reviewRequested: reviewRequested.has(number), changesRequested: changesRequested.has(number), ...checksOf(number) }),
      });
    } else {
      const names = (Array.isArray(raw.labels) ? raw.labels : []).map((l) => (typeof l === 'string' ? l : str(obj(l)?.name))).filter((l): l is string => !!l);
      const assignees = (Array.isArray(raw.assignees) ? raw.assignees : []).map(login).filter((l): l is string => !!l);
      const labelledAt = labelled.get(number);
      const assignedAt = assigned.get(number);
      issues.push({ ...common, labels: names, assignees, ...(closedAt ? { closedAt } : {}), ...(labelledAt ? { beginnerLabelledAt: labelledAt } : {}), ...(assignedAt ? { assignedAt } : {}) });
    }
  }
  return { data: { now, beginnerLabels, issues, pulls }, skipped };
}
