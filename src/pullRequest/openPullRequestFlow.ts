import * as vscode from 'vscode';
import type { OpenOutcome } from '../core/checklist/openPullRequest';
import type { ForgeClient } from '../core/forge/types';
import type { Project } from '../core/repo/project';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { TrustGate } from '../util/trust';
import type { ChecklistService } from './checklistService';
import { loadPullRequest } from './loadPullRequest';
import { pickTemplate } from './chooseTemplate';
import { proposedText } from './pullRequestText';
import type { GitLabTokens } from '../util/gitlabTokens';

/** Given by a caller that already knows what to send (a test, another extension): no questions are asked. */
export interface OpenOptions {
  readonly title?: string;
  readonly body?: string;
  readonly draft?: boolean;
  /** The pull request template by name or path, when the project has several. */
  readonly template?: string;
}

export type FlowOutcome = OpenOutcome | { readonly kind: 'refused' | 'cancelled'; readonly reason: string };

export const API_URL_SETTING = 'onramp.forge.apiUrl';

/**
 * "Onramp: Open Pull Request...": asks for the title, opens the body in a Markdown editor and asks whether it is a
 * draft (all prefilled from the issue, the commits and the template), keeps them as a draft in workspace state
 * until the pull request exists, pushes the branch with upstream tracking and creates the pull request, or opens
 * the host's compare page when the user is not signed in. Every failure is one sentence; nothing typed is lost.
 */
export async function openPullRequestFlow(root: RepositoryRoot, service: ChecklistService, trust: TrustGate, logger: Logger, given?: OpenOptions, gitlabTokens?: GitLabTokens): Promise<FlowOutcome> {
  if (!(await trust.allows(vscode.l10n.t('push a branch or open a pull request')))) {
    return { kind: 'refused', reason: vscode.l10n.t('Restricted Mode: Onramp does not push or open pull requests until you trust this folder.') };
  }
  let snapshot = await service.snapshot(root);
  if ('error' in snapshot) return fail('refused', vscode.l10n.t('Could not read {0}: {1}', root.name, snapshot.error));
  const state = snapshot.state;
  if (!state || state.branch === null) return fail('refused', vscode.l10n.t('HEAD is detached: create a branch for your change first.'));
  const branch = state.branch;
  if (branch === state.base.name) return fail('refused', vscode.l10n.t('You are on the base branch "{0}": create a branch for your change first.', branch));
  const project = snapshot.facts.project;
  if (!project) return fail('refused', vscode.l10n.t('No git remote of {0} names a GitHub or GitLab repository to open the pull request on.', root.name));

  const interactive = given === undefined;
  // Several templates: the contributor picks one by name, once per branch; the checklist and the body follow it.
  if (given?.template !== undefined || (interactive && snapshot.templates.length > 1 && service.chosenTemplate(root, branch) === undefined)) {
    const picked = await pickTemplate(root, snapshot, service, given?.template);
    if (picked.kind === 'cancelled') return { kind: 'cancelled', reason: picked.reason };
    if (picked.kind === 'none' && given?.template !== undefined) return { kind: 'refused', reason: picked.reason };
    const again = await service.snapshot(root);
    if ('error' in again) return fail('refused', vscode.l10n.t('Could not read {0}: {1}', root.name, again.error));
    snapshot = again;
  }
  // Not pushed yet is what this command is about to fix: it is not worth a question.
  const failing = snapshot.items.filter((i) => !i.optional && i.result.state === 'fail' && i.check !== 'pushed');
  if (interactive && failing.length > 0) {
    // Open items are allowed; a failed required check is worth one question, never a refusal.
    const anyway = vscode.l10n.t('Open Anyway');
    const detail = failing.map((i) => `• ${i.text}: ${i.result.reason}`).join('\n');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} required checks fail. Open the pull request anyway?', failing.length), { modal: true, detail }, anyway);
    if (answer !== anyway) return { kind: 'cancelled', reason: vscode.l10n.t('Cancelled.') };
  }
  // A caller naming the template wants its body, not a draft written from another one.
  const proposed = (given?.template === undefined ? service.draft(root, branch) : undefined) ?? proposedText(root, snapshot);
  const title = given?.title ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Pull request title'), value: proposed.title, ignoreFocusOut: true, validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('A pull request needs a title.') : undefined) }));
  if (title === undefined) return { kind: 'cancelled', reason: vscode.l10n.t('Cancelled.') };
  // Kept before anything can fail, and until the pull request exists.
  await service.saveDraft(root, branch, { title, body: given?.body ?? proposed.body });
  const written = given ? { body: given.body ?? proposed.body, draft: given.draft ?? false, document: undefined } : await editBody(proposed.body, (text) => service.saveDraft(root, branch, { title, body: text }));
  if (!written) return { kind: 'cancelled', reason: vscode.l10n.t('Cancelled; your title and body are kept as a draft.') };
  const { body, draft } = written;
  await service.saveDraft(root, branch, { title, body });

  const signedIn = project.hostKind === 'gitlab' ? await gitlabClientFor(project, gitlabTokens) : await clientFor(project, interactive, logger);
  if (signedIn === 'cancelled') return { kind: 'cancelled', reason: vscode.l10n.t('Cancelled; your title and body are kept as a draft.') };
  const head = headOf(project);
  const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Pushing {0} and opening the pull request…', branch) }, () =>
    loadPullRequest().openPullRequest({
      dir: root.uri.fsPath,
      client: signedIn?.client ?? null,
      userLogin: signedIn?.login ?? null,
      forge: { kind: project.hostKind === 'gitlab' ? 'gitlab' : 'github', upstreamWebUrl: project.webUrl },
      base: state.base.name,
      branch,
      pushRemote: head.remote,
      headOwner: head.owner,
      headRepository: head.repository,
      title,
      body,
      draft,
    }),
  );
  logger.info(`open pull request from ${branch}: ${outcome.kind}`);
  // The body editor held the draft; once the pull request has the text, it goes without asking to be saved.
  if (written.document && (outcome.kind === 'created' || outcome.kind === 'exists')) await discard(written.document);
  await report(root, branch, outcome, service, interactive);
  return outcome;
}

