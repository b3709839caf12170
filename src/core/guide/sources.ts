import { Block, ParsedDocument } from './documentModel';
import { SourceRef } from './facts';

/** One block, the document it is in, and its position in `doc.blocks` (to look at its neighbours). */
export interface Located<B extends Block = Block> {
  readonly doc: ParsedDocument;
  readonly block: B;
  readonly index: number;
}

/**
 * Everything the extractors read, already parsed. `guideFlow` is the guide with its linked documents in
 * reading order; templates are kept apart because a template is filled in, not followed.
 */
export interface Sources {
  readonly guide: ParsedDocument | null;
  readonly guideFlow: readonly Located[];
  readonly templates: readonly ParsedDocument[];
  readonly templateFlow: readonly Located[];
  /** The project's own names as its identity gives them (normalised), beside those a document gives itself. */
  readonly projectNames?: readonly string[];
}

export const sourceOf = (l: Located, line = l.block.line): SourceRef => ({ file: l.doc.path, line });

/** Prose a block shows a reader (headings included), for phrase-level signals. */
export function proseOf(block: Block): string {
  return block.kind === 'code' ? '' : block.text;
}

export function flowOf(doc: ParsedDocument): Located[] {
  return doc.blocks.map((block, index) => ({ doc, block, index }));
}
