import { checklistKey } from '../../text/normalize';
import { FoundText } from '../facts';
import { Block, ListItemBlock, ParsedDocument } from '../documentModel';
import { progressSections, sectionOf } from './checklistProgress';
import { Sources } from '../sources';
import { collapseWhitespace, plainInline } from '../../text/normalize';
import { asksOfContributor, labelIsAStep, mostlyAsks } from './checklistAsks';
import { askedTemplateLists, othersSection, taggedForOthers, templateWithoutBoxes } from './checklistTemplates';
import { choiceBoxes } from './checklistChoices';
import { framingSections } from './checklistPage';
import { proceduresToPassingChecks } from './checklistProcedure';
import { aboutCommitMessages, aboutReporting, leadAboutOtherOccasion, othersOccasionHeading, requirementsOfChanges } from './checklistLeads';
import { paragraphChecks } from './checklistParagraphs';
import { stepParagraphs } from './checklistStepParagraphs';
import { beforeSendingSentences } from './checklistBeforeSending';
import { occasionAsksNothing } from './checklistAskShape';
import { headingSteps } from './checklistHeadingSteps';
import { readingList } from './checklistReading';
import { asksForParts, foldDetails } from './checklistDetails';
import { conditionAfterSending, sendsTheChangeStep } from './checklistSending';
import { introducesStyleRules, mostlyStyleRules, presentsStyleRules } from './checklistStyle';
import { ABOUT_PULL_REQUESTS, ABOUT_REPORTS, BEFORE_SENDING, CHECKLIST_HEADING, CHECKLIST_INTRO, DOS_INTRO, PROVIDE_INTRO, NAMES_A_CHECKLIST_HEADING, NAMES_THE_CHECKS, NOT_CHECKLIST, OTHER_CHECKLIST } from './checklistWording';
import { guidelinesBesideTemplate, hasOpenBoxes } from './checklistTemplateFirst';
import { asksForInstalls, callsItAChecklist, leavesItOptional, namesOngoingWork, prerequisitesOfSetup, stepLeadsIntoList } from './checklistOccasion';
import { asksForACheck, sendingProcedure, othersActOnSending, continuesPreviousList, introducesOtherThanChecks, isConnective, namesTheMeans, offersAnOption, onlyMechanics, wholeWorkflow, aboutTheCode } from './checklistFraming';


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
 * An item about what happens once the change is sent ("If we suggest changes then:", "Once your PR is approved:"):
 * it and the items nested under it are for later, not checks before sending.
 */
const AFTER_SUBMISSION = /^(?:\*\*|_)?(?:wait\s+for\b|(?:if|once|after|when)\b[^.]{0,80}?\b(?:approved|merged|landed|(?:suggest|request)\w*\s+(?:some\s+)?changes|review(?:ed|s|ers?)?)\b|(?:if|once|after|when)\b[^.]{0,40}?\b(?:updated|opened|submitted|sent)\s+(?:your|the)\s+(?:pull[\s-]+request|PR|patch)\b)/i;

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

/** An item opening with a bold label and a colon ("**Bug fixes:** include a test..."): one case of several. */
const CASE_LABEL = /^\*\*[^*]{1,60}:\*\*|^\*\*[^*]{1,60}\*\*:/;
/** A bold label that names what is checked: tests, docs, changelog, formatting, commits, sign-off, CLA, CI. */
const CHECK_LABEL = /^\*\*\s*(?:tests?|testing|docs?|documentation|changelog|change\s*log|release\s+notes?|lint(?:ing)?|format(?:ting)?|style|commits?|commit\s+messages?|sign[\s-]?off|DCO|CLA|CI|build|types?|typing)\s*(?::\*\*|\*\*:)/i;

/** Sections about filing issues, whose lists are what to put in an issue. */
const ISSUE_SECTION = /\ban? issues?\b|\bissues?$/i;

/**
 * What to check before sending a pull request: the templates' task lists (and a template's numbered
 * "before submitting" list), and the guide's list under a "Submitting a pull request"-like heading or intro.
 */
/**
 * The empty-boxed items nested under a top-level step that leads into them: the step itself ends in ":" ("3. Open the
 * pull request and check that:"), or a paragraph of the step does just before the boxes ("6. Do not expect a review
 * at once. ... Following this checklist will make the process smoother:"). Every item of that nested list has a box;
 * plain items nested deeper are a box's details ("Tests, as appropriate:" over the kinds of tests), not checks.
 */
