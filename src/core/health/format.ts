/** Newcomer health as readable lines, each figure followed by the issues and pull requests behind it. */
import type { Health, Median, Waiting } from './figures';
import type { ItemRef } from './types';

const WAITING: Record<Waiting, string> = {
  'changes-requested': 'changes requested (on the author)',
  'failing-checks': 'failing checks',
  'review-requested': 'review requested, not given',
  discussed: 'discussed, no request pending',
  silence: 'silence (no maintainer has replied)',
};

export function duration(median: Median): string {
  if (median.hours === undefined) return 'no data';
  const h = median.hours;
  const text = h < 48 ? `${Math.round(h * 10) / 10} h` : `${Math.round((h / 24) * 10) / 10} days`;
  return `${text} (median over ${median.count})`;
}

function refs(items: readonly ItemRef[], safe: (s: string) => string, max = 10): string[] {
  const shown = items.slice(0, max).map((i) => `      #${i.number} ${safe(i.title)}  ${safe(i.url)}`);
  return items.length > max ? [...shown, `      … and ${items.length - max} more`] : shown;
}

export function formatHealth(h: Health, heading: string, sampled: readonly string[], safe: (s: string) => string): string {
  const out = [safe(heading), ''];
  out.push('Supply');
  out.push(`  Open, unassigned beginner issues now: ${h.supply.available.length}`, ...refs(h.supply.available, safe));
  out.push(`  From the beginner label to taken (assigned or closed): ${duration(h.supply.labelledToTaken)}`);
  out.push('', 'Response (first reply by a maintainer)');
  out.push(`  First-timers: ${duration(h.response.firstTimers.firstResponse)}; ${h.response.firstTimers.unanswered.length} without a reply`, ...refs(h.response.firstTimers.unanswered, safe));
  out.push(`  Everyone else: ${duration(h.response.others.firstResponse)}; ${h.response.others.unanswered.length} without a reply`);
  out.push('', "Outcome (first-timers' pull requests)");
  out.push(`  Merged ${h.outcome.merged.length}, closed unmerged ${h.outcome.closedUnmerged.length}, open ${h.outcome.open.length}; time to merge: ${duration(h.outcome.timeToMerge)}`);
  for (const [key, items] of Object.entries(h.outcome.waiting) as [Waiting, readonly ItemRef[]][]) {
    if (items.length > 0) out.push(`  Open, waiting on ${WAITING[key]}: ${items.length}`, ...refs(items, safe));
  }
  out.push('', 'Retention');
  out.push(`  ${h.retention.returned.length} of ${h.retention.firstTimers} first-time contributors opened another pull request`);
  for (const r of h.retention.returned.slice(0, 10)) out.push(`      ${safe(r.author)}: #${r.first.number} then #${r.next.number}  ${safe(r.next.url)}`);
  if (sampled.length > 0) out.push('', `Sampled: ${sampled.map(safe).join('; ')}.`);
  return `${out.join('\n')}\n`;
}
