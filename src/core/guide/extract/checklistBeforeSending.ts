/**
 * A "before you send it" check written as a sentence, not a list: a paragraph that opens by placing itself before the
 * change is sent ("Before opening a pull request, run `make check`.", "Before submitting the PR, please make sure you
 * have tested your changes.") and asks for a verification in its main clause. Guides state their one pre-submit check
 * this way as often as in a one-item list (seen under testing headings, after a rule line at the end of a guide, in a
 * TIP admonition, and as the lead-in of the command block that does the checking).
 *
 * Only checks that verify the change (test, run, lint, format, build, validate) are read: "Before submitting a PR,
 * create a named branch" or "..., update the changelog" are rules of the workflow or the changelog, which their own
 * fields read, and labellers leave them out of the checklist.
 */
import { Block, ParsedDocument } from '../documentModel';
import { collapseWhitespace, plainInline } from '../../text/normalize';
import { leavesItOptional } from './checklistOccasion';
import { offersAnOption, wholeWorkflow } from './checklistFraming';
import { NUMBERED_HEADING } from './checklistHeadingSteps';
import { asksTheReader } from './checklistAskShape';

export interface SentenceCheck {
  readonly text: string;
  readonly line: number;
}

/** A GitHub admonition marker that opens a quoted paragraph ("[!TIP]", "[!IMPORTANT]"): its words start a line below. */
const ADMONITION = /^\[!(?:note|tip|important|warning|caution)\]\s*/i;
/** An inline admonition label before the words ("TIP: ...", "**Note:** ...", "Important: ..."), on the same line. */
// GitHub's older admonition, a bold label alone on the quote's first line ("> **Note**", then the words, which the
// parser joins into one line), reads the same.
const LABEL = /^(?:(?:\*\*|__)?(?:note|tip|hint|important|warning|caution)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?|(?:\*\*|__)(?:note|tip|hint|important|warning|caution)(?:\*\*|__)\s+(?=[A-Z]))\s*/i;

/**
 * The opening clause: "Before (you) open/submit/send/create (a|an|the|any|your) PR/pull request/patch/merge
 * request/changes", then a comma (or none, in "Before submitting a PR make sure ..."). Issues, reports and questions
 * are not the change. The determiner may be missing ("Before sending patches, ..."). "Make" and "raise" take only a
 * pull request: "Before making changes, run the tests" is a baseline check before the work, not before sending.
 */
const BEFORE_SENDING_OPENING =
  /^(?:\*\*|__)?(?:before|prior\s+to)\s+(?:you\s+)?(?:(?:open|submit|send|creat|fil)\w*\s+(?:(?:a|an|the|any|your|each|every)\s+)?(?:new\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?|changes?(?:\s+as\s+a\s+(?:pull[\s-]+request|PR))?)|(?:mak|rais)\w*\s+(?:(?:a|an|the|any|your)\s+)?(?:new\s+)?(?:pull[\s-]+requests?|PRs?|merge\s+requests?))\b,?\s*/i;

/**
 * The same moment as the sentence's last words ("please run `make tests` before opening a PR", "Make sure the tests
 * pass before you submit your pull request."): the main clause comes first.
 */
const BEFORE_SENDING_CLOSING =
  /,?\s+(?:before|prior\s+to)\s+(?:you\s+)?(?:(?:open|submit|send|creat|fil)\w*\s+(?:(?:a|an|the|any|your|each|every)\s+)?(?:new\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?)|(?:mak|rais)\w*\s+(?:(?:a|an|the|any|your)\s+)?(?:new\s+)?(?:pull[\s-]+requests?|PRs?|merge\s+requests?))\W*$/i;
/**
 * A main clause that asks outright ("Run both test suites", "please run `make tests`", "make sure they pass"): with the
 * moment at the end, a sentence that only states a practice ("all tests should be run before sending a pull request")
 * is left out, as labellers leave it.
 */
