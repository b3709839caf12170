import { Block, ListItemBlock } from '../documentModel';
import { collapseWhitespace } from '../../text/normalize';
import { mostlyAsks } from './checklistAsks';
import { aboutReporting, leadAboutOtherOccasion, othersOccasionHeading } from './checklistLeads';
import { conditionAfterSending, sendsTheChangeStep } from './checklistSending';
import { CHECKLIST_INTRO, NOT_CHECKLIST, OTHER_CHECKLIST } from './checklistWording';
import { leavesItOptional } from './checklistOccasion';

/**
 * What the items of a list ask: boxes nested under a step, the asks of the change itself, the steps after sending
 * that are left out, and the sections about another occasion.
 */

/**
 * An item about what happens once the change is sent ("If we suggest changes then:", "Once your PR is approved:"):
 * it and the items nested under it are for later, not checks before sending.
 */
const AFTER_SUBMISSION = /^(?:\*\*|_)?(?:wait\s+for\b|(?:if|once|after|when)\b[^.]{0,80}?\b(?:approved|merged|landed|(?:suggest|request)\w*\s+(?:some\s+)?changes|review(?:ed|s|ers?)?)\b|(?:if|once|after|when)\b[^.]{0,40}?\b(?:updated|opened|submitted|sent)\s+(?:your|the)\s+(?:pull[\s-]+request|PR|patch)\b)/i;

/** Sections about filing issues, whose lists are what to put in an issue. */
export const ISSUE_SECTION = /\ban? issues?\b|\bissues?$/i;

