import MarkdownIt from 'markdown-it';
import { REF_PREFIX } from './rstInline';
import { Block, InlineCode, Link, ParsedDocument, annotateSections, splitTaskBox } from './documentModel';
import { collapseWhitespace } from '../text/normalize';
import { collapseMapped } from '../text/whitespace';
import { blankFrontMatter } from './frontMatter';
import { dedentAdmonitions } from './parseMarkdownAdmonitions';
import { SourceCursor, blank, countNewlines, fallbackOffset } from './markdownSource';
import { quickLinkifyTest, quickNormalizeLink } from './markdownLinkify';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// html: true makes comments html_block tokens, so commented-out template items are never read as content.
const md = new MarkdownIt({ html: true, linkify: true });
quickLinkifyTest(md);
quickNormalizeLink(md);

/** Markdown (and MDX, read as Markdown) into blocks, using markdown-it's tokens and their line maps. */
export function parseMarkdown(path: string, text: string, options: { readComments?: boolean } = {}): ParsedDocument {
  return { path, format: 'markdown', blocks: annotateSections(markdownBlocks(dedentAdmonitions(blankFrontMatter(text)), 0, options.readComments === true)) };
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
  // Table cells carry no line map of their own; their row's is used.
  let rowLine = 0;
  let column = 0;

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
      case 'tr_open':
        rowLine = line;
        column = 0;
        break;
      case 'inline': {
        const parent = tokens[i - 1]?.type;
        if (parent === 'td_open' || parent === 'th_open') {
          // A cell reads like a short paragraph: guides tabulate commands ("| Test | `npm test` |").
          const cell = inlineBlock(t, rowLine);
          blocks.push({ kind: 'paragraph', ...cell, line: rowLine, inList: lists.length > 0, column: column++, sections: [] });
          break;
        }
        if (parent !== 'paragraph_open') break;
        const { text: content, links, code } = inlineBlock(t, line);
        if (awaitingItem && lists.length > 0) {
          const list = lists[lists.length - 1];
          const box = splitTaskBox(content);
          const cut = content.length - box.text.length;
          blocks.push({
            kind: 'listItem',
            text: box.text,
            checked: box.checked,
            line: awaitingItem.line,
            depth: lists.length - 1,
            ordered: list.ordered,
            listId: list.id,
            links,
            code: cut === 0 ? code : code.map((c) => ({ ...c, offset: Math.max(0, c.offset - cut) })),
            sections: [],
          });
          awaitingItem = null;
        } else {
          blocks.push({ kind: 'paragraph', text: content, line, links, code, inList: lists.length > 0, sections: [] });
        }
        break;
      }
      case 'fence': {
        awaitingItem = null;
        const directive = MYST_DIRECTIVE.exec(t.info);
        const body = directive !== null && MYST_BODY.test(directive[1]);
        if (directive && (body || MYST_CODE.test(directive[1]))) {
          const lines = t.content.split('\n');
          const options = leadingOptions(lines);
          // A MyST directive that holds Markdown (a note, a tab set and its tabs): its body is the page's prose and
          // steps, read as the page's own blocks at their own lines (nested directives too).
          if (body) blocks.push(...markdownBlocks(options === 0 ? t.content : lines.map((l, k) => (k < options ? '' : l)).join('\n'), line, readComments));
          // A MyST code directive (`{code-block} bash`, `{prompt} bash`): code in the language its argument names.
          else blocks.push({ kind: 'code', lang: (directive[2] ?? '').toLowerCase(), text: lines.slice(options).join('\n'), line: line + 1 + options, sections: [] });
          break;
        }
        blocks.push({ kind: 'code', lang: infoLang(t.info), text: t.content, line: line + 1, sections: [] });
        break;
      }
      case 'code_block':
        awaitingItem = null;
        blocks.push({ kind: 'code', lang: '', text: t.content, line, sections: [] });
        break;
      case 'html_block':
        if (readComments && t.map && /^\s*<!--/.test(t.content)) {
          const inner = t.content.replace(/^(\s*)<!--/, '$1').replace(/-->\s*$/, '');
          for (const b of markdownBlocks(inner, line - 1, false)) blocks.push({ ...b, commented: true });
        } else if (!/^\s*<!--/.test(t.content)) {
          // A collapsible part's title (`<details><summary>Before submitting</summary>`) heads what the part holds, as
          // a heading one level below the last one would: templates fold their checklists this way. Only in a pull
          // request template (the one document read with its comments), where such parts run to the template's end or to
          // the next one: in a guide, text goes on after `</details>`, which a heading cannot close.
          const summary = readComments && t.map ? SUMMARY.exec(t.content) : null;
          if (summary) {
            const title = summary[1].replace(/<[^>]{0,200}>/g, '').replace(/\s+/g, ' ').trim();
            let level = 1;
            for (let j = blocks.length - 1; j >= 0; j--) {
              const b = blocks[j];
              if (b.kind === 'heading') {
                level = b.level;
                break;
              }
            }
            if (title) blocks.push({ kind: 'heading', level: Math.min(6, level + 1), text: title, line: line + t.content.slice(0, summary.index).split('\n').length - 1, sections: [] });
          }
          // `<pre>` (with or without `<code>` inside): a code block written in HTML, shown as typed.
          for (const pre of preBlocks(t.content, line)) blocks.push({ kind: 'code', lang: pre.lang, text: pre.text, line: pre.line, sections: [] });
        }
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** A `<summary>` title in an HTML block (one line, at most a few hundred characters). */
const SUMMARY = /<summary>([^<\n]{1,200}(?:<(?!\/summary)[^>\n]{0,100}>[^<\n]{0,200}){0,4})<\/summary>/i;

/**
 * The text a reader sees in an inline token (whitespace collapsed, HTML comments left out: a `<!-- note -->`
 * is hidden when rendered), its links and its code spans, each with its own line (counted from soft and hard
 * breaks) and each span with its offset in that text.
 */
function inlineBlock(inline: Token, firstLine: number): { text: string; links: Link[]; code: InlineCode[] } {
  const source = inline.content;
  const children = inline.children ?? [];
  const links: Link[] = [];
  const spans: { text: string; line: number; at: number }[] = [];
  const hidden: [number, number][] = [];
  const locate = new SourceCursor(source);
  let line = firstLine;
  let open: { target: string; line: number; text: string } | null = null;
  // An HTML code element (`<code>npm test</code>`, `<kbd>`): its text is a code span like a backticked one.
  let htmlCode: { tag: string; line: number; at: number; text: string } | null = null;
  // Where a code element's tags stood: each reads as a backtick, so the text is the one a backticked span gives.
  const ticks: number[] = [];
  for (const c of children) {
    if (c.type === 'softbreak' || c.type === 'hardbreak') {
      line++;
      // (`<code>npm run` / `test:all</code>`: a line break inside the element is a space in its text.)
      if (htmlCode) htmlCode.text += ' ';
    }
    else if (c.type === 'link_open') open = { target: String(c.attrGet('href') ?? ''), line, text: '' };
    else if (c.type === 'link_close' && open) {
      links.push({ target: open.target, text: open.text.trim(), line: open.line });
      open = null;
    } else if (c.type === 'code_inline') {
      const at = locate.codeSpan(c.markup);
      // MyST (Sphinx's Markdown) roles: {ref}`label` and {doc}`path` cross-reference a page as reStructuredText's :ref:
      // and :doc: do (rstInline.ts). The text right before the span holds the role.
      const role = at >= 4 ? /\{(ref|doc)\}$/.exec(source.slice(Math.max(0, at - 5), at)) : null;
      if (role) {
        const lt = c.content.lastIndexOf('<');
        const target = c.content.endsWith('>') && lt >= 0 ? c.content.slice(lt + 1, -1).trim() : c.content.trim();
        const text = c.content.endsWith('>') && lt >= 0 ? c.content.slice(0, lt).trim() : target.replace(/[-_]+/g, ' ');
        if (target !== '' && target.length <= 2000) links.push({ target: role[1] === 'ref' ? `${REF_PREFIX}${target}` : target, text, line });
      }
      spans.push({ text: c.content, line, at });
      if (open) open.text += c.content;
      // A span broken over source lines (`rustup component add` / `rustfmt`) holds line breaks markdown-it read as
      // spaces: what follows it is on a later line. Counted within the span's content only, never past its end.
      // markdown-it strips one space (a line break read as one) from each end of the content, so the source text
      // may be two characters longer: up to the closing backticks, whichever of the two places they stand at.
      if (at >= 0) {
        const inner = at + c.markup.length;
        const plainEnd = inner + c.content.length;
        const end = !source.startsWith(c.markup, plainEnd) && source.startsWith(c.markup, plainEnd + 2) ? plainEnd + 2 : plainEnd;
        line += countNewlines(source.slice(inner, end));
      }
    } else if (c.type === 'text' && (open || htmlCode)) {
      if (open) open.text += c.content;
      if (htmlCode) htmlCode.text += c.content;
    } else if (c.type === 'html_inline') {
      const at = locate.verbatim(c.content);
      if (c.content.startsWith('<!--')) {
        if (at >= 0) hidden.push([at, at + c.content.length]);
      } else {
        // A tag that only formats (`<a href>`, `<code>`, `<b>`, `<br>`) is not read: the words around it are.
        const tag = INLINE_TAG.exec(c.content);
        if (tag && at >= 0) hidden.push([at, at + c.content.length]);
        const name = tag?.[2].toLowerCase();
        if (name !== undefined && CODE_TAGS.has(name)) {
          if (!tag?.[1] && !htmlCode && at >= 0) htmlCode = { tag: name, line, at: at + c.content.length, text: '' };
          else if (tag?.[1] && htmlCode?.tag === name) {
            // The tags read as backticks around the text: the span starts at the opening one, as a backticked span
            // does. Text the source spells with character references (`&amp;&amp;`) is longer there than the span,
            // so its end could not be placed: it is left as prose.
            const text = htmlCode.text.replace(/\s+/g, ' ').trim();
            if (text !== '' && !source.slice(htmlCode.at, at).includes('&') && source.slice(htmlCode.at, at).replace(/\s+/g, ' ').trim() === text) {
              const open = htmlCode.at - 1;
              const openFrom = source.lastIndexOf('<', open);
              // The backtick right before the text and right after it (the blanks around it collapse away).
              const lead = htmlCode.text.length - htmlCode.text.trimStart().length;
              const trail = htmlCode.text.length - htmlCode.text.trimEnd().length;
              if (lead === 0 && trail === 0 && openFrom >= 0) {
                ticks.push(open, at);
                spans.push({ text, line: htmlCode.line, at: open });
              }
            }
            htmlCode = null;
          }
        }
        // Raw <a href> links appear in many guides. Anchored: only the tag's own start can open one.
        const href = /^<a\s[^>]{0,500}?href="([^"]{1,2000})"/i.exec(c.content);
        if (href) links.push({ target: href[1], text: '', line });
      }
      // An inline tag or comment can hide line breaks of its own.
      line += countNewlines(c.content);
    }
  }
  const blanked = blank(source, hidden);
  let ticked = blanked;
  for (const k of ticks) ticked = `${ticked.slice(0, k)}\`${ticked.slice(k + 1)}`;
  const collapsed = collapseMapped(ticked);
  const code = spans.map((s) => ({ text: s.text, line: s.line, offset: s.at >= 0 ? collapsed.at(s.at) : fallbackOffset(collapsed.text, s.text) }));
  return { text: collapsed.text, links, code };
}

