import { Located } from '../sources';
import { plain, saidNotNeeded, sentenceAround } from './text';
import { CANNOT_MAKE_IT, BEFORE_AN_ISSUE, OPTIONAL_FIRST, MAINTAINERS_DO, CHANGE_SECTION, REPORT_SECTION } from './discussFirstNotAsked';

/**
 * Asks to discuss first that span blocks or steps: a lead-in and the request in its section, numbered steps that
 * open an issue before sending the change, a step of the part about making a change, a template's box.
 */

/** "(Especially do so) if you plan to work on something big": the advice before it (open an issue, ask) is for larger work. */
const LARGER_WORK = /\bif\s+you\s+(?:plan|intend|want|are\s+planning|are\s+going)\s+to\s+(?:work\s+on|make|implement|contribute|submit|tackle|start)\s+(?:something|a|an|any)\s+(?:\w+\s+)?(?:big|bigger|large|larger|major|significant|substantial|non-?trivial)\b/i;
/**
 * A lead-in about starting a feature or change ("Before requesting or implementing a new feature, ..."), or about the
 * work itself ("Before making any changes to this repository", "before spending too much time on it": time and effort
 * spent are the work, so no change noun is needed after them).
 */
const BEFORE_IMPLEMENTING =
  /\bbefore\s+(?:you\s+)?(?:spend(?:ing)?|invest(?:ing)?|sink(?:ing)?)\s+(?:too\s+much\s+|much\s+|a\s+lot\s+of\s+|lots\s+of\s+|significant\s+|any\s+|a\s+significant\s+amount\s+of\s+|substantial\s+)?(?:time|effort|work)\b|\bbefore\s+(?:you\s+)?mak(?:e|ing)\s+(?:any\s+)?(?:significant\s+|major\s+|larger?\s+|big\s+)?changes\s+to\s+(?:this|the)\s+(?:repository|repo|project|codebase)(?=\s*[,;:]|\s*$)|\bbefore\s+(?:\w+ing(?:\s+\w+)?\s+(?:or|and)\s+)?(?:(?:you\s+)?put(?:ting)?\s+(?:in\s+)?(?:a\s+lot\s+of\s+|much\s+|significant\s+|any\s+)?(?:work|effort|time)\s+into|implementing|working\s+on|starting(?:\s+work)?\s+on|coding|writing\s+code\s+for|contributing|embarking\s+on|undertaking|you\s+(?:begin|start)\s+(?:to\s+(?:implement|work\s+on|code)|implementing|working\s+on|coding))\b[^.]{0,40}?\b(?:features?|changes?|enhancements?|pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|ideas?|concepts?)\b/i;
/** Asking to open an issue or ticket ("create a GitHub issue"), or to discuss: what such a lead-in or "if you plan something big" points at. */
const OPEN_AN_ISSUE_AHEAD = /\b(?:open|create|file|submit|rais|initiat|start)(?:e|ing)?\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|separate\s+)?(?:(?:GitHub|GitLab|Gitea|Jira|tracker)\s+)?(?:issue|ticket|discussion|proposal|RFC)s?\b|\bdiscuss\b|\bpresent\s+(?:your|the)\s+(?:plans?|ideas?|design|proposal)\b|\bcomment(?:ing)?\s+on\s+(?:an?\s+|the\s+)?(?:existing\s+)?issue\b|\b(?:reach\s+out|get\s+in\s+touch|talk\s+to\s+us|contact\s+(?:us|the\s+maintainers))\b/i;
/** Asking on a channel: "ask us on the forum" (in the lead-in's own block only). */
const ASK_ON = /\bask\s+(?:us\s+|the\s+maintainers\s+)?(?:on|in|at|whether|if)\b/i;
const OPEN_AN_ISSUE = new RegExp(`${OPEN_AN_ISSUE_AHEAD.source}|${ASK_ON.source}`, 'i');
/** A problem met on the way ("If the install fails, open an issue"): a report, not a talk about the change. */
export const PROBLEM_MET = /\b(?:fails?|failing|errors?|stuck|problems?|trouble|broken|crash\w*|bugs?)\b|\b(?:face|run\s+into|hit|encounter|have|experience)\w*\s+(?:any\s+)?(?:issues|difficult\w*)\b/i;
/** "Discuss the problem you want to solve": the problem the change solves, a topic of the talk, not a problem met. */
export const PROBLEM_TO_SOLVE = /\bproblems?\s+(?:that\s+)?you(?:'re|\s+are)?\s+(?:want|wish|would\s+like|trying|intend|plan)\s+to\s+(?:solve|fix|address)\b/gi;
/** A problem met as the condition of the ask: "open an issue if the install fails" (a bug named as a topic is not one). */
const PROBLEM_IF = /\b(?:if|when|should)\b[^.]{0,40}?\b(?:fails?|failing|errors?|stuck|problems?|trouble|broken|crash\w*)\b/i;
/** Blocks after a lead-in, in its section, where the request to open an issue may come. */
const LEAD_IN_REACH = 6;

/** A step that opens an issue or discussion, or waits for one to be approved. */
const ISSUE_STEP = /\b(?:open|create|file|start|raise)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:issue|ticket|discussion|proposal|RFC)\b|\bwait\s+(?:until|for)\b[^.]{0,40}?\b(?:approv|accept|agree|green\s+light|go-ahead)/i;
/** A later step that makes the change: a pull request, a patch, a branch or fork, code. */
const CHANGE_STEP = /\b(?:pull[\s-]+requests?|PRs?|patch(?:es)?|fork|branch|implement\w*|code)\b/i;

