import { Block, InlineCode, Link, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { collapseWhitespace } from '../text/normalize';

/**
 * AsciiDoc, as far as a contribution guide needs it: section titles, listing/literal blocks (with their
 * `[source,lang]` attribute), lists including checklists, paragraphs, links and monospace. Line-based and linear.
 */
export function parseAsciidoc(path: string, text: string): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/);
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
    const fence = /^(-{4,}|\.{4,}|\/{4,}|\+{4,}|`{3})(\w*)\s*$/.exec(trimmed);
    if (fence) {
      const close = fence[1].startsWith('`') ? '```' : fence[1];
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== close) end++;
      const kind = close[0];
      if (kind === '-' || kind === '.' || kind === '`') {
        blocks.push({ kind: 'code', lang: (fence[2] || pendingLang).toLowerCase(), text: lines.slice(i + 1, end).join('\n') + '\n', line: i + 2, sections: [] });
      }
      pendingLang = '';
      i = end + 1;
      continue;
    }
    const attr = /^\[(source|listing|literal)(?:,\s*([\w+-]+))?[^\]]*\]$/.exec(trimmed);
    if (attr) {
      pendingLang = attr[2] ?? '';
      i++;
      continue;
    }
    if (/^\[.*\]$/.test(trimmed) || trimmed.startsWith('//') || /^:[\w-]+:/.test(trimmed) || /^\w+::\S*\[/.test(trimmed)) {
      i++; // attribute lists, comments, document attributes and block macros carry no prose
      continue;
    }
    const heading = /^(={1,6}|#{1,6})\s+(.+?)\s*(?:=*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: adocPlain(heading[2]), line: i + 1, sections: [] });
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
      const raw = [item[2], ...lines.slice(i + 1, end).map((l) => l.trim())];
      const box = splitTaskBox(collapseWhitespace(raw.join(' ')).replace(/^\[\*\]/, '[x]'));
      const { links, code } = adocInline(raw, i + 1);
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
    while (end < lines.length && lines[end].trim() !== '' && !/^(-{4,}|\.{4,})$/.test(lines[end].trim())) end++;
    const raw = lines.slice(i, end).map((l) => l.trim());
    const { links, code } = adocInline(raw, i + 1);
    blocks.push({ kind: 'paragraph', text: collapseWhitespace(raw.join(' ')), line: i + 1, links, code, inList: false, sections: [] });
    i = end;
  }
  return { path, format: 'asciidoc', blocks: annotateSections(blocks) };
}

function adocPlain(text: string): string {
  return collapseWhitespace(text.replace(/`([^`]{1,500})`/g, '$1').replace(/\*([^*]{1,500})\*/g, '$1'));
}

function adocInline(lines: string[], firstLine: number): { links: Link[]; code: InlineCode[] } {
  const links: Link[] = [];
  const code: InlineCode[] = [];
  lines.forEach((l, k) => {
    const line = firstLine + k;
    for (const m of l.matchAll(/`\+?([^`]{1,500}?)\+?`/g)) code.push({ text: m[1], line });
    for (const m of l.matchAll(/(?:link:|xref:)?((?:https?:\/\/|link:|xref:)?[^\s[\]<>]{1,2000})\[([^\]]{0,500})\]/g)) {
      const prefix = m[0].startsWith('link:') || m[0].startsWith('xref:') || /^https?:/.test(m[1]);
      if (prefix) links.push({ target: m[1].replace(/^(link|xref):/, ''), text: m[2], line });
    }
    for (const m of l.matchAll(/<<([^,>]{1,500})(?:,([^>]{0,500}))?>>/g)) links.push({ target: m[1].includes('#') || m[1].includes('.adoc') ? m[1] : `#${m[1]}`, text: m[2] ?? '', line });
  });
  return { links, code };
}
