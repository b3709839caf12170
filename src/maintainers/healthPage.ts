import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Health, Median, Waiting } from '../core/health/figures';
import type { HealthReport } from '../core/health/collect';
import type { ItemRef } from '../core/health/types';
import type { ForgeModule } from '../issues/loadForge';

/** At most this many issues or pull requests are listed under one figure; the rest are counted. */
const LISTED = 50;

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "4.5 h" or "3 days", with how many it is the median of; the same rounding as the CLI's. */
export function durationText(m: Median): string {
  if (m.hours === undefined) return vscode.l10n.t('no data yet');
  const value = m.hours < 48 ? vscode.l10n.t('{0} h', Math.round(m.hours * 10) / 10) : vscode.l10n.t('{0} days', Math.round((m.hours / 24) * 10) / 10);
  return vscode.l10n.t('{0} (median of {1})', value, m.count);
}

/** A bar's end: the value alone ("4.5 h"), the count being in the bar's label. */
function shortDuration(m: Median): string {
  if (m.hours === undefined) return '–';
  return m.hours < 48 ? vscode.l10n.t('{0} h', Math.round(m.hours * 10) / 10) : vscode.l10n.t('{0} days', Math.round((m.hours / 24) * 10) / 10);
}

/** Short names for the chart's rows (ECharts measures text without a browser, so long labels would spill). */
function waitingShort(): Record<Waiting, string> {
  return {
    'changes-requested': vscode.l10n.t('Changes requested'),
    'failing-checks': vscode.l10n.t('Failing checks'),
    'review-requested': vscode.l10n.t('Review requested'),
    discussed: vscode.l10n.t('Discussed'),
    silence: vscode.l10n.t('Silence'),
  };
}

function waitingLabels(): Record<Waiting, string> {
  return {
    'changes-requested': vscode.l10n.t('Changes requested (on the author)'),
    'failing-checks': vscode.l10n.t('Failing checks'),
    'review-requested': vscode.l10n.t('Review requested, not given'),
    discussed: vscode.l10n.t('Discussed, nothing requested'),
    silence: vscode.l10n.t('Silence (no maintainer replied)'),
  };
}

/** Items as links the page's script sends back by URL; the extension opens only URLs it put on the page. */
function list(items: readonly ItemRef[]): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, LISTED).map((i) => `<li><a href="#" data-url="${escape(i.url)}">#${i.number}</a> ${escape(i.title)}</li>`);
  const more = items.length > LISTED ? `<li>${escape(vscode.l10n.t('… and {0} more', items.length - LISTED))}</li>` : '';
  return `<ul>${shown.join('')}${more}</ul>`;
}

/** A list folded under a summary, for the items behind a median. */
function details(summary: string, items: readonly ItemRef[]): string {
  return items.length === 0 ? '' : `<details><summary>${escape(summary)} (${items.length})</summary>${list(items)}</details>`;
}

/** Every URL the page links to: the figures' issues and pull requests. */
export function linkedUrls(h: Health): Set<string> {
  const refs: ItemRef[] = [
    ...h.supply.available,
    ...h.supply.waiting,
    ...h.supply.taken,
    ...h.response.firstTimers.answered,
    ...h.response.others.answered,
    ...h.response.firstTimers.unanswered,
    ...h.response.others.unanswered,
    ...h.outcome.merged,
    ...h.outcome.closedUnmerged,
    ...h.outcome.open,
    ...Object.values(h.outcome.waiting).flat(),
    ...h.retention.returned.flatMap((r) => [r.first, r.next]),
  ];
  return new Set(refs.map((r) => r.url));
}

