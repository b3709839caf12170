/**
 * Parses a maintainer file's YAML with limits, keeping the document's nodes so any value can be found again at
 * its line and column. A repository is untrusted: deep nesting (which makes the YAML parser recurse until the
 * stack or memory runs out), huge documents and alias "bombs" (a few lines whose aliases expand to billions of
 * values) are refused quickly, before anything is built from them.
 */
import { Document, LineCounter, Pair, Scalar, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { MaintainerProblem } from './types';

/** More open brackets than this at once is refused before parsing (yaml recurses per level). */
export const MAX_BRACKET_DEPTH = 64;
/** Lines indented more than this are refused before parsing (each block level is at least one column). */
export const MAX_INDENT = 256;
/** The most YAML nodes a maintainer file may hold; a real one has a few thousand. */
export const MAX_NODES = 20_000;
/**
 * The most lines (plus commas inside brackets, which separate values too) a maintainer file may have. yaml parses
 * about ten thousand lines a second on a slow machine, so this bounds how long parsing can hold the extension
 * host, whatever the byte limit; a real maintainer file has a few hundred lines.
 */
export const MAX_LINES = 10_000;
/** How many values aliases may expand to, as counted by yaml's own guard. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The document as plain data (aliases expanded). */
  readonly value: unknown;
}

/** A place in the file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type YamlResult = { readonly ok: true; readonly parsed: ParsedYaml } | { readonly ok: false; readonly problems: MaintainerProblem[] };

export function parseYamlSafely(file: string, text: string): YamlResult {
  const refused = nestingRefusal(file, text);
  if (refused) return { ok: false, problems: [refused] };
  const lines = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other (slow on big mappings); it is done below with a set.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.slice(0, 10).map((error): MaintainerProblem => {
      const at = error.linePos?.[0];
      const what = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { file, line: at?.line, column: at?.col, severity: 'error', message: `This is not valid YAML: ${what}. Nothing in the file was used.` };
    });
    return { ok: false, problems };
  }
  let nodes = 0;
  let firstAlias: number | undefined;
  let duplicate: MaintainerProblem | undefined;
  visit(doc, {
    Node(_key, node) {
      nodes++;
      if (firstAlias === undefined && isAlias(node)) firstAlias = node.range?.[0];
      if (!duplicate && isMap(node)) duplicate = duplicateKey(file, node.items, lines);
      return nodes > MAX_NODES || duplicate ? visit.BREAK : undefined;
    },
  });
  if (duplicate) return { ok: false, problems: [duplicate] };
  if (nodes > MAX_NODES) {
    return { ok: false, problems: [{ file, line: 1, severity: 'error', message: `The file holds more than ${MAX_NODES.toLocaleString('en')} values; Onramp does not read maintainer files that large.` }] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount: the classic "billion laughs".
    const at = firstAlias === undefined ? undefined : lines.linePos(firstAlias);
    return {
      ok: false,
      problems: [
        {
          file,
          line: at?.line ?? 1,
          column: at?.col,
          severity: 'error',
          message: 'The file uses YAML aliases (*name) that would expand to an enormous amount of data; it was not read. Write the values out, or use fewer aliases.',
        },
      ],
    };
  }
  return { ok: true, parsed: { doc, lines, value } };
}

/** One pass over the text: the first line nested deeper than the limits, as a problem. */
function nestingRefusal(file: string, text: string): MaintainerProblem | undefined {
  let depth = 0;
  let line = 1;
  let values = 1;
  const tooMany = (): MaintainerProblem => ({ file, line, severity: 'error', message: `The file has more than ${MAX_LINES.toLocaleString('en')} lines and values; Onramp does not read maintainer files that large.` });
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      if (++values > MAX_LINES) return tooMany();
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (atLineStart) {
      if (c === 32) {
        if (++indent > MAX_INDENT) return { file, line, severity: 'error', message: `Line ${line} is indented more than ${MAX_INDENT} columns; Onramp does not read maintainer files nested this deep.` };
        continue;
      }
      atLineStart = false;
    }
    // Brackets are counted everywhere, even in text: a real file never has dozens open at once.
    if (c === 91 || c === 123) {
      if (++depth > MAX_BRACKET_DEPTH) return { file, line, severity: 'error', message: `Brackets are nested more than ${MAX_BRACKET_DEPTH} deep at line ${line}; Onramp does not read maintainer files nested this deep.` };
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    } else if (c === 44 && depth > 0 && ++values > MAX_LINES) {
      return tooMany();
    }
  }
  return undefined;
}

/** The first key written twice in one mapping (YAML forbids it), as a problem at the second. */
function duplicateKey(file: string, pairs: readonly Pair[], lines: LineCounter): MaintainerProblem | undefined {
  const seen = new Map<string, number | undefined>();
  for (const pair of pairs) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const start = pair.key.range?.[0];
    if (seen.has(name)) {
      const first = seen.get(name);
      const at = start === undefined ? undefined : lines.linePos(start);
      const firstLine = first === undefined ? '' : ` (first at line ${lines.linePos(first).line})`;
      return { file, line: at?.line, column: at?.col, severity: 'error', message: `This is not valid YAML: the key "${name}" appears twice in the same mapping${firstLine}. Nothing in the file was used.` };
    }
    seen.set(name, start);
  }
  return undefined;
}

/**
 * The node at a path of keys and indexes, and the key it was written under. The walk stops at an alias (its
 * values were written at the anchor, but the alias is where this path uses them) or where the path leaves the
 * document; `found` says whether the whole path was walked.
 */
export function locate(parsed: ParsedYaml, path: readonly string[]): { node: unknown; key: Scalar | undefined; found: boolean } {
  let node: unknown = parsed.doc.contents;
  let key: Scalar | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return { node, key, found: false };
      key = pair.key as Scalar;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return { node, key, found: false };
      key = undefined;
      node = item;
    } else {
      return { node, key, found: false };
    }
  }
  return { node, key, found: true };
}

/** Where the value at `path` is written (its key when the value is empty), or its nearest written parent. */
export function valuePosition(parsed: ParsedYaml, path: readonly string[]): Position {
  const { node, key } = locate(parsed, path);
  return positionOf(parsed, rangeStart(node) ?? rangeStart(key));
}

/** Where the key of `path` is written (an item's own position for list items). */
export function keyPosition(parsed: ParsedYaml, path: readonly string[]): Position {
  const { node, key } = locate(parsed, path);
  return positionOf(parsed, rangeStart(key) ?? rangeStart(node));
}

/** The line where a scalar's text starts: block scalars (`|`, `>`) start on the line after their indicator. */
export function textStartLine(parsed: ParsedYaml, path: readonly string[]): number {
  const { node } = locate(parsed, path);
  const start = positionOf(parsed, rangeStart(node)).line;
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? start + 1 : start;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    return range ? range[0] : undefined;
  }
  return undefined;
}

function positionOf(parsed: ParsedYaml, offset: number | undefined): Position {
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}
