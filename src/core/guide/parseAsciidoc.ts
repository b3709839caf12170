import { Block, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { collapseWhitespace } from '../text/normalize';
import { adocInline } from './asciidocInline';
import { asciidocTable } from './plainTables';

/**
 * AsciiDoc, as far as a contribution guide needs it: section titles, listing/literal blocks (with their
 * `[source,lang]` attribute), lists including checklists, paragraphs, links and monospace. Line-based and linear.
 */
/** A compound block's delimiter line: example or admonition, sidebar, quote, open block. */
const COMPOUND_FENCE = /^(?:={4,}|\*{4,}|_{4,}|--)$/;
/** A block title: a dot and a word, no space after the dot (`. item` is an ordered list item, `....` a literal fence). */
const BLOCK_TITLE = /^\.[A-Za-z0-9][^\n]{0,200}$/;

export function parseAsciidoc(path: string, text: string): ParsedDocument {
  const lines = expandAttributes(text.split(/\r\n|\r|\n/));
  const blocks: Block[] = [];
  let listId = 0;
  let inList = false;
  let pendingLang = '';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    // A table: each cell a paragraph with its column, as the Markdown parser reads one.
    const table = asciidocTable(lines, i);
    if (table) {
      for (const row of table.rows) {
        row.cells.forEach((cell, column) => {
          const { text: cellText, links, code } = adocInline([cell], row.line + 1);
          blocks.push({ kind: 'paragraph', text: cellText, line: row.line + 1, links, code, inList: false, column, sections: [] });
        });
      }
      i = table.end;
      continue;
    }
    const fence = /^(-{4,}|\.{4,}|\/{4,}|\+{4,}|`{3})(\w*)\s*$/.exec(trimmed);
    if (fence) {
      const close = fence[1].startsWith('`') ? '```' : fence[1];
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== close) end++;
      const kind = close[0];
      if (kind === '-' || kind === '.' || kind === '`') {
        blocks.push({ kind: 'code', lang: (fence[2] || pendingLang).toLowerCase(), text: lines.slice(i + 1, end).map(withoutCallouts).join('\n') + '\n', line: i + 2, sections: [] });
      }
      pendingLang = '';
      i = end + 1;
      continue;
    }
    // The fences of a compound block (an admonition or example `====`, a sidebar `****`, a quote `____`, an open
    // block `--`) and a block title (`.Prerequisites`) frame what is inside; the blocks inside are read as usual.
    if (COMPOUND_FENCE.test(trimmed) || BLOCK_TITLE.test(trimmed)) {
      i++;
      continue;
    }
    const attr = blockAttribute(trimmed);
    if (attr) {
      pendingLang = attr.lang;
      i++;
      continue;
    }
    if (/^\[.*\]$/.test(trimmed) || trimmed.startsWith('//') || /^:[\w-]+:/.test(trimmed) || /^\w+::\S*\[/.test(trimmed)) {
      i++; // attribute lists, comments, document attributes and block macros carry no prose
      continue;
    }
    const heading = sectionTitle(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading.level, text: adocPlain(heading.text), line: i + 1, sections: [] });
      inList = false;
      i++;
      continue;
    }
    const item = /^\s*(\*{1,5}|-|\.{1,5}|\d{1,3}\.)\s+(.*)$/.exec(line);
    if (item) {
      if (!inList) listId++;
      inList = true;
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== '' && !/^\s*(\*{1,5}|-|\.{1,5}|\d{1,3}\.)\s/.test(lines[end]) && lines[end].trim() !== '+' && !/^(-{4,}|\.{4,})$/.test(lines[end].trim())) end++;
      // An inline anchor opening the item (`[[sign-off]]Sign off...`, `[#tests]`) is a target for links, not text.
      const raw = [item[2].replace(/^(?:\[\[[\w:.-]{1,100}(?:,[^\]]{0,200})?\]\]|\[#[\w:.-]{1,100}\])\s*/, ''), ...lines.slice(i + 1, end).map((l) => l.trim())];
      const inline = adocInline(raw, i + 1);
      const box = splitTaskBox(inline.text.replace(/^\[\*\]/, '[x]'));
      const cut = inline.text.length - box.text.length;
      const { links } = inline;
      const code = cut === 0 ? inline.code : inline.code.map((c) => ({ ...c, offset: Math.max(0, c.offset - cut) }));
      blocks.push({
        kind: 'listItem',
        text: box.text,
        checked: box.checked,
        line: i + 1,
        depth: item[1] === '-' ? 0 : item[1].length - (/\d/.test(item[1]) ? item[1].length : 1),
        ordered: item[1].startsWith('.') || /\d/.test(item[1]),
        listId,
        links,
        code,
        sections: [],
      });
      i = end;
      while (i < lines.length && lines[i].trim() === '+') i++; // list continuation: the next block belongs to the item
      continue;
    }
    if (/^\s/.test(line)) {
      // A literal paragraph: indented text is shown verbatim, which is how many guides write commands.
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== '') end++;
      blocks.push({ kind: 'code', lang: pendingLang, text: lines.slice(i, end).map((l) => l.trim()).join('\n') + '\n', line: i + 1, sections: [] });
      pendingLang = '';
      i = end;
      continue;
    }
    inList = false;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '' && !/^(-{4,}|\.{4,})$/.test(lines[end].trim()) && !COMPOUND_FENCE.test(lines[end].trim())) end++;
    const raw = lines.slice(i, end).map((l) => l.trim());
    const { text: paragraph, links, code } = adocInline(raw, i + 1);
    blocks.push({ kind: 'paragraph', text: paragraph, line: i + 1, links, code, inList: false, sections: [] });
    i = end;
  }
  return { path, format: 'asciidoc', blocks: annotateSections(blocks) };
}