export function healthBody(report: HealthReport, forge: Pick<ForgeModule, 'barChartSvg' | 'THEMED'>, restricted: boolean): string {
  const h = report.health;
  const chart = (title: string, bars: { label: string; value: number; text: string }[]) =>
    `<figure class="chart"><figcaption>${escape(title)}</figcaption>${forge.barChartSvg(title, bars, forge.THEMED)}</figure>`;
  const r = h.response;
  const o = h.outcome;
  const labels = waitingLabels();
  const short = waitingShort();
  const keys = Object.keys(labels) as Waiting[];
  const count = (items: readonly ItemRef[]) => ({ value: items.length, text: String(items.length) });
  const figure = (id: string, text: string) => `<p class="figure" id="${id}">${escape(text)}</p>`;
  const sections = [
    `<section><h2>${escape(vscode.l10n.t('Supply'))}</h2>${figure('supply', vscode.l10n.t('{0} open, unassigned beginner issues now.', h.supply.available.length))}${list(h.supply.available)}${figure(
      'taken',
      vscode.l10n.t('From the beginner label to taken (assigned or closed): {0}.', durationText(h.supply.labelledToTaken)),
    )}${details(vscode.l10n.t('The issues this median is over'), h.supply.taken)}</section>`,
    `<section><h2>${escape(vscode.l10n.t('Response'))}</h2>${chart(vscode.l10n.t('Hours to the first reply by a maintainer (median)'), [
      { label: vscode.l10n.t('First-timers ({0})', r.firstTimers.firstResponse.count), value: r.firstTimers.firstResponse.hours ?? 0, text: shortDuration(r.firstTimers.firstResponse) },
      { label: vscode.l10n.t('Everyone else ({0})', r.others.firstResponse.count), value: r.others.firstResponse.hours ?? 0, text: shortDuration(r.others.firstResponse) },
    ])}${figure('response', vscode.l10n.t('First-timers: {0}. Everyone else: {1}.', durationText(r.firstTimers.firstResponse), durationText(r.others.firstResponse)))}${details(
      vscode.l10n.t("First-timers' answered issues and pull requests"),
      r.firstTimers.answered,
    )}${details(vscode.l10n.t("Everyone else's answered issues and pull requests"), r.others.answered)}${figure('unanswered', vscode.l10n.t("{0} of first-timers' issues and pull requests have no maintainer reply yet.", r.firstTimers.unanswered.length))}${list(r.firstTimers.unanswered)}</section>`,
    `<section><h2>${escape(vscode.l10n.t("Outcome of first-timers' pull requests"))}</h2>${chart(vscode.l10n.t('Pull requests'), [
      { label: vscode.l10n.t('Merged'), ...count(o.merged) },
      { label: vscode.l10n.t('Closed unmerged'), ...count(o.closedUnmerged) },
      { label: vscode.l10n.t('Still open'), ...count(o.open) },
    ])}${figure('merged', vscode.l10n.t('Merged {0}, closed unmerged {1}, still open {2}; time to merge: {3}.', o.merged.length, o.closedUnmerged.length, o.open.length, durationText(o.timeToMerge)))}${details(vscode.l10n.t('Merged'), o.merged)}${details(vscode.l10n.t('Closed unmerged'), o.closedUnmerged)}${chart(
      vscode.l10n.t('Where the open ones wait'),
      keys.map((k) => ({ label: short[k], ...count(o.waiting[k]) })),
    )}${keys
      .filter((k) => o.waiting[k].length > 0)
      .map((k) => `<h3>${escape(labels[k])}: ${o.waiting[k].length}</h3>${list(o.waiting[k])}`)
      .join('')}</section>`,
    `<section><h2>${escape(vscode.l10n.t('Retention'))}</h2>${figure('retention', vscode.l10n.t('{0} of {1} first-time contributors opened another pull request.', h.retention.returned.length, h.retention.firstTimers))}<ul>${h.retention.returned
      .slice(0, LISTED)
      .map((x) => `<li>${escape(x.author)}: <a href="#" data-url="${escape(x.first.url)}">#${x.first.number}</a> → <a href="#" data-url="${escape(x.next.url)}">#${x.next.number}</a></li>`)
      .join('')}</ul></section>`,
  ];
  const notes = [
    report.sampled.length > 0 ? vscode.l10n.t('Sampled: {0}.', report.sampled.join('; ')) : vscode.l10n.t('Nothing was sampled: every listing was read whole.'),
    ...(restricted ? [vscode.l10n.t("Restricted Mode: the workspace's onramp.forge.apiUrl is ignored; only your user setting counts. Everything else is the same: the figures only read the forge, nothing from the repository runs.")] : []),
  ];
  const heading = vscode.l10n.t('Newcomer health of {0}: the last {1} days', report.repository, report.days);
  return `<h1>${escape(heading)}</h1><p class="note">${escape(vscode.l10n.t('Issues and pull requests active since {0}, from {1}.', new Date(Date.parse(report.now) - report.days * 86_400_000).toISOString().slice(0, 10), report.host))}</p>${sections.join('')}${notes.map((n) => `<p class="note">${escape(n)}</p>`).join('')}`;
}

export function messageBody(title: string, sentence: string, busy: boolean): string {
  return `<h1>${escape(title)}</h1><p class="${busy ? 'busy' : 'problem'}" role="${busy ? 'status' : 'alert'}">${escape(sentence)}</p>`;
}

/** The page around a body: no remote content, only this page's own style and script, by nonce; no `command:` links. */
export function healthPage(title: string, body: string, cspSource: string): string {
  const n = randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${n}'; script-src 'nonce-${n}';`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${escape(title)}</title>
<style nonce="${n}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em 2em; line-height: 1.5; max-width: 52em; }
.note { color: var(--vscode-descriptionForeground); }
.figure { font-weight: 600; }
.problem { border-left: 3px solid var(--vscode-editorWarning-foreground); padding-left: .8em; }
.busy::before { content: ''; display: inline-block; width: .8em; height: .8em; margin-right: .5em; border: 2px solid var(--vscode-progressBar-background); border-right-color: transparent; border-radius: 50%; animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
figure.chart { margin: 1em 0; } figure.chart figcaption { font-weight: 600; margin-bottom: .3em; }
figure.chart svg { max-width: 100%; height: auto; }
a { color: var(--vscode-textLink-foreground); }
</style></head><body>${body}
<script nonce="${n}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const el = e.target.closest('[data-url]');
  if (!el) return;
  e.preventDefault();
  vscode.postMessage({ type: 'url', url: el.dataset.url });
});
</script></body></html>`;
}
