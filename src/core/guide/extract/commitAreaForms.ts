/**
 * More ways a guide sets out an "area: summary" subject: a bracketed placeholder heading an example message
 * ("[Tag]: Short description"), a literal prefix the subject must start with ("must start with "proto: ""),
 * and a placeholder phrase naming the area ("specify touched area: short comment").
 */
import { Block } from '../documentModel';
import { sentenceWithExamples } from './factsSentences';

/** Placeholder words that name no area: the type of a conventional subject, the summary itself, an issue key. */
// ("Draft: " marks an unfinished pull request; `<ticket-number>`, `<JIRA-123>` are issue keys.)
const NOT_AN_AREA_WORD =
  /^(?:type|subject|summary|title|description|message|short\s+description|(?:ticket|issue|bug|jira|story|task)(?:[\s_-]?(?:number|no|id|key|ref))?|id|number|[a-z][a-z0-9]*-\d+|skip\b.*|ci|wip|draft|breaking(?:\s+change)?)$/i;

/**
 * The first line of a block: `[Tag]: ...`, `<Component>: ...`, `{module}: ...`, or alternatives for the head
 * (`<feature|plugin|subject>: ...`, the kernel style's "whichever names the change best").
 */
const PLACEHOLDER_HEAD = /^[ \t]*[[<{]([A-Za-z][\w -]{1,25}(?:\|[A-Za-z][\w -]{1,25}){0,5})[\]>}]:\s+\S/;

/** A Conventional Commits type word, as an alternative of a placeholder (`<feat|fix|docs>`). */
const COMMIT_TYPE_WORD = /^(?:feat|feature|fix|bugfix|docs?|chore|refactor|perf|test|tests|build|ci|style|revert|deps)$/i;

/** `[module] Short summary`: a bracketed placeholder without a colon, when its word names a part of the code. */
const BRACKET_AREA_HEAD = /^[ \t]*\[(?:area|module|component|subsystem|package|pkg|scope|section|topic|category|library|crate|plugin|dir|directory|feature|tag)(?:[\s_-]?name)?\]\s+\S/i;

