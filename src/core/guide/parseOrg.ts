import { Block, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { collapseWhitespace } from '../text/normalize';
import { adocInline } from './asciidocInline';

/**
 * Org mode, as far as a contribution guide needs it (Emacs Lisp projects write CONTRIBUTING.org): headlines,
 * source and example blocks, fixed-width lines, lists including checkboxes, paragraphs, links and code. Line-based
 * and linear. Inline markup is rewritten to its AsciiDoc twin (`~x~` -> `x`, `[[url][text]]` -> url[text]) so the
 * AsciiDoc inline reader finds the code spans and links with their lines and offsets.
 */
export function parseOrg(path: string, text: string): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let listId = 0;
  let inList = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    const begin = /^#\+begin_(\w+)(?:\s+([\w+-]+))?/i.exec(trimmed);
    if (begin) {
      const kind = begin[1].toLowerCase();
      const endMark = `#+end_${kind}`;
      let end = i + 1;
      while (end < lines.length && lines[end].trim().toLowerCase() !== endMark) end++;
      if (end >= lines.length) {
        i++; // Org reads a block that is never closed as plain text, its opening line a keyword
        continue;
      }
      if (kind === 'src' || kind === 'example') {
        const lang = kind === 'src' ? (begin[2] ?? '').toLowerCase() : '';
        blocks.push({ kind: 'code', lang, text: lines.slice(i + 1, end).map(unescapeOrg).join('\n') + '\n', line: i + 2, sections: [] });
        i = end + 1;
      } else {
        i++; // quote, note and other blocks: their content is prose, read as it comes; the end line is skipped below
      }
      continue;
    }
    if (/^#\+end_\w+/i.test(trimmed) || /^#\+\w+:/.test(trimmed) || /^#(?:\s|$)/.test(trimmed)) {
      i++; // keywords (#+TITLE:), comments and the end of a prose block carry no text of their own
      continue;
    }
    if (/^:[\w-]+:$/i.test(trimmed)) {
      // A drawer (:PROPERTIES: ... :END:) holds settings, not prose; a lone ":word:" without its :END: is text.
      let end = i + 1;
      while (end < lines.length && !/^:end:$/i.test(lines[end].trim())) end++;
      if (end < lines.length) {
        i = end + 1;
        continue;
      }
    }
    if (/^:(?:\s|$)/.test(trimmed)) {
      // Fixed-width lines (": make test") are shown verbatim, as a literal block.
      let end = i;
      while (end < lines.length && /^:(?:\s|$)/.test(lines[end].trim())) end++;
      blocks.push({ kind: 'code', lang: '', text: lines.slice(i, end).map((l) => l.trim().replace(/^:\s?/, '')).join('\n') + '\n', line: i + 1, sections: [] });
      i = end;
      continue;
    }
    const headline = /^(\*+)\s+(.*)$/.exec(line);
    if (headline) {
      const title = headline[2].replace(/^(?:TODO|DONE)\s+/, '').replace(/\s+:[\w@#%:]+:\s*$/, '');
      blocks.push({ kind: 'heading', level: Math.min(headline[1].length, 6), text: orgPlain(title), line: i + 1, sections: [] });
      inList = false;
      i++;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      if (!inList) listId++;
      inList = true;
      const indent = item[1].length;
      let end = i + 1;
      // The item goes on while its lines are indented past its bullet and are not a block or another item.
      while (end < lines.length && lines[end].trim() !== '' && !ITEM.test(lines[end]) && !/^\s*#\+/.test(lines[end]) && leadingSpace(lines[end]) > indent) end++;
      const raw = [item[3], ...lines.slice(i + 1, end).map((l) => l.trim())].map(toAdocInline);
      const inline = adocInline(raw, i + 1);
      const box = splitTaskBox(inline.text.replace(/^\[X\]/, '[x]').replace(/^\[-\]/, '[ ]'));
      const cut = inline.text.length - box.text.length;
      const code = cut === 0 ? inline.code : inline.code.map((c) => ({ ...c, offset: Math.max(0, c.offset - cut) }));
      blocks.push({
        kind: 'listItem',
        text: box.text,
        checked: box.checked,
        line: i + 1,
        depth: Math.floor(indent / 2),
        ordered: /\d/.test(item[2]),
        listId,
        links: inline.links,
        code,
        sections: [],
      });
      i = end;
      continue;
    }
    inList = false;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '' && !ITEM.test(lines[end]) && !/^\*+\s/.test(lines[end]) && !/^\s*#\+/.test(lines[end]) && !/^\s*:(?:\s|$)/.test(lines[end])) end++;
    const raw = lines.slice(i, end).map((l) => toAdocInline(l.trim()));
    const { text: paragraph, links, code } = adocInline(raw, i + 1);
    blocks.push({ kind: 'paragraph', text: paragraph, line: i + 1, links, code, inList: false, sections: [] });
    i = end;
  }
  return { path, format: 'org', blocks: annotateSections(blocks) };
}

/** A list item: a bullet (`-`, `+`, or an indented `*`, since `*` at the margin is a headline) or `1.` / `1)`. */
const ITEM = /^(\s*)([-+]|(?<=\s)\*|\d{1,3}[.)])\s+(.*)$/;

const leadingSpace = (line: string): number => line.length - line.trimStart().length;

/** A line of a source block as the reader types it: Org escapes a leading `*` or `#+` with a comma. */
const unescapeOrg = (line: string): string => line.replace(/^(\s*),(\*|#\+)/, '$1$2');

/**
 * Org inline markup in its AsciiDoc form: `~code~` and `=verbatim=` as `code`, `[[target][text]]` as a link macro
 * (a URL keeps its scheme, a file gets `link:`), `[[target]]` as the target itself. Scans are bounded per span.
 */
function toAdocInline(line: string): string {
  if (!line.includes('[[') && !line.includes('~') && !line.includes('=')) return line;
  return line
    .replace(/\[\[([^\]\n]{1,2000})\](?:\[([^\]\n]{0,500})\])?\]/g, (_whole, target: string, text: string | undefined) => {
      const macro = /^https?:/.test(target) ? target : `link:${target.replace(/^file:/, '')}`;
      return `${macro}[${text ?? ''}]`;
    })
    .replace(/(^|[\s('"{-])([~=])([^\s~=`](?:[^\n`]{0,500}?[^\s`])?)\2(?=$|[\s.,;:!?'")}\]-])/g, '$1`$3`');
}

function orgPlain(text: string): string {
  return collapseWhitespace(toAdocInline(text).replace(/`([^`]{1,500})`/g, '$1').replace(/\*([^*]{1,500})\*/g, '$1'));
}
