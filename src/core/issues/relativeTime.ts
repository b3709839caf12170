const DAY = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "3 days ago", "2 weeks ago", "5 months ago", "2 years ago". */
export function ago(at: number, now: number): string {
  const days = Math.floor((now - at) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  if (days < 730) return `${Math.floor(days / 30)} months ago`;
  return `${Math.floor(days / 365)} years ago`;
}

export const daysToMs = (days: number): number => days * DAY;
