/**
 * Where in a guide's structure a commit rule sits: the list items that hold a block, whether it speaks of release
 * notes rather than commits, a section about commit messages, and example subjects shown in a block. Shared by
 * the commit convention and type readers.
 */
import { Block, ListItemBlock } from '../documentModel';
import { Located } from '../sources';
import { plain, straightQuotes, underHeading } from './text';

/** Release notes, changelog entries, news fragments: their tense and mood rules are not rules for commits. */
const RELEASE_NOTES = /\bchange[\s-]?logs?\b|\brelease[\s-](?:notes?|titles?|bod(?:y|ies)|entr(?:y|ies))\b|\bnews\s+(?:fragments?|entr(?:y|ies)|items?|files?)\b|\btowncrier\b|\bchanges\s+entr(?:y|ies)\b/i;

/** How far back the items that hold a block may be. */
const HOLDER_BLOCKS = 30;

/**
 * The text of the list items that hold a block, innermost first: a list item's parent items, or for a paragraph
 * inside an item, that item and its parents. Empty for a block outside any list.
 */
export function enclosingItems(l: Located): string[] {
  const b = l.block;
  let depth = b.kind === 'listItem' ? b.depth : b.kind === 'paragraph' && b.inList ? Number.POSITIVE_INFINITY : -1;
  const found: string[] = [];
  const blocks = l.doc.blocks;
  for (let k = l.index - 1; k >= 0 && k >= l.index - HOLDER_BLOCKS && depth > 0; k--) {
    const prev: Block = blocks[k];
    if (prev.kind === 'heading' || (prev.kind === 'paragraph' && !prev.inList)) break;
    if (prev.kind === 'listItem' && prev.depth < depth) {
      found.push(plain(prev));
      depth = prev.depth;
    }
  }
  return found;
}

/**
 * Whether a block speaks of release notes or changelog entries, by its own words, an item that holds it or a
 * heading above it ("Use the past tense" under "Changelog"). A block that itself names commits is about commits.
 */
export function aboutReleaseNotes(l: Located): boolean {
  const own = plain(l.block);
  if (/\bcommit/i.test(own)) return false;
  return RELEASE_NOTES.test(own) || l.block.sections.some((s) => RELEASE_NOTES.test(s)) || enclosingItems(l).some((t) => RELEASE_NOTES.test(t));
}

/**
 * Whether a block is only a link to read (an entry of a reading list: "[How to write a good commit message](…)"):
 * a title is not an instruction. Fewer than three words outside its links.
 */
export function onlyLinks(l: Located): boolean {
  const b = l.block;
  if ((b.kind !== 'paragraph' && b.kind !== 'listItem') || b.links.length === 0) return false;
  let rest = plain(b);
  for (const link of b.links) {
    const title = straightQuotes(link.text).trim();
    if (title) rest = rest.replace(title, ' ');
  }
  return rest.split(/\s+/).filter((w) => /\w/.test(w)).length < 3;
}

/** A heading that names commit messages or their rules ("Commit messages", "Commit Message Template", "Writing good commits"). */
const COMMIT_MESSAGE_HEADING = /\bcommit(?:ting)?\s+(?:messages?|logs?)\b|\bcommit\s+(?:guidelines?|conventions?|style|format(?:ting)?|rules)\b|\b(?:writing|good)\s+(?:git\s+)?commits?\b/i;

/**
 * The first section about commit messages that holds prose (a heading, then a paragraph or list item under it):
 * a guide that gives commit messages their own section states rules for them, whatever they are.
 */
export function commitMessageSection(flow: readonly Located[]): Located | null {
  for (let k = 0; k < flow.length; k++) {
    const l = flow[k];
    if (l.block.kind !== 'heading' || l.block.commented || !COMMIT_MESSAGE_HEADING.test(l.block.text)) continue;
    const next = flow[k + 1];
    if (!next || next.doc !== l.doc || next.block.kind === 'heading' || next.block.commented) continue;
    if (next.block.kind !== 'code' && plain(next.block).length > 0) return l;
    // An example message right under the heading (a subject, a blank line, a body) shows the rules as prose would;
    // a command (`git commit -s`) or a program is no example message.
    if (next.block.kind === 'code' && MESSAGE_LANGS.has(next.block.lang) && exampleMessage(next.block.text)) return l;
  }
  return null;
}

