import * as vscode from 'vscode';
import type { Services } from '../extension';
import type { HealthReport } from '../core/health/collect';
import type { Health } from '../core/health/figures';
import type { IssueService } from '../issues/issueService';
import { loadForge } from '../issues/loadForge';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import type { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { healthBody, healthPage, linkedUrls, messageBody } from './healthPage';


/** The periods offered; the command also takes any whole number of days as an argument. */
const PERIODS = [30, 90, 365] as const;

/** What the command returns (to tests and other callers): what the webview was given. */
export interface HealthShown {
  readonly days: number;
  readonly repository: string | null;
  /** The figures shown, or null when a problem was shown instead. */
  readonly health: Health | null;
  readonly sampled: readonly string[];
  /** The sentence shown instead of figures (offline, rate limit, no remote, not GitHub or GitLab). */
  readonly problem: string | null;
  readonly html: string;
}

/**
 * "Onramp: Show Newcomer Health": the figures of `onramp health` in a webview with ECharts' charts. The forge
 * bundle (Octokit, ECharts) is required on first use; the forge client, its token and its ETag cache are the
 * issue picker's (IssueService's ForgeAccess), so a token goes only to its own host here too.
 */
export class HealthView extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The links of the figures on the page, and the web host they must be on. */
  private urls: ReadonlySet<string> = new Set();
  private host: string | null = null;

  constructor(
    private readonly issues: IssueService,
    private readonly logger: Logger,
  ) {
    super();
    this.register({ dispose: () => this.panel?.dispose() });
  }

  async show(root: RepositoryRoot, days: number): Promise<HealthShown> {
    const title = vscode.l10n.t('Newcomer health');
    const panel = this.ensurePanel(title);
    this.urls = new Set();
    this.setHtml(panel, title, messageBody(title, vscode.l10n.t('Reading the issues and pull requests of the last {0} days from the forge…', days), true));
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Onramp: reading newcomer health ({0} days)', days) }, async () => {
      const outcome = await this.compute(root, days);
      const shown = { days, repository: outcome.report?.repository ?? null, health: outcome.report?.health ?? null, sampled: outcome.report?.sampled ?? [], problem: outcome.problem };
      if (this.panel !== panel) return { ...shown, html: '' }; // closed while loading
      const body = outcome.report ? healthBody(outcome.report, loadForge(), !vscode.workspace.isTrusted) : messageBody(title, outcome.problem ?? '', false);
      this.urls = outcome.report ? linkedUrls(outcome.report.health) : new Set();
      this.host = outcome.webHost;
      return { ...shown, html: this.setHtml(panel, title, body) };
    });
  }

  private async compute(root: RepositoryRoot, days: number): Promise<{ report?: HealthReport; problem: string | null; webHost: string | null }> {
    const facts = await this.issues.facts(root);
    if (typeof facts === 'string') return { problem: facts, webHost: null };
    const access = await this.issues.access.client(facts, { mode: 'network' });
    if ('problem' in access) return { problem: access.problem, webHost: null };
    const webHost = hostOf(access.target.project.webUrl);
    const forge = loadForge();
    try {
      const report = await forge.collectHealth(access.client, { days });
      this.logger.info(`health of ${report.repository}: ${access.client.session.requests} requests, ${access.client.session.notModified} not modified`);
      return { report, problem: null, webHost };
    } catch (error) {
      const found = forge.findForgeError(error);
      if (!found) this.logger.error('health failed', error);
      return { problem: found ? forge.describeProblem(found.problem) : vscode.l10n.t('Reading the newcomer health failed; see the Onramp output for details.'), webHost };
    }
  }

  private ensurePanel(title: string): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel('onramp.newcomerHealth', title, vscode.ViewColumn.Active, { enableScripts: true, enableCommandUris: false, localResourceRoots: [] });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m));
    this.panel = panel;
    return panel;
  }

  private setHtml(panel: vscode.WebviewPanel, title: string, body: string): string {
    const html = healthPage(title, body, panel.webview.cspSource);
    panel.webview.html = html;
    return html;
  }

  /** Opens a figure's link: only one the page was given, over http(s), on the project's own web host. */
  private async receive(raw: unknown): Promise<void> {
    const m = raw as { type?: unknown; url?: unknown } | null;
    if (!m || m.type !== 'url' || typeof m.url !== 'string' || !this.urls.has(m.url)) return;
    if (!/^https?:$/.test(safeUrl(m.url)?.protocol ?? '') || hostOf(m.url) !== this.host) {
      this.logger.warn('a health link off the project\'s host was not opened');
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(m.url, true));
  }
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string | null {
  return safeUrl(url)?.host.toLowerCase() ?? null;
}

/**
 * The command's handler: a folder (asked when there are several) and a period (asked: 30, 90 or 365 days). The
 * page (and with it the issue picker's service) is made on the first run.
 */
export function healthCommand(services: Services, issues: () => IssueService, logger: Logger): vscode.Disposable & { show: (rootUri?: string, days?: number) => Promise<HealthShown | undefined> } {
  let view: HealthView | undefined;
  const show = async (rootUri?: string, days?: number): Promise<HealthShown | undefined> => {
    const root = rootUri ? services.repositories.rootFor(vscode.Uri.parse(rootUri)) : await pickRoot(services.repositories, vscode.l10n.t('Show the newcomer health of which folder?'));
    if (!root) return undefined;
    const period = Number.isInteger(days) && (days ?? 0) > 0 ? days : await pickPeriod();
    view ??= new HealthView(issues(), logger);
    return period ? view.show(root, period) : undefined;
  };
  return { show, dispose: () => view?.dispose() };
}

async function pickPeriod(): Promise<number | undefined> {
  const items = PERIODS.map((d) => ({ label: vscode.l10n.t('Last {0} days', d), days: d }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Newcomer health over which period?') });
  return picked?.days;
}
