import * as vscode from 'vscode';
import type { Identity, SignOffResult } from '../core/git/signOff';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import type { TrustGate } from '../util/trust';
import { baseRef } from './branchBase';
import type { CommitRulesService } from './commitRulesService';
import { CommitEngine, loadCommits } from './loadCommits';

export interface BranchLint {
  readonly base: string;
  readonly total: number;
  readonly offenders: readonly { readonly sha: string; readonly subject: string; readonly problems: readonly { readonly rule: string; readonly message: string }[] }[];
}

/** "Onramp: Lint Branch Commits": the commits since the base that break the rules, each with its problems. */
export async function lintBranchCommits(rules: CommitRulesService, root: RepositoryRoot, interactive: boolean): Promise<BranchLint | undefined> {
  const engine = loadCommits();
  const repo = await rules.rules(root);
  if (!repo) return fail(vscode.l10n.t('Could not read the commit rules of {0}.', root.name));
  const dir = root.uri.fsPath;
  const base = await baseRef(engine, dir, repo.facts);
  if ('tried' in base) return fail(vscode.l10n.t('No base branch to compare with in {0} (tried {1}).', root.name, base.tried.join(', ')));
  const range = await engine.commitsSince(dir, base.ref);
  if ('error' in range) return fail(range.error);
  const offenders: BranchLint['offenders'][number][] = [];
  for (const commit of range.commits) {
    if (commit.merge) continue;
    const problems = await engine.lintMessage(commit.message, repo.ruleSet, { cleanup: 'none' });
    if (problems.length > 0) offenders.push({ sha: commit.sha, subject: commit.message.split('\n', 1)[0], problems: problems.map((p) => ({ rule: p.rule, message: p.message })) });
  }
  const result = { base: base.ref, total: range.commits.length, offenders };
  if (interactive) await showOffenders(result);
  return result;
}

async function showOffenders(result: BranchLint): Promise<void> {
  if (result.offenders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('All {0} commits since {1} follow the project\'s commit rules.', result.total, result.base));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    result.offenders.map((o) => ({ label: o.subject, description: o.sha.slice(0, 8), detail: o.problems.map((p) => p.message).join(' · '), offender: o })),
    { placeHolder: vscode.l10n.t('{0} of {1} commits since {2} break the commit rules', result.offenders.length, result.total, result.base), matchOnDetail: true },
  );
  if (picked) void vscode.window.showWarningMessage(`${picked.offender.sha.slice(0, 8)} ${picked.offender.subject}`, { modal: true, detail: picked.offender.problems.map((p) => `• ${p.message}`).join('\n') });
}

/**
 * "Onramp: Sign Off Branch Commits": adds the missing `Signed-off-by:` to the branch's commits since the base,
 * after the user confirmed (saying how many, and plainly when they were already pushed), keeping the old head
 * under a backup ref. `confirmed` skips the question (tests). Trusted workspaces only: it runs git rebase.
 */
export async function signOffBranchCommits(rules: CommitRulesService, trust: TrustGate, logger: Logger, root: RepositoryRoot, confirmed: boolean): Promise<SignOffResult | undefined> {
  if (!(await trust.allows(vscode.l10n.t('rewrite commits to add sign-offs')))) return undefined;
  const engine = loadCommits();
  const repo = await rules.rules(root);
  if (!repo) return fail(vscode.l10n.t('Could not read the commit rules of {0}.', root.name));
  const dir = root.uri.fsPath;
  const identity = await gitIdentity(engine, dir);
  if (!identity) return fail(vscode.l10n.t('git has no user.name and user.email in {0}; set them first (git config user.name, git config user.email).', root.name));
  const base = await baseRef(engine, dir, repo.facts);
  if ('tried' in base) return fail(vscode.l10n.t('No base branch to compare with in {0} (tried {1}).', root.name, base.tried.join(', ')));
  const missing = await engine.commitsMissingSignOff(dir, base.ref, identity);
  if ('error' in missing) return fail(missing.error);
  if (missing.shas.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('All {0} commits since {1} are already signed off by {2}.', missing.total, base.ref, identity.name));
    return { kind: 'nothing-to-do', branch: '', commits: missing.total };
  }
  if (!confirmed) {
    const remotes = await engine.runGit(dir, ['for-each-ref', '--format=%(refname:short)', '--contains', missing.shas[0], 'refs/remotes']);
    const pushed = remotes.stdout.split('\n').map((s) => s.trim()).filter((s) => s && !s.endsWith('/HEAD'));
    const rewrite = vscode.l10n.t('Rewrite and Sign Off');
    const detail = [
      vscode.l10n.t('{0} of the {1} commits since {2} lack "Signed-off-by: {3} <{4}>". git rebase --signoff rewrites all {1}; the old ones stay under a backup ref (refs/onramp/backup/…), so nothing is lost.', missing.shas.length, missing.total, base.ref, identity.name, identity.email),
      pushed.length > 0 ? vscode.l10n.t('These commits are already pushed ({0}): afterwards the branch must be force-pushed (git push --force-with-lease), which changes it for everyone who fetched it.', pushed.join(', ')) : vscode.l10n.t('The commits have not been pushed.'),
    ].join('\n\n');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Add sign-offs to the commits of this branch?'), { modal: true, detail }, rewrite);
    if (answer !== rewrite) return undefined;
  }
  const result = await engine.signOffCommits(dir, base.ref, identity);
  logger.info(`sign off in ${root.name}: ${result.kind}`);
  if (result.kind === 'signed') {
    const push = result.pushedTo.length > 0 ? ' ' + vscode.l10n.t('The old commits are on {0}: push with --force-with-lease.', result.pushedTo.join(', ')) : '';
    void vscode.window.showInformationMessage(vscode.l10n.t('Signed off {0} commits on {1}. The old head is kept as {2}.', result.signed, result.branch, result.backupRef) + push);
  } else if (result.kind === 'refused' || result.kind === 'failed') {
    void vscode.window.showErrorMessage(result.reason);
  }
  return result;
}

export async function gitIdentity(engine: CommitEngine, dir: string): Promise<Identity | null> {
  const get = async (key: string) => {
    const r = await engine.runGit(dir, ['config', '--get', key]);
    return r.ok ? r.stdout.trim() : '';
  };
  const [name, email] = await Promise.all([get('user.name'), get('user.email')]);
  return name && email ? { name, email } : null;
}

function fail(message: string): undefined {
  void vscode.window.showErrorMessage(message);
  return undefined;
}
