import { ListItemBlock } from '../documentModel';
import { Located, Sources } from '../sources';
import { plain } from './text';
import { enclosingItems, exampleList } from './commitStructure';
import { proseTypeList, spanTypeList } from './commitTypeLists';
import { notTheTypeList } from './factsTypeLists';
import { otherForm, inCommitContext } from './commitContext';

/**
 * The commit types a guide names: a list of type items, a sentence or code spans naming them, a regex alternation; the
 * known types, a `type(scope): subject` format, and known types written as a subject's head.
 */

/** Types seen in Conventional-Commits-style guides; a list is a type list when most of its heads are these. */
export const KNOWN_TYPES = new Set([
  'feat', 'feature', 'fix', 'bugfix', 'docs', 'doc', 'style', 'refactor', 'perf', 'test', 'tests', 'build', 'ci', 'chore', 'revert',
  'deps', 'release', 'wip', 'types', 'security', 'breaking', 'enhancement', 'improvement', 'infra', 'config', 'i18n', 'a11y', 'sample',
]);

/** `<type>(<scope>): <subject>` anywhere; `type(scope): subject` written as a line of its own (tested line by line). */
const TYPE_PLACEHOLDER = /<type>(?:\(<[\w-]{1,40}>\))?!?:[ \t]*<[\w \t-]{1,60}>/;

const TYPE_LINE = /^[ \t]*type(?:\(scope\))?!?:[ \t]*(?:subject|description|summary)/i;

/** The types one block names, in a sentence or as code spans, about commits or PR titles (never a branch name). */
export function namedTypesIn(l: Located): string[] | null {
  const named = proseTypeList(l, KNOWN_TYPES) ?? spanTypeList(l, KNOWN_TYPES);
  // (Nor the words an issue title starts with: "## Issue titles" speaks of titles, but of reports.)
  return named && !/\bbranch/i.test(plain(l.block)) && inCommitContext(l) && !otherForm(l, plain(l.block)) ? named : null;
}

/** The first block that names the allowed types (see `namedTypesIn`). */
export function namedTypes(flow: readonly Located[]): { types: string[]; at: Located } | null {
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    const types = namedTypesIn(l);
    if (types) return { types, at: l };
  }
  return null;
}

/**
 * A list whose items each start with a type name (`feat` - ..., **fix**: ...), about commits or PR titles. However
 * many known words it holds, a list is a type list only in that context: "Types of contributions" with **docs**,
 * **fix**, **feature**, or a list of labels, is not a commit convention.
 */
export function typeList(sources: Sources): { types: string[]; at: Located } | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  const byList = new Map<string, Located<ListItemBlock>[]>();
  for (const l of flow) {
    if (l.block.kind !== 'listItem') continue;
    const key = `${l.doc.path}#${l.block.listId}`;
    const items = byList.get(key) ?? [];
    items.push(l as Located<ListItemBlock>);
    byList.set(key, items);
  }
  for (const items of byList.values()) {
    // (A name run into its description counts only under a lead-in or heading about types, not one about branches.)
    const lead = `${leadInOf(items[0])} ${items[0].block.sections[items[0].block.sections.length - 1] ?? ''}`;
    const runIn = RUN_IN_TYPES_LEAD.test(lead) && !/\bbranch/i.test(lead);
    const heads = items.map((l) => TYPE_ITEM_HEAD.exec(l.block.text)?.[1] ?? /^`([a-z][a-z0-9-]{1,15})`,\s/.exec(l.block.text)?.[1] ?? (runIn ? RUN_IN_HEAD.exec(l.block.text)?.[1] : undefined));
    const known = heads.filter((h): h is string => h !== undefined && KNOWN_TYPES.has(h));
    // A list the item or sentence before it introduces as the prefixes to use may hold a project's own types too.
    if (known.length < 3 || (known.length < items.length * 0.6 && !prefixLeadIn(items[0]))) continue;
    if (!inCommitContext(items[0]) || AREA_LEAD_IN.test(leadInOf(items[0]))) continue;
    // Labels to put on a pull request, or the boxes a template asks to tick for the kind of change: other lists
    // than the commit types, though their words are the same.
    if (notTheTypeList(items, leadInOf(items[0]))) continue;
    // "Examples of commit messages:" then `fix: don't overwrite ...`: whole example subjects, not the allowed types.
    // (A lead-in "Use a prefix ..., e.g. `fix: ...`" over items that each name one prefix, `add`, ...: the list is the prefixes.)
    if (exampleList(items) && !(prefixLeadIn(items[0]) && items.filter((l) => SPAN_HEAD.test(l.block.text)).length >= items.length * 0.6)) continue;
    const types = [...new Set(heads.filter((h): h is string => h !== undefined))];
    return { types, at: items[0] };
  }
  return null;
}

/**
 * An item that opens with one type name and its separator: `feat` - ..., **fix**: ..., and the name written with its
 * colon inside the markup, as the subject would start (`fix:` -- ..., **feat:** ...).
 */
