/**
 * What the checklist needs to know of a repository, read with git safely (see runGit.ts): the branch, the base
 * it goes to (the `upstream` remote's, else `origin`'s, else the local branch), how far behind that base the
 * branch is, its commits and changed files since the base, and whether it is pushed. Nothing is fetched.
 */
import type { RepoState } from '../checklist/types';
import { commitsSince, resolveCommit } from './history';
import { runGit } from './runGit';
import { issueForBranch } from './startWorking';

export interface RepoStateOptions {
  /** The base branch the guide names; else the upstream remote's default branch; else `main`. */
  readonly baseBranch?: string | null;
  /** The issue picked in the editor, when the branch's own config does not say. */
  readonly issue?: RepoState['issue'];
  readonly draftBody?: string | null;
}

/** The ref the base resolves to: `upstream/<base>`, `origin/<base>`, then `<base>`. */
export async function resolveBase(dir: string, base: string): Promise<string | null> {
  for (const ref of [`upstream/${base}`, `origin/${base}`, base]) if (await resolveCommit(dir, ref)) return ref;
  return null;
}

/** The default branch a remote says (its `HEAD`), as git remembered it at clone or `remote set-head`. */
async function remoteDefault(dir: string): Promise<string | null> {
  for (const remote of ['upstream', 'origin']) {
    const r = await runGit(dir, ['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
    if (r.ok && r.stdout.trim().startsWith(`${remote}/`)) return r.stdout.trim().slice(remote.length + 1);
  }
  return null;
}

const count = async (dir: string, range: string): Promise<number | null> => {
  const r = await runGit(dir, ['rev-list', '--count', '--end-of-options', range]);
  return r.ok ? Number(r.stdout.trim()) : null;
};

export async function readRepoState(dir: string, options: RepoStateOptions = {}): Promise<RepoState> {
  const head = await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const branch = head.ok ? head.stdout.trim() : null;
  const baseName = options.baseBranch ?? (await remoteDefault(dir)) ?? 'main';
  const ref = await resolveBase(dir, baseName);
  const hasHead = (await resolveCommit(dir, 'HEAD')) !== null;

  let tracking: string | null = null;
  let unpushed: number | null = null;
  if (branch) {
    const u = await runGit(dir, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', `${branch}@{upstream}`]);
    if (u.ok && u.stdout.trim() !== '') {
      tracking = u.stdout.trim();
      unpushed = await count(dir, `${tracking}..HEAD`);
    }
  }

  let behind: number | null = null;
  let commits: RepoState['commits'] = null;
  let changedFiles: string[] = [];
  if (ref && hasHead) {
    behind = await count(dir, `HEAD..${ref}`);
    const since = await commitsSince(dir, ref);
    commits = 'error' in since ? null : since.commits;
    const mergeBase = await runGit(dir, ['merge-base', '--end-of-options', ref, 'HEAD']);
    if (mergeBase.ok) {
      const diff = await runGit(dir, ['diff', '--no-textconv', '--no-ext-diff', '--no-color', '--name-only', '-z', mergeBase.stdout.trim(), 'HEAD', '--']);
      if (diff.ok) changedFiles = diff.stdout.split('\0').filter((f) => f !== '');
    }
  }
  const fromBranch = branch ? await issueForBranch(dir, branch) : null;
  const issue = options.issue && (!fromBranch || fromBranch.number === options.issue.number) ? options.issue : fromBranch;
  return { branch, base: { name: baseName, ref }, tracking, unpushed, behind, commits, changedFiles, issue, draftBody: options.draftBody ?? null };
}
