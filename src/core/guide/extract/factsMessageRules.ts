/**
 * Commit messages held to a set of rules by name: "Git commit messages should follow the conventions described in
 * <link>", "Commit your changes following the project's commit message guidelines", "Follow the Git Commit Message
 * Guidelines below". The guide states that its messages have rules (here, behind a link or in a section), though it
 * quotes none of them: the free-form tier, which a named format or area prefix elsewhere in the guide outranks.
 */

/** "Commit messages should follow / adhere to / conform to ...": the message is the subject of the rule. */
const MESSAGES_FOLLOW = /\bcommit\s+(?:messages?|logs?|titles?|subjects?)\b[^.]{0,40}?(?<!\b(?:not|n't|never)\s+(?:\w+\s+)?)\b(?:should|must|need\s+to|needs\s+to|are\s+expected\s+to|have\s+to|shall)\s+(?:always\s+|also\s+|strictly\s+)?(?:follow|adhere\s+to|conform\s+to|comply\s+with|observe)\b/i;
/** A template's box, "My commit messages follow the guidelines": the same rule in the contributor's present tense. */
const MESSAGES_DO_FOLLOW = /\bcommit\s+messages?\s+(?:follows?|adheres?\s+to|conforms?\s+to|compl(?:y|ies)\s+with)\s+(?:the|our|this|these|its)\b/i;
/** "Follow the commit message guidelines", "following our commit conventions": the rules named as the project's. */
const FOLLOW_MESSAGE_RULES = /(?<!\b(?:not|n't|never|no\s+need\s+to)\s+)\b(?:follow(?:s|ing)?|adhere\s+to|conform\s+to|comply\s+with)\s+(?:the\s+|our\s+|these\s+|this\s+|(?:the\s+)?project(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?commit(?:\s+message)?\s+(?:guidelines?|conventions?|rules|standards?|style(?:\s+guide)?|format)\b/i;

/** Whether a text holds commit messages to rules it names (see above). */
export const messagesFollowRules = (text: string): boolean => /commit/i.test(text) && (MESSAGES_FOLLOW.test(text) || MESSAGES_DO_FOLLOW.test(text) || FOLLOW_MESSAGE_RULES.test(text));

/**
 * A width to wrap at, one of the classic rules for messages: "wrap the body at 72 columns", "lines wrapped at 72
 * characters". The same rule for code, docs or Markdown files is a style rule: the caller reads it only where the
 * block speaks of messages or sits under a heading about commits.
 */
export const WRAP_RULE = /\bwrap(?:ped|ping|s)?\b[^.]{0,60}?\b(?:at|to|on|around|after|before)\s+(?:about\s+|roughly\s+|approximately\s+|~\s?)?\d{2,3}\s*(?:char|col)/i;

/**
 * The message body asked to give the reason: "a body that explains the motivation for the change", "use the body to
 * say why". (The body of a pull request or issue is another text: "the PR body should explain why" is no commit rule.)
 */
export const BODY_WHY = /(?<!\b(?:PR|pull[\s-]+request|merge\s+request|issue|ticket)\s+)\bbod(?:y|ies)\b(?!\s+of\s+(?:the|your|an?|each)\s+(?:PR|pull|merge|issue|ticket))[^.]{0,40}?\b(?:explain|describ|justif|say|state|tell|giv)\w*\b[^.]{0,40}?\b(?:why|reasons?|motivation|rationale)\b/i;

/**
 * A rule stated with the message as the sentence's subject and a modal: "Commit messages should be written in English
 * and explain the change", "The commit title must describe the issue", "Each commit message should have a subject line
 * followed by a body". Whatever the predicate, the guide holds messages to a rule: the free-form tier. (Guides in many
 * ecosystems write their message rules this way: a list of "Commit messages should ..." or "A commit log should ...".)
 * The merge, squash or release commit a maintainer writes is not the contributor's ("the merge commit message should
 * summarize the pull request").
 */
const MESSAGE_MODAL = /(?<!\b(?:merge|squash|squashed|release|revert)\s+)\b(?:git\s+)?commit\s+(?:messages?|logs?|titles?|subjects?|summar(?:y|ies)|descriptions?)\s+(?:should|must|shall|need\s+to|needs\s+to|have\s+to|has\s+to|ought\s+to|(?:are|is)\s+expected\s+to)\b|\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:the\s+|your\s+|all\s+|each\s+)?commit\s+(?:messages?|logs?|titles?)\s+(?:are|is)\b/i;
/**
 * "Keep commits atomic and give them clear messages", "My commits have clear, descriptive messages": the quality asked
 * of messages, "commit" elsewhere in the sentence. (An error message or a log message is named with its own word.)
 */
const QUALITY_MESSAGES = /\b(?:clear|descriptive|meaningful|informative|good|proper|concise|detailed|helpful|sensible)(?:,?\s+(?:and\s+)?(?:clear|descriptive|meaningful|informative|good|proper|concise|detailed|helpful|sensible))*\s+messages?\b/i;
/** Sentences about a trailer or a switch, or saying the rule does not hold: not a rule for the message's text. */
const NOT_A_MESSAGE_RULE = /signed[\s-]off|sign[\s-]?off|\bDCO\b|change-id|\bnot\s+(?:required|necessary|needed)\b|\bno\s+need\b|\b(?:don't|do\s+not|doesn't|does\s+not)\s+need\b/i;

/**
 * A step of the procedure that makes the commit, the quality in passing ("Commit your changes with clear messages"):
 * the guide's steps are read elsewhere, and earlier sessions found such steps are no rule the labellers count.
 */
const COMMIT_STEP = /^\W*(?:\d+[.)]\s*)?(?:please\s+)?(?:squash|commit|make|create)\s+(?:your\s+|the\s+|all\s+)?(?:commits?|changes?|patch(?:es)?)\b/i;

/** Whether a text states a rule with commit messages as its subject, or asks commits for messages of some quality. */
export function messageRuleStated(text: string, sentenceAt: (text: string, index: number) => string): boolean {
  if (!/commit/i.test(text)) return false;
  const modal = MESSAGE_MODAL.exec(text);
  if (modal && !NOT_A_MESSAGE_RULE.test(sentenceAt(text, modal.index))) return true;
  const quality = QUALITY_MESSAGES.exec(text);
  if (!quality) return false;
  const sentence = sentenceAt(text, quality.index).replace(/^[.!?]\s*/, '');
  return /\bcommit/i.test(sentence) && !NOT_A_MESSAGE_RULE.test(sentence) && !COMMIT_STEP.test(sentence);
}
