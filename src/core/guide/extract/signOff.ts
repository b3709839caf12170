import { Found, SignOff } from '../facts';
import { Located, Sources, sourceOf } from '../sources';
import { allMatches, clauseBefore, mentions, plain, saidNotNeeded, sentenceAround, sentenceStart } from './text';
import { sentencesOf } from './discussConcepts';

const SIGN_OFF = String.raw`(?:sign(?:ed)?[\s-]?offs?(?:[\s-]by)?|DCO)`;
/**
 * A prohibition, as an instruction: "Please do not sign off your commits", "Don't add a Signed-off-by line", "Please
 * refrain from adding Signed-off-by lines",
 * "Signed-off-by lines are not accepted". "You don't need to sign off" is not one (it says not required, and the
 * answer stays unknown); "we don't use sign-off" is (FORBID_UNUSED: the project says it has no such trailer).
 */
const FORBID_IMPERATIVE = new RegExp(
  String.raw`(?:^|[.!?:;]\s+|\bplease\s+|\band\s+|,\s+so\s+)(?:(?:do\s+not|don't|never)\s+(?:(?:add|include|use|put)\b[^.]{0,30}?)?|(?:refrain\s+from|avoid)\s+(?:adding|including|using|putting)\b[^.]{0,30}?)\b${SIGN_OFF}\b`,
  'gi',
);
/** "Signed-off-by lines are not accepted" (but not "commits without a Signed-off-by line are not accepted"). */
const FORBID_REJECTED = new RegExp(
  String.raw`\b${SIGN_OFF}\b[^.]{0,40}?\b(?:(?:are|is)\s+not|aren't|isn't|will\s+not\s+be|won't\s+be)\s+(?:accepted|allowed|permitted)\b` +
    String.raw`|\b${SIGN_OFF}\b[^.]{0,40}?\b(?:(?:must|should)\s+not|mustn't|shouldn't)\s+be\s+(?:added|included|used)\b|\b${SIGN_OFF}\b[^.]{0,40}?\b(?:are|is|will\s+be)\s+(?:rejected|forbidden|removed)\b`,
  'gi',
);
/**
 * Said not to be used at all: "`Signed-off-by:` - we do not use this", "We don't use the DCO", "Sign-off lines are
 * not used", "we don't require or accept Signed-off-by lines", "No Signed-off-by lines, please". Unlike "you don't need to", this says the project has no such trailer.
 */
