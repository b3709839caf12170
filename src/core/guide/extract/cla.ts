import { Found } from '../facts';
import { Sources, sourceOf } from '../sources';
import { Block } from '../documentModel';
import { allMatches, mentions, plain, saidNotNeeded, sentenceAround, straightQuotes } from './text';

/** Words (lowercase) one of which CLA needs. */
const CLA_WORDS = ['cla', 'licen', 'agreement'];
/** "CLA" (an individual's ICLA, a company's CCLA), "Contributor License Agreement", the short "contributor agreement" and the "Contributor License Grant" some projects write. */
const CLA = /\b[IC]?CLAs?\b|\bcontributor(?:'s)?\s+(?:licen[cs]e\s+)?agreements?\b|\bcontributor(?:'s)?\s+licen[cs]e\s+grants?\b/gi;

/**
 * Whether contributors must sign a Contributor License Agreement: false when a mention says it is not needed
 * ("You don't need to sign a CLA", "there is no CLA", "a CLA is not required"), true for any other mention.
 * Commented-out text does not count.
 */
/** A link text that ends by naming an agreement, maybe with its abbreviation after it. */
const AGREEMENT_NAME = /\bagreement\s*(?:\([^)]{1,20}\))?$/i;
/** More words than this, a link's text is the title of a page (a blog post, an article), not a name to act on. */
const MAX_NAME_WORDS = 4;

/** A linked post announcing the end of the agreement: "Hello DCO, Goodbye CLA", "Why we dropped our CLA". */
const TITLE_SAYS_OVER = /\bgoodbye,?\s+(?:to\s+)?(?:the\s+|our\s+)?CLAs?\b|\b(?:dropp|retir|remov|abandon)(?:ed|ing)\s+(?:the\s+|our\s+)?CLAs?\b/i;

/**
 * The prose without the text of links that are titles: "see the post [Hello DCO, Goodbye CLA](…)" speaks of
 * an article, and "Sign the [CLA](…)" still counts. Titles are blanked, so offsets stay put.
 */
function withoutTitles(block: Block, text: string): string {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return text;
  let out = text;
  for (const link of block.links) {
    // A URL is an address, whatever words its path spells (`…/hello-dco-goodbye-cla`).
    const target = link.target.length <= 2000 ? out.indexOf(link.target) : -1;
    if (target >= 0 && link.target.length > 0) out = out.slice(0, target) + ' '.repeat(link.target.length) + out.slice(target + link.target.length);
    const title = straightQuotes(link.text).trim();
    // "[.NET Foundation Contributor License Agreement](…)", "[Individual Contributor License Agreement (CLA)][1]"
    // name the agreement itself, however long the name.
    if (title.split(/\s+/).length <= MAX_NAME_WORDS || title.length > 500 || AGREEMENT_NAME.test(title)) continue;
    const at = out.indexOf(title);
    if (at >= 0) out = out.slice(0, at) + ' '.repeat(title.length) + out.slice(at + title.length);
  }
  return out;
}

/**
 * "We do NOT require pull request submitters to sign the CLA", "nobody is required to sign a CLA": a negated
 * requirement to sign, with the people it names between (more words than `saidNotNeeded` allows).
 */
const NOT_REQUIRED_TO_SIGN = /\b(?:(?:do|does|will)\s+not|don't|doesn't|won't|never)\s+(?:require|ask|expect)\b[^.;!?]{0,60}?\bto\s+sign\s+(?:the\s+|a\s+|an\s+|our\s+|any\s+)?$|\b(?:not|never)\s+(?:be\s+)?(?:required|asked|expected)\s+to\s+sign\s+(?:the\s+|a\s+|an\s+|our\s+|any\s+)?$/i;
/** How far back (characters) NOT_REQUIRED_TO_SIGN may start. */
const SIGN_WINDOW = 100;

/** "We do not require any formal copyright assignment or contributor license agreement": the agreement in a list the negation covers. */
const NOT_REQUIRED_LIST = /\b(?:(?:do|does|will)\s+not|don't|doesn't|won't|never)\s+(?:require|need|ask\s+for)\s+(?:any\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,7}(?:or|nor)\s+(?:an?\s+|any\s+)?(?:formal\s+)?$/i;
const notRequiredToSign = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - SIGN_WINDOW), at);
  return NOT_REQUIRED_TO_SIGN.test(before) || NOT_REQUIRED_LIST.test(before);
};
/** "We use the DCO instead of a CLA", "rather than a CLA": another way named in its place. */
// ("We moved from a CLA to the DCO": the agreement left behind.)
const IN_PLACE_OF = /\b(?:instead\s+of|rather\s+than|in\s+place\s+of|no\s+longer\s+(?:uses?|requires?|asks?\s+for)|(?:moved|switched|migrated)\s+(?:away\s+)?from)\s+(?:an?\s+|the\s+|any\s+|our\s+)?$/i;
const replaced = (text: string, at: number): boolean => IN_PLACE_OF.test(text.slice(Math.max(0, at - 40), at));