/**
 * Numbered steps that open an issue (or wait for approval) before a later step sends the change: the order of the
 * steps is the order of the work. Steps under a heading about reporting bugs are how to report, not how to change.
 */
export function issueStepBeforeChange(flow: readonly Located[], k: number, text: string): boolean {
  const l = flow[k];
  const b = l.block;
  if (b.kind !== 'listItem' || !b.ordered || !ISSUE_STEP.test(text) || CHANGE_STEP.test(text)) return false;
  const nearest = b.sections[b.sections.length - 1];
  if (nearest !== undefined && REPORT_SECTION.test(nearest.replace(CHANGE_SECTION, ''))) return false;
  for (let j = k + 1, steps = 0; j < flow.length && steps < LEAD_IN_REACH; j++) {
    const n = flow[j].block;
    if (flow[j].doc !== l.doc) break;
    // A step's own sub-items and continuation paragraphs sit between it and the next step.
    if ((n.kind === 'listItem' && n.depth > b.depth) || (n.kind === 'paragraph' && n.inList)) continue;
    if (n.kind !== 'listItem' || n.listId !== b.listId) break;
    steps++;
    if (CHANGE_STEP.test(plain(n))) return true;
  }
  return false;
}

/** A lead-in about writing the code itself: "Before writing code, open an issue that describes your plan". */
const BEFORE_CODING = /\bbefore\s+(?:you\s+)?(?:writ(?:e|ing)\s+(?:any\s+)?code|start(?:ing)?\s+(?:to\s+)?cod(?:e|ing)|coding)\b/i;

/**
 * A structure that asks to discuss first across blocks: "if you plan to work on something big" right after (or
 * with) the advice to open an issue, or a lead-in "Before implementing a new feature" followed, in its section,
 * by the request to open a ticket.
 */
export function asksAround(flow: readonly Located[], k: number): boolean {
  const l = flow[k];
  const text = plain(l.block);
  if (LARGER_WORK.test(text)) {
    const prev = flow[k - 1];
    return OPEN_AN_ISSUE.test(text) || (prev !== undefined && prev.doc === l.doc && prev.block.kind !== 'code' && OPEN_AN_ISSUE.test(plain(prev.block)));
  }
  const implementing = BEFORE_IMPLEMENTING.exec(text);
  const lead = implementing ?? BEFORE_CODING.exec(text);
  if (!lead || BEFORE_AN_ISSUE.test(text)) return false;
  // ("Before making any changes, back up your config. Open an issue if the install fails": a problem met is a report.)
  const ask = OPEN_AN_ISSUE.exec(text.slice(lead.index));
  if (ask && !PROBLEM_IF.test(sentenceAround(text, lead.index + ask.index)) && !MAINTAINERS_DO.test(text.slice(Math.max(0, lead.index + ask.index - 40), lead.index + ask.index))) return true;
  // "Before you start coding, set up your environment": a lead-in about coding alone reaches no further than its block.
  if (!implementing) return false;
  // A lead-in that ends in a colon ("The preferred ways to do that are to either:") introduces the list after it:
  // its items are what the lead-in asks (other lists in reach are read past, as before).
  let introduces = /:\s*$/.test(text);
  for (let j = k + 1; j < flow.length && j <= k + LEAD_IN_REACH; j++) {
    const b = flow[j];
    if (b.doc !== l.doc || b.block.kind === 'heading') break;
    if (b.block.kind === 'code') continue;
    const later = plain(b.block);
    if (b.block.kind === 'listItem') {
      if (introduces && OPEN_AN_ISSUE_AHEAD.test(later) && !PROBLEM_MET.test(later) && !CANNOT_MAKE_IT.test(later)) return true;
      continue;
    }
    introduces = /:\s*$/.test(later);
    if (OPEN_AN_ISSUE_AHEAD.test(later) && !PROBLEM_MET.test(later) && !CANNOT_MAKE_IT.test(later)) return true;
  }
  return false;
}

