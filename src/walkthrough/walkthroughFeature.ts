import * as vscode from 'vscode';
import type { Services } from '../extension';
import { loadReader } from '../repository/loadReader';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { CommandHandlers } from '../util/lazy';
import { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { ForgeAccess } from '../issues/forgeAccess';
import { RemoteBases } from './remoteBases';
import { WALKTHROUGH_COMMANDS, WALKTHROUGH_VIEW_ID } from './registerWalkthrough';
import { ActionOutcome, StepActions } from './stepActions';
import { StepPage, previewHtml } from './stepPage';
import { WalkthroughService } from './walkthroughService';
import { WalkthroughNode, registerWalkthroughView } from './walkthroughView';

const MAINTAINER_FILE = '.github/onramp.yml';

/** The walkthrough feature's body (its own bundle, dist/walkthroughFeature.js), loaded on first use. */
export interface WalkthroughFeature extends vscode.Disposable {
  readonly service: WalkthroughService;
  readonly provider: vscode.TreeDataProvider<WalkthroughNode>;
  readonly commands: CommandHandlers;
}

/** The walkthrough capability: its service, the view's data, step pages, the preview and the command handlers. */
export function createWalkthroughFeature(
  services: Services,
  logger: Logger,
  treeView: vscode.TreeView<unknown>,
  context?: Pick<vscode.ExtensionContext, 'globalStorageUri' | 'secrets'>,
): WalkthroughFeature {
  const remoteBases = new RemoteBases(context ? new ForgeAccess(context.globalStorageUri, context.secrets, logger) : undefined, logger);
  const service = new WalkthroughService(services.repositories, services.git, services.state, logger, remoteBases);
  const actions = new StepActions(service, services.trust, logger);
  const page = new StepPage(service, actions);
  const view = registerWalkthroughView(service, treeView);
  const preview = new PreviewPanel(service);
  const rootOf = (uri: string | undefined): RepositoryRoot | undefined => (uri ? service.rootFor(vscode.Uri.parse(uri)) : undefined);
  const stepOf = async (root: RepositoryRoot, stepId: string) => {
    const snapshot = await service.snapshot(root);
    return 'error' in snapshot ? undefined : snapshot.walkthrough.steps.find((s) => s.id === stepId);
  };
  const fromNode = (node: WalkthroughNode | undefined) => (node?.kind === 'step' ? node : undefined);

  const commands: CommandHandlers = {
    [WALKTHROUGH_COMMANDS.show]: async () => {
      await vscode.commands.executeCommand(`${WALKTHROUGH_VIEW_ID}.focus`);
      const root = await pickRoot(service, vscode.l10n.t('Show the walkthrough of which folder?'));
      const snapshot = root && (await service.snapshot(root));
      if (root && snapshot && !('error' in snapshot)) await page.show(root, snapshot.progress.next ?? snapshot.walkthrough.steps[0]?.id ?? '');
    },
    [WALKTHROUGH_COMMANDS.openStep]: async (rootUri?: string, stepId?: string) => {
      const root = rootOf(rootUri);
      if (root && stepId) await page.show(root, stepId);
    },
    [WALKTHROUGH_COMMANDS.runAction]: async (rootUri?: string, stepId?: string, index?: number): Promise<ActionOutcome | undefined> => {
      const root = rootOf(rootUri);
      const step = root && stepId ? await stepOf(root, stepId) : undefined;
      const action = step && typeof index === 'number' ? step.actions[index] : undefined;
      return root && step && action ? actions.perform(root, step, action) : undefined;
    },
    [WALKTHROUGH_COMMANDS.markDone]: async (node?: WalkthroughNode, stepId?: string) => {
      const step = fromNode(node);
      if (step) await service.record(step.root, { tick: step.step.id });
      else if (typeof node === 'string' && stepId) await markByUri(node, { tick: stepId });
    },
    [WALKTHROUGH_COMMANDS.markNotDone]: async (node?: WalkthroughNode) => {
      const step = fromNode(node);
      if (step) await service.record(step.root, { untick: step.step.id });
    },
    [WALKTHROUGH_COMMANDS.skip]: async (node?: WalkthroughNode) => {
      const step = fromNode(node);
      if (step) await service.record(step.root, { skip: step.step.id });
    },
    [WALKTHROUGH_COMMANDS.reset]: async (rootUri?: string) => {
      const root = rootOf(rootUri) ?? (await pickRoot(service, vscode.l10n.t('Reset the walkthrough of which folder?')));
      if (!root) return;
      // Tests pass the root; a person is asked first, since ticks and results cannot be brought back.
      if (!rootUri) {
        const reset = vscode.l10n.t('Reset');
        const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Forget your walkthrough progress in {0}? What Onramp can see (files, git) will show as done again.', root.name), { modal: true }, reset);
        if (answer !== reset) return;
      }
      await service.reset(root);
    },
    [WALKTHROUGH_COMMANDS.preview]: async () => {
      const root = await pickRoot(service, vscode.l10n.t('Preview the walkthrough of which folder?'));
      if (root) await preview.show(root);
    },
    [WALKTHROUGH_COMMANDS.createFile]: async (rootUri?: string) => {
      const root = rootOf(rootUri) ?? (await pickRoot(service, vscode.l10n.t('Create the maintainer file in which folder?')));
      if (root) await createMaintainerFile(root, service);
    },
  };

  async function markByUri(rootUri: string, change: { tick: string }): Promise<void> {
    const root = rootOf(rootUri);
    if (root) await service.record(root, change);
  }

  const owned = vscode.Disposable.from(service, page, view.disposable, preview);
  return { service, provider: view.provider, commands, dispose: () => owned.dispose() };
}

/** Writes a starting maintainer file from what the reader found, unless one exists; then opens it. */
async function createMaintainerFile(root: RepositoryRoot, service: WalkthroughService): Promise<void> {
  const snapshot = await service.snapshot(root);
  if ('error' in snapshot) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read {0}: {1}', root.name, snapshot.error));
    return;
  }
  const existing = snapshot.facts.files.config;
  if (existing) {
    const open = vscode.l10n.t('Open It');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} already has a maintainer file, {1}; Onramp does not overwrite it.', root.name, existing), open);
    if (answer === open) await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(root.uri, existing));
    return;
  }
  const uri = vscode.Uri.joinPath(root.uri, MAINTAINER_FILE);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(loadReader().maintainerFileFromFacts(snapshot.facts)));
  await vscode.commands.executeCommand('vscode.open', uri);
}

/** "Onramp: Preview Walkthrough": every step as a newcomer will see it, re-rendered whenever the files change. */
class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private root: RepositoryRoot | undefined;
  private readonly listener: vscode.Disposable;

  constructor(private readonly service: WalkthroughService) {
    this.listener = service.onDidChange((uri) => this.root?.uri.toString() === uri.toString() && void this.render());
  }

  async show(root: RepositoryRoot): Promise<void> {
    this.root = root;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('onramp.walkthroughPreview', vscode.l10n.t('Walkthrough Preview'), vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    await this.render();
  }

  private async render(): Promise<void> {
    if (!this.panel || !this.root) return;
    const snapshot = await this.service.snapshot(this.root);
    if ('error' in snapshot) return;
    const configFiles = new Set([snapshot.facts.files.config, ...(snapshot.facts.maintainer?.mergedFrom ?? [])]);
    this.panel.webview.html = previewHtml(snapshot.walkthrough.steps, snapshot.facts.problems.filter((p) => configFiles.has(p.file)), this.panel.webview.cspSource);
  }

  dispose(): void {
    this.listener.dispose();
    this.panel?.dispose();
  }
}
