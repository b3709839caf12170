/**
 * Steps written as paragraphs that open with a step number ("**Step 1:** Run the tests.", "Step 2. Update the
 * changelog.") under a heading that names the checks before sending, or after a lead-in that introduces them: the
 * paragraph form of numbered headings (checklist.ts headingSteps) and of a numbered list. Each paragraph is one step.
 */
import { ParsedDocument } from '../documentModel';
import { collapseWhitespace } from '../../text/normalize';
import { sendsTheChange, wholeWorkflow } from './checklistFraming';

/** "Step 1: ...", "**Step 2.** ...", "__Step 3 -__ ...": the number and what follows, emphasis markers aside. */
const STEP_PARAGRAPH = /^(?:\*\*|__)?step\s+(\d{1,2})\s*(?:[.):]|\s[-\u2013\u2014])\s*(?:\*\*|__)?\s*(\S[\s\S]*)$/i;

export interface StepParagraph {
  readonly text: string;
  readonly line: number;
}

/**
 * The step paragraphs of a section whose heading `framesChecks` accepts, or that follow a lead-in paragraph
 * `leadsIntoChecks` accepts. The steps must count up from 1 without a gap; the step that sends the change ends them.
 */
export function stepParagraphs(doc: ParsedDocument, framesChecks: (sections: readonly string[]) => boolean, leadsIntoChecks: (lead: string) => boolean): StepParagraph[] {
  const blocks = doc.blocks;
  const found: StepParagraph[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (first.kind !== 'paragraph' || first.inList) continue;
    const m = STEP_PARAGRAPH.exec(first.text.trim());
    if (!m || m[1] !== '1') continue;
    const before = blocks[i - 1];
    const framed = framesChecks(first.sections) || (before?.kind === 'paragraph' && !before.inList && leadsIntoChecks(collapseWhitespace(before.text)));
    if (!framed) continue;
    const section = first.sections.join('\n');
    let expected = 1;
    let k = i;
    const run: StepParagraph[] = [];
    // Every step of the run, the sending one and those after it too, to tell a whole workflow.
    const all: string[] = [];
    let sent = false;
    for (; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.kind === 'heading') break;
      if (b.kind !== 'paragraph' || b.inList) continue; // a code block or list under a step belongs to it
      const step = STEP_PARAGRAPH.exec(b.text.trim());
      if (!step) continue; // the step's own explanation
      if (Number(step[1]) !== expected || b.sections.join('\n') !== section) break;
      // "**Step 1: Run the tests.** Use make": the emphasis that opened before "Step" closes after the title.
      const opened = /^(\*\*|__)/.exec(b.text.trim())?.[1];
      const text = collapseWhitespace(opened !== undefined && step[2].includes(opened) ? step[2].replace(opened, '') : step[2]);
      all.push(text);
      if (sent || sendsTheChange(text)) sent = true;
      else run.push({ text, line: b.line });
      expected++;
    }
    // Steps from forking the repository to pushing or opening the pull request walk through the whole workflow, as
    // in a numbered list (wholeWorkflow): how to contribute from the start, not the checks before sending.
    if (!wholeWorkflow(all)) found.push(...run);
    i = k - 1;
  }
  return found;
}