/** The last sentence of a lead-in paragraph. */
const lastLine = (text: string): string => collapseWhitespace(text).split(/(?<=[.!?])\s+(?=[A-Z*_`[])/).pop() ?? '';

function boxesUnderAStep(run: readonly Block[]): ListItemBlock[] {
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

/** A heading that names one kind of change: "Bug fix", "New features", "Documentation changes", "Enhancements". */
// (Not "Documentation" or "Refactoring": under those guides walk through building the docs or list what is not taken.)
const KIND_OF_CHANGE = /^\W*(?:\d+[.)]\s*)?(?:for\s+)?(?:(?:a\s+)?(?:bug\s*)?fix(?:es)?|bugs?|(?:new\s+)?features?|enhancements?|fixing\s+(?:a\s+)?bugs?|adding\s+(?:a\s+)?(?:new\s+)?features?|breaking\s+changes?)\W*$/i;
/** A section only about pull requests ("Pull requests", "Patches"): its subsections for kinds of change say what each needs. */
const PULL_REQUESTS_ONLY = /^\W*(?:\d+[.)]\s*)?(?:pull[\s-]+requests?|PRs|patches|merge\s+requests?)\W*$/i;

/** Words of the change a step asks about: the pull request, the patch, the change, the code, the commits. */
const NAMES_THE_CHANGE = /\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|changes?|code|commits?|contributions?|submissions?|fix(?:es)?|features?)\b/i;

/** A step that recommends ("We recommend you run tests locally before creating your PR:") offers, rather than asks. */
const RECOMMENDS = /\b(?:recommend\w*|suggest\w*|advis(?:e|ed|able))\b/i;

/** What a list of boxes tracks when it is not a check before sending: the project's plans, progress or open tasks. */
const STATUS_LIST = /\b(?:road-?map|to-?dos?|help\s+wanted|open\s+tasks|status|progress|plans?|planned|ideas|wish-?list|milestones?|backlog|features?\s+(?:list|support)|supported|known\s+(?:gaps|issues|limitations|bugs)|limitations|caveats|missing)\b/i;

/**
 * A template in a folder of templates named for a maintainer's errand (`PULL_REQUEST_TEMPLATE/release.md`,
 * `prerelease.md`, `mergeback.md`, `backport.md`, GitLab's `merge_request_templates/Release.md`): its boxes are the
 * release or merge procedure, not a contributor's checks. They are kept, marked, for whoever opens that template's
 * pull request. (Not "publish" or "deploy": a plugin registry's `publish-plugin.md` is how contributors submit.)
 */
const MAINTAINER_TEMPLATE = /(?:pull_request_template|merge_request_templates)\/(?:[\w-]*[_-])?(?:pre-?)?(?:release|releases|releasing|mergeback|merge[_-]back|backport|backports|version[_-]bump|bump[_-]version)(?:[_-][\w-]*)?\.\w+$/i;

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
    for (const b of doc.blocks) {
      // A list in the template's comment is a tip, unless the comment's lead-in asks for it before sending (askedTemplateLists).
      if (b.kind !== 'listItem' || (b.commented && !(b.checked === null && b.depth === 0 && askedLists.has(b.listId)))) continue;
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

/** Sections about another occasion than sending a change (reviewing, releasing, reporting, another's checklist). */
const otherOccasion = (sections: readonly string[]): boolean =>
  aboutReporting(sections) || sections.some((s) => NOT_CHECKLIST.test(s) || othersOccasionHeading(s) || ISSUE_SECTION.test(s) || OTHER_CHECKLIST.test(s));

/** A section whose heading names the checks before sending, or is about sending and not about another occasion. */
const framesChecks = (sections: readonly string[]): boolean => {
  const heading = sections[sections.length - 1] ?? '';
  if (OTHER_CHECKLIST.test(heading) || NOT_CHECKLIST.test(heading) || othersOccasionHeading(heading) || aboutReporting(sections)) return false;
  return NAMES_THE_CHECKS.test(heading) || CHECKLIST_HEADING.test(heading);
};

/** Lists (with their nested lists) that a checklist heading or an introducing sentence marks as steps to take. */
function qualifyingRuns(doc: ParsedDocument, template: boolean, templateHasBoxes = false): ListItemBlock[][] {
  const runs: ListItemBlock[][] = [];
  const blocks = doc.blocks;
  // Sections about sending a change whose numbered steps were already taken ("Short version", then "Long version").
  const stepsTaken = new Set<string>();
  // The section of the last checklist found, for a list that continues it.
  let checklistSection: string | undefined;
  // Sections one of whose subsections names the checks.
  const checksNamedIn = new Set(blocks.filter((b) => b.kind === 'heading' && NAMES_THE_CHECKS.test(b.text)).map((b) => b.sections.join('\n')));
  // Each list's verdict, for the rest of a numbered list that a code block split off.
  const verdicts = new Map<number, boolean>();
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (first.kind !== 'listItem' || first.depth !== 0 || first.commented) continue;
    const prev = previousProse(blocks, i);
    const heading = first.sections[first.sections.length - 1] ?? '';
    const lead = prev && lastSentence(withoutEmphasis(prev.text));
    // "Make sure your changes follow our coding style:" introduces style rules, unless it says they come before sending.
    const styleLead = lead !== undefined && introducesStyleRules(lead) && !BEFORE_SENDING.test(lead);
    // "While working on a component:" (how to do the work) and "you might want to" (a suggestion) are not checks.
    const notAsked = lead !== undefined && (namesOngoingWork(lead) || leavesItOptional(lead) || prerequisitesOfSetup(heading, lead) || asksForInstalls(lead));
    // Under a heading about how code is written ("Style guidelines"), a paragraph that presents the list as the style
    // rules ("Below are the style guidelines we follow.") introduces style rules, though it goes on to ask for them
    // before sending ("Before submitting, make sure your code does as well!").
    const styleSection = prev !== undefined && aboutTheCode(heading) && !NAMES_THE_CHECKS.test(heading) && presentsStyleRules(prev.text);
    // "When making changes, keep the following best practices in mind:" leads into checks only over asks about the change
    // (tests, docs, one change per pull request), not over design or style maxims.
    const keepInMind =
      lead !== undefined && /\bin\s+mind\s*:\s*$/i.test(lead) && !changeAsks(blocks.slice(i, endOfRun(blocks, i)).filter((b): b is ListItemBlock => b.kind === 'listItem' && b.depth === 0).map((b) => b.text));
    const byIntro =
      lead !== undefined &&
      !keepInMind &&
      !styleLead &&
      !styleSection &&
      !notAsked &&
      !offersAnOption(lead) &&
      !othersActOnSending(lead) &&
      !occasionAsksNothing(lead) &&
      (CHECKLIST_INTRO.test(lead) ||
        (DOS_INTRO.test(lead.trim()) && (ABOUT_PULL_REQUESTS.test(heading) || ABOUT_PULL_REQUESTS.test(doc.path))) ||
        (PROVIDE_INTRO.test(lead.trim()) && ABOUT_PULL_REQUESTS.test(heading) && !ABOUT_REPORTS.test(heading)) ||
        // Task boxes a lead-in calls a checklist for some kind of change ("Here's a checklist for creating a new step:").
        (!template && first.checked !== null && callsItAChecklist(lead) && !OTHER_CHECKLIST.test(lead) && !NOT_CHECKLIST.test(lead)));
    // A lead-in that calls the list something else (steps to follow, tips) outweighs a heading about sending.
    const framedOtherwise = lead !== undefined && !byIntro && (styleLead || notAsked || othersActOnSending(lead) || introducesOtherThanChecks(lead) || occasionAsksNothing(lead));
    // A heading about sending does not frame its lists as checks when a sibling subsection names the checks ("Before
    // submitting" beside "Creating the PR"): the checks are there, this section is how to send.
    const checksBeside = checksNamedIn.has(first.sections.slice(0, -1).join('\n')) && !NAMES_THE_CHECKS.test(heading);
    // A subsection of a section about something else ("Reporting issues" > "Checklist", "Releasing" > "Checklist"):
    // its heading names the checks of that occasion, not of sending a change. A heading that places its list before
    // sending says its own occasion ("Lifecycle of a pull request" > "Before submitting").
    const enclosing = first.sections.length >= 2 ? first.sections[first.sections.length - 2] : '';
    const inOtherOccasion =
      !BEFORE_SENDING.test(heading) && (NOT_CHECKLIST.test(enclosing) || ISSUE_SECTION.test(enclosing) || OTHER_CHECKLIST.test(enclosing));
    // In a template every heading is about the pull request; only one that names a checklist frames its plain list as checks.
    const byHeading =
      !inOtherOccasion &&
      !framedOtherwise &&
      !checksBeside &&
      (template ? NAMES_A_CHECKLIST_HEADING.test(heading) : (CHECKLIST_HEADING.test(heading) || requirementsOfChanges(first.sections)) && !namesTheMeans(heading)) &&
      !OTHER_CHECKLIST.test(heading) &&
      !aboutTheCode(heading) &&
      (NAMES_THE_CHECKS.test(heading) || !deepInSection(blocks, i));
    // A subsection for one kind of change under a section about sending one ("Guidelines for creating a pull request" >
    // "Bug fix", "New feature"): its list is what a pull request of that kind must have.
    const byKindOfChange =
      !template && !framedOtherwise && !checksBeside && KIND_OF_CHANGE.test(heading.trim()) && first.sections.length >= 2 && (CHECKLIST_HEADING.test(first.sections[first.sections.length - 2]) || PULL_REQUESTS_ONLY.test(first.sections[first.sections.length - 2])) && !NOT_CHECKLIST.test(first.sections[first.sections.length - 2]) && !deepInSection(blocks, i) && mostlyAsks(blocks.slice(i, endOfRun(blocks, i)).filter((b): b is ListItemBlock => b.kind === 'listItem' && b.depth === 0).map((b) => b.text));
    // A subsection of a section that names the checks ("Before submitting" > "Tests"): its lists are more of them.
    const underChecks =
      !template && !framedOtherwise && framingSections(doc, first.sections).some((s) => NAMES_THE_CHECKS.test(s) && !OTHER_CHECKLIST.test(s)) && !aboutTheCode(heading);
    // "Testing is also important:" right after a checklist in the same section adds to it.
    const sectionKey = first.sections.join('\n');
    const byContinuation = lead !== undefined && continuesPreviousList(lead) && checklistSection === sectionKey;
    // Numbered steps broken by a code block between them ("2. Update:", code, "3. Create a branch:") are one list.
    const resumed = verdicts.get(resumedList(blocks, i) ?? -1);
    const end = endOfRun(blocks, i);
    const runBlocks = blocks.slice(i, end).filter((b) => !(b.kind === 'listItem' && b.commented));
    const items = runBlocks.filter((b): b is ListItemBlock => b.kind === 'listItem' && !b.commented);
    const decide = (verdict: boolean): void => items.forEach((it) => verdicts.set(it.listId, verdict));
    // Numbered steps opening a subsection ("Short version") of a section about sending a change: the first
    // such list there; a later one ("Long version") repeats the steps.
    const parent = first.sections.length >= 2 ? first.sections[first.sections.length - 2] : undefined;
    const outer = parent !== undefined && CHECKLIST_HEADING.test(parent) ? `${first.sections.length}:${parent}` : undefined;
    const opensSection = blocks[i - 1]?.kind === 'heading';
    const byOuterHeading = !framedOtherwise && !checksBeside && !namesTheMeans(heading) && !aboutTheCode(heading) && !template && first.ordered && opensSection && outer !== undefined && !stepsTaken.has(outer) && !first.sections.some((s) => NOT_CHECKLIST.test(s) || ISSUE_SECTION.test(s));
    // "## Pull requests", a welcome, then numbered steps ending in "Ensure the test suite passes." (checklistProcedure).
    const byProcedure =
      !template &&
      !framedOtherwise &&
      !NOT_CHECKLIST.test(heading) &&
      !namesTheMeans(heading) &&
      !deepInSection(blocks, i) &&
      proceduresToPassingChecks(heading, items.filter((it) => it.depth === 0).map((it) => it.text));
    // "### Pull Requests" opened by a bulleted list of short asks ("Fill in the required template", "End files with a
    // newline", "Format your code with `x`"): the requirements a pull request must meet, listed where it is sent.
    const byBareHeading =
      !template && !framedOtherwise && !checksBeside && opensSection && BARE_PR_HEADING.test(heading.trim()) &&
      asksOfTheChange(items.filter((it) => it.depth === 0).map((it) => it.text), PROCESS_WORD.test(heading));
    i = end - 1;
    // A guide's guidelines section beside a template with task boxes: the template holds the checks (checklistTemplateFirst).
    const guidelines = !template && resumed === undefined && guidelinesBesideTemplate(heading, lead, templateHasBoxes);
    // Empty task boxes in a guide are things to tick, framed by nothing else: the shape says what the list is for (the
    // occasion is checked below, so a bug report's or a release's boxes stay out). Ticked boxes, or a section or
    // lead-in about plans or open tasks, make a status list, not checks.
    const byBoxes =
      !template &&
      !framedOtherwise &&
      items.length >= 2 &&
      items.every((it) => it.checked === false) &&
      !OTHER_CHECKLIST.test(heading) &&
      !first.sections.some((s) => NOT_CHECKLIST.test(s) || ISSUE_SECTION.test(s) || OTHER_CHECKLIST.test(s) || STATUS_LIST.test(s)) &&
      !(lead !== undefined && (STATUS_LIST.test(lead) || OTHER_CHECKLIST.test(lead) || NOT_CHECKLIST.test(lead) || leadAboutOtherOccasion(lead)));
    const qualifies =
      !guidelines &&
      (resumed ??
        ((byIntro || byHeading || byOuterHeading || byContinuation || underChecks || byProcedure || byBoxes || byBareHeading || byKindOfChange) && !NOT_CHECKLIST.test(heading) && !othersOccasionHeading(heading) && !ISSUE_SECTION.test(heading) && (template || !aboutReporting(first.sections)) && (template || NAMES_THE_CHECKS.test(heading) || !aboutCommitMessages(heading)) && !(byIntro && !byHeading && leadAboutOtherOccasion(lead))));
    // Whether a qualifying list only walks through something else; worked out only for lists that qualify (speed).
    const walksThrough = (): boolean => {
      const topLevel = items.filter((it) => it.depth === 0).map((it) => it.text);
      // Nor, unless a lead-in frames it, is a list of statements about the project or its process (see checklistAsks).
      // Items that complete a lead-in that asks ("... should include:"), or continue a list already judged, need not ask
      // themselves.
      const completesLead = lead !== undefined && /:\s*$/.test(lead) && asksOfContributor(lead);
      // Task boxes, or a heading that names the checks, make statements ("Tests pass") states to reach.
      const stated = NAMES_THE_CHECKS.test(heading) || items.some((it) => it.checked !== null);
      const informs = !template && resumed === undefined && !completesLead && !stated && !mostlyAsks(topLevel);
      // Framed by nothing but a heading about sending (no lead-in, no heading that names the checks, not continuing a
      // checklist), a list of explanations (most items long prose, like "1. Choose the granularity of your commits
      // consciously... See ...") is guidance on how the project works, not steps to tick.
      const framedByHeadingOnly = !byIntro && !byContinuation && !underChecks && !NAMES_THE_CHECKS.test(heading) && resumed === undefined;
      const explains = !template && framedByHeadingOnly && mostlyExplanations(topLevel);
      // Nor is a list of how code is written ("Use 4 spaces", "Prefer `const`"): coding style, not checks (checklistStyle).
      const styleGuide = !template && mostlyStyleRules(topLevel);
      // Under a heading about sending, a list of nothing but pushing and opening the pull request is how to send. Nor
      // is a list from forking the repository to opening the pull request: the whole workflow, which may go on past a
      // code block that split the numbered list ("2. Create a branch:", code, "3. Push").
      return onlyMechanics(topLevel) || sendingProcedure(topLevel) || wholeWorkflow([...topLevel, ...resumingItems(blocks, end)]) || informs || explains || styleGuide;
    };
    // A list resuming an earlier one takes its verdict, made on the whole list (resumingItems): its own items alone
    // ("1. Fork", ..., "Push" after "1. Search for duplicates") would look like the whole workflow.
    const walkthrough = qualifies && !byIntro && resumed === undefined && walksThrough();
    // A lead-in that names the moment only as "when" or "while" ("When preparing patches, follow these rules:") over a
    // list of how code is written ("Indent with 4 spaces", "Use snake_case") introduces a style guide, not checks; one
    // that says "before" makes even style rules checks to make first (checklistStyle).
    const styleByOccasion =
      qualifies && byIntro && !template && resumed === undefined && lead !== undefined && !BEFORE_SENDING.test(lead) && mostlyStyleRules(items.filter((it) => it.depth === 0).map((it) => it.text));
    decide(qualifies && !walkthrough && !styleByOccasion);
    // Empty task boxes nested under one step of a list that is not itself a checklist ("3. Open the pull request and
    // check that:" over "- [ ] the tests pass"), or plain items under a step that asks for checks: that step's checks.
    if (!qualifies && !template) {
      const nested = boxesUnderAStep(runBlocks);
      if (nested.length >= 2 && !first.sections.some((s) => NOT_CHECKLIST.test(s) || ISSUE_SECTION.test(s) || OTHER_CHECKLIST.test(s) || STATUS_LIST.test(s))) {
        checklistSection = sectionKey;
        runs.push(nested);
        continue;
      }
    }
    if (!qualifies || walkthrough || styleByOccasion) continue;
    if (items.every((it) => isOnlyLink(it))) continue; // a table of contents, not steps
    if (readingList(items.filter((it) => it.depth === 0).map((it) => it.text))) continue; // pages to read, not steps
    if (outer !== undefined && first.ordered && opensSection) stepsTaken.add(outer);
    // In a template's list of boxes, plain items nested under a box are its notes and plain items with boxes under
    // them label a group ("**Breaking changes**" over "None" / "OR" / "Migration notes"): neither is a check.
    const boxed = template && items.some((it) => it.checked !== null);
    const checks = boxed ? items.filter((it, k) => it.checked !== null || (it.depth === 0 && !(items[k + 1]?.depth > 0))) : items;
    // Cases, not steps ("**Bug fixes:** ...", "**Features:** ..."), unless the labels are steps themselves ("**Write tests:** ...").
    // A label that names a part of the change to check ("**Tests**: add tests", "**Changelog**: add an entry") is a
    // check's short name, not a kind of change.
    if (items.length > 1 && items.every((it) => it.depth > 0 || (CASE_LABEL.test(it.text) && !labelIsAStep(it.text) && !CHECK_LABEL.test(it.text)))) continue;
    checklistSection = sectionKey;
    // The parts a lead-in asks for, each with its details as one check (checklistDetails).
    const parts = !template && asksForParts(lead) ? foldDetails(withoutLaterSteps(checks)) : withoutLaterSteps(checks);
    // (A nested item that is only a link, "[IntelliJ Formatter](...)" under "Use the code formatter", is the item's reference.)
    const grouped = new Set(parts.filter((it, k, kept) => isGroupHeader(it, kept[k + 1])));
    // (Under a group's label, "Update the docs:" over links to each page, the links are the checks themselves.)
    let topItem: ListItemBlock | undefined;
    runs.push(
      parts.filter((it) => {
        if (it.depth === 0) topItem = it;
        return !grouped.has(it) && !(it.depth > 0 && it.checked === null && isOnlyLink(it) && topItem !== undefined && !grouped.has(topItem));
      }),
    );
  }
  return runs;
}

/** An item longer than this (in words shown) explains rather than names a step to take. */
const LONG_ITEM = 180;
/** Most top-level items are long: paragraphs of guidance, not steps. */
const mostlyExplanations = (items: readonly string[]): boolean => items.length > 1 && items.filter((t) => plainInline(collapseWhitespace(t)).length > LONG_ITEM).length * 2 > items.length;

/** More prose than this between a heading and a list, the heading is about the prose and the list is one point in it. */
const MAX_PARAGRAPHS_BEFORE = 2;

function deepInSection(blocks: readonly Block[], i: number): boolean {
  let paragraphs = 0;
  for (let k = i - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph' && !b.inList) paragraphs++;
  }
  return paragraphs > MAX_PARAGRAPHS_BEFORE;
}

/**
 * The list a numbered list resumes when only code blocks (or nothing visible) stand between them in the same section
 * ("2. Update:", a code block, "3. Create a branch:"): markdown ends a list there, the guide does not.
 */
function resumedList(blocks: readonly Block[], i: number): number | undefined {
  const first = blocks[i];
  if (first.kind !== 'listItem' || !first.ordered) return undefined;
  let k = i - 1;
  while (k >= 0 && blocks[k].kind === 'code') k--;
  const before = blocks[k];
  // Nothing at all between two numbered lists (an HTML comment, "<!-- 1. Sign the CLA -->", split them) resumes too.
  if (before?.kind !== 'listItem' || before.sections.join('\n') !== first.sections.join('\n')) return undefined;
  // The list the item before belongs to, or the numbered list it is nested in.
  for (let j = k; j >= 0; j--) {
    const b = blocks[j];
    if (b.kind !== 'listItem') break;
    if (b.depth === 0) return b.ordered ? b.listId : undefined;
  }
  return undefined;
}

/** The top-level items of the numbered lists that resume the list ending at `end` after code blocks (see resumedList). */
function resumingItems(blocks: readonly Block[], end: number): string[] {
  const texts: string[] = [];
  let k = end;
  for (;;) {
    let next = k;
    while (next < blocks.length && blocks[next].kind === 'code') next++;
    // endOfRun has already passed the code blocks; a resuming list is where it stopped or after more code.
    if (next >= blocks.length || resumedList(blocks, next) === undefined) return texts;
    k = endOfRun(blocks, next);
    for (const b of blocks.slice(next, k)) if (b.kind === 'listItem' && b.depth === 0) texts.push(b.text);
  }
}

/** The items, minus those about what happens after sending (and everything nested under them). */
function withoutLaterSteps(items: readonly ListItemBlock[]): ListItemBlock[] {
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

/** The last sentence of a paragraph: the one that leads into the list after it. */
function lastSentence(text: string): string {
  const parts = collapseWhitespace(text).split(/(?<=[.!?])\s+(?=[A-Z*_`[])/);
  const last = parts[parts.length - 1] ?? '';
  // "Before you send patches, make sure each makes sense. In particular:": the framing is in the sentence before.
  if (parts.length > 1 && isConnective(last)) return `${parts[parts.length - 2]} ${last}`;
  // "You must run these checks before you submit your PR. Your PR will not be reviewed until they pass.": the
  // sentence that points at the list ("these", "the following") and says when is the lead-in, not the aside after it.
  if (CHECKLIST_INTRO.test(last)) return last;
  return parts.slice(-1 - MAX_ASIDE_SENTENCES, -1).find((p) => POINTS_AT_LIST.test(p) && CHECKLIST_INTRO.test(p)) ?? last;
}

