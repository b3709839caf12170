/**
 * Example subjects written as a plain list, without code spans: "Example commit subjects:" then "- lexer: accept tabs",
 * "- parser: keep comments". Each item is a whole subject whose head names an area. Read only when the list's lead-in
 * calls its items examples, so that a list of rules ("- Subject: keep it short", "- Why: say why") is not taken.
 * It is the structure `exampleSpanHeads` reads in a list of code spans (`- \`lexer: accept tabs\``), written without
 * the backticks, as plain-text and older Markdown guides do.
 */
import { Located } from '../sources';
import { plain } from './text';
import { exampleSubjectHead } from './commitStructure';

/** A lead-in that calls what follows examples. */
const EXAMPLES = /\bexamples?\b|\be\.g\.|\bfor\s+instance\b|\blike\s+(?:this|these)\b|\blook\s+like\b/i;
/** How many blocks back the lead-in may be (the items before this one, then the paragraph). */
const LEAD_IN_BLOCKS = 12;

/**
 * The area head of a list item that is an example subject ("lexer" for "- lexer: accept tabs"), when the paragraph
 * before its list calls the items examples; null otherwise. The caller checks the block is about commits or titles.
 */
export function exampleItemHead(l: Located): string | null {
  const b = l.block;
  if (b.kind !== 'listItem' || b.code.length > 0 || b.checked !== null) return null;
  const text = plain(b).trim();
  // A whole subject: a head, a colon and at least two words, and nothing more than one line.
  if (!/^[\w./+-]{1,30}(?:\([^)]{1,40}\))?!?:\s+\S+\s+\S/.test(text) || text.length > 100) return null;
  for (let k = l.index - 1; k >= 0 && k >= l.index - LEAD_IN_BLOCKS; k--) {
    const prev = l.doc.blocks[k];
    if (prev.kind === 'listItem' && prev.listId === b.listId) continue;
    if (prev.kind !== 'paragraph' || !EXAMPLES.test(plain(prev))) return null;
    return exampleSubjectHead(text);
  }
  return null;
}

/** An example subject in double quotes after "e.g.", "for example" or "like this": `for example: "ext4: fix crash on mount"`. */
const QUOTED_EXAMPLE = /(?:\be\.g\.|\bfor\s+(?:example|instance)|\bsuch\s+as|\blike(?:\s+(?:this|these|so))?)[:,]?\s*["\u201c]([^"\u201d\n]{5,100})["\u201d]/gi;

/**
 * The area heads of example subjects quoted in prose, as plain-text guides write them instead of code spans. Only a
 * whole subject counts (a head, a colon and two words): `e.g. "build:", "docs:"` names prefixes, not subjects.
 */
export function quotedExampleHeads(text: string): string[] {
  if (!text.includes('"') && !text.includes('\u201c')) return [];
  const heads: string[] = [];
  for (const m of text.matchAll(QUOTED_EXAMPLE)) {
    // (A Markdown guide escapes what would be markup: "plugins/\\<name\\>: fix a crash" reads "plugins/<name>: ...".)
    const subject = m[1].replace(/\\([\\`*_{}[\]()<>#+.!|-])/g, '$1');
    if (!/:\s+\S+\s+\S/.test(subject)) continue;
    const head = exampleSubjectHead(subject);
    if (head !== null) heads.push(head);
  }
  return heads;
}
