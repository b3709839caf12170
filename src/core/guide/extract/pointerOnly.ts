import { Found } from '../facts';
import { ParsedDocument } from '../documentModel';
import { plainInline } from '../../text/normalize';
import { plain } from './text';

const MAX_POINTER_WORDS = 260;
/** A list item longer than this (words besides its links) is an instruction, not a pointer or a short note. */
const MAX_ITEM_WORDS = 40;

/**
 * A guide is only a pointer when it is short, holds no commands, and its substance is a link to where the real
 * guide is: little prose, no code, no numbered steps, and at least one link. Short list items without links (what kinds of
 * contribution are welcome, a policy in a line) do not make it a guide of its own; long ones do.
 */
export function guideIsPointerOnly(guide: ParsedDocument | null): Found<boolean> | null {
  if (!guide) return null;
  const source = { file: guide.path, line: 1 };
  if (isTableOfContents(guide)) return { value: true, source };
  let words = 0;
  let links = 0;
  let urlsInText = 0;
  for (const b of guide.blocks) {
    if (b.kind === 'code') return { value: false, source: { file: guide.path, line: b.line } };
    if (b.kind === 'heading') continue;
    links += b.links.length;
    urlsInText += (b.text.match(/https?:\/\//g) ?? []).length;
    // Numbered items are steps or questions to work through: a procedure of the guide's own.
    if (b.kind === 'listItem' && b.ordered) return { value: false, source: { file: guide.path, line: b.line } };
    if (b.kind === 'listItem') {
      const withoutLinks = plainInline(b.text.replace(/\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')).replace(/[\s\p{P}]+/gu, ' ').trim();
      if (withoutLinks.split(' ').filter((w) => w.length > 0).length > MAX_ITEM_WORDS) return { value: false, source: { file: guide.path, line: b.line } };
    }
    // Past the limit the count no longer matters; a later block can still say where the guide is one of its own.
    if (words <= MAX_POINTER_WORDS) words += wordCount(plain(b));
  }
  if (words > MAX_POINTER_WORDS) return { value: false, source };
  return { value: links + urlsInText > 0, source };
}

/** Words of a plain text (`plain` keeps the words of `plainInline`: it only straightens quotes). */
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

/** A table of contents needs this many entries that are links... */
const MIN_TOC_LINKS = 5;
/** ...making up this share of its list items... */
const MIN_TOC_SHARE = 0.7;
/** ...each with at most this many words besides its link (a short caption). */
const MAX_TOC_CAPTION_WORDS = 12;

/**
 * A guide that is a long list of links (a table of contents of the real docs) is a pointer however long it is:
 * it has no code of its own, its prose outside the list is short, and most list items are a link with at most a
 * caption. A long guide that links out for details has instructions between its links, and is not.
 */
function isTableOfContents(guide: ParsedDocument): boolean {
  let items = 0;
  let linkItems = 0;
  let proseWords = 0;
  for (const b of guide.blocks) {
    if (b.kind === 'code') return false;
    if (b.kind === 'heading') continue;
    if (b.kind === 'listItem') {
      items++;
      const caption = plainInline(b.text.replace(/\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')).replace(/[\s\p{P}]+/gu, ' ').trim();
      if (b.links.length > 0 && caption.split(' ').filter((w) => w.length > 0).length <= MAX_TOC_CAPTION_WORDS) linkItems++;
    } else {
      proseWords += wordCount(plain(b));
      // Too much prose for a table of contents, whatever follows.
      if (proseWords > MAX_POINTER_WORDS) return false;
    }
  }
  return linkItems >= MIN_TOC_LINKS && linkItems >= items * MIN_TOC_SHARE && proseWords <= MAX_POINTER_WORDS;
}
