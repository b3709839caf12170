import { Block, InlineCode, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { rstInline, rstPlain } from './rstInline';
import { ParsedTable, rstGridTable, rstListTable, rstSimpleTable } from './plainTables';

/**
 * reStructuredText, as far as a contribution guide needs it: section titles, literal and code blocks,
 * bullet and enumerated lists, paragraphs, hyperlinks, inline literals, and the content of admonitions
 * (`.. note::`, `.. important::`), where projects put rules like "sign the CLA". Line-based and linear.
 */
export function parseRst(path: string, text: string): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const state: RstState = { blocks: [], headingStyles: [], listId: 0 };
  rstBlocks(lines, 0, 0, state);
  return { path, format: 'rst', blocks: annotateSections(resolveReferences(state.blocks, namedTargets(lines))) };
}

/** `.. _name: target` (and `.. _`a name`: target`): the targets a document's named references point to. */
function namedTargets(lines: readonly string[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const line of lines) {
    if (!line.includes('.. _')) continue;
    const m = /^\s*\.\.\s+_(`[^`]{1,200}`|[^:`]{1,200}):\s+(\S{1,2000})\s*$/.exec(line);
    if (m) targets.set(referenceName(m[1].replace(/^`|`$/g, '')), m[2]);
  }
  return targets;
}

const referenceName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Links written as named references (`text`_, `text <name_>`_) with the target their name is defined with; a
 * reference whose name the document does not define (a target in another file of the docs) names no file and is
 * dropped, so it is not reported as a broken link.
 */
function resolveReferences(blocks: Block[], targets: Map<string, string>): Block[] {
  return blocks.map((b) => {
    if (b.kind === 'code' || b.kind === 'heading' || !b.links.some((l) => isReference(l.target))) return b;
    const links = b.links.flatMap((l) => {
      if (!isReference(l.target)) return [l];
      const target = targets.get(referenceName(l.target.slice(0, -1)));
      return target === undefined || isReference(target) ? [] : [{ ...l, target }];
    });
    return { ...b, links };
  });
}

/** A named reference (`name_`), not an anonymous one (`__`) or a path that happens to end in "_". */
const isReference = (target: string): boolean => target.endsWith('_') && !target.endsWith('__') && !target.includes('/');

interface RstState {
  readonly blocks: Block[];
  readonly headingStyles: string[];
  listId: number;
}

/** Directives whose body is ordinary document content, read like the text around them. */
const CONTENT_DIRECTIVE = /^(note|important|warning|tip|hint|attention|caution|danger|error|admonition|seealso|todo|topic|sidebar|container|only|tab|tabs|group-tab|dropdown|versionadded|versionchanged|deprecated)$/i;
/** Admonitions inside admonitions are read this deep; deeper bodies are skipped, which keeps the cost linear. */
const MAX_NESTING = 4;

/**
 * Blocks of `lines`, whose first line is line `lineOffset + 1` of the file. Admonition bodies are parsed by a
 * nested call on their dedented lines.
 */