/** "We used to require a CLA", "previously asked for a CLA", "we dropped our CLA": a requirement that is over. */
const NO_LONGER = /\b(?:used\s+to|formerly|previously|once)\s+(?:required?|used|had|ask(?:ed)?\s+for|need(?:ed)?|expect(?:ed)?)\s+(?:an?\s+|the\s+|any\s+|our\s+)?$|\b(?:dropped|retired|removed|abandoned|discontinued|goodbye,?)\s+(?:our\s+|the\s+|its\s+)?$/i;
/** "The CLA was dropped in 2024", "our CLA has been retired": the agreement named, then said to be gone. */
const GONE_AFTER = /^\s{0,3}(?:\([^)]{0,30}\)\s{0,3})?(?:is|was|has\s+been|have\s+been)\s+(?:dropped|retired|removed|abandoned|discontinued|replaced)\b/i;
/** "a library that required a CLA": a relative clause in the past tense tells of someone else's rule, not this one's. */
const OTHERS_PAST = /\b(?:that|which|who)\s+(?:required|needed|asked\s+for|had)\s+(?:an?\s+|the\s+|its\s+|their\s+)?$/i;
const before = (re: RegExp, text: string, at: number): boolean => re.test(text.slice(Math.max(0, at - 40), at));

/**
 * Small changes an exemption may be scoped to: small or trivial patches, typo fixes, bug fixes, docs, or a size in
 * lines ("If your pull request is about ~20 lines of code you don't need to sign", "changes under 10 lines").
 */
const SMALL_CHANGES = /\b(?:small|minor|trivial|typos?|simple|obvious|tiny|bug\s*fix(?:es)?)\b|(?:\b(?:about|around|under|below|less\s+than|fewer\s+than|at\s+most|up\s+to)\s+|~\s?)\d{1,4}\s+lines\b/i;

/**
 * "You don't have to sign the CLA until after your code is reviewed": a negation that a time clause bounds says when
 * to sign, not that nobody signs. Read in the rest of the sentence after the agreement is named.
 */
const UNTIL = /\buntil\b|\btill\b/i;
const onlyWhen = (text: string, at: number): boolean => {
  const rest = text.slice(at, at + 200);
  // The clause the agreement is named in: "You do not need to sign a CLA, just open a pull request and wait until a
  // maintainer reviews it" has its "until" in another clause, about the review.
  const end = rest.search(/[,.;!?](?:\s|$)/);
  return UNTIL.test(end >= 0 ? rest.slice(0, end) : rest);
};

/**
 * A heading that names the agreement ("## Contributor Agreement") asks for one only through what its section says:
 * an empty section asks nothing, and one that only says submitting a pull request is agreeing to the licence ("By
 * submitting a pull request, you agree that your contribution is licensed under ...") asks for no signature. The
 * section asks when it tells the reader to sign or accept something, or links the place to do it.
 */
