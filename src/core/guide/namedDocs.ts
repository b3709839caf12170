/**
 * Documents a guide names without linking them: "Suggested ways to work are described in `doc/dev/setup.rst`",
 * "Check README.md to find out how to run the tests", "Read CONTRIBUTE". A name counts only when the words just
 * before it point the reader there (see, read, described in, instructions in …): a guide also names files it
 * talks about ("if you change `README.md`"), and those are not where its instructions continue.
 */
import { Block } from './documentModel';
import { plain } from './extract/text';
import { DOC_EXT, DOC_FILE } from './guidePlaces';

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
/**
 * The end of a path in running text: a document extension. The path is then read backwards from it, which keeps
 * the search linear (a pattern for whole paths retries its folder part at every letter of a long guide).
 */
const EXTENSION_END = new RegExp(`\\.${DOC_EXT}(?![\\w/-])`, 'gi');
const PATH_CHAR = /[\w./-]/;
const MAX_PATH = 300;
/** A path as found: folders optional, a name before the extension; a lone `.txt` file is too often not a doc. */
const TEXT_PATH = /^(?:[\w.-]+\/)*[\w-][\w.-]*\.\w+$/;
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]{1,500}/g;
/** A paragraph that is one URL and nothing else. */
const LONE_URL = /^https?:\/\/[^\s<>"'`]{1,500}$/;
/** A capitalised document name such as HACKING, CONTRIBUTE, DEVELOPMENT (a name the resolver then looks for). */
const CAPS_NAME = /(?<![\w./-])([A-Z][A-Z_-]{3,40})(?![\w./-])/g;

/**
 * A folder's document named in words, not as a path: "the README file of reg-tests directory", "the README in the
 * `docs` folder", "the docs folder's README". Read as `<folder>/<NAME>`.
 */
const NAME_IN_FOLDER = /\b(README|HACKING|CONTRIBUTING|INSTALL|BUILDING)((?:\.(?:md|rst|txt|adoc))?)\s+(?:file\s+)?(?:of|in|from|under|inside)\s+(?:the\s+)?["'`]?([\w.-]+(?:\/[\w.-]+)*)\/?["'`]?\s+(?:sub)?(?:directory|folder|dir)\b/g;
/** The cheap test before the two patterns above: a block that never says "directory" or "folder" names no folder's document. */
const FOLDER_WORD = /(?:directory|folder|\bdir)\b/i;
const FOLDER_NAME = /(?:^|\s)["'`]?([\w.-]+(?:\/[\w.-]+)*)\/?["'`]?\s+(?:sub)?(?:directory|folder)(?:'s|\u2019s)\s+(README|HACKING|CONTRIBUTING|INSTALL|BUILDING)((?:\.(?:md|rst|txt|adoc))?)\b/g;

/** Files every project has that hold no contribution steps: a licence, the changelog, the code of conduct. */
const NOT_A_GUIDE = /^(?:licen[cs]e|copying|notice|code[-_]of[-_]conduct|security|authors|contributors|maintainers|changelog|changes|history|news|funding|support)$/i;

export function* namedDocs(blocks: readonly Block[]): Iterable<NamedDoc> {
  let count = 0;
  // The paragraph before, for a URL given on its own after "see the contributor guide:".
  let lead: Block | undefined;
  for (const b of blocks) {
    if (b.kind === 'code') {
      lead = undefined;
      continue;
    }
    const before = lead;
    lead = b.kind === 'paragraph' ? b : undefined;
    for (const name of namesIn(b, before)) {
      const stem = name.slice(name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
      if (NOT_A_GUIDE.test(stem)) continue;
      if (count++ >= MAX_NAMES) return;
      yield { name, line: b.line };
    }
  }
}

function namesIn(b: Exclude<Block, { kind: 'code' }>, leadBlock?: Block): string[] {
  const names: string[] = [];
  // "For more, see the Widget contributor guide:" then the URL alone in a paragraph (an RST block quote): the lead-in
  // points at it as a sentence that ends with the URL does. (The lead-in's plain text only when such a URL follows.)
  if (b.kind === 'paragraph' && leadBlock !== undefined && LONE_URL.test(b.text.trim())) {
    const lead = plain(leadBlock);
    if (/(?::|\bat)\s*$/.test(lead) && pointsAt(lead, lead.length)) return [b.text.trim().replace(/[.,;:)]+$/, '')];
  }
  if (b.kind !== 'heading') {
    for (const span of b.code) {
      const text = span.text.trim();
      if (text.includes('://') || !SPAN_PATH.test(text) || !(text.includes('/') || DOC_FILE.test(text))) continue;
      if (pointsAt(b.text, span.offset)) names.push(text.replace(/^\//, '').replace(/\/$/, ''));
    }
  }
  const prose = plain(b);
  // No pointing words anywhere in the block: no name in it can be pointed at.
  if (!POINTING.test(prose)) return names;
  EXTENSION_END.lastIndex = 0;
  for (let m = EXTENSION_END.exec(prose); m; m = EXTENSION_END.exec(prose)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_PATH && PATH_CHAR.test(prose[start - 1])) start--;
    // Part of a URL or a longer token ("https://…/x.md", "a:b.md"): links are the link rules' business.
    if (start > 0 && /[:@]/.test(prose[start - 1])) continue;
    const path = prose.slice(start, m.index + m[0].length).replace(/^\.?\//, '');
    if (!TEXT_PATH.test(path) || (!path.includes('/') && /\.txt$/i.test(path))) continue;
    if (pointsAt(prose, start)) names.push(path);
  }
  // A bare URL the parser did not make a link ("For more, please read https://example.org/dev/"): the link rules judge it.
  if (prose.includes('://')) {
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(prose); m; m = BARE_URL.exec(prose)) if (pointsAt(prose, m.index)) names.push(m[0].replace(/[.,;:)]+$/, ''));
  }
  if (/[A-Z]{4}/.test(prose)) {
    if (FOLDER_WORD.test(prose)) {
      NAME_IN_FOLDER.lastIndex = 0;
      for (let m = NAME_IN_FOLDER.exec(prose); m; m = NAME_IN_FOLDER.exec(prose)) if (pointsAt(prose, m.index)) names.push(`${m[3]}/${m[1]}${m[2]}`);
      FOLDER_NAME.lastIndex = 0;
      for (let m = FOLDER_NAME.exec(prose); m; m = FOLDER_NAME.exec(prose)) if (pointsAt(prose, m.index)) names.push(`${m[1]}/${m[2]}${m[3]}`);
    }
    CAPS_NAME.lastIndex = 0;
    for (let m = CAPS_NAME.exec(prose); m; m = CAPS_NAME.exec(prose)) if (pointsAt(prose, m.index)) names.push(m[1]);
  }
  return names;
}

/** Whether the words before `index` (back to the start of their sentence) point the reader at what follows. */
function pointsAt(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - POINTING_WINDOW), index);
  const sentence = window.split(/[!?;]\s|\.\s/).pop() ?? window;
  return POINTING.test(sentence);
}
