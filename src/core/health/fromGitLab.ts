/**
 * GitLab's REST answers (v4), reduced to the same HealthData as GitHub's. GitLab has no author_association, so
 * roles come from elsewhere: a project member with Developer access or more is a maintainer (GitHub's OWNER,
 * MEMBER, COLLABORATOR all can push); anyone else is a first-timer until their first merge request is merged,
 * unless a merged merge request of theirs from before the period was found (GitHub's CONTRIBUTOR). Pure and
 * tolerant like fromGitHub: an item without the fields it needs is left out and counted.
 */
import { obj } from './json';
import type { HealthData, HealthIssue, HealthPull, Reply, Role } from './types';

export interface GitLabActivity {
  readonly issues: readonly unknown[];
  readonly mergeRequests: readonly unknown[];
  /** `members/all`: direct and inherited members with their access level. */
  readonly members: readonly unknown[];
  /** Notes by item: `issue:<iid>` or `mr:<iid>` (those that were read). */
  readonly notes: ReadonlyMap<string, readonly unknown[]>;
  /** Resource label events by issue iid (those that were read). */
  readonly labelEvents: ReadonlyMap<number, readonly unknown[]>;
  /** A merge request's pipelines, newest first, by iid (those that were read). */
  readonly pipelines: ReadonlyMap<number, readonly unknown[]>;
  /** Authors whose history was read, and of those, the ones with a merged merge request from before the period. */
  readonly historyRead: ReadonlySet<string>;
  readonly contributedBefore: ReadonlySet<string>;
}

/** GitLab's Developer access level: may push, like GitHub's collaborators. */
export const DEVELOPER = 30;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const username = (v: unknown): string | undefined => str(obj(v)?.username);
const earlier = (a: string | undefined, b: string): string => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a);

/** A pipeline's status as a check state: failed or canceled fail; running, pending and the like wait; success passes. */
export function pipelineState(status: unknown): 'failing' | 'pending' | 'passing' | undefined {
  switch (status) {
    case 'failed':
    case 'canceled':
      return 'failing';
    case 'success':
      return 'passing';
    case 'created':
    case 'waiting_for_resource':
    case 'preparing':
    case 'pending':
    case 'running':
    case 'scheduled':
      return 'pending';
    default:
      return undefined; // skipped, manual: nothing ran that could fail
  }
}

export function healthFromGitLab(activity: GitLabActivity, now: string, beginnerLabels: readonly string[]): { data: HealthData; skipped: number } {
  const beginner = new Set(beginnerLabels.map((l) => l.toLowerCase()));
  const maintainers = new Set(activity.members.map(obj).filter((m) => typeof m?.access_level === 'number' && m.access_level >= DEVELOPER).map((m) => str(m?.username) ?? ''));
  // A newcomer stops being one when their first merge request in the period is merged.
  const firstMerge = new Map<string, string>();
  for (const mr of activity.mergeRequests.map(obj)) {
    const author = username(mr?.author);
    const merged = str(mr?.merged_at);
    if (author && merged) firstMerge.set(author, earlier(firstMerge.get(author), merged));
  }
  const roleOf = (author: string, createdAt: string): Role => {
    if (maintainers.has(author)) return 'maintainer';
    if (!activity.historyRead.has(author) || activity.contributedBefore.has(author)) return 'other';
    const merged = firstMerge.get(author);
    return merged !== undefined && Date.parse(createdAt) > Date.parse(merged) ? 'other' : 'first-timer';
  };
  const replyRole = (author: string): Role => (maintainers.has(author) ? 'maintainer' : 'other');
  const repliesOf = (key: string): { replies: Reply[]; assignedAt?: string } => {
    const replies: Reply[] = [];
    let assignedAt: string | undefined;
    for (const note of (activity.notes.get(key) ?? []).map(obj)) {
      const author = username(note?.author);
      const at = str(note?.created_at);
      if (!author || !at) continue;
      // System notes are GitLab's own record of changes; "assigned to @x" dates the first assignment.
      if (note?.system === true) {
        if (/^assigned to /i.test(str(note.body) ?? '')) assignedAt = earlier(assignedAt, at);
      } else replies.push({ author, role: replyRole(author), at });
    }
    return { replies, ...(assignedAt ? { assignedAt } : {}) };
  };

  const issues: HealthIssue[] = [];
  const pulls: HealthPull[] = [];
  let skipped = 0;
  for (const raw of activity.issues.map(obj)) {
    const base = raw && identity(raw);
    if (!raw || !base) {
      skipped++;
      continue;
    }
    const { number, url, author, createdAt } = base;
    const labels = (Array.isArray(raw.labels) ? raw.labels : []).map((l) => (typeof l === 'string' ? l : str(obj(l)?.name))).filter((l): l is string => !!l);
    const assignees = (Array.isArray(raw.assignees) ? raw.assignees : []).map(username).filter((u): u is string => !!u);
    let labelledAt: string | undefined;
    for (const e of (activity.labelEvents.get(number) ?? []).map(obj)) {
      const at = str(e?.created_at);
      if (at && e?.action === 'add' && beginner.has((str(obj(e.label)?.name) ?? '').toLowerCase())) labelledAt = earlier(labelledAt, at);
    }
    const { replies, assignedAt } = repliesOf(`issue:${number}`);
    const closedAt = str(raw.closed_at);
    issues.push({
      number,
      url,
      title: str(raw.title) ?? '',
      author,
      role: roleOf(author, createdAt),
      createdAt,
      labels,
      assignees,
      replies,
      ...(closedAt ? { closedAt } : {}),
      ...(labelledAt ? { beginnerLabelledAt: labelledAt } : {}),
      ...(assignedAt ? { assignedAt } : {}),
    });
  }
  for (const raw of activity.mergeRequests.map(obj)) {
    const base = raw && identity(raw);
    if (!raw || !base) {
      skipped++;
      continue;
    }
    const { number, url, author, createdAt } = base;
    const mergedAt = str(raw.merged_at);
    // GitLab leaves closed_at empty on a merged merge request; here "closed" covers both, as GitHub's does.
    const closedAt = str(raw.closed_at) ?? mergedAt;
    const open = raw.state === 'opened' && !closedAt;
    const checks = pipelineState(obj((activity.pipelines.get(number) ?? [])[0])?.status);
    pulls.push({
      number,
      url,
      title: str(raw.title) ?? '',
      author,
      role: roleOf(author, createdAt),
      createdAt,
      replies: repliesOf(`mr:${number}`).replies,
      ...(mergedAt ? { mergedAt } : {}),
      ...(closedAt ? { closedAt } : {}),
      ...(open
        ? {
            reviewRequested: Array.isArray(raw.reviewers) && raw.reviewers.length > 0,
            changesRequested: raw.detailed_merge_status === 'requested_changes',
            ...(checks ? { checks } : {}),
          }
        : {}),
    });
  }
  return { data: { now, beginnerLabels, issues, pulls }, skipped };
}

/** What every issue and merge request must have to be counted (GitLab names them alike): else it is skipped. */
function identity(raw: Record<string, unknown>): { number: number; url: string; author: string; createdAt: string } | undefined {
  const number = raw.iid;
  const url = str(raw.web_url);
  const author = username(raw.author);
  const createdAt = str(raw.created_at);
  return typeof number === 'number' && url && author && createdAt ? { number, url, author, createdAt } : undefined;
}
