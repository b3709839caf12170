import { Found } from '../facts';
import { Block } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { mentions, plain } from './text';
import { subjectCeiling } from './subjectCeiling';

const LENGTH_SENTENCE = /\b(?:summary|summaries|summari[sz]e|subjects?|headers?|headlines?|shortlogs?|first\s+lines?|titles?|(?:commit|descriptive)\s+messages?|(?:single|one|first)[-\s]line\s+descriptions?|description\s+line)\b[^.!]{0,80}?\b(\d{2,3})(?:\s*|-)(?:characters?|chars?|columns?|cols)\b|\b(\d{2,3})(?:\s*|-)(?:characters?|chars?|columns?|cols)\b[^.!]{0,40}?\b(?:summary|subjects?|headers?|headlines?|shortlogs?|first\s+lines?|titles?)\b/i;
/**
 * A limit on every line of a commit message ("Lines shouldn't be longer than 72 characters", "should not overflow
 * 80 columns") holds for its first line too; read only where the text is about commit messages. A limit on the
 * lines of the body or description is not one on the subject.
 */
const LINES_LIMIT = /\blines\b(?![^.!]{0,30}\b(?:body|description|paragraphs?|code|source)\b)[^.!]{0,40}?\b(?:(?:longer|wider|more)\s+than|exceed(?:ing)?|overflow(?:ing)?|to|at\s+most|within)\s+(\d{2,3})(?:\s*|-)(?:characters?|chars?|columns?|cols)\b/i;

/**
 * A hard limit stated beside a softer one ("preferably 50 characters or less, and no more than 72"): the hard one
 * is the subject's maximum.
 */
