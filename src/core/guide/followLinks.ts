import { RepoFiles, dirnameOf, joinRepoPath } from '../repo/repoFiles';
import { ReaderProblem, SourceRef } from './facts';
import { Block, Link, ParsedDocument } from './documentModel';
import { parseDocument } from './parseDocument';
import { readText } from './readText';

/** A document reached from the guide through links, and the link that reached it first. */
export interface LinkedDocument {
  readonly doc: ParsedDocument;
  readonly from: SourceRef;
  readonly hop: number;
}

export interface FollowOptions {
  readonly maxHops: number;
  readonly maxLinkedDocs: number;
  readonly maxFileBytes: number;
}

const DOC_EXTENSIONS = ['.md', '.mdx', '.markdown', '.rst', '.adoc', '.asciidoc', '.txt'];
const DOC_FILE = /\.(md|mdx|markdown|rst|adoc|asciidoc|txt)$/i;

/**
 * Only links that promise contribution know-how are followed: a guide links to code of conduct, licences and
 * API docs too, and reading those would add commands and lists no newcomer needs for a first pull request.
 */
const RELEVANT = /contribut|develop|hacking|set[-_ ]?up|getting[-_ ]started|install|build|testing|tests?\b|pull[-_ ]?requests?|\bprs?\b|commit|convention|guideline|workflow|submit|patch|local/i;

/** Hosts of general documentation, never a project's own docs site. */
const FOREIGN_HOSTS = /(^|\.)(github\.com|githubusercontent\.com|gitlab\.com|git-scm\.com|conventionalcommits\.org|wikipedia\.org|stackoverflow\.com|npmjs\.com|google\.com|youtube\.com|twitter\.com|x\.com|discord\.gg|discord\.com|slack\.com|opensource\.org|creativecommons\.org|developercertificate\.org|semver\.org|keepachangelog\.com|mozilla\.org|microsoft\.com|apache\.org|tbaggery\.com|chris\.beams\.io)$/i;

/** Folders where projects keep the sources of their published docs. */
const DOC_ROOTS = ['docs', 'doc', 'documentation', 'guides', 'guide', 'website', 'site', 'contributing', 'dev-docs', 'developer-docs', '.github'];
const INDEX_MAX_DEPTH = 4;
const INDEX_MAX_ENTRIES = 5000;

/**
 * Reads the in-repo documents the guide points to, breadth first, at most `maxHops` links away and at most
 * `maxLinkedDocs` of them. A visited set makes cycles harmless; paths leaving the repository are refused.
 * Links to a published docs site are matched to the repository's doc sources by their last path segments,
 * since many projects link their guide to the rendered page rather than the file beside it.
 */
export async function followLinks(files: RepoFiles, start: ParsedDocument, options: FollowOptions, problems: ReaderProblem[]): Promise<LinkedDocument[]> {
  const visited = new Set<string>([start.path]);
  const linked: LinkedDocument[] = [];
  const queue: { doc: ParsedDocument; hop: number }[] = [{ doc: start, hop: 0 }];
  const resolver = new LinkResolver(files);
  let capped = false;

  for (let q = 0; q < queue.length; q++) {
    const { doc, hop } = queue[q];
    if (hop >= options.maxHops) continue;
    for (const link of linksOf(doc.blocks)) {
      if (!RELEVANT.test(`${link.text} ${link.target}`)) continue;
      const resolved = await resolver.resolve(doc.path, link.target);
      if (resolved.kind === 'outside') {
        problems.push({ file: doc.path, line: link.line, message: `The link "${link.target}" leads outside the repository; it was not followed.`, severity: 'warning' });
        continue;
      }
      if (resolved.kind === 'broken') {
        problems.push({ file: doc.path, line: link.line, message: `The link "${link.target}" points to a file that does not exist.`, severity: 'warning' });
        continue;
      }
      if (resolved.kind !== 'found') continue;
      for (const path of resolved.paths) {
        if (visited.has(path)) continue;
        if (linked.length >= options.maxLinkedDocs) {
          if (!capped) problems.push({ file: doc.path, line: link.line, message: `Only ${options.maxLinkedDocs} linked documents are read; "${link.target}" and later links were not.`, severity: 'info' });
          capped = true;
          break;
        }
        visited.add(path);
        const text = await readText(files, path, options.maxFileBytes, problems);
        if (text === undefined) continue;
        const child = parseDocument(path, text);
        linked.push({ doc: child, from: { file: doc.path, line: link.line }, hop: hop + 1 });
        queue.push({ doc: child, hop: hop + 1 });
      }
    }
  }
  return linked;
}

