import * as vscode from 'vscode';
import type { EvaluatedItem } from '../core/checklist/types';
import type { Services } from '../extension';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { CommandHandlers } from '../util/lazy';
import { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { ChecklistService } from './checklistService';
import { ChecklistNode, registerChecklistView } from './checklistView';
import { pickTemplate, TemplatePick } from './chooseTemplate';
import { CHECKLIST_VIEW_ID, PULL_REQUEST_COMMANDS } from './registerPullRequest';
import { FlowOutcome, OpenOptions, openPullRequestFlow } from './openPullRequestFlow';
import { RunOutcome, runChecklistChecks } from './runChecks';
import type { GitLabTokens } from '../util/gitlabTokens';

/** What a command was called with: a view node, a root URI string (tests, the walkthrough), or a SourceControl. */
type Target = ChecklistNode | string | { readonly rootUri?: vscode.Uri } | undefined;

/** The pull request feature's body (its own bundle, dist/pullRequestFeature.js), loaded on first use. */
export interface PullRequestFeature extends vscode.Disposable {
  readonly service: ChecklistService;
  readonly provider: vscode.TreeDataProvider<ChecklistNode>;
  readonly commands: CommandHandlers;
}

/** The pull request capability: the checklist service and the view's data, running its checks, and opening the PR. */
export function createPullRequestFeature(services: Services, logger: Logger, treeView: vscode.TreeView<unknown>, gitlabTokens?: GitLabTokens): PullRequestFeature {
  const service = new ChecklistService(services.repositories, services.git, services.state, logger);
  const view = registerChecklistView(service, treeView);

  async function rootOf(target: Target, question: string): Promise<RepositoryRoot | undefined> {
    if (typeof target === 'string') return service.rootFor(vscode.Uri.parse(target));
    if (target && 'kind' in target && target.kind !== 'message') return target.root;
    if (target && 'rootUri' in target && target.rootUri) return service.rootFor(target.rootUri);
    return pickRoot(service, question);
  }

  async function tick(target: Target, id: string | undefined, ticked: boolean): Promise<void> {
    const root = await rootOf(target, vscode.l10n.t('Which folder\'s checklist?'));
    const itemId = target && typeof target === 'object' && 'kind' in target && target.kind === 'item' ? target.item.id : id;
    if (root && itemId) await service.tick(root, itemId, ticked);
  }

  async function runChecks(target: Target): Promise<RunOutcome | undefined> {
    const root = await rootOf(target, vscode.l10n.t('Run the checks of which folder?'));
    if (!root) return undefined;
    const reading = await services.repositories.read(root);
    if (!reading.ok) return { kind: 'refused', reason: reading.error };
    return runChecklistChecks(root, reading.facts, service, services.trust, logger);
  }

  async function open(target: Target, options?: OpenOptions): Promise<FlowOutcome | undefined> {
    const root = await rootOf(target, vscode.l10n.t('Open a pull request from which folder?'));
    return root ? openPullRequestFlow(root, service, services.trust, logger, options, gitlabTokens) : undefined;
  }

  /** `wanted` (a template's name or path) chooses without asking, for tests and other extensions. */
  async function chooseTemplate(target: Target, wanted?: string): Promise<TemplatePick | undefined> {
    const root = await rootOf(target, vscode.l10n.t('Choose the pull request template of which folder?'));
    if (!root) return undefined;
    const snapshot = await service.snapshot(root);
    if ('error' in snapshot) return { kind: 'none', reason: snapshot.error };
    return pickTemplate(root, snapshot, service, typeof wanted === 'string' ? wanted : undefined);
  }

  async function fix(node: ChecklistNode | undefined): Promise<void> {
    if (node?.kind !== 'item' || !node.item.result.fix) return;
    const { action, command, title } = node.item.result.fix;
    if (action === 'run') await runChecks(node);
    else if (action === 'push' || action === 'linkIssue') await open(node);
    else if (command) await typeInTerminal(node.root, node.item, command);
    else void vscode.window.showInformationMessage(title);
  }

  /** A git command for a fix is typed into a terminal, not run: the contributor reads it and presses Enter. */
  async function typeInTerminal(root: RepositoryRoot, item: EvaluatedItem, command: string): Promise<void> {
    if (!(await services.trust.allows(vscode.l10n.t('open a terminal for "{0}"', item.text)))) return;
    const terminal = vscode.window.createTerminal({ name: vscode.l10n.t('Onramp: {0}', item.result.fix?.title ?? item.text), cwd: root.uri });
    terminal.show();
    terminal.sendText(command, false);
  }

  const commands: CommandHandlers = {
    [PULL_REQUEST_COMMANDS.show]: async () => {
      await vscode.commands.executeCommand(`${CHECKLIST_VIEW_ID}.focus`);
    },
    [PULL_REQUEST_COMMANDS.runChecks]: runChecks,
    [PULL_REQUEST_COMMANDS.open]: open,
    [PULL_REQUEST_COMMANDS.tick]: (target: Target, id?: string) => tick(target, id, true),
    [PULL_REQUEST_COMMANDS.untick]: (target: Target, id?: string) => tick(target, id, false),
    [PULL_REQUEST_COMMANDS.fix]: fix,
    [PULL_REQUEST_COMMANDS.chooseTemplate]: chooseTemplate,
  };
  const owned = vscode.Disposable.from(service, view.disposable);
  return { service, provider: view.provider, commands, dispose: () => owned.dispose() };
}
