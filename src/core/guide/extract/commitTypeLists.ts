/**
 * Allowed commit types written in shapes other than a list of items: a table whose first column names the types
 * ("| **feat** | A new feature |"), or one sentence that names them ("The types are: feat, fix, docs, ...").
 */
import { Located } from '../sources';
import { enclosingItems } from './commitStructure';
import { plain, sentenceAround } from './text';

/** A table's first cell that is one type name: `feat`, **feat**, `feat`. */
const TYPE_CELL = /^[*_`]*([a-z][a-z0-9-]{1,15})!?[*_`]*$/;
/** A sentence naming the types after "types ... are" or "types:": "The commit types are: feat, fix, docs" (or "Valid prefixes are ..."). */
// ("where type is one of feat, fix, build or ci": "one of" before the names, "or" before the last.)
const NAMED_TYPES = /\b(?:types?|prefix(?:es)?)\b[^.:]{0,60}?(?:\b(?:are|is|include|includes)\b(?:\s+(?:one|any)\s+of(?:\s+the\s+following)?)?\s*:?|:)\s*((?:`?[a-z]{2,12}`?\s*,\s*(?:(?:or|and)\s+)?){2,30}(?:(?:or|and)\s+)?`?[a-z]{2,12}`?(?:\s+(?:or|and)\s+`?[a-z]{2,12}`?)?)/i;
/** The types in parentheses after the word: "PR title must include the type (feat, fix, chore, docs) of the commit". */
const PAREN_TYPES = /\btypes?\s*\(\s*((?:`?[a-z]{2,12}`?\s*,\s*){2,30}`?[a-z]{2,12}`?)\s*\)/i;
/**
 * The types a title or message is prefixed or formatted with: "Prefix your PR title with one of feat, fix, docs, ...",
 * "PR titles should be formatted with 'fix', 'chore' or 'feat'", "Prefix each commit message with a type such as feat,
 * fix, docs or chore" (names bare or quoted). The title, message or commit is the verb's own object or subject ("start
 * with docs, tests or ci improvements" names kinds of help), and the list ends the phrase ("starts with build, test and
 * docs jobs" names CI jobs).
 */
