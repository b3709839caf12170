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

/** How many headings of each level a document has. */
function countLevels(blocks: readonly Block[]): number[] {
  const counts: number[] = [];
  for (const b of blocks) if (b.kind === 'heading') counts[b.level] = (counts[b.level] ?? 0) + 1;
  return counts;
}

/** Sets every block's `sections` from the headings before it. */
export function annotateSections(blocks: Block[]): Block[] {
  // `firstChild`: the level of the first heading put under this one (0 for none yet); the root's is kept apart.
  const stack: { level: number; text: string; firstChild: number }[] = [];
  let rootFirstChild = 0;
  let levelCounts: number[] | undefined;
  // Blocks of one section share one array, so per-section answers can be cached by identity.
  let current: readonly string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1].level >= block.level) stack.pop();
      // Headings that skip a level keep their rank: steps written as `####` under the title, then one `### Docker`
      // between two of them, then `#### Bundle Install and Test`. The later step is the title's, as its earlier
      // peers were, not the interloper's sub-section (its rank is the one the title's first child set). Only a
      // level used once is an interloper; a guide that opens with `===` notes and then uses `==` parts throughout
      // nests by its parts.
      const top = stack[stack.length - 1];
      const parentFirst = stack.length >= 2 ? stack[stack.length - 2].firstChild : rootFirstChild;
      if (top !== undefined && top.level < block.level && parentFirst === block.level && top.firstChild === 0 && (levelCounts ??= countLevels(blocks))[top.level] === 1) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) rootFirstChild ||= block.level;
      else parent.firstChild ||= block.level;
      block.sections = stack.map((h) => h.text);
      stack.push({ level: block.level, text: block.text, firstChild: 0 });
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
