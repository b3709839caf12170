import { Found } from '../facts';
import { ParsedDocument } from '../documentModel';
import { plainInline } from '../../text/normalize';
import { plain } from './text';
import { Located } from '../sources';
import { asksOfContributor } from './checklistAsks';

const MAX_POINTER_WORDS = 260;
/** A linked page of documentation by its name (not a source file). */
const DOC_PAGE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|org|txt|html?)$|\/$/i;
/** Chat rooms and social links. */
const CHAT = /discord|slack\.com|gitter|matrix\.to|zulip|\birc\b|telegram|\bt\.me\b|twitter\.com|x\.com\/|mastodon/i;
/** Not where a guide lives: the issue tracker's lists, a mailing list, a badge or an image. */
const NOT_A_GUIDE_PAGE = /\/(?:issues|pulls|labels|milestones|discussions)(?:[/?#]|$)|\blists?\.|mailman|googlegroups|groups\.google|mail-archive|lore\.kernel|shields\.io|\/badges?\b|badge\.svg|\.(?:svg|png|jpe?g|gif)(?:[?#]|$)|\/actions\/workflows\//i;
/**
 * A web page or a document, not a chat room (an invite to Discord sends the reader to people), a tracker's list, a
 * mailing list, a badge, a source file of the repository, a licence or a style guide.
 */
const elsewhere = (target: string): boolean => !NOT_DOCS.test(target) && !STYLE_GUIDE.test(target) && !CHAT.test(target) && !NOT_A_GUIDE_PAGE.test(target) && (/^https?:/i.test(target) || DOC_PAGE.test(target.replace(/[#?].*$/, '')));
/**
 * The links of a block that lead elsewhere, and the URLs written out in its text (a URL counts once, not again inside
 * its Markdown link). A badge, `[![Build](…/badge.svg)](…/ci)`, links its image to a status page: not counted.
 */
function linksElsewhere(text: string, links: readonly { target: string; text: string }[]): number {
  const badges = new Set([...text.matchAll(/\[!\[[^\]]{0,200}\]\([^)]{0,2000}\)\]\(([^)\s]{1,2000})/g)].map((m) => m[1]));
  const linked = links.filter((l) => elsewhere(l.target) && !badges.has(l.target) && !NOT_DOCS.test(l.text) && !STYLE_GUIDE.test(l.text)).length;
  return linked + (text.replace(/\]\([^)]{0,2000}\)/g, ']').match(/https?:\/\/\S+/g) ?? []).filter(elsewhere).length;
}
/** A guide this short that links anywhere is a pointer, whatever the link's words. */
const FEW_WORDS = 80;
/** A list item longer than this (words besides its links) is an instruction, not a pointer or a short note. */
const MAX_ITEM_WORDS = 40;

/**
 * A guide is only a pointer when it is short, holds no commands, and its substance is a link to where the real
 * guide is: little prose, no code, no numbered steps, and at least one link. Short list items without links (what kinds of
 * contribution are welcome, a policy in a line) do not make it a guide of its own; long ones do.
 */
export function guideIsPointerOnly(guide: ParsedDocument | null, flow: readonly Located[] = []): Found<boolean> | null {
  if (!guide) return null;
  const source = { file: guide.path, line: 1 };
  if (isTableOfContents(guide)) return { value: true, source };
  let words = 0;
  let links = 0;
  let urlsInText = 0;
  let numbered: number | null = null;
  let ownAsks = 0;
  let proseAsks = 0;
  let anyLinks = 0;
  const followed = followedPaths(guide, flow);
  for (const b of guide.blocks) {
    // A Sphinx or MyST table of contents (`{toctree}`, `.. toctree::`) is a list of the documents, not code to run.
    if (b.kind === 'code' && TOCTREE.test(`${b.lang} ${b.text.slice(0, 40)}`)) {
      links += b.text.split('\n').filter((line) => TOC_ENTRY.test(line)).length;
      continue;
    }
    if (b.kind === 'code') return { value: false, source: { file: guide.path, line: b.line } };
    // "To update them, run `make docgen`": a command to run, written inline, is a step of the guide's own.
    if ((b.kind === 'paragraph' || b.kind === 'listItem') && b.code.length > 0 && RUN_INLINE.test(b.text)) return { value: false, source: { file: guide.path, line: b.line } };
    if (b.kind === 'heading') {
      // "## Read CONTRIBUTE": a heading that sends the reader to another document points as a link does.
      if (POINTING_HEADING.test(b.text)) links++;
      continue;
    }
    // Only links to how-to-contribute material make a pointer: a guide whose one link is its CLA form is a guide.
    // A link to a document of the repository that was read with the guide ("the [AI Policy](AI_POLICY.md)") points
    // to where its rules are, whatever the document is called.
    // Such a link counts only while the guide asks nothing of its own in prose: "Please add tests for your change.
    // Please also read our [governance](GOVERNANCE.md)" is a guide that also links to more.
    if (proseAsks === 0 && (b.kind === 'paragraph' || b.kind === 'listItem')) proseAsks = asksInProse(b.text);
    // A coding standard adopted by name ("All code must adhere to the [Google C++ Style Guide](…)") is a rule of the
    // guide's own, not a pointer to where the guide is.
    links += b.links.filter((l) => !STYLE_GUIDE.test(`${l.text} ${l.target}`) && (pointsToDocs(`${l.text} ${l.target}`) || (proseAsks === 0 && !NOT_DOCS.test(l.target) && leadsTo(l.target, followed)))).length;
    // Any link elsewhere, whatever its words ("See https://example.github.io/widget/how_to_help/"), for a guide of a few
    // lines: past that length no link makes it a pointer this way, so the count stops.
    if (words <= FEW_WORDS) anyLinks += linksElsewhere(b.text, b.links);
    const styleTargets = b.links.filter((l) => STYLE_GUIDE.test(`${l.text} ${l.target}`)).map((l) => l.target);
    urlsInText += (b.text.match(/https?:\/\/\S+/g) ?? []).filter((u) => pointsToDocs(u) && !STYLE_GUIDE.test(u) && !styleTargets.some((t) => u.startsWith(t))).length;
    // Numbered items are steps or questions to work through: a procedure of the guide's own (unless, below, the
    // guide is a few lines beside a much longer document it sends the reader to).
    if (b.kind === 'listItem' && b.ordered) numbered ??= b.line;
    // Bullets that ask something of the contributor without sending them anywhere ("Provide test cases", "Create one
    // pull request per feature") are rules of the guide's own; a few of them weigh as numbered steps do.
    if (b.kind === 'listItem' && !b.ordered && b.depth === 0 && b.links.length === 0 && asksOfContributor(b.text) && ++ownAsks === MIN_OWN_ASKS) numbered ??= b.line;
    if (b.kind === 'listItem') {
      const withoutLinks = plainInline(b.text.replace(/\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')).replace(/[\s\p{P}]+/gu, ' ').trim();
      if (withoutLinks.split(' ').filter((w) => w.length > 0).length > MAX_ITEM_WORDS) return { value: false, source: { file: guide.path, line: b.line } };
    }
    // Past the limit the count no longer matters; a later block can still say where the guide is one of its own.
    if (words <= MAX_POINTER_WORDS) words += wordCount(plain(b));
  }
  if (words > MAX_POINTER_WORDS) return { value: false, source };
  if (numbered !== null && !(words <= TINY_GUIDE_WORDS && linkedWords(guide, flow) >= words * SUBSTANCE_ELSEWHERE)) return { value: false, source: { file: guide.path, line: numbered } };
  // (A reStructuredText `.. toctree::` keeps its entries as the document's directive links: each is a page of the guide.)
  const tocEntries = (guide.directiveLinks ?? []).length;
  // A guide of a few lines that links anywhere ("Contributing guidelines for this project are available at <url>", a
  // mirror's "development takes place at <url>") only sends the reader there.
  const fewLines = words <= FEW_WORDS && numbered === null && proseAsks === 0;
  return { value: links + urlsInText + tocEntries > 0 || (fewLines && anyLinks > 0), source };
}

/** A style guide or coding standard: "Google C++ Style Guide", `…/styleguide/…`. */
const STYLE_GUIDE = /\bstyle[\s-]?guide|\bcoding[\s-](?:standard|convention|style)s?\b/i;

/** A table-of-contents directive: MyST's fenced `{toctree}`, reStructuredText's `.. toctree::`. */
const TOCTREE = /\{toctree\}|\.\.\s+toctree::/;
/** An entry of one: `Title <path.md>` or a bare document path (options such as `:maxdepth: 1` are not entries). */
const TOC_ENTRY = /^\s*(?:[^:\s<][^<]{0,80}<[\w./-]{1,120}>|[\w./-]{1,120}(?:\.\w{1,5})?)\s*$/;

/** Sentences without a link that ask something of the contributor ("Please add tests for your change."). */
const asksInProse = (text: string): number =>
  text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !sentence.includes('](') && !sentence.includes('://') && asksOfContributor(sentence)).length;

/** An instruction to run an inline command: "run `make docgen`", "execute `npm test`". */
const RUN_INLINE = /\b(?:run|execute|type)\s+`[^`]{2,}`/i;

/** Where contribution know-how lives: developer docs, guides, workflows (not a CLA form, licence or code of conduct). */
const DOCS_TARGET = /contribut|develop|\bdev\b|hacking|guide|workflow|\bdocs?\b|documentation|handbook|wiki|readme|set[-_ ]?up|getting[-_ ]started|build|testing|patch|process|submit/i;
const NOT_DOCS = /licen[cs]e|agreement|\bcla\b|conduct|covenant|security|sponsor|donat/i;
const pointsToDocs = (text: string): boolean => DOCS_TARGET.test(text) && !NOT_DOCS.test(text);
/** This many bulleted asks without links make a procedure of the guide's own. */
const MIN_OWN_ASKS = 3;

/** "Read CONTRIBUTE", "See docs/HACKING.md": a heading that is an instruction to read elsewhere. */
const POINTING_HEADING = /^\W{0,3}(?:read|see|consult|refer\s+to)\b/i;

/** The paths of the documents read from the guide (linked or named), besides the guide itself. */
function followedPaths(guide: ParsedDocument, flow: readonly Located[]): ReadonlySet<string> {
  const paths = new Set<string>();
  for (const l of flow) if (l.doc !== guide) paths.add(l.doc.path.toLowerCase());
  return paths;
}

/**
 * Whether a link target names one of those documents: by its path relative to the root ("./docs/dev.md") or as the
 * end of a URL on the project's forge (".../blob/main/AI_POLICY.md"). Anchors and queries do not count.
 */
function leadsTo(target: string, followed: ReadonlySet<string>): boolean {
  if (followed.size === 0) return false;
  const path = target.replace(/[#?].*$/, '').replace(/^\.?\//, '').toLowerCase();
  if (path.length === 0) return false;
  for (const f of followed) if (path === f || path.endsWith(`/${f}`)) return true;
  return false;
}

/** A guide this short, with numbered steps, can still be a pointer... */
const TINY_GUIDE_WORDS = 100;
/** ...when the documents it leads to hold this many times its words. */
const SUBSTANCE_ELSEWHERE = 10;

/** Words of the documents read from the guide (linked or named), in the reading flow. */
function linkedWords(guide: ParsedDocument, flow: readonly Located[]): number {
  let words = 0;
  for (const l of flow) if (l.doc !== guide && l.block.kind !== 'code') words += wordCount(plain(l.block));
  return words;
}

/** Words of a plain text (`plain` keeps the words of `plainInline`: it only straightens quotes). */
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

/** A table of contents needs this many entries that are links... */
const MIN_TOC_LINKS = 5;
/** ...making up this share of its list items... */
const MIN_TOC_SHARE = 0.7;
/** ...each with at most this many words besides its link (a short caption). */
const MAX_TOC_CAPTION_WORDS = 12;

/**
 * A guide that is a long list of links (a table of contents of the real docs) is a pointer however long it is:
 * it has no code of its own, its prose outside the list is short, and most list items are a link with at most a
 * caption. A long guide that links out for details has instructions between its links, and is not.
 */
function isTableOfContents(guide: ParsedDocument): boolean {
  let items = 0;
  let linkItems = 0;
  let proseWords = 0;
  const blocks = guide.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'code') return false;
    if (b.kind === 'heading') continue;
    if (b.kind === 'listItem') {
      items++;
      if (b.links.length > 0 && captionWords(b.text) <= MAX_TOC_CAPTION_WORDS) linkItems++;
      continue;
    }
    // A table's row is its cells, paragraphs on one line ("| [Building](https://...) | How to build |"): an entry
    // like a list item, its cells besides the link a caption.
    const row = tableRow(blocks, i);
    if (row.length > 1) {
      items++;
      if (row.some((c) => c.links.some((l) => rowLeadsToDocs(l.target))) && row.reduce((n, c) => n + captionWords(c.text), 0) <= MAX_TOC_CAPTION_WORDS) linkItems++;
      i += row.length - 1;
      continue;
    }
    proseWords += wordCount(plain(b));
    // Too much prose for a table of contents, whatever follows.
    if (proseWords > MAX_POINTER_WORDS) return false;
  }
  return linkItems >= MIN_TOC_LINKS && linkItems >= items * MIN_TOC_SHARE && proseWords <= MAX_POINTER_WORDS;
}

/**
 * A table row is an entry of contents when its link leads to docs: a page of the repository or one about contributing,
 * not a person's profile (`[@alice](https://github.com/alice)`) or an outside specification.
 */
const rowLeadsToDocs = (target: string): boolean => !NOT_DOCS.test(target) && (!/^[a-z][\w+.-]*:|^\/\//i.test(target) || pointsToDocs(target));

/** Words of an entry besides its links' text and targets. */
const captionWords = (text: string): number =>
  plainInline(text.replace(/\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')).replace(/[\s\p{P}]+/gu, ' ').trim().split(' ').filter((w) => w.length > 0).length;

/** The paragraphs from `i` on that share its line outside any list: a table row's cells (one paragraph alone is no row). */
function tableRow(blocks: ParsedDocument['blocks'], i: number): { text: string; links: readonly { target: string }[] }[] {
  const first = blocks[i];
  const cells: { text: string; links: readonly { target: string }[] }[] = [];
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== 'paragraph' || b.inList || b.line !== first.line) break;
    cells.push(b);
  }
  return cells;
}