/** An inline HTML tag that formats text; group 1 marks a closing tag, group 2 is its name. */
const INLINE_TAG = /^<(\/)?(a|code|kbd|tt|samp|var|b|i|em|strong|span|sup|sub|u|s|del|ins|mark|small|abbr|br|img|font|q|cite)\b[^<>]{0,1000}>$/i;
/** The HTML elements whose text is code, as a backticked span's is. */
const CODE_TAGS = new Set(['code', 'kbd', 'tt', 'samp']);

function plainOf(inline: Token | undefined): string {
  if (!inline) return '';
  return (inline.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : '')).join('');
}

/** The `<pre>` elements of an HTML block, their text with tags dropped and entities decoded, and the line each starts at. */
function preBlocks(html: string, firstLine: number): { text: string; line: number; lang: string }[] {
  if (!/<pre\b/i.test(html)) return [];
  const found: { text: string; line: number; lang: string }[] = [];
  for (const m of html.matchAll(/<pre\b[^>]{0,200}>([\s\S]{0,20000}?)<\/pre>/gi)) {
    const at = m.index ?? 0;
    let body = m[1];
    const lang = (/class="[^"]{0,100}?(?:language|lang)-([\w+-]{1,20})|\blang="([\w+-]{1,20})"/i.exec(m[0] + (/^\s*<code\b[^>]{0,200}>/i.exec(body)?.[0] ?? '')) ?? []).slice(1).find((x) => x !== undefined)?.toLowerCase() ?? '';
    // The text starts on the line after `<pre>` when the tag ends its line.
    const lead = /^(?:\s*<code\b[^>]{0,200}>)?\r?\n/.exec(body);
    const line = firstLine + countNewlines(html.slice(0, at)) + (lead ? 1 : 0);
    body = body.replace(/<\/?code\b[^>]{0,200}>/gi, '').replace(/^\r?\n/, '').replace(/<[^>]{1,200}>/g, '');
    const text = body.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
    if (text.trim() !== '') found.push({ text: text.endsWith('\n') ? text : `${text}\n`, line, lang });
  }
  return found;
}

