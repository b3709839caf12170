import { checklistKey } from '../../text/normalize';
import { FoundText } from '../facts';
import { ListItemBlock, ParsedDocument } from '../documentModel';
import { progressSections, sectionOf } from './checklistProgress';
import { Sources } from '../sources';
import { collapseWhitespace, plainInline } from '../../text/normalize';
import { askedTemplateLists, othersSection, taggedForOthers, templateWithoutBoxes } from './checklistTemplates';
import { choiceBoxes } from './checklistChoices';
import { aboutReporting, othersOccasionHeading } from './checklistLeads';
import { paragraphChecks } from './checklistParagraphs';
import { stepParagraphs } from './checklistStepParagraphs';
import { beforeSendingSentences } from './checklistBeforeSending';
import { headingSteps } from './checklistHeadingSteps';
import { CHECKLIST_HEADING, CHECKLIST_INTRO, NAMES_A_CHECKLIST_HEADING, NAMES_THE_CHECKS, NOT_CHECKLIST, OTHER_CHECKLIST } from './checklistWording';
import { hasOpenBoxes } from './checklistTemplateFirst';
import { asksForACheck } from './checklistFraming';
import { otherOccasion } from './checklistRunItems';
import { qualifyingRuns } from './checklistRuns';

/** A box with no words, a placeholder to fill ("- [ ] ..."). */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;
/** A template's plain bullet asking what, how or why ("What problem does this solve?"): a prompt for the description, not a check. */
const ASKS_FOR_DESCRIPTION = /^\W*(?:what|how|why|which|where|who)\b[^?]*\?\s*$/i;

/**
 * Items that allow or explain rather than ask for something: "It's OK to...", "No need to...", "Note that...", and
 * permissions and options ("Feel free to send a draft PR", "You can run `make serve` to preview", "Don't hesitate
 * to ask", "It's entirely possible your change won't be merged"): what one may do, nothing to tick. "You may need to"
 * and "you can't" still ask.
 */
const NOT_A_CHECK =
  /^(?:\*\*|_)?(?:note\b|it'?s (?:ok|okay|fine)\b|no need\b|you (?:don'?t|do not) need\b|there is no need\b|the reason\b|(?:one |an? )?exceptions?\b|feel\s+free\b|don'?t\s+hesitate\b|do\s+not\s+hesitate\b|you\s+(?:can(?!['’]t)|may)\b(?!\s+(?:also\s+)?(?:need|have\s+to|not)\b)|it'?s\s+(?:entirely\s+|quite\s+|very\s+)?possible\b)/i;
/**
 * Items that say what the project's automation or people do ("GitHub Actions are used to make sure...", "CI will
 * run...", "The maintainers will respond..."): nothing for the contributor to do.
 */
const AUTOMATION_SAYS = /^(?:\*\*|_)?(?:(?:the |our )?(?:github actions?|ci|continuous integration|bots?|workflows?)\b[^.]{0,30}?\b(?:is|are|will|runs?|checks?)\b|we (?:use|run|will)\b|(?:the |our |an? |one of (?:the|our) )?(?:repo(?:sitory)? |project |core )?(?:owners?|maintainers?|reviewers?|team)\s+will\b)/i;
/**
 * An item that states the automation's outcome the change must reach ("CI is green.", "All CI checks pass.",
 * "GitHub Actions are passing"): a state to check before asking for review, not what the automation does, though
 * AUTOMATION_SAYS reads the same subject and verb.
 */
const AUTOMATION_STATE =
  /^(?:\*\*|_)?(?:the\s+|all\s+)?(?:github\s+actions?|ci|continuous\s+integration|workflows?)(?:\s+(?:checks?|builds?|jobs?|runs?|pipelines?|workflows?|tests?))?\s+(?:(?:is|are)\s+(?:all\s+)?(?:green|passing|successful|clean)|pass(?:es)?|succeeds?)\b/i;