// ("Signed-off-by" and "sign off" are the DCO, not a signature on an agreement; "accept the terms of the licence" is
// agreeing by submitting.)
const SIGNING = /\bsign(?!ed[\s-]off|[\s-]off|s?[\s-]off)|\bfill\s+(?:in|out)|\bcomplet(?:e|es|ing)\s+(?:the|a|an|our|your)\b|\bsubmit\s+(?:the|a|an|your)\s+(?:form|agreement)|\bCLA\b|\bagreement\b/i;
/** A link to the agreement or its signing service, not to the project's licence. */
const AGREEMENT_LINK = /\bcla\b|cla[-.]|agreement|\bsign|contributor|\bicla|\bccla|form/i;
function headingAsks(l: Sources['guideFlow'][number]): boolean {
  if (l.block.kind !== 'heading') return true;
  // "## Signing the CLA": the heading itself asks ("## Do I need to sign a CLA?" asks the question; its answer says).
  if (/\bsign(?:ing)?\b/i.test(l.block.text) && !/\?\s*$/.test(l.block.text)) return true;
  const level = l.block.level;
  for (let k = l.index + 1; k < l.doc.blocks.length; k++) {
    const b = l.doc.blocks[k];
    if (b.kind === 'heading') {
      if (b.level <= level) return false;
      continue;
    }
    if (b.kind === 'code') continue;
    if (SIGNING.test(plain(b)) || b.links.some((link) => AGREEMENT_LINK.test(`${link.text} ${link.target}`))) return true;
  }
  return false;
}

/** "Do I need to sign a CLA?", "Is a CLA required?" (not "Why do we need a CLA?", nor "... again for another repo?"). */
const NEED_TO_SIGN_QUESTION = /^\W*(?:(?:do|does|must|should|will)\s+(?:I|you|we|contributors?)\s+(?:need|have)\s+to\s+sign\s+(?:a|an|the|any)\s+(?:CLA|contributor(?:'s)?\s+(?:licen[cs]e\s+)?agreement)|(?:is|are)\s+(?:a\s+|the\s+)?(?:CLAs?|contributor(?:'s)?\s+(?:licen[cs]e\s+)?agreements?)\s+(?:required|needed|necessary))\b(?![^?]*\bagain\b)[^?]{0,60}\?\s*$/i;
/** The first paragraph under a question heading opens with "No". */
function answeredNo(l: Sources['guideFlow'][number]): boolean {
  const next = l.doc.blocks.slice(l.index + 1).find((b) => b.kind !== 'code');
  return next !== undefined && next.kind !== 'heading' && /^\W*no\b/i.test(plain(next));
}

export function claRequired(sources: Sources): Found<boolean> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow].filter((l) => !l.block.commented && l.block.kind !== 'code');
  let required: Found<boolean> | null = null;
  const titleOver = flow.some((l) => (l.block.kind === 'paragraph' || l.block.kind === 'listItem') && l.block.links.some((link) => link.text.length <= 500 && TITLE_SAYS_OVER.test(link.text)));
  for (const l of flow) {
    // "## Do I need to sign a CLA in order to contribute?" answered "No you don't.": not required.
    if (l.block.kind === 'heading' && NEED_TO_SIGN_QUESTION.test(l.block.text) && answeredNo(l)) return { value: false, source: sourceOf(l) };
    if (!mentions(l.block, CLA_WORDS) || !headingAsks(l)) continue;
    const text = withoutTitles(l.block, plain(l.block));
    // A requirement that is over ("we dropped our CLA") answers no, unless the same block asks for a new one ("the
    // old CLA was retired; contributors now sign the new agreement").
    let over = false;
    let askedHere = false;
    for (const m of allMatches(text, CLA)) {
      if (before(OTHERS_PAST, text, m.index)) continue;
      if (before(NO_LONGER, text, m.index) || GONE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) {
        over = true;
        continue;
      }
      const negated = (saidNotNeeded(text, m.index) || notRequiredToSign(text, m.index)) && !onlyWhen(text, m.index);
      // "Small patches and typical bug fixes do not require a CLA": an exemption for small changes, which leaves the
      // agreement asked of the rest (the same scoping the discuss-first reader gives "no issue needed for typos").
      if (negated && SMALL_CHANGES.test(sentenceAround(text, m.index))) continue;
      if (negated || replaced(text, m.index)) return { value: false, source: sourceOf(l) };
      // Where the material links a post on the agreement's end ("Hello DCO, Goodbye CLA"), a later mention that asks
      // nobody to sign ("commit under the name registered against the CLA") is history, not a requirement.
      if (titleOver && !/\bsign/i.test(sentenceAround(text, m.index))) continue;
      required ??= { value: true, source: sourceOf(l) };
      askedHere = true;
      over = false;
    }
    if (over && !askedHere) return { value: false, source: sourceOf(l) };
  }
  return required;
}
