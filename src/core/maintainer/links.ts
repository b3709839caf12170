/**
 * What a link or path in a maintainer file may point at. A repository is untrusted, so the only targets are
 * http(s) addresses and files inside the repository: no `command:` (it would run an editor command from repo
 * text), `vscode:`, `javascript:`, `data:` or `file:` links, no absolute paths, nothing that climbs out with `..`.
 * The step renderer uses `classifyLink` too, so what is refused here is what it shows as plain text.
 */
import MarkdownIt from 'markdown-it';
import { joinRepoPath } from '../repo/repoFiles';

export type LinkVerdict =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string }
  /** A link to a heading of the same document (`#setup`). */
  | { readonly kind: 'anchor' }
  | { readonly kind: 'rejected'; readonly reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * A config path or link. `baseDir` is the folder relative links start from: "" for the maintainer file's own
 * paths (they are relative to the repository root), the Markdown file's folder for links in a body file. In
 * config paths (`baseDir` null) `..` is refused even when it stays inside, so a path reads the same everywhere.
 */
export function classifyLink(target: string, baseDir: string | null): LinkVerdict {
  const text = target.trim();
  if (text === '') return { kind: 'rejected', reason: 'it is empty' };
  const scheme = SCHEME.exec(text);
  if (scheme && !/^[a-z]$/i.test(scheme[1])) {
    const name = scheme[1].toLowerCase();
    if (name !== 'http' && name !== 'https') return { kind: 'rejected', reason: `"${name}:" links are not allowed (only http and https addresses, and files in the repository)` };
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { kind: 'rejected', reason: 'it is not a valid web address' };
    }
    if (url.username || url.password) return { kind: 'rejected', reason: 'a web address with a user name or password is not allowed' };
    return { kind: 'url', url: url.href };
  }
  if (text.startsWith('#')) return { kind: 'anchor' };
  if (/^[a-z]:/i.test(text) || text.startsWith('/') || text.startsWith('\\')) return { kind: 'rejected', reason: 'absolute paths are not allowed; write the path from the root of the repository' };
  if (text.includes('\\')) return { kind: 'rejected', reason: 'write paths with "/", not "\\"' };
  const pathPart = text.replace(/[?#].*$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return { kind: 'rejected', reason: 'it has a broken %-escape' };
  }
  const parts = decoded.split('/');
  if (baseDir === null && parts.includes('..')) return { kind: 'rejected', reason: 'paths may not use ".."; write the path from the root of the repository' };
  const path = joinRepoPath(baseDir ?? '', decoded);
  if (path === undefined) return { kind: 'rejected', reason: 'it leads outside the repository' };
  if (path === '') return { kind: 'rejected', reason: 'it names the repository root, not a file' };
  return { kind: 'file', path };
}

export interface MarkdownLink {
  /** The link target as markdown-it normalises it (what a renderer sees in `href`/`src`). */
  readonly href: string;
  /** 0-based line within the Markdown text. */
  readonly line: number;
  readonly verdict: LinkVerdict;
}

let md: InstanceType<typeof MarkdownIt> | undefined;

/**
 * Every link and image in a Markdown body, with its verdict. markdown-it's own link check is switched off here
 * (it silently drops `javascript:` links), so that every link is seen and a refused one reported; HTML stays off,
 * as in the renderer, so raw `<a>` tags are text.
 */
export function markdownLinks(markdown: string, baseDir: string): MarkdownLink[] {
  // Every link or image markdown-it finds starts with "[" or "<" (an autolink): a body without either has none.
  if (!/[[<]/.test(markdown)) return [];
  if (!md) {
    md = new MarkdownIt({ html: false, linkify: false });
    md.validateLink = () => true;
  }
  const links: MarkdownLink[] = [];
  for (const block of md.parse(markdown, {})) {
    // An inline token holds a whole paragraph; its line breaks are the children's soft and hard breaks.
    let line = block.map?.[0] ?? 0;
    for (const token of block.children ?? []) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line++;
      const raw = token.type === 'link_open' ? token.attrGet('href') : token.type === 'image' ? token.attrGet('src') : null;
      const href = raw === null ? null : String(raw);
      if (href !== null) links.push({ href, line, verdict: classifyLink(href, baseDir) });
    }
  }
  return links;
}