/** Whether an example message's first line opens with a placeholder for the area ("[Tag]: Short description"). */
export function placeholderAreaHead(code: string): boolean {
  const first = /^[ \t]*(\S.*)$/m.exec(code);
  if (!first) return false;
  if (BRACKET_AREA_HEAD.test(first[1])) return true;
  const m = PLACEHOLDER_HEAD.exec(first[1]);
  if (m === null) return false;
  // Alternatives name the area when the first does: `<type|scope>` leads with the conventional type, and
  // `<feat|fix|docs>` lists the types themselves.
  const alternatives = m[1].split('|').map((a) => a.trim());
  if (alternatives.length > 1 && alternatives.filter((a) => COMMIT_TYPE_WORD.test(a)).length * 2 >= alternatives.length) return false;
  return !NOT_AN_AREA_WORD.test(alternatives[0]);
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

// (The pattern needs a colon: a plain search rules most blocks out before the pattern runs.)
export const areaPhrasePlaceholder = (text: string): boolean => text.includes(':') && AREA_PHRASE_PLACEHOLDER.test(text);

/**
 * The word a guide names the subject's head with: "subject line prefixes", "prefix the summary with ...", or the verb
 * that puts it first: "start the summary with a word naming the part touched: `parser:`, `cli:`" (not negated).
 */
const PREFIX_WORD = /\bprefix(?:es|ed)?\b|(?<!\b(?:don't|do\s+not|never|not)\s+)\b(?:start|begin)(?:s|ning)?\b[^.]{0,60}?\bwith\b/i;
/** The part of a message the prefix goes on (a comment or a log line with a prefix is something else). */
const MESSAGE_PART = /\b(?:commit|subject|title|summary|first\s+line|message)s?\b/i;
/** A quoted literal head: "Core:", `merge:`, 'pci: ' (a word and its colon, nothing after). */
const LITERAL_HEAD = /["'`\u201c\u2018]([A-Za-z][\w./-]{0,30}):\s?["'`\u201d\u2019]/g;
/** Trailers and mail headers are written "Closes:" too; they end a message rather than start its subject. */
// Git's own header lines in `git log` output (`Author: Name <mail>`, `Date:`) are no summary heads either.
const TRAILER = /^(?:fixes|closes?|resolves?|refs?|see|bug|issue|ticket|change-id|link|cc|to|from|subject|author|date|committer|[\w-]*-(?:by|on|id|to))$/i;
/** Markers of a patch's state or kind, not of its area: "RFC:", "RESEND:", "DNM:", "Backport:", "Hotfix:". */
const STATE_MARKER = /^(?:rfc|resend|patch|dnm|hold|wip|draft|question|poc|backport|hotfix|urgent)$/i;
/** "Don't use a module prefix", "do not prefix the subject with ...", "has no prefixes": the prefix said to be left out. */
const NEGATED_PREFIX = /\b(?:don't|do\s+not|does\s+not|doesn't|never|no|without|avoid(?:ing)?|not|nor)\s+(?:\w+\s+){0,3}?prefix(?:es|ed)?\b/i;

/** Whether a quoted or code-span head names an area: not a type, a pull request's state or a trailer. */
const areaWord = (word: string, knownTypes: ReadonlySet<string>): boolean => !knownTypes.has(word.toLowerCase()) && !NOT_AN_AREA_WORD.test(word) && !TRAILER.test(word) && !STATE_MARKER.test(word);
/** The sentence holds the prefix word and names the part of the message it goes on (quoted words aside). */
const prefixSentence = (sentence: string): boolean => PREFIX_WORD.test(sentence) && !NEGATED_PREFIX.test(sentence) && MESSAGE_PART.test(sentence.replace(/`[^`]*`|"[^"]*"/g, ' '));

/**
 * A sentence that speaks of the subject's prefix and quotes one as a literal `word:` that names no type: "Use
 * subject line prefixes ...; examples include "Upstream:" or "Core:"", "prefix the subject with "merge:"", "prefix
 * your summary line with "pci:"", "prefix the summary with the part you changed, e.g. `ui:`". Patch-by-mail projects
 * set out their area prefixes this way: by example, in prose. (A quoted `feat:` or `docs:` is a type, `WIP:` or
 * `Draft:` marks the state of a pull request.) The block's own text is read for its code spans.
 */
export function quotedPrefixLiterals(block: Block, text: string, knownTypes: ReadonlySet<string>): boolean {
  if (!PREFIX_WORD.test(text)) return false;
  for (const m of text.matchAll(LITERAL_HEAD)) {
    if (areaWord(m[1], knownTypes) && prefixSentence(sentenceWithExamples(text, m.index))) return true;
  }
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return false;
  for (const c of block.code) {
    const head = /^([A-Za-z][\w./-]{0,30}):$/.exec(c.text.trim());
    if (head && areaWord(head[1], knownTypes) && prefixSentence(sentenceWithExamples(block.text, c.offset))) return true;
  }
  return false;
}

/**
 * The area prefix named as such: "use a proper subsystem prefix in the title", "take the name of the directory you
 * changed as the prefix of the subject", "packages with a common topic: use that as a prefix". (Read where the block
 * or its heading speaks of commits or subjects: "module prefixes" of a prompt's segments are no commit rule.)
 */
const AREA_WORD = String.raw`(?:sub[\s-]?system|area|component|module|package|directory|folder|crate|library|plugin)s?`;
const AREA_PREFIX_NAMED = new RegExp(String.raw`\b${AREA_WORD}[\s-]prefix(?:es)?\b|\b${AREA_WORD}\b[^.]{0,40}?\bas\s+(?:the|a|its|their)\s+(?:subject(?:'s)?\s+|title(?:'s)?\s+)?prefix\b`, 'i');
/**
 * Prefixes learnt from the history: "use the same prefix as earlier commits that touched the file", "see the commit
 * history to get an idea of the prefixes used". Types are few and listed; only area prefixes are to be looked up per
 * file. (A sentence that speaks of types is left to the type readers.)
 */
const PREFIX_FROM_HISTORY = /\bprefix(?:es)?\b[^.;]{0,80}?\b(?:git\s+log|(?:commit|git|project)\s+history|(?:earlier|previous|past|existing|older|other)\s+commits?)\b|\b(?:git\s+log|(?:commit|git|project)\s+history|(?:earlier|previous|past|existing|older|other)\s+commits?)\b[^.;]{0,80}?\bprefix(?:es)?\b/i;
export function areaPrefixNamed(text: string): boolean {
  const m = AREA_PREFIX_NAMED.exec(text) ?? (!/\btypes?\b|\bfixup!|\bsquash!/i.test(text) ? PREFIX_FROM_HISTORY.exec(text) : null);
  return m !== null && !NEGATED_PREFIX.test(sentenceWithExamples(text, m.index));
}

export const AREA_PREFIX = /\b(?:prefix(?:ed)?|start(?:s|ing)?|begin(?:s|ning)?)\b[^.]{0,60}?\b(?:with|by)\s+(?:the\s+|an?\s+)?(?:(?:name|path|import\s+path)\s+of\s+(?:the\s+)?)?(?:(?:primary|main|affected|changed|modified|relevant|impacted|touched|top-level)\s+){0,2}["'`“[<{]?(?:package|area|component|subsystem|module|directory|folder|feature\s*area|crate|plugin|tag|library|driver|file)(?:'s)?\b(?:\s+name)?|\b(?:add|put|include|use)\s+(?:a|an|the)\s+(?:tag|component|area|subsystem|module|package)\b[^.]{0,30}?\b(?:beginning|start|front)\s+of\s+the\s+(?:line|title|subject|summary|message|first\s+line)\b|<(?:feature\s*area|area|package|pkg|component|subsystem|module)>\s*:\s|\bin\s+the\s+(?:form|format)\s+["'`]?(?:area|package|pkg|component|subsystem|module|crate|dir(?:ectory)?)\s*:\s|\binclude\s+the\s+(?:category|area|component|package|module|subsystem|crate)\b[^.]{0,60}?\bin\s+the\s+(?:PR\s+|pull[\s-]+request\s+)?title\b/i;
/**
 * "Tag your commit summary with the area you changed": the area as a tag on the subject. (Narrow: "tag the release
 * commit with the package version" tags a commit in git, which is no subject form.)
 */
export const AREA_TAG = /\btag\s+(?:your|the|each|every)\s+(?:commit\s+)?(?:summar(?:y|ies)|subjects?|titles?|messages?|first\s+lines?)\s+with\s+(?:the\s+|an?\s+)?(?:name\s+of\s+the\s+)?(?:(?:affected|changed|relevant|main)\s+)?(?:area|component|subsystem|module|package|crate|plugin|library|directory)\b(?!\s+(?:version|number))/i;
/** "Don't start the subject with the module name": the form said not to be used. */
const NEGATED_BEFORE_VERB = /\b(?:don't|do\s+not|never|avoid|no\s+need\s+to)\s+(?:\w+\s+){0,2}$/i;
/** AREA_PREFIX, unless the words right before it say not to. */
export function areaPrefixAsked(text: string): boolean {
  const m = AREA_PREFIX.exec(text) ?? AREA_TAG.exec(text);
  return m !== null && !NEGATED_BEFORE_VERB.test(text.slice(Math.max(0, m.index - 40), m.index));
}
/**
 * "The subject line must contain a prefix identifying the sub system"; "Mention the affected module at the start of
 * the subject line", "name the subsystem at the beginning of the title", "Use preceding subsystem when applicable"; "name the component you changed, followed by a
 * colon" (the colon after the area is the format, whatever verb asks for it).
 */
export const AREA_NAMED_AT_START = /\b(?:use|add|include|give)\s+(?:a\s+|the\s+)?(?:preceding|leading)\s+(?:sub[\s-]?system|package|area|component|module|directory|crate|plugin)\b|\b(?:a|the)\s+prefix\s+(?:that\s+(?:identifies|names|indicates|denotes|describes)|identifying|naming|indicating|denoting|describing|for)\s+(?:the\s+)?(?:(?:affected|changed|modified|relevant|main)\s+)?(?:sub[\s-]?system|package|area|component|module|directory|crate|plugin|part\s+of\s+the\s+(?:code|project))\b|\b(?:mention|name|put|include|state|give|identify)\s+(?:the\s+|an?\s+)?(?:(?:primary|main|affected|changed|modified|relevant|impacted|touched|top-level)\s+){0,2}(?:package|area|component|subsystem|module|directory|folder|crate|plugin)(?:'s)?(?:\s+name)?\b[^.]{0,30}?\b(?:at|in)\s+the\s+(?:start|beginning|front|head)\s+of\b|\b(?:package|area|component|subsystem|module|directory|folder|crate|plugin)s?\b[^.]{0,40}?\bfollowed\s+by\s+(?:an?\s+|the\s+)?(?:colon|["'`]:["'`](?:\s+character)?)/i;
