/**
 * The pull request checklist: the project's items (maintainer file, the chosen PR template, the guide) and
 * Onramp's own checks, each with a result a person can act on. Pure data, shared by the CLI and the editor.
 */
import type { CheckKind, Origin, SourceRef } from '../guide/facts';

export type CheckState = 'pass' | 'fail' | 'unknown' | 'manual';

/** What the user can do about a failed check; `command` is a line to run in a terminal, when there is one. */
export interface CheckFix {
  readonly action: 'createBranch' | 'push' | 'rebase' | 'merge' | 'signOff' | 'fixCommits' | 'addChangelog' | 'linkIssue' | 'run';
  readonly title: string;
  readonly command?: string;
}

export interface CheckResult {
  readonly state: CheckState;
  readonly reason: string;
  readonly fix?: CheckFix;
}

/** Onramp's own checks, shown whether or not the project's list names them. */
export type BuiltInCheck = 'branch' | 'pushed' | 'upToDate' | 'commitRules' | 'signOff' | 'changelog' | 'issueLinked' | 'tests' | 'lint';

export interface AssembledItem {
  readonly id: string;
  readonly text: string;
  /** `onramp` for Onramp's own checks. */
  readonly origin: Origin | 'onramp';
  /** Where the item was read; null for Onramp's own checks. */
  readonly source: SourceRef | null;
  readonly optional: boolean;
  readonly check: CheckKind | BuiltInCheck;
  readonly command?: string;
  /** A template box describing the change ("Bug fix", "No AI was used"): ticked by choice, never a check left open. */
  readonly choice?: boolean;
}

export interface EvaluatedItem extends AssembledItem {
  readonly result: CheckResult;
  /** Why it matters: the guide's words, with the file and line, for manual items. */
  readonly why: string | null;
}

export interface CommitSummary {
  readonly sha: string;
  readonly message: string;
  readonly merge: boolean;
}

/** What git says about the branch, gathered by `core/git/repoState.ts` (or written by a test). */
export interface RepoState {
  /** The current branch; null when HEAD is detached. */
  readonly branch: string | null;
  /** The base branch name (e.g. `main`) and the ref it was resolved to (`upstream/main`), null when not found. */
  readonly base: { readonly name: string; readonly ref: string | null };
  /** The branch's upstream tracking ref (`origin/fix-12`), null when it has none. */
  readonly tracking: string | null;
  /** Commits on HEAD not on its tracking ref; null without one. */
  readonly unpushed: number | null;
  /** Commits on the base ref not on HEAD; null when the base was not found. */
  readonly behind: number | null;
  /** Commits since the base, oldest first; null when the base was not found. */
  readonly commits: readonly CommitSummary[] | null;
  /** Files changed since the base (repo-relative). */
  readonly changedFiles: readonly string[];
  /** The issue this branch started from (Onramp's picker, or the branch's config). */
  readonly issue: { readonly number: number; readonly title?: string; readonly url?: string | null } | null;
  /** The pull request body being written, when there is a draft. */
  readonly draftBody: string | null;
}

/** A test or lint command's run: its exit code and output (kept for the user). */
export interface CommandRun {
  readonly command: string;
  readonly exitCode: number;
  readonly output: string;
}

/** Per commit, the errors the commit rules found (from `lintMessage`), for the commit rules check. */
export interface CommitVerdict {
  readonly sha: string;
  readonly subject: string;
  readonly errors: readonly string[];
}
