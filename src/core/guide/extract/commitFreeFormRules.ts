import { sentenceAround } from './text';
import { notAsked } from './factsMessageContent';

/**
 * The classic rules for free-form messages (imperative mood, 50/72, capital letter, no period, the why, a meaningful
 * message) and a message asked to reference its issue.
 */

// (The merge, squash or release commit a maintainer writes is not the contributor's message.)
const FREE_FORM = /\b(?:imperative|(?:past|present)\s+tense|(?:good|great)\s+commit\s+message|separate\s+(?:the\s+)?subject\s+(?:line\s+)?from\s+(?:the\s+)?body|capitali[sz]e\s+the\s+(?:subject|summary|first)\b|(?<!\b(?:merge|squash|squashed|release|revert)\s+)commit\s+(?:messages?|logs?|comments?)\b[^.]{0,80}?\b(?:short|descriptive|clear|concise|summary|first line|organized|meaningful)\b|(?:first|summary|subject)\s+line\b[^.]{0,60}?\b(?:short|\d{2}\s+char))|\bshort\s+(?:summary|description)\b[^.]{0,60}\bfirst line|\b(?:short|brief|concise)\s+(?:commit\s+)?message\s+(?:on|in|as)\s+the\s+first\s+line\b|\b50\/72\b|(?<!\b(?:merge|squash|squashed|release|revert)\s+)\bcommit\s+(?:messages?|logs?)\s+(?:should|must|need\s+to)\s+(?:clearly\s+|briefly\s+)?(?:describe|explain|say|state|summari[sz]e)\b/i;
/**
 * A commit message asked to name its issue: "When committing, please reference the issue the commit relates to",
 * "mention the ticket number in your commit message". Read only in a sentence that speaks of commits.
 */
const REFERENCE_ISSUE = /\b(?:(?:referenc|mention|includ|insert|add|put|quot|cit)(?:e|es|ing)?|refer(?:s|ring)?\s+to)\s+(?:the\s+|an?\s+|its\s+)?(?:related\s+|relevant\s+|corresponding\s+|associated\s+)?(?:issue|ticket|bug)s?(?:\s+(?:numbers?|ids?|keys?|references?))?\b/i;
export const COMMIT_SENTENCE = /\bcommit(?:s|ting|ted)?\b/i;
/** Words one of which FREE_FORM needs, and one of which REFERENCE_ISSUE needs: cheap tests before the patterns. */
export const FREE_FORM_WORDS = /commit|imperative|tense|line|50\/72|capital|period|full stop/i;
export const ISSUE_WORDS = /issue|ticket|bug/i;

export const freeFormRules = (text: string): boolean => FREE_FORM_WORDS.test(text) && (FREE_FORM.test(text) || COMMIT_WHY.test(text) || subjectCaseRule(text) || qualityRule(text));
/**
 * The subject's first and last character, two of the classic rules for messages: "start the subject with a capital
 * letter", "do not end the summary line with a period", "no trailing period". Read only where the text or its section
 * speaks of messages (the caller's gate), so the same rules for doc sentences are not taken.
 */
const SUBJECT_CASE = /\b(?:start|begin|capitali[sz]e)\w*\b[^.]{0,40}?\b(?:with\s+)?(?:a|an)\s+(?:capital|upper-?case)\s+letter\b|\b(?:do\s+not|don't|never|should\s+not|must\s+not)\s+end\s+(?:the\s+|your\s+|it\s+)?(?:(?:commit\s+)?(?:subject|summary|title|first)(?:\s+line)?\s+)?with\s+(?:a\s+)?(?:period|full\s+stop|dot)\b|\bno\s+(?:trailing|final|ending)\s+(?:period|full\s+stop|dot)\b/i;
/** "Start the issue title with a capital letter": the same rule for what a reporter writes is not a commit rule. */
const REPORT_WORDS = /\b(?:issues?|tickets?|bug\s+reports?)\b/i;
function subjectCaseRule(text: string): boolean {
  const m = SUBJECT_CASE.exec(text);
  return m !== null && !REPORT_WORDS.test(sentenceAround(text, m.index));
}
/**
 * A message asked to give the reason for the change: "the commit message should also explain why it is made",
 * "Commit message has a detailed description of what changed and why", "clearly explains the reason for the change".
 * The what-and-why rule of the classic essays,
 * said of the commit message itself (an explanation asked of the PR description or an issue is not a commit rule).
 */
const COMMIT_WHY = /\bcommit\s+(?:messages?|comments?|logs?|descriptions?|bod(?:y|ies))\b[^.]{0,100}?\b(?:explain|describ|descript|say|state|tell|justif|giv)\w*\b[^.]{0,60}?\b(?:why|reasons?|motivation|rationale)\b/i;
/**
 * "Use descriptive commit messages", "Keep meaningful commit logs", "a proper commit title", "each commit should have a
 * meaningful subject line": the quality asked of every message or of its first line.
 */
const QUALITY = /\b(?:meaningful|descriptive|informative|good|proper|well[\s-](?:written|crafted))\s+(?:commit\s+(?:messages?|logs?|titles?|subjects?|summar(?:y|ies))|(?:subject|summary)\s+lines?)\b/i;
/**
 * A step that makes the commit, with the message's quality in passing: "Squash your commits and ensure you have a
 * meaningful commit message", "Commit your changes using a descriptive commit message". A step of the procedure,
 * not a rule for messages.
 */
const COMMIT_STEP = /^\W*(?:\d+[.)]\s*)?(?:please\s+)?(?:squash|commit|make|create)\s+(?:your\s+|the\s+|all\s+)?(?:commits?|changes?|patch(?:es)?)\b/i;
function qualityRule(text: string): boolean {
  const m = QUALITY.exec(text);
  if (m === null) return false;
  const sentence = sentenceAround(text, m.index).replace(/^[.!?]\s*/, '');
  // A subject line is a commit's when the sentence says so ("Each commit ... a meaningful subject line"); an e-mail's
  // subject line for a question to the list is not.
  if (!/commit/i.test(m[0]) && !/\bcommit|\bpatch/i.test(sentence)) return false;
  return !COMMIT_STEP.test(sentence);
}
export function referencesIssue(text: string): boolean {
  if (!ISSUE_WORDS.test(text)) return false;
  const m = REFERENCE_ISSUE.exec(text);
  if (!m) return false;
  const sentence = sentenceAround(text, m.index);
  // "You do not need to mention the issue in the commit message" asks nothing.
  return COMMIT_SENTENCE.test(sentence) && !notAsked(sentence);
}
