/**
 * Adds a missing `Signed-off-by:` to the commits a branch already has, by rewriting them (`git rebase
 * --force-rebase --signoff` onto the branch's own merge base, so nothing moves to a newer base). Before anything
 * is rewritten a backup ref keeps the old head, so nothing can be lost; a dirty tree, a detached HEAD, a rebase
 * in progress or merge commits are refused with a plain reason. The caller (after the user confirmed) is told
 * whether the old commits were already pushed, because then the branch must be force-pushed.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { commitsBetween } from './history';
import { gitError, runGit } from './runGit';

export interface Identity {
  readonly name: string;
  readonly email: string;
}

export type SignOffResult =
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'nothing-to-do'; readonly branch: string; readonly commits: number }
  | {
      readonly kind: 'signed';
      readonly branch: string;
      /** How many commits lacked the sign-off (all commits since the base are rewritten). */
      readonly signed: number;
      readonly rewritten: number;
      /** The old head is kept here. */
      readonly backupRef: string;
      readonly oldHead: string;
      readonly newHead: string;
      /** Remote-tracking refs that already hold old commits: the branch was pushed and needs a force push. */
      readonly pushedTo: readonly string[];
    }
  | { readonly kind: 'failed'; readonly reason: string; readonly backupRef: string };

export function signOffLine(identity: Identity): string {
  return `Signed-off-by: ${identity.name} <${identity.email}>`;
}

/** Plans nothing, changes nothing: which commits since `base` lack the identity's sign-off. */
export async function commitsMissingSignOff(dir: string, base: string, identity: Identity): Promise<{ shas: string[]; total: number } | { error: string }> {
  const mergeBase = await runGit(dir, ['merge-base', '--end-of-options', base, 'HEAD']);
  if (mergeBase.code !== 0) return { error: `No common ancestor of "${base}" and HEAD: ${gitError(mergeBase)}` };
  const range = await commitsBetween(dir, mergeBase.stdout.trim(), 'HEAD');
  if ('error' in range) return range;
  const line = signOffLine(identity);
  return { shas: range.commits.filter((c) => !c.message.split('\n').some((l) => l.trim() === line)).map((c) => c.sha), total: range.commits.length };
}

export async function signOffCommits(dir: string, base: string, identity: Identity, now: Date = new Date()): Promise<SignOffResult> {
  const head = await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (head.code !== 0) return { kind: 'refused', reason: 'HEAD is detached: check out the branch whose commits should be signed off first.' };
  const branch = head.stdout.trim();
  for (const state of ['rebase-merge', 'rebase-apply', 'MERGE_HEAD', 'CHERRY_PICK_HEAD']) {
    const p = await runGit(dir, ['rev-parse', '--git-path', state]);
    const path = p.stdout.trim();
    if (path && existsSync(isAbsolute(path) ? path : join(dir, path))) return { kind: 'refused', reason: 'A rebase, merge or cherry-pick is in progress; finish or abort it first.' };
  }
  const status = await runGit(dir, ['status', '--porcelain', '--untracked-files=no']);
  if (status.code !== 0) return { kind: 'refused', reason: gitError(status) };
  if (status.stdout.trim() !== '') return { kind: 'refused', reason: 'The working tree has uncommitted changes; commit or stash them first, so the rewrite cannot touch them.' };

  const mergeBase = await runGit(dir, ['merge-base', '--end-of-options', base, 'HEAD']);
  if (mergeBase.code !== 0) return { kind: 'refused', reason: `No common ancestor of "${base}" and ${branch}: ${gitError(mergeBase)}` };
  const from = mergeBase.stdout.trim();
  const range = await commitsBetween(dir, from, 'HEAD');
  if ('error' in range) return { kind: 'refused', reason: range.error };
  if (range.commits.some((c) => c.merge)) return { kind: 'refused', reason: `${branch} has merge commits since ${base}; rewriting would flatten them. Sign off by hand (git rebase --signoff --rebase-merges).` };
  const line = signOffLine(identity);
  const missing = range.commits.filter((c) => !c.message.split('\n').some((l) => l.trim() === line));
  if (missing.length === 0) return { kind: 'nothing-to-do', branch, commits: range.commits.length };

  const oldHead = (await runGit(dir, ['rev-parse', 'HEAD'])).stdout.trim();
  const oldest = range.commits[0].sha;
  const remotes = await runGit(dir, ['for-each-ref', '--format=%(refname:short)', '--contains', oldest, 'refs/remotes']);
  const pushedTo = remotes.stdout.split('\n').map((s) => s.trim()).filter((s) => s !== '' && !s.endsWith('/HEAD'));

  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const backupRef = `refs/onramp/backup/${branch}-${stamp}`;
  const backup = await runGit(dir, ['update-ref', '--create-reflog', backupRef, oldHead, '']);
  if (backup.code !== 0) return { kind: 'refused', reason: `Could not create the backup ref ${backupRef}: ${gitError(backup)}` };

  const env = { GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email, GIT_EDITOR: 'true', GIT_SEQUENCE_EDITOR: 'true' };
  const rebase = await runGit(dir, ['rebase', '--quiet', '--force-rebase', '--signoff', '--no-autostash', from], { env });
  if (rebase.code !== 0) {
    await runGit(dir, ['rebase', '--abort']);
    return { kind: 'failed', reason: `git rebase failed (${gitError(rebase)}); the branch is back where it was, and its old head is also kept as ${backupRef}.`, backupRef };
  }
  const newHead = (await runGit(dir, ['rev-parse', 'HEAD'])).stdout.trim();
  return { kind: 'signed', branch, signed: missing.length, rewritten: range.commits.length, backupRef, oldHead, newHead, pushedTo };
}
