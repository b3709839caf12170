import { Fact } from '../facts';
import { ParsedDocument } from '../documentModel';
import { plainInline } from '../../text/normalize';

const MAX_POINTER_WORDS = 260;
/** A list item longer than this (words besides its links) is an instruction, not a pointer or a short note. */
const MAX_ITEM_WORDS = 40;

/**
 * A guide is only a pointer when it is short, holds no commands, and its substance is a link to where the real
 * guide is: little prose, no code, no numbered steps, and at least one link. Short list items without links (what kinds of
 * contribution are welcome, a policy in a line) do not make it a guide of its own; long ones do.
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
    // Numbered items are steps or questions to work through: a procedure of the guide's own.
    if (b.kind === 'listItem' && b.ordered) return { value: false, source: { file: guide.path, line: b.line } };
    if (b.kind === 'listItem') {
      const withoutLinks = plainInline(b.text.replace(/\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')).replace(/[\s\p{P}]+/gu, ' ').trim();
      if (withoutLinks.split(' ').filter((w) => w.length > 0).length > MAX_ITEM_WORDS) return { value: false, source: { file: guide.path, line: b.line } };
    }
    words += plainInline(b.text).split(/\s+/).filter((w) => w.length > 0).length;
  }
  if (words > MAX_POINTER_WORDS) return { value: false, source };
  return { value: links + urlsInText > 0, source };
}
