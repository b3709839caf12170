/**
 * Whether an issue is free for a newcomer to take, and why, in words a newcomer can check: "unassigned",
 * "no linked pull request", "a maintainer replied 3 days ago"; or what stands in the way: "has an open pull
 * request #12", "@sam said they are working on it 2 days ago", "labelled blocked".
 */
import type { ForgeComment, ForgeIssue, OpenPullRequest } from '../forge/types';
import { labelForms } from './labelNames';
import { ago, daysToMs } from './relativeTime';

export interface ReadinessContext {
  /** Open pull requests that name this issue. */
  readonly linkedPRs: readonly OpenPullRequest[];
  /** Recent comments on this issue (any order). */
  readonly comments: readonly ForgeComment[];
  readonly now: number;
  /** Logins known to be maintainers (besides comments the forge marks as theirs). */
  readonly maintainers?: readonly string[];
  /** How long a "I'm working on this" holds. Default 30 days. */
  readonly claimWindowDays?: number;
}

export interface Assessment {
  readonly ready: boolean;
  readonly reasons: readonly string[];
  readonly blockers: readonly string[];
  /** The latest of the issue's update and its comments, for sorting. */
  readonly lastActivity: number;
}

export const BLOCKING_LABELS: readonly string[] = ['blocked', 'on hold', 'needs design', 'needs decision', 'needs discussion', 'wontfix', 'wont fix', 'will not fix', 'duplicate', 'invalid'];

/** Someone taking the issue on. Only the first person: "I'm working on this", "I'll take it", "assign me". */
const CLAIM = [
  /\b(?:i(?:'|’)?m|i am)\s+(?:now\s+|currently\s+|already\s+)?(?:working on|on|taking|looking into|tackling)\s+(?:this|it|that|a fix|a pr)\b/i,
  /\bi(?:'|’)?ll\s+(?:take|work on|pick up|handle|tackle|do|fix|give it a (?:try|shot|go))\b/i,
  /\bi will\s+(?:take|work on|pick up|handle|tackle|do|fix)\s+(?:this|it)\b/i,
  /\b(?:i(?:'|’)?d|i would)\s+(?:like|love)\s+to\s+(?:work on|take|pick up|tackle)\s+(?:this|it)\b/i,
  /\b(?:can|could|may)\s+i\s+(?:work on|take|pick up|tackle|try)\s+(?:this|it)\b/i,
  /\b(?:please\s+)?assign\s+(?:this\s+|it\s+)?(?:to\s+)?me\b/i,
  /^\s*\/assign\s*$/im,
  /\bworking on (?:a fix|a pr|a pull request) (?:for this|now)\b/i,
];
/** The same person letting it go. */
const RELEASE = /\b(?:not|no longer|stopped|stop)\s+(?:be\s+)?(?:working on|able to (?:work on|finish))\b|\bunassign me\b|\bfree to (?:take|pick)\b|\bgiving (?:this|it) up\b/i;

export function assessIssue(issue: ForgeIssue, context: ReadinessContext): Assessment {
  const reasons: string[] = [];
  const blockers: string[] = [];
  const maintainers = new Set((context.maintainers ?? []).map((m) => m.toLowerCase()));
  const isMaintainer = (c: ForgeComment): boolean => c.role === 'maintainer' || maintainers.has(c.author.toLowerCase());
  const since = context.now - daysToMs(context.claimWindowDays ?? 30);
  const comments = [...context.comments].sort((a, b) => a.createdAt - b.createdAt);

  if (issue.assignees.length === 0) reasons.push('unassigned');
  else blockers.push(`assigned to ${issue.assignees.map((a) => `@${a}`).join(', ')}`);

  if (context.linkedPRs.length === 0) reasons.push('no linked pull request');
  for (const pr of context.linkedPRs) blockers.push(`has an open pull request #${pr.number}`);

  const claim = latestClaim(comments.filter((c) => c.createdAt >= since));
  if (claim) blockers.push(`@${claim.author} said they are working on it ${ago(claim.createdAt, context.now)}`);

  for (const label of issue.labels) {
    if (labelForms(label).some((form) => BLOCKING_LABELS.includes(form))) blockers.push(`labelled ${label}`);
  }

  const lastMaintainer = comments.filter(isMaintainer).at(-1);
  if (lastMaintainer && lastMaintainer !== claim) reasons.push(`a maintainer replied ${ago(lastMaintainer.createdAt, context.now)}`);
  if (issue.comments === 0) reasons.push('no discussion yet');
  reasons.push(`opened ${ago(issue.createdAt, context.now)}`);

  const lastActivity = Math.max(issue.updatedAt, ...comments.map((c) => c.createdAt));
  return { ready: blockers.length === 0, reasons, blockers, lastActivity };
}

/** The latest claim not taken back by the same person later; a maintainer's "I'll take it" counts as well. */
function latestClaim(comments: readonly ForgeComment[]): ForgeComment | undefined {
  let claim: ForgeComment | undefined;
  for (const comment of comments) {
    const text = withoutQuotes(comment.body);
    if (claim && comment.author === claim.author && RELEASE.test(text)) claim = undefined;
    else if (!RELEASE.test(text) && CLAIM.some((p) => p.test(text))) claim = comment;
  }
  return claim;
}

/** A comment without its quoted lines ("> I'm working on this" quotes someone else) and code. */
function withoutQuotes(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
}

export interface AssessedIssue extends Assessment {
  readonly issue: ForgeIssue;
}

/** Ready issues first, then the most recently active, then the newest. */
export function rankIssues(issues: readonly AssessedIssue[]): AssessedIssue[] {
  return [...issues].sort((a, b) => Number(b.ready) - Number(a.ready) || b.lastActivity - a.lastActivity || b.issue.number - a.issue.number);
}