/** The last sentence of a lead-in paragraph. */
const lastLine = (text: string): string => collapseWhitespace(text).split(/(?<=[.!?])\s+(?=[A-Z*_`[])/).pop() ?? '';

/**
 * The empty-boxed items nested under a top-level step that leads into them: the step itself ends in ":" ("3. Open the
 * pull request and check that:"), or a paragraph of the step does just before the boxes ("6. Do not expect a review
 * at once. ... Following this checklist will make the process smoother:"). Every item of that nested list has a box;
 * plain items nested deeper are a box's details ("Tests, as appropriate:" over the kinds of tests), not checks.
 */
export function boxesUnderAStep(run: readonly Block[]): ListItemBlock[] {
  const found: ListItemBlock[] = [];
  let step: ListItemBlock | undefined;
  for (let k = 0; k < run.length; k++) {
    const b = run[k];
    if (b.kind === 'listItem' && b.depth === 0) step = b;
    if (!step || b.kind !== 'listItem' || b.depth !== 1 || run[k - 1] === undefined || (run[k - 1].kind === 'listItem' && (run[k - 1] as ListItemBlock).listId === b.listId)) continue;
    // The first item of a nested list: what comes right before it leads into it.
    const before = run[k - 1];
    const inStep = before.kind === 'paragraph' && before.inList;
    const lead = inStep ? before.text : before === step ? step.text : undefined;
    if (lead === undefined || !/:\s*$/.test(lead)) continue;
    // A paragraph of the step leads into checks only when it says so ("Following this checklist will make the process
    // smoother:"): "The person merging goes through this list:", "Still to do:" or "Tick the one kind of change it is:"
    // lead into someone else's list, a status or a choice.
    const said = lastLine(lead);
    if (inStep && (!(CHECKLIST_INTRO.test(said) || /\bchecklist\b/i.test(said)) || OTHER_CHECKLIST.test(said) || NOT_CHECKLIST.test(said) || STATUS_LIST.test(said) || leadAboutOtherOccasion(said))) continue;
    const list = run.filter((x): x is ListItemBlock => x.kind === 'listItem' && x.listId === b.listId);
    // A step that is itself a lead-in asking for checks ("- PR should have:" over "- Test case", "- Documentation")
    // frames plain items as its checks, as the same words in a paragraph over a list do.
    // (The step names the change it asks about: "Make sure you have:" under a setup step lists prerequisites, "Make
    // sure that:" under troubleshooting a state to look for.)
    const stepAsks = !inStep && CHECKLIST_INTRO.test(said) && NAMES_THE_CHANGE.test(said) && !otherOccasion(b.sections) && !OTHER_CHECKLIST.test(said) && !NOT_CHECKLIST.test(said) && !STATUS_LIST.test(said) && !leadAboutOtherOccasion(said) && !leavesItOptional(said) && !RECOMMENDS.test(said);
    if (list.length >= 2 && (list.every((it) => it.checked === false) || (stepAsks && list.every((it) => it.checked === null)))) found.push(...list);
  }
  return found;
}

/** Words of the change a step asks about: the pull request, the patch, the change, the code, the commits. */
const NAMES_THE_CHANGE = /\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|changes?|code|commits?|contributions?|submissions?|fix(?:es)?|features?)\b/i;

/** A step that recommends ("We recommend you run tests locally before creating your PR:") offers, rather than asks. */
const RECOMMENDS = /\b(?:recommend\w*|suggest\w*|advis(?:e|ed|able))\b/i;

/** What a list of boxes tracks when it is not a check before sending: the project's plans, progress or open tasks. */
export const STATUS_LIST = /\b(?:road-?map|to-?dos?|help\s+wanted|open\s+tasks|status|progress|plans?|planned|ideas|wish-?list|milestones?|backlog|features?\s+(?:list|support)|supported|known\s+(?:gaps|issues|limitations|bugs)|limitations|caveats|missing)\b/i;

/** Sections about another occasion than sending a change (reviewing, releasing, reporting, another's checklist). */
export const otherOccasion = (sections: readonly string[]): boolean =>
  aboutReporting(sections) || sections.some((s) => NOT_CHECKLIST.test(s) || othersOccasionHeading(s) || ISSUE_SECTION.test(s) || OTHER_CHECKLIST.test(s));

/** The items, minus those about what happens after sending (and everything nested under them). */
export function withoutLaterSteps(items: readonly ListItemBlock[]): ListItemBlock[] {
  const kept: ListItemBlock[] = [];
  let skipDepth = -1;
  // Whether a top-level step so far sends the change (checklistSending).
  let sent = false;
  for (const item of items) {
    if (skipDepth >= 0 && item.depth > skipDepth) continue;
    skipDepth = -1;
    const text = collapseWhitespace(item.text);
    if (AFTER_SUBMISSION.test(text) || (sent && item.depth === 0 && item.checked === null && conditionAfterSending(text))) {
      skipDepth = item.depth;
      continue;
    }
    if (item.depth === 0 && sendsTheChangeStep(text)) sent = true;
    kept.push(item);
  }
  return kept;
}

/**
 * Short asks, most of them about the change itself (its tests, docs, changelog entry, format, the template): what a
 * pull request must meet. Not a walk through the git workflow (two steps of forking, branching, committing or opening
 * the pull request), etiquette ("Be patient"), or rules for reviewers and maintainers.
 */
// Under "Pull request process" (`strict`), every item must be such an ask and none a step of the workflow: a process
// heading more often walks through how a change goes in ("Create a branch for each pull request.").
export function asksOfTheChange(items: readonly string[], strict = false): boolean {
  if (items.length < 2 || !items.every((t) => t.length <= (strict ? 240 : 160)) || !mostlyAsks(items)) return false;
  const workflowSteps = items.filter((t) => WORKFLOW_STEP.test(t)).length;
  if (items.filter((t) => OTHERS_RULE.test(t)).length * 2 >= items.length || workflowSteps >= (strict ? 1 : 2)) return false;
  const checks = items.filter((t) => CHANGE_CHECK.test(t)).length;
  return checks >= 2 && (strict ? checks === items.length : checks * 2 >= items.length);
}

const WORKFLOW_STEP = /^[\W_]*(?:fork|clone|push|commit|branch\s+off|(?:create|make|use|start|check\s*out)\s+(?:(?:a|an|your|your\s+own|the)\s+)?(?:new\s+|topic\s+|feature\s+|separate\s+|git\s+)*(?:branch|fork)|(?:open|send|submit|create)\s+(?:a|the|your)\s+(?:pull|merge)\s+request|(?:do|make)\s+(?:the|your)\s+changes)\b/i;
const OTHERS_RULE = /^[\W_]*(?:reviewers?|maintainers?|we|our\s+team|the\s+(?:team|maintainers?|reviewers?))\b/i;
const CHANGE_CHECK = /\b(?:tests?|testing|specs?|docs?|document\w*|changelog|news|format\w*|lint\w*|style\w*|template|sign(?:ed)?[\s-]?off|CLA|newline|whitespace|build|compile|CI|passes|pass(?:ing)?|verif\w*|checks?|readme|describ\w*|description|small|atomic|one\s+(?:change|thing|feature)|(?:reference|link|mention)\s+(?:the\s+|an?\s+)?(?:related\s+)?issue)\b|\brun\s+`/i;

/** Half or more of a list's items ask something of the change itself (CHANGE_CHECK). */
export const changeAsks = (items: readonly string[]): boolean => items.length > 0 && items.filter((t) => CHANGE_CHECK.test(t) || /\b(?:pull[\s-]+requests?|PRs?|history|commits?|discuss)\b/i.test(t)).length * 2 >= items.length;
