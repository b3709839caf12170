/**
 * In-repository links that lead nowhere: a relative link to a file or folder that does not exist, or an anchor
 * (`#heading`, `other.md#heading`) naming a heading the Markdown document does not have. Links come from
 * markdown-it's tokens (inline links, reference links, images, autolinks); anchors are the heading slugs GitHub
 * makes, plus explicit `id`/`name` attributes in HTML.
 */
import MarkdownIt from 'markdown-it';
import { dirnameOf, joinRepoPath } from '../repo/repoFiles';
import { safeDecode } from '../guide/ownLinks';
import { blankFrontMatter } from '../guide/frontMatter';
import { Finding } from './types';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const md = new MarkdownIt({ html: true, linkify: false });

export interface MarkdownLink {
  readonly target: string;
  readonly line: number;
  readonly image: boolean;
}

export interface MarkdownAnchors {
  readonly links: readonly MarkdownLink[];
  /** The anchors GitHub gives the document's headings, and HTML `id`/`name` attributes. */
  readonly anchors: ReadonlySet<string>;
}

/** Links and anchors of a Markdown text; `lineOffset` is added to every line (for Markdown embedded at a line). */
export function markdownLinks(text: string, lineOffset = 0): MarkdownAnchors {
  const tokens = md.parse(blankFrontMatter(text), {});
  const links: MarkdownLink[] = [];
  const anchors = new Set<string>();
  const slugCounts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && tokens[i + 1]?.type === 'inline') {
      const slug = githubSlug(plainText(tokens[i + 1].children ?? []));
      const n = slugCounts.get(slug) ?? 0;
      anchors.add(n === 0 ? slug : `${slug}-${n}`);
      slugCounts.set(slug, n + 1);
    }
    if (t.type === 'html_block') for (const id of htmlIds(t.content)) anchors.add(id);
    if (t.type !== 'inline' || !t.map) continue;
    let line = t.map[0] + 1 + lineOffset;
    for (const c of t.children ?? []) {
      if (c.type === 'softbreak' || c.type === 'hardbreak') line++;
      else if (c.type === 'text' || c.type === 'code_inline') line += (c.content.match(/\n/g) ?? []).length;
      else if (c.type === 'html_inline') for (const id of htmlIds(c.content)) anchors.add(id);
      if (c.type === 'link_open') links.push({ target: String(c.attrGet('href') ?? ''), line, image: false });
      if (c.type === 'image') links.push({ target: String(c.attrGet('src') ?? ''), line, image: true });
    }
  }
  return { links, anchors };
}

/** GitHub's heading anchor: lower case, punctuation dropped (letters, digits, `-`, `_` and spaces kept), spaces to `-`. */
export function githubSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function plainText(children: readonly Token[]): string {
  return children.map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : '')).join('');
}

function htmlIds(html: string): string[] {
  const out: string[] = [];
  const re = /\b(?:id|name)\s*=\s*["']([^"']+)["']/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) out.push(m[1]);
  return out;
}

export interface LinkSource {
  /** The repo-relative file the links are written in. */
  readonly file: string;
  /** Where relative links resolve from (a step body's base folder); the file's folder by default. */
  readonly baseDir?: string;
  readonly parsed: MarkdownAnchors;
}

export interface LinkWorld {
  kind(path: string): Promise<'file' | 'directory' | 'other' | undefined>;
  /** The anchors of a Markdown file in the repository, undefined when it cannot be read. */
  anchorsOf(path: string): Promise<ReadonlySet<string> | undefined>;
}

const SITE_EXTENSIONS = ['.md', '.mdx', '.markdown', '.rst', '.adoc', '.html'];
const MARKDOWN_FILE = /\.(md|markdown|mdx)$/i;

/** Findings for every relative link or anchor of `source` that leads nowhere. */
export async function brokenLinkFindings(source: LinkSource, world: LinkWorld, where: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const link of source.parsed.links) {
    const target = link.target.trim();
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    const hashAt = target.indexOf('#');
    const pathPart = safeDecode((hashAt < 0 ? target : target.slice(0, hashAt)).replace(/\?.*$/, ''));
    const anchor = hashAt < 0 ? '' : safeDecode(target.slice(hashAt + 1));
    let path = source.file;
    if (pathPart !== '') {
      const joined = pathPart.startsWith('/') ? joinRepoPath(pathPart) : joinRepoPath(source.baseDir ?? dirnameOf(source.file), pathPart);
      // Leaving the repository, or templated paths, are not this rule's business.
      if (joined === undefined || /[{}<>$]/.test(pathPart)) continue;
      const bare = joined.replace(/\/$/, '');
      let kind = await world.kind(bare);
      // Docs-site sources link to sibling pages without the extension (`./pull-requests` for pull-requests.md).
      for (const ext of SITE_EXTENSIONS) if (kind === undefined && !/\.\w+$/.test(bare) && (await world.kind(bare + ext)) === 'file') kind = 'file';
      if (kind === undefined) {
        findings.push({
          id: 'broken-link',
          severity: 'error',
          file: source.file,
          line: link.line,
          message: `${where} links to ${link.image ? 'an image ' : ''}"${link.target}", but ${joined || '/'} does not exist in the repository.`,
          why: 'A newcomer who follows the link lands on a 404 page, often exactly where the guide hands over to the details they need.',
        });
        continue;
      }
      path = joined;
      if (kind !== 'file') continue;
    }
    if (anchor === '' || !MARKDOWN_FILE.test(path) || /^L\d+/.test(anchor)) continue;
    const anchors = path === source.file ? source.parsed.anchors : await world.anchorsOf(path);
    if (!anchors || anchors.has(anchor) || anchors.has(anchor.toLowerCase())) continue;
    findings.push({
      id: 'broken-anchor',
      severity: 'warning',
      file: source.file,
      line: link.line,
      message: `${where} links to "${link.target}", but ${path === source.file ? 'this document' : path} has no heading with the anchor #${anchor}.`,
      why: 'The link opens the page at its top instead of the section meant, and a newcomer has to hunt for it (or gives up).',
    });
  }
  return findings;
}
