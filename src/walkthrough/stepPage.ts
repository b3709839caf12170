import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { ORIGIN_LABELS } from '../core/presentation/factGroups';
import { describeAction, describeCheck, StepAction, WalkthroughStep } from '../core/walkthrough/model';
import type { StepProgress } from '../core/walkthrough/progress';
import { loadReader } from '../repository/loadReader';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import { MANAGE_TRUST_COMMAND } from '../util/trust';
import type { StepActions } from './stepActions';
import type { WalkthroughService } from './walkthroughService';
import { STATE_LABELS } from './walkthroughView';

/** Messages the page may send; anything else is ignored, and every one is checked again here. */
type PageMessage =
  | { readonly type: 'action'; readonly index: number }
  | { readonly type: 'url'; readonly url: string }
  | { readonly type: 'file'; readonly path: string }
  | { readonly type: 'tick' | 'untick' | 'skip' | 'source' | 'trust' };

/**
 * One step's page: its text (rendered safely: HTML off, vetted links, no remote content), where it came from,
 * its state, and its actions as buttons. The page runs a few lines of Onramp's own script under a nonce and can
 * only post messages; the extension decides what each message may do. In Restricted Mode run buttons are
 * disabled, with a sentence and a Manage Workspace Trust button.
 */
export class StepPage extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private current: { root: RepositoryRoot; stepId: string } | undefined;

  constructor(
    private readonly service: WalkthroughService,
    private readonly actions: StepActions,
  ) {
    super();
    this.register(service.onDidChange((root) => this.current?.root.uri.toString() === root.toString() && void this.render()));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.render()));
    this.register({ dispose: () => this.panel?.dispose() });
  }

  async show(root: RepositoryRoot, stepId: string): Promise<void> {
    this.current = { root, stepId };
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('onramp.step', vscode.l10n.t('Walkthrough step'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m));
    } else {
      this.panel.reveal();
    }
    await this.service.record(root, { start: stepId });
    await this.render();
  }

  private async found(): Promise<{ step: WalkthroughStep; progress: StepProgress; root: RepositoryRoot } | undefined> {
    if (!this.current) return undefined;
    const snapshot = await this.service.snapshot(this.current.root);
    if ('error' in snapshot) return undefined;
    const index = snapshot.walkthrough.steps.findIndex((s) => s.id === this.current?.stepId);
    if (index < 0) return undefined;
    return { step: snapshot.walkthrough.steps[index], progress: snapshot.progress.steps[index], root: snapshot.root };
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    const found = await this.found();
    if (!panel) return;
    if (!found) {
      panel.webview.html = page(nonce(), panel.webview.cspSource, 'Step', `<p>${escape(vscode.l10n.t('This step is no longer in the walkthrough.'))}</p>`);
      return;
    }
    panel.title = found.step.title;
    panel.webview.html = stepHtml(found.step, found.progress, vscode.workspace.isTrusted, panel.webview.cspSource);
  }

  private async receive(raw: unknown): Promise<void> {
    const found = await this.found();
    if (!found || typeof raw !== 'object' || raw === null) return;
    const m = raw as PageMessage;
    const { root, step } = found;
    switch (m.type) {
      case 'action': {
        const action = Number.isInteger(m.index) ? step.actions[m.index] : undefined;
        if (action) await this.actions.perform(root, step, action);
        return;
      }
      case 'url': {
        // The page only shows vetted links, but a message is checked again: only the step's own http(s) links.
        const allowed = typeof m.url === 'string' && /^https?:\/\//i.test(m.url) && renderedLinks(step).urls.has(m.url);
        if (allowed) await vscode.env.openExternal(vscode.Uri.parse(m.url, true));
        return;
      }
      case 'file':
        if (typeof m.path === 'string' && renderedLinks(step).files.has(m.path)) await this.actions.openFile(root, m.path);
        return;
      case 'tick':
      case 'untick':
      case 'skip':
        await this.service.record(root, { [m.type]: step.id });
        return;
      case 'source':
        if (step.source) await this.actions.openFile(root, step.source.file);
        return;
      case 'trust':
        await vscode.commands.executeCommand(MANAGE_TRUST_COMMAND);
        return;
    }
  }
}

