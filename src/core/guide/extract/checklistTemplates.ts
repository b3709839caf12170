/**
 * The task boxes of a pull request template that are not checks (choices that classify the change), and the plain
 * bullets of a template without boxes that are.
 */
import { Block, ParsedDocument, ListItemBlock } from '../documentModel';
import { collapseWhitespace } from '../../text/normalize';
import { asksForACheck } from './checklistFraming';
import { lastSentence } from './commandsLeadIn';

/**
 * A group of boxes that classifies the change rather than checks it: under a heading or prompt about its type
 * or kind ("Types of changes", "PR Type", "What kind of change does this PR introduce?"), or a prompt that the boxes
 * complete as what the change is ("This is:", "This PR is a (check one):", "I am submitting a:"), not as a state it
 * reaches ("This PR is:" over "covered by tests").
 */
const CHOICE_PROMPT = /\b(?:types?|kinds?|sorts?)\s+of\s+(?:changes?|PRs?|pull\s+requests?|contributions?)\b|\b(?:PR|pull\s+request|change)\s+(?:types?|kinds?)\b|\bwhat\s+(?:kind|type|sort)\s+of\b|\bwhich\s+(?:kind|type)\b|^\W*(?:(?:this|my)\s+(?:(?:PR|pull\s+request|change|patch|MR|merge\s+request|contribution)\s+is(?:\s+for)?\s+an?|is(?:\s+an?)?)|I(?:'m|\s+am)\s+submitting\s+an?)\b[^:\w]{0,4}(?:\((?:check|tick|select|choose)\s+(?:one|all\s+that\s+apply)\))?\W*$/i;
/** At most this many words, a box answers a question ("Yes", "No", "Bug fix") rather than states a check. */
const MAX_ANSWER_WORDS = 2;

/**
 * A prompt that completes as what the change contains ("This PR contains:", "This pull request includes a"): its
 * boxes are kinds when they are short or each starts with an article ("A short code fix"). After "This pull request
 * is:" only the article says so: "covered by tests" is a state the change reaches.
 */
const CHANGE_IS = String.raw`^\W*(?:this|my)\s+(?:PR|pull\s+request|change|patch|MR|merge\s+request|contribution)\s+`;
const CONTAINS_PROMPT = new RegExp(String.raw`${CHANGE_IS}(?:contains|includes|introduces)(?:\s+an?)?\W*$`, 'i');
const IS_PROMPT = new RegExp(String.raw`${CHANGE_IS}is\W*$`, 'i');
const NAMED_WITH_ARTICLE = (text: string): boolean => /^\W*an?\s/i.test(text);
/** A box that names a kind by itself: at most four words, or an article and a noun phrase ("A new feature implementation"). */
const KIND_LIKE = (text: string): boolean => NAMED_WITH_ARTICLE(text) || collapseWhitespace(text.replace(/\([^)]*\)/g, '')).split(' ').length <= 4;

/**
 * A prompt asking for one answer of several ("Tick exactly one", "Please complete **one** of the following", "(check
 * one)"), or some of a set ("one or multiple of these methods", "At least one of them must be included"): the boxes
 * are options to pick, not checks that all hold.
 */
const PICK_PROMPT = /\b(?:tick|check|select|choose|pick|complete|mark)\s+(?:\*\*|_)?(?:exactly\s+|only\s+)?one\b(?:\*\*|_)?(?!\s+or\s+more)|\bone\s+or\s+(?:more|multiple)\s+of\b|\bat\s+least\s+one\s+of\s+(?:them|these|the\s+following)\b|^\W*(?:please\s+)?(?:\w+\s+)?one\s+of\s+the\s+following\b/i;

/**
 * A heading or short prompt about the use of AI tools ("AI Disclosure", "Generative AI tools", "AI tools were used
 * for:"): its boxes disclose, they check nothing. (A long tip that mentions the project's AI policy in passing frames
 * nothing.)
 */
const AI_USE = /\b(?:AI|LLMs?)\b/;
const AI_USE_WORDS = /\b(?:disclos\w*|usage|use[ds]?|tool(?:s|ing)?|assist\w*|generat\w*)\b/i;
const MAX_AI_PROMPT_WORDS = 12;
const aboutAiUse = (prompt: string): boolean => AI_USE.test(prompt) && AI_USE_WORDS.test(prompt) && prompt.split(' ').length <= MAX_AI_PROMPT_WORDS;

/**
 * Under a prompt about the kind of change, a box that states a check done ("I have added tests", "All new and existing
 * tests passed") is the template's check, written into the same list after the kinds.
 */
const STATES_A_CHECK = /^\W*(?:I\s+(?:have|'ve)\s+(?!used\b)\w+|(?:all\s+)?(?:new\s+and\s+existing\s+)?(?:unit\s+)?tests?\s+(?:pass(?:ed|es)?|are\s+passing)\b|my\s+code\s+follows\b)/i;

/** Boxes that answer yes or no ("Yes, this is a breaking change." / "No, this is *not* a breaking change."). */
const yesNoAnswers = (boxes: readonly ListItemBlock[]): boolean =>
  boxes.some((b) => /^\W*yes\b/i.test(b.text)) && boxes.some((b) => /^\W*no\b(?!\s+(?:more|longer|new)\b)/i.test(b.text)) && boxes.every((b) => /^\W*(?:yes|no)\b/i.test(b.text));

/**
 * Boxes that each name a kind of change ("Bug fix", "New feature", "Refactor", "Other"), at least two of them a fix,
 * feature, breaking change, enhancement or refactor: the kinds to pick from, whatever the prompt ("What:").
 */
const CORE_KIND = /^(?:bug\s*fix(?:es)?|fix(?:es)?|(?:new\s+)?features?|breaking\s+changes?|enhancements?|improvements?|refactor(?:ing)?|code\s+refactor(?:ing)?)$/i;
const ANY_KIND = /^(?:bug\s*fix(?:es)?|fix(?:es)?|hot\s*fix|(?:new\s+)?features?|breaking\s+changes?|non-breaking\s+changes?|enhancements?|improvements?|(?:code\s+)?refactor(?:ing)?|(?:code\s+)?clean\s*-?up|performance(?:\s+improvements?)?|docs|documentation(?:\s+(?:updates?|changes?|improvements?|fix(?:es)?))?|translations?|chores?|tests?|testing|(?:code\s+)?style|build(?:\s+system)?|ci|build\s*\/\s*ci|dependenc(?:y|ies)(?:\s+updates?)?|security(?:\s+fix)?|reverts?|other)$/i;
const kindName = (text: string): string => collapseWhitespace(text.replace(/\([^)]*\)|_\([^)]*\)_|[*_`]/g, ' ').replace(/[^\p{L}\p{N}\s/-]/gu, ' ')).trim();
const namesKinds = (boxes: readonly ListItemBlock[]): boolean =>
  boxes.length >= 2 && boxes.every((b) => ANY_KIND.test(kindName(b.text))) && boxes.filter((b) => CORE_KIND.test(kindName(b.text))).length >= 2;

/**
 * In a template with no task boxes at all, the plain lists most of whose items ask the author to have checked
 * something ("Make sure...", "Do not..."): its checklist written without boxes. A list of prompts for the
 * description with one reminder among them is not.
 */
export function templateWithoutBoxes(doc: ParsedDocument): Set<number> {
  const lists = new Map<number, { asks: number; all: number }>();
  for (const b of doc.blocks) {
    if (b.kind !== 'listItem') continue;
    if (b.checked !== null) return new Set();
    if (b.depth !== 0 || b.commented) continue;
    const counts = lists.get(b.listId) ?? { asks: 0, all: 0 };
    counts.all++;
    if (asksForACheck(b.text)) counts.asks++;
    lists.set(b.listId, counts);
  }
  return new Set([...lists].filter(([, c]) => c.asks * 2 > c.all).map(([id]) => id));
}

/**
 * The task boxes of a template that describe the change rather than check it: those under a heading or prompt about
 * its type or kind (but a check written into the same list), short answers (at most two words each) to a question,
 * boxes that each name a kind of change, options of a "tick one" prompt, yes/no answers and AI-use disclosures.
 */
export function choiceBoxes(doc: ParsedDocument): Set<ListItemBlock> {
  const choices = new Set<ListItemBlock>();
  const looked = new Set<number>();
  const blocks = doc.blocks;
  const boxesOf = new Map<number, ListItemBlock[]>();
  for (const b of blocks) {
    if (b.kind !== 'listItem' || b.checked === null) continue;
    const boxes = boxesOf.get(b.listId) ?? [];
    if (boxes.length < MAX_BOXES_LOOKED_AT) boxes.push(b);
    boxesOf.set(b.listId, boxes);
  }
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (first.kind !== 'listItem' || first.checked === null || first.depth !== 0 || looked.has(first.listId)) continue;
    looked.add(first.listId);
    const heading = first.sections[first.sections.length - 1] ?? '';
    const prompts = [heading];
    for (let k = i - 1; k >= 0 && blocks[k].kind !== 'heading' && blocks[k].kind !== 'listItem'; k--) prompts.push(plainText(blocks[k]));
    // A lead-in right over the boxes that calls them a checklist ("Checklist:") speaks for them, whatever the heading.
    if (prompts.length > 1 && /\bcheck[\s-]?list\b/i.test(prompts[1])) continue;
    const boxes = (boxesOf.get(first.listId) ?? []).filter((b) => b.depth === 0);
    const short = boxes.every((b) => collapseWhitespace(b.text).split(' ').length <= MAX_ANSWER_WORDS);
    const kindLike = boxes.every((b) => KIND_LIKE(b.text));
    const withArticles = boxes.every((b) => NAMED_WITH_ARTICLE(b.text));
    const said = prompts.map((p) => lastSentence(collapseWhitespace(p)));
    if (prompts.some((p) => CHOICE_PROMPT.test(p) || (short && /\?\s*$/.test(p)) || (kindLike && CONTAINS_PROMPT.test(p)) || (withArticles && IS_PROMPT.test(p))) || namesKinds(boxes)) {
      for (const b of boxes) if (!STATES_A_CHECK.test(b.text)) choices.add(b);
    } else if (said.some((p) => PICK_PROMPT.test(p) || aboutAiUse(p)) || yesNoAnswers(boxes)) for (const b of boxes) choices.add(b);
  }
  return choices;
}

/** Choices are a handful of boxes; a longer list is looked at by its first ones. */
const MAX_BOXES_LOOKED_AT = 50;

const plainText = (b: Block): string => (b.kind === 'code' ? '' : b.text);

/**
 * A template section headed by another role ("## Committer", "### For maintainers", "Reviewer checklist", "To be
 * filled in by the reviewer"): boxes that person ticks when merging or reviewing, not the author's checks.
 */
const ROLE =
  // "The merge owner", "approvers", "code owners": whoever merges or signs off the change, not its author.
  String.raw`(?:the\s+)?(?:committers?|maintainers?|reviewers?|core\s+(?:team|developers?)|admins?|moderators?|merger|release\s+managers?|merge\s+(?:owners?|captains?)|mergers|approvers?|code\s*owners?)`;
const OTHER_ROLE_SECTION = new RegExp(
  String.raw`^[\W_]*(?:(?:for|by)\s+)?${ROLE}(?:'s|')?(?:\s+(?:only|section|use|tasks?|checks?|checklist|to-?dos?))?[\W_]*$|\b(?:filled|completed|ticked|checked|done)\s+(?:in\s+|out\s+)?by\s+${ROLE}` +
    // "Merge requirements (maintainers only)", "Release notes - for maintainers": the role named after the topic.
    String.raw`|\(\s*(?:for\s+)?${ROLE}(?:\s+only)?\s*\)|\b${ROLE}\s+only\b|[-\u2013\u2014:]\s*(?:for\s+)?${ROLE}(?:\s+only)?[\W_]*$` +
    // "Post-merge", "After merging": what is done once the change is in, not before it is sent.
    String.raw`|^[\W_]*(?:post[\s-]?merg\w*|after\s+(?:the\s+)?(?:merg\w*|release))\b`,
  'i',
);

export const othersSection = (heading: string): boolean => OTHER_ROLE_SECTION.test(heading.trim());

/** A box tagged for another role ("(Team) Label with affected crates", "[Maintainers only] Add to the milestone"). */
const TAGGED_FOR_ROLE = new RegExp(
  String.raw`^(?:\(|\[|\*\*|_)\s*(?:for\s+)?(?:team|${ROLE})(?:\s+only)?\s*(?:\)|\]|:?\*\*:?|_:?)` +
    // "Maintainers only: set the milestone", "Reviewer: approve the API": the role as a plain label.
    String.raw`|^(?:for\s+)?${ROLE}(?:\s+only)?\s*:` +
    // "To be checked by the reviewer: ...", "(done by a maintainer)".
    String.raw`|\b(?:to\s+be\s+)?(?:filled|completed|ticked|checked|done)\s+(?:in\s+|out\s+)?by\s+(?:an?\s+)?${ROLE}`,
  'i',
);

export const taggedForOthers = (text: string): boolean => TAGGED_FOR_ROLE.test(text.trim());

/** A template's lead-in that only asks the author to see to what follows: "Please make sure to:", "Before you submit, ensure that:". */
const ASKING_LEAD = /^(?:before\s+(?:you\s+)?(?:submit|open|send|creat)\w*(?:\s+(?:your|this|the|a)\s+(?:PR|pull\s+request|patch|change)s?)?\s*,\s*)?(?:please\s+)?(?:make\s+sure|ensure|double[\s-]check|verify|confirm)(?:\s+(?:to|that|you(?:'ve|\s+have)?))?\s*:$/i;

/**
 * In a template with no task boxes, the plain lists right under a lead-in that asks the author to see to each item
 * ("Please make sure to:" over "Rebase on main", "Add tests"): every item is a check, whatever its own wording.
 */
export function askedTemplateLists(doc: ParsedDocument): Set<number> {
  const asked = new Set<number>();
  const started = new Set<number>();
  let previous: Block | undefined;
  for (const b of doc.blocks) {
    const before = previous;
    previous = b;
    if (b.kind !== 'listItem') continue;
    if (b.checked !== null) return new Set();
    if (b.depth !== 0 || started.has(b.listId)) continue;
    started.add(b.listId);
    if (before !== undefined && before.kind === 'paragraph' && !before.commented && !b.commented && ASKING_LEAD.test(before.text.trim())) asked.add(b.listId);
  }
  return asked;
}
