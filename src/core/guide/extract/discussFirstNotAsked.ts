import { Located } from '../sources';
import { sentenceAround } from './text';

/**
 * What reads like an ask to discuss first but is not one before a change: a question, a bug report, a security
 * report, a feature request, an optional or maintainers' step, an aside section, a part about reporting.
 */

/** "You do not need to open an issue before sending a pull request": no issue first, for any change... */
// ("Just send a pull request, no issue needed"; "You do not need any pre-authorization from the project to do so",
// though permission to take an open issue is another matter.)
// ("You do not need to file a new issue before submitting the PR": the order that FIRST reads as an ask, negated, as
// the "it is not necessary to open an issue" form below says it impersonally.)
const NO_ISSUE_NEEDED =
  /\b(?:do\s+not|don't|does\s+not|doesn't)\s+need\s+to\s+(?:open|create|file|raise|submit)\s+(?:an?\s+)?(?:new\s+|separate\s+)?(?:issue|ticket)\s+(?:first|beforehand|before\s+(?:you\s+)?(?:open|submit|send|creat|mak)\w*)\b|\b(?:it\s+is|it's)\s+not\s+(?:necessary|required|needed|mandatory)\s+to\s+(?:open|create|file)\s+an?\s+(?:issue|ticket)\b|\b(?:there\s+is\s+|there's\s+)?no\s+need\s+to\s+ask\s+(?:for\s+)?permission\b|\bno\s+(?:prior\s+)?(?:issue|ticket|discussion)\s+(?:is\s+)?(?:needed|required|necessary)\b|\b(?:do\s+not|don't|does\s+not|doesn't)\s+need\s+(?:any\s+)?(?:prior\s+)?(?:pre-?authori[sz]ation\b|approval\s+(?:to|before)\s+(?:open|send|submit|start|work)\w*\b)(?![^.]{0,30}\bissues?\b)|\b(?:opening|creating|filing)\s+an?\s+(?:issue|ticket)\s+(?:first\s+|beforehand\s+)?is\s+(?:not\s+(?:required|necessary|needed|mandatory)|optional)\b(?!\s+(?:when|if|for|unless)\b)|\b(?:there\s+is\s+|there's\s+)?no\s+need\s+to\s+(?:open|create|file)\s+an?\s+(?:issue|ticket)\s+(?:first|before)\b|\b(?:(?:do|does)\s+not|don't|doesn't)\s+(?:need|have)\s+to\s+(?:open|create|file)\s+an?\s+(?:issue|ticket)\s+(?:first|before)\b|\b(?:feel\s+free|you\s+(?:can|may))\s+(?:to\s+)?(?:open|send|submit)\s+(?:a\s+)?(?:PR|pull[\s-]+request)\s+(?:directly\s+)?without\s+(?:opening|creating|filing)\s+an?\s+(?:issue|ticket)(?:\s+first)?\b|\b(?:welcome|free)\s+to\s+(?:submit|open|send)\s+(?:your|a)\s+(?:PR|pull[\s-]+request)\s+(?:straight\s+away|right\s+away|directly|immediately)\b|\b(?:open|submit|send)\s+a\s+(?:PR|pull[\s-]+request)\s+(?:instead\s+of|rather\s+than)\s+(?:(?:opening|filing|creating)\s+)?an?\s+(?:issue|ticket)\b|\bno\s+need\s+for\s+an?\s+(?:issue|ticket)\b|\b(?:don't|do\s+not)\s+open\s+an?\s+(?:new\s+|separate\s+)?(?:issue|ticket)\s+if\s+you(?:\s+are|'re)\s+(?:submitting|opening|sending)\s+an?\s+(?:PR|pull[\s-]+request)\b(?!\s+(?:for|about|on|that\s+fixes|to\s+fix)\s+an?\s+(?:existing\s+|open\s+)?(?:issue|ticket|one))/i;
// ("You're always welcome to submit your PR straight away and start the discussion", "fix it and open a pull request
// instead of opening an issue", "Please don't open a new issue if you are submitting a pull request": the pull request
// is the place to start.)
/** ...unless the sentence scopes it to small changes ("for typo fixes ..."), which says nothing of larger ones. */
const SMALL_CHANGES = /\b(?:small|minor|trivial|typos?|simple|obvious|tiny|bug\s*fix(?:es)?|docs?|documentation)\b/i;

export function noIssueNeeded(text: string): boolean {
  const m = NO_ISSUE_NEEDED.exec(text);
  if (!m) return false;
  const sentence = sentenceAround(text, m.index);
  // (Not after a condition, "Once the issue is accepted, you are welcome to open a pull request right away", nor with
  // an ask that follows, "..., but please open an issue first for anything large", nor negated, "do not submit a
  // pull request instead of opening an issue".)
  if (/\b(?:once|after)\b[^,]{0,80},/i.test(sentence)) return false;
  if (/\bbut\b[^.]{0,80}\b(?:issue|ticket|discuss)/i.test(sentence) || /\b(?:not|don't|never)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  return !SMALL_CHANGES.test(sentence);
}

/** "Unless it's a typo or an obvious bug, ...": the small changes left out of the ask name a bug without reporting one. */
export const UNLESS_SMALL = /^\W*(?:unless|except\s+(?:for|when))\b[^,]{0,120},/i;
/** "Please ask on the forum first instead of opening an issue": where questions go instead of the tracker, not a talk before a change. */
export const INSTEAD_OF_AN_ISSUE = /\binstead\s+of\s+(?:opening|filing|creating|submitting|raising)\s+(?:an?\s+|any\s+)?(?:new\s+)?(?:GitHub\s+)?(?:issues?|tickets?|bug\s+reports?)\b/i;
/** "If you have a question, ask on the forum first": where questions go, not a step before a change. */
const QUESTIONS = /\bquestions?\b|\bsupport\b|\bneed\s+help\b/i;
const CHANGE_WORDS = /\b(?:changes?|features?|PRs?|pull[\s-]+requests?|patch(?:es)?|implement\w*|code|work(?:ing)?\s+on|contribut\w*)\b/i;

export function aboutQuestions(text: string, index: number): boolean {
  const sentence = sentenceAround(text, index);
  return QUESTIONS.test(sentence) && !CHANGE_WORDS.test(sentence);
}

/**
 * "If you find a bug, please open an issue first with steps to reproduce it": a report of a problem met, not a talk
 * before a change. (A sentence that goes on to a fix or a pull request, "... before sending a fix", still asks.)
 */
const FOUND_A_BUG = /\bif\s+you\s+(?:find|found|discover|encounter|run\s+into|hit|notice|spot|see|think\s+you(?:'ve|\s+have)?\s+found)\s+(?:a|an|any)\s+(?:possible\s+|potential\s+)?(?:bugs?|problems?|crash(?:es)?|errors?|regressions?)\b/i;
const FIX_WORDS = /\bfix\w*|\bPRs?\b|\bpull[\s-]+requests?\b|\bpatch(?:es)?\b|\bimplement\w*|\bcode\b|\bchanges?\b/i;
export function aboutBugReport(text: string, index: number): boolean {
  const sentence = sentenceAround(text, index);
  return FOUND_A_BUG.test(sentence) && !FIX_WORDS.test(sentence);
}

/**
 * "If you can't make the change yourself, please open an issue": the issue stands in for a change nobody makes, a
 * report, not a talk before one.
 */
export const CANNOT_MAKE_IT = /\bif\s+you\s+(?:can['\u2019]?t|cannot|can\s+not|are\s+(?:not\s+able|unable)\s+to|do\s+not\s+know\s+how\s+to|don['\u2019]t\s+know\s+how\s+to)\s+(?:make|fix|implement|do|write)\b/i;

/** "If you find a security problem, contact us privately first": how to report a vulnerability, not a talk before a change. */
const SECURITY = /\bsecurity\b|\bvulnerab/i;
export const aboutSecurity = (text: string, index: number): boolean => SECURITY.test(sentenceAround(text, index));

// (A feature request is an issue too: "check whether the idea has been discussed before opening a feature request".)
export const BEFORE_AN_ISSUE = /\bbefore\s+(?:creating|opening|filing|reporting|submitting|raising)\s+(?:an?|the|any)\s+(?:new\s+|public\s+|github\s+|separate\s+)?(?:ticket|issue|bug(?:\s+report)?|(?:feature|enhancement)\s+request)\b/i;
/**
 * A clause that leaves it to the contributor: "If you prefer to start a discussion first", "don't hesitate to" or "feel
 * free to" discuss it first. ("If you want to add a
 * feature, please create an issue first" sets a condition on the change, and then asks.)
 */
export const OPTIONAL_FIRST = /\bif\s+(?:you\s+(?:prefer|want|like|wish|would\s+(?:like|rather|prefer))|you'd\s+(?:like|rather|prefer))\b(?![^.]{0,40}\b(?:please|must|should|need\s+to|have\s+to)\b)[^.]{0,40}$|\b(?:don't|do\s+not|never)\s+hesitate\s+to\b[^.,;]{0,40}$|\bfeel\s+free\s+to\b[^.,;]{0,40}$/i;
/**
 * "If we want to make such changes, we should first discuss amongst ourselves": the maintainers' own order of work, with
 * "we" or "they" as the subject of the ask. ("We ask that you first discuss" has the contributor as its subject; "we
 * will not accept PRs without an issue" is a condition on the contributor, so "will" is not one of the verbs.)
 */
export const MAINTAINERS_DO = /\b(?:we|they|the\s+(?:core\s+)?(?:team|maintainers)|maintainers)\s+(?:should|must|shall|need\s+to|have\s+to|then|usually|typically|always)\s+(?:\w+\s+)?$/i;
/** Headings about requesting features: "create an issue describing the feature" there is the request, not a talk before code. */
const FEATURE_REQUEST_SECTION = /\b(?:feature|enhancement)\s+requests?\b|\brequest(?:ing)?\s+(?:a\s+)?(?:new\s+)?features?\b|\bsuggest(?:ing)?\s+(?:a\s+)?(?:new\s+)?features?\b/i;
export const featureRequestSection = (l: Located): boolean => {
  const nearest = l.block.sections[l.block.sections.length - 1];
  return nearest !== undefined && FEATURE_REQUEST_SECTION.test(nearest);
};
/**
 * "If you'd like to fix a bug or add a feature, create a YouTrack issue for it first": a condition that names the change,
 * closed by its comma, then an order. The condition sets the occasion; the order is not left to the contributor as in
 * "If you prefer to start a discussion first".
 */
export const conditionThenOrder = (before: string, match: string): boolean => /,\s*(?:then\s+)?$/.test(before) && /^(?:open|creat|fil|submit|rais|start|begin|discuss|ask|talk|reach|get|contact)/i.test(match) && CHANGE_WORDS.test(before) && !/\b(?:report\w*|problems?|bugs?\s+report|crash\w*|errors?|questions?)\b/i.test(before);
/** "Either open an issue first ..., or create only a pull request": one of two ways, so not a step before the change. */
export const EITHER_BEFORE = /\beither\b[^.,;]{0,20}$/i;
/** "We'll ask you to update first": the maintainers asking something of the contributor, not a talk before the work. */
export const ASKS_YOU_TO = /^ask\w*\s+(?:you|them|contributors?|the\s+contributor)\s+to\b/i;
/**
 * The nearest heading is about backports, releases, support or security: what is asked first there is not before a
 * change. ("Adding support for a board" is a change, not the support channel.)
 */
const ASIDE_SECTION = /\bbackport|\breleas(?:e|es|ing)\b|\bsecurity\b|\bsupport\b(?!\s+(?:for|of)\b)|\bvulnerab|\blong[- ]term\b/i;
export const asideSection = (l: Located, text = ''): boolean => {
  const nearest = l.block.sections[l.block.sections.length - 1];
  if (nearest === undefined || !ASIDE_SECTION.test(nearest) || CHANGE_SECTION.test(nearest) || isTitle(l, nearest)) return false;
  // Under "Support", a sentence that asks for the issue before the work starts ("Please always open an issue or leave a
  // comment in one, before starting work on an architecture!") is the talk before a change, in the help section.
  return !(SUPPORT_ONLY.test(nearest) && BEFORE_STARTING_WORK.test(text) && !HELP_REQUEST.test(text));
};
/** A request for help ("if you need help", "if you are stuck", "questions"): support, not a talk before a change. */
const HELP_REQUEST = /\b(?:help|stuck|questions?)\b/i;
const SUPPORT_ONLY = /^[\W_]*(?:getting\s+)?(?:support|help)[\W_]*$/i;
export const BEFORE_STARTING_WORK = /\bbefore\s+(?:you\s+)?(?:start(?:ing)?|begin(?:ning)?)\s+(?:to\s+)?(?:work(?:ing)?|hack(?:ing)?|cod(?:e|ing)|implement(?:ing)?)\b/i;
/**
 * The guide's title ("Contributing to the Guidelines Support Library", "# Contribution guide for the Support Kit"): the
 * document's first heading, at its top, whose words name the project, not a topic. ("## Contributing to security
 * releases" under the title is a topic.)
 */
const isTitle = (l: Located, nearest: string): boolean => l.block.sections.length === 1 && l.doc.blocks.find((b) => b.kind === 'heading')?.text === nearest;

/** Headings of the part about making a change (as opposed to reporting a bug): "Making a PR", "Prerequisites". */
// A heading that puts the issue first ("Start with an issue", "Every change starts with an issue", "Pull requests
// require an approved issue") is about making a change in that order, not about reporting.
export const CHANGE_SECTION = /\b(?:start|begin)s?\s+(?:with|by\s+opening)\s+(?:an?\s+)?(?:issue|discussion)\b|\bissues?\s+first\b|\brequires?\s+an?\s+(?:approved|accepted|agreed)\s+issue\b|\bpull[\s-]+requests?\b|\bPRs?\b|prerequisit|before\s+you\s+(?:start|begin)|getting\s+started|(?:contributing|submitting|writing)\s+(?:code|changes|patches)|code\s+contributions?|making\s+(?:a\s+)?changes?/i;

/** Headings about reporting, where "create an issue" is how to report, not a step before a change. */
export const REPORT_SECTION = /\breport|\bbugs?\b|\bissues?\b|security|question|support|feature\s+requests?/i;

/** Under a heading about reporting bugs: "start by opening an issue" there is how to report, not a talk before a change. */
// (Reporting bugs or asking questions only: "Adding support for a board" is a change.)
const REPORT_ONLY_SECTION = /\breport|\bbugs?\b|\bquestions?\b/i;
export function inReportSection(l: Located): boolean {
  const nearest = l.block.sections[l.block.sections.length - 1];
  return nearest !== undefined && REPORT_ONLY_SECTION.test(nearest.replace(CHANGE_SECTION, ''));
}

/** Under a heading about reporting, a sentence that names no change: how to report ("not sure it is a bug? first ask"). */
export const reportOnly = (l: Located, text: string, index: number): boolean => inReportSection(l) && !CHANGE_WORDS.test(sentenceAround(text, index));

/**
 * A sentence that has the idea talked over before the work starts: "run ideas by the mailing list to get general
 * agreement on directions before you start hacking", "discuss your approach with us before starting to code".
 */
// An ask to talk, as a verb: not "agree to the CLA", "search the discussions", "the proposal", "the talk from FOSDEM".
const TALKED_OVER = /\b(?:discuss(?:ing)?\s+(?:it|this|that|them|your|the|any|a|an|with|on|first|in|via|over)\b|talk\s+(?:(?:it|this|that)\s+(?:over|through)|to\s+us|with\s+us|to\s+the\s+maintainers|with\s+the\s+maintainers)|run\s+(?:(?:your|the|any)\s+)?ideas?\s+by|get\s+(?:(?:a|some|general)\s+)?(?:agreement|consensus|feedback|buy-in)|check\s+with\s+(?:us|the\s+maintainers)|(?:open|file|create)\w*\s+(?:an?\s+(?:issue|discussion|ticket)|one\b))/i;
// (Waived for all, or left to the reader: "not mandatory", "feel free", "you may want to".)
const WAIVED = /\b(?:no\s+need|not\s+(?:necessary|required|needed|mandatory)|optional(?:ly)?|don['\u2019]t\s+(?:need|have)|needn['\u2019]t|without|feel\s+free|may\s+want|might\s+want|(?:fine|ok(?:ay)?)\s+to\s+(?:send|open|submit)|straight\s+away)\b/i;
// A help request, a security report, a talk in a draft pull request or the maintainers' own rule is no talk before a change.
const NOT_BEFORE_A_CHANGE = /\b(?:security|vulnerabilit\w*|privately|draft\s+(?:pull\s+request|PR)|(?:core\s+)?team\s+(?:should|must)|committers?\s+(?:should|must)|we\s+(?:should|must))\b/i;
export function talkedOverBeforeWork(text: string): boolean {
  const at = BEFORE_STARTING_WORK.exec(text);
  if (!at) return false;
  // The clause of the ask: "An issue is not required for typo fixes, but please open one before ..." waives only its first clause.
  const sentence = sentenceAround(text, at.index);
  const from = at.index - text.indexOf(sentence);
  const clauseStart = Math.max(0, sentence.slice(0, Math.max(0, from)).search(/,\s*but\s[^,]*$/i));
  const clause = sentence.slice(clauseStart);
  return TALKED_OVER.test(clause) && !WAIVED.test(clause) && !HELP_REQUEST.test(sentence) && !NOT_BEFORE_A_CHANGE.test(sentence);
}
