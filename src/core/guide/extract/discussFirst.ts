import { Found } from '../facts';
import { Located, Sources, sourceOf } from '../sources';
import { AGREED_ISSUE_REQUIRED, START_BY_RAISING, asksWhenChanging } from './discussScoped';
import { overlappingMatches, lowered, mayHoldWords, mayMatch, mentions, plain, saidNotNeeded, sentenceAround } from './text';
import { TALK_WORDS, advisesTalkBeforeChange, sentencesOf } from './discussConcepts';
import { CLAIM, DESCRIBE_IN_ISSUE, FIRST, FIRST_NEEDS, FIRST_WORDS, NOT_FIRST, NOT_FIRST_WORDS } from './discussFirstWording';
import { PROBLEM_MET, PROBLEM_TO_SOLVE, issueStepBeforeChange, asksAround, templateBoxDiscusses, issueStepOfAChange } from './discussFirstSteps';
import { noIssueNeeded, UNLESS_SMALL, INSTEAD_OF_AN_ISSUE, aboutQuestions, aboutBugReport, CANNOT_MAKE_IT, aboutSecurity, BEFORE_AN_ISSUE, OPTIONAL_FIRST, MAINTAINERS_DO, featureRequestSection, conditionThenOrder, EITHER_BEFORE, ASKS_YOU_TO, asideSection, inReportSection, reportOnly, talkedOverBeforeWork } from './discussFirstNotAsked';

/**
 * A heading that is itself the request: "Open an issue first", "Discuss before you code", "2. Talk to us first",
 * "1. Come discuss changes first".
 * (A heading's words are its section's subject; an imperative with "first" or "before ... code" orders the work.)
 */
const HEADING_ASKS =
  /^\W*(?:\d+[.)]\s*)?(?:please\s+)?(?:come\s+(?:and\s+)?)?(?:discuss(?:\s+(?:it|your\s+\w+|the\s+\w+|changes?|ideas?|proposals?|features?|plans?))?|talk\s+to\s+us|chat\s+with\s+us|open\s+an?\s+(?:issue|discussion)|file\s+an?\s+issue|propose\s+(?:it|your\s+\w+|the\s+\w+|changes?)|check\s+with\s+us|get\s+in\s+touch|reach\s+out)\s+(?:first|before\s+(?:you\s+)?(?:code|coding|start\w*|writ\w*|implement\w*|work\w*|submit\w*|open\w*\s+(?:an?\s+)?(?:PR|pull)))\b/i;

/** A heading that eases its own request: "Discuss changes first (optional)", "Come discuss first, or just send a PR". */
const HEADING_EASED = /\boptional\b|,?\s+or\s+(?:just\s+|simply\s+)?(?:send|open|submit|make|file)\b/i;

/** Words (lowercase) one of which LARGER_WORK and BEFORE_IMPLEMENTING need. */
const LEAD_WORDS = ['if you', 'before'];

/** "Before you submit a pull request on a package, always file an issue": the issue ordered before the pull request. */
const ISSUE_BEFORE_PR = /\b(?:before|prior\s+to)\s+(?:you\s+)?(?:submit|open|send|creat|fil|mak)\w*\s+(?:[^\w\s]{1,4}\s+)?(?:a|an|your|the|any)\s+(?:new\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?)\b[^.]{0,80}?,\s*(?:please\s+)?(?:always\s+|first\s+)?(?:file|open|create|raise|submit)\s+(?:an?\s+|the\s+)?(?:issue|ticket|discussion)\b/i;

