/**
 * A format-neutral view of a document: the blocks a reader sees, each with its 1-based line. Markdown,
 * reStructuredText and AsciiDoc all parse into this, so every extractor is written once.
 */
import { GuideFormat } from './locateGuide';

export interface Link {
  readonly target: string;
  readonly text: string;
  readonly line: number;
}

export interface InlineCode {
  readonly text: string;
  readonly line: number;
  /**
   * Where the span starts in its block's `text`: the index of its opening delimiter (` in Markdown and AsciiDoc,
   * `` in reStructuredText), so `text.slice(0, offset)` is what a reader sees before it.
   */
  readonly offset: number;
}

interface BlockBase {
  readonly line: number;
  /** The headings this block sits under, outermost first. Filled by `annotateSections`. */
  sections: readonly string[];
  /** Read from inside an HTML comment of a PR template: guidance for the author, never a task or command. */
  commented?: boolean;
}

export interface HeadingBlock extends BlockBase {
  readonly kind: 'heading';
  readonly level: number;
  readonly text: string;
}

export interface ParagraphBlock extends BlockBase {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly links: readonly Link[];
  readonly code: readonly InlineCode[];
  /** Inside a list item (a continuation paragraph), so not an introduction to the next list. */
  readonly inList: boolean;
  /** A table cell's column, from 0; absent outside tables. */
  readonly column?: number;
}

export interface CodeBlock extends BlockBase {
  readonly kind: 'code';
  /** The info string's first word, lowercased; "" when none was given. */
  readonly lang: string;
  readonly text: string;
}

export interface ListItemBlock extends BlockBase {
  readonly kind: 'listItem';
  /** The item's first paragraph as written (inline markup kept), on one line; task box removed. */
  readonly text: string;
  readonly depth: number;
  readonly ordered: boolean;
  /** null when the item is not a task-list item. */
  readonly checked: boolean | null;
  /** Items of one list share an id. */
  readonly listId: number;
  readonly links: readonly Link[];
  readonly code: readonly InlineCode[];
}

export type Block = HeadingBlock | ParagraphBlock | CodeBlock | ListItemBlock;

export interface ParsedDocument {
  readonly path: string;
  readonly format: GuideFormat;
  readonly blocks: readonly Block[];
  /**
   * Links the document makes outside its prose, in directives: the files it includes (AsciiDoc `include::`, rST
   * `.. include::`) and the pages its table of contents chains (rST `.. toctree::`, MyST's ```{toctree}).
   */
  readonly directiveLinks?: readonly Link[];
}

/**
 * Where the section a heading opens ends: the index of the next heading at its level or above, or the end of the
 * blocks. (A block that is not a heading opens a section of level 1.)
 */
export function sectionEnd(blocks: readonly Block[], start: number): number {
  const heading = blocks[start];
  const level = heading?.kind === 'heading' ? heading.level : 1;
  let end = start + 1;
  while (end < blocks.length) {
    const b = blocks[end];
    if (b.kind === 'heading' && b.level <= level) break;
    end++;
  }
  return end;
}

/** Sets every block's `sections` from the headings before it. */
export function annotateSections(blocks: Block[]): Block[] {
  const stack: { level: number; text: string }[] = [];
  // Blocks of one section share one array, so per-section answers can be cached by identity.
  let current: readonly string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1].level >= block.level) stack.pop();
      block.sections = stack.map((h) => h.text);
      stack.push({ level: block.level, text: block.text });
      current = stack.map((h) => h.text);
    } else {
      block.sections = current;
    }
  }
  return blocks;
}

/** The task-list box at the start of an item's text, as GitHub renders it. */
const TASK_BOX = /^\[([ xX])\]\s+/;

export function splitTaskBox(text: string): { text: string; checked: boolean | null } {
  const m = TASK_BOX.exec(text);
  return m ? { text: text.slice(m[0].length), checked: m[1] !== ' ' } : { text, checked: null };
}
