/**
 * Commit messages read from git, safely (see runGit.ts): the base branch's recent history for inferring a
 * convention, and the commits a branch adds, for linting them.
 */
import { gitError, runGit } from './runGit';

export interface CommitMessage {
  readonly sha: string;
  readonly message: string;
  /** More than one parent. */
  readonly merge: boolean;
}

export interface HistoryRead {
  readonly commits: readonly CommitMessage[];
  /** The ref that was read (the base, or HEAD when the base was not found); null when nothing could be read. */
  readonly ref: string | null;
  /** Something the user should know: no commits yet, base not found so HEAD was used, not a repository. */
  readonly note: string | null;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
/** Plain fields only: no %G (signatures would run gpg.program), no diffs (textconv). */
const FORMAT = `--format=%H${FIELD}%P${FIELD}%B${RECORD}`;

/** The commit a ref names, or null. */
export async function resolveCommit(dir: string, ref: string): Promise<string | null> {
  if (ref.startsWith('-')) return null;
  const r = await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : null;
}

/** Up to `limit` messages of `baseRef` (also tried as `origin/<baseRef>`), falling back to HEAD, newest first. */
export async function readHistory(dir: string, baseRef: string | null, limit = 300): Promise<HistoryRead> {
  const inside = await runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0) return { commits: [], ref: null, note: `${dir} is not a git repository (${gitError(inside)}).` };
  let ref: string | null = null;
  let note: string | null = null;
  for (const candidate of baseRef ? [baseRef, `origin/${baseRef}`] : []) {
    if (await resolveCommit(dir, candidate)) {
      ref = candidate;
      break;
    }
  }
  if (!ref) {
    if (!(await resolveCommit(dir, 'HEAD'))) return { commits: [], ref: null, note: 'The repository has no commits yet.' };
    ref = 'HEAD';
    if (baseRef) note = `The base branch "${baseRef}" was not found (neither locally nor as origin/${baseRef}); the history of HEAD was read instead.`;
  }
  const r = await runGit(dir, ['log', '--no-color', '--no-show-signature', '--no-textconv', '--no-ext-diff', `--max-count=${limit}`, FORMAT, '--end-of-options', ref]);
  if (r.code !== 0) return { commits: [], ref, note: `git log ${ref} failed: ${gitError(r)}` };
  return { commits: parseLog(r.stdout), ref, note };
}

/** The commits in `to` that are not in `from` (`from..to`), oldest first. */
export async function commitsBetween(dir: string, from: string, to = 'HEAD'): Promise<{ commits: CommitMessage[] } | { error: string }> {
  for (const ref of [from, to]) if (!(await resolveCommit(dir, ref))) return { error: `"${ref}" is not a commit in this repository.` };
  const r = await runGit(dir, ['log', '--no-color', '--no-show-signature', '--reverse', FORMAT, '--end-of-options', `${from}..${to}`]);
  if (r.code !== 0) return { error: `git log ${from}..${to} failed: ${gitError(r)}` };
  return { commits: parseLog(r.stdout) };
}

/** The commits the current branch adds to `base` (since their merge base), oldest first. */
export function commitsSince(dir: string, base: string): Promise<{ commits: CommitMessage[] } | { error: string }> {
  return commitsBetween(dir, base, 'HEAD');
}

function parseLog(out: string): CommitMessage[] {
  const commits: CommitMessage[] = [];
  for (const record of out.split(RECORD)) {
    const text = record.replace(/^\n/, '');
    if (text.trim() === '') continue;
    const [sha, parents, ...rest] = text.split(FIELD);
    commits.push({ sha, merge: parents.trim().split(/\s+/).length > 1, message: rest.join(FIELD).replace(/\n+$/, '') });
  }
  return commits;
}
