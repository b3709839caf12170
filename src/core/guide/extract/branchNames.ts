/**
 * What makes a word a branch name, what never is one (an issue's id), and words that turn pull requests to a named
 * branch away: shared by baseBranch.ts and baseBranchConcepts.ts.
 */

// A name with a number is a branch when the number is a version (`2.13.x`, `v3`, `release-1.2`, `5.4`, `4.x`); a
// project named with a digit ("your first PR to urllib3", "libfoo2") is not.
export const LIKELY_BRANCH = /^(main|master|develop|development|devel|dev|trunk|next|canary|default|stable|release|unstable|staging|integration|v?\d{1,4}(?:\.(?:\d{1,4}|x|X)){0,3}(?:[-.][\w.-]{1,30})?|[A-Za-z][\w.]{0,30}[-_/]v?\d{1,4}(?:\.(?:\d{1,4}|x|X)){0,3}(?:[-.][\w.-]{1,30})?)$/i;
/** What follows a named branch when pull requests to it are turned away: "... will be closed", "... are not accepted". */
export const REFUSED_AFTER = /^[^.;]{0,30}?\b(?:will|would|are|is|get|gets)\s+(?:be\s+)?(?:closed|rejected|declined|ignored|not\s+(?:be\s+)?(?:accepted|merged|reviewed|considered))\b/i;

/** An issue tracker's or a standard's id in capitals (`KAFKA-1234`, `CVE-2024-3094`, `EIP-1559`): no branch name. */
export const TRACKER_ID = /^[A-Z][A-Z0-9]{1,15}-\d+(?:-\d+)*$/;

/** Where `name` last stands as a word of its own in `text` (not inside "development" for "develop"); its last index otherwise. */
export function lastWordAt(text: string, name: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'gi'))) at = m.index;
  return at >= 0 ? at : text.lastIndexOf(name);
}

/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
