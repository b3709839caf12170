/**
 * Which issues a pull request is about, read from what its author wrote: GitHub's and GitLab's closing
 * keywords ("Fixes #12", "closes owner/repo#12", "Resolves https://host/owner/repo/issues/12"), a bare "#12" in
 * the title, and a branch named after the issue ("12-fix-typo", "fix/12-typo", "issue-12"). Used on the one
 * listing of open pull requests, so the picker does not need one timeline request per issue.
 */

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|implement(?:s|ed)?|part of|relates? to|addresse[sd]|for)\s*:?\s+((?:[\w.-]+\/[\w.-]+)?#\d+|https?:\/\/\S+\/(?:issues|-\/issues)\/\d+)/gi;
const TITLE_REF = /(?:^|[\s([])#(\d+)\b/g;
const BRANCH_REF = /^(?:[a-z]+\/)?(?:(?:issue|gh|fix|bug)[-_]?)?(\d+)(?:[-_/]|$)/i;

/** Issue numbers of repository `path` (owner/name, any case) named in a pull request. */
export function linkedIssueNumbers(pr: { title: string; body: string | null; branch: string | null }, path: string): number[] {
  const found = new Set<number>();
  const ownPath = path.toLowerCase();
  for (const match of (pr.body ?? '').matchAll(CLOSING)) {
    const ref = match[1];
    const number = refNumber(ref, ownPath);
    if (number !== null) found.add(number);
  }
  for (const match of pr.title.matchAll(TITLE_REF)) found.add(Number(match[1]));
  for (const match of pr.title.matchAll(CLOSING)) {
    const number = refNumber(match[1], ownPath);
    if (number !== null) found.add(number);
  }
  const branch = pr.branch ? BRANCH_REF.exec(pr.branch) : null;
  if (branch) found.add(Number(branch[1]));
  return [...found].filter((n) => Number.isSafeInteger(n) && n > 0).sort((a, b) => a - b);
}

/** "#12" → 12; "owner/repo#12" and issue URLs → 12 only when they name this repository. */
function refNumber(ref: string, ownPath: string): number | null {
  if (ref.startsWith('#')) return Number(ref.slice(1));
  const short = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(ref);
  if (short) return short[1].toLowerCase() === ownPath ? Number(short[2]) : null;
  const url = /^https?:\/\/[^/]+\/(.+?)\/(?:-\/)?issues\/(\d+)/.exec(ref);
  if (url) return url[1].toLowerCase() === ownPath ? Number(url[2]) : null;
  return null;
}
