/**
 * A subject limit the sentence patterns of `subjectLength` miss because the words that say what is limited stand far
 * from the number: "The first line should be a descriptive sentence about what the commit does, written in the
 * imperative, e.g. "Add this.", and should not exceed 70 characters", or a section of its own for the subject
 * ("### Subject line", "## First line of the commit message") whose text says only "Keep it short: no longer than 60
 * characters". The subject is then named by the sentence's own opening words or by the heading: the structure of the
 * guide, not one phrasing. Guides that split their message rules into a subject and a body section do this often
 * (subject/body headings in Angular-style and patch-mail guides alike).
 */
import { Located } from '../sources';
import { sentenceWithExamples } from './factsSentences';
import { plain } from './text';

const COUNT = String.raw`(\d{2,3})(?:\s*|-)(?:characters?|chars?|columns?|cols)\b`;
/** A ceiling on a length: "should not exceed 70 characters", "no longer than 60 chars", "72 characters or less". */
const CEILING = new RegExp(
  String.raw`\b(?:(?:(?:must|should|shall|can|may|does|do)\s+not|mustn't|shouldn't|can't|cannot|doesn't|don't|never|not|to)\s+(?:be\s+)?(?:exceed|go\s+(?:over|beyond)|be\s+(?:longer|more)\s+than)|no\s+(?:more|longer)\s+than|at\s+most|under|below|within|up\s+to|less\s+than|shorter\s+than|fewer\s+than|a\s+maximum\s+of|max(?:imum)?(?:\s+of)?|limit(?:ed)?\s+(?:it\s+)?to)\s+(?:about\s+|around\s+|roughly\s+|~\s?)?${COUNT}|\b${COUNT}\s+(?:or\s+(?:less|fewer|shorter)|max(?:imum)?|at\s+most)\b`,
  'gi',
);
/** A sentence whose subject is the message's first line: "The first line ...", "Your commit's subject line ...". */
const SUBJECT_OPENING = /^\W*(?:the|your|its|each|every|a)\s+(?:(?:commit(?:'s)?|patch(?:'s)?|message(?:'s)?)\s+)?(?:first\s+line|subject(?:\s+line)?|summary(?:\s+line)?|title|header|headline|shortlog)\b(?!\s+(?:of|in|for)\s+(?:the\s+|your\s+|an?\s+|each\s+)?(?:issues?|bug|reports?|tickets?|docs?|documents?|pages?|files?|sections?|posts?|articles?|discussions?|body|description|code)\b)/i;
/**
 * A heading that names the subject as its own part of the message ("Subject", "The first line", "Commit title").
 * (Not a bare "Summary": a pull request template's "## Summary" is the description's first section.)
 */
const SUBJECT_HEADING = /^\W*(?:(?:the|commit|message|patch|PR|pull[\s-]+request)\s+)?(?:first\s+line|subject(?:\s+line)?|summary\s+line|title|header|headline|shortlog)\b(?!\s+(?:of|for)\s+(?:the\s+|your\s+|an?\s+)?(?:issues?|bug|reports?|tickets?|docs?|pages?|posts?))|\bfirst\s+line\s+of\s+(?:the\s+|your\s+|a\s+)?(?:commit|message|patch)/i;
/** The headings above it speak of commits, messages, patches or pull requests (a "Title" of a docs page does not). */
const MESSAGE_SECTIONS = /\bcommit|\bmessages?\b|\bpatch|\bPRs?\b|pull[\s-]+requests?|merge\s+requests?/i;
/** What the sentence limits instead: the body, its lines, code, a file or a description. */
const OTHER_PART = /\b(?:body|bodies|description|lines\s+of\s+(?:the\s+)?(?:body|code|text)|code|source|files?|paragraphs?|comments?)\b/i;

/**
 * A table row whose first cell names the subject ("| Subject | at most 50 characters |"): the row's cells are
 * paragraphs on one line, and the first of them plays the heading's part.
 */
function rowNamesSubject(l: Located): boolean {
  const blocks = l.doc.blocks;
  let k = l.index;
  while (k > 0 && blocks[k - 1].kind === 'paragraph' && blocks[k - 1].line === l.block.line) k--;
  return k < l.index && SUBJECT_HEADING.test(plain(blocks[k]).trim());
}

/** The ceiling a text states for the subject, its subject named by the sentence's opening or the section's heading. */
export function subjectCeiling(l: Located, text: string): number | null {
  const sections = l.block.sections;
  const heading = sections[sections.length - 1] ?? '';
  const underSubject = (SUBJECT_HEADING.test(heading) || rowNamesSubject(l)) && MESSAGE_SECTIONS.test(sections.join(' '));
  for (const m of text.matchAll(CEILING)) {
    const sentence = sentenceWithExamples(text, m.index);
    if (OTHER_PART.test(sentence)) continue;
    // (An opening sentence counts where it or the headings speak of messages: "The header should not exceed 80
    // characters" under "Code style" is a file's header.)
    if (underSubject || (SUBJECT_OPENING.test(sentence.replace(/^[.!?]\s*/, '')) && MESSAGE_SECTIONS.test(`${sentence} ${sections.join(' ')}`))) return Number(m[1] ?? m[2]);
  }
  return null;
}