const ASKS_OUTRIGHT = /^(?:please\s+)?(?:(?:always|also|first)\s+)?(?:run|test|build|check|verify|validate|lint|format|make\s+sure|ensure|execute|compile|confirm)\b/i;
/** A condition on the kind of change that leads the sentence ("If you make changes to the docs, ..."). */
const LEADING_CONDITION = /^(?:if|when|whenever)\b[^,]{0,150},\s*/i;

/**
 * What the main clause asks: a verification of the change by the contributor ("run the tests", "make sure you have
 * tested", "test your profile", "check that it builds"). A bare "running" ("make sure your code is running on the
 * latest main") is not a run the contributor makes.
 */
const VERIFIES = /\b(?:run|test|tests|tested|testing|lint|linted|format|formatted|check|checks|verify|validate|build|builds|compiles?|passe?s?)\b/i;

/**
 * A main clause that is not the contributor's own verification though it says "check" or "run": proposing or finding
 * the work first ("check that an issue exists", "check the existing pull requests for duplicates"), someone else's
 * doing ("the CI will run the tests", "we run the checks"), or an option ("you can run `make lint`", "feel free to"),
 * or whether the work is taken ("check whether someone else is already working on it").
 */
const NOT_A_VERIFICATION =
  /\b(?:issues?|discussions?|discuss|forum|mailing\s+list|tickets?|existing|duplicat\w*|already\s+(?:exists?|open|been))\b|^(?:then\s+)?(?:the\s+|our\s+)?(?:CI|bots?|maintainers?|reviewers?|team|we(?!\s+(?:kindly\s+|would\s+|'d\s+)?(?:ask|require|expect|request|like|appreciate)\b)|GitHub\s+Actions?|workflows?|automation)\b|\byou\s+(?:can|could|may)\b(?!\s+(?:also\s+)?(?:need|have\s+to)\b)|\bfeel\s+free\b|\boptionally\b|\b(?:someone|somebody|anyone|anybody|others?)\s+(?:else\s+)?(?:is|are|has|have)\b|\balready\s+(?:working|being|in\s+progress|fixed|done|implemented|addressed|submitted|planned)\b/i;

/**
 * Reading a page, not checking the change: "check (out) our contribution guidelines", "read the testing guide", "have
 * a look at the build instructions in BUILDING.md", "see the docs". The page's name may hold a check word ("testing",
 * "build"), so such a phrase is set aside before the verification is looked for. Plans are pages too ("check the
 * roadmap to see if it is planned").
 */
const READS_A_PAGE =
  /\b(?:check(?:\s+out)?|read(?:\s+through)?|see|consult|refer\s+to|look\s+(?:at|through|over)|(?:have|take)\s+a\s+(?:\w+\s+)?look\s+(?:at|through)|go\s+(?:through|over)|familiari[sz]e\s+yourself\s+with)\s+(?:our|the|this|these|a)\s+(?:[\w-]+\s+){0,2}(?:guides?|guidelines|docs?|documentation|instructions|wiki|faqs?|readme|pages?|sections?|chapters?|notes|polic(?:y|ies)|code\s+of\s+conduct|road-?map|(?:project\s+)?board|milestones?|backlog)\b/gi;

/**
 * Running a git command ("run `git pull --rebase upstream main`"): keeping the branch current, a rule of the workflow,
 * not a verification of the change; set aside like a page to read.
 */
const RUNS_GIT = /\brun(?:ning)?\s+`git\s[^`]*`/gi;

/**
 * What qualifies the change before the comma ("Before submitting a PR that touches the parser, run ...", "Before
 * sending patches for the stable branch, test ...", "Before sending patches upstream, ..."): part of the opening, not
 * the main clause.
 */
const QUALIFIER = /^(?:that|which|who|for|to|against|with|in|on|into|from|via|through|upstream|here|\w+ing)\b[^,.;:]{0,100},\s*/i;

const mainClause = (rest: string): string => rest.replace(QUALIFIER, '');

/** An opening whose object is bare "changes" (no pull request, patch or merge request named). */
const CHANGES = /\bchanges?\s*,?\s*$/i;
/**
 * "changes" sent to a place that is not the project ("to the cluster", "to production", "to the server"): operating
 * a system, as user documentation says it, not contributing. The project's own places (the repository, upstream, a
 * branch, the docs, the website, review) are contributing.
 */
const ELSEWHERE =
  /^(?:to|into|on)\s+(?!(?:(?:the|a|an|your|our)\s+)?(?:repo|repository|repositories|project|codebase|code|source|upstream|main|master|develop|dev|trunk|branch|branches|docs?|documentation|website|site|review|us|this|[\w.-]*\.(?:md|rst|adoc))\b)(?:(?:the|a|an|your|our)\s+)?[\w-]+/i;

/** A file name that names another occasion than sending a change: releasing, maintaining, backporting, security, conduct. */
const OTHER_DOCUMENT = /(?:^|[/_.-])(?:releas\w*|maintain\w*|backport\w*|security|governance|code[_-]of[_-]conduct|support)(?:[_.-][^/]*)?$/i;

/** Longer than this (in words shown), the sentence explains rather than names one check. */
const MAX_SENTENCE = 250;

/** The first sentence of a paragraph. */
const firstSentence = (text: string): string => text.split(/(?<=[.!?])\s+(?=[A-Z*_`[])/, 1)[0];

