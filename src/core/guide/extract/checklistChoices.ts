/**
 * The task boxes of a pull request template that describe the change rather than check it: its kind ("Bug fix",
 * "New feature"), yes/no answers, an AI-use disclosure, options to pick from. They are read as choices and kept apart
 * from the checks (GuideFacts.changeChoices). A group is judged by its own heading and the lead-in right above it,
 * never by a tip further up; a checklist heading or lead-in speaks for its boxes, and a check written into a group
 * of kinds stays a check.
 */
import { Block, ListItemBlock, ParsedDocument } from '../documentModel';
import { collapseWhitespace } from '../../text/normalize';
import { lastSentence } from './commandsLeadIn';

/**
 * A heading or lead-in about the change's type or kind ("Types of changes", "PR Type", "Nature of change", "What kind
 * of change does this PR introduce?", "Select the type that best describes this PR", "**Type:**", "What is it?"), or one the boxes
 * complete as what the change is ("This is:", "This PR is a (check one):", "I am submitting a:").
 */
const CHOICE_PROMPT = new RegExp(
  [
    String.raw`\b(?:types?|kinds?|sorts?|nature)\s+of\s+(?:changes?|PRs?|MRs?|pull[\s-]+requests?|merge\s+requests?|contributions?|patch(?:es)?)\b`,
    String.raw`\b(?:PR|MR|pull[\s-]+request|merge\s+request|change|contribution)\s+(?:types?|kinds?|categor(?:y|ies))\b`,
    String.raw`\bwhat\s+(?:kind|type|sort)\s+of\b|\bwhich\s+(?:kind|type)\b|\bselect\s+the\s+(?:type|kind|category)\b`,
    String.raw`^\W*(?:type|kind|category)\W*$`,
    // A short label that names what kind of thing the change is ("**Project Type**", "Package kind:").
    String.raw`^\W*(?:project|package|change|PR|component|module|contribution|request|library|plugin)\s+(?:types?|kinds?|categor(?:y|ies))\W*$`,
    // The parts of the project the change touches ("## Affected Areas", "Components impacted", "Which Delta
    // project/connector is this regarding?"): the author ticks the ones that fit.
    String.raw`\b(?:affected|impacted|touched)\s+(?:areas?|components?|parts?|modules?|packages?|projects?|platforms?|crates?|subsystems?)\b|\b(?:areas?|components?|parts?|modules?|packages?|platforms?|subsystems?)\s+(?:affected|impacted|touched)\b`,
    String.raw`^\W*which\s+(?!of\b)(?:[\w/-]+\s+){1,3}?(?:is\s+this|does\s+this|are\s+(?:affected|impacted|touched))\b[^?]{0,40}\?\W*$`,
    String.raw`^\W*(?:(?:this|my)\s+(?:(?:PR|pull[\s-]+request|change|patch|MR|merge\s+request|contribution)\s+is(?:\s+for)?\s+an?|is(?:\s+an?)?)|I(?:'m|\s+am)\s+submitting\s+an?)\b[^:\w]{0,4}(?:\((?:check|tick|select|choose)\s+(?:one|all\s+that\s+apply)\))?\W*$`,
  ].join('|'),
  'i',
);
/**
 * A question about what the change is ("What is it?", "What does this PR do?"): boxes that answer it ("Bugfix (user
 * facing)", "Adds a feature") are kinds; boxes that say a state reached ("Tests added") are checks after all.
 */
const WHAT_IT_IS = /^\W*what\s+(?:is|does)\s+(?:it|this(?:\s+(?:PR|pull[\s-]+request|change|patch|MR|merge\s+request|contribution))?)(?:\s+do)?\s*\?\W*$/i;
/** A prompt that names the kind of change only to say every box holds whatever it is ("Regardless of which type of change this is, all of these are required"). */
const EVERY_BOX_HOLDS = /\b(?:regardless|not\s+all|every|all\s+of\s+(?:these|them|the\s+following)|required|must)\b/i;