/** A MyST directive as a fence's info string (```` ```{note} ````, ```` ```{code-block} bash ````): its name and first argument. */
const MYST_DIRECTIVE = /^\s*\{([a-z][\w-]{0,30})\}(?:\s+(\S+))?/i;
/**
 * MyST (and sphinx-design) directives whose body is Markdown the page shows in its flow: notes, tips, tab sets and
 * their tabs, cards. Not a collapsed `{dropdown}` or a titled `{admonition}` (an aside under a title of its own, often
 * "Troubleshooting"), nor a `{warning}`/`{danger}`/`{caution}` (what not to do): they stay one block, as before.
 */
const MYST_BODY = /^(?:note|tip|hint|important|seealso|tab-set|tab-item|tabbed|card|grid|grid-item|grid-item-card|div|versionadded|versionchanged)$/i;
/** MyST directives whose body is code in the language of their argument; sphinx-prompt's `{prompt}` is typed at a shell. */
const MYST_CODE = /^(?:code-block|code|sourcecode|prompt)$/i;
/** A directive's options, the `:key: value` lines that open its body. */
const OPTION_LINE = /^:[\w-]{1,40}:(?:\s.*)?$/;

/**
 * How many option lines open a directive's body: `:key: value` lines, or a YAML block between `---` lines. (The body
 * keeps its lines blanked, so its blocks keep their numbers; code drops them and starts after.)
 */
function leadingOptions(lines: readonly string[]): number {
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && l.trim() === '---');
    if (end > 0) return end + 1;
  }
  let k = 0;
  while (k < lines.length && OPTION_LINE.test(lines[k].trim())) k++;
  return k;
}

/**
 * A fence's language from its info string: the first word, lowercased, also in Pandoc's class forms ("```.bash",
 * "```{.bash .numberLines}"). A MyST directive (`{toctree}`) keeps its braces: it is no language.
 */
// (A site's tab or title glued to the name, "```bash#ubuntu/debian", "```sh{2,4}", "```shell:setup.sh", "```sh,linenos": the
// name before the mark.)
function infoLang(info: string): string {
  const first = info.trim().split(/\s+/)[0] ?? '';
  const pandoc = /^\{?\.([\w+-]+)/.exec(first);
  const glued = pandoc ? null : /^([a-z][\w+-]*)[#{:,]/i.exec(first);
  return (pandoc ? pandoc[1] : glued ? glued[1] : first).toLowerCase();
}
