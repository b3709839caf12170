import { Fact, SignOff } from '../facts';
import { Sources, sourceOf } from '../sources';
import { plain } from './text';

const FORBIDDEN = /\b(?:do\s+not|don'?t|never|no\s+need\s+to)\s+(?:add\s+(?:a\s+)?)?sign[\s-]?off\b|\bsigned-off-by\b[^.]{0,40}\b(?:not\s+(?:needed|required|accepted)|unnecessary)\b/i;
const REQUIRED = /\bsigned-off-by\b|\bDCO\b|\bdeveloper certificate of origin\b|\bsign[\s-]?off\b[^.]{0,60}\b(?:commits?|required|must|need)|\bcommits?\b[^.]{0,40}\b(?:must|need to|should)\s+(?:be\s+)?signed\b(?![^.]{0,30}\b(?:CLA|agreement))|\bgit\s+commit\s+(?:-\w*s\b|--signoff\b)/i;

/** Whether commits need a Signed-off-by trailer (DCO), or must not carry one. */
export function signOff(sources: Sources): Fact<SignOff> | null {
  for (const value of ['forbidden', 'required'] as const) {
    const pattern = value === 'forbidden' ? FORBIDDEN : REQUIRED;
    for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
      const text = l.block.kind === 'code' ? '' : plain(l.block);
      if (pattern.test(text)) return { value, source: sourceOf(l) };
    }
  }
  return null;
}
