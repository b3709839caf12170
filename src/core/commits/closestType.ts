/**
 * Which allowed commit type a mistyped one most likely meant, for the "change the type" quick fix. Pure.
 */
import { headerParts } from './messageParts';

/** The message's first line that is not a comment. */
export function headerOf(text: string): string {
  return text.split(/\r?\n/).find((l) => !l.startsWith('#')) ?? '';
}

/** The allowed type the written one most likely meant (`Fix`, `fixes`, `feature`, `docs` for `doc`), or null. */
export function closestType(text: string, allowed: readonly string[]): string | null {
  const header = headerOf(text);
  const parts = headerParts(header);
  if (!parts.type || parts.type.end === parts.type.start) return null;
  const written = header.slice(parts.type.start, parts.type.end).toLowerCase();
  if (allowed.includes(written)) return null;
  let best: { type: string; distance: number } | null = null;
  for (const type of allowed) {
    const distance = type.startsWith(written) || written.startsWith(type) ? Math.abs(type.length - written.length) / 10 : editDistance(written, type);
    if (distance <= 2 && (!best || distance < best.distance)) best = { type, distance };
  }
  return best?.type ?? null;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length];
}