const FORBID_UNUSED = new RegExp(
  String.raw`\b${SIGN_OFF}\b[^.]{0,40}?\bwe\s+(?:do\s+not|don't|never)\s+use\s+(?:this|it|that|them|these|those)\b` +
    String.raw`|\b(?:we|this\s+(?:project|repository|repo)|the\s+project)\s+(?:do\s+not|does\s+not|don't|doesn't|never)\s+(?:\w+\s+(?:or|and)\s+)?(?:use|accept)\s+(?:the\s+|a\s+|any\s+)?${SIGN_OFF}\b|\b${SIGN_OFF}\b[^.]{0,30}?\b(?:is|are)\s+not\s+used\b` +
    // "No Signed-off-by lines, please.": the trailer refused in a short request.
    String.raw`|(?:^|[.!?]\s+)no\s+${SIGN_OFF}(?:\s+(?:lines?|trailers?|tags?))?\s*,?\s*please\b`,
  'i',
);
// ("Patches that are not signed off will not be accepted": the trailer missing, then refused, asks for it.)
const ABSENT = /\b(?:without|missing|lacking|lack|no)\b|\b(?:are|is|were|was)\s+not\s*$|(?:aren't|isn't|weren't|wasn't)\s*$/i;
const REQUIRED = new RegExp(
  String.raw`\bsigned-off-by\b|\bDCO\b|\bdeveloper certificate of origin\b|\bsign[\s-]?off\b[^.]{0,60}\b(?:commits?|required|must|need)|\bcommits?\b[^.]{0,40}\b(?:must|need to|should)\s+(?:be\s+)?signed\b(?![^.]{0,30}\b(?:CLA|agreement))|\b(?:patch(?:es)?|contributions?|changes)\b[^.]{0,40}\b(?:must|need\s+to|should|have\s+to)\s+(?:all\s+)?be\s+signed[\s-]off\b(?!\s+(?:on|by\s+(?:a|the|two|one)\s+(?:maintainers?|reviewers?)))|\bplease\s+sign[\s-]?off\b(?!\s+on\b)|\bsign[\s-]?off\s+(?:your|each|every|all)\s+(?:work|patch(?:es)?|contributions?|changes)\b|\b(?:you|authors?|submitters?|contributors?|each|all|everyone)\s+must\s+(?:also\s+)?sign[\s-]?off\b(?!\s+on\b)|\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:your\s+|the\s+)?(?:commits?|patch(?:es)?|changes)\s+(?:are|is)\s+(?:all\s+)?signed[\s-]off\b(?!\s+by\b)|(?<!\b(?:not|n't)\s+)\b(?:require[sd]?|requiring)\s+(?:the\s+following\s+|an?\s+|the\s+)?[\x22'\u201c]?sign[\s-]?off\b(?![\x22'\u201d]?\s+from\b)|\b(?:are|is|aren't|isn't)\s+(?:not\s+)?signed[\s-]off\b[^.]{0,40}?\b(?:(?:will|would|can)\s*not\s+be|won't\s+be|can't\s+be|are\s+not|aren't)\s+(?:accepted|merged|reviewed|considered|applied)\b`,
  'gi',
);
/** "Use the `-s` flag when you commit": git's sign-off switch asked for as a flag (lower-case: `-S` signs with GPG). */
const SIGN_OFF_FLAG = /\b(?:[Uu]se|[Pp]ass|[Aa]dd|with)\s+(?:the\s+)?['"\u0060]?(?:-s|--signoff|--sign-off)['"\u0060]?\s+(?:flag|option|switch|argument)\b/g;
/**
 * `git commit -s` (lower-case: `-S` is a GPG signature) shown as a command. Alone it may be a tip ("squash with
 * `git reset --soft` then `git commit -s`"); it asks for a sign-off only where the words around it speak of one.
 */
const GIT_COMMIT_S = /\bgit\s+commit\s+(?:-[a-zA-Z]{0,10}s\b|--signoff\b)/g;
// ("Sign your work": the DCO's own heading; with `-s`, lower-case, it is the sign-off, not a GPG signature.)
const SPEAKS_OF_SIGN_OFF = /\bsign(?:ed|ing)?[\s-]?off|\bDCO\b|\bcertificate\s+of\s+origin\b|\bsign\s+your\s+(?:work|commits?|patch(?:es)?)\b/i;

/** What keeps a waiver from covering the whole guide: a scope, another kind of signature, or a requirement beside it. */
const SCOPED_WAIVER = /\b(?:for|on|in)\s+(?:\w+[\s-]+){0,2}(?:typos?|docs?|documentation|trivial|small|minor)\b|\b(?:documentation|docs?)[\s-]only\b|\bGPG\b|\bsignatures?\b|\bmust\b(?!\s+not\b)|(?<!\bnot\s)\bmandatory\b|\brequired\s+for\s+(?:all|every|code)\b|;/i;
/** A sentence that calls the sign-off not required: a recommendation at most. */
const NOT_REQUIRED = /\b(?:(?:although|while|though)\s+(?:it\s+is\s+|it's\s+)?not\s+(?:required|mandatory|necessary)|(?:is|are)\s+not\s+(?:required|mandatory|necessary)|not\s+mandatory|(?:isn't|aren't)\s+(?:required|mandatory|necessary))\b/i;

/** A sentence about the sign-off that makes it optional, unneeded or someone else's work ("the merge bot adds one"). */
const EASED = /\boptional|\bnot\s+(?:required|needed|necessary|mandatory)|\b(?:don't|do\s+not|doesn't|does\s+not|no\s+need\s+to)\s+(?:need|require|have\s+to)?|\bno\s+need\b|\bbot\b|\bautomatically\b/i;
const signOffEased = (flow: readonly Located[]): boolean =>
  flow.some((l) => l.block.kind !== 'code' && mentions(l.block, SIGN_OFF_WORDS) && sentencesOf(plain(l.block)).some((s) => /\bsign(?:ed|ing)?[\s-]?off/i.test(s.text) && EASED.test(s.text)));
/** The Developer Certificate of Origin's own opening words. */
const DCO_TEXT = /^\W{0,3}By\s+making\s+a\s+contribution\s+to\s+this\s+project,?\s+I\s+certify\s+that\b/i;
/** Words (lowercase) one of which a prohibition needs (SIGN_OFF), and one of which REQUIRED needs. */
const SIGN_OFF_WORDS = ['sign', 'dco'];
const REQUIRED_WORDS = ['sign', 'dco', 'certificate', 'git'];

/**
 * Whether commits need a Signed-off-by trailer (DCO), or must not carry one. A mention that the words around it
 * call unneeded ("you don't need to sign off", "a DCO is not required") counts for neither.
 */
export function signOff(sources: Sources): Found<SignOff> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  // "A Signed-off-by line is not required", "While not required, it's recommended to sign off": said anywhere, the
  // guide asks for no trailer, however its DCO section is headed.
  // (Not a waiver scoped to some changes, "not required for typo fixes", nor one about GPG signatures, nor a sentence that
  // asks for the sign-off elsewhere: "...; all other commits must be signed off".)
  const waived = flow.some((l) => l.block.kind !== 'code' && mentions(l.block, SIGN_OFF_WORDS) && sentencesOf(plain(l.block)).some((sentence) => SPEAKS_OF_SIGN_OFF.test(sentence.text) && NOT_REQUIRED.test(sentence.text) && !SCOPED_WAIVER.test(sentence.text)));
  for (const value of ['forbidden', 'required'] as const) {
    if (value === 'required' && waived) continue;
    for (const l of flow) {
      if (value === 'required' && l.block.kind === 'code' && trailerAskedFor(l)) return { value, source: sourceOf(l, l.block.line + trailerLine(l.block.text)) };
      const text = l.block.kind === 'code' ? '' : plain(l.block);
      // The certificate itself, as the guide's own section ("By making a contribution to this project, I certify
      // that: ..."): the project takes contributions under the DCO, which a sign-off certifies, unless the guide says
      // anywhere that the sign-off is optional or done for the contributor.
      if (value === 'required' && l.block.kind === 'paragraph' && DCO_TEXT.test(text) && !signOffEased(flow)) return { value, source: sourceOf(l) };
      if (text === '' || !mentions(l.block, value === 'forbidden' ? SIGN_OFF_WORDS : REQUIRED_WORDS)) continue;
      if (value === 'forbidden' ? forbids(text) : asksForSignOff(text, l.block.sections)) {
        return { value, source: sourceOf(l) };
      }
    }
  }
  return null;
}

/**
 * A trailer named as a condition ("unless your patch contains a Signed-off-by tag, ..."): what happens when one is
 * there, not a request to add it. ("Rejected if the commits lack a Signed-off-by" still asks.)
 */
const PRESENCE_CONDITION = /\b(?:unless|if|when|whether)\b[^,;.]{0,40}\b(?:contains?|has|have|includes?|carr(?:y|ies)|bears?)\s+(?:an?\s+|the\s+|your\s+)?signed-off-by\b/i;

/** Whether the sentence holding a mention, up to it, makes a trailer the condition (later mentions in it too: "..., in which case ... after your Signed-off-by line"). */
function conditional(text: string, index: number, length: number): boolean {
  return PRESENCE_CONDITION.test(text.slice(sentenceStart(text, index), index + length));
}

/** "A maintainer needs to sign off before we merge": a reviewer's approval, not a trailer the contributor adds. */
const REVIEWER_SIGNS = /\b(?:maintainers?|reviewers?|approvers?|committers?|owners?|team|leads?|someone|people)\s+(?!(?:\w+\s+){0,2}you\b)(?:\w+\s+){0,3}(?:to\s+)?$/i;
/** "We don't require a sign-off", "we do not ask for a": the ask said not to be made. */
const NEGATED_ASK = /\b(?:don't|do\s+not|doesn't|does\s+not|never|no\s+longer)\s+(?:\w+\s+){0,3}$/i;
/** "You can optionally sign off", "you may sign off": a choice, not a rule. */
const OPTIONAL = /\b(?:optional(?:ly)?|may|can|could|if\s+you\s+(?:want|wish|like|prefer)|(?:are|is)\s+(?:encouraged|appreciated|welcome))\b/i;

function asksForSignOff(text: string, sections: readonly string[]): boolean {
  const asked = (m: RegExpExecArray): boolean =>
    !saidNotNeeded(text, m.index) && !conditional(text, m.index, m[0].length) && !OPTIONAL.test(clauseBefore(text, m.index)) && !NEGATED_ASK.test(clauseBefore(text, m.index)) && !REVIEWER_SIGNS.test(clauseBefore(text, m.index)) && !onlyToRead(text, m);
  if (allMatches(text, REQUIRED).some(asked)) return true;
  if (allMatches(text, SIGN_OFF_FLAG).some(asked)) return true;
  return allMatches(text, GIT_COMMIT_S).some((m) => !saidNotNeeded(text, m.index)) && (SPEAKS_OF_SIGN_OFF.test(text) || sections.some((s) => SPEAKS_OF_SIGN_OFF.test(s)));
}

/** The certificate named as a document to read: "please review ... our Developer Certificate of Origin", "see the DCO". */
const READ_VERB = /\b(?:review|read|see|consult|refer\s+to|look\s+at|check\s+out)\b/i;
/** Words by which a sentence still binds the contributor to it: "you agree to", "must be accompanied by". */
const BINDS = /\b(?:agree|must|required?|requires|need|sign|certif(?:y|ies|ying)\b|compl[yi]|accept|subject\s+to|enforce)/i;

/** A mention of the DCO itself (not of a sign-off) in a clause that only points the reader at the document. */
function onlyToRead(text: string, m: RegExpExecArray): boolean {
  if (!/^(?:DCO|developer)/i.test(m[0])) return false;
  return READ_VERB.test(clauseBefore(text, m.index)) && !BINDS.test(sentenceAround(text, m.index));
}

function forbids(text: string): boolean {
  if (FORBID_UNUSED.test(text)) return true;
  FORBID_IMPERATIVE.lastIndex = 0;
  if (FORBID_IMPERATIVE.test(text)) return true;
  return allMatches(text, FORBID_REJECTED).some((m) => !ABSENT.test(clauseBefore(text, m.index)));
}

/** A `Signed-off-by: Name <mail>` line of a block (a trailer written out, not the words about it). */
const TRAILER_LINE = /^[ \t]*(?:[|>][ \t]*)?Signed-off-by:[ \t]+\S/im;
/**
 * A lead-in that asks the reader to add what follows: "add a line like the one below", "end your message with:", or
 * to give every message the structure shown ("commit messages should be structured like this:"), trailer included.
 */
// (The verb must govern a line or a sign-off: "include the issue number in the body, e.g.:" over an example that
// happens to end with a trailer asks for the number, not for the trailer.)
const ADD_LEAD_IN = /\b(?:(?:add|include|append|put|insert)\b[^.]{0,40}?\b(?:lines?|trailers?|sign(?:ed|ing)?[- ]?off|signature|following|below|like\s+(?:this|so))\b|end\s+(?:it|your\s+\w+|the\s+\w+)\s+with|certify|must\s+(?:contain|have|carry|end\s+with)|should\s+(?:contain|have|carry|end\s+with)|(?:must|should|need\s+to)\s+(?:be\s+)?(?:structured|formatted|laid\s+out|written)\s+(?:like|as)\b)/i;

/**
 * A trailer written out in a block that the prose just before it asks to add: "To certify ..., add a line like the
 * one below to the end of the commit message:" then `Signed-off-by: Random Developer <...>`. An example message that
 * merely ends with one, under no such request, asks nothing.
 */
function trailerAskedFor(l: Located): boolean {
  if (!TRAILER_LINE.test(l.block.text)) return false;
  for (let k = l.index - 1; k >= 0 && k >= l.index - 2; k--) {
    const prev = l.doc.blocks[k];
    if (prev.kind === 'code') continue;
    if (prev.kind === 'heading') return false;
    const lead = plain(prev);
    const m = ADD_LEAD_IN.exec(lead);
    return m !== null && !saidNotNeeded(lead, m.index) && !OPTIONAL.test(clauseBefore(lead, m.index)) && !forbids(lead);
  }
  return false;
}

/** The 0-based line of a block's text that holds the trailer. */
const trailerLine = (text: string): number => text.split('\n').findIndex((line) => /Signed-off-by:/i.test(line));
