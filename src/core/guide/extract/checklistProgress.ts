/**
 * A guide's roadmap or progress list: task lists partly ticked already ("## Done" with "- [x] Speed up uploads",
 * "## Next" with "- [ ] Offline mode") are the project's plans, not checks for a contributor.
 */
import { ListItemBlock, ParsedDocument } from '../documentModel';

/** At least this share of a section's boxes ticked (and at least two) makes its task lists a progress list. */
const PROGRESS_SHARE = 0.25;
/** A box's part of the document: the section right below the title ("## Next", "## Roadmap"), or the whole. */
export const sectionOf = (b: ListItemBlock): string => b.sections[1] ?? b.sections[0] ?? '';
/** Headings that name a checklist: ticked boxes there are a filled-in example of it, not progress. */
const NAMES_CHECKS = /\bcheck[\s-]?lists?\b|\bbefore\s+(?:you\s+)?(?:submit|open|send)|\bpull[\s-]+requests?\b|\bPRs?\b/i;
/**
 * The sections of a guide document that keep a roadmap or a progress list: where the document's boxes outside its
 * checklists are partly ticked already ("## Done" with "- [x] Speed up uploads", "## Next" with "- [ ] Offline mode").
 * A section named for the checks keeps its boxes, ticked or not: a filled-in example is still the checklist.
 */
export function progressSections(doc: ParsedDocument): Set<string> {
  const sections = new Set<string>();
  let boxes = 0;
  let ticked = 0;
  for (const b of doc.blocks) {
    if (b.kind !== 'listItem' || b.checked === null || b.sections.some((h) => NAMES_CHECKS.test(h))) continue;
    sections.add(sectionOf(b));
    boxes++;
    if (b.checked) ticked++;
  }
  return ticked >= 2 && ticked >= boxes * PROGRESS_SHARE ? sections : new Set();
}
