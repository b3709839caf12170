/**
 * Steps written as numbered headings ("### 1. Run the tests", "### 2. Update the docs") under a heading that names the
 * checks before sending, or right after a sentence that introduces them: each heading is one step. Moved out of
 * checklist.ts to keep that module small; the numbered-heading pattern is shared with checklistBeforeSending.ts.
 */
import { Block, ParsedDocument } from '../documentModel';
import { sendsTheChange, wholeWorkflow } from './checklistFraming';
import { CHECKLIST_INTRO, NAMES_THE_CHECKS, NOT_CHECKLIST, OTHER_CHECKLIST } from './checklistWording';

/** A heading numbered as a step: "1. Fork the repository", "2) Create a branch", "3: Add tests", "Step 4 - Push". */
export const NUMBERED_HEADING = /^(?:step\s+)?(\d{1,2})(?:[.):]|\s+[-–—])\s+(\S.{0,200})$/i;

/**
 * Steps written as numbered headings right after a sentence that introduces them as what to do before sending
 * ("Follow these steps before opening a pull request.") or right under a heading that names the checks ("Before
 * you submit"): each heading is one step.
 */
export function headingSteps(doc: ParsedDocument): { text: string; line: number }[] {
  const blocks = doc.blocks;
  const steps: { text: string; line: number }[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const intro = blocks[i];
    const next = blocks[i + 1];
    if (next.kind !== 'heading' || !NUMBERED_HEADING.test(next.text.trim())) continue;
    // Introduced by a sentence ("Follow these steps before opening a pull request.") or by a parent heading that
    // names the checks ("## Before you submit", then "### 1. Run the tests").
    const byIntro = intro.kind === 'paragraph' && !intro.inList && CHECKLIST_INTRO.test(intro.text) && !NOT_CHECKLIST.test(intro.text);
    const byHeading = intro.kind === 'heading' && intro.level < next.level && NAMES_THE_CHECKS.test(intro.text) && !OTHER_CHECKLIST.test(intro.text);
    if (!byIntro && !byHeading) continue;
    // A paragraph in the body of a numbered step ("4. Verify your changes", "Before opening a pull request, run the
    // checks.") is that step's text, not a lead-in to the steps after it: the run was judged from its first step.
    if (byIntro && midRun(blocks, i, next.level)) continue;
    const found: { text: string; line: number }[] = [];
    // Every numbered heading of the run, the sending step and what follows it too, to tell a whole workflow.
    const titles: string[] = [];
    let sent = false;
    for (let k = i + 1; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.kind !== 'heading') continue;
      if (b.level < next.level) break;
      if (b.level > next.level) continue;
      const m = NUMBERED_HEADING.exec(b.text.trim());
      if (!m) break;
      titles.push(m[2]);
      // The step that sends the change ("7. Create your PR!") ends the steps before sending; what follows is after.
      if (sent || sendsTheChange(m[2])) sent = true;
      else found.push({ text: m[2], line: b.line });
    }
    // Numbered headings from forking the repository to pushing or opening the pull request ("1. Fork and clone",
    // ..., "5. Commit and push", "6. Open a pull request") walk through the whole workflow, as the same steps do in
    // a numbered list (wholeWorkflow): how to contribute from the start, not the checks before sending.
    if (!wholeWorkflow(titles)) steps.push(...found);
  }
  return steps;
}

/** Whether the block at `i` lies under a numbered heading of `level`: inside a run of numbered steps. */
function midRun(blocks: readonly Block[], i: number, level: number): boolean {
  for (let k = i; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind === 'heading') return b.level === level && NUMBERED_HEADING.test(b.text.trim());
  }
  return false;
}
