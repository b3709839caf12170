/**
 * More ways a guide sets out an "area: summary" subject: a bracketed placeholder heading an example message
 * ("[Tag]: Short description"), a literal prefix the subject must start with ("must start with "proto: ""),
 * and a placeholder phrase naming the area ("specify touched area: short comment").
 */
import { sentenceAround } from './text';

/** Placeholder words that name no area: the type of a conventional subject, the summary itself, an issue key. */
// ("Draft: " marks an unfinished pull request; `<ticket-number>`, `<JIRA-123>` are issue keys.)
const NOT_AN_AREA_WORD =
  /^(?:type|subject|summary|title|description|message|short\s+description|(?:ticket|issue|bug|jira|story|task)(?:[\s_-]?(?:number|no|id|key|ref))?|id|number|[a-z][a-z0-9]*-\d+|skip\b.*|ci|wip|draft|breaking(?:\s+change)?)$/i;

/** The first line of a block: `[Tag]: ...`, `<Component>: ...`, `{module}: ...`. */
const PLACEHOLDER_HEAD = /^[ \t]*[[<{]([A-Za-z][\w -]{1,25})[\]>}]:\s+\S/;

/** `[module] Short summary`: a bracketed placeholder without a colon, when its word names a part of the code. */
const BRACKET_AREA_HEAD = /^[ \t]*\[(?:area|module|component|subsystem|package|pkg|scope|section|topic|category|library|crate|plugin|dir|directory|feature|tag)(?:[\s_-]?name)?\]\s+\S/i;

/** Whether an example message's first line opens with a placeholder for the area ("[Tag]: Short description"). */
export function placeholderAreaHead(code: string): boolean {
  const first = /^[ \t]*(\S.*)$/m.exec(code);
  if (!first) return false;
  if (BRACKET_AREA_HEAD.test(first[1])) return true;
  const m = PLACEHOLDER_HEAD.exec(first[1]);
  return m !== null && !NOT_AN_AREA_WORD.test(m[1].trim());
}

/** "the summary line must start with "protocol: "", "prefix the subject with `docs/`: ...": a literal head and colon. */
const QUOTED_PREFIX = /\b(?:start|begin|prefix)\w*\s+(?:it\s+|them\s+)?(?:with|by)\s+["'`\u201c]([\w./-]+|<[\w\s-]+>):\s?["'`\u201d]/i;

/** Whether a text says the subject starts with a quoted `word: ` that is not one of the given types. */
export function quotedAreaPrefix(text: string, knownTypes: ReadonlySet<string>): boolean {
  const m = QUOTED_PREFIX.exec(text);
  return m !== null && !knownTypes.has(m[1].toLowerCase()) && !NOT_AN_AREA_WORD.test(m[1].replace(/[<>]/g, ''));
}

/** "specify touched area: short comment", "affected subsystem: summary": a phrase that names the area, then a colon. */
const AREA_PHRASE_PLACEHOLDER = /(?:^|["'`]|\s)(?:[a-z]+\s+){1,2}(?:area|subsystem|component|module|package)\s*:\s+(?:(?:short|brief|one[\s-]line)\s+)?(?:comment|summary|description)\b/i;

export const areaPhrasePlaceholder = (text: string): boolean => AREA_PHRASE_PLACEHOLDER.test(text);

/** The word a guide names the subject's head with: "subject line prefixes", "prefix the summary with ...". */
const PREFIX_WORD = /\bprefix(?:es|ed)?\b/i;
/** The part of a message the prefix goes on (a comment or a log line with a prefix is something else). */
const MESSAGE_PART = /\b(?:commit|subject|title|summary|first\s+line|message)s?\b/i;
/** A quoted literal head: "Core:", `merge:`, 'pci: ' (a word and its colon, nothing after). */
const LITERAL_HEAD = /["'`\u201c\u2018]([A-Za-z][\w./-]{0,30}):\s?["'`\u201d\u2019]/g;
/** Trailers and mail headers are written "Closes:" too; they end a message rather than start its subject. */
const TRAILER = /^(?:fixes|closes?|resolves?|refs?|see|bug|issue|ticket|change-id|link|cc|to|from|subject|[\w-]*-(?:by|on|id|to))$/i;

/**
 * A sentence that speaks of the subject's prefix and quotes one as a literal `word:` that names no type: "Use
 * subject line prefixes ...; examples include "Upstream:" or "Core:"", "prefix the subject with "merge:"", "prefix
 * your summary line with "pci:"". Patch-by-mail projects set out their area prefixes this way: by example, in prose.
 * (A quoted `feat:` or `docs:` is a type, `WIP:` or `Draft:` marks the state of a pull request.)
 */
export function quotedPrefixLiterals(text: string, knownTypes: ReadonlySet<string>): boolean {
  const prefix = PREFIX_WORD.exec(text);
  if (!prefix) return false;
  for (const m of text.matchAll(LITERAL_HEAD)) {
    const word = m[1];
    if (knownTypes.has(word.toLowerCase()) || NOT_AN_AREA_WORD.test(word) || TRAILER.test(word)) continue;
    const sentence = sentenceAround(text, m.index);
    if (PREFIX_WORD.test(sentence) && MESSAGE_PART.test(sentence.replace(/`[^`]*`|"[^"]*"/g, ' '))) return true;
  }
  return false;
}