/**
 * Items that are approvals others give ("2 approvals required", "Receive two approving reviews from maintainers",
 * "A maintainer must approve"): a condition of merging, nothing for the contributor to do before sending.
 */
const OTHERS_APPROVE =
  /^(?:\*\*|_)?(?:receive|get|obtain)\b[^.]{0,40}\b(?:approv\w*|LGTMs?|sign[\s-]?offs?\s+from)\b|\b(?:\d+|one|two|three|at\s+least\s+\w+)\s+(?:approv(?:als?|ing\s+reviews?)|LGTMs?)\b|\b(?:reviewers?|maintainers?)\s+(?:must|should|will|have\s+to|has\s+to)\s+approve\b/i;

/**
 * A plain item that says what sending the change means ("Submitting a change implies granting a licence...", "By
 * submitting a PR you confirm that you wrote it"): the legal terms the act itself accepts, a statement, not a step to
 * take. (A task box that says so, "By opening this PR, I agree...", is ticked, and stays.)
 */
const SENDING_MEANS =
  /^(?:\*\*|_)?(?:by\s+)?(?:submitting|sending|opening|contributing)\b[^.]{0,80}?\b(?:implies|means|you\s+(?:\*\*)?(?:agree|accept|certify|confirm|promise|take|grant|affirm)\w*)\b/i;

/**
 * A plain item that is the issue link to fill in ("Fixes #???", "Closes #123", "Resolves: #"): where the template
 * wants the issue named, in the closing-keyword form GitHub reads, not a check.
 */
// The number or its placeholder follows the "#" ("#123", "#???", "#XXX", "# (issue)", "#<id>"): "Fix #include order"
// is a step about C headers.
const ISSUE_LINK_LINE = /^[\W_]*(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?|related(?:\s+to)?|refs?)\s*:?\s*#(?:\d|[?xX_.<[(]|\s|$)/i;

/** Longer than this, a list item is an explanation; checks are short enough to tick. */
const MAX_CHECK_LENGTH = 300;

/**
 * The check a plain list item asks for: the whole item when short enough to tick, else its first sentence (what
 * follows explains it), or nothing when even that is an explanation. Lengths count the words shown, not link targets.
 */
