/**
 * Whether a named commit convention is asked of the contributor. A guide can name Conventional Commits for what the
 * maintainers do at merge ("the maintainer rewrites the squash title in Conventional Commits form, so you do not
 * need to follow it"): the convention is theirs, not a rule for the contributor's commits.
 */
import { sentenceAround } from './text';

/** The contributor released from it: "you do not need to", "no need to", "is not required". */
const NOT_NEEDED = /\b(?:do\s+not|don't|does\s+not|doesn't)\s+(?:need|have)\s+to\b|\bno\s+need\s+(?:to|for)\b|\bnot\s+(?:required|mandatory|necessary)\b/i;
/** ... unless the sentence goes on to ask after all ("you don't need to for every commit, but the PR title must"). */
const BUT_ASKS = /\b(?:but|however|although)\b[^.]{0,80}?\b(?:must|should|needs?\s+to|please)\b/i;
/** Someone else applies it when merging: "maintainers reword the title when merging", "we edit the squash message on merge". */
const DONE_AT_MERGE = /\b(?:maintainers?|we|reviewers?|the\s+(?:core\s+)?team|whoever\s+merges)\s+(?:will\s+|then\s+|usually\s+|may\s+|can\s+)?(?:rewrite|reword|edit|adjust|format|rename|retitle)s?\b[^.]{0,80}?\b(?:merg\w*|squash\w*)\b|\b(?:when|while|on|at|during)\s+(?:merging|merge)\b[^.]{0,30}?\b(?:maintainers?|we|reviewers?|the\s+(?:core\s+)?team)\s+(?:will\s+|then\s+|usually\s+)?(?:rewrite|reword|edit|adjust|format|rename|retitle)s?\b/i;

/** "We do not use Conventional Commits", "no longer follow the Angular convention": the convention said not to hold. */
const NEGATED_BEFORE = /\b(?:do\s+not|don't|does\s+not|doesn't|no\s+longer|never|not|stopped)\s+(?:\w+\s+){0,2}$/i;
/** "A PR title that does not follow Conventional Commits fails the check": the case that breaks the rule, which holds. */
const FAILING_CASE_BEFORE = /\b(?:that|which|who)\s+(?:do|does)\s+not\s+(?:\w+\s+){0,2}$|\b(?:that|which|who)\s+(?:don't|doesn't)\s+(?:\w+\s+){0,2}$|\bif\s+(?:it|they|your\s+\w+|the\s+\w+)\s+(?:do|does)(?:\s+not|n't)\s+(?:\w+\s+){0,2}$/i;
/** "The project used Conventional Commits until 2022": a convention of the past. */
const PAST_BEFORE = /\b(?:used\s+to\s+\w+|used|followed|adopted)\s+(?:the\s+)?$/i;
const NO_MORE = /\buntil\b|\bno\s+longer\b|\banymore\b|\bpreviously\b|\bformerly\b|\bin\s+the\s+past\b|\b(?:dropped|abandoned|stopped|moved\s+away)\b/i;

/** Whether the sentence that names a convention at `index` says it is not the contributor's to follow. */
export function conventionNotAsked(text: string, index: number): boolean {
  const sentence = sentenceAround(text, index);
  const before = text.slice(Math.max(0, index - 40), index);
  if ((NEGATED_BEFORE.test(before) && !FAILING_CASE_BEFORE.test(before)) || (PAST_BEFORE.test(before) && NO_MORE.test(sentence))) return true;
  if (DONE_AT_MERGE.test(sentence)) return true;
  const m = NOT_NEEDED.exec(sentence);
  return m !== null && !BUT_ASKS.test(sentence.slice(m.index));
}
