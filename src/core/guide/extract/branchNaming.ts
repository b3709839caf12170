import { Found } from '../facts';
import { Sources, sourceOf } from '../sources';
import { mentions } from './text';

/**
 * A branch naming rule, only when the guide states one: a sentence about branches that speaks of naming
 * and quotes a pattern with a placeholder (`<issue>-<slug>`, `fix/{id}`, `feature/*`). An example name such
 * as `my-fix-branch` is not a pattern. The value is the pattern as written.
 */
/** ABOUT_BRANCHES needs this word. */
const BRANCH_WORDS = ['branch'];
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`])/;
const ABOUT_BRANCHES = /\bbranch(es)?\b/i;
const NAMING = /\b(name[sd]?|naming|call(ed)?|prefix(ed)?|pattern|format|convention)\b/i;
const QUOTED = /`([^`\n]{2,80})`/g;
const PLACEHOLDER = /<[^<>]{1,40}>|\{[^{}]{1,40}\}|\/\*$|^[a-z]+\/[A-Za-z-]*(issue|number|desc|name|topic|slug|feature|fix)/i;

export function branchNaming(sources: Sources): Found<string> | null {
  for (const l of sources.guideFlow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading' || l.block.commented || !mentions(l.block, BRANCH_WORDS)) continue;
    for (const sentence of l.block.text.split(SENTENCE_END)) {
      const prose = sentence.replace(QUOTED, ' ');
      if (!ABOUT_BRANCHES.test(prose) || !NAMING.test(prose)) continue;
      for (const match of sentence.matchAll(QUOTED)) {
        if (PLACEHOLDER.test(match[1])) return { value: match[1], source: sourceOf(l) };
      }
    }
  }
  return null;
}