function checkWithin(text: string): string | undefined {
  if (plainInline(text).length <= MAX_CHECK_LENGTH) return text;
  const first = text.split(/(?<=[.!?])\s+(?=[A-Z*_`[])/, 1)[0];
  return first.length < text.length && !/\?$/.test(first) && plainInline(first).length <= MAX_CHECK_LENGTH ? first : undefined;
}

/**
 * A template in a folder of templates named for a maintainer's errand (`PULL_REQUEST_TEMPLATE/release.md`,
 * `prerelease.md`, `mergeback.md`, `backport.md`, GitLab's `merge_request_templates/Release.md`): its boxes are the
 * release or merge procedure, not a contributor's checks. They are kept, marked, for whoever opens that template's
 * pull request. (Not "publish" or "deploy": a plugin registry's `publish-plugin.md` is how contributors submit.)
 */
const MAINTAINER_TEMPLATE = /(?:pull_request_template|merge_request_templates)\/(?:[\w-]*[_-])?(?:pre-?)?(?:release|releases|releasing|mergeback|merge[_-]back|backport|backports|version[_-]bump|bump[_-]version)(?:[_-][\w-]*)?\.\w+$/i;

/**
 * What to check before sending a pull request: the templates' task lists (and a template's numbered
 * "before submitting" list), and the guide's list under a "Submitting a pull request"-like heading or intro.
 */
export function checklist(sources: Sources): FoundText[] {
  const out: FoundText[] = [];
  const seen = new Set<string>();
  const push = (doc: ParsedDocument, item: ListItemBlock, choice = false, asked = false): void => {
    const text = collapseWhitespace(item.text);
    const key = `${doc.path}:${item.line}`;
    if (NO_WORDS.test(text) || seen.has(key)) return;
    // What a committer, maintainer or reviewer ticks ("## Committer", "(Team) Label the PR"): not the author's checks.
    if (item.sections.some(othersSection) || taggedForOthers(text)) return;
    if (item.checked === null && (NOT_A_CHECK.test(text) || (AUTOMATION_SAYS.test(text) && !AUTOMATION_STATE.test(text)) || OTHERS_APPROVE.test(text) || SENDING_MEANS.test(text) || ISSUE_LINK_LINE.test(text))) return;
    const inTemplate = sources.templates.includes(doc);
    if (item.checked === null && inTemplate && ASKS_FOR_DESCRIPTION.test(text)) return;
    const said = item.checked === null && !asked ? checkWithin(text) : text;
    if (said === undefined) return;
    // The same check written again in the guide ("make sure existing tests still pass" under "Bug fix" and under "New
    // feature", or in the guide and a page it links) is one check. A template is a form of its own: its boxes are
    // ticked in the pull request, so they stay beside the guide's.
    const sameText = `${inTemplate ? doc.path : '\u0001guide'}\u0000${checklistKey(said)}`;
    if (seen.has(sameText) && (!inTemplate || item.checked === null)) return;
    seen.add(key);
    seen.add(sameText);
    out.push({ text: said, source: { file: doc.path, line: item.line }, ...(choice ? { choice } : {}) });
  };
  for (const doc of sources.templates) {
    const start = out.length;
    const choices = choiceBoxes(doc);
    const plainChecks = templateWithoutBoxes(doc);
    const askedLists = askedTemplateLists(doc);
    // A template whose boxes are all in its comment ("<!-- - [ ] If the change modifies a visible behavior, it changes
    // the documentation -->") keeps its checklist there: the author reads it while writing the description.
    const onlyCommentedBoxes = !hasOpenBoxes(doc);
    for (const b of doc.blocks) {
      // A list in the template's comment is a tip, unless the comment's lead-in asks for it before sending (askedTemplateLists)
      // or its boxes are the template's only ones.
      if (b.kind !== 'listItem' || (b.commented && !(b.checked === null && b.depth === 0 && askedLists.has(b.listId)) && !(onlyCommentedBoxes && b.checked !== null))) continue;
      if (b.sections.some((s) => OTHER_CHECKLIST.test(s) && NAMES_A_CHECKLIST_HEADING.test(s))) continue;
      // A template written as plain bullets: those that ask the author to have checked something are its checks,
      // and every item of a list its lead-in asks for ("Please make sure to:").
      const asked = b.checked === null && b.depth === 0 && askedLists.has(b.listId);
      if (b.checked === null && !asked && !(plainChecks.has(b.listId) && b.depth === 0 && asksForACheck(b.text))) continue;
      // Boxes that describe the change are the template's too: the author ticks the ones that fit, so they are read,
      // marked as choices (choiceBoxes), and kept apart from the checks (GuideFacts.changeChoices).
      push(doc, b, b.checked !== null && choices.has(b), asked);
    }
    // A plain bullet nested under a box says more about that box ("- [ ] Component is tested" over "- axe checks run
    // automatically"), it is not a check of its own.
    const details = detailsOfBoxes(doc);
    for (const run of qualifyingRuns(doc, true)) for (const item of run) if (!details.has(item)) push(doc, item);
    // Boxes and a checklist's plain items together, in the template's order.
    const errand = MAINTAINER_TEMPLATE.test(doc.path);
    out.splice(start, out.length - start, ...out.slice(start).sort((a, b) => a.source.line - b.source.line).map((item) => (errand ? { ...item, errand } : item)));
  }
  const docs = [...new Set(sources.guideFlow.map((l) => l.doc))];
  const templateHasBoxes = sources.templates.some(hasOpenBoxes);
  // Whether a guide document sets out checks of its own, and each document's before-sending sentences (read last).
  let guideHasChecks = false;
  const sentences: { doc: ParsedDocument; found: readonly { text: string; line: number }[] }[] = [];
  for (const doc of docs) {
    const start = out.length;
    const details = detailsOfBoxes(doc);
    // A guide whose task lists are partly ticked already ("- [x] Speedup image upload" beside "- [ ] Add offline
    // scanning") keeps a roadmap or a progress list: its boxes are the project's plans, not checks for a contributor.
    const roadmap = progressSections(doc);
    for (const run of qualifyingRuns(doc, false, templateHasBoxes)) for (const item of run) if (!details.has(item) && !(item.checked !== null && roadmap.has(sectionOf(item)))) push(doc, item);
    const leadsIntoChecks = (lead: string): boolean => CHECKLIST_INTRO.test(lead) && !NOT_CHECKLIST.test(lead);
    const add = (step: { text: string; line: number }): void => {
      const key = `${doc.path}:${step.line}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ text: step.text, source: { file: doc.path, line: step.line } });
    };
    for (const step of [...headingSteps(doc), ...paragraphChecks(doc, leadsIntoChecks), ...stepParagraphs(doc, framesChecks, leadsIntoChecks)]) add(step);
    if (out.length > start) guideHasChecks = true;
    sentences.push({ doc, found: beforeSendingSentences(doc, otherOccasion) });
  }
  // A sentence that asks for a check before sending ("Before opening a PR, run the tests.") is the guide's check only
  // where the guide sets out no list of them: beside one, such a sentence details one of its items ("2. Run the test
  // suite", then under "Tests" or in a linked testing page: "Prior to submitting your PR, please run the test suite:").
  // A pull request template's task boxes do not count as such a list: the template is ticked in the opened PR, the
  // guide's sentence is asked before it is opened, and labellers keep both (two dev projects of three).
  if (!guideHasChecks) {
    for (const { doc, found } of sentences) {
      for (const step of found) {
        const key = `${doc.path}:${step.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text: step.text, source: { file: doc.path, line: step.line } });
      }
    }
  }
  return out;
}

/** A section whose heading names the checks before sending, or is about sending and not about another occasion. */
const framesChecks = (sections: readonly string[]): boolean => {
  const heading = sections[sections.length - 1] ?? '';
  if (OTHER_CHECKLIST.test(heading) || NOT_CHECKLIST.test(heading) || othersOccasionHeading(heading) || aboutReporting(sections)) return false;
  return NAMES_THE_CHECKS.test(heading) || CHECKLIST_HEADING.test(heading);
};

/**
 * The plain bullets nested (at any depth) under a task box of the document; not those under a lead-in of their own
 * inside the item that asks for them ("- [ ] Tests pass" / "Then check that:" / "- the changelog has an entry").
 */
function detailsOfBoxes(doc: ParsedDocument): Set<ListItemBlock> {
  const details = new Set<ListItemBlock>();
  // The open items by depth, outermost first: the nearest box above an item is its owner.
  const open: ListItemBlock[] = [];
  let askedUnder: ListItemBlock | undefined;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph' && b.inList && open.length > 0 && NESTED_ASK.test(b.text.trim())) askedUnder = open[open.length - 1];
    if (b.kind !== 'listItem') continue;
    while (open.length > 0 && open[open.length - 1].depth >= b.depth) {
      if (open[open.length - 1] === askedUnder) askedUnder = undefined;
      open.pop();
    }
    if (b.checked === null && b.depth > 0 && open.some((o) => o.checked !== null) && !(askedUnder && open.includes(askedUnder))) details.add(b);
    open.push(b);
  }
  return details;
}

/** A lead-in inside a list item that asks for what follows ("Then check that:", "Make sure that:", "Also ensure:"). */
const NESTED_ASK = /\b(?:check|make\s+sure|ensure|verify|confirm)(?:\s+that)?\s*:$/i;
