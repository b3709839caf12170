import { saidNotNeeded } from './text';

/**
 * Discuss-first advice whose scope is a change the contributor is about to make, and the "start by opening an
 * issue" step: wording families seen across ecosystems, kept apart from `discussFirst.ts` for size.
 */

/**
 * A condition on making a change: "If you intend to change the public API", "If you want to add a new feature",
 * "If your change will be a significant amount of work", "If it is a major feature", "When contributing a significant
 * change". (Reporting, requesting and
 * finding are not making: "If you want to request a feature, open an issue" is a feature request.)
 */
const CHANGE_CONDITION =
  /\bif\s+(?:you\s+(?:intend|plan|want|wish|hope|would\s+like|'d\s+like|are\s+(?:planning|going|thinking\s+(?:about|of)|considering))\s+(?:to\s+)?(?:change|add|implement|make|contribute|introduce|work\s+on|develop|build|write|refactor|rewrite|tackle|modify|extend|alter)(?:ing)?|(?:your|the|a|this)\s+(?:proposed\s+)?(?:change|contribution|PR|pull[\s-]+request|patch|feature|work)s?\s+(?:is|are|will|would|isn't|is\s+not|requires?|involves?|touches|affects|adds|introduces|might|may|could|goes)|(?:it|this)\s+(?:is|'s)\s+(?:not\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:feature|change|refactor\w*|contribution))\b|\b(?:when|if)\s+(?:you\s+are\s+|you're\s+)?(?:contributing|making|introducing|proposing|submitting|planning)\s+(?:an?\s+)?(?:significant|large|larger|big|bigger|major|substantial|non-?trivial)\s+(?:[\w-]+\s+)?(?:change|feature|refactor\w*|contribution|rework)s?\b|\bfor\s+anything\s+(?:more|other|bigger|larger)\s+than\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:fix|typo|change|tweak)\w*/i;

/**
 * The advice such a condition leads to, in the same sentence: open an issue or discussion, discuss it, reach out.
 * ("related to an open issue": an adjective, not the verb.)
 */
const RAISE_IT =
  /(?<!\b(?:an?|the)\s)\b(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|start(?:ing)?|rais(?:e|ing)|post(?:ing)?|submit(?:ting)?|send(?:ing)?|writ(?:e|ing))\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:new\s+|separate\s+|github\s+)?(?:[\w-]+\s+){0,2}?(?:issue|ticket|discussion|proposal|RFC|thread|topic(?!\s+branch))s?\b|\b(?:a\s+new\s+one|one)\s+to\s+discuss\b|\bdiscuss(?:ed|ing)?\s+(?:it|them|this|that|the\s+\w+|your\s+\w+|with\s+\w+|in\s+advance|first|beforehand|on|in)\b|\bbring\s+(?:it|this|them)\s+up\b|\bbring\s+up\s+(?:your|the)\s+(?:design|idea|proposal|plan|change|approach)s?\b|\b(?:reach\s+out|get\s+in\s+touch|talk\s+to\s+(?:us|the\s+(?:maintainers|team))|contact\s+(?:us|the\s+maintainers)|check\s+with\s+(?:us|the\s+maintainers))\b/i;

/** "you can't publicly discuss it", "we will open a tracking issue": not advice to the contributor. */
// ("see if the change has been discussed in the past": a talk already had, looked for, is not one asked for.)
const NOT_ADVICE = /\b(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?$|\b(?:can't|cannot|can\s+not|won't|will\s+not)\s+(?:\w+\s+)?$|\b(?:we|they|maintainers|I)\s+(?:will|'ll|then|usually|typically|may|might|can)\s+(?:\w+\s+)?$/i;

/** "without opening an issue", "skip opening an issue": the advice said to be left out. */
const LEFT_OUT = /\b(?:without|skip(?:ping)?|no\s+need\s+(?:to|for)|instead\s+of|rather\s+than)\s+$/i;
/** "discuss it in the PR description": a talk held in the pull request itself, not before the change. */
const IN_THE_PR = /^\s*(?:in|on|within)\s+(?:the|your|its|this)\s+(?:PR|pull[\s-]+request|description|PR\s+description|pull[\s-]+request\s+description)\b/i;

/** The end of a sentence: ". ", "! ", "? " or the end of the text. */
// ("e.g. board variants", "i.e. the core": an abbreviation's stop does not end the sentence.)
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e))[.!?](?:\s|$)/;

