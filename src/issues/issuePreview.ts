import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import type { IssueEntry } from './issueService';
import { issueLines } from './issueText';
import { loadForge } from './loadForge';

type PreviewMessage = { readonly type: 'url'; readonly url: string } | { readonly type: 'images' | 'browser' | 'start' };

/**
 * An issue's text in a webview, for choosing one. The body is written by anyone, so: markdown-it with HTML off,
 * links only to http(s) and opened by the extension, no scripts but Onramp's own few lines under a nonce, and no
 * remote content (images load only after the user clicks "Load images", then from https only).
 */
export class IssuePreview extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private issue: IssueEntry | undefined;
  private images = false;
  private urls: ReadonlySet<string> = new Set();
  /** The last HTML given to the webview, for tests through the API. */
  lastHtml = '';

  constructor(private readonly onStart: (issue: IssueEntry) => void) {
    super();
    this.register({ dispose: () => this.panel?.dispose() });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** What the open preview shows, for the API; null when closed. */
  view(): { readonly number: number; readonly html: string; readonly imagesLoaded: boolean } | null {
    return this.panel && this.issue ? { number: this.issue.number, html: this.lastHtml, imagesLoaded: this.images } : null;
  }

  show(issue: IssueEntry, options: { readonly preserveFocus?: boolean } = {}): void {
    if (this.issue?.number !== issue.number || this.issue.url !== issue.url) this.images = false;
    this.issue = issue;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('onramp.issuePreview', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: options.preserveFocus ?? false }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m));
    }
    this.render();
  }

  private render(): void {
    if (!this.panel || !this.issue) return;
    const rendered = loadForge().renderIssueMarkdown(this.issue.body, { images: this.images });
    this.urls = rendered.urls;
    this.panel.title = vscode.l10n.t('Issue #{0}', this.issue.number);
    this.lastHtml = previewHtml(this.issue, rendered.html, rendered.remoteImages, this.images);
    this.panel.webview.html = this.lastHtml;
  }

  private async receive(raw: unknown): Promise<void> {
    const issue = this.issue;
    if (!issue || typeof raw !== 'object' || raw === null) return;
    const m = raw as PreviewMessage;
    if (m.type === 'url' && typeof m.url === 'string' && this.urls.has(m.url)) await vscode.env.openExternal(vscode.Uri.parse(m.url, true));
    else if (m.type === 'images') {
      this.images = true;
      this.render();
    } else if (m.type === 'browser') await vscode.env.openExternal(vscode.Uri.parse(issue.url, true));
    else if (m.type === 'start') this.onStart(issue);
  }
}

export function previewHtml(issue: IssueEntry, body: string, remoteImages: number, imagesLoaded: boolean): string {
  const n = randomBytes(16).toString('base64');
  // Remote images only after consent, and only over https; nothing else remote, ever.
  const csp = `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';${imagesLoaded ? ' img-src https:;' : ''}`;
  const lines = issueLines(issue);
  const images =
    remoteImages > 0 && !imagesLoaded
      ? `<p class="note">${escape(vscode.l10n.t('{0} remote image(s) not loaded: loading them tells their server you read this issue.', remoteImages))} <button class="secondary" data-msg="images">${escape(vscode.l10n.t('Load images'))}</button></p>`
      : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${escape(lines.label)}</title>
<style nonce="${n}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em 2em; line-height: 1.5; max-width: 52em; }
.meta, .note { color: var(--vscode-descriptionForeground); }
.blocked { border-left: 3px solid var(--vscode-editorWarning-foreground); padding-left: .8em; }
.label { display: inline-block; border: 1px solid var(--vscode-badge-background); border-radius: 1em; padding: 0 .6em; margin-right: .3em; font-size: 90%; }
.refused-link { text-decoration: line-through; } .image-placeholder { font-style: italic; color: var(--vscode-descriptionForeground); }
img { max-width: 100%; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: .4em .9em; margin: 0 .4em .4em 0; cursor: pointer; }
button.secondary { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
code, pre { font-family: var(--vscode-editor-font-family); }
</style></head><body>
<h1>${escape(`#${issue.number} ${issue.title}`)}</h1>
<p>${issue.labels.map((l) => `<span class="label">${escape(l)}</span>`).join('')}</p>
<p class="${issue.ready ? 'meta' : 'meta blocked'}">${escape((issue.ready ? issue.reasons : issue.blockers).join(' · '))}</p>
<p><button data-msg="start">${escape(vscode.l10n.t('Start Working'))}</button><button class="secondary" data-msg="browser">${escape(vscode.l10n.t('Open in Browser'))}</button></p>
${images}
<div class="body">${body || `<p class="note">${escape(vscode.l10n.t('This issue has no description.'))}</p>`}</div>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const el = e.target.closest('[data-url],[data-msg]');
  if (!el) return;
  e.preventDefault();
  if (el.dataset.url !== undefined) vscode.postMessage({ type: 'url', url: el.dataset.url });
  else vscode.postMessage({ type: el.dataset.msg });
});
</script></body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
