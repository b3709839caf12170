/**
 * Where a list sits in its page: under the page's title or in a section of its own. A page titled "Before you
 * submit a pull request" is about sending a change as a whole (how changes are prioritised, reviewed, merged); its
 * title says who the page is for, not that every list on it is a check. Only a title that names a checklist
 * ("Pull request checklist", "Patch requirements") makes each section's lists checks.
 */
import { Block, ParsedDocument } from '../documentModel';

/** A title that names the checks themselves, not the occasion the page is read at. */
const TITLE_NAMES_CHECKS = /\bchecklist\b|\b(?:criteria|requirements)\b/i;

/** The page's title: its first heading, when that heading is at level 1 and no other heading is. */
function pageTitle(blocks: readonly Block[]): { text: string } | undefined {
  let title: { text: string; level: number } | undefined;
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    if (title === undefined) {
      if (b.level !== 1) return undefined;
      title = b;
    } else if (b.level === 1) return undefined;
  }
  return title;
}

const titles = new WeakMap<ParsedDocument, string | null>();

/**
 * A list's enclosing section headings (not its own) that can frame it: the page title counts only when it names a
 * checklist. Cached per document.
 */
export function framingSections(doc: ParsedDocument, sections: readonly string[]): readonly string[] {
  let title = titles.get(doc);
  if (title === undefined) {
    title = pageTitle(doc.blocks)?.text ?? null;
    titles.set(doc, title);
  }
  const outer = sections.slice(0, -1);
  return title !== null && outer[0] === title && !TITLE_NAMES_CHECKS.test(title) ? outer.slice(1) : outer;
}
