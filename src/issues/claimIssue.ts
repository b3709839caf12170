import * as vscode from 'vscode';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { IssueEntry, IssueService } from './issueService';
import { loadForge } from './loadForge';

/**
 * When the guide asks contributors to discuss first or to be assigned, offer to post a comment (the text shown
 * and editable, sent only after confirmation, and only signed in) or to assign oneself where the forge allows.
 */
export async function offerToClaim(issues: IssueService, root: RepositoryRoot, issue: IssueEntry): Promise<void> {
  const snapshot = issues.current(root);
  const comment = vscode.l10n.t('Comment on the Issue');
  const assign = vscode.l10n.t('Assign Me');
  const buttons = snapshot?.signedIn && snapshot.repository?.canAssign ? [comment, assign] : [comment];
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t("This project asks contributors to say they are working on an issue (or to be assigned) before starting. Let the maintainers know about #{0}?", issue.number), ...buttons);
  if (answer === comment) await postComment(issues, root, issue);
  else if (answer === assign) await assignMe(issues, root, issue);
}

/** What a caller decided instead of the person: the comment exactly as it is to be posted, and whether to assign oneself. */
export interface ClaimAnswers {
  readonly comment?: string;
  readonly assign?: boolean;
}

/** What became of each part of a claim; null where nothing was asked. */
export interface ClaimResult {
  readonly comment: 'posted' | 'notSignedIn' | 'failed' | null;
  readonly assign: 'assigned' | 'notAllowed' | 'notSignedIn' | 'failed' | null;
}

/**
 * The claim with answers given (another extension, a test): the same rules as the person's way, without asking.
 * Nothing is sent without a sign-in (none is started here), and assigning is tried only where the forge said
 * this account may assign.
 */
export async function claimWith(issues: IssueService, root: RepositoryRoot, issue: IssueEntry, answers: ClaimAnswers): Promise<ClaimResult> {
  const connection = issues.connection(root);
  const client = connection?.target.signedIn ? connection.client : undefined;
  const text = answers.comment?.trim();
  let comment: ClaimResult['comment'] = null;
  if (text) comment = !client ? 'notSignedIn' : (await attempt(client.createComment(issue.number, text))) ? 'posted' : 'failed';
  let assign: ClaimResult['assign'] = null;
  if (answers.assign) {
    const me = client && (await client.whoAmI().catch(() => null));
    if (!client || !me) assign = 'notSignedIn';
    else if (issues.current(root)?.repository?.canAssign !== true) assign = 'notAllowed';
    else assign = (await attempt(client.addAssignee(issue.number, me.login))) ? 'assigned' : 'failed';
  }
  return { comment, assign };
}

async function attempt(work: Promise<void>): Promise<boolean> {
  try {
    await work;
    return true;
  } catch {
    return false;
  }
}

async function signedInClient(issues: IssueService, root: RepositoryRoot) {
  let connection = issues.connection(root);
  if (!connection?.target.signedIn) {
    await issues.load(root, { interactive: true });
    connection = issues.connection(root);
  }
  if (!connection?.target.signedIn) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sign in first: Onramp comments and assigns only with your own account.'));
    return undefined;
  }
  return connection.client;
}

async function postComment(issues: IssueService, root: RepositoryRoot, issue: IssueEntry): Promise<void> {
  const text = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Your comment on #{0} (edit it as you like; nothing is sent yet)', issue.number),
    value: vscode.l10n.t("Hi! I'd like to work on this. Is it still free, and is the approach in the description what you have in mind?"),
  });
  if (!text?.trim()) return;
  const client = await signedInClient(issues, root);
  if (!client) return;
  const send = vscode.l10n.t('Post Comment');
  const sure = await vscode.window.showInformationMessage(vscode.l10n.t('Post this comment on #{0} at {1} as yourself?', issue.number, client.host), { modal: true, detail: text }, send);
  if (sure !== send) return;
  await report(client.createComment(issue.number, text), vscode.l10n.t('Your comment is on #{0}.', issue.number));
}

async function assignMe(issues: IssueService, root: RepositoryRoot, issue: IssueEntry): Promise<void> {
  const client = await signedInClient(issues, root);
  const me = client && (await client.whoAmI().catch(() => null));
  if (!client || !me) return;
  await report(client.addAssignee(issue.number, me.login), vscode.l10n.t('#{0} is assigned to you (@{1}).', issue.number, me.login));
}

async function report(work: Promise<void>, done: string): Promise<void> {
  try {
    await work;
    void vscode.window.showInformationMessage(done);
  } catch (error) {
    const forge = loadForge();
    const found = forge.findForgeError(error);
    void vscode.window.showErrorMessage(found ? forge.describeProblem(found.problem) : vscode.l10n.t('The forge refused the request.'));
  }
}
