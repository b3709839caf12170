/**
 * "Start working on this issue": fetch the project's remote, create the issue's branch from the project's
 * default branch there, check it out, and remember the issue on the branch (git config
 * `branch.<name>.onrampIssue`) for the commit and pull request steps. Used by the CLI and the editor.
 *
 * Never loses work: with uncommitted changes it first answers `dirty`, and the caller asks the user to stash,
 * carry the changes over (git refuses, and nothing changes, if that would overwrite them) or cancel. A detached
 * HEAD whose commits are on no branch is refused, since leaving it would strand them.
 */
import { runGit } from './runGit';

export type DirtyChoice = 'ask' | 'stash' | 'carry';

export interface StartWorkingOptions {
  readonly dir: string;
  /** The remote of the project (e.g. `upstream`, or `origin` when it is not a fork). */
  readonly remote: string;
  readonly defaultBranch: string;
  readonly branch: string;
  /** What to do with uncommitted changes. Default `ask`: answer `dirty` and change nothing. */
  readonly dirty?: DirtyChoice;
  /** Remembered on the branch for the commit and pull request steps. */
  readonly issue?: { readonly number: number; readonly url: string };
  readonly timeoutMs?: number;
}

export type StartFailure = 'notARepository' | 'noRemote' | 'fetchFailed' | 'emptyUpstream' | 'badBranchName' | 'branchExists' | 'strandedCommits' | 'wouldOverwrite' | 'git';

export type StartOutcome =
  | { readonly kind: 'started'; readonly branch: string; readonly from: string; readonly stash: string | null; readonly carried: boolean }
  | { readonly kind: 'dirty'; readonly files: readonly string[] }
  | { readonly kind: 'failed'; readonly reason: StartFailure; readonly message: string };

const failed = (reason: StartFailure, message: string): StartOutcome => ({ kind: 'failed', reason, message });

export async function startWorking(options: StartWorkingOptions): Promise<StartOutcome> {
  // The user asked for this in a trusted workspace: their credential helpers and checkout hooks apply.
  const git = (...args: string[]) => runGit(options.dir, args, { timeoutMs: options.timeoutMs ?? 60_000, allowHooks: true, network: true });
  const { remote, defaultBranch, branch } = options;

  if (!(await git('rev-parse', '--is-inside-work-tree')).ok) return failed('notARepository', `${options.dir} is not a git repository.`);
  if (!(await git('check-ref-format', '--branch', branch)).ok) return failed('badBranchName', `"${branch}" is not a valid branch name.`);
  if ((await git('show-ref', '--verify', '--quiet', `refs/heads/${branch}`)).ok) return failed('branchExists', `A branch named ${branch} already exists; switch to it, or choose another name.`);
  if (!(await git('remote', 'get-url', remote)).ok) return failed('noRemote', `There is no remote named ${remote}; add the project's repository as "${remote}" first.`);

  const hasCommits = (await git('rev-parse', '--verify', '--quiet', 'HEAD')).ok;
  const onBranch = (await git('symbolic-ref', '--quiet', 'HEAD')).ok;
  if (hasCommits && !onBranch) {
    const containing = await git('for-each-ref', '--contains', 'HEAD', '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags');
    if (containing.ok && containing.stdout.trim() === '') return failed('strandedCommits', 'HEAD is detached and its commits are on no branch; create a branch for them first (git switch -c <name>), so they are not lost.');
  }

  const status = await git('status', '--porcelain=v1', '-z', '--untracked-files=all');
  if (!status.ok) return failed('git', `git status failed: ${firstLine(status.stderr)}`);
  const files = status.stdout.split('\0').filter((e) => e.length > 3).map((e) => e.slice(3));
  const choice = options.dirty ?? 'ask';
  if (files.length > 0 && choice === 'ask') return { kind: 'dirty', files };

  const fetch = await git('fetch', '--no-tags', remote, `+refs/heads/${defaultBranch}:refs/remotes/${remote}/${defaultBranch}`);
  const start = `${remote}/${defaultBranch}`;
  if (!fetch.ok) {
    if (/couldn't find remote ref|does not appear to|not found/i.test(fetch.stderr) && !(await git('ls-remote', '--heads', remote)).stdout.trim()) {
      return failed('emptyUpstream', `${remote} has no commits yet, so there is no ${defaultBranch} to start from.`);
    }
    return failed('fetchFailed', `Could not fetch ${defaultBranch} from ${remote}: ${firstLine(fetch.stderr)}`);
  }

  let stash: string | null = null;
  if (files.length > 0 && choice === 'stash') {
    const pushed = await git('stash', 'push', '--include-untracked', '-m', `onramp: before starting ${branch}`);
    if (!pushed.ok) return failed('git', `Could not stash your changes: ${firstLine(pushed.stderr)}`);
    stash = (await git('rev-parse', 'stash@{0}')).stdout.trim() || 'stash@{0}';
  }

  const checkout = await git('checkout', '--no-track', '-b', branch, start);
  if (!checkout.ok) {
    if (stash) await git('stash', 'pop');
    if (/would be overwritten|overwritten by checkout/i.test(checkout.stderr)) {
      return failed('wouldOverwrite', `Your changes touch files that differ on ${start}; nothing was changed. Stash them, or commit them first.`);
    }
    return failed('git', `Could not create ${branch} from ${start}: ${firstLine(checkout.stderr)}`);
  }
  if (options.issue) {
    await git('config', `branch.${branch}.onrampIssue`, String(options.issue.number));
    await git('config', `branch.${branch}.onrampIssueUrl`, options.issue.url);
  }
  return { kind: 'started', branch, from: start, stash, carried: files.length > 0 && choice === 'carry' };
}

/** The issue remembered for a branch by `startWorking`, or null. */
export async function issueForBranch(dir: string, branch: string): Promise<{ number: number; url: string | null } | null> {
  const number = await runGit(dir, ['config', '--get', `branch.${branch}.onrampIssue`]);
  if (!number.ok || !/^\d+$/.test(number.stdout.trim())) return null;
  const url = await runGit(dir, ['config', '--get', `branch.${branch}.onrampIssueUrl`]);
  return { number: Number(number.stdout.trim()), url: url.ok ? url.stdout.trim() : null };
}

const firstLine = (text: string): string => text.trim().split('\n').filter((l) => l.trim() !== '').at(-1) ?? 'unknown error';