/**
 * A request to open an issue, or to make sure one exists ("If an issue does not already exist please create one",
 * "Please create an issue, assuming one does not already exist").
 */
// ("Link to the issue which the PR resolves. Please create one if necessary", "If an issue does not exist yet, open one".)
const CREATE_AN_ISSUE =
  /\b(?:please\s+)?(?:create|open|file|raise)\s+an?\s+(?:new\s+)?(?:\w+\s+)?(?:issue|ticket)\b|\bif\s+(?:an?\s+|the\s+)?(?:(?:corresponding|related|matching)\s+)?(?:issue|ticket)\s+(?:does\s+not|doesn't)\s+(?:already\s+)?exist\w*(?:\s+yet)?(?![^.]{0,60}\b(?:is\s+fine|that's\s+fine|no\s+need|not\s+(?:needed|required|necessary)|pull\s+request|PR)\b)[^.]{0,30}?\b(?:create|open|file|raise)\b|\b(?:link|refer(?:ence)?|point)\s+(?:to\s+)?(?:the|an?)\s+(?:\w+\s+)?(?:issue|ticket)(?:\s+(?:which|that|this|the|your)\b[^.]{0,50})?[.!]\s+(?:please\s+)?(?:create|open|file)\s+one\s+if\s+(?:necessary|needed|none\s+exists|there\s+is\s+none)\b/i;

/**
 * A pull request template's box that asks to have discussed the change ("- [ ] Discuss the proposed bug fix or feature
 * in a GitHub issue, or on the mailing list"): the box is ticked before the pull request, so the talk comes first.
 */
// (Asked as the box's question, "Was this discussed/agreed via a GitHub issue?", "Has this been discussed in an issue?";
// or an issue raised for the purpose, "I have raised an issue to propose this change".)
const BOX_DISCUSSES = /^\W*(?:I\s+(?:have\s+)?)?(?:discuss(?:ed)?|talk(?:ed)?\s+(?:to|with))\b[^.]{0,80}\b(?:in\s+an?\s+(?:GitHub\s+)?(?:issue|discussion)|on\s+the\s+(?:[\w-]+\s+)?(?:mailing\s+list|forum)|with\s+(?:the\s+)?maintainers?)\b|^\W*(?:was|has|have|is)\s+(?:this|it|the\s+(?:change|feature|PR|pull\s+request))\s+(?:been\s+)?(?:discussed|agreed|approved)(?:\s*\/\s*(?:discussed|agreed|approved))?\s+(?:via|in|on|with|through)\s+(?:an?\s+|the\s+)?(?:GitHub\s+)?(?:issue|discussion|maintainers?)\b|^\W*I\s+(?:have\s+)?(?:raised|opened|filed|created)\s+an?\s+(?:GitHub\s+)?(?:issue|discussion)\s+to\s+(?:propose|discuss)\b/i;
// (Not a box its own note makes optional: "Has this been discussed in an issue? (optional: small PRs are welcome without one)".)
export const templateBoxDiscusses = (l: Located, text: string): boolean => l.block.kind === 'listItem' && l.block.checked !== null && !l.block.commented && BOX_DISCUSSES.test(text) && !/\boptional\b|\bwithout\s+one\b/i.test(text);

/**
 * A step of the part about making a change that asks for an issue: a bullet of "Making a PR" saying "If an
 * issue does not already exist please create one"; "Prerequisites: please create an issue". Issues asked for in
 * a part about reporting bugs are reports, not a step before coding.
 */
export function issueStepOfAChange(l: Located, text: string, inTemplate = false): boolean {
  if (l.block.kind === 'heading') return false;
  const m = CREATE_AN_ISSUE.exec(text);
  if (!m) return false;
  const nearest = l.block.sections[l.block.sections.length - 1];
  // A pull request template is all about the change: its "Link to the issue closed by this PR. If the issue doesn't
  // exist yet, create it" asks for the issue under any heading (but only in that conditional form: "please open an
  // issue" there may send a bug report elsewhere).
  // (Its headings name the issue to link, "Link to issue", "Related issues": no report section there.)
  const templateAsks = inTemplate && /^if\b|\bone\s+if\b/i.test(m[0]);
  if (!templateAsks && (nearest === undefined || !CHANGE_SECTION.test(nearest) || REPORT_SECTION.test(nearest.replace(CHANGE_SECTION, '')))) return false;
  // ("If you face any issues during this process, please open an issue": a problem met while setting up is a report.)
  if (PROBLEM_MET.test(sentenceAround(text, m.index))) return false;
  return !saidNotNeeded(text, m.index) && !OPTIONAL_FIRST.test(text.slice(Math.max(0, m.index - 60), m.index));
}
