/**
 * Subjects that open with a tracker's issue key: "[PROJ-123] Close the stream sooner", "PROJ-42: add a flag". Projects
 * run from an issue tracker (JIRA, YouTrack, Linear) ask that every commit or pull request title start with the key
 * of its issue; the key is the subject's prefix as an area is in "net: fix a leak", so the convention is a prefix
 * convention. The key is told apart from a placeholder (`<JIRA-123>`), which a format block writes instead.
 */
import { Block } from '../documentModel';

/** A literal key, then at least two words: `[ABC-123] Summary words`, `ABC-123: summary words`, `ABC-123 - summary`. */
// (A bare key needs a capitalised word after it, `ABC-123 Add export button`, so that "UTF-8 files" is no key.)
const KEY_SUBJECT = /^(?:\[[A-Z][A-Z0-9]{1,15}-\d{1,7}\]:?|[A-Z][A-Z0-9]{1,15}-\d{1,7}(?::|\s+-|(?=\s+[A-Z][a-z])))\s+\S+\s+\S/;
/** What a code block's first line may be instead of the subject: `git commit -m "ABC-1: ..."`. */
const DASH_M = /\bgit\s+commit\b[^"'\n]*?-\w*m\s+["']([^"'\n]+)/;
/** "e.g.", "for example", "such as", "like": the code spans that follow are examples. */
const EXAMPLE_WORDS = /\be\.g\.|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\blike\b|\bexamples?\b/i;

/** Whether a subject (a code span's text, a block's first line) opens with an issue key. */
export function issueKeySubject(subject: string): boolean {
  const trimmed = subject.trim();
  const dashM = DASH_M.exec(trimmed);
  return KEY_SUBJECT.test(dashM ? dashM[1] : trimmed);
}

/**
 * Whether a prose block shows an example subject opening with an issue key: a code span after "e.g."/"for example",
 * or a list item that is nothing but such a span. The caller checks that the block is about commits or titles.
 */
export function issueKeyExampleSpan(block: Block): boolean {
  if ((block.kind !== 'paragraph' && block.kind !== 'listItem') || block.code.length === 0) return false;
  const whole = block.kind === 'listItem' && block.code.length === 1 && /^`[^`]+`[.;,]?$/.test(block.text.trim());
  if (!whole && !EXAMPLE_WORDS.test(block.text.slice(0, block.code[0].offset))) return false;
  return block.code.some((c) => issueKeySubject(c.text));
}

/** The first non-blank line of a code block (an example message's subject), or the message of its `git commit -m`. */
export function issueKeyExampleBlock(code: string): boolean {
  const first = /^[ \t]*(\S.*)$/m.exec(code);
  return first !== null && issueKeySubject(first[1]);
}

/**
 * "Commit messages should start with the JIRA issue key", "prefix the PR title with the ticket ID": the subject's
 * prefix named in words. (Only a prefix: "include the issue number in the message" asks for a reference anywhere; and only a key or id,
 * not "the issue number", which "#123 Fix ..." writes as a reference rather than a prefix.)
 */
const KEY_PREFIX_PROSE =
  /\b(?:start|begin|prefix)\w*\s+(?:(?:it|them|(?:the|your|each|every)\s+(?:[\w-]+\s+){1,3}?)\s*)?(?:with|by)\s+(?:the\s+|an?\s+|its\s+|your\s+)?(?:(?:related|relevant|corresponding|associated)\s+)?(?:(?:JIRA|YouTrack)\s+(?:issue|ticket|bug)s?\b|(?:tracker\s+)?(?:issue|ticket|bug)\s*(?:keys?|ids?|identifiers?)\b)/i;
/** Words one of which KEY_PREFIX_PROSE needs. */
/** Words one of which issueKeyPrefixProse needs (exported for the caller's cheap test first). */
export const KEY_WORDS = /issue|ticket|bug|jira|youtrack/i;
/** The subject named: a commit message, its title or first line, a pull request's title. */
const SUBJECT_WORDS = /\bcommit\s+(?:messages?|titles?|subjects?|summar(?:y|ies))\b|\b(?:subject|summary|first)\s+line\b|\b(?:PR|pull[\s-]+request|merge\s+request)s?['’]?s?\s+titles?\b|\btitles?\s+of\s+(?:the|your|a|each)\s+(?:PR|pull[\s-]+request|merge\s+request|commit)s?\b/i;

/**
 * "Prefix every commit message with the issue number in the form `[#NNN]`": the verb "prefix" itself puts the number
 * at the head, where "include" or "start with" may only ask for a reference.
 */
const NUMBER_PREFIX_PROSE =
  /\bprefix(?:es|ed)?\s+(?:(?:it|them|(?:the|your|each|every|all)\s+(?:[\w-]+\s+){1,3}?)\s*)?with\s+(?:the\s+|an?\s+|its\s+|your\s+)?(?:(?:related|relevant|corresponding|associated)\s+)?(?:issue|ticket|bug)\s+numbers?\b/i;

/** "Prefix every commit with ...": the commit itself named as what takes the prefix. */
const EVERY_COMMIT = /\bprefix(?:es|ed)?\s+(?:every|each|all|your)\s+commits?\b/i;
/** "You may prefix ...", "if you like": the prefix offered, not asked (a "can" of something else, "so GitHub can link it", is not). */
const OFFERED_BEFORE = /\b(?:may|can|could|optionally|feel\s+free\s+to)\s+(?:\w+\s+){0,2}$/i;
const OFFERED_ANYWHERE = /\bif\s+you\s+(?:like|want|wish|prefer)\b/i;

/** Whether prose asks for a subject that starts with the issue's key. */
export function issueKeyPrefixProse(text: string): boolean {
  if (!KEY_WORDS.test(text)) return false;
  if (KEY_PREFIX_PROSE.test(text) && SUBJECT_WORDS.test(text)) return true;
  const m = NUMBER_PREFIX_PROSE.exec(text);
  if (m === null || !(SUBJECT_WORDS.test(text) || EVERY_COMMIT.test(text))) return false;
  // Only the sentence that asks: "You may prefix your message with the issue number if you like" offers it.
  const start = Math.max(text.lastIndexOf('.', m.index) + 1, 0);
  const end = text.indexOf('.', m.index + m[0].length);
  return !OFFERED_BEFORE.test(text.slice(start, m.index)) && !OFFERED_ANYWHERE.test(text.slice(start, end < 0 ? undefined : end));
}
