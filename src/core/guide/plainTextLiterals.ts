/**
 * Literal blocks of a plain-text document (HACKING, CONTRIBUTING.txt) that Markdown would not see as code: commands
 * indented under the sentence that introduces them with no blank line between ("To build:" then "    make"), which
 * Markdown reads as more of the sentence, and commands indented by two or three spaces, which Markdown reads as
 * prose. Plain-text authors write code this way; a Markdown file is left alone.
 *
 * Such a run is fenced, so the parser reads it as code, and every line number the parser gives is mapped back to
 * the document's own line.
 */
import { Block, ParsedDocument } from './documentModel';
import { isCommand, isProjectProgram } from './extract/commandLine';

/** A line of a list (`- item`, `* item`, `1. step`, `a) step`): indented lists are prose, never a literal block. */
const LIST_ITEM = /^\s*(?:[-*+\u2022]|\d{1,3}[.)]|[a-z][.)])\s/;
/** A shell prompt at the start of a line: what a reader types follows it. */
const PROMPT = /^(?:\$|%|PS>|[A-Z]:\\[^>]{0,60}>)\s/;
const FENCE = /^\s*(?:```|~~~)/;
/**
 * A root shell's prompt (`# make check`), as plain-text guides to system software write it. `#` also opens a comment,
 * so it is a prompt only before a command line.
 */
const ROOT_PROMPT = /^#\s+(\S.*)$/;
const rootPrompt = (trimmed: string): boolean => {
  const m = ROOT_PROMPT.exec(trimmed);
  return m !== null && !readsAsProse(m[1]) && (isCommand(m[1]) || isProjectProgram(m[1]));
};
/**
 * A remark that opens with a tool's name ("make sure autoconf, automake and libtool are installed", "cargo and rustc
 * 1.75 or newer are needed"): a list in words, or a verb of being, which a command line has none of.
 */
export const readsAsProse = (line: string): boolean => /,\s|\b(?:are|is|was|were|be|been|sure|needed|required|newer|older|later)\b/i.test(line);

/**
 * A line that reads as one command line: a known tool or the project's program, no sentence's full stop at its end
 * (`go test ./...` and `pip install -e .` end in a path) and no prose around the tool's name.
 */
export const readsAsCommandLine = (line: string): boolean => !/[A-Za-z)"'][.!?]$/.test(line) && !readsAsProse(line) && (isCommand(line) || isProjectProgram(line));
const promptLine = (trimmed: string): boolean => PROMPT.test(trimmed) || rootPrompt(trimmed);
/** A lead-in that lists what to have installed rather than what to run. */
const NEEDS_LEAD = /^\s*(?:[\w-]+\s+){0,2}(?:requirements?|prerequisites?|dependencies)\s*:\s*$/i;
/**
 * Lines that are not commands: a sentence (a capitalised word and two more words, or two words or more ending in a
 * word's full stop; `ruff check .` ends in a path), a document's path or a URL alone, a "Label: value" line.
 */
const NOT_CODE = [
  /^[A-Z][a-z]+,?\s+(?!-)\S+\s+\S+/,
  /^\S+\s+\S.*[A-Za-z)"'`][.!?]$/,
  /^[\w./-]+\.(?:md|rst|txt|adoc|org|html?)$/i,
  /^(?:https?|git|ssh):\/\/\S+$/,
  /^[A-Z][\w -]{0,30}:\s/,
];

const indentOf = (line: string): number => {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
};

/**
 * The document with each such run fenced, and the original line of each of its lines; undefined when there is
 * none (the usual case, at the cost of one pass over the lines).
 */
export function fenceLiteralRuns(text: string): { text: string; original: number[] } | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const original: number[] = [];
  let changed = false;
  let inFence = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (FENCE.test(line)) inFence = !inFence;
    const column = inFence ? undefined : literalStart(lines, i);
    if (column === undefined) {
      out.push(line);
      original.push(i + 1);
      i++;
      continue;
    }
    let end = i;
    const indent = indentOf(line);
    while (end < lines.length && lines[end].trim() !== '' && indentOf(lines[end]) >= Math.min(indent, column + 2) && !LIST_ITEM.test(lines[end])) end++;
    // A run that reads as prose, names documents or lists "Label: value" lines is an indented paragraph, not code,
    // unless its lines are behind a prompt.
    if (!lines.slice(i, end).every((l) => promptLine(l.trim()) || !NOT_CODE.some((p) => p.test(l.trim())))) {
      for (let k = i; k < end; k++) {
        out.push(lines[k]);
        original.push(k + 1);
      }
      i = end;
      continue;
    }
    changed = true;
    const pad = ' '.repeat(column);
    out.push(`${pad}\`\`\``);
    original.push(i + 1);
    // A run of root-prompt lines only (`# ./configure`, `# make`) is typed behind that prompt: it is given the usual
    // one, so the code reader strips it rather than reading a comment. A `#` line among others stays a comment.
    const rootRun = lines.slice(i, end).every((l) => rootPrompt(l.trim()));
    for (let k = i; k < end; k++) {
      out.push(pad + (rootRun ? lines[k].trim().replace(/^#/, '$') : lines[k].trim()));
      original.push(k + 1);
    }
    out.push(`${pad}\`\`\``);
    original.push(end);
    i = end;
  }
  return changed ? { text: out.join('\n'), original } : undefined;
}

/**
 * Where a literal run Markdown would miss starts at line `i`: the column its fence goes at (a list item's content
 * column, so the code stays in the item), or undefined. The line is indented two spaces or more past that column,
 * is not a list line, and is either
 * - right under a shallower lead-in that ends in ":" (no blank line between), or
 * - after a blank line, under a list item whose text ends in ":", indented past the item's text (Markdown reads
 *   such a line as more of the item unless it is four columns in), or
 * - a prompt line after a blank line, indented less than Markdown's four spaces.
 */
function literalStart(lines: readonly string[], i: number): number | undefined {
  const line = lines[i];
  const indent = indentOf(line);
  if (indent < 2 || line.trim() === '' || LIST_ITEM.test(line)) return undefined;
  const before = i > 0 ? lines[i - 1] : '';
  if (before.trim() !== '') {
    if (!/:\s*$/.test(before)) {
      if (PROMPT.test(line.trim()) && indentOf(before) < 2) return 0;
      // "  Run unit tests" over "    # make check": a label line with its commands indented under it, behind a prompt.
      const column = contentColumn(before);
      // So is a bare command line there ("  Run the unit tests" over "    make check"), when every line of the run is one.
      return (promptLine(line.trim()) || commandRun(lines, i, indent)) && !LIST_ITEM.test(before) && indent >= column + 2 ? column : undefined;
    }
    // "Requirements:", "You need:": what follows lists tools and versions to have, not commands to type.
    if (NEEDS_LEAD.test(before) && !PROMPT.test(line.trim())) return undefined;
    const column = contentColumn(before);
    return indent >= column + 2 ? column : undefined;
  }
  let lead = i - 1;
  while (lead >= 0 && lines[lead].trim() === '') lead--;
  const leadLine = lead >= 0 ? lines[lead] : '';
  if (LIST_ITEM.test(leadLine) && /:\s*$/.test(leadLine)) {
    const column = contentColumn(leadLine);
    if (indent >= column + 2 && indent < column + 4) return column;
    if (indent >= column + 4) return undefined; // Markdown's own code in the item
  }
  if (indent < 4 && PROMPT.test(line.trim())) return 0;
  // "Then:" or "Run the test suite with", a blank line, and command lines indented two or three spaces under it:
  // Markdown would join them into one line of prose.
  if (indent < 4 && leadLine.trim() !== '' && !LIST_ITEM.test(leadLine) && indentOf(leadLine) + 2 <= indent && commandRun(lines, i, indent)) return indentOf(leadLine);
  return undefined;
}

/** Whether the lines from `i` at `indent` or deeper, up to a blank line, are all command lines (at most 20). */
function commandRun(lines: readonly string[], i: number, indent: number): boolean {
  let k = i;
  while (k < lines.length && lines[k].trim() !== '' && indentOf(lines[k]) >= indent) {
    const t = lines[k].trim();
    // A column gap ("make check    run the test suite") is a table of targets and what they do; a clause after a
    // semicolon or a run of plain words ("make check runs the whole test suite") is prose.
    const prose = /\S\s{2,}\S/.test(t) || /;\s/.test(t) || /^\S+(?:\s+[a-z]{2,}){4,}$/.test(t);
    if (k - i >= 20 || !(promptLine(t) || (!prose && readsAsCommandLine(t)))) return false;
    k++;
  }
  return k > i;
}

/** The column a line's text starts at: after a list marker and its spaces, else its indentation. */
function contentColumn(line: string): number {
  const item = /^(\s*(?:[-*+\u2022]|\d{1,3}[.)]|[a-z][.)])\s+)/.exec(line);
  return item ? indentOf(item[1].replace(/\S/g, ' ')) : indentOf(line);
}