/** Sentences that may follow a lead-in before the list (a remark on why or what happens otherwise). */
const MAX_ASIDE_SENTENCES = 1;
/** Words by which a sentence points at the list after it. */
const POINTS_AT_LIST = /\b(?:these|the\s+following|below)\b/i;

/**
 * The paragraph right before a list, when nothing but blank space separates them. A caption between the lead-in
 * and the list (a few words without a full stop or colon, like a quoted label) is looked through.
 */
function previousProse(blocks: readonly Block[], i: number): { text: string } | undefined {
  const prev = blocks[i - 1];
  // "3. Before submitting a pull request, check the following:" over a list written without indenting it: the
  // numbered step is the lead-in of the list under it (checklistOccasion).
  if (prev?.kind === 'listItem' && stepLeadsIntoList(prev, blocks[i]) && CHECKLIST_INTRO.test(collapseWhitespace(prev.text))) return prev;
  if (!prev || prev.kind !== 'paragraph' || prev.inList) return undefined;
  const before = blocks[i - 2];
  if (isCaption(prev.text) && !CHECKLIST_INTRO.test(withoutEmphasis(prev.text)) && before?.kind === 'paragraph' && !before.inList) return before;
  return prev;
}

/** A lead-in as it reads: "**Before committing:**" is "Before committing:", bold or not. */
const withoutEmphasis = (text: string): string => (text.includes('*') || text.includes('_') ? text.replace(/\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, '') : text);