/** A subject line, a blank line and a body: the shape of an example commit message (not a command or a config). */
function exampleMessage(code: string): boolean {
  const lines = code.split('\n', 60);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || /^\s*(?:[$>#%]\s|git\s|\w+\s+--?\w)/.test(lines[first]) || /[{};=]\s*$/.test(lines[first])) return false;
  const blank = lines.findIndex((line, k) => k > first && line.trim() === '');
  return blank > first && lines.slice(blank + 1).some((line) => /[A-Za-z]{3,}\s+[A-Za-z]{2,}/.test(line));
}

/**
 * A heading over a block of example messages: commits, subjects (not "titles" or "headers" in general, nor
 * "Submitting patches", whose blocks are mostly commands and output).
 */
const EXAMPLE_HEADING = /(?<!pre-)commit|subject|summary\s+line/i;
/** Code blocks that can hold an example message: untagged or plain text; never a shell session, config or program. */
const MESSAGE_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'none', 'git', 'gitcommit', 'commit', 'markdown', 'md']);
/** A lead-in that introduces an example message or subject ("For the subject, use the form:", "A good subject looks like:"). */
const EXAMPLE_LEAD_IN = /\bcommit\s+(?:messages?|titles?|subjects?|summar(?:y|ies))\b|\b(?:the|your|a|each)\s+(?:(?:good|typical|proper|correct|sample|well-formed)\s+)?(?:patch(?:'s)?\s+|e-?mail(?:'s)?\s+)?subject\b(?!\s+(?:of|in|for)\s+(?!(?:the|your|a|each)\s+(?:patch|commit|e-?mail|mail|message)))|\b(?:subject|summary|first|title)\s+line\b|\b(?:PR|pull[\s-]+request|merge\s+request)s?['’]?s?\s+titles?\b|\bexamples?\s+of\s+(?:a\s+)?(?:good\s+)?(?:commit|title|subject)s?\b|\btitles?\s+of\s+(?:the|your|a|each)\s+(?:PR|pull[\s-]+request|merge\s+request|commit)s?\b/i;
/** How many blocks back the lead-in of an example block may be. */
const LEAD_IN_BLOCKS = 3;

/** Whether a block shows example messages or subjects: under a heading about commits, or introduced as such. */
export function exampleContext(l: Located): boolean {
  if (l.block.kind === 'code' && !MESSAGE_LANGS.has(l.block.lang)) return false;
  if (underHeading(l, EXAMPLE_HEADING)) return true;
  // A mail with its From: and Subject: lines is an example patch whatever the heading says.
  // (Quoted with "| " or "> " as many plain-text guides show a mail.)
  if (l.block.kind === 'code' && /^[ \t]*(?:[|>][ \t]*)?subject:[ \t]/im.test(l.block.text) && /^[ \t]*(?:[|>][ \t]*)?from:?[ \t]/im.test(l.block.text)) return true;
  if (l.block.kind !== 'code' && EXAMPLE_LEAD_IN.test(plain(l.block))) return true;
  for (let k = l.index - 1; k >= 0 && k >= l.index - LEAD_IN_BLOCKS; k--) {
    const prev = l.doc.blocks[k];
    if (prev.kind === 'heading') return false;
    if (prev.kind !== 'code' && EXAMPLE_LEAD_IN.test(plain(prev))) return true;
  }
  return false;
}

/** A placeholder for the area a subject starts with: `<area>: <summary>`, `[area]: [what changed]`, `{component}: ...`. */
// (`<scope>: <summary>` with no type before it is an area too: the conventional `<type>(<scope>): ` is read first.)
const AREA_PLACEHOLDER = /(?:^|\]\s+|\s|["'`])[[<{](?:area|package|pkg|component|subsystem|module|dir(?:ectory)?|crate|feature[\s_-]?area|library|plugin|section|topic|scope)(?:[\s_-]?name)?[\]>}](?::\s|\s+[<[{]\w)|(?:^|["'`])(?:area|package|pkg|pkg\/path|component|subsystem|module|dir(?:ectory)?|crate|library|topic)\s*:\s+(?:summary|description|short\s+description|what\s+changed|description\s+of\s+(?:the\s+)?change|\w+\s+what\s+changed|(?:[\w-]+\s+){0,3}summary|(?:[\w-]+\s+){0,2}description)\b/i;

/** A line that opens with a named placeholder: "(pkg-name | dir/<module>): (what changed)", "component-name: ...". */
const AREA_NAME_LINE = /^[ \t]*[(<[{]?(?:pkg|package|module|component|crate|subsystem|area|library)[-_ ]?name\b[^:\n]{0,40}?[)>\]}]?:\s/im;

/** A code span that sets out the format: `area: description`, `<pkg>: <what changed>`, `[component] summary`, `module/submodule: ...`. */
const AREA_SPAN = /^[<[{(]?(?:area|package|pkg|pkg\/path|component|subsystem|module|dir(?:ectory)?|crate|library|plugin|topic|feature[\s_-]?area)(?:[-_ ]?name)?(?:\/sub[\w-]{2,20})?[>\]})]?(?:\s*:\s*|\s+[<[{]|(?<=[>\]})])\s+)\S/i;

/** Whether one of a block's code spans sets out `area: summary` as the format. */
export function areaCodeSpan(block: Block): boolean {
  return block.kind !== 'code' && block.kind !== 'heading' && block.code.some((c) => AREA_SPAN.test(c.text.trim()));
}

/** Whether a line of a block sets out `<area>: <summary>` as the subject's format. */
export const areaPlaceholder = (text: string): boolean => AREA_PLACEHOLDER.test(text) || AREA_NAME_LINE.test(text);

/** Mail headers and trailers: `Subject:`, `Signed-off-by:`, `Fixes:` are lines of a message, not an area; nor git's `fatal:`, `remote:` output. */
// Git's header lines in `git log` output (`Author: Name <mail>`, `Committer:`) are no subjects either; `merge:` is an area (a merging subsystem).
const NOT_AN_AREA = /^(?:fatal|remote|from|date|author|committer|to|cc|bcc|subject|reply-to|message-id|in-reply-to|fixes|closes|close|resolves|refs?|see|bug|issue|ticket|change-id|link|jira|example|examples|e\.g|note|usage|output|error|warning|todo|fixme|hint|tip|summary|title|description|body|footer|header|type|scope|step|result|motivation|modifications|http|https|[\w-]*-(?:by|on|id|to))$/i;
/** An example subject: `area: summary`, `[PATCH 1/2] area: summary`, `type(scope): summary`. */
// (A path head may end in a placeholder for the part: "plugins/<name>: fix a crash".)
const EXAMPLE_SUBJECT = /^(?:\[[^\]]{1,40}\]\s*)?([A-Za-z][\w./+-]{0,30}(?:\/<[\w-]{1,20}>)?)(\([^)]{1,40}\))?!?:[ \t]+[\w`"'<]/;
/** A message given on the command line: `git commit -m "area: summary"`. */
const COMMIT_DASH_M = /\bgit\s+commit\b[^"'\n]*?-\w*m\s+["']([^"'\n]+)/;

/**
 * The head of an example subject in a code block (`net` for "net: fix a leak", `fix` for "fix(io): ..."): the
 * `Subject:` line of a mail, the message of a `git commit -m`, or else the first line. null when the first line
 * is not a subject with a head, or is a command.
 */
export function exampleSubjectHead(code: string): string | null {
  const mailSubject = /^[ \t]*(?:[|>][ \t]*)?subject:[ \t]*(.*)$/im.exec(code);
  const first = /^[ \t]*(\S.*)$/m.exec(code);
  if (!first) return null;
  let subject = mailSubject ? mailSubject[1].trim() : first[1].trim();
  const dashM = COMMIT_DASH_M.exec(subject);
  if (dashM) subject = dashM[1];
  else if (/^(?:[$>#%]\s|git\s|\w+\s+--?\w)/.test(subject)) return null;
  const m = EXAMPLE_SUBJECT.exec(subject);
  if (!m) return null;
  // An upper-case tag ("BUG: ...", "DOC: ...") is a prefix even where a trailer of that name exists ("Bug: 123").
  if (/^(?:TODO|FIXME|XXX|NOTE|WARNING|WARN|ERROR|FAIL|FAILED|PASS|PASSED|OK|INFO|DEBUG|USAGE|HTTPS?)$/.test(m[1])) return null;
  const tag = /^[A-Z]{2,8}$/.test(m[1]);
  return tag || !NOT_AN_AREA.test(m[1]) ? m[1] : null;
}

/** The heads of lines that look like `type(scope): summary` in a block's text ("- fix(io): ..., - docs: ..."). */
export function subjectHeads(text: string): string[] {
  const heads: string[] = [];
  for (const segment of text.split(/\n|\s[-*•]\s/)) {
    const m = /^[\s\-*•]*`?([a-z]{2,12})(\([^)]{1,40}\))?!?:[ \t]+\S/.exec(segment);
    if (m) heads.push(m[1]);
  }
  return heads;
}