function rstBlocks(lines: string[], lineOffset: number, depth: number, state: RstState): void {
  const blocks = state.blocks;
  const headingStyles = state.headingStyles;
  let lastListIndent = -1;
  let i = 0;

  const pushParagraph = (start: number, end: number, inList: boolean): void => {
    const raw = lines.slice(start, end).map((l) => l.trim());
    const { text, links, code } = rstInline(raw, lineOffset + start + 1);
    blocks.push({ kind: 'paragraph', text, line: lineOffset + start + 1, links, code, inList, sections: [] });
  };
  // Each cell a paragraph with its column, as the Markdown parser reads a table.
  const pushTable = (table: ParsedTable): void => {
    for (const row of table.rows) {
      row.cells.forEach((cell, column) => {
        const { text, links, code } = rstInline([cell], lineOffset + row.line + 1);
        blocks.push({ kind: 'paragraph', text, line: lineOffset + row.line + 1, links, code, inList: false, column, sections: [] });
      });
    }
  };

  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    // Section title, optionally with an overline.
    const over = isAdornment(line) && i + 2 < lines.length && lines[i + 1].trim() !== '' && isAdornment(lines[i + 2]) ? line.trim()[0] : null;
    if (over) {
      blocks.push(headingBlock(lines[i + 1].trim(), lineOffset + i + 2, headingLevel(headingStyles, `${over}${over}`)));
      i += 3;
      lastListIndent = -1;
      continue;
    }
    if (!/^\s/.test(line) && i + 1 < lines.length && isAdornment(lines[i + 1]) && lines[i + 1].trim().length >= Math.min(3, line.trim().length)) {
      blocks.push(headingBlock(line.trim(), lineOffset + i + 1, headingLevel(headingStyles, lines[i + 1].trim()[0])));
      i += 2;
      lastListIndent = -1;
      continue;
    }
    const table = rstSimpleTable(lines, i) ?? rstGridTable(lines, i);
    if (table) {
      pushTable(table);
      i = table.end;
      lastListIndent = -1;
      continue;
    }
    const directive = /^\s*\.\.\s+(code-block|code|sourcecode|prompt)::\s*(\S*)/i.exec(line);
    if (directive) {
      const body = indentedBlock(lines, i + 1, indentOf(line));
      if (body.start < body.end) {
        const content = lines.slice(body.start, body.end).filter((l, k) => !(k === 0 && /^\s*:\w[\w-]*:/.test(l)));
        blocks.push(codeBlock(directive[2].toLowerCase(), dedent(content), lineOffset + body.start + 1));
      }
      i = Math.max(body.end, i + 1);
      continue;
    }
    if (/^\s*\.\.(\s|$)/.test(line)) {
      const end = Math.max(indentedBlock(lines, i + 1, indentOf(line)).end, i + 1);
      const listTable = rstListTable(lines, i, end);
      if (listTable) {
        pushTable(listTable);
        i = end;
        continue;
      }
      // Admonitions hold content; comments, targets and other directives (toctree, image) do not.
      if (depth < MAX_NESTING && CONTENT_DIRECTIVE.test(directiveName(line))) rstBlocks(directiveBody(lines, i, end), lineOffset + i, depth + 1, state);
      i = end;
      continue;
    }
    const item = /^(\s*)([-*+•]|\d{1,3}[.)]|#\.|\(\d{1,3}\)|[a-z][.)])\s+(.*)$/.exec(line);
    if (item) {
      const indent = item[1].length;
      if (lastListIndent < 0) state.listId++;
      lastListIndent = indent;
      const contentIndent = indent + item[2].length + 1;
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== '' && indentOf(lines[end]) >= contentIndent) end++;
      const raw = [item[3], ...lines.slice(i + 1, end).map((l) => l.trim())];
      const { text: itemText, links, code } = rstInline(raw, lineOffset + i + 1);
      const box = splitTaskBox(itemText);
      const literal = raw[raw.length - 1].endsWith('::');
      blocks.push({
        kind: 'listItem',
        text: literal ? box.text.replace(/::$/, ':') : box.text,
        checked: box.checked,
        line: lineOffset + i + 1,
        depth: Math.floor(indent / 2) > 0 ? 1 : 0,
        ordered: !/[-*+•]/.test(item[2]),
        listId: state.listId,
        links,
        code: shiftOffsets(code, itemText.length - box.text.length),
        sections: [],
      });
      i = literal ? literalAfter(lines, end, indent, blocks, lineOffset) : end;
      continue;
    }
    // A definition list: a term line with its definition indented right under it, no blank line between
    // (``make test`` over "    Run the test suite."). Each entry is an item of one list, the term leading its text.
    if (isDefinitionTerm(lines, i) && (LITERAL_TERM.test(line.trim()) || (SHORT_TERM.test(line.trim()) && secondTermAfter(lines, i)))) {
      state.listId++;
      const termIndent = indentOf(line);
      while (i < lines.length && isDefinitionTerm(lines, i) && indentOf(lines[i]) === termIndent) {
        let end = i + 1;
        while (end < lines.length && lines[end].trim() !== '' && indentOf(lines[end]) > termIndent) end++;
        const raw = lines.slice(i, end).map((l) => l.trim());
        const literal = raw[raw.length - 1].endsWith('::');
        const { text, links, code } = rstInline(raw, lineOffset + i + 1);
        blocks.push({ kind: 'listItem', text: literal ? text.replace(/::$/, ':') : text, checked: null, line: lineOffset + i + 1, depth: 0, ordered: false, listId: state.listId, links, code, sections: [] });
        // A definition ending in "::" introduces a literal block, indented under the definition.
        i = literal ? literalAfter(lines, end, indentOf(lines[i + 1]), blocks, lineOffset) : end;
        // Entries may stand apart, a blank line between them.
        let next = i;
        while (next < lines.length && lines[next].trim() === '') next++;
        if (next < lines.length && isDefinitionTerm(lines, next) && indentOf(lines[next]) === termIndent) i = next;
      }
      lastListIndent = -1;
      continue;
    }
    lastListIndent = /^\s/.test(line) ? lastListIndent : -1;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '' && !isAdornment(lines[end])) end++;
    if (end < lines.length && isAdornment(lines[end]) && end - 1 > i) end--; // the last line is a title
    pushParagraph(i, end, /^\s/.test(line));
    const last = lines[end - 1].trimEnd();
    i = last.endsWith('::') ? literalAfter(lines, end, indentOf(lines[i]), blocks, lineOffset) : end;
  }
}