const DEFINITION = /^:([\w][\w-]*):\s*(.*)$/;
const REFERENCE = /\{([\w][\w-]*)\}/g;
const MAX_EXPANDED = 20000;

/**
 * Document attributes (`:uri-repo: https://...`) put in place of their `{uri-repo}` references outside listing
 * blocks, as AsciiDoc does. Guides written for Asciidoctor name their links this way
 * (`{uri-contributing-code}[Contributing Code]`), so without it the guide's links and URLs are invisible.
 * An attribute is known from its definition on; a value may use earlier attributes. Lines keep their numbers.
 */
function expandAttributes(lines: string[]): string[] {
  if (!lines.some((l) => l.startsWith(':'))) return lines;
  const values = new Map<string, string>();
  // A line that would grow past MAX_EXPANDED (an attribute repeated many times) is left as written.
  // The size is added up before anything is built, so such a line costs one scan.
  const expand = (line: string): string => {
    if (!line.includes('{')) return line;
    let size = line.length;
    for (const m of line.matchAll(REFERENCE)) {
      size += (values.get(m[1].toLowerCase())?.length ?? m[0].length) - m[0].length;
      if (size > MAX_EXPANDED) return line;
    }
    return line.replace(REFERENCE, (whole, name: string) => values.get(name.toLowerCase()) ?? whole);
  };
  let fence: string | undefined;
  return lines.map((line) => {
    const trimmed = line.trim();
    if (fence !== undefined) {
      if (trimmed === fence) fence = undefined;
      return line;
    }
    const open = /^(-{4,}|\.{4,}|\/{4,}|\+{4,}|`{3})\w*$/.exec(trimmed);
    if (open) {
      fence = open[1].startsWith('`') ? '```' : open[1];
      return line;
    }
    const definition = DEFINITION.exec(line);
    if (definition) {
      const name = definition[1].replace(/!$/, '').toLowerCase();
      values.set(name, expand(definition[2].trim()).slice(0, 2000));
      return line;
    }
    return expand(line);
  });
}

function adocPlain(text: string): string {
  return collapseWhitespace(text.replace(/`([^`]{1,500})`/g, '$1').replace(/\*([^*]{1,500})\*/g, '$1'));
}

/**
 * `= Title`, `== Title ==` (and Markdown-style `# Title`): the level and the title without its closing marks.
 * By index, not /(.+?)\s*(?:=*)$/, which is quadratic on a title followed by a long run of spaces.
 */
function sectionTitle(line: string): { level: number; text: string } | undefined {
  const mark = line[0];
  if (mark !== '=' && mark !== '#') return undefined;
  let level = 0;
  while (line[level] === mark) level++;
  if (level > 6 || !/\s/.test(line[level] ?? '')) return undefined;
  const rest = line.slice(level).trim();
  if (rest === '') return undefined;
  let end = rest.length;
  while (end > 0 && rest[end - 1] === '=') end--;
  const text = rest.slice(0, end).trimEnd();
  return { level, text: text === '' ? rest : text };
}

/** `[source,lang,...]`, `[listing]` or `[literal]`, the attribute line before a code block: its language. */
function blockAttribute(trimmed: string): { lang: string } | undefined {
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined;
  const inner = trimmed.slice(1, -1);
  if (inner.includes(']')) return undefined;
  const parts = inner.split(',');
  if (!/^(source|listing|literal)\b/.test(parts[0])) return undefined;
  const lang = /^[\w+-]+/.exec((parts[1] ?? '').trimStart());
  return { lang: lang ? lang[0] : '' };
}

/**
 * A listing line without its callout markers (`./mvnw install <1>`, `make # <2>`, `x // <3>`): they number the notes
 * under the listing and are not typed.
 */
const withoutCallouts = (line: string): string => (line.includes('<') ? line.replace(/(?:\s+(?:#|\/\/|--|;)?\s*<(?:\d{1,2}|!--\d{1,2}--)>)+\s*$/, '') : line);

