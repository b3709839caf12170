import * as vscode from 'vscode';
import type { ForgeIssue } from '../core/forgeEntry';
import type { GuideFacts } from '../core/guide/facts';
import type { Services } from '../extension';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import type { IssueEntry, IssueService } from './issueService';
import { loadForge } from './loadForge';
import { ClaimAnswers, ClaimResult, claimWith, offerToClaim } from './claimIssue';
import { parseIssueRef } from '../core/issues/issueRef';

/** What a caller (a test, another extension) may decide instead of the user; without it, the user is asked. */
export interface StartOptions {
  /** With uncommitted changes: stash them, carry them over, or (`ask`, the default without a person) stop. */
  readonly dirty?: 'stash' | 'carry' | 'ask';
  /** When `origin` is a fork and there is no `upstream` remote: add it (default when asked: the user decides). */
  readonly addUpstream?: boolean;
  /**
   * When the guide asks to discuss or be assigned first: the comment to post (as the person would have edited
   * and confirmed it) and whether to assign oneself. Without it nothing is said on the issue.
   */
  readonly claim?: ClaimAnswers;
}

/** Plain data about what happened, for tests and other extensions. */
export type StartResult =
  | { readonly kind: 'started'; readonly branch: string; readonly from: string; readonly stash: string | null; readonly carried: boolean; readonly claim?: ClaimResult }
  | { readonly kind: 'dirty'; readonly files: readonly string[] }
  | { readonly kind: 'cancelled' | 'refused' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * "Start Working on Issue": in a trusted workspace only (it runs git), fetch the project's default branch,
 * create the issue's branch from it (named by the maintainer file's template, the guide's rule, or
 * `<number>-<slug>`), check it out, and remember the issue. Uncommitted changes are never lost: the user chooses
 * to stash them, carry them over, or cancel. When `origin` is a fork, the branch starts from its parent, through
 * an `upstream` remote Onramp offers to add.
 */
export async function startWorkingOn(services: Services, issues: IssueService, logger: Logger, root: RepositoryRoot, ref: IssueEntry | number | string | undefined, options?: StartOptions): Promise<StartResult> {
  const interactive = options === undefined;
  if (!(await services.trust.allows(vscode.l10n.t('run git to start working on an issue')))) return { kind: 'refused' };
  if (root.uri.scheme !== 'file') return fail(vscode.l10n.t('Starting work on an issue needs a local folder.'));

  let wanted: IssueEntry | number | undefined = typeof ref === 'object' || typeof ref === 'number' ? ref : undefined;
  if (typeof ref === 'string' || ref === undefined) {
    const text = ref ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('The issue to work on: its number or its address'), placeHolder: '42, #42 or https://github.com/owner/repo/issues/42', validateInput: (v) => (parseIssueRef(v) ? undefined : vscode.l10n.t('Type an issue number, such as 42, or paste its address.')) }));
    if (text === undefined) return { kind: 'cancelled' };
    const parsed = parseIssueRef(text);
    if (!parsed) return fail(vscode.l10n.t('"{0}" is neither an issue number nor an issue address.', text));
    const snapshot = await issues.load(root);
    const repository = snapshot.repository?.path.toLowerCase();
    if (parsed.path && repository && parsed.path !== repository && parsed.path !== snapshot.fork?.path.toLowerCase()) {
      return fail(vscode.l10n.t('That issue belongs to {0}, but this folder is a clone of {1}.', parsed.path, repository));
    }
    wanted = snapshot.issues.find((i) => i.number === parsed.number) ?? parsed.number;
  }
  const snapshot = await issues.load(root);
  if (snapshot.problem && !snapshot.repository) return fail(snapshot.problem.sentence);
  const issue = typeof wanted === 'number' ? await fetchIssue(issues, root, wanted) : wanted;
  if (!issue || typeof issue === 'string') return fail(typeof issue === 'string' ? issue : vscode.l10n.t('There is no issue to work on.'));

  const facts = await issues.facts(root);
  if (typeof facts === 'string') return fail(facts);
  const remote = await projectRemote(services, issues, root, facts, options, interactive);
  if (typeof remote !== 'string') return remote;
  const defaultBranch = snapshot.repository?.defaultBranch ?? facts.baseBranch?.value ?? 'main';

  const forge = loadForge();
  let branch = forge.branchName(issue, templateOf(facts));
  if (interactive) {
    const chosen = await vscode.window.showInputBox({ prompt: vscode.l10n.t('The branch for #{0}, made from {1}/{2}', issue.number, remote, defaultBranch), value: branch });
    if (chosen === undefined) return { kind: 'cancelled' };
    branch = chosen.trim();
  }

  const dir = root.uri.fsPath;
  const run = (dirty: 'ask' | 'stash' | 'carry') =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Starting {0} from {1}/{2}…', branch, remote, defaultBranch) }, () =>
      forge.startWorking({ dir, remote, defaultBranch, branch, dirty, issue: { number: issue.number, url: issue.url } }),
    );
  let outcome = await run(options?.dirty ?? 'ask');
  if (outcome.kind === 'dirty' && interactive) {
    const stash = vscode.l10n.t('Stash Them');
    const carry = vscode.l10n.t('Carry Them Over');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('You have uncommitted changes ({0} file(s)). Stash them (git stash; get them back with git stash pop), or carry them over to the new branch?', outcome.files.length),
      { modal: true, detail: outcome.files.slice(0, 10).join('\n') },
      stash,
      carry,
    );
    if (answer === undefined) return { kind: 'cancelled' };
    outcome = await run(answer === stash ? 'stash' : 'carry');
  }
  if (outcome.kind === 'dirty') return { kind: 'dirty', files: outcome.files };
  if (outcome.kind === 'failed') return fail(outcome.message);

  await services.state.update('pickedIssue', { number: issue.number, url: issue.url, title: issue.title });
  logger.info(`started ${outcome.branch} from ${outcome.from} for #${issue.number}`);
  const stashNote = outcome.stash ? ` ${vscode.l10n.t('Your changes are in the stash (git stash pop brings them back).')}` : '';
  void vscode.window.showInformationMessage(vscode.l10n.t('You are on {0}, made from {1}, for #{2}.', outcome.branch, outcome.from, issue.number) + stashNote);
  // The guide asks to discuss or be assigned first: offer to say so on the issue (never without the user).
  const started = { kind: 'started', branch: outcome.branch, from: outcome.from, stash: outcome.stash, carried: outcome.carried } as const;
  if (facts.discussFirst?.value !== true) return started;
  if (interactive) void offerToClaim(issues, root, issue);
  else if (options?.claim) return { ...started, claim: await claimWith(issues, root, issue, options.claim) };
  return started;
}