const WITH_TYPES = /(?:\b(?:prefix\w*|start\w*|begin\w*|format\w*)\s+(?:(?:your|each|every|all|the|a)\s+)?(?:(?:PR|pull\s+request|merge\s+request|commit)s?\s+)?(?:titles?|messages?|subjects?|commits?|summar(?:y|ies))|\b(?:titles?|messages?|subjects?|commits?)\s+(?:should|must|need\s+to|have\s+to|are\s+to|is\s+to)?\s*(?:be\s+)?(?:prefix\w*|start\w*|begin\w*|format\w*|written))\s+with\s+(?:(?:one|any)\s+of\s+(?:the\s+following\s*:?\s*)?|either\s+|(?:a|one)\s+(?:\w+\s+)?(?:types?|prefix(?:es)?)\s+(?:such\s+as|like|e\.g\.,?)\s+)?((?:[`'"]?[a-z]{2,12}[`'"]?\s*,\s*(?:(?:or|and)\s+)?){1,30}[`'"]?[a-z]{2,12}[`'"]?(?:\s*,?\s+(?:or|and)\s+[`'"]?[a-z]{2,12}[`'"]?)?)(?=\s*(?:[.,;:!(]|$|etc\b|\((?:see|e\.g|for)))/i;
/** A line of a format block that lists the types: "Types: feat, fix, docs" under `type(scope): description`. */
// (Spaces and tabs only, never \s: a line's pattern must not run over the next lines, or a block of blank lines is slow.)
const TYPES_LINE = /^[ \t]*(?:#[ \t]*)?(?:allowed[ \t]+|valid[ \t]+)?types?[ \t]*:[ \t]*((?:[a-z]{2,12}[ \t]*[,|][ \t]*){2,30}[a-z]{2,12})[ \t]*\.?[ \t]*$/im;
/** A format block's template line: `type(scope): description`, `<type>(<scope>): <subject>`. */
// (`type(scope): ...`, `<type>(<scope>): ...`, `type(scope?): ...`, the spec's own `<type>[optional scope]: ...`.)
const FORMAT_LINE = /^[ \t]*(?:#[ \t]*)?<?type>?(?:\([^()\n]{1,30}\)|\[[^[\]\n]{1,30}\])?!?:[ \t]*\S/im;
/** Rows of one table are this close (lines); cells of one row share a line. */
const ROW_GAP = 2;

type InContext = (l: Located) => boolean;

/**
 * The types a table lists in its first column, when most rows name a known type and the table is about commits.
 * A table is read as its cells: paragraphs of one document that share a line.
 */
export function typeTable(flow: readonly Located[], inContext: InContext, known: ReadonlySet<string>): { types: string[]; at: Located } | null {
  let rows: Located[] = [];
  const judge = (): { types: string[]; at: Located } | null => {
    if (rows.length < 3) return null;
    const heads = rows.map((r) => TYPE_CELL.exec(plain(r.block).trim())?.[1]);
    const named = heads.filter((h): h is string => h !== undefined);
    const knownCount = named.filter((h) => known.has(h)).length;
    // The header row ("Type | Description") is one row that names no type.
    if (knownCount < 3 || knownCount < (rows.length - 1) * 0.6 || !inContext(rows[0])) return null;
    return { types: [...new Set(named)], at: rows[named.length === rows.length ? 0 : 1] };
  };
  for (let k = 0; k + 1 < flow.length; k++) {
    const l = flow[k];
    const next = flow[k + 1];
    const rowStart = l.block.kind === 'paragraph' && next.block.kind === 'paragraph' && next.doc === l.doc && next.block.line === l.block.line && (k === 0 || flow[k - 1].block.line !== l.block.line || flow[k - 1].doc !== l.doc);
    if (!rowStart) continue;
    const last = rows[rows.length - 1];
    if (last && (last.doc !== l.doc || l.block.line - last.block.line > ROW_GAP)) {
      const table = judge();
      if (table) return table;
      rows = [];
    }
    rows.push(l);
  }
  return judge();
}

/** The types one sentence names ("The conventional commit types are: feat, fix, docs, ..."), when most are known. */
export function proseTypeList(l: Located, known: ReadonlySet<string>): string[] | null {
  if (l.block.kind === 'code' || l.block.kind === 'heading') return null;
  const text = plain(l.block);
  // (Each pattern only on text that holds its words: NAMED_TYPES and PAREN_TYPES need "type" or "prefix", WITH_TYPES "with".)
  const typed = /type|prefix/i.test(text);
  const listedWith = /\bwith\b/i.test(text);
  if (!typed && !listedWith) return null;
  // (The parenthesised form only where the sentence is about commits or titles: "contributions of any type (docs,
  // tests, fix)" lists kinds of help.)
  const named = typed ? NAMED_TYPES.exec(text) : null;
  const paren = typed && !named ? PAREN_TYPES.exec(text) : null;
  const m = named ?? (paren && /\b(?:commits?|titles?|subjects?|messages?)\b/i.test(sentenceAround(text, paren.index)) ? paren : null) ?? (listedWith ? WITH_TYPES.exec(text) : null);
  if (!m) return null;
  const names = m[1].split(/\s*,\s*|\s+(?:or|and)\s+/).map((n) => n.replace(/^(?:(?:or|and)\s+)?[`'"]?|[`'"]$/g, '').trim()).filter((n) => n.length > 0);
  const knownCount = names.filter((n) => known.has(n)).length;
  return knownCount >= 3 && knownCount >= names.length * 0.6 ? [...new Set(names)] : null;
}

/** A code span that is one type name: `feat`, `vim-patch`. */
const TYPE_SPAN = /^[a-z][a-z0-9-]{1,15}$/;

/**
 * The types a block names as code spans only ("`build`, `ci`, `docs`, `feat`, `fix`"), when it, an item that
 * holds it or the paragraph before it speaks of types ("Prefix the commit subject with one of these types:").
 */
export function spanTypeList(l: Located, known: ReadonlySet<string>): string[] | null {
  const b = l.block;
  if (b.kind !== 'paragraph' && b.kind !== 'listItem') return null;
  if (b.code.length < 3) return null;
  const names = b.code.map((c) => c.text.trim());
  if (!names.every((n) => TYPE_SPAN.test(n))) return null;
  const knownCount = names.filter((n) => known.has(n)).length;
  if (knownCount < 3 || knownCount < names.length * 0.6) return null;
  const prev = l.index > 0 ? l.doc.blocks[l.index - 1] : undefined;
  const around = [plain(b), ...enclosingItems(l), prev && prev.kind !== 'code' ? plain(prev) : ''];
  // ("The title must start with one of: `feat`, `fix`, ...": the words that open the subject, named as a choice.)
  return around.some((t) => /\btypes?\b|\bprefix(?:es)?\b|\b(?:start|begin)(?:s|ning)?\s+with\s+(?:one\s+of|either)\b/i.test(t)) ? [...new Set(names)] : null;
}

/** The types a format block lists on a line of their own, below its `type(scope): description` line. */
export function codeTypeLine(code: string, known: ReadonlySet<string>): string[] | null {
  if (!FORMAT_LINE.test(code)) return null;
  const m = TYPES_LINE.exec(code);
  if (!m) return null;
  const names = m[1].split(/\s*[,|]\s*/).map((n) => n.trim()).filter((n) => n.length > 0);
  const knownCount = names.filter((n) => known.has(n)).length;
  return knownCount >= 3 && knownCount >= names.length * 0.6 ? [...new Set(names)] : null;
}