/** A heading that names the checks: its boxes are checks, whatever else is said over them. */
const CHECKS_HEADING = /\bcheck[\s-]?lists?\b|\bchecks\b|\brequirements\b|\bbefore\s+(?:submitting|you\s+submit|opening|review)\b/i;
/** A lead-in that is only a label calling the list a checklist ("Checklist:", "**PR checklist**"). */
const CHECKLIST_LABEL = /^\W*(?:[\w-]+\s+){0,2}check[\s-]?list\b[^.?!]{0,30}$/i;
/** A lead-in asking the author to see that every box holds ("Before submitting, confirm:", "Please make sure that:"). */
const CONFIRMING_LEAD = /\b(?:confirm|ensure|make\s+sure|verify|double[\s-]check|check\s+that)\b[^.?!]*:\s*$/i;

/** At most this many words, a box answers a question ("Yes", "No", "Bug fix") rather than states a check. */
const MAX_ANSWER_WORDS = 2;
/** A box that says a state of the change reached ("Tests added", "Lint passes"): a check, however short. */
const CHECK_STATE = /\b(?:pass(?:es|ed|ing)?|added|updated|written|done|green|clean|signed|rebased|tested|documented|reviewed|formatted|linted|included)\b/i;
/** A box that reads as a check in any form: a state reached or a check stated (STATES_A_CHECK). */
const readsAsACheck = (b: ListItemBlock): boolean => CHECK_STATE.test(b.text) || STATES_A_CHECK.test(b.text);

/**
 * A prompt that completes as what the change contains ("This PR contains:", "This pull request includes a"): its
 * boxes are kinds when they are short or each starts with an article ("A short code fix"). After "This pull request
 * is:" only the article says so: "covered by tests" is a state the change reaches.
 */
const CHANGE_IS = String.raw`^\W*(?:this|my)\s+(?:PR|pull[\s-]+request|change|patch|MR|merge\s+request|contribution)\s+`;
const CONTAINS_PROMPT = new RegExp(String.raw`${CHANGE_IS}(?:contains|includes|introduces)(?:\s+an?)?\W*$`, 'i');
const IS_PROMPT = new RegExp(String.raw`${CHANGE_IS}is\W*$`, 'i');
const namedWithArticle = (text: string): boolean => /^\W*an?\s/i.test(text);
/** A box that names a kind by itself: at most four words, or an article and a noun phrase ("A new feature implementation"). */
const kindLike = (text: string): boolean => namedWithArticle(text) || collapseWhitespace(text.replace(/\([^)]*\)/g, '')).split(' ').length <= 4;

/**
 * A prompt asking for one answer of several ("Tick exactly one", "Please complete **one** of the following", "(check
 * one)"), or some of a set ("by using one or multiple of these methods", "At least one of them must be included"):
 * options to pick, not checks that all hold. A sentence that makes them conditions ("if one or more of the following
 * does not apply", "a PR with one of these unchecked") speaks of checks.
 */
const PICK_PROMPT = new RegExp(
  [
    String.raw`\b(?:tick|check|select|choose|pick|mark|complete)\s+(?:\*\*|_)?(?:exactly\s+|only\s+)?one(?:\*\*|_)?(?=\s*(?:[.:;!)\]>-]|$|of\b|box|option|answer|that|which|item|line))`,
    String.raw`\b(?:using|with|by|via)\s+one\s+or\s+(?:more|multiple)\s+of\b`,
    String.raw`\bat\s+least\s+one\s+of\s+(?:them|these|the\s+following)\b`,
    String.raw`^\W*(?:please\s+)?(?:(?:complete|select|choose|pick|tick|check|mark)\s+)?one\s+of\s+the\s+following\b`,
  ].join('|'),
  'i',
);
const MAKES_CONDITIONS = /\b(?:if|unless|not|unchecked|every|each|all)\b/i;
const asksToPick = (sentence: string): boolean => PICK_PROMPT.test(sentence) && !MAKES_CONDITIONS.test(sentence);

