/**
 * A "before you submit" lead-in followed by short paragraphs instead of a list ("Before you send a pull request,
 * make sure you follow these guidelines:", then "Run the checks locally: `make test`", then "Add tests for new
 * features."): each paragraph is one check, as if it were a list item.
 */
import { ParsedDocument } from '../documentModel';
import { collapseWhitespace, plainInline } from '../../text/normalize';
import { asksOfContributor } from './checklistAsks';

/** A handful of paragraphs at most: more is prose, not a list written without bullets. */
const MAX_PARAGRAPH_CHECKS = 5;
/** A paragraph longer than this is an explanation, not a check to tick. */
const MAX_PARAGRAPH_CHECK_LENGTH = 200;

export interface ParagraphCheck {
  readonly text: string;
  readonly line: number;
}

/**
 * The paragraphs right after a lead-in that ends in a colon and introduces checks (`leadsIntoChecks`), up to the
 * next heading, list or code block. Every one of them must be short and ask something of the contributor;
 * otherwise the lead-in introduced something else (an example, a note) and none is taken.
 */
export function paragraphChecks(doc: ParsedDocument, leadsIntoChecks: (lead: string) => boolean): ParagraphCheck[] {
  const blocks = doc.blocks;
  const found: ParagraphCheck[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const lead = blocks[i];
    if (lead.kind !== 'paragraph' || lead.inList || !/:\s*$/.test(lead.text) || blocks[i + 1].kind !== 'paragraph') continue;
    if (!leadsIntoChecks(collapseWhitespace(lead.text))) continue;
    const run: ParagraphCheck[] = [];
    let k = i + 1;
    for (; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.kind !== 'paragraph' || b.inList) break;
      const text = collapseWhitespace(b.text);
      if (plainInline(text).length > MAX_PARAGRAPH_CHECK_LENGTH || !asksOfContributor(text) || /:\s*$/.test(text)) break;
      run.push({ text, line: b.line });
    }
    // All the paragraphs up to the next heading, list or code block, or none.
    const ended = k >= blocks.length || blocks[k].kind !== 'paragraph';
    if (ended && run.length > 0 && run.length <= MAX_PARAGRAPH_CHECKS) found.push(...run);
    i = k - 1;
  }
  return found;
}