/**
 * "Before submitting a large PR, please talk to us": a lead-in naming a larger change as what comes after. (Size
 * words are needed: "Before opening a PR, run the tests" is a checklist, not a talk.)
 */
const BEFORE_LARGER_CHANGE =
  /\bbefore\s+(?:you\s+)?(?:submit|open|send|start|begin|make|writ|implement|work)\w*\s+(?:on\s+)?(?:an?\s+|any\s+|your\s+)?(?:large|larger|big|bigger|major|significant|substantial|non-?trivial|complex|new)\s+(?:[\w-]+\s+)?(?:PRs?|pull[\s-]+requests?|changes?|features?|patch(?:es)?|contributions?|refactor\w*)\b/i;

/** A condition on making a change followed, in its sentence, by the advice to open an issue or to discuss it. */
export function asksWhenChanging(text: string): boolean {
  const condition = CHANGE_CONDITION.exec(text) ?? BEFORE_LARGER_CHANGE.exec(text);
  if (!condition) return false;
  const rest = text.slice(condition.index);
  const end = rest.search(SENTENCE_END);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  for (const advice of sentence.matchAll(new RegExp(RAISE_IT.source, 'gi'))) {
    const before = sentence.slice(0, advice.index);
    if (LEFT_OUT.test(before) || IN_THE_PR.test(sentence.slice(advice.index + advice[0].length))) continue;
    return !NOT_ADVICE.test(before) && !saidNotNeeded(text, condition.index + advice.index);
  }
  return false;
}

/**
 * Where the work starts: "Start by posting in the mailing list and creating an issue", "we recommend starting by
 * opening an issue". (Starting by forking or by searching is a step of the work, not a talk before it.)
 */
export const START_BY_RAISING =
  /\b(?:start|begin)(?:s|ning|ing)?\s+(?:off\s+|out\s+)?(?:by|with)\s+(?:open|creat|fil|post|rais|start|submit|discuss|writ|propos)\w*\s+(?:(?!branch|fork)[\w-]+\s+){0,3}?(?:issues?|discussions?|proposals?|RFCs?|tickets?|mailing\s+list|forum|design\s+doc\w*)\b/i;

/**
 * An agreed issue as the condition of a change, said in the passive: "a maintainer-approved issue is required for
 * non-trivial changes". ("No issue is required" is the opposite, caught before.)
 */
// Or said of the pull requests: "Pull requests require an approved issue", "We accept pull requests only for issues that a
// maintainer has marked ...".
export const AGREED_ISSUE_REQUIRED =
  /(?<!\bno\s)\b(?:[\w-]+-)?(?:approved|accepted|agreed(?:-upon)?|associated|corresponding|linked|prior)\s+(?:issue|ticket|proposal)s?\s+(?:is|are)\s+(?:always\s+)?(?:required|needed|mandatory|expected)\s+(?:for|before)\b|\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|contributions?)\s+(?:always\s+)?(?:require|need)s?\s+an?\s+(?:approved|accepted|agreed(?:[\s-]upon)?|triaged)\s+(?:issue|ticket|proposal)\b|\b(?:(?:accept|review|merge|consider)s?\s+(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|contributions?)|(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|contributions?)\s+(?:are|will\s+be)\s+(?:only\s+)?(?:accepted|reviewed|merged|considered))\s+only\s+(?:for|on)\s+(?:issues?|tickets?)\s+(?:that|which)\s+(?:a\s+|the\s+)?(?:maintainers?|core\s+team|team)\s+(?:ha(?:ve|s)\s+)?(?:marked|labell?ed|approved|accepted|triaged|agreed)\b|\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|contributions?)\s+(?:are|will\s+be)\s+only\s+(?:accepted|reviewed|merged|considered)\s+(?:for|on)\s+(?:issues?|tickets?)\s+(?:that|which)\s+(?:a\s+|the\s+)?(?:maintainers?|core\s+team|team)\s+(?:ha(?:ve|s)\s+)?(?:marked|labell?ed|approved|accepted|triaged|agreed)\b/i;
