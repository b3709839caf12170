/** Text clean-ups shared by extractors and the evaluation, so both compare the same way. */
import { isSpace } from './whitespace';

/** Collapses runs of whitespace (including line breaks inside a list item) to single spaces. */
export function collapseWhitespace(text: string): string {
  // Most text is collapsed already (the parser collapses each block): then it is returned as it is.
  return NOT_COLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whitespace other than single inner spaces: what `collapseWhitespace` changes. */
const NOT_COLLAPSED = /[^\S ]| {2}|^ | $/;

/**
 * A comparison key for a checklist item: lowercase, no markdown emphasis or backticks, no trailing punctuation.
 * Links keep their text and lose their target, since targets are often rewritten between versions of a guide.
 */
export function checklistKey(text: string): string {
  const key = collapseWhitespace(linkTextOnly(text).replace(/[*_`~]+/g, '').toLowerCase());
  // A loop, not /[\s.,;:!?]+$/, which retries from every punctuation mark of a long line.
  let end = key.length;
  while (end > 0 && TRAILING.has(key[end - 1])) end--;
  return key.slice(0, end);
}

const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?']);

/** Plain text of a line of inline markdown: link targets, emphasis and backticks removed. */
export function plainInline(text: string): string {
  // An underscore inside a word (`master_changes.md`, `run_tests`) is part of the name; only one at a word's edge marks emphasis.
  const words = collapseWhitespace(linkTextOnly(text).replace(/[*`]+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, ''));
  return words.includes('&') ? words.replace(ENTITY, (e) => ENTITIES[e.toLowerCase()] ?? e) : words;
}

/** The character references guides write in prose (`&amp;`, `&nbsp;`): the reader sees the character. */
const ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#39|#x27);/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&nbsp;': ' ', '&#39;': "'", '&#x27;': "'" };

const MAX_LINK_TEXT = 500;
const MAX_LINK_TARGET = 2000;

/**
 * `[text](target)`, `![alt](src)` and reference links (`[text][label]`, `[text][]`) replaced by their text: what /!?\[([^\]\n]{0,500})\]\([^)\s]{0,2000}\)/g
 * with "$1" does, by an index scan, since that regex rescans up to 500 characters from every "[" of a line.
 */
export function linkTextOnly(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let from = 0;
  let close = -1;
  let newline = -1;
  // The first ")" or whitespace at or after some point; found by a forward scan that never revisits a character.
  let stop = -1;
  for (let open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', from)) {
    if (close <= open) close = text.indexOf(']', open + 1);
    if (close < 0) break;
    if (newline <= open && newline !== -2) {
      newline = text.indexOf('\n', open + 1);
      if (newline < 0) newline = -2; // none left
    }
    from = open + 1;
    if ((newline !== -2 && newline < close) || close - open - 1 > MAX_LINK_TEXT) continue;
    // A reference link, `[text][label]` or `[text][]` (its target defined elsewhere in the file), shows its text too.
    if (text[close + 1] === '[') {
      const labelEnd = text.indexOf(']', close + 2);
      if (labelEnd < 0 || labelEnd - close - 2 > MAX_LINK_TEXT || text.slice(close + 2, labelEnd).includes('[') || (newline !== -2 && newline < labelEnd)) continue;
      const start = open > copied && text[open - 1] === '!' ? open - 1 : open;
      out.push(text.slice(copied, start), text.slice(open + 1, close));
      copied = labelEnd + 1;
      from = copied;
      continue;
    }
    if (text[close + 1] !== '(') continue;
    // CommonMark lets the target sit after spaces and one line break ("[the changelog](\n  https://…)") and
    // before spaces: a bounded skip on each side, so no character is scanned more than a constant number of times.
    const targetStart = skipSpaces(text, close + 2);
    if (stop < targetStart) {
      stop = targetStart;
      while (stop < text.length && text[stop] !== ')' && !isSpace(text.charCodeAt(stop))) stop++;
    }
    const targetEnd = skipSpaces(text, stop);
    if (text[targetEnd] !== ')' || stop - targetStart > MAX_LINK_TARGET) continue;
    const start = open > copied && text[open - 1] === '!' ? open - 1 : open;
    out.push(text.slice(copied, start), text.slice(open + 1, close));
    copied = targetEnd + 1;
    from = copied;
  }
  out.push(text.slice(copied));
  return out.join('');
}

const MAX_TARGET_PADDING = 16;

/** Past at most MAX_TARGET_PADDING spaces with at most one line break among them, from `at`. */
function skipSpaces(text: string, at: number): number {
  let k = at;
  let breaks = 0;
  while (k < text.length && k - at < MAX_TARGET_PADDING && isSpace(text.charCodeAt(k))) {
    if (text[k] === '\n' && ++breaks > 1) return at;
    k++;
  }
  return k;
}

/**
 * A reStructuredText or MyST role (`:ref:\`Tests <tests>\``, `{doc}\`the guide <guide>\``): shown as its text, or as
 * its target when it has no text. Bounded, so a line of backticks costs one pass.
 */
const ROLE = /(?::[\w-]+(?::[\w-]+)?:|\{[\w:-]+\})`([^`<>\n]{0,200}?)\s*(?:<([^`<>\n]{1,500})>)?`/g;

/**
 * An item's text as a person reads it in a list or a terminal: link markup shown as its text (`[the guide](x.md)` →
 * "the guide") and roles as their text; code spans and emphasis kept. The item's text itself (its id, its matching)
 * is not changed.
 */
export function readableText(text: string): string {
  return linkTextOnly(text).replace(ROLE, (_, shown: string, target: string | undefined) => (shown.trim() !== '' ? shown.trim() : (target ?? '').trim()));
}