const MAX_CAPTION_WORDS = 5;
const isCaption = (text: string): boolean => !/[.:!?]\s*$/.test(text) && collapseWhitespace(text).split(' ').length <= MAX_CAPTION_WORDS;

/** One list and its nested lists and continuation blocks: up to the next heading, top-level paragraph or other list. */
function endOfRun(blocks: readonly Block[], start: number): number {
  const first = blocks[start] as ListItemBlock;
  let k = start + 1;
  for (; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph' && !b.inList) break;
    if (b.kind === 'listItem' && b.depth === 0 && b.listId !== first.listId) break;
    // Numbered steps and bullets side by side are two lists, even where the parser kept them in one (reStructuredText
    // bullets not indented under "3. Before submitting, check the following:").
    if (b.kind === 'listItem' && b.depth === 0 && b.ordered !== first.ordered) break;
  }
  return k;
}

const isOnlyLink = (item: ListItemBlock): boolean => item.links.length > 0 && /^\[[^\]]*\]\([^)]*\)\.?$/.test(item.text.trim());
/**
 * An item over nested items that only sets them up: "If adding a feature:", or a statement of fact ("The project
 * has two work branches: main and next.") whose nested items say what to do with it.
 */
const isGroupHeader = (item: ListItemBlock, next: ListItemBlock | undefined): boolean =>
  // A task box is something to tick, even over boxes of its own ("- [ ] Add the config and the following:").
  item.checked === null &&
  next !== undefined &&
  next.depth > item.depth && (/:$/.test(item.text.trim()) || STATES_A_FACT.test(item.text.trim()));
