import { Block, InlineCode, Link, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { collapseWhitespace } from '../text/normalize';

/**
 * reStructuredText, as far as a contribution guide needs it: section titles, literal and code blocks,
 * bullet and enumerated lists, paragraphs, hyperlinks and inline literals. Line-based and linear.
 */
export function parseRst(path: string, text: string): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const headingStyles: string[] = [];
  let listId = 0;
  let lastListIndent = -1;
  let i = 0;

  const pushParagraph = (start: number, end: number, inList: boolean): void => {
    const raw = lines.slice(start, end).map((l) => l.trim());
    const { links, code } = rstInline(raw, start + 1);
    blocks.push({ kind: 'paragraph', text: collapseWhitespace(raw.join(' ')), line: start + 1, links, code, inList, sections: [] });
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
      blocks.push(headingBlock(lines[i + 1].trim(), i + 2, headingLevel(headingStyles, `${over}${over}`)));
      i += 3;
      lastListIndent = -1;
      continue;
    }
    if (!/^\s/.test(line) && i + 1 < lines.length && isAdornment(lines[i + 1]) && lines[i + 1].trim().length >= Math.min(3, line.trim().length)) {
      blocks.push(headingBlock(line.trim(), i + 1, headingLevel(headingStyles, lines[i + 1].trim()[0])));
      i += 2;
      lastListIndent = -1;
      continue;
    }
    const directive = /^\s*\.\.\s+(code-block|code|sourcecode|prompt)::\s*(\S*)/i.exec(line);
    if (directive) {
      const body = indentedBlock(lines, i + 1, indentOf(line));
      if (body.start < body.end) {
        const content = lines.slice(body.start, body.end).filter((l, k) => !(k === 0 && /^\s*:\w[\w-]*:/.test(l)));
        blocks.push(codeBlock(directive[2].toLowerCase(), dedent(content), body.start + 1));
      }
      i = Math.max(body.end, i + 1);
      continue;
    }
    if (/^\s*\.\.(\s|$)/.test(line)) {
      // Comments, targets and other directives: skip their indented body.
      i = Math.max(indentedBlock(lines, i + 1, indentOf(line)).end, i + 1);
      continue;
    }
    const item = /^(\s*)([-*+•]|\d{1,3}[.)]|#\.|\(\d{1,3}\)|[a-z][.)])\s+(.*)$/.exec(line);
    if (item) {
      const indent = item[1].length;
      if (lastListIndent < 0) listId++;
      lastListIndent = indent;
      const contentIndent = indent + item[2].length + 1;
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== '' && indentOf(lines[end]) >= contentIndent) end++;
      const raw = [item[3], ...lines.slice(i + 1, end).map((l) => l.trim())];
      const { links, code } = rstInline(raw, i + 1);
      const box = splitTaskBox(collapseWhitespace(raw.join(' ')));
      const literal = raw[raw.length - 1].endsWith('::');
      blocks.push({
        kind: 'listItem',
        text: literal ? box.text.replace(/::$/, ':') : box.text,
        checked: box.checked,
        line: i + 1,
        depth: Math.floor(indent / 2) > 0 ? 1 : 0,
        ordered: !/[-*+•]/.test(item[2]),
        listId,
        links,
        code,
        sections: [],
      });
      i = literal ? literalAfter(lines, end, indent, blocks) : end;
      continue;
    }
    lastListIndent = /^\s/.test(line) ? lastListIndent : -1;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '' && !isAdornment(lines[end])) end++;
    if (end < lines.length && isAdornment(lines[end]) && end - 1 > i) end--; // the last line is a title
    pushParagraph(i, end, /^\s/.test(line));
    const last = lines[end - 1].trimEnd();
    i = last.endsWith('::') ? literalAfter(lines, end, indentOf(lines[i]), blocks) : end;
  }
  return { path, format: 'rst', blocks: annotateSections(blocks) };
}

/** A `::` literal block: the indented lines after the paragraph that introduced it. */
function literalAfter(lines: string[], from: number, parentIndent: number, blocks: Block[]): number {
  const body = indentedBlock(lines, from, parentIndent);
  if (body.start < body.end) blocks.push(codeBlock('', dedent(lines.slice(body.start, body.end)), body.start + 1));
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
  const indents = lines.filter((l) => l.trim() !== '').map(indentOf);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

function rstPlain(text: string): string {
  return collapseWhitespace(text.replace(/``([^`]{1,500})``/g, '$1').replace(/`([^`<]{1,500})(<[^>]{0,2000}>)?`_{1,2}/g, '$1'));
}

function rstInline(lines: string[], firstLine: number): { links: Link[]; code: InlineCode[] } {
  const links: Link[] = [];
  const code: InlineCode[] = [];
  lines.forEach((l, k) => {
    for (const m of l.matchAll(/``([^`]{1,500})``/g)) code.push({ text: m[1], line: firstLine + k });
    for (const m of l.matchAll(/`([^`<]{0,500})<([^>\s]{1,2000})>`_{1,2}/g)) links.push({ target: m[2], text: m[1].trim(), line: firstLine + k });
    for (const m of l.matchAll(/:doc:`(?:[^`<]{0,500}<)?([^`>]{1,2000})>?`/g)) links.push({ target: m[1], text: '', line: firstLine + k });
  });
  return { links, code };
}
