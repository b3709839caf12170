/**
 * Newcomer health: how a project treats people contributing for the first time, as four families of figures
 * (supply of beginner issues, response to first-timers, outcome of their pull requests, retention). Pure: each
 * figure comes with the issues and pull requests behind it, so a report can link to them.
 */
import type { HealthData, HealthIssue, HealthPull, ItemRef, Reply } from './types';

const HOUR = 3_600_000;

/** A median (the mean of the middle two for an even count) in hours, with how many values it is over. */
export interface Median {
  readonly hours: number | undefined;
  readonly count: number;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR;
}

function medianOf(hours: readonly number[]): Median {
  return { hours: median(hours), count: hours.length };
}

const ref = (item: ItemRef): ItemRef => ({ number: item.number, url: item.url, title: item.title });

// ---- supply ----

export interface Supply {
  /** Open, unassigned issues with a beginner label, now. */
  readonly available: readonly ItemRef[];
  /** From the beginner label to the issue being taken (assigned) or closed, whichever came first. */
  readonly labelledToTaken: Median;
  /** The issues that median is over. */
  readonly taken: readonly ItemRef[];
  /** Labelled issues still open and unassigned are not in the median: they have not been taken yet. */
  readonly waiting: readonly ItemRef[];
}

export function supply(data: HealthData): Supply {
  const beginner = new Set(data.beginnerLabels.map((l) => l.toLowerCase()));
  const isBeginner = (i: HealthIssue) => i.beginnerLabelledAt !== undefined || i.labels.some((l) => beginner.has(l.toLowerCase()));
  const open = (i: HealthIssue) => i.closedAt === undefined || Date.parse(i.closedAt) > Date.parse(data.now);
  const available = data.issues.filter((i) => isBeginner(i) && open(i) && i.assignees.length === 0);
  const hours: number[] = [];
  const taken: ItemRef[] = [];
  for (const i of data.issues) {
    if (!i.beginnerLabelledAt) continue;
    const ends = [i.assignedAt, i.closedAt].filter((t): t is string => t !== undefined && Date.parse(t) >= Date.parse(i.beginnerLabelledAt ?? ''));
    if (ends.length === 0) continue;
    const first = ends.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
    hours.push(hoursBetween(i.beginnerLabelledAt, first));
    taken.push(ref(i));
  }
  return { available: available.map(ref), labelledToTaken: medianOf(hours), taken, waiting: available.filter((i) => i.beginnerLabelledAt).map(ref) };
}

// ---- response ----

export interface ResponseGroup {
  /** From opening to the first reply by a maintainer (not the author). */
  readonly firstResponse: Median;
  /** The items that median is over. */
  readonly answered: readonly ItemRef[];
  /** Items with no maintainer reply yet; not in the median. */
  readonly unanswered: readonly ItemRef[];
}

export interface Response {
  readonly firstTimers: ResponseGroup;
  /** Everyone else who is not a maintainer (a maintainer's own items are left out of both). */
  readonly others: ResponseGroup;
}

function firstMaintainerReply(item: { author: string; replies: readonly Reply[] }): Reply | undefined {
  return [...item.replies].filter((r) => r.role === 'maintainer' && r.author !== item.author).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}

export function response(data: HealthData): Response {
  const items = [...data.issues, ...data.pulls];
  const group = (role: 'first-timer' | 'other'): ResponseGroup => {
    const hours: number[] = [];
    const answered: ItemRef[] = [];
    const unanswered: ItemRef[] = [];
    for (const item of items.filter((i) => i.role === role)) {
      const reply = firstMaintainerReply(item);
      if (reply) {
        hours.push(hoursBetween(item.createdAt, reply.at));
        answered.push(ref(item));
      } else unanswered.push(ref(item));
    }
    return { firstResponse: medianOf(hours), answered, unanswered };
  };
  return { firstTimers: group('first-timer'), others: group('other') };
}

// ---- outcome ----

/** Where an open pull request waits, first match wins: on its author, on CI, on a reviewer, or on nobody in particular. */
export type Waiting = 'changes-requested' | 'failing-checks' | 'review-requested' | 'discussed' | 'silence';

export interface Outcome {
  readonly merged: readonly ItemRef[];
  readonly closedUnmerged: readonly ItemRef[];
  readonly open: readonly ItemRef[];
  readonly timeToMerge: Median;
  readonly waiting: Readonly<Record<Waiting, readonly ItemRef[]>>;
}

export function waitingOn(pull: HealthPull): Waiting {
  if (pull.changesRequested) return 'changes-requested';
  if (pull.checks === 'failing') return 'failing-checks';
  if (pull.reviewRequested) return 'review-requested';
  return firstMaintainerReply(pull) ? 'discussed' : 'silence';
}

/** The first-timers' pull requests. */
export function outcome(data: HealthData): Outcome {
  const pulls = data.pulls.filter((p) => p.role === 'first-timer');
  const merged = pulls.filter((p) => p.mergedAt !== undefined);
  const closedUnmerged = pulls.filter((p) => p.mergedAt === undefined && p.closedAt !== undefined);
  const open = pulls.filter((p) => p.mergedAt === undefined && p.closedAt === undefined);
  const waiting: Record<Waiting, ItemRef[]> = { 'changes-requested': [], 'failing-checks': [], 'review-requested': [], discussed: [], silence: [] };
  for (const p of open) waiting[waitingOn(p)].push(ref(p));
  return {
    merged: merged.map(ref),
    closedUnmerged: closedUnmerged.map(ref),
    open: open.map(ref),
    timeToMerge: medianOf(merged.map((p) => hoursBetween(p.createdAt, p.mergedAt ?? p.createdAt))),
    waiting,
  };
}

// ---- retention ----

export interface Returning {
  readonly author: string;
  readonly first: ItemRef;
  readonly next: ItemRef;
}

export interface Retention {
  /** Authors whose first pull request (in the data) was opened as a first-timer. */
  readonly firstTimers: number;
  /** Of those, the ones who opened another pull request afterwards. */
  readonly returned: readonly Returning[];
}

export function retention(data: HealthData): Retention {
  const byAuthor = new Map<string, HealthPull[]>();
  for (const p of data.pulls) byAuthor.set(p.author, [...(byAuthor.get(p.author) ?? []), p]);
  let firstTimers = 0;
  const returned: Returning[] = [];
  for (const [author, pulls] of byAuthor) {
    const ordered = [...pulls].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    if (ordered[0].role !== 'first-timer') continue;
    firstTimers++;
    if (ordered.length > 1) returned.push({ author, first: ref(ordered[0]), next: ref(ordered[1]) });
  }
  return { firstTimers, returned };
}

export interface Health {
  readonly supply: Supply;
  readonly response: Response;
  readonly outcome: Outcome;
  readonly retention: Retention;
}

export function health(data: HealthData): Health {
  return { supply: supply(data), response: response(data), outcome: outcome(data), retention: retention(data) };
}