/**
 * A heading or short lead-in about the use of AI tools ("AI Disclosure", "Generative AI tools", "AI tools were used
 * for:", "Use of Copilot or ChatGPT", "Was any of this generated by a large language model?"): its boxes disclose.
 */
const AI_NAMED = /\b(?:AI|LLMs?|Copilot|ChatGPT|Claude|Gemini)\b/;
const AI_SAID = /\b(?:large\s+language\s+models?|generative\s+(?:AI|tools?|models?)|machine[\s-]generated)\b/i;
const AI_USE_WORDS = /\b(?:disclos\w*|usage|use[ds]?|tool(?:s|ing)?|assist\w*|generat\w*|provenance)\b/i;
const MAX_AI_PROMPT_WORDS = 12;
const aboutAiUse = (prompt: string): boolean => (AI_NAMED.test(prompt) || AI_SAID.test(prompt)) && AI_USE_WORDS.test(prompt) && prompt.split(' ').length <= MAX_AI_PROMPT_WORDS;

/**
 * Among kinds or disclosures, a box that states a check done ("I have added tests", "I've updated the docs", "Tests
 * added for the new behaviour", "All new and existing tests passed", "I have read the AI policy", "I can explain
 * every line", "I have used the formatter") is a check written into the same list. ("I have used an AI tool" discloses.)
 */
const STATES_A_CHECK = new RegExp(
  [
    String.raw`^\W*I\s*(?:['\u2019]ve|\s+have)\s+(?!(?:not\s+)?used\s+(?:an?\s+|any\s+)?(?:AI|LLMs?|generative|Copilot|ChatGPT|Claude|Gemini|large\s+language)\b)\w+`,
    String.raw`^\W*I\s+(?:ran|added|updated|wrote|tested|checked|read|followed|confirm|certify|understand|agree|reviewed|can\s+explain|take\s+(?:full\s+)?responsibility)\b`,
    String.raw`^\W*(?:all\s+)?(?:new\s+and\s+existing\s+)?(?:unit\s+)?tests?\s+(?:pass(?:ed|es)?|are\s+passing)\b`,
    String.raw`^\W*my\s+code\s+follows\b`,
    String.raw`^\W*(?:unit\s+|new\s+)?(?:tests?|docs?|documentation|changelog(?:\s+entry)?|README)\s+(?:\w+\s+){0,3}?(?:added|updated|written|included)\b`,
  ].join('|'),
  'i',
);

