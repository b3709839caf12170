import { Fact } from '../facts';
import { ParsedDocument } from '../documentModel';
import { plainInline } from '../../text/normalize';

const MAX_POINTER_WORDS = 260;

/**
 * A guide is only a pointer when it holds no instructions of its own: no code, no list item that is more
 * than a link, little prose, and at least one link that carries the real guide elsewhere.
 */
export function guideIsPointerOnly(guide: ParsedDocument | null): Fact<boolean> | null {
  if (!guide) return null;
  const source = { file: guide.path, line: 1 };
  let words = 0;
  let links = 0;
  let urlsInText = 0;
  for (const b of guide.blocks) {
    if (b.kind === 'code') return { value: false, source: { file: guide.path, line: b.line } };
    if (b.kind === 'heading') continue;
    links += b.links.length;
    urlsInText += (b.text.match(/https?:\/\//g) ?? []).length;
    if (b.kind === 'listItem') {
      const withoutLinks = plainInline(b.text.replace(/\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')).replace(/[\s\p{P}]+/gu, ' ').trim();
      if (b.links.length === 0 || withoutLinks.split(' ').filter((w) => w.length > 0).length > 6) return { value: false, source: { file: guide.path, line: b.line } };
    }
    words += plainInline(b.text).split(/\s+/).filter((w) => w.length > 0).length;
  }
  if (words > MAX_POINTER_WORDS) return { value: false, source };
  return { value: links + urlsInText > 0, source };
}