/** The links the rendered text offers, so a message can only open what the page showed. */
function renderedLinks(step: WalkthroughStep): { urls: Set<string>; files: Set<string> } {
  const html = loadReader().renderStepMarkdown(step.markdown, step.baseDir);
  const urls = new Set([...html.matchAll(/data-url="([^"]*)"/g)].map((m) => unescape(m[1])));
  const files = new Set([...html.matchAll(/data-file="([^"]*)"/g)].map((m) => unescape(m[1])));
  return { urls, files };
}

export function stepHtml(step: WalkthroughStep, progress: StepProgress, trusted: boolean, cspSource: string): string {
  const body = loadReader().renderStepMarkdown(step.markdown, step.baseDir);
  const source = step.source
    ? `<p class="source">${escape(vscode.l10n.t('From {0}, line {1} ({2})', step.source.file, step.source.line, ORIGIN_LABELS[step.source.origin]))} <a href="#" data-msg="source">${escape(vscode.l10n.t('Open'))}</a></p>`
    : `<p class="source">${escape(vscode.l10n.t('A general step: this project does not describe it.'))}</p>`;
  const runs = step.actions.some((a) => a.kind === 'run');
  const restricted =
    runs && !trusted
      ? `<p class="restricted">${escape(vscode.l10n.t('This folder is in Restricted Mode: Onramp shows the commands but runs nothing from the repository until you trust it.'))} <button data-msg="trust">${escape(vscode.l10n.t('Manage Workspace Trust'))}</button></p>`
      : '';
  const buttons = step.actions.map((a, k) => actionButton(a, k, trusted)).join('');
  const tick =
    progress.state === 'done'
      ? `<button class="secondary" data-msg="untick">${escape(vscode.l10n.t('Mark as not done'))}</button>`
      : `<button class="secondary" data-msg="tick">${escape(vscode.l10n.t('Mark done'))}</button> <button class="secondary" data-msg="skip">${escape(vscode.l10n.t('Skip'))}</button>`;
  const content = `
    <h1>${escape(step.title)}</h1>
    <p class="state state-${progress.state}"><strong>${escape(vscode.l10n.t(STATE_LABELS[progress.state]))}</strong>: ${escape(progress.reason)}</p>
    ${source}
    <div class="body">${body}</div>
    ${restricted}
    <div class="actions">${buttons}</div>
    <p class="done">${escape(vscode.l10n.t('Done when {0}.', describeCheck(step.done)))}</p>
    <div class="tick">${tick}</div>`;
  return page(nonce(), cspSource, step.title, content);
}

/** Every step of a walkthrough on one page, for a maintainer previewing the file: actions shown, never runnable. */
export function previewHtml(steps: readonly WalkthroughStep[], problems: readonly { file: string; line?: number; message: string; severity: string }[], cspSource: string): string {
  const issues = problems.length
    ? `<div class="restricted"><p><strong>${escape(vscode.l10n.t('{0} problem(s) in the maintainer file', problems.length))}</strong></p><ul>${problems
        .map((p) => `<li>${escape(`${p.severity}: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)}</li>`)
        .join('')}</ul></div>`
    : '';
  const sections = steps
    .map((step, k) => {
      const source = step.source ? `<p class="source">${escape(vscode.l10n.t('From {0}, line {1} ({2})', step.source.file, step.source.line, ORIGIN_LABELS[step.source.origin]))}</p>` : '';
      const actions = step.actions.map((a) => `<li><code>${escape(describeAction(a))}</code></li>`).join('');
      return `<section><h2>${k + 1}. ${escape(step.title)}</h2>${source}<div class="body">${loadReader().renderStepMarkdown(step.markdown, step.baseDir)}</div>${
        actions ? `<ul>${actions}</ul>` : ''
      }<p class="done">${escape(vscode.l10n.t('Done when {0}.', describeCheck(step.done)))}${step.platforms ? ` ${escape(vscode.l10n.t('Only on {0}.', step.platforms.join(', ')))}` : ''}</p></section>`;
    })
    .join('');
  return page(nonce(), cspSource, vscode.l10n.t('Walkthrough preview'), `<h1>${escape(vscode.l10n.t('Walkthrough preview'))}</h1>${issues}${sections}`);
}

function actionButton(action: StepAction, index: number, trusted: boolean): string {
  const label = action.label ?? describeAction(action);
  const disabled = action.kind === 'run' && !trusted;
  const title = action.kind === 'run' ? action.command : describeAction(action);
  return `<button data-action="${index}" title="${escape(title)}"${disabled ? ' disabled' : ''}>${escape(label)}</button>`;
}

function page(n: string, cspSource: string, title: string, content: string): string {
  // No remote content at all: no images, fonts or frames; only this page's own style and script, by nonce.
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${n}'; script-src 'nonce-${n}';`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${escape(title)}</title>
<style nonce="${n}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em 2em; line-height: 1.5; max-width: 52em; }
.source, .done { color: var(--vscode-descriptionForeground); }
.state-done strong { color: var(--vscode-testing-iconPassed); } .state-failed strong { color: var(--vscode-testing-iconFailed); }
.restricted { border-left: 3px solid var(--vscode-editorWarning-foreground); padding-left: .8em; }
.refused-link { text-decoration: line-through; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: .4em .9em; margin: 0 .4em .4em 0; cursor: pointer; }
button.secondary { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
button[disabled] { opacity: .5; cursor: not-allowed; }
code { font-family: var(--vscode-editor-font-family); }
</style></head><body>${content}
<script nonce="${n}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const el = e.target.closest('[data-action],[data-url],[data-file],[data-msg]');
  if (!el) return;
  e.preventDefault();
  if (el.dataset.action !== undefined) vscode.postMessage({ type: 'action', index: Number(el.dataset.action) });
  else if (el.dataset.url !== undefined) vscode.postMessage({ type: 'url', url: el.dataset.url });
  else if (el.dataset.file !== undefined) vscode.postMessage({ type: 'file', path: el.dataset.file });
  else vscode.postMessage({ type: el.dataset.msg });
});
</script></body></html>`;
}

const nonce = (): string => randomBytes(16).toString('base64');

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function unescape(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
