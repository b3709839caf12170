/**
 * The picker's engine, shared by the editor and `onramp issues`: from a forge client to ranked beginner issues
 * with their reasons. When the repository is a fork, the issues come from its parent, and the answer says so
 * (so the UI can offer to add the `upstream` remote).
 */
import type { ForgeClient, ForgeComment, RepositoryInfo } from '../forge/types';
import { beginnerLabels } from './beginnerLabels';
import { AssessedIssue, assessIssue, rankIssues } from './readiness';
import { daysToMs } from './relativeTime';

export interface FindIssuesOptions {
  /** Labels from the maintainer file, the guide and the user's setting, most trusted first. */
  readonly extraLabels?: readonly string[];
  /** Leave out issues that are not ready instead of listing them with their blockers. */
  readonly hideBlocked?: boolean;
  readonly claimWindowDays?: number;
  readonly maintainers?: readonly string[];
  /** At most this many issues are read. Default 1,000. */
  readonly limit?: number;
  readonly now?: number;
}

export interface IssueList {
  /** The repository the issues are from (the parent when the remote is a fork). */
  readonly repository: RepositoryInfo;
  /** The fork the remote points at, when the issues come from its parent. */
  readonly fork: RepositoryInfo | null;
  /** The labels that were asked for; empty when the repository has no beginner labels. */
  readonly labels: readonly string[];
  readonly issues: readonly AssessedIssue[];
  /** Issues left out because they are not ready (with `hideBlocked`). */
  readonly hidden: number;
  /** When the oldest answer used was fetched, and whether some came from the cache because the host was unreachable. */
  readonly fetchedAt: number | null;
  readonly stale: boolean;
  /** The client that answered for `repository` (for commenting and assigning). */
  readonly client: ForgeClient;
}

export async function findBeginnerIssues(origin: ForgeClient, options: FindIssuesOptions = {}): Promise<IssueList> {
  const now = options.now ?? Date.now();
  let client = origin;
  let repository = await client.getRepository();
  let fork: RepositoryInfo | null = null;
  if (repository.fork && repository.parent) {
    fork = repository;
    client = origin.forRepository(repository.parent.path);
    repository = await client.getRepository();
  }
  const labels = beginnerLabels(
    (await client.listLabels()).map((l) => l.name),
    options.extraLabels ?? [],
  );
  const done = (issues: AssessedIssue[], hidden: number): IssueList => ({ repository, fork, labels, issues, hidden, fetchedAt: client.session.oldestFetchedAt, stale: client.session.stale, client });
  if (labels.length === 0) return done([], 0);

  const issues = await client.listOpenIssues(labels, options.limit);
  const pullRequests = issues.length > 0 ? await client.listOpenPullRequests() : [];
  const since = now - daysToMs(options.claimWindowDays ?? 30);
  const discussed = issues.filter((i) => i.comments > 0).map((i) => i.number);
  const comments = discussed.length > 0 ? await client.recentComments(discussed, since) : [];
  const byIssue = new Map<number, ForgeComment[]>();
  for (const c of comments) byIssue.set(c.issue, [...(byIssue.get(c.issue) ?? []), c]);

  const assessed = issues.map((issue) => ({
    issue,
    ...assessIssue(issue, {
      linkedPRs: pullRequests.filter((pr) => pr.linkedIssues.includes(issue.number)),
      comments: byIssue.get(issue.number) ?? [],
      now,
      maintainers: options.maintainers,
      claimWindowDays: options.claimWindowDays,
    }),
  }));
  const ranked = rankIssues(assessed);
  const shown = options.hideBlocked ? ranked.filter((i) => i.ready) : ranked;
  return done(shown, ranked.length - shown.length);
}
