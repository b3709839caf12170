import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { CommandHandlers } from '../util/lazy';
import { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { ForgeAccess } from './forgeAccess';
import { IssuePreview } from './issuePreview';
import { pickIssue, visiblePicker } from './issuePicker';
import { IssueEntry, IssueService } from './issueService';
import { IssueNode, registerIssuesView } from './issuesView';
import { ISSUE_COMMANDS } from './registerIssues';
import { StartOptions, StartResult, startWorkingOn } from './startWorkingCommand';

/** The issue feature's body (its own bundle, dist/issuesFeature.js), loaded on first use. */
export interface IssuesFeature extends vscode.Disposable {
  readonly service: IssueService;
  readonly preview: IssuePreview;
  readonly provider: vscode.TreeDataProvider<IssueNode>;
  readonly commands: CommandHandlers;
}

/** The issue picker capability: the forge access, the list service, the Issues view's data, the preview and the command handlers. */
export function createIssuesFeature(services: Services, logger: Logger, context: { readonly globalStorageUri: vscode.Uri; readonly secrets: vscode.SecretStorage }): IssuesFeature {
  const access = new ForgeAccess(context.globalStorageUri, context.secrets, logger);
  const service = new IssueService(services.repositories, access, logger);
  const view = registerIssuesView(service);
  const rootOf = (uri: unknown): RepositoryRoot | undefined => (typeof uri === 'string' ? service.rootFor(vscode.Uri.parse(uri)) : uri instanceof vscode.Uri ? service.rootFor(uri) : undefined);
  const chooseRoot = (uri: unknown, question: string) => Promise.resolve(rootOf(uri) ?? pickRoot(services.repositories, question));
  const start = async (root: RepositoryRoot, ref: IssueEntry | number | string | undefined, options?: StartOptions): Promise<StartResult> => startWorkingOn(services, service, logger, root, ref, options);
  const preview = new IssuePreview((issue) => {
    const root = service.roots().find((r) => service.current(r)?.issues.some((i) => i.url === issue.url));
    if (root) void start(root, issue);
  });
  service.uiView = () => ({ picker: visiblePicker(), preview: preview.view() });
  /** An Issues view node, or (from a command link or another extension) a folder's URI and an issue number it lists. */
  const issueOf = (node: unknown, number?: unknown): { root: RepositoryRoot; issue: IssueEntry } | undefined => {
    if (typeof node === 'string' && typeof number === 'number') {
      const root = rootOf(node);
      const issue = root && service.current(root)?.issues.find((i) => i.number === number);
      return root && issue ? { root, issue } : undefined;
    }
    const n = node as IssueNode | undefined;
    return n && n.kind === 'issue' ? { root: n.root, issue: n.issue } : undefined;
  };
  const openInBrowser = async (issue: IssueEntry) => {
    await vscode.env.openExternal(vscode.Uri.parse(issue.url, true));
  };
  const copyLink = async (issue: IssueEntry) => {
    await vscode.env.clipboard.writeText(issue.url);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', issue.url), 3000);
  };
  const signIn = async (root: RepositoryRoot) => {
    const snapshot = service.current(root) ?? (await service.load(root));
    if (snapshot.signInKind === 'gitlabToken') await setGitLabToken(root);
    else await service.load(root, { interactive: true });
  };

  async function setGitLabToken(root: RepositoryRoot | undefined, token?: string): Promise<void> {
    const facts = root && (await service.facts(root));
    const project = facts && typeof facts !== 'string' ? access.project(facts) : null;
    const origin = originOf(access.apiUrlOverride().url ?? (project?.hostKind === 'gitlab' ? project.apiBaseUrl : null) ?? 'https://gitlab.com');
    const value =
      token ??
      (await vscode.window.showInputBox({
        prompt: vscode.l10n.t('A GitLab personal access token (scope read_api; api to comment) for {0}. Onramp keeps it in the editor\'s secret storage and sends it only there. Leave empty to remove it.', origin),
        password: true,
        ignoreFocusOut: true,
      }));
    if (value === undefined) return;
    await access.setGitLabToken(origin, value);
    if (root) await service.load(root, { refresh: true });
  }

  const commands: CommandHandlers = {
    [ISSUE_COMMANDS.find]: async (uri?: unknown, initial?: { label?: unknown }) => {
      const root = await chooseRoot(uri, vscode.l10n.t('Find issues of which folder?'));
      const label = typeof initial?.label === 'string' ? initial.label : undefined;
      if (root) await pickIssue(service, root, preview, { openInBrowser, copyLink, signIn, startWorking: async (r, issue) => void (await start(r, issue)) }, { label });
    },
    [ISSUE_COMMANDS.start]: async (ref?: number | string, options?: StartOptions, uri?: unknown): Promise<StartResult | undefined> => {
      const root = await chooseRoot(uri, vscode.l10n.t('Start working in which folder?'));
      return root ? start(root, ref, options) : undefined;
    },
    [ISSUE_COMMANDS.startThis]: async (node?: unknown) => {
      const found = issueOf(node);
      if (found) await start(found.root, found.issue);
    },
    [ISSUE_COMMANDS.refresh]: async (uri?: unknown) => {
      const root = rootOf(uri);
      await Promise.all((root ? [root] : service.roots()).map((r) => service.load(r, { refresh: true })));
    },
    [ISSUE_COMMANDS.signIn]: async (uri?: unknown) => {
      const root = await chooseRoot(uri, vscode.l10n.t('Sign in for which folder?'));
      if (root) await signIn(root);
    },
    [ISSUE_COMMANDS.setGitLabToken]: async (uri?: unknown, token?: string) => {
      const root = rootOf(uri) ?? (await pickRoot(services.repositories, vscode.l10n.t('Set the GitLab token for which folder?')));
      await setGitLabToken(root, typeof token === 'string' ? token : undefined);
    },
    [ISSUE_COMMANDS.open]: async (node?: unknown) => {
      const found = issueOf(node);
      if (found) await openInBrowser(found.issue);
    },
    [ISSUE_COMMANDS.copy]: async (node?: unknown) => {
      const found = issueOf(node);
      if (found) await copyLink(found.issue);
    },
    [ISSUE_COMMANDS.preview]: (node?: unknown, number?: unknown) => {
      const found = issueOf(node, number);
      if (found) preview.show(found.issue);
    },
  };
  const owned = vscode.Disposable.from(service, view.disposable, preview);
  return { service, preview, provider: view.tree, commands, dispose: () => owned.dispose() };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'https://gitlab.com';
  }
}
