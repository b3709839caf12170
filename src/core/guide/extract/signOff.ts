import { Found, SignOff } from '../facts';
import { Sources, sourceOf } from '../sources';
import { allMatches, clauseBefore, mentions, plain, saidNotNeeded } from './text';

const SIGN_OFF = String.raw`(?:sign(?:ed)?[\s-]?off(?:[\s-]by)?|DCO)`;
/**
 * A prohibition, as an instruction: "Please do not sign off your commits", "Don't add a Signed-off-by line",
 * "Signed-off-by lines are not accepted". "You don't need to sign off" is not one (it says not required, and the
 * answer stays unknown); neither is "we don't use sign-off".
 */
const FORBID_IMPERATIVE = new RegExp(
  String.raw`(?:^|[.!?:]\s+|\bplease\s+|\band\s+)(?:do\s+not|don't|never)\s+(?:(?:add|include|use|put)\b[^.]{0,30}?)?\b${SIGN_OFF}\b`,
  'gi',
);
/** "Signed-off-by lines are not accepted" (but not "commits without a Signed-off-by line are not accepted"). */
const FORBID_REJECTED = new RegExp(
  String.raw`\b${SIGN_OFF}\b[^.]{0,40}?\b(?:(?:are|is)\s+not|aren't|isn't|will\s+not\s+be|won't\s+be)\s+(?:accepted|allowed|permitted)\b` +
    String.raw`|\b${SIGN_OFF}\b[^.]{0,40}?\b(?:(?:must|should)\s+not|mustn't|shouldn't)\s+be\s+(?:added|included|used)\b|\b${SIGN_OFF}\b[^.]{0,40}?\b(?:are|is|will\s+be)\s+(?:rejected|forbidden|removed)\b`,
  'gi',
);
const ABSENT = /\b(?:without|missing|lacking|lack|no)\b/i;
const REQUIRED =
  /\bsigned-off-by\b|\bDCO\b|\bdeveloper certificate of origin\b|\bsign[\s-]?off\b[^.]{0,60}\b(?:commits?|required|must|need)|\bcommits?\b[^.]{0,40}\b(?:must|need to|should)\s+(?:be\s+)?signed\b(?![^.]{0,30}\b(?:CLA|agreement))|\bgit\s+commit\s+(?:-\w{0,10}s\b|--signoff\b)/gi;

/** Words (lowercase) one of which a prohibition needs (SIGN_OFF), and one of which REQUIRED needs. */
const SIGN_OFF_WORDS = ['sign', 'dco'];
const REQUIRED_WORDS = ['sign', 'dco', 'certificate', 'git'];

/**
 * Whether commits need a Signed-off-by trailer (DCO), or must not carry one. A mention that the words around it
 * call unneeded ("you don't need to sign off", "a DCO is not required") counts for neither.
 */
export function signOff(sources: Sources): Found<SignOff> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  for (const value of ['forbidden', 'required'] as const) {
    for (const l of flow) {
      const text = l.block.kind === 'code' ? '' : plain(l.block);
      if (text === '' || !mentions(l.block, value === 'forbidden' ? SIGN_OFF_WORDS : REQUIRED_WORDS)) continue;
      if (value === 'forbidden' ? forbids(text) : allMatches(text, REQUIRED).some((m) => !saidNotNeeded(text, m.index))) {
        return { value, source: sourceOf(l) };
      }
    }
  }
  return null;
}

function forbids(text: string): boolean {
  FORBID_IMPERATIVE.lastIndex = 0;
  if (FORBID_IMPERATIVE.test(text)) return true;
  return allMatches(text, FORBID_REJECTED).some((m) => !ABSENT.test(clauseBefore(text, m.index)));
}
