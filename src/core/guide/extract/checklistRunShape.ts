import { Block, ListItemBlock } from '../documentModel';
import { collapseWhitespace, plainInline } from '../../text/normalize';
import { CHECKLIST_INTRO } from './checklistWording';
import { stepLeadsIntoList } from './checklistOccasion';
import { isConnective } from './checklistFraming';

/**
 * The shape of a list in its section: where a run of items ends or resumes, how deep in its section it sits, the
 * prose that leads into it, and items that are links, group headers or long explanations.
 */

/** An item longer than this (in words shown) explains rather than names a step to take. */
const LONG_ITEM = 180;
/** Most top-level items are long: paragraphs of guidance, not steps. */
export const mostlyExplanations = (items: readonly string[]): boolean => items.length > 1 && items.filter((t) => plainInline(collapseWhitespace(t)).length > LONG_ITEM).length * 2 > items.length;

/** More prose than this between a heading and a list, the heading is about the prose and the list is one point in it. */
const MAX_PARAGRAPHS_BEFORE = 2;

export function deepInSection(blocks: readonly Block[], i: number): boolean {
  let paragraphs = 0;
  for (let k = i - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph' && !b.inList) paragraphs++;
  }
  return paragraphs > MAX_PARAGRAPHS_BEFORE;
}

/**
 * The list a numbered list resumes when only code blocks (or nothing visible) stand between them in the same section
 * ("2. Update:", a code block, "3. Create a branch:"): markdown ends a list there, the guide does not.
 */
export function resumedList(blocks: readonly Block[], i: number): number | undefined {
  const first = blocks[i];
  if (first.kind !== 'listItem' || !first.ordered) return undefined;
  let k = i - 1;
  while (k >= 0 && blocks[k].kind === 'code') k--;
  const before = blocks[k];
  // Nothing at all between two numbered lists (an HTML comment, "<!-- 1. Sign the CLA -->", split them) resumes too.
  if (before?.kind !== 'listItem' || before.sections.join('\n') !== first.sections.join('\n')) return undefined;
  // The list the item before belongs to, or the numbered list it is nested in.
  for (let j = k; j >= 0; j--) {
    const b = blocks[j];
    if (b.kind !== 'listItem') break;
    if (b.depth === 0) return b.ordered ? b.listId : undefined;
  }
  return undefined;
}

/** The top-level items of the numbered lists that resume the list ending at `end` after code blocks (see resumedList). */
export function resumingItems(blocks: readonly Block[], end: number): string[] {
  const texts: string[] = [];
  let k = end;
  for (;;) {
    let next = k;
    while (next < blocks.length && blocks[next].kind === 'code') next++;
    // endOfRun has already passed the code blocks; a resuming list is where it stopped or after more code.
    if (next >= blocks.length || resumedList(blocks, next) === undefined) return texts;
    k = endOfRun(blocks, next);
    for (const b of blocks.slice(next, k)) if (b.kind === 'listItem' && b.depth === 0) texts.push(b.text);
  }
}

/** The last sentence of a paragraph: the one that leads into the list after it. */
export function lastSentence(text: string): string {
  const parts = collapseWhitespace(text).split(/(?<=[.!?])\s+(?=[A-Z*_`[])/);
  const last = parts[parts.length - 1] ?? '';
  // "Before you send patches, make sure each makes sense. In particular:": the framing is in the sentence before.
  if (parts.length > 1 && isConnective(last)) return `${parts[parts.length - 2]} ${last}`;
  // "You must run these checks before you submit your PR. Your PR will not be reviewed until they pass.": the
  // sentence that points at the list ("these", "the following") and says when is the lead-in, not the aside after it.
  if (CHECKLIST_INTRO.test(last)) return last;
  return parts.slice(-1 - MAX_ASIDE_SENTENCES, -1).find((p) => POINTS_AT_LIST.test(p) && CHECKLIST_INTRO.test(p)) ?? last;
}

/** Sentences that may follow a lead-in before the list (a remark on why or what happens otherwise). */
const MAX_ASIDE_SENTENCES = 1;
/** Words by which a sentence points at the list after it. */
const POINTS_AT_LIST = /\b(?:these|the\s+following|below)\b/i;

/**
 * The paragraph right before a list, when nothing but blank space separates them. A caption between the lead-in
 * and the list (a few words without a full stop or colon, like a quoted label) is looked through.
 */
export function previousProse(blocks: readonly Block[], i: number): { text: string } | undefined {
  const prev = blocks[i - 1];
  // "3. Before submitting a pull request, check the following:" over a list written without indenting it: the
  // numbered step is the lead-in of the list under it (checklistOccasion).
  if (prev?.kind === 'listItem' && stepLeadsIntoList(prev, blocks[i]) && CHECKLIST_INTRO.test(collapseWhitespace(prev.text))) return prev;
  if (!prev || prev.kind !== 'paragraph' || prev.inList) return undefined;
  const before = blocks[i - 2];
  if (isCaption(prev.text) && !CHECKLIST_INTRO.test(withoutEmphasis(prev.text)) && before?.kind === 'paragraph' && !before.inList) return before;
  return prev;
}

/** A lead-in as it reads: "**Before committing:**" is "Before committing:", bold or not. */
export const withoutEmphasis = (text: string): string => (text.includes('*') || text.includes('_') ? text.replace(/\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, '') : text);

const MAX_CAPTION_WORDS = 5;
const isCaption = (text: string): boolean => !/[.:!?]\s*$/.test(text) && collapseWhitespace(text).split(' ').length <= MAX_CAPTION_WORDS;

/** One list and its nested lists and continuation blocks: up to the next heading, top-level paragraph or other list. */
export function endOfRun(blocks: readonly Block[], start: number): number {
  const first = blocks[start] as ListItemBlock;
  let k = start + 1;
  for (; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph' && !b.inList) break;
    if (b.kind === 'listItem' && b.depth === 0 && b.listId !== first.listId) break;
    // Numbered steps and bullets side by side are two lists, even where the parser kept them in one (reStructuredText
    // bullets not indented under "3. Before submitting, check the following:").
    if (b.kind === 'listItem' && b.depth === 0 && b.ordered !== first.ordered) break;
  }
  return k;
}

export const isOnlyLink = (item: ListItemBlock): boolean => item.links.length > 0 && /^\[[^\]]*\]\([^)]*\)\.?$/.test(item.text.trim());
/**
 * An item over nested items that only sets them up: "If adding a feature:", or a statement of fact ("The project
 * has two work branches: main and next.") whose nested items say what to do with it.
 */
export const isGroupHeader = (item: ListItemBlock, next: ListItemBlock | undefined): boolean =>
  // A task box is something to tick, even over boxes of its own ("- [ ] Add the config and the following:").
  item.checked === null &&
  next !== undefined &&
  next.depth > item.depth && (/:$/.test(item.text.trim()) || STATES_A_FACT.test(item.text.trim()));
/** A sentence whose verb says what is ("X has", "The Y are"), not what to do. */
const STATES_A_FACT = /^(?!(?:make|be|ensure|check|verify|confirm|please|all|every|each|your)\b)(?:the\s+|our\s+|this\s+)?[\p{L}\p{N}`._-]+(?:\s+[\p{L}\p{N}`._-]+){0,2}\s+(?:has|have|is|are)\b/iu;