/**
 * The body in a Markdown editor, every edit kept as the draft, until the contributor chooses to open the
 * pull request ready for review or as a draft; undefined when they dismiss the question (the draft stays).
 */
async function editBody(initial: string, keep: (body: string) => Promise<void>): Promise<{ body: string; draft: boolean; document: vscode.TextDocument } | undefined> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: initial });
  await vscode.window.showTextDocument(document, { preview: false });
  const listener = vscode.workspace.onDidChangeTextDocument((e) => e.document === document && void keep(document.getText()));
  try {
    const ready = vscode.l10n.t('Open Pull Request');
    const asDraft = vscode.l10n.t('Open as Draft');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Edit the pull request body in the editor (open items stay unchecked), then open it.'), ready, asDraft);
    return answer ? { body: document.getText(), draft: answer === asDraft, document } : undefined;
  } finally {
    listener.dispose();
  }
}

/** Closes the untitled body editor without the save question (its text is in the pull request). */
async function discard(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed || !document.isUntitled) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

function fail(kind: 'refused', reason: string): FlowOutcome {
  void vscode.window.showWarningMessage(reason);
  return { kind, reason };
}

/** In a fork (`upstream` is the project, `origin` the contributor's copy) the branch goes to the fork. */
function headOf(project: Project): { remote: string; owner: string | null; repository: string | null } {
  const origin = project.remotes.find((r) => r.name === 'origin');
  if (project.remote !== 'origin' && origin?.path && origin.host === project.host) {
    return { remote: 'origin', owner: origin.path.slice(0, origin.path.lastIndexOf('/')), repository: origin.path };
  }
  return { remote: project.remote, owner: null, repository: null };
}

/** The scopes a session may carry: `public_repo` (enough for a public project, as the issue picker asks) or `repo`. */
const SCOPE_SETS = [['public_repo'], ['repo']];

/**
 * The forge client when the user is signed in, or null (the compare page) when they are not. The session's token
 * goes only where the token policy allows (the github.com session to api.github.com, an Enterprise session to its
 * own host): an API address set by hand gets no token, and the user's login comes from the session instead.
 */