/** True when the guide asks to discuss (or claim an issue) before coding; "no need to open an issue first" does not count. */
export function discussFirst(sources: Sources): Found<boolean> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  // Taking an issue one works on ("assign it to yourself") asks for an issue only when there is one: a later
  // plain "an issue first is not required" outweighs it.
  let claimed: Found<boolean> | null = null;
  for (let k = 0; k < flow.length; k++) {
    const l = flow[k];
    if (l.block.kind === 'heading' && !claimed && mentions(l.block, FIRST_WORDS) && HEADING_ASKS.test(plain(l.block)) && !HEADING_EASED.test(plain(l.block))) return { value: true, source: sourceOf(l) };
    // "## Pull requests require an approved issue": a heading that states the condition (not "Not all pull requests
    // require...", nor the question "Do pull requests require an approved issue?").
    if (l.block.kind === 'heading' && !claimed && mayMatch(l.block, AGREED_ISSUE_REQUIRED) && AGREED_ISSUE_REQUIRED.test(plain(l.block)) && !/\bnot\b|n't\b|\bnever\b|\?\s*$|^\W*(?:do|does|must|should)\b/i.test(plain(l.block))) return { value: true, source: sourceOf(l) };
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    if (!claimed && mentions(l.block, LEAD_WORDS) && asksAround(flow, k)) return { value: true, source: sourceOf(l) };
    if (!mentions(l.block, FIRST_WORDS)) continue;
    const text = plain(l.block);
    if ((NOT_FIRST_WORDS.test(lowered(l.block)) && NOT_FIRST.test(text)) || noIssueNeeded(text) || (claimed && ISSUE_NOT_REQUIRED.test(text))) return { value: false, source: sourceOf(l) };
    if (claimed || asideSection(l, text)) continue;
    if (!inReportSection(l) && talkedOverBeforeWork(text)) return { value: true, source: sourceOf(l) };
    if (issueStepOfAChange(l, text, k >= sources.guideFlow.length) || issueStepBeforeChange(flow, k, text) || (ISSUE_BEFORE_PR.test(text) && !inReportSection(l)) || templateBoxDiscusses(l, text)) return { value: true, source: sourceOf(l) };
    // "Before creating a ticket, please ask first": what comes first is before an issue, not before a change.
    if (BEFORE_AN_ISSUE.test(text)) continue;
    // A condition on making a change with the advice to raise it, "start by opening an issue", an agreed issue required.
    if (asksWhenChanging(text) || (mayMatch(l.block, START_BY_RAISING) && START_BY_RAISING.test(text) && !inReportSection(l)) || (mayMatch(l.block, AGREED_ISSUE_REQUIRED) && AGREED_ISSUE_REQUIRED.test(text))) return { value: true, source: sourceOf(l) };
    for (let i = 0; i < FIRST.length; i++) {
      const p = FIRST[i];
      // Every match: "No issue is needed first for typos. For larger changes, open an issue first" asks in its second.
      const asks = (x: RegExpExecArray): boolean => {
        const before = text.slice(Math.max(0, x.index - 60), x.index);
        return !saidNotNeeded(text, x.index) && (!OPTIONAL_FIRST.test(before) || conditionThenOrder(before, x[0])) && !MAINTAINERS_DO.test(before) && !(p === DESCRIBE_IN_ISSUE && featureRequestSection(l)) && !EITHER_BEFORE.test(before) && !ASKS_YOU_TO.test(x[0]) && !aboutQuestions(text, x.index) && !INSTEAD_OF_AN_ISSUE.test(sentenceAround(text, x.index)) && !aboutSecurity(text, x.index) && !reportOnly(l, text, x.index) && !aboutBugReport(text, x.index) && !CANNOT_MAKE_IT.test(sentenceAround(text, x.index));
      };
      // The first match alone is the cheap common case; later ones are looked for only when it does not ask, each from
      // just after the last one's start, so a match inside a refused one is still judged.
      // (Most blocks lack the words each pattern needs: mayMatch rules them out without running it.)
      const first = mayHoldWords(l.block, FIRST_NEEDS[i]) ? p.exec(text) : null;
      if (!first || (!asks(first) && !laterAsks(text, p, first, asks))) continue;
      if (p !== CLAIM) return { value: true, source: sourceOf(l) };
      claimed = { value: true, source: sourceOf(l) };
      break;
    }
  }
  return claimed ?? talkBeforeChange(flow);
}

/**
 * Whether a match after the first (refused) asks. A match that starts inside a refused one shares its refusal when no clause
 * break stands between their starts ("You don't need to open an issue or start a discussion first": the negation
 * covers both); after a break it is judged on its own ("for something which doesn't have an open issue, consider
 * creating an issue first": "open issue, ..." is refused, "creating an issue first" asks).
 */
function laterAsks(text: string, pattern: RegExp, first: RegExpExecArray, asks: (m: RegExpExecArray) => boolean): boolean {
  const refused: RegExpExecArray[] = [first];
  for (const m of overlappingMatches(text, pattern)) {
    if (m.index === first.index) continue;
    const inside = refused.some((r) => m.index > r.index && m.index < r.index + r[0].length && !CLAUSE_BREAK.test(text.slice(r.index, m.index)));
    if (!inside && asks(m)) return true;
    refused.push(m);
  }
  return false;
}

const CLAUSE_BREAK = /[,;:.!?]/;

/** The general reading (discussConcepts.ts), where no specific wording matched: the first sentence that advises it. */
function talkBeforeChange(flow: readonly Located[]): Found<boolean> | null {
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading' || !mentions(l.block, TALK_WORDS) || asideSection(l) || featureRequestSection(l)) continue;
    const text = plain(l.block);
    for (const s of sentencesOf(text)) {
      const at = s.index;
      if (!advisesTalkBeforeChange(s.text) || BEFORE_AN_ISSUE.test(s.text) || saidNotNeeded(text, at) || OPTIONAL_FIRST.test(s.text) || MAINTAINERS_DO.test(s.text) || CANNOT_MAKE_IT.test(s.text)) continue;
      if (aboutQuestions(text, at) || aboutSecurity(text, at) || reportOnly(l, text, at) || aboutBugReport(text, at) || PROBLEM_MET.test(s.text.replace(/\bbug\s*fix(?:es)?\b/gi, '').replace(UNLESS_SMALL, '').replace(PROBLEM_TO_SOLVE, ''))) continue;
      return { value: true, source: sourceOf(l) };
    }
  }
  // "Pull requests don't need a matching issue": said where nothing in the guide asks for one after all.
  const waived = flow.find((l) => l.block.kind !== 'code' && l.block.kind !== 'heading' && PRS_NEED_NO_ISSUE.test(plain(l.block)));
  return waived ? { value: false, source: sourceOf(waived) } : null;
}

const PRS_NEED_NO_ISSUE = /\b(?:pull[\s-]+requests|PRs|patches|changes)\s+(?:do\s+not|don't|doesn't|does\s+not)\s+need\s+(?:an?\s+)?(?:matching|corresponding|linked|related|associated|separate|prior)?\s*(?:issue|ticket)\b/i;

/** "While bug fixes can first be identified via an issue, that is not required", "Opening an issue first is not necessary." */
const ISSUE_NOT_REQUIRED =
  /\b(?:issue|ticket|discussion)\b[^.]{0,60}?,\s*(?:that|this|it)\s+is\s+(?:not\s+(?:required|necessary|needed|mandatory)|optional)\b|\b(?:opening|creating|filing)\s+an?\s+(?:issue|ticket)\s+(?:first\s+|beforehand\s+)?is\s+(?:not\s+(?:required|necessary|needed|mandatory)|optional)\b(?!\s+(?:when|if|for|unless)\b)/i;