function fail(message: string): StartResult {
  void vscode.window.showErrorMessage(message);
  return { kind: 'failed', message };
}

async function fetchIssue(issues: IssueService, root: RepositoryRoot, number: number): Promise<IssueEntry | string> {
  const connection = issues.connection(root);
  if (!connection) return vscode.l10n.t('Onramp could not reach the project to read issue #{0}.', number);
  const forge = loadForge();
  try {
    const found: ForgeIssue | null = await connection.client.getIssue(number);
    if (!found) return vscode.l10n.t('#{0} is a pull request, not an issue.', number);
    return { ...found, ready: true, reasons: [], blockers: [] };
  } catch (error) {
    const problem = forge.findForgeError(error);
    return problem ? forge.describeProblem(problem.problem) : vscode.l10n.t('Onramp could not read issue #{0}.', number);
  }
}

/** A template only when the rule has a placeholder; prose ("use a descriptive name") is not a template. */
function templateOf(facts: GuideFacts): string | null {
  const rule = facts.branchNaming?.value;
  return rule && /\{[^}]+\}|<[^>]+>|\*$/.test(rule) ? rule : null;
}

/**
 * The remote to branch from: the project's (`upstream` when there is one). When `origin` is a fork (the forge
 * says so) and there is no `upstream`, Onramp offers to add it, pointing at the parent.
 */
async function projectRemote(services: Services, issues: IssueService, root: RepositoryRoot, facts: GuideFacts, options: StartOptions | undefined, interactive: boolean): Promise<string | StartResult> {
  const project = issues.access.project(facts);
  const remotes = project?.remotes ?? [];
  const snapshot = issues.current(root);
  if (!snapshot?.fork) return project?.remote ?? 'origin';
  const upstream = remotes.find((r) => r.name === 'upstream');
  if (upstream) return 'upstream';
  const parentUrl = snapshot.fork.parentCloneUrl;
  if (!parentUrl) return project?.remote ?? 'origin';
  let add = options?.addUpstream;
  if (interactive) {
    const yes = vscode.l10n.t('Add upstream');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} is your fork of {1}. Add {1} as the remote "upstream" ({2}) and start from it?', snapshot.fork.path, snapshot.repository?.path ?? '', parentUrl), { modal: true }, yes);
    if (answer === undefined) return { kind: 'cancelled' };
    add = true;
  }
  if (!add) return project?.remote ?? 'origin';
  const added = await loadForge().runGit(root.uri.fsPath, ['remote', 'add', 'upstream', parentUrl]);
  if (!added.ok) return fail(vscode.l10n.t('Could not add the remote upstream: {0}', added.stderr.trim().split('\n').at(-1) ?? ''));
  void services.repositories.refresh(root);
  return 'upstream';
}
