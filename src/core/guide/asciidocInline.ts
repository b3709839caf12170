/**
 * AsciiDoc inline markup a contribution guide uses: `monospace`, link:/xref:/URL macros with their [text], and
 * <<id,text>> cross references. Macros and references are found by index scans: the equivalent bounded regexes
 * rescan up to 2,000 characters from every position of a long line.
 */
import { InlineCode, Link } from './documentModel';
import { collapseMapped, isSpace } from '../text/whitespace';

const MAX_TARGET = 2000;
const MAX_TEXT = 500;
/** A monospace span whose text is passed through (`+text+`). Linear: [^`] stops at the next backtick. */
const PASSTHROUGH_SPAN = /`\+{1,3}([^`+][^`]{0,499}?)\+{1,3}`/g;

/**
 * A block's text (its lines joined, whitespace collapsed, markup kept), its links and its monospace spans,
 * each with its line and each span with its offset in that text.
 */
export function adocInline(source: readonly string[], firstLine: number): { text: string; links: Link[]; code: InlineCode[] } {
  // `+master+` (or `++master++`) is monospace with its text passed through as typed: it reads as `master`.
  const lines = source.map((l) => (l.includes('`+') ? l.replace(PASSTHROUGH_SPAN, '`$1`') : l));
  const collapsed = collapseMapped(lines.join('\n'));
  const links: Link[] = [];
  const code: InlineCode[] = [];
  let lineStart = 0;
  lines.forEach((l, k) => {
    const line = firstLine + k;
    // Linear: [^`] stops at the next backtick, so each start scans at most to the next one.
    for (const m of l.matchAll(/`\+?([^`]{1,500}?)\+?`/g)) code.push({ text: m[1], line, offset: collapsed.at(lineStart + m.index) });
    for (const link of macroLinks(l)) links.push({ ...link, line });
    for (const link of crossReferences(l)) links.push({ ...link, line });
    lineStart += l.length + 1;
  });
  return { text: collapsed.text, links, code };
}

/** Characters a macro target may hold (the class [^\s[\]<>]). */
const targetChar = (code: number): boolean => !isSpace(code) && code !== 0x5b && code !== 0x5d && code !== 0x3c && code !== 0x3e;

/** `link:path[text]`, `xref:path[text]` and `https://url[text]`: the word before each "[" that has a "]". */
function macroLinks(line: string): { target: string; text: string }[] {
  const found: { target: string; text: string }[] = [];
  let from = 0;
  let close = -1;
  for (let open = line.indexOf('[', from); open >= 0; open = line.indexOf('[', from)) {
    if (close <= open) close = line.indexOf(']', open + 1);
    if (close < 0) break;
    // Back over the target, never past where the previous look ended, so no character is walked twice.
    let start = open;
    while (start > from && targetChar(line.charCodeAt(start - 1))) start--;
    const word = line.slice(start, open);
    if (word === '' || word.length > MAX_TARGET + 5 || close - open - 1 > MAX_TEXT) {
      from = open + 1;
      continue;
    }
    const prefix = /^(link|xref):/.exec(word);
    let target = prefix ? word.slice(prefix[0].length) : word;
    // `xref:some-id[]` names a section by its id, in this document or a sibling of the same book: not a file.
    if (prefix?.[1] === 'xref' && !/[./#]/.test(target)) target = `#${target}`;
    if ((prefix || /^https?:/.test(word)) && target !== '') found.push({ target, text: line.slice(open + 1, close) });
    from = close + 1;
  }
  return found;
}

/** `<<id>>` and `<<file.adoc#id,text>>`; a bare id is a section of the same document. */
function crossReferences(line: string): { target: string; text: string }[] {
  const found: { target: string; text: string }[] = [];
  let from = 0;
  for (let close = line.indexOf('>>', from); close >= 0; close = line.indexOf('>>', from)) {
    // The nearest "<<" before it, looked for only back to where the last look ended.
    const windowStart = Math.max(from, close - (2 * MAX_TEXT + 3));
    const rel = line.slice(windowStart, close).lastIndexOf('<<');
    if (rel < 0) {
      from = close + 1;
      continue;
    }
    const inner = line.slice(windowStart + rel + 2, close);
    const comma = inner.indexOf(',');
    const id = comma < 0 ? inner : inner.slice(0, comma);
    const text = comma < 0 ? '' : inner.slice(comma + 1);
    if (id === '' || id.length > MAX_TEXT || text.length > MAX_TEXT || inner.includes('>')) {
      from = close + 1;
      continue;
    }
    found.push({ target: id.includes('#') || id.includes('.adoc') ? id : `#${id}`, text });
    from = close + 2;
  }
  return found;
}