/** A sentence whose verb says what is ("X has", "The Y are"), not what to do. */
const STATES_A_FACT = /^(?!(?:make|be|ensure|check|verify|confirm|please|all|every|each|your)\b)(?:the\s+|our\s+|this\s+)?[\p{L}\p{N}`._-]+(?:\s+[\p{L}\p{N}`._-]+){0,2}\s+(?:has|have|is|are)\b/iu;

/**
 * Short asks, most of them about the change itself (its tests, docs, changelog entry, format, the template): what a
 * pull request must meet. Not a walk through the git workflow (two steps of forking, branching, committing or opening
 * the pull request), etiquette ("Be patient"), or rules for reviewers and maintainers.
 */
// Under "Pull request process" (`strict`), every item must be such an ask and none a step of the workflow: a process
// heading more often walks through how a change goes in ("Create a branch for each pull request.").
function asksOfTheChange(items: readonly string[], strict = false): boolean {
  if (items.length < 2 || !items.every((t) => t.length <= (strict ? 240 : 160)) || !mostlyAsks(items)) return false;
  const workflowSteps = items.filter((t) => WORKFLOW_STEP.test(t)).length;
  if (items.filter((t) => OTHERS_RULE.test(t)).length * 2 >= items.length || workflowSteps >= (strict ? 1 : 2)) return false;
  const checks = items.filter((t) => CHANGE_CHECK.test(t)).length;
  return checks >= 2 && (strict ? checks === items.length : checks * 2 >= items.length);
}
const PROCESS_WORD = /\b(?:process|workflow)\b/i;
const WORKFLOW_STEP = /^[\W_]*(?:fork|clone|push|commit|branch\s+off|(?:create|make|use|start|check\s*out)\s+(?:(?:a|an|your|your\s+own|the)\s+)?(?:new\s+|topic\s+|feature\s+|separate\s+|git\s+)*(?:branch|fork)|(?:open|send|submit|create)\s+(?:a|the|your)\s+(?:pull|merge)\s+request|(?:do|make)\s+(?:the|your)\s+changes)\b/i;
const OTHERS_RULE = /^[\W_]*(?:reviewers?|maintainers?|we|our\s+team|the\s+(?:team|maintainers?|reviewers?))\b/i;
const CHANGE_CHECK = /\b(?:tests?|testing|specs?|docs?|document\w*|changelog|news|format\w*|lint\w*|style\w*|template|sign(?:ed)?[\s-]?off|CLA|newline|whitespace|build|compile|CI|passes|pass(?:ing)?|verif\w*|checks?|readme|describ\w*|description|small|atomic|one\s+(?:change|thing|feature)|(?:reference|link|mention)\s+(?:the\s+|an?\s+)?(?:related\s+)?issue)\b|\brun\s+`/i;

/** Half or more of a list's items ask something of the change itself (CHANGE_CHECK). */
const changeAsks = (items: readonly string[]): boolean => items.length > 0 && items.filter((t) => CHANGE_CHECK.test(t) || /\b(?:pull[\s-]+requests?|PRs?|history|commits?|discuss)\b/i.test(t)).length * 2 >= items.length;

/** A heading that is only the name of a pull request ("Pull Requests", "PRs", "Merge requests"). */
// ("Pull Request Process" over numbered asks about the change: the process is meeting them; a walk through the
// workflow is told apart by its steps, asksOfTheChange.)
const BARE_PR_HEADING = /^[\W\d]*(?:(?:the|our)\s+)?(?:pull[\s-]requests?|PRs?|merge[\s-]requests?|MRs?)(?:\s+(?:process|workflow))?\W*$/i;

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

