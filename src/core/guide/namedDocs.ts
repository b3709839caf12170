/**
 * Documents a guide names without linking them: "Suggested ways to work are described in `doc/dev/setup.rst`",
 * "Check README.md to find out how to run the tests", "Read CONTRIBUTE". A name counts only when the words just
 * before it point the reader there (see, read, described in, instructions in …): a guide also names files it
 * talks about ("if you change `README.md`"), and those are not where its instructions continue.
 */
import { Block } from './documentModel';
import { plain } from './extract/text';

export interface NamedDoc {
  readonly name: string;
  readonly line: number;
}

/** Names looked at per document: a guide that names hundreds of files is not pointing at them. */
const MAX_NAMES = 40;
/** How far back (characters) the pointing words may stand from the name. */
const POINTING_WINDOW = 80;

/** Words that send the reader to a document: "see", "read", "described in", "instructions in", "the docs at". */
const POINTING =
  /\b(?:see|read|check|consult|refer\s+to|follow|described|explained|documented|detailed|covered|found|available|provided|instructions?|details|information|guide(?:lines)?|look\s+(?:at|in)|docs?\s+at|documentation\s+(?:at|in))\b/i;
/** A path as written in a code span: segments of name characters, with a "/" or a document extension. */
const SPAN_PATH = /^\/?(?:[\w.-]{1,80}\/){0,8}[\w.-]{1,80}\/?$/;
const DOC_EXTENSION = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt)$/i;
/** A path in running text: with folders, or a single file with a document extension. */
const TEXT_PATH = /(?<![\w/.:-])((?:[\w.-]{1,80}\/){1,8}[\w.-]{1,80}\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt)|[\w-]{1,80}\.(?:md|markdown|rst|adoc|asciidoc))(?![\w/-])/g;
/** A capitalised document name such as HACKING, CONTRIBUTE, DEVELOPMENT (a name the resolver then looks for). */
const CAPS_NAME = /(?<![\w./-])([A-Z][A-Z_-]{3,40})(?![\w./-])/g;

export function* namedDocs(blocks: readonly Block[]): Iterable<NamedDoc> {
  let count = 0;
  for (const b of blocks) {
    if (b.kind === 'code') continue;
    for (const name of namesIn(b)) {
      if (count++ >= MAX_NAMES) return;
      yield { name, line: b.line };
    }
  }
}

function namesIn(b: Exclude<Block, { kind: 'code' }>): string[] {
  const names: string[] = [];
  if (b.kind !== 'heading') {
    for (const span of b.code) {
      const text = span.text.trim();
      if (text.includes('://') || !SPAN_PATH.test(text) || !(text.includes('/') || DOC_EXTENSION.test(text))) continue;
      if (pointsAt(b.text, span.offset)) names.push(text.replace(/^\//, '').replace(/\/$/, ''));
    }
  }
  const prose = plain(b);
  if (!prose.includes('.') && !/[A-Z]{4}/.test(prose)) return names;
  for (const pattern of [TEXT_PATH, CAPS_NAME]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(prose); m; m = pattern.exec(prose)) {
      if (pointsAt(prose, m.index)) names.push(m[1]);
    }
  }
  return names;
}

/** Whether the words before `index` (back to the start of their sentence) point the reader at what follows. */
function pointsAt(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - POINTING_WINDOW), index);
  const sentence = window.split(/[!?;]\s|\.\s/).pop() ?? window;
  return POINTING.test(sentence);
}