/** A lead-in that calls what follows examples ("Examples of commit messages:", "For example:", "e.g."). */
const EXAMPLES_LEAD_IN = /\bexamples?\b|\be\.g\.|\bfor\s+instance\b|\blike\s+(?:this|these)\b/i;

/**
 * Whether a list shows example subjects rather than defining types: the sentence or item that introduces it
 * calls them examples, or most items are one code span holding a whole subject (`fix: don't overwrite ...`).
 */
export function exampleList(items: readonly Located<ListItemBlock>[]): boolean {
  const first = items[0];
  const holders = enclosingItems(first);
  const prev = first.index > 0 ? first.doc.blocks[first.index - 1] : undefined;
  const leadIn = holders[0] ?? (prev && prev.kind !== 'code' && prev.kind !== 'heading' ? plain(prev) : '');
  if (EXAMPLES_LEAD_IN.test(leadIn)) return true;
  const wholeSpans = items.filter((l) => l.block.code.length === 1 && /^`[^`]+:\s[^`]+`[.;,]?$/.test(l.block.text.trim()));
  return wholeSpans.length >= items.length * 0.6;
}

/** "e.g.", "for example", "such as", "like": what follows is an example. */
// ("Good: `net: handle EINTR`", "Do: ...": the label of a good example beside a bad one.)
const EXAMPLE_WORDS = /\be\.g\.|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\blike\b|\bexamples?\b|\bgood\s+(?:subjects?|titles?|messages?)\b|\b(?:good|correct|right|do|yes)\s*:/i;