/** The document with every line number (blocks, links, code spans) mapped back through `original`. */
export function remapLines(doc: ParsedDocument, original: readonly number[]): ParsedDocument {
  const at = (line: number): number => original[line - 1] ?? line;
  const blocks = doc.blocks.map((b): Block => {
    if (b.kind === 'code' || b.kind === 'heading') return { ...b, line: at(b.line) };
    return { ...b, line: at(b.line), links: b.links.map((l) => ({ ...l, line: at(l.line) })), code: b.code.map((c) => ({ ...c, line: at(c.line) })) };
  });
  return { ...doc, blocks };
}

/**
 * A plain-text document's GNU-style quotes (`` `make check' ``), the way older manuals mark what to type, given
 * Markdown's closing backtick so they read as code spans. The text keeps its length and lines. A backtick closed by
 * a backtick is Markdown's own span and is skipped whole, so an apostrophe after it stays one.
 */
export function gnuQuotesAsCode(source: string): string {
  if (!source.includes('`')) return source;
  // TeX's double quotes (``make check'') likewise, their outer marks blanked so the line keeps its length.
  const text = source.includes("''") ? source.replace(/``([^`'\s][^`'\n]{0,117})''/g, ' `$1` ') : source;
  const chars = text.split('');
  let i = text.indexOf('`');
  while (i >= 0) {
    const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    const tick = text.indexOf('`', i + 1);
    const quote = text.indexOf("'", i + 1);
    const closes = tick > 0 && tick < lineEnd;
    // Up to the next backtick on the line, an odd number of apostrophes means the first one closes a GNU quote
    // (`make check'. Also `make install'.); an even number sits inside a Markdown span (`pip install -e '.[dev]'`).
    const between = closes ? text.slice(i + 1, tick) : text.slice(i + 1, lineEnd);
    const apostrophes = between.split("'").length - 1;
    let next = lineEnd;
    if (quote > i + 1 && quote < lineEnd && (!closes || apostrophes % 2 === 1) && !/\s/.test(text[i + 1]) && quote - i <= 120) {
      chars[quote] = '`';
      next = quote + 1;
    } else if (closes) {
      next = tick + 1;
    }
    i = text.indexOf('`', next);
  }
  return chars.join('');
}

/** A verb of running, then a double-quoted text. */
const QUOTED_RUN = /(\b(?:run|running|type|typing|execute|executing|invoke|invoking|use|using|try|with)\s+)"([^"\n]{1,100})"/gi;
/**
 * A command a plain-text document puts in double quotes after a verb of running ('run "make check" from the top-level
 * directory', 'type "make install"'): made a code span, as its GNU quotes are, where the quoted text reads as one
 * command line of more than one word. Quoted words that are no command ('the "make" program', a quoted title) stay
 * prose. The quotes stay around the span, so the sentence reads as written (a checklist item keeps them); the lines
 * do not move.
 */
export function doubleQuotedCommandsAsCode(source: string): string {
  if (!source.includes('"')) return source;
  return source.replace(QUOTED_RUN, (whole: string, lead: string, quoted: string) => (readsAsCommandLine(quoted.trim()) && quoted.trim().includes(' ') ? `${lead}"\`${quoted}\`"` : whole));
}

/**
 * A plain-text document's headings written in capitals on a line of their own ("HOW TO BUILD", "RUNNING THE TESTS"),
 * with no underline: made Markdown headings in place, so the sections they open give their commands a phase. Only a
 * line between blank lines, of a few words of capital letters and no sentence punctuation, where the document has
 * several ("NOTE", "WARNING" or "DO NOT RUN AS ROOT" alone are labels and shouts, and stay prose).
 */
export function capsHeadings(text: string): string {
  if (!CAPS_LINE.test(text)) return text;
  const lines = text.split('\n');
  const at: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].replace(/\r$/, '').trim();
    if (!CAPS_HEADING.test(line) || NOT_A_HEADING.test(line) || (k > 0 && lines[k - 1].trim() !== '') || (k + 1 < lines.length && lines[k + 1].trim() !== '' && !/^\s/.test(lines[k + 1]))) continue;
    at.push(k);
  }
  // One such line is a label or a shout; a document that heads its sections this way has several.
  if (at.length < 2) return text;
  for (const k of at) lines[k] = `## ${lines[k].trim()}`;
  return lines.join('\n');
}
/** Capital lines that are labels, warnings or file names, not headings ("NOTE", "DO NOT RUN AS ROOT", "INSTALL"). */
const NOT_A_HEADING = /^(?:NOTE|NOTES|WARNING|CAUTION|IMPORTANT|TIP|HINT|TODO|FIXME|XXX|INSTALL|README|LICENSE|COPYING|AUTHORS|CHANGES|NEWS)$|\b(?:NOT|DO|DON'T|NEVER|MUST|YOU)\b/;
const CAPS_HEADING = /^[A-Z][A-Z0-9'&/-]*(?:[ \t]+[A-Z0-9'&/-]+){0,5}$/;
/** The cheap test before splitting the document: some line, untrimmed, is such a heading. */
const CAPS_LINE = new RegExp(`${CAPS_HEADING.source.slice(0, -1)}[ \\t]*\\r?$`, 'm');


/**
 * A plain-text document's numbered headings ("1. Getting the sources", "2. Building") on a line between blank lines:
 * made Markdown headings, so the sections they open give their commands a phase. Markdown would read each as a list
 * item and the indented commands under it as more of it. Only where the document has several, numbered in order.
 */
export function numberedHeadings(text: string): string {
  if (!/^\d{1,2}\.[ \t]+[A-Z]/m.test(text)) return text;
  const lines = text.split('\n');
  const at: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const m = /^(\d{1,2})\.[ \t]+([A-Z][\w'&/ -]{1,50})\r?$/.exec(lines[k]);
    if (!m || /[.:;,]$/.test(m[2].trim()) || (k > 0 && lines[k - 1].trim() !== '') || (k + 1 < lines.length && lines[k + 1].trim() !== '')) continue;
    at.push(k);
  }
  if (at.length < 2 || at.some((k, n) => n > 0 && Number(/^\d+/.exec(lines[k])?.[0]) !== Number(/^\d+/.exec(lines[at[n - 1]])?.[0]) + 1)) return text;
  for (const k of at) lines[k] = `## ${lines[k].trim()}`;
  return lines.join('\n');
}