/**
 * The sentence checks of a document: a top-level paragraph (not inside a list, not a template's comment) whose first
 * sentence opens before sending and asks for a verification; `excluded` says which sections are another occasion
 * (reviewing, releasing, reporting).
 */
export function beforeSendingSentences(doc: ParsedDocument, excluded: (sections: readonly string[]) => boolean): SentenceCheck[] {
  const found: SentenceCheck[] = [];
  // A document named for another occasion (RELEASING.md, MAINTAINERS.md, docs/backporting.md, SECURITY.md) is about
  // that occasion throughout, though its headings ("How we ship") may not say so.
  if (OTHER_DOCUMENT.test(doc.path)) return found;
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const item = b.kind === 'listItem' && b.depth === 0;
    if ((b.kind !== 'paragraph' || b.inList) && !item) continue;
    if (b.commented) continue;
    // A cheap word test first: only paragraphs that say "before" or "prior" are looked at further.
    const marker = ADMONITION.exec(b.text);
    const afterMarker = marker ? b.text.slice(marker[0].length) : b.text;
    const label = LABEL.exec(afterMarker);
    const body = label ? afterMarker.slice(label[0].length) : afterMarker;
    const head = body.slice(0, 12).toLowerCase();
    const opens = head.includes('before') || head.includes('prior');
    // A list item, or a sentence that ends with the moment: one sentence, its last words placing it before sending.
    if (!opens && !(body.includes('before') || body.includes('prior'))) continue;
    const sentence = collapseWhitespace(firstSentence(body));
    const opening = opens && !item ? BEFORE_SENDING_OPENING.exec(sentence) : null;
    const closing = opening ? null : BEFORE_SENDING_CLOSING.exec(sentence);
    if (!opening && !closing) continue;
    if (opening && CHANGES.test(opening[0]) && ELSEWHERE.test(sentence.slice(opening[0].length))) continue;
    // (A closing form must be the paragraph's one sentence: a longer paragraph explains around it.)
    if (closing && collapseWhitespace(body) !== sentence) continue;
    const ask = opening ? mainClause(sentence.slice(opening[0].length)) : sentence.slice(0, closing?.index).replace(LEADING_CONDITION, '');
    if (closing && !ASKS_OUTRIGHT.test(ask)) continue;
    // A step of a numbered walkthrough of the whole workflow (fork, branch, commit, open the PR) is that walkthrough's.
    if (item && b.kind === 'listItem' && wholeWorkflow(blocks.filter((x) => x.kind === 'listItem' && x.listId === b.listId && x.depth === 0).map((x) => x.text))) continue;
    if (!VERIFIES.test(ask.replace(READS_A_PAGE, '').replace(RUNS_GIT, '')) || NOT_A_VERIFICATION.test(ask) || !asksTheReader(ask) || leavesItOptional(ask) || offersAnOption(sentence)) continue;
    if (plainInline(sentence).length > MAX_SENTENCE || excluded(b.sections)) continue;
    // A lead-in into a list or into paragraphs is read by the list and paragraph rules, as the frame of their items.
    if (/:\s*$/.test(sentence) && leadsIntoItems(blocks[i + 1])) continue;
    // One step of numbered headings from forking to opening the pull request ("4. Verify your changes") is part of a
    // walkthrough of the whole workflow, which the reader does not take as checks (wholeWorkflow).
    if (inWorkflowStep(blocks, i) || inStepParagraphs(blocks, i)) continue;
    // The admonition's words begin on the line after its marker.
    found.push({ text: sentence, line: marker ? b.line + 1 : b.line });
  }
  return found;
}