async function clientFor(project: Project, interactive: boolean, logger: Logger): Promise<{ client: ForgeClient; login: string } | null | 'cancelled'> {
  const provider = project.hostKind === 'github' ? 'github' : project.hostKind === 'github-enterprise' ? 'github-enterprise' : undefined;
  if (!provider || project.apiBaseUrl === null) return null;
  const core = loadPullRequest();
  const override = vscode.workspace.getConfiguration().get<string>(API_URL_SETTING);
  const apiBaseUrl = (override && core.checkedApiUrl(override)) || project.apiBaseUrl;
  const make = (session: vscode.AuthenticationSession): { client: ForgeClient; login: string } | null => {
    const source = core.tokenSourceFor(project, apiBaseUrl, enterpriseHost());
    const token = source.kind === provider ? session.accessToken : undefined;
    const choice = core.clientFor(project, { apiBaseUrl, token });
    return 'client' in choice ? { client: choice.client, login: session.account.label } : null;
  };
  const session = async (scopes: readonly string[], createIfNone: boolean): Promise<vscode.AuthenticationSession | undefined> => {
    try {
      return await vscode.authentication.getSession(provider, scopes, createIfNone ? { createIfNone: true } : { silent: true });
    } catch (error) {
      // No such provider here (a web build without it), or the user declined: not signed in. No token in the message.
      logger.warn(`no ${provider} session: ${error instanceof Error ? error.name : 'error'}`);
      return undefined;
    }
  };
  for (const scopes of SCOPE_SETS) {
    const silent = await session(scopes, false);
    if (silent) return make(silent);
  }
  if (!interactive) return null;
  const signIn = vscode.l10n.t('Sign In');
  const compare = vscode.l10n.t('Open Compare Page');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('You are not signed in to {0}. Sign in to open the pull request from here, or push and finish on the compare page.', project.host), signIn, compare);
  if (answer === compare) return null;
  if (answer !== signIn) return 'cancelled';
  const created = await session(['repo'], true);
  return created ? make(created) : null;
}

/**
 * GitLab: the client when the issue picker's "Set GitLab Token" stored a token for this API's origin, else null
 * (the prefilled new merge request page). The token goes only to that origin (tokenSourceFor). No fork is made on
 * GitLab: the branch goes to the remote it tracks.
 */
async function gitlabClientFor(project: Project, tokens: GitLabTokens | undefined): Promise<{ client: ForgeClient; login: string | null } | null> {
  if (!tokens || project.apiBaseUrl === null) return null;
  const core = loadPullRequest();
  const override = vscode.workspace.getConfiguration().get<string>(API_URL_SETTING);
  const apiBaseUrl = (override && core.checkedApiUrl(override)) || project.apiBaseUrl;
  const source = core.tokenSourceFor(project, apiBaseUrl, enterpriseHost());
  const token = source.kind === 'gitlab' ? await tokens.get(source.origin) : undefined;
  if (!token) return null;
  const choice = core.clientFor(project, { apiBaseUrl, token });
  return 'client' in choice ? { client: choice.client, login: null } : null;
}

/** The GitHub Enterprise host VS Code's own setting names, or null. */
function enterpriseHost(): string | null {
  const raw = vscode.workspace.getConfiguration('github-enterprise').get<string>('uri');
  try {
    return raw && raw.trim() !== '' ? new URL(raw.trim()).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

async function report(root: RepositoryRoot, branch: string, outcome: OpenOutcome, service: ChecklistService, interactive: boolean): Promise<void> {
  const openButton = vscode.l10n.t('Open Pull Request');
  switch (outcome.kind) {
    case 'created':
    case 'exists': {
      await service.saveDraft(root, branch, undefined);
      const opened = outcome.kind === 'created' ? vscode.l10n.t('Pull request #{0} is open.', outcome.pullRequest.number) : vscode.l10n.t('A pull request from {0} is already open: #{1}.', branch, outcome.pullRequest.number);
      const fork = outcome.pushedTo.fork;
      // Where the branch went matters when it is not where the contributor cloned from.
      const message = fork ? `${opened} ${fork.created ? vscode.l10n.t('You may not push to the project, so Onramp forked it to {0} and pushed there (remote "{1}").', fork.path, outcome.pushedTo.remote) : vscode.l10n.t('The branch is on your fork {0} (remote "{1}").', fork.path, outcome.pushedTo.remote)}` : opened;
      if (!interactive) return;
      const answer = await vscode.window.showInformationMessage(message, openButton);
      if (answer === openButton) await openWeb(outcome.pullRequest.url);
      return;
    }
    case 'compare':
      // The pull request does not exist until the user submits the page: the draft stays.
      if (interactive) await openWeb(outcome.url);
      return;
    case 'pushFailed':
    case 'forgeFailed':
      // git's own words may end without a full stop.
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} Your title and body are kept as a draft.', /[.!?]$/.test(outcome.reason) ? outcome.reason : `${outcome.reason}.`));
      return;
  }
}

/** Opens a forge's web address; anything but http(s) (a forge answer is data) is not opened. */
async function openWeb(url: string): Promise<void> {
  const uri = vscode.Uri.parse(url, true);
  if (uri.scheme === 'https' || uri.scheme === 'http') await vscode.env.openExternal(uri);
}