/**
 * The area heads of example subjects a block shows as code spans (`storage: retry on timeout` after "e.g."), or a
 * list item that is one such span: `lexer: accept tabs`. Heads of known types and trailer names are left out by
 * the caller and `exampleSubjectHead`.
 */
export function exampleSpanHeads(l: Located): string[] {
  const b = l.block;
  if (b.kind !== 'paragraph' && b.kind !== 'listItem') return [];
  if (b.code.length === 0) return [];
  // (A list item, or a paragraph such as a table cell, that is nothing but the one span: the example itself.)
  const whole = b.code.length === 1 && /^`[^`]+`[.;,]?$/.test(b.text.trim());
  if (!whole && !EXAMPLE_WORDS.test(b.text.slice(0, b.code[0].offset))) return [];
  const heads: string[] = [];
  for (const c of b.code) {
    // "[cli] add flag": a bracketed area head and some words (not an all-capitals tag such as [WIP] or [PATCH]).
    const bracketed = /^\[([a-z][\w./-]{0,30})\]\s+\S+\s+\S/.exec(c.text.trim());
    if (bracketed) {
      heads.push(bracketed[1]);
      continue;
    }
    // A whole subject: a head, a colon and some words (not a bare `docs:` naming a prefix).
    if (!/:\s+\S+\s+\S/.test(c.text)) continue;
    const head = exampleSubjectHead(c.text);
    if (head !== null) heads.push(head);
  }
  return heads;
}

/** A list marker or a short commit hash before a subject: "* parser: ...", "1a2b3c4 parser: ..." (`git log --oneline`). */
const LINE_LEAD = /^[ \t]*(?:[-*•+][ \t]+|[0-9a-f]{7,40}[ \t]+)?/;

/**
 * The area heads of every line of an example block that is a whole subject ("parser: accept tabs", "* render: cache
 * glyphs", `git log --oneline` output), when two or more lines show one: a block of subjects, not one message
 * whose first line happens to be something else. Known types and trailers are left to the caller and
 * `exampleSubjectHead`'s list of non-areas.
 */
export function exampleLineHeads(code: string): string[] {
  const heads: string[] = [];
  for (const raw of code.split('\n', 40)) {
    const line = raw.replace(LINE_LEAD, '');
    if (line === '' || /^[$>#%]\s/.test(line)) continue;
    // A whole subject: a head, its colon, and at least two words.
    if (!/:\s+\S+\s+\S/.test(line)) continue;
    const head = exampleSubjectHead(line);
    // Area heads are written as the folder is, in lower case; "Problem: ...", "Solution: ..." are fields of a body.
    if (head !== null && /^[a-z]/.test(head)) heads.push(head);
  }
  return heads.length >= 2 ? heads : [];
}