/**
 * Whether line `i` is a definition list's term: a short line, not a title or a literal block's lead-in, with the next
 * line indented deeper and not blank.
 */
function isDefinitionTerm(lines: readonly string[], i: number): boolean {
  const term = lines[i];
  const next = lines[i + 1];
  if (next === undefined || next.trim() === '' || term.trim() === '' || term.trim().length > 120) return false;
  return indentOf(next) > indentOf(term) && !term.trimEnd().endsWith('::') && !isAdornment(next) && !isAdornment(term) && !/^\s*\.\.(\s|$)/.test(term);
}

/**
 * A term that is one literal or strong phrase (``make test``, **tox**): a definition list's entry even alone. Other
 * terms need a second entry to tell a definition list from a sentence continued on an indented line ("Then run" /
 * "   ``make`` and ``tox``.").
 */
const LITERAL_TERM = /^(?:``[^`]{1,100}``|\*\*[^*]{1,100}\*\*|`[^`]{1,100}`)\s*(?::\s*\S.*)?$/;
/** A term in words: a few words, no sentence punctuation ("Linting", "Option name"), not a clause continued below. */
const SHORT_TERM = /^[\w*`"'()[\]/.:+-]+(?:\s+[\w*`"'()[\]/.:+-]+){0,4}$/;
function secondTermAfter(lines: readonly string[], i: number): boolean {
  const indent = indentOf(lines[i]);
  let k = i + 1;
  while (k < lines.length && lines[k].trim() !== '' && indentOf(lines[k]) > indent) k++;
  while (k < lines.length && lines[k].trim() === '') k++;
  return k < lines.length && indentOf(lines[k]) === indent && isDefinitionTerm(lines, k);
}

/** `.. note::` → "note"; "" for a comment or target. */
function directiveName(line: string): string {
  const rest = line.trimStart().slice(2).trimStart();
  const colons = rest.indexOf('::');
  return colons > 0 ? rest.slice(0, colons).trim() : '';
}

/**
 * The lines of a directive (`from` to `end`) as a document of their own: the text after `::` on the first line
 * (an admonition may start there) and the body dedented, options (`:class: x`) blanked. Same line count.
 */
function directiveBody(lines: string[], from: number, end: number): string[] {
  const first = lines[from];
  const argument = first.slice(first.indexOf('::') + 2).trim();
  const body = lines.slice(from + 1, end);
  const cut = minIndent(body);
  let options = true;
  const dedented = body.map((l) => {
    if (options && /^\s*:[\w-]+:/.test(l)) return '';
    if (l.trim() !== '') options = false;
    return l.slice(cut);
  });
  return [argument, ...dedented];
}

function shiftOffsets(code: InlineCode[], cut: number): InlineCode[] {
  return cut === 0 ? code : code.map((c) => ({ ...c, offset: Math.max(0, c.offset - cut) }));
}

/** A `::` literal block: the indented lines after the paragraph that introduced it. */
function literalAfter(lines: string[], from: number, parentIndent: number, blocks: Block[], lineOffset: number): number {
  const body = indentedBlock(lines, from, parentIndent);
  if (body.start < body.end) blocks.push(codeBlock('', dedent(lines.slice(body.start, body.end)), lineOffset + body.start + 1));
  return Math.max(body.end, from);
}

/** Lines indented deeper than `parentIndent`, skipping blank lines before and inside. */
function indentedBlock(lines: string[], from: number, parentIndent: number): { start: number; end: number } {
  let start = from;
  while (start < lines.length && lines[start].trim() === '') start++;
  let end = start;
  let lastContent = start;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > parentIndent)) {
    if (lines[end].trim() !== '') lastContent = end + 1;
    end++;
  }
  return { start, end: Math.max(start, lastContent) };
}

const ADORNMENT = /^([=\-~^"'`#*+:._])\1{2,}\s*$/;
const isAdornment = (line: string): boolean => ADORNMENT.test(line);
const indentOf = (line: string): number => line.length - line.trimStart().length;

function headingLevel(styles: string[], style: string): number {
  let index = styles.indexOf(style);
  if (index < 0) index = styles.push(style) - 1;
  return index + 1;
}

const headingBlock = (text: string, line: number, level: number): Block => ({ kind: 'heading', level, text: rstPlain(text), line, sections: [] });
const codeBlock = (lang: string, text: string, line: number): Block => ({ kind: 'code', lang, text, line, sections: [] });

function dedent(lines: string[]): string {
  const cut = minIndent(lines);
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

/** The smallest indent of the non-blank lines (a loop: spreading 100k lines into Math.min overflows the stack). */
function minIndent(lines: readonly string[]): number {
  let cut = Number.POSITIVE_INFINITY;
  for (const l of lines) if (l.trim() !== '') cut = Math.min(cut, indentOf(l));
  return Number.isFinite(cut) ? cut : 0;
}
