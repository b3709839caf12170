/**
 * A commit message asked to close its issue: "add a line like `Closes #123` to your commit message", "close the issue
 * via the commit message (e.g. `fixes #123`)", "end the message body with `Fixes #1234`". A rule for what the message
 * holds, as "reference the issue in your commit" is, written with the tracker's closing keyword instead of the verb.
 * Where the pull request's description is offered as the other place ("in the PR description or a commit message"),
 * the rule is about linking the issue somewhere, not about the commit message, and it does not count.
 */
import { sentenceWithExamples } from './factsSentences';

/** A closing keyword with an issue number ("Fixes #12", "closes #123", or a placeholder: "Closes #XXX", "Fixes #<issue>"), or closing the issue "via"/"from" a commit. */
const CLOSING_REF = /\b(?:close[sd]?|fix(?:es|ed)?|resolve[sd]?):?\s+#(?:\d+|[Xx]{2,}\b|[Nn]{1,4}\b|<[\w\s-]{1,30}>)|\bclos(?:e|es|ing)\s+(?:the\s+|an?\s+|its\s+)?(?:issues?|tickets?|bugs?)\s+(?:via|from|with|through|in|using)\s+(?:the\s+|your\s+|a\s+)?commit/gi;
/** The sentence speaks of the commit message (a commit, its body or log). */
const COMMIT_MESSAGE = /\bcommits?(?:\s+(?:messages?|logs?|bod(?:y|ies)|descriptions?))?\b/i;
/** The pull request's own text offered too, or the keyword said to be left out: not a rule for the message. */
const ELSEWHERE = /\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?)\b|\b(?:do\s+not|don't|never|avoid)\b/i;

/** Whether a text asks that a commit message carry the closing keyword of its issue. */
export function closingRefInCommit(text: string): boolean {
  if (!text.includes('#') && !/\bclos/i.test(text)) return false;
  for (const m of text.matchAll(CLOSING_REF)) {
    const sentence = sentenceWithExamples(text, m.index);
    if (COMMIT_MESSAGE.test(sentence) && !ELSEWHERE.test(sentence)) return true;
  }
  return false;
}