// ("**feat** for a new feature for the user", "`fix` bugfix in the source": marked up, the name may run straight into its
// description; the list must still be mostly known types, typeList.)
const TYPE_ITEM_HEAD = /^[*_`]*([a-z][a-z0-9-]{1,15})!?(?:[*_`]*\s*(?::|-|–|—)|:[*_`]+|[*_`]+(?=\s+(?:for|when)\s))(?:\s|$)/;
/** The same name run straight into any description ("`fix` bugfix", "**feat** A new feature"): a type only where the list is said to hold types (RUN_IN_TYPES_LEAD). */
const RUN_IN_HEAD = /^[*_`]+([a-z][a-z0-9-]{1,15})!?[*_`]+(?=\s+[A-Za-z(])/;
/** A lead-in or heading that names the types ("Possible `<type>`s:", "Commit types", "The type must be one of"), never branches. */
const RUN_IN_TYPES_LEAD = /\btypes?\b|<type>/i;

/** "Use a prefix for the PR title or commits, e.g. ...:" then the list: the prefixes are the allowed types. */
const PREFIX_LEAD_IN = /\b(?:prefix(?:es)?|types?)\b[^.]{0,40}?\b(?:title|commits?|commit\s+messages?)\b|\b(?:title|commits?|commit\s+messages?)\b[^.]{0,40}?\b(?:prefix(?:es|ed)?|types?)\b/i;
/** An item that opens with one word as a code span and goes on to describe it: "`add`, Add a new feature". */
const SPAN_HEAD = /^`[a-z][a-z0-9-]{1,15}`[,:]?\s+\S/;
/** "Prefix the commit title with the part of the project you changed": the list is of areas, not types. */
const AREA_LEAD_IN = /\b(?:parts?|areas?|packages?|modules?|components?|subsystems?|crates?|directories|directory)\s+(?:of\s+(?:the\s+)?(?:project|code(?:base)?|repo(?:sitory)?)|you\s+(?:changed|touched|modified|worked\s+on)|(?:being\s+)?(?:changed|touched|affected|modified))\b/i;
/** The item holding the list, or the paragraph right before it. */
function leadInOf(first: Located<ListItemBlock>): string {
  const holder = enclosingItems(first)[0];
  const prev = first.index > 0 ? first.doc.blocks[first.index - 1] : undefined;
  return holder ?? (prev && prev.kind !== 'code' && prev.kind !== 'heading' ? plain(prev) : '');
}
const prefixLeadIn = (first: Located<ListItemBlock>): boolean => PREFIX_LEAD_IN.test(leadInOf(first));

/** `feat:`, `fix:` as code spans in one sentence (e.g. "prefix your PR title with `feat:`, `fix:`..."). */
export function prefixTypeSpans(l: Located): string[] {
  if (l.block.kind === 'code' || l.block.kind === 'heading') return [];
  const spans = l.block.code.map((c) => /^([a-z]{2,12})(\([^)]*\))?!?:\s*$/.exec(c.text.trim())?.[1]).filter((t): t is string => t !== undefined);
  const known = spans.filter((t) => KNOWN_TYPES.has(t));
  return known.length >= 2 && /prefix|title|commit|type|start/i.test(plain(l.block)) && inCommitContext(l) ? [...new Set(known)] : [];
}

/** A `type(scope): subject` format, placeholder-style anywhere or as a line of its own. */
export function typeScopeFormat(text: string): boolean {
  if (TYPE_PLACEHOLDER.test(text)) return true;
  if (!/type/i.test(text)) return false;
  return TYPE_INLINE.test(text) || text.split('\n').some((line) => TYPE_LINE.test(line));
}

/** The format named in a sentence: "PR titles must follow the format type(scope): description". */
const TYPE_INLINE = /\b(?:format|form|pattern|structure)\s*:?\s+["'`\u201c]?type(?:\(scope\))?!?:\s*<?(?:subject|description|summary|message|title)\b/i;

/** A known type written as a subject's head ("fix: ", "docs(api): "): tested before splitting a block into subjects. */
const KNOWN_HEAD = new RegExp(String.raw`(?:^|[\s\`*-])(?:${[...KNOWN_TYPES].join('|')})(?:\([^)\n]{1,40}\))?!?:[ \t]`);
/** KNOWN_HEAD, after two plain searches: it needs a colon then a space or a tab, which most blocks do not hold. */
export const knownHead = (text: string): boolean => (text.includes(': ') || text.includes(':\t')) && KNOWN_HEAD.test(text);
/** A whole subject of a known type with its scope: `feat(parser): add option`. */
export const SCOPED_TYPE_SUBJECT = new RegExp(String.raw`^(?:${[...KNOWN_TYPES].join('|')})\([\w./-]{1,30}\)!?:\s+\S+\s+\S`);

/**
 * Type names that are as often the names of areas: a project's `docs/`, `build/`, `test/` or `ci/` folder. Example
 * subjects "docs: fix a typo", "build: bump CMake", "core: avoid a double free" are area prefixes, as the unknown
 * head shows; Conventional Commits examples name a type no folder is called ("feat:", "fix:", "chore:").
 */
const AREA_LIKE_TYPES = new Set(['docs', 'doc', 'build', 'test', 'tests', 'ci', 'deps', 'config', 'i18n', 'types', 'release', 'sample', 'security', 'infra']);
/** Example heads that mix an unknown head with known ones that are all also folder names: areas, not types. */
export function areaMix(heads: readonly string[]): boolean {
  const unknown = heads.filter((h) => !KNOWN_TYPES.has(h));
  const known = heads.filter((h) => KNOWN_TYPES.has(h));
  return unknown.length > 0 && known.length > 0 && known.every((h) => AREA_LIKE_TYPES.has(h));
}

/** How many of these heads are known types, each counted once. */
export const knownHeads = (heads: readonly string[]): number => new Set(heads.filter((h) => KNOWN_TYPES.has(h))).size;

/** A regex alternation such as `(feat|fix|docs|...)` in a code block, as commit-message validators write it. */
export function typeAlternation(code: string): string[] | null {
  for (const m of code.matchAll(/\(((?:[a-z]{2,12}\|){2,30}[a-z]{2,12})\)/g)) {
    const names = m[1].split('|');
    if (names.filter((n) => KNOWN_TYPES.has(n)).length >= 3) return names;
  }
  return null;
}