/** Boxes that answer yes or no ("Yes, this is a breaking change." / "No, this is *not* a breaking change." / "Not sure"). */
const YES = /^\W*yes\b/i;
const NO = /^\W*no\b(?!\s+(?:more|longer|new)\b)/i;
const UNSURE = /^\W*(?:not\s+sure|unsure|unknown|maybe|n\/a|don['\u2019]?t\s+know)\b/i;
const yesNoAnswers = (boxes: readonly ListItemBlock[]): boolean =>
  boxes.some((b) => YES.test(b.text)) && boxes.some((b) => NO.test(b.text)) && boxes.every((b) => YES.test(b.text) || NO.test(b.text) || UNSURE.test(b.text));
/** Two boxes, one the other's negation ("This is a breaking change" / "This is not a breaking change"). */
const NEGATED = /\b(?:not|no)\b|n['\u2019]t\b/i;
const NEGATIONS = new RegExp(NEGATED.source, 'gi');
const opposites = (boxes: readonly ListItemBlock[]): boolean => {
  if (boxes.length !== 2) return false;
  const [a, b] = boxes.map((x) => collapseWhitespace(x.text.replace(/[*_`]/g, '')).toLowerCase());
  return NEGATED.test(a) !== NEGATED.test(b) && collapseWhitespace(a.replace(NEGATIONS, ' ')) === collapseWhitespace(b.replace(NEGATIONS, ' '));
};

/**
 * A box that only says the thing is not needed ("not needed", "Not applicable", "N/A", "None"), beside the boxes that
 * say how it was done ("added", "updated in #"): the group is the answers to pick from, not checks that all hold.
 */
const NOT_NEEDED = /^(?:not\s+(?:needed|required|applicable|necessary|relevant)|n\/?a|none|no\s+changes?)$/i;
const withNotNeeded = (boxes: readonly ListItemBlock[]): boolean => boxes.length >= 2 && boxes.some((b) => NOT_NEEDED.test(kindName(b.text)));

/**
 * Boxes that each name a kind of change ("Bug fix", "New feature", "Refactor", "Other", ":bug: Bug fix", "**Bug
 * fix**: non-breaking ..."), at least two of them a fix, feature, breaking change, enhancement or refactor: the kinds
 * to pick from, whatever the prompt ("What:").
 */
const CORE_KIND = /^(?:bugs?|bug\s*fix(?:es)?|fix(?:es)?|feat|(?:new\s+)?features?|breaking\s+changes?|enhancements?|improvements?|refactor(?:ing)?|code\s+refactor(?:ing)?)$/i;
const ANY_KIND =
  /^(?:bugs?|bug\s*fix(?:es)?|fix(?:es)?|hot\s*fix|feat|(?:new\s+)?features?|breaking\s+changes?|non-breaking\s+changes?|enhancements?|improvements?|(?:code\s+)?refactor(?:ing)?|(?:code\s+)?clean\s*-?up|performance(?:\s+improvements?)?|perf|docs|documentation(?:\s+(?:updates?|changes?|improvements?|fix(?:es)?))?|translations?|chores?|maintenance|tests?|testing|(?:code\s+)?style|build(?:\s+system)?|ci|build\s*\/\s*ci|dependenc(?:y|ies)(?:\s+updates?)?|security(?:\s+fix)?|reverts?|other)$/i;
const kindName = (text: string): string =>
  collapseWhitespace(
    text
      .replace(/:[a-z0-9_+-]+:/gi, ' ')
      .replace(/\s*(?::|\s[-\u2013\u2014])\s.*$/, '')
      .replace(/\([^)]*\)|_\([^)]*\)_|[*_`]/g, ' ')
      .replace(/[^\p{L}\p{N}\s/-]/gu, ' '),
  ).trim();
const namesKinds = (boxes: readonly ListItemBlock[]): boolean =>
  boxes.length >= 2 && boxes.every((b) => ANY_KIND.test(kindName(b.text))) && boxes.filter((b) => CORE_KIND.test(kindName(b.text))).length >= 2;

/** Choices are a handful of boxes; a longer list is looked at by its first ones. */
const MAX_BOXES_LOOKED_AT = 50;

const plainText = (b: Block): string => (b.kind === 'code' ? '' : collapseWhitespace(b.text));

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
    if (first.kind !== 'listItem' || first.checked === null || looked.has(first.listId)) continue;
    looked.add(first.listId);
    if (first.depth > 0) {
      for (const b of labelledOptions(blocks[i - 1], first, boxesOf.get(first.listId) ?? [])) choices.add(b);
      // A box that asks a question ("Is this an existing project?", "Breaking change:") over "Yes" and "No" boxes: the question and its
      // answers are one choice, not checks.
      const parent = blocks[i - 1];
      const answers = (boxesOf.get(first.listId) ?? []).filter((b) => b.depth === first.depth);
      if (parent?.kind === 'listItem' && parent.checked !== null && parent.depth < first.depth && (parent.text.includes('?') || /:\s*$/.test(parent.text)) && yesNoAnswers(answers)) {
        choices.add(parent);
        for (const b of answers) choices.add(b);
      }
      continue;
    }
    const heading = first.sections[first.sections.length - 1] ?? '';
    // The lead-in right above the boxes (and, over a comment, the paragraph above it); a tip further up frames nothing.
    const leads: string[] = [];
    for (let k = i - 1; k >= 0 && leads.length < 2 && blocks[k].kind !== 'heading' && blocks[k].kind !== 'listItem'; k--) {
      leads.push(plainText(blocks[k]));
      if (!blocks[k].commented) break;
    }
    if (leads.some((l) => CHECKLIST_LABEL.test(l) || CONFIRMING_LEAD.test(lastSentence(l)))) continue;
    const boxes = boxesOf.get(first.listId) ?? [];
    for (const b of groupChoices(heading, leads, boxes)) choices.add(b);
  }
  return choices;
}

/**
 * Boxes nested under a plain item that labels them ("- Processors:" over "- [ ] Intel", "- [ ] Apple Silicon";
 * "- macOS versions:" over the versions tested): options of that label, when each is a short name and none says a
 * state reached ("- Docs:" over "- [ ] README updated" stays checks).
 */
function labelledOptions(parent: Block | undefined, first: ListItemBlock, boxes: readonly ListItemBlock[]): readonly ListItemBlock[] {
  if (parent?.kind !== 'listItem' || parent.checked !== null || parent.depth >= first.depth || !/:\s*$/.test(parent.text)) return [];
  const options = boxes.filter((b) => b.depth === first.depth);
  return options.every((b) => kindLike(b.text) && !readsAsACheck(b)) ? options : [];
}

/** The boxes of one group that are choices, from its heading, its lead-in and the boxes themselves. */
function groupChoices(heading: string, leads: readonly string[], boxes: readonly ListItemBlock[]): readonly ListItemBlock[] {
  const underChecks = CHECKS_HEADING.test(heading);
  // Under a checklist heading only the lead-in can make the boxes choices, and only by naming a kind, a pick or AI use.
  const prompts = underChecks ? leads : [heading, ...leads];
  const kindPrompt =
    prompts.some((p) => CHOICE_PROMPT.test(p) && !EVERY_BOX_HOLDS.test(p)) ||
    (prompts.some((p) => WHAT_IT_IS.test(p)) && !boxes.some(readsAsACheck));
  const answers = !underChecks && boxes.every((b) => collapseWhitespace(b.text).split(' ').length <= MAX_ANSWER_WORDS && !CHECK_STATE.test(b.text)) && prompts.some((p) => /\?\s*$/.test(p));
  // ("This pull request is:" over "A short code fix", "A new feature" names kinds even under "### Checklist".)
  const contains = prompts.some((p) => (!underChecks && boxes.every((b) => kindLike(b.text)) && CONTAINS_PROMPT.test(p)) || (boxes.every((b) => namedWithArticle(b.text)) && IS_PROMPT.test(p)));
  if (kindPrompt || answers || contains || (!underChecks && namesKinds(boxes))) return boxes.filter((b) => !STATES_A_CHECK.test(b.text));
  const said = prompts.map(lastSentence);
  // (Under a question, "Yes" and "No, and this is why:" make the group answers, with a third box beside them: "I need
  // help with writing tests".)
  const yesAndNo = boxes.some((b) => YES.test(b.text)) && boxes.some((b) => NO.test(b.text));
  // (Beside a "not needed" box, a box that states a check done, "I ran `npm test` locally", stays a check.)
  if (!underChecks && withNotNeeded(boxes) && !yesNoAnswers(boxes)) return boxes.filter((b) => !STATES_A_CHECK.test(b.text));
  if (said.some(asksToPick) || (!underChecks && (yesNoAnswers(boxes) || opposites(boxes) || (yesAndNo && prompts.some((p) => /\?\s*$/.test(p)))))) return boxes;
  if (prompts.some(aboutAiUse)) return boxes.filter((b) => !STATES_A_CHECK.test(b.text));
  return [];
}
