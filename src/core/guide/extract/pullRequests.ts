import { Fact } from '../facts';
import { Sources, sourceOf } from '../sources';
import { findProse, plain } from './text';

const REFUSES_PRS = /\b(?:(?:do|does|will|can)\s*not|don'?t|won'?t|never)\s+(?:accept|take|merge|review)\s+(?:any\s+)?(?:github\s+)?(?:pull\s+requests|PRs)\b(?!\s+(?:that|which|with|without|unless|if|for|from|until)\b)|\bpull\s+requests\s+(?:are|will\s+be)\s+(?:not\s+accepted|ignored|closed\s+automatically)/i;
/** Patch-based review: Gerrit changes ("CLs"), patches mailed to a list. */
const PATCH_FLOW = /\b[Gg]errit\b|\bCLs?\b|\bgit\s+send-email\b|\bgit\s+format-patch\b|\b(?:send|mail)\s+(?:your\s+)?patch(?:es)?\s+to\b/;
const PULL_REQUEST = /\bpull[\s-]requests?\b|\bPRs?\b|\bmerge\s+requests?\b/i;

/**
 * False when the guide says pull requests are not taken or its whole flow is patches for Gerrit or a mailing
 * list; true when it speaks of pull requests or the repository has a PR template; otherwise unknown.
 */
export function acceptsPullRequests(sources: Sources): Fact<boolean> | null {
  const refused = findProse(sources.guideFlow, REFUSES_PRS);
  if (refused) return { value: false, source: sourceOf(refused.at) };
  let patchSignals = 0;
  let firstPatch = null;
  let firstPr = null;
  for (const l of sources.guideFlow) {
    const text = plain(l.block);
    if (PATCH_FLOW.test(text)) {
      patchSignals++;
      firstPatch ??= l;
    }
    if (!firstPr && PULL_REQUEST.test(text)) firstPr = l;
  }
  if (!firstPr && firstPatch && patchSignals >= 2) return { value: false, source: sourceOf(firstPatch) };
  if (firstPr) return { value: true, source: sourceOf(firstPr) };
  const template = sources.templates[0];
  if (template) return { value: true, source: { file: template.path, line: 1 } };
  return null;
}