const HARD_LIMIT = /\b(?:no\s+more\s+than|not\s+more\s+than|no\s+longer\s+than|at\s+most|a\s+maximum\s+of|maximum\s+of|(?:(?:must|should|shall|can|may)\s+not|mustn't|shouldn't|can't|cannot|never)\s+exceed|never\s+(?:more|longer)\s+than|limited\s+to)\s+(\d{2,3})(?:\s*|-)(?:characters?|chars?|columns?|cols)\b/i;
/** A wrap width set for every line of a commit message, its subject too. */
const WRAP_WHOLE_MESSAGE = /\bwrap\s+(?:your\s+|the\s+|all\s+(?:of\s+)?(?:the\s+|your\s+)?)?(?:commit\s+messages?|(?:commit\s+)?message\s+lines|lines|every\s+line)\s+(?:at|to)\s+(\d{2,3})\s*(?:characters|chars|columns|cols)\b/i;
/** "the 50/72 rule": a subject of at most the first number, lines of the body wrapped at the second. */
/** A floor, not a ceiling: "at least 50 characters", "a minimum of 10 chars", "20 characters or more". */
const MINIMUM = /\b(?:at\s+least|(?:a\s+)?minimum\s+of|no\s+(?:fewer|less)\s+than)\s+(?:\d{2,3})(?:\s*|-)(?:characters?|chars?|columns?|cols)\b|\b\d{2,3}\s*(?:characters?|chars?)\s+or\s+(?:more|longer)\b/gi;
const FIFTY_SEVENTY_TWO = /\b([3-9]\d)\/([6-9]\d|1[0-2]\d)\s+(?:rule|format(?:ting)?|convention|guideline|style)\b/i;
/** Titles of things other than commits and pull requests: issues, bug reports, tickets, discussions, docs pages, posts. */
const OTHER_TITLES = /\b(?:issues?|bug\s+reports?|reports?|tickets?|discussions?|pages?|posts?|articles?|sections?)(?:['’]s)?\s+titles?\b|\btitles?\s+(?:of|for)\s+(?:the\s+|your\s+|an?\s+|each\s+|all\s+)?(?:new\s+)?(?:issues?|bug\s+reports?|reports?|tickets?|discussions?|pages?|posts?|articles?|sections?|documents?)\b/i;
/** LENGTH_SENTENCE needs this word. */
const CHAR_WORDS = ['char', 'column', 'cols'];
/** A sign for "at most" before a number: `<=`, `=<`, `≤`. */
const AT_MOST_SIGN = /(?:<=|=<|\u2264)\s*(?=\d)/g;
/** How far back the sentence that introduces a list item may be. */
const LEAD_IN_BLOCKS = 20;

/** The longest commit subject the guide allows: a stated character count, or `.{1,N}` in a message regex. */
export function subjectMaxLength(sources: Sources): Found<number> | null {
  // A wrap width for every line of the message, kept for when no block gives the subject's own limit.
  let wrapWidth: Found<number> | undefined;
  for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
    const b = l.block;
    if (b.kind === 'code') {
      const lines = b.text.split('\n');
      // An example message introduced by prose about commit messages ("Format commit messages like this:") is
      // about commits as much as one under a "Commit messages" heading.
      const prev = l.index > 0 ? l.doc.blocks[l.index - 1] : undefined;
      // ("**Commit/Pull Request Format**" as a bold line before the block says it as well as a heading.)
      const aboutCommits = /commit|message/i.test(b.sections.join(' ')) || (prev !== undefined && prev.kind !== 'code' && /\bcommit(?:\s+messages?|s?\b)/i.test(plain(prev)));
      for (let k = 0; k < lines.length; k++) {
        if (lines[k].length < 5) continue;
        const m = /:\s?\.\{1,(\d{2,3})\}/.exec(lines[k]) ?? (aboutCommits ? LENGTH_SENTENCE.exec(abbreviationsOpen(lines[k])) : null);
        if (m) return { value: Number(m[1] ?? m[2]), source: sourceOf(l, b.line + k) };
      }
      // An example message explains its rules in wrapped prose: a limit may run over a line break ("... 72\ncharacters").
      if (aboutCommits && /char|column|cols/i.test(b.text)) {
        const joined = lines.join(' ');
        const m = LENGTH_SENTENCE.exec(joined) ?? LINES_LIMIT.exec(joined);
        if (m) return { value: Number(m[1] ?? m[2]), source: sourceOf(l, b.line + lineAt(lines, m.index)) };
      }
      continue;
    }
    if (b.text.includes('/')) {
      const rule = FIFTY_SEVENTY_TWO.exec(plain(b));
      if (rule && /commit|message|subject|summary/i.test(`${plain(b)} ${b.sections.join(' ')}`)) return { value: Number(rule[1]), source: sourceOf(l) };
    }
    // A list item is read with the line that introduces it ("The first line should:" then "no more than 72 characters").
    const intro = leadIn(l);
    // LENGTH_SENTENCE counts characters: without the word, nothing to find.
    if (!mentions(b, CHAR_WORDS) && !/char/i.test(intro)) continue;
    // ("<= 50 characters", "≤72 chars": the sign says "at most".)
    // ("as long as 72 (instead of 50) characters": the number set aside in parentheses is not the limit.)
    const text = abbreviationsOpen(numeralsOf(`${intro} ${plain(b)}`.trim())).replace(AT_MOST_SIGN, 'at most ').replace(/\s*\((?:instead\s+of|rather\s+than|not|vs\.?)\s+\d{2,3}\)/gi, '');
    const context = `${text} ${b.sections.join(' ')}`;
    // (A section on pull requests or patches speaks of the commit they become: "## Pull Requests" over "First line is a
    // <=72 character description".)
    if (!/commit|title|summary|subject|header|headline|shortlog|pull[\s-]+requests?|\bPRs?\b|merge\s+requests?|\bpatch(?:es)?\b/i.test(context)) continue;
    // "Issue titles should be under 80 characters" is about reports, not commits or pull requests.
    // (Also "the title of your issue", "bug report titles", "page titles" of the docs: titles of other things.)
    if (OTHER_TITLES.test(text) && !/\bcommit|\bPRs?\b|pull[\s-]+requests?|merge\s+requests?/i.test(text)) continue;
    // "Wrap your commit messages at 72 characters", "Wrap all lines at 80 characters": every line of the message, the
    // subject too, so the subject's limit. (Not "wrap the body at 72", nor a line of code.)
    // (Only where the text or its headings speak of commit messages, and only if no block gives the subject's own limit.)
    const whole = /\bcommit\s+messages?\b/i.test(context) ? WRAP_WHOLE_MESSAGE.exec(text) : null;
    if (whole) wrapWidth ??= { value: Number(whole[1]), source: sourceOf(l) };
    // "wrap the body at 72" is about the body, not the subject.
    // "at least 10 characters" asks for a minimum (of a title or a description), never a limit.
    // ("body lines under 100 characters" is the body's limit too.)
    const unwrapped = text.replace(/\bwrap\b[^.]{0,40}\d{2,3}\s*(?:characters|chars|columns|cols)|\bbody(?:\s+(?:lines?|text))?\s+(?:under|below|within|of\s+at\s+most|at\s+most|no\s+(?:longer|more)\s+than|up\s+to|of)\s+\d{2,3}\s*(?:characters|chars|columns|cols)/gi, '').replace(MINIMUM, '');
    const m = LENGTH_SENTENCE.exec(unwrapped);
    // A "header" or "headline" is a commit's only where the text or its headings speak of messages ("The header should
    // not exceed 80 characters" under "Code style" is a source file's header).
    if (m && /^(?:headers?|headlines?)\b/i.test(m[0]) && !/\bcommit|\bmessages?\b|\bpatch|\bPRs?\b|pull[\s-]+requests?|merge\s+requests?|\bsubject/i.test(context)) continue;
    if (m) return { value: Number(HARD_LIMIT.exec(unwrapped)?.[1] ?? m[1] ?? m[2]), source: sourceOf(l) };
    const lines = /\bcommit\s+messages?\b/i.test(context) ? LINES_LIMIT.exec(unwrapped) : null;
    if (lines) return { value: Number(lines[1]), source: sourceOf(l) };
    // A limit at the end of a long sentence whose subject is the first line, or under a heading that names it.
    const ceiling = subjectCeiling(l, unwrapped);
    if (ceiling !== null) return { value: ceiling, source: sourceOf(l) };
  }
  return wrapWidth ?? null;
}

/**
 * "max. 50 characters", "approx. 72 chars", "e.g.": an abbreviation's period ends no sentence. A quoted example
 * subject ("e.g. \"decoder: fix overflow in huffman table\", and be no longer than 72 characters") is one word of the
 * sentence around it, not eighty characters between the subject and its limit.
 */
const abbreviationsOpen = (text: string): string =>
  text
    .replace(/\b(max|min|approx|ca|resp)\.(?=\s)/gi, '$1')
    .replace(/\b([ei])\.([ge])\.(?=[\s,])|\b(etc)\.(?=[\s,)])/gi, (_m, a: string | undefined, b: string | undefined, etc: string | undefined) => etc ?? `${a}${b}`)
    .replace(/`[^`\n]{1,100}`/g, (span) => span.replace(/\./g, ' '))
    .replace(/"[^"\n]{1,100}"|\u201c[^\u201d\n]{1,100}\u201d/g, (quote) => (EXAMPLE_QUOTE.test(quote) && !NAMES_THE_LINE.test(quote) ? '"example"' : quote));
/** A quoted example message: a prefix with a colon, or a few words ("Update the install guide"), not a quoted name. */
const EXAMPLE_QUOTE = /:|\S+\s+\S+\s+\S+/;
/** A quoted name of the line itself ("subject line", "title"): the sentence is about it. */
const NAMES_THE_LINE = /\b(?:subject|summary|title|header|headline|first\s+line)\b/i;

/** Which line (0-based) of `lines`, joined by single spaces, holds the character at `index`. */
function lineAt(lines: readonly string[], index: number): number {
  let end = 0;
  for (let k = 0; k < lines.length; k++) {
    end += lines[k].length + 1;
    if (index < end) return k;
  }
  return lines.length - 1;
}

/**
 * The text that introduces a list item: its parent item, or the paragraph or item ending in a colon right
 * before its list. "" for anything else.
 */
function leadIn(l: Located): string {
  const b = l.block;
  if (b.kind !== 'listItem') return '';
  const blocks = l.doc.blocks;
  const at = l.index;
  for (let k = at - 1; k >= 0 && k >= at - LEAD_IN_BLOCKS; k--) {
    const prev: Block = blocks[k];
    if (prev.kind === 'listItem' && (prev.listId === b.listId || prev.depth > b.depth)) continue;
    if (prev.kind === 'listItem' && prev.depth < b.depth) return plain(prev);
    if ((prev.kind === 'paragraph' || prev.kind === 'listItem') && /:\s*$/.test(prev.text)) return plain(prev);
    return '';
  }
  return '';
}

const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** A count written in words ("fifty characters", "seventy-two columns"), before a unit of characters. */
const NUMBER_WORDS = /\b(thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?(?=\s+(?:characters|chars|columns|cols)\b)|\bone\s+hundred(?=\s+(?:characters|chars|columns|cols)\b)/gi;

/** The text with counts written in words turned into digits ("capped at fifty characters" → "capped at 50 characters"), "max." read as "max". */
function numeralsOf(text: string): string {
  // "max. 50 characters": the abbreviation's dot is no sentence end.
  if (text.includes('.')) text = text.replace(/\b(max|min|approx|ca)\.\s/gi, '$1 ');
  // "50 or less characters" reads as "50 characters or less", so every rule below sees the number beside its unit.
  if (/\bor\s+(?:less|fewer)\b/i.test(text)) text = text.replace(/\b(\d{2,3})\s+or\s+(less|fewer)\s+(characters?|chars?|columns?|cols)\b/gi, '$1 $3 or $2');
  if (!/ty\b|ty[\s-]|hundred/i.test(text)) return text;
  return text.replace(NUMBER_WORDS, (_whole: string, tens?: string, unit?: string) => (tens ? String(TENS[tens.toLowerCase()] + (unit ? UNITS[unit.toLowerCase()] : 0)) : '100'));
}
