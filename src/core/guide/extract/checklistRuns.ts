import { ListItemBlock, ParsedDocument } from '../documentModel';
import { asksOfContributor, labelIsAStep, mostlyAsks } from './checklistAsks';
import { framingSections } from './checklistPage';
import { proceduresToPassingChecks } from './checklistProcedure';
import { aboutCommitMessages, aboutReporting, leadAboutOtherOccasion, othersOccasionHeading, requirementsOfChanges } from './checklistLeads';
import { occasionAsksNothing } from './checklistAskShape';
import { readingList } from './checklistReading';
import { asksForParts, foldDetails } from './checklistDetails';
import { introducesStyleRules, mostlyStyleRules, presentsStyleRules } from './checklistStyle';
import { ABOUT_PULL_REQUESTS, ABOUT_REPORTS, BEFORE_SENDING, CHECKLIST_HEADING, CHECKLIST_INTRO, DOS_INTRO, PROVIDE_INTRO, NAMES_A_CHECKLIST_HEADING, NAMES_THE_CHECKS, NOT_CHECKLIST, OTHER_CHECKLIST } from './checklistWording';
import { guidelinesBesideTemplate } from './checklistTemplateFirst';
import { asksForInstalls, callsItAChecklist, leavesItOptional, namesOngoingWork, prerequisitesOfSetup } from './checklistOccasion';
import { sendingProcedure, othersActOnSending, continuesPreviousList, introducesOtherThanChecks, namesTheMeans, offersAnOption, onlyMechanics, wholeWorkflow, aboutTheCode } from './checklistFraming';
import { ISSUE_SECTION, boxesUnderAStep, STATUS_LIST, withoutLaterSteps, asksOfTheChange, changeAsks } from './checklistRunItems';
import { mostlyExplanations, deepInSection, resumedList, resumingItems, lastSentence, previousProse, withoutEmphasis, endOfRun, isOnlyLink, isGroupHeader } from './checklistRunShape';

/** The lists of a guide or template that are steps to take before sending: which runs of list items qualify. */

/** An item opening with a bold label and a colon ("**Bug fixes:** include a test..."): one case of several. */
const CASE_LABEL = /^\*\*[^*]{1,60}:\*\*|^\*\*[^*]{1,60}\*\*:/;
/** A bold label that names what is checked: tests, docs, changelog, formatting, commits, sign-off, CLA, CI. */
const CHECK_LABEL = /^\*\*\s*(?:tests?|testing|docs?|documentation|changelog|change\s*log|release\s+notes?|lint(?:ing)?|format(?:ting)?|style|commits?|commit\s+messages?|sign[\s-]?off|DCO|CLA|CI|build|types?|typing)\s*(?::\*\*|\*\*:)/i;

/** A heading that names one kind of change: "Bug fix", "New features", "Documentation changes", "Enhancements". */
// (Not "Documentation" or "Refactoring": under those guides walk through building the docs or list what is not taken.)
const KIND_OF_CHANGE = /^\W*(?:\d+[.)]\s*)?(?:for\s+)?(?:(?:a\s+)?(?:bug\s*)?fix(?:es)?|bugs?|(?:new\s+)?features?|enhancements?|fixing\s+(?:a\s+)?bugs?|adding\s+(?:a\s+)?(?:new\s+)?features?|breaking\s+changes?)\W*$/i;
/** A section only about pull requests ("Pull requests", "Patches"): its subsections for kinds of change say what each needs. */
const PULL_REQUESTS_ONLY = /^\W*(?:\d+[.)]\s*)?(?:pull[\s-]+requests?|PRs|patches|merge\s+requests?)\W*$/i;

/** Lists (with their nested lists) that a checklist heading or an introducing sentence marks as steps to take. */
export function qualifyingRuns(doc: ParsedDocument, template: boolean, templateHasBoxes = false): ListItemBlock[][] {
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

const PROCESS_WORD = /\b(?:process|workflow)\b/i;

/** A heading that is only the name of a pull request ("Pull Requests", "PRs", "Merge requests"). */
// ("Pull Request Process" over numbered asks about the change: the process is meeting them; a walk through the
// workflow is told apart by its steps, asksOfTheChange.)
const BARE_PR_HEADING = /^[\W\d]*(?:(?:the|our)\s+)?(?:pull[\s-]requests?|PRs?|merge[\s-]requests?|MRs?)(?:\s+(?:process|workflow))?\W*$/i;
