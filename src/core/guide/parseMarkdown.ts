import MarkdownIt from 'markdown-it';
import { Block, InlineCode, Link, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { collapseWhitespace } from '../text/normalize';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// html: true makes comments html_block tokens, so commented-out template items are never read as content.
const md = new MarkdownIt({ html: true, linkify: true });

/** Markdown (and MDX, read as Markdown) into blocks, using markdown-it's tokens and their line maps. */
export function parseMarkdown(path: string, text: string, options: { readComments?: boolean } = {}): ParsedDocument {
  return { path, format: 'markdown', blocks: annotateSections(markdownBlocks(text, 0, options.readComments === true)) };
}

/**
 * PR templates keep their tips in HTML comments (they are hidden once the PR is opened); with `readComments`
 * those comments are parsed too and their blocks marked `commented`.
 */
function markdownBlocks(text: string, lineOffset: number, readComments: boolean): Block[] {
  const tokens = md.parse(text, {});
  const blocks: Block[] = [];
  const lists: { id: number; ordered: boolean }[] = [];
  let nextListId = 0;
  // True right after list_item_open, until the item's first paragraph is taken as its text.
  let awaitingItem: { line: number } | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const line = t.map ? t.map[0] + 1 + lineOffset : 0;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text: collapseWhitespace(plainOf(inline)), line, sections: [] });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ id: nextListId++, ordered: t.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        awaitingItem = { line };
        break;
      case 'inline': {
        const parent = tokens[i - 1];
        if (parent?.type !== 'paragraph_open') break;
        const { links, code } = inlineParts(t, line);
        if (awaitingItem && lists.length > 0) {
          const list = lists[lists.length - 1];
          const box = splitTaskBox(collapseWhitespace(t.content));
          blocks.push({
            kind: 'listItem',
            text: box.text,
            checked: box.checked,
            line: awaitingItem.line,
            depth: lists.length - 1,
            ordered: list.ordered,
            listId: list.id,
            links,
            code,
            sections: [],
          });
          awaitingItem = null;
        } else {
          blocks.push({ kind: 'paragraph', text: collapseWhitespace(t.content), line, links, code, inList: lists.length > 0, sections: [] });
        }
        break;
      }
      case 'fence':
        awaitingItem = null;
        blocks.push({ kind: 'code', lang: (t.info.trim().split(/\s+/)[0] ?? '').toLowerCase(), text: t.content, line: line + 1, sections: [] });
        break;
      case 'code_block':
        awaitingItem = null;
        blocks.push({ kind: 'code', lang: '', text: t.content, line, sections: [] });
        break;
      case 'html_block':
        if (readComments && t.map && /^\s*<!--/.test(t.content)) {
          const inner = t.content.replace(/^(\s*)<!--/, '$1').replace(/-->\s*$/, '');
          for (const b of markdownBlocks(inner, line - 1, false)) blocks.push({ ...b, commented: true });
        }
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** Links and code spans of an inline token, each with its own line (counted from soft and hard breaks). */
function inlineParts(inline: Token, firstLine: number): { links: Link[]; code: InlineCode[] } {
  const links: Link[] = [];
  const code: InlineCode[] = [];
  let line = firstLine;
  let open: { target: string; line: number; text: string } | null = null;
  for (const c of inline.children ?? []) {
    if (c.type === 'softbreak' || c.type === 'hardbreak') line++;
    else if (c.type === 'link_open') open = { target: String(c.attrGet('href') ?? ''), line, text: '' };
    else if (c.type === 'link_close' && open) {
      links.push({ target: open.target, text: open.text.trim(), line: open.line });
      open = null;
    } else if (c.type === 'code_inline') {
      code.push({ text: c.content, line });
      if (open) open.text += c.content;
    } else if (c.type === 'text' && open) open.text += c.content;
    else if (c.type === 'html_inline') {
      // Raw <a href> links appear in many guides; count the line breaks they hide as well.
      const href = /<a\s[^>]{0,500}?href="([^"]{1,2000})"/i.exec(c.content);
      if (href) links.push({ target: href[1], text: '', line });
    }
  }
  return { links, code };
}

function plainOf(inline: Token | undefined): string {
  if (!inline) return '';
  return (inline.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : '')).join('');
}