function* linksOf(blocks: readonly Block[]): Iterable<Link> {
  for (const b of blocks) if (b.kind === 'paragraph' || b.kind === 'listItem') yield* b.links;
}

type Resolution = { kind: 'found'; paths: string[] } | { kind: 'broken' } | { kind: 'outside' } | { kind: 'ignored' };

class LinkResolver {
  private readonly listings = new Map<string, Promise<Map<string, 'file' | 'directory'>>>();
  private docIndex: Promise<string[]> | undefined;

  constructor(private readonly files: RepoFiles) {}

  async resolve(fromFile: string, target: string): Promise<Resolution> {
    const trimmed = target.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(trimmed)) return { kind: 'ignored' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return this.resolveUrl(trimmed);
    const bare = safeDecode(trimmed.replace(/[?#].*$/, ''));
    if (bare === '') return { kind: 'ignored' };
    const joined = bare.startsWith('/') ? joinRepoPath(bare) : joinRepoPath(dirnameOf(fromFile), bare);
    if (joined === undefined) return { kind: 'outside' };
    const paths = await this.candidates(joined);
    if (paths.length > 0) return { kind: 'found', paths };
    // Only a link that looks like a document is worth a warning; links to code or images are not read anyway.
    const last = joined.slice(joined.lastIndexOf('/') + 1);
    if (DOC_FILE.test(last) || !last.includes('.')) return (await this.exists(joined)) ? { kind: 'ignored' } : { kind: 'broken' };
    return { kind: 'ignored' };
  }

  private async resolveUrl(target: string): Promise<Resolution> {
    let url: URL;
    try {
      url = new URL(target.startsWith('//') ? `https:${target}` : target);
    } catch {
      return { kind: 'ignored' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'ignored' };
    const segments = url.pathname.split('/').filter((s) => s !== '').map(safeDecode);
    if (url.hostname === 'github.com' && (segments[2] === 'blob' || segments[2] === 'tree') && segments.length > 4) {
      // A link to a file of some repository on GitHub: read it here when this repository has that file.
      const path = joinRepoPath(...segments.slice(4));
      const paths = path ? await this.candidates(path) : [];
      return paths.length > 0 ? { kind: 'found', paths } : { kind: 'ignored' };
    }
    if (FOREIGN_HOSTS.test(url.hostname)) return { kind: 'ignored' };
    const tail = segments.map((s) => s.replace(/\.(html?|md|php)$/i, '')).filter((s) => !GENERIC_SEGMENT.test(s));
    if (tail.length === 0) return { kind: 'ignored' };
    const paths = await this.matchDocsSite(tail);
    return paths.length > 0 ? { kind: 'found', paths } : { kind: 'ignored' };
  }

  /** Doc sources whose path ends like the URL: the last segment as a file or folder name, the one before as a tie-breaker. */
  private async matchDocsSite(segments: string[]): Promise<string[]> {
    const last = key(segments[segments.length - 1]);
    const parent = segments.length > 1 ? key(segments[segments.length - 2]) : undefined;
    const index = await this.index();
    const fileHits = index.filter((p) => key(baseName(p).replace(DOC_FILE, '')) === last);
    const pick = (hits: string[]): string[] => {
      if (hits.length <= 1) return hits;
      const narrowed = parent ? hits.filter((p) => key(baseName(dirnameOf(p))) === parent) : [];
      return narrowed.length === 1 ? narrowed : [];
    };
    const file = pick(fileHits);
    if (file.length > 0) return file;
    const dirs = [...new Set(index.map(dirnameOf).filter((d) => key(baseName(d)) === last))];
    const dir = pick(dirs);
    return dir.length === 1 ? index.filter((p) => dirnameOf(p) === dir[0]).sort() : [];
  }

  private index(): Promise<string[]> {
    this.docIndex ??= this.buildIndex();
    return this.docIndex;
  }

  private async buildIndex(): Promise<string[]> {
    const found: string[] = [];
    let budget = INDEX_MAX_ENTRIES;
    const walk = async (dir: string, depth: number): Promise<void> => {
      const entries = await this.files.list(dir);
      budget -= entries.length;
      for (const e of entries) {
        const path = `${dir}/${e.name}`;
        if (e.kind === 'file' && DOC_FILE.test(e.name)) found.push(path);
        else if (e.kind === 'directory' && depth < INDEX_MAX_DEPTH && budget > 0 && !e.name.startsWith('.') && e.name !== 'node_modules') await walk(path, depth + 1);
      }
    };
    for (const root of DOC_ROOTS) if (budget > 0 && (await this.kindOf(root)) === 'directory') await walk(root, 1);
    return found.sort();
  }

  /** The document a repo path names: itself, with a doc extension added, or a folder's README/index. */
  private async candidates(path: string): Promise<string[]> {
    const kind = await this.kindOf(path);
    if (kind === 'file') return DOC_FILE.test(path) ? [path] : [];
    if (kind === 'directory') {
      const listing = await this.listing(path);
      const index = [...listing.keys()].find((n) => /^(readme|index)\.(md|mdx|markdown|rst|adoc)$/i.test(n));
      return index ? [`${path}/${index}`] : [];
    }
    for (const ext of DOC_EXTENSIONS) if ((await this.kindOf(path + ext)) === 'file') return [path + ext];
    return [];
  }

  private async exists(path: string): Promise<boolean> {
    return (await this.kindOf(path)) !== undefined;
  }

  private async kindOf(path: string): Promise<'file' | 'directory' | undefined> {
    if (path === '') return 'directory';
    return (await this.listing(dirnameOf(path))).get(baseName(path));
  }

  private listing(dir: string): Promise<Map<string, 'file' | 'directory'>> {
    let found = this.listings.get(dir);
    if (!found) {
      found = this.files.list(dir).then((entries) => new Map(entries.map((e) => [e.name, e.kind])));
      this.listings.set(dir, found);
    }
    return found;
  }
}

/** URL path segments that say nothing about the page (versions, languages, site sections). */
const GENERIC_SEGMENT = /^(index|readme|docs?|latest|stable|main|master|next|en|en-us|v?\d+(\.\d+)*|articles|blob|tree|wiki|pages?)$/i;

const key = (s: string): string => s.toLowerCase().replace(/[-_\s]+/g, '-');
const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The order a reader meets blocks in when each linked document is read where its link first appears:
 * the guide's blocks, with a linked document's blocks inserted right after the block that links to it.
 */
export function readingOrder(start: ParsedDocument, linked: readonly LinkedDocument[]): { doc: ParsedDocument; block: Block }[] {
  const children = new Map<string, LinkedDocument[]>();
  for (const l of linked) {
    const list = children.get(l.from.file) ?? [];
    list.push(l);
    children.set(l.from.file, list);
  }
  const out: { doc: ParsedDocument; block: Block }[] = [];
  const emitted = new Set<string>();
  const emit = (doc: ParsedDocument): void => {
    emitted.add(doc.path);
    const pending = [...(children.get(doc.path) ?? [])].sort((a, b) => a.from.line - b.from.line);
    const blocks = doc.blocks;
    for (let k = 0; k < blocks.length; k++) {
      out.push({ doc, block: blocks[k] });
      const nextLine = k + 1 < blocks.length ? blocks[k + 1].line : Number.POSITIVE_INFINITY;
      while (pending.length > 0 && pending[0].from.line < nextLine) {
        const child = pending.shift();
        if (child && !emitted.has(child.doc.path)) emit(child.doc);
      }
    }
    for (const child of pending) if (!emitted.has(child.doc.path)) emit(child.doc);
  };
  emit(start);
  for (const l of linked) if (!emitted.has(l.doc.path)) emit(l.doc);
  return out;
}
