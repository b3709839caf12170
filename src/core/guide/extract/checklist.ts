import { SourcedText } from '../facts';
import { Block, ListItemBlock, ParsedDocument } from '../documentModel';
import { Sources } from '../sources';
import { collapseWhitespace } from '../../text/normalize';

/** Headings of sections that are the steps or checks before a change is sent ("Submitting a pull request", "How to contribute a patch"). */
const CHECKLIST_HEADING = new RegExp(
  [
    String.raw`before (?:you )?(?:submit|send|open)`,
    String.raw`\bsubmitting\b`,
    String.raw`\b(?:submit|send)\w*\s+(?:a\s+|your\s+|the\s+)?(?:pull request|pr|changes|patch|cl|contribution)`,
    String.raw`\b(?:open|creat|writ|contribut)\w*\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:pull request|pr|patch|cl)\b`,
    String.raw`\b(?:check|verify)\w*\s+(?:your\s+|the\s+)?(?:submission|pull request|pr|patch|changes)\b`,
    String.raw`pull request (?:process|guidelines|checklist)`,
    String.raw`\bchecklist\b`,
    String.raw`^pull requests?$`,
  ].join('|'),
  'i',
);
/**
 * A sentence that introduces such a list: "Before you submit...:", "When you send a CL, it should include:", or
 * any lead-in ending in a colon that speaks of the pull request being accepted or merged ("Things that will
 * increase the chance that your pull request is accepted:").
 */
const CHECKLIST_INTRO = new RegExp(
  [
    String.raw`before (?:you )?(?:submit|send|open|sending|submitting|opening)`,
    String.raw`\bwhen (?:you )?(?:submit|send)(?:ting)? (?:a|your)\b`,
    String.raw`(?:pull request|\bPR|\bCL)s? should include`,
    String.raw`\b(?:pull requests?|PRs?|patch(?:es)?|CLs?|contributions?|changes)\b[^.:]{0,60}\b(?:accepted|merged|approved)\b[^.:]{0,30}:\s*$`,
    String.raw`\bchecklist\b`,
    String.raw`make sure the following`,
  ].join('|'),
  'i',
);
/** "Please do:" (with its "Please don't:"): a list of dos, a checklist where the section or document is about pull requests. */
const DOS_INTRO = /^(?:please\s+)?do(?:'?s)?\s*:$/i;
const ABOUT_PULL_REQUESTS = /pull[\s_-]?requests?|\bPRs?\b/i;

/**
 * Sections about something other than sending a change, even when a heading word matches: reviewing, what to
 * do once changes are requested, releases, issue reports.
 */
const NOT_CHECKLIST = /review(?:er|ing)\b|after (?:your|the) (?:pr|pull request)|\b(?:suggest|request)s?(?:ed)? (?:some )?changes\b|\bchanges (?:are |were |have been )?requested\b|triag|releas|maintainer|reporting|bug report|issue template/i;

/** Items that allow or explain rather than ask for something: "It's OK to...", "No need to...", "Note that...". */
const NOT_A_CHECK = /^(?:\*\*|_)?(?:note\b|it'?s (?:ok|okay|fine)\b|no need\b|you (?:don'?t|do not) need\b|there is no need\b|the reason\b)/i;
/** Longer than this, a list item is an explanation; checks are short enough to tick. */
const MAX_CHECK_LENGTH = 300;

/** Sections about filing issues, whose lists are what to put in an issue. */
const ISSUE_SECTION = /\ban? issues?\b|\bissues?$/i;

/**
 * What to check before sending a pull request: the templates' task lists (and a template's numbered
 * "before submitting" list), and the guide's list under a "Submitting a pull request"-like heading or intro.
 */
export function checklist(sources: Sources): SourcedText[] {
  const out: SourcedText[] = [];
  const seen = new Set<string>();
  const push = (doc: ParsedDocument, item: ListItemBlock): void => {
    const text = collapseWhitespace(item.text);
    const key = `${doc.path}:${item.line}`;
    if (text === '' || seen.has(key)) return;
    if (item.checked === null && (NOT_A_CHECK.test(text) || text.length > MAX_CHECK_LENGTH)) return;
    seen.add(key);
    out.push({ text, source: { file: doc.path, line: item.line } });
  };
  for (const doc of sources.templates) {
    for (const b of doc.blocks) if (b.kind === 'listItem' && b.checked !== null && !b.commented) push(doc, b);
    for (const run of qualifyingRuns(doc, true)) for (const item of run) push(doc, item);
  }
  const docs = [...new Set(sources.guideFlow.map((l) => l.doc))];
  for (const doc of docs) for (const run of qualifyingRuns(doc, false)) for (const item of run) push(doc, item);
  return out;
}

/** Lists (with their nested lists) that a checklist heading or an introducing sentence marks as steps to take. */
function qualifyingRuns(doc: ParsedDocument, template: boolean): ListItemBlock[][] {
  const runs: ListItemBlock[][] = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (first.kind !== 'listItem' || first.depth !== 0 || first.commented) continue;
    const prev = previousProse(blocks, i);
    const heading = first.sections[first.sections.length - 1] ?? '';
    const byIntro =
      prev !== undefined && (CHECKLIST_INTRO.test(prev.text) || (DOS_INTRO.test(prev.text.trim()) && (ABOUT_PULL_REQUESTS.test(heading) || ABOUT_PULL_REQUESTS.test(doc.path))));
    const byHeading = CHECKLIST_HEADING.test(heading) && !template;
    if (!(byIntro || byHeading) || NOT_CHECKLIST.test(heading) || ISSUE_SECTION.test(heading) || (byIntro && prev && NOT_CHECKLIST.test(prev.text)) || NOT_CHECKLIST.test(first.text)) {
      i = endOfRun(blocks, i) - 1;
      continue;
    }
    const end = endOfRun(blocks, i);
    const items = blocks.slice(i, end).filter((b): b is ListItemBlock => b.kind === 'listItem');
    i = end - 1;
    if (items.every((it) => isOnlyLink(it))) continue; // a table of contents, not steps
    runs.push(items.filter((it, k) => !isGroupHeader(it, items[k + 1])));
  }
  return runs;
}

/** The paragraph right before a list, when nothing but blank space separates them. */
function previousProse(blocks: readonly Block[], i: number): { text: string } | undefined {
  const prev = blocks[i - 1];
  if (!prev || prev.kind === 'listItem' || prev.kind === 'code') return undefined;
  return prev.kind === 'paragraph' && !prev.inList ? prev : undefined;
}

/** One list and its nested lists and continuation blocks: up to the next heading, top-level paragraph or other list. */
function endOfRun(blocks: readonly Block[], start: number): number {
  const first = blocks[start] as ListItemBlock;
  let k = start + 1;
  for (; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph' && !b.inList) break;
    if (b.kind === 'listItem' && b.depth === 0 && b.listId !== first.listId) break;
  }
  return k;
}

const isOnlyLink = (item: ListItemBlock): boolean => item.links.length > 0 && /^\[[^\]]*\]\([^)]*\)\.?$/.test(item.text.trim());
const isGroupHeader = (item: ListItemBlock, next: ListItemBlock | undefined): boolean => next !== undefined && next.depth > item.depth && /:$/.test(item.text.trim());