/** A block that items follow in: a list, or a paragraph (the paragraph form of a list). A code block is the check's command. */
const leadsIntoItems = (next: Block | undefined): boolean => next !== undefined && (next.kind === 'listItem' || next.kind === 'paragraph');

/** Whether the block at `i` lies under a numbered heading whose run of numbered siblings walks the whole workflow. */
function inWorkflowStep(blocks: readonly Block[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && blocks[k].kind !== 'heading') k--;
  const own = blocks[k];
  if (own?.kind !== 'heading' || !NUMBERED_HEADING.test(own.text.trim())) return false;
  // The run: numbered headings of the same level, back to the first and on to the last, until a shallower heading.
  const titles: string[] = [];
  let first = k;
  for (let j = k - 1; j >= 0; j--) {
    const b = blocks[j];
    if (b.kind !== 'heading' || b.level > own.level) continue;
    if (b.level < own.level || !NUMBERED_HEADING.test(b.text.trim())) break;
    first = j;
  }
  for (let j = first; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.kind !== 'heading' || b.level > own.level) continue;
    const m = b.level === own.level ? NUMBERED_HEADING.exec(b.text.trim()) : null;
    if (!m) break;
    titles.push(m[2]);
  }
  return wholeWorkflow(titles);
}

/**
 * A paragraph that opens as a numbered step ("**Step 2.** Make your change.", "Step 3: Test", "**4.** Push"): the
 * paragraph form of numbered headings, common where a guide walks through the workflow without a list.
 */
const STEP_PARAGRAPH = /^(?:(?:\*\*|__)?step\s+\d{1,2}\s*[.):-]?|(?:\*\*|__)\d{1,2}[.):]?(?:\*\*|__)[.):]?)\s*/i;

/**
 * Whether the block at `i` follows a step paragraph of its section, and the section's step paragraphs walk the whole
 * workflow, from forking to opening the pull request (wholeWorkflow): a sentence there is one step's text, as under a
 * numbered heading (inWorkflowStep). Run only for the rare sentences found, so the section scan costs nothing per block.
 */
function inStepParagraphs(blocks: readonly Block[], i: number): boolean {
  const section = blocks[i].sections.join('\n');
  const sameSection = (b: Block): boolean => b.kind === 'paragraph' && !b.inList && b.sections.join('\n') === section;
  let start = i;
  while (start > 0 && blocks[start - 1].kind !== 'heading') start--;
  let end = i;
  while (end + 1 < blocks.length && blocks[end + 1].kind !== 'heading') end++;
  const steps: string[] = [];
  let stepBefore = false;
  for (let k = start; k <= end; k++) {
    const b = blocks[k];
    if (!sameSection(b)) continue;
    const m = STEP_PARAGRAPH.exec(b.text);
    if (!m) continue;
    if (k < i) stepBefore = true;
    steps.push(b.text.slice(m[0].length).replace(/^(?:\*\*|__)\s*/, ''));
  }
  return stepBefore && wholeWorkflow(steps);
}
