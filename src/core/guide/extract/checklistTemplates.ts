/**
 * The plain bullets of a pull request template without boxes that are its checks, and the sections and boxes that
 * are another role's (the boxes that describe the change are in checklistChoices).
 */
import { Block, ListItemBlock, ParsedDocument } from '../documentModel';
import { asksForACheck } from './checklistFraming';

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
    String.raw`|\b(?:to\s+be\s+)?(?:filled|completed|ticked|checked|done)\s+(?:in\s+|out\s+)?by\s+(?:an?\s+)?${ROLE}` +
    // "Label created (maintainers)", "Milestone set [maintainers only]": the role tagged at the end.
    // (Only a tag that gives the box to the role: "(for reviewers)", "(maintainers only)", "(maintainers)"; "requested a
    // review from the code owners (reviewers)" names who reviews, and stays the author's.)
    String.raw`|(?:\(|\[)\s*(?:(?:for|by)\s+(?:the\s+)?${ROLE}(?:\s+(?:use\s+)?only)?|${ROLE}(?:\s+use)?\s+only|maintainers?(?:\s+use)?)\s*(?:\)|\])[\W_]*$`,
  'i',
);

export const taggedForOthers = (text: string): boolean => TAGGED_FOR_ROLE.test(text.trim());

/**
 * A template's lead-in that only asks the author to see to what follows: "Please make sure to:", "Before you submit,
 * ensure that:", "Before submitting your PR make sure that:", "Before opening a pull request, please:".
 */
const BEFORE_SENDING_ASK = /^before\s+(?:you\s+)?(?:submit|open|send|creat)\w*(?:\s+(?:your|this|the|a)\s+(?:PR|pull[\s-]+request|patch|change)s?)?\s*,?\s*(?:please|(?:please\s+)?(?:make\s+sure|ensure)(?:\s+that)?)\s*:$/i;
const ASKING_LEAD = /^(?:before\s+(?:you\s+)?(?:submit|open|send|creat)\w*(?:\s+(?:your|this|the|a)\s+(?:PR|pull[\s-]+request|patch|change)s?)?\s*,\s*)?(?:please\s+)?(?:make\s+sure|ensure|double[\s-]check|verify|confirm)(?:\s+(?:to|that|you(?:'ve|\s+have)?))?\s*:$/i;

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
    // (Both in the template's comment counts too: "<!-- Before opening a pull request, please: - Run the tests -->" asks
    // the author before the PR is opened, and the comment is gone once it is.)
    if (before !== undefined && before.kind === 'paragraph' && before.commented === b.commented && (ASKING_LEAD.test(before.text.trim()) || BEFORE_SENDING_ASK.test(before.text.trim()))) asked.add(b.listId);
  }
  // A list of questions the form asks, or of how to fill the form in, answers the lead-in otherwise: no checks.
  for (const id of asked) {
    const items = doc.blocks.filter((x): x is ListItemBlock => x.kind === 'listItem' && x.listId === id && x.depth === 0);
    if (items.some((x) => FILLS_THE_FORM.test(x.text)) || items.filter((x) => /\?\s*$/.test(x.text)).length * 2 > items.length) asked.delete(id);
  }
  return asked;
}

/** An instruction on filling the template in ("Replace this comment with ...", "Delete the sections that do not apply"). */
const FILLS_THE_FORM = /\b(?:this\s+(?:comment|template|form)|(?:the\s+)?sections?\s+(?:that|which)\s+(?:do(?:es)?\s+not|don['\u2019]t)\s+apply|replace\s+this|fill\s+(?:in|out)\s+(?:the|this))\b/i;
