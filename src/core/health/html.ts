/**
 * Newcomer health as one self-contained HTML page: static SVG bar charts drawn by ECharts when the page is made
 * (src/core/health/charts.ts; no script in the page, nothing loaded), a strict Content-Security-Policy, every
 * text from the forge escaped and only http(s) links kept.
 */
import { barChartSvg } from './charts';
import type { Health, Waiting } from './figures';
import { duration } from './format';
import type { ItemRef } from './types';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const href = (url: string) => (/^https?:\/\//i.test(url) ? esc(url) : '#');
const barChart = (title: string, bars: Parameters<typeof barChartSvg>[1]) => `<figure><figcaption>${esc(title)}</figcaption>${barChartSvg(title, bars)}</figure>`;

/** A bar's end: the value alone, the count being in the bar's label. */
const short = (h: number | undefined) => (h === undefined ? '–' : h < 48 ? `${Math.round(h * 10) / 10} h` : `${Math.round((h / 24) * 10) / 10} days`);

function details(summary: string, items: readonly ItemRef[]): string {
  return items.length === 0 ? '' : `<details><summary>${esc(summary)} (${items.length})</summary>${list(items)}</details>`;
}

function list(items: readonly ItemRef[]): string {
  if (items.length === 0) return '';
  return `<ul>${items.map((i) => `<li><a href="${href(i.url)}">#${i.number}</a> ${esc(i.title)}</li>`).join('')}</ul>`;
}

const WAITING: Record<Waiting, string> = {
  'changes-requested': 'Changes requested',
  'failing-checks': 'Failing checks',
  'review-requested': 'Review requested',
  discussed: 'Discussed',
  silence: 'Silence',
};

export function healthHtml(h: Health, heading: string, sampled: readonly string[]): string {
  const r = h.response;
  const hours = (x: number | undefined) => x ?? 0;
  const sections = [
    `<h2>Supply</h2><p>${h.supply.available.length} open, unassigned beginner issues now. From the beginner label to taken: ${esc(duration(h.supply.labelledToTaken))}.</p>${list(h.supply.available)}${details('The issues this median is over', h.supply.taken)}`,
    `<h2>Response</h2>${barChart('Median hours to a maintainer\'s first reply', [
      { label: `First-timers (${r.firstTimers.firstResponse.count})`, value: hours(r.firstTimers.firstResponse.hours), text: short(r.firstTimers.firstResponse.hours) },
      { label: `Everyone else (${r.others.firstResponse.count})`, value: hours(r.others.firstResponse.hours), text: short(r.others.firstResponse.hours) },
    ])}<p>First-timers: ${esc(duration(r.firstTimers.firstResponse))}. Everyone else: ${esc(duration(r.others.firstResponse))}.</p>${details("First-timers' answered issues and pull requests", r.firstTimers.answered)}${details("Everyone else's answered issues and pull requests", r.others.answered)}<p>First-timers' issues and pull requests without a reply:</p>${list(r.firstTimers.unanswered) || '<p>none</p>'}`,
    `<h2>Outcome of first-timers' pull requests</h2>${barChart('Pull requests', [
      { label: 'Merged', value: h.outcome.merged.length, text: String(h.outcome.merged.length) },
      { label: 'Closed unmerged', value: h.outcome.closedUnmerged.length, text: String(h.outcome.closedUnmerged.length) },
      { label: 'Open', value: h.outcome.open.length, text: String(h.outcome.open.length) },
    ])}<p>Time to merge: ${esc(duration(h.outcome.timeToMerge))}.</p>${details('Merged', h.outcome.merged)}${details('Closed unmerged', h.outcome.closedUnmerged)}${barChart(
      'Open pull requests, by what they wait on',
      (Object.keys(WAITING) as Waiting[]).map((k) => ({ label: WAITING[k], value: h.outcome.waiting[k].length, text: String(h.outcome.waiting[k].length) })),
    )}${(Object.keys(WAITING) as Waiting[]).filter((k) => h.outcome.waiting[k].length > 0).map((k) => `<h3>${esc(WAITING[k])}</h3>${list(h.outcome.waiting[k])}`).join('')}`,
    `<h2>Retention</h2><p>${h.retention.returned.length} of ${h.retention.firstTimers} first-time contributors opened another pull request.</p><ul>${h.retention.returned.map((x) => `<li>${esc(x.author)}: <a href="${href(x.first.url)}">#${x.first.number}</a> then <a href="${href(x.next.url)}">#${x.next.number}</a></li>`).join('')}</ul>`,
    sampled.length > 0 ? `<p class="note">Sampled: ${esc(sampled.join('; '))}.</p>` : '',
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(heading)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}svg text{font:12px system-ui,sans-serif;fill:#222}svg rect{fill:#3b6fd4}figure{margin:1rem 0}figcaption{font-weight:600}.note{color:#666}</style>
</head><body><h1>${esc(heading)}</h1>${sections.join('\n')}</body></html>
`;
}
