import { Fact } from '../facts';
import { Sources, sourceOf } from '../sources';
import { plain } from './text';

/**
 * A branch naming rule, only when the guide states one as a rule (an example name such as `my-fix-branch`
 * is not a pattern). The value is the pattern as written, e.g. `feat/<issue>-<slug>`.
 */
const RULE = /\bbranch(?:es)?\s+(?:names?|naming)\b[^.]{0,40}?\b(?:must|should|need to|has to|have to)\s+(?:follow|be|start|use|match|look like)\b[^.`]{0,60}?`([^`]{2,80})`|\bname\s+your\s+branch(?:es)?\b[^.`]{0,40}?(?:like|as|using|following)\s+`([^`]{2,80})`/i;

export function branchNaming(sources: Sources): Fact<string> | null {
  for (const l of sources.guideFlow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    const m = RULE.exec(l.block.text) ?? RULE.exec(plain(l.block));
    const pattern = m?.[1] ?? m?.[2];
    if (pattern && /[/<{*]/.test(pattern)) return { value: pattern, source: sourceOf(l) };
  }
  return null;
}
