/**
 * What the newcomer health figures are computed from: issues and pull requests as a forge reports them, reduced to
 * the dates and roles that matter. Forge-neutral, so a GitHub or GitLab fetching layer fills it and the figures
 * are pure functions over it (src/core/health/figures.ts).
 */

/** Who someone is to the repository, from GitHub's author_association (GitLab's member access levels map the same way). */
export type Role = 'first-timer' | 'maintainer' | 'other';

/**
 * FIRST_TIME_CONTRIBUTOR, FIRST_TIMER and NONE (no earlier contribution) are first-timers; OWNER, MEMBER and
 * COLLABORATOR are maintainers; CONTRIBUTOR (contributed before), MANNEQUIN and anything unknown are neither.
 */
export function roleOf(association: string): Role {
  switch (association.toUpperCase()) {
    case 'FIRST_TIME_CONTRIBUTOR':
    case 'FIRST_TIMER':
    case 'NONE':
      return 'first-timer';
    case 'OWNER':
    case 'MEMBER':
    case 'COLLABORATOR':
      return 'maintainer';
    default:
      return 'other';
  }
}

/** A comment, review or review comment: who wrote it, in which role, and when (ISO 8601). */
export interface Reply {
  readonly author: string;
  readonly role: Role;
  readonly at: string;
}

/** What an issue or pull request is, enough to link to it. */
export interface ItemRef {
  readonly number: number;
  readonly url: string;
  readonly title: string;
}

export interface HealthIssue extends ItemRef {
  readonly author: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly closedAt?: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  /** When a beginner label was first put on it, if one was. */
  readonly beginnerLabelledAt?: string;
  /** When someone was first assigned, if ever. */
  readonly assignedAt?: string;
  readonly replies: readonly Reply[];
}

export interface HealthPull extends ItemRef {
  readonly author: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly mergedAt?: string;
  /** Closed without merging, or merged (the forge sets both). */
  readonly closedAt?: string;
  readonly replies: readonly Reply[];
  /** Open pull requests only: someone's review is requested and not given yet. */
  readonly reviewRequested?: boolean;
  /** Open pull requests only: the latest review by a maintainer asks for changes. */
  readonly changesRequested?: boolean;
  /** Open pull requests only: the head commit's checks, when the forge said. */
  readonly checks?: 'failing' | 'passing' | 'pending';
}

export interface HealthData {
  /** The moment the figures are for (ISO 8601); "open now" and waiting times are measured to it. */
  readonly now: string;
  /** The beginner labels (good first issue...), as the repository spells them. */
  readonly beginnerLabels: readonly string[];
  readonly issues: readonly HealthIssue[];
  readonly pulls: readonly HealthPull[];
}
