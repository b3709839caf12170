/**
 * Content a commit message is asked to carry: "please include the benchmark results in your commit message", "explain
 * what and why in the commit message", "say in the commit message whether it is a bug fix", "add an explanation to
 * your commit message if there is a breaking change". A rule for what messages hold, as "reference the issue" is,
 * whatever the thing asked for: guides of many ecosystems ask it this way (a Haskell library's benchmark results, a
 * system tool's what-and-why, a debugger's bug-or-feature note, a web server's note that a backport is wanted).
 *
 * Read only as an ask to the contributor: a modal ("should", "must", "please") or the verb opening its clause. A line
 * tools add (`Signed-off-by`, `Change-Id`, `[skip ci]`) is a trailer or a switch, not content (sign-off is its own
 * fact), and "you don't need to mention it in the commit message" asks nothing.
 */
import { sentenceWithExamples } from './factsSentences';

/** The commit message named as where something goes: "in your commit message", "to the commit body". */
const IN_MESSAGE = /\b(?:in|into|to|within)\s+(?:the|your|each|every|its|their)\s+(?:commit(?:'s)?\s+(?:messages?|logs?|descriptions?|bod(?:y|ies))|commit\s+messages?)\b/gi;
/** The verbs of an ask to put something in the message; the last one before the place is the ask's verb. */
const VERB = /\b(?:include|mention|explain|describe|note|state|say|list|document|reference|add|put|give|record|summari[sz]e|indicate|justify|credit)(?:s|d|ed|ing)?\b/gi;
/** How far before the place its verb may stand ("include the benchmark results before and after in your commit message"). */
const VERB_WINDOW = 100;
/** The verb opens the sentence or a clause ("If the output changed, explain why in the commit message"). */
const OPENS_CLAUSE = /(?:^|[,;:(]\s*|\bthen\s+|\band\s+)(?:(?:please|also|then|always|kindly|briefly|clearly)\s+)*$/i;
/** A modal or a phrase of asking right before the verb ("should also include", "please mention", "make sure you say"). */
const ASKED_BEFORE = /\b(?:should|must|shall|needs?\s+to|have\s+to|has\s+to|please|make\s+sure\s+(?:to|you)|be\s+sure\s+to|remember\s+to|forget\s+to|(?:are|is)\s+(?:expected|asked|required)\s+to)\s+(?:\w+\s+){0,2}$/i;
/** Said not to be needed, or left to the contributor: no rule. */
const NOT_ASKED = /\b(?:no\s+need|(?:do|does)\s+not\s+need|don't\s+need|doesn't\s+need|need\s+not|needn't|not\s+(?:required|necessary|needed)|optional(?:ly)?|you\s+(?:can|may|could)|if\s+you\s+(?:like|want|wish))\b/i;
/** Whether a sentence says what it names is not needed or is left to the contributor ("you do not need to ..."). */
export const notAsked = (sentence: string): boolean => NOT_ASKED.test(sentence);
/** Trailers and switches a tool writes into the message: not content the contributor composes. */
const TRAILERS = /signed[\s-]off|sign[\s-]?off|\bDCO\b|change-id|co-authored|assisted-by|depends-on|cherry[\s-]picked|\bskip\s+ci\b|\bci\s+skip\b|\[skip|\[ci\b/i;

/** Whether a text asks the contributor to put something in the commit message. */
export function messageContentAsked(text: string): boolean {
  if (!/commit/i.test(text)) return false;
  for (const place of text.matchAll(IN_MESSAGE)) {
    const sentence = sentenceWithExamples(text, place.index).replace(/^[.!?]\s*/, '');
    if (TRAILERS.test(sentence) || NOT_ASKED.test(sentence)) continue;
    const at = sentence.indexOf(place[0]);
    if (at < 0) continue;
    const from = Math.max(0, at - VERB_WINDOW);
    const before = sentence.slice(from, at);
    const verbs = [...before.matchAll(VERB)];
    const verb = verbs[verbs.length - 1];
    if (!verb) continue;
    // The words between the verb and the place stay in one clause ("include the results in your commit message").
    if (/[;:!?]/.test(before.slice(verb.index))) continue;
    // (A window cut inside the sentence does not start it.)
    const lead = from > 0 ? `\u2026 ${before.slice(0, verb.index)}` : before.slice(0, verb.index).replace(/^[-*•\s]+|^\d+[.)]\s*/, '');
    if (OPENS_CLAUSE.test(lead) || ASKED_BEFORE.test(lead)) return true;
  }
  return false;
}
