/**
 * Where a link in a guide leads inside the repository: a relative path, a file of the project's own repository
 * on its forge, or a page of the project's own docs site matched to the doc source it was built from.
 */
import { RefusedReason, RepoFiles, dirnameOf, joinRepoPath } from '../repo/repoFiles';
import { ProjectIdentity, normalName } from '../repo/projectIdentity';
import { classifyUrl, safeDecode } from './ownLinks';
import { DOC_EXTENSIONS, DOC_FILE, spelledFolders } from './guidePlaces';
import { REF_PREFIX } from './rstInline';
import { MIN_PAGE_SEGMENTS, MONOREPO_ROOT, PAGE_EXTENSION, docFolders, folderDocs, nearestRoot, pageStem, segmentKey as key, sourcesForPage } from './siteSources';

/**
 * A plain-text document without an extension that is read when named: a folder's README or a contributor's
 * document. An extensionless INSTALL is left out: it is the users' build manual, a long list of build variants.
 */
const PLAIN_DOC = /^(?:README|HACKING|CONTRIBUTING|CONTRIBUTE|DEVELOPMENT|DEVELOPERS)$/;

/**
 * A document without an extension that a docs site publishes under its own name (`Documentation/SubmittingPatches`
 * as `/docs/SubmittingPatches`): a word or words in letters, not a build file (Makefile, Kconfig, Doxyfile).
 */
const PLAIN_SOURCE = /^[A-Za-z][A-Za-z_-]{2,60}$/;
const NOT_A_SOURCE = /(?:file|config|build|ignore)$|^(?:licen[cs]e|copying|version|owners|maintainers|authors|credits|install|news|change-?log|changes|history|thanks|todo|notice)$/i;
/** An extensionless document a link leads to: a name in capitals or CamelCase, which scripts (`bootstrap`, `configure`) are not. */
const LINKED_PLAIN_DOC = /^[A-Z][A-Za-z_-]{2,60}$/;

/** Folders where projects keep the sources of their published docs, matched in any case (`Documentation/`). */
// (`help` holds FAKE's site sources, `sites/www` paramiko's, `book` an mdBook's, `manual` a manual's pages.)
const DOC_ROOTS = ['docs', 'doc', 'documentation', 'guides', 'guide', 'website', 'site', 'sites', 'www', 'help', 'book', 'manual', 'contributing', 'dev-docs', 'devel-docs', 'devdocs', 'developer-docs', 'developer', 'developers', 'development', 'handbook', '.github'];
const DOC_ROOT_COMPOUND = /^(?:docs?|documentation)[-_](?:website|site|src|source|content|pages)$|^(?:website|site)[-_]docs?$/i;
const INDEX_MAX_DEPTH = 4;
/** A package that is a monorepo's docs site (`codex-docs`, `docs`, `website`). */
const DOCS_PACKAGE = /^(?:[\w.-]+[-_])?(?:docs?|documentation|website|site|www)$/i;
/** Pages read for the labels that `:ref:` and MyST `{ref}` cross-references name (reStructuredText and MyST Markdown): how many, and how much of each. */
// (MyST Markdown pages define labels too, as `(label)=` on a line of their own.)
const LABEL_PAGE = /\.(?:rst|md)$/i;
const MAX_LABEL_PAGES = 120;
const MAX_LABEL_PAGE_BYTES = 128 * 1024;
const LABEL_DECODER = new TextDecoder('utf-8', { fatal: false });
/** A label definition line: `.. _label:` (not an anonymous `.. __:` or a hyperlink target with a URL after the colon). */
const LABEL_LINE = /^(?:\.\.\s+_([^:`\n][^:\n]{0,200}):|\(([^()\s][^()\n]{0,200})\)=)\s*$/gm;
const INDEX_MAX_ENTRIES = 5000;

export type Resolution =
  | { kind: 'found'; paths: string[] }
  | { kind: 'broken' }
  | { kind: 'outside' }
  | { kind: 'refused'; path: string; reason: RefusedReason }
  | { kind: 'ignored' };

type Kind = 'file' | 'directory' | RefusedReason;

/** Resolves a guide's link targets to in-repo documents, caching folder listings and the docs index. */
export class LinkResolver {
  private readonly listings = new Map<string, Promise<Map<string, Kind>>>();
  private docIndex: Promise<string[]> | undefined;
  /** Sphinx labels (`.. _label:`) to the page that defines them, read once when a guide first cross-references one. */
  private labels: Promise<Map<string, string | null>> | undefined;
  /** Extensionless documents in the doc folders, found while the index is built: only a docs-site page is matched to them. */
  private readonly plainSources: string[] = [];

  constructor(
    private readonly files: RepoFiles,
    private readonly identity: ProjectIdentity,
    /** The name of the folder the repository is in, which can match the repository's name on a forge. */
    private readonly folderName?: string,
  ) {}

  async resolve(fromFile: string, target: string): Promise<Resolution> {
    const trimmed = target.trim();
    if (trimmed.startsWith(REF_PREFIX)) return this.resolveLabel(fromFile, trimmed.slice(REF_PREFIX.length));
    if (trimmed === '' || trimmed.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(trimmed)) return { kind: 'ignored' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return this.resolveUrl(trimmed, fromFile);
    const bare = safeDecode(trimmed.slice(0, cutAt(trimmed)));
    if (bare === '') return { kind: 'ignored' };
    const joined = bare.startsWith('/') ? joinRepoPath(bare) : joinRepoPath(dirnameOf(fromFile), bare);
    if (joined === undefined) return { kind: 'outside' };
    const kind = await this.kindOf(joined);
    if (kind !== undefined && kind !== 'file' && kind !== 'directory') return { kind: 'refused', path: joined, reason: kind };
    const paths = await this.candidates(joined, true);
    if (paths.length > 0) return { kind: 'found', paths };
    // Only a link that looks like a document is worth a warning; links to code or images are not read anyway.
    const last = joined.slice(joined.lastIndexOf('/') + 1);
    if (DOC_FILE.test(last) || !last.includes('.')) return (await this.exists(joined)) ? { kind: 'ignored' } : { kind: 'broken' };
    return { kind: 'ignored' };
  }

  /**
   * A document the guide names without linking it: a path (`docs/testing.md`, ``doc/dev``), tried beside the
   * naming file and then from the repository root, or a bare capitalised name (HACKING, CONTRIBUTE) of a doc file
   * in the root, beside the naming file or, when only one has that name, in the docs folders. Only what exists is
   * found; nothing is reported otherwise, since most such names are not meant as references.
   */
  async resolveNamed(fromFile: string, name: string): Promise<string[]> {
    const from = dirnameOf(fromFile);
    const tries = [joinRepoPath(from, name), joinRepoPath(name)].filter((p): p is string => p !== undefined);
    for (const path of [...new Set(tries)]) {
      const kind = await this.kindOf(path);
      if (kind !== undefined && kind !== 'file' && kind !== 'directory') return [];
      const paths = await this.candidates(path);
      if (paths.length > 0) return paths;
    }
    if (name.includes('/') || name.includes('.')) return [];
    const stem = name.toLowerCase();
    const hits = (await this.index()).filter((p) => baseName(p).replace(DOC_FILE, '').toLowerCase() === stem);
    return hits.length === 1 ? hits : [];
  }

  /**
   * The page that defines a Sphinx label (`.. _label:`, or MyST's `(label)=`), for a `:ref:` or `{ref}` cross-reference. Labels are
   * matched as Sphinx does, without case; pages are looked for beside the referring one and in the doc folders. A
   * label nobody defines here is ignored: Sphinx may take it from another project's inventory.
   */
  private async resolveLabel(fromFile: string, label: string): Promise<Resolution> {
    this.labels ??= this.buildLabels(fromFile, label);
    const path = (await this.labels).get(label.trim().toLowerCase());
    // A label two pages define (null) is ambiguous, as a doc name with two matches is: nothing is followed.
    return path !== undefined && path !== null && path !== fromFile ? { kind: 'found', paths: [path] } : { kind: 'ignored' };
  }

  private async buildLabels(fromFile: string, label: string): Promise<Map<string, string | null>> {
    const labels = new Map<string, string | null>();
    const beside = [...(await this.listing(dirnameOf(fromFile))).entries()].filter(([name, kind]) => kind === 'file' && LABEL_PAGE.test(name)).map(([name]) => joinRepoPath(dirnameOf(fromFile), name)).filter((p): p is string => p !== undefined);
    // Pages beside the referring one first, then those whose path shares a word with the label ("running_tests" ->
    // docs/topics/testing.rst... "test"), then the rest: a large API reference must not crowd out the page meant.
    const words = label.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4).map((w) => w.slice(0, 4));
    const shares = (p: string): boolean => words.some((w) => p.toLowerCase().includes(w));
    const all = (await this.index()).filter((p) => LABEL_PAGE.test(p));
    const pages = [...new Set([...beside, ...all.filter(shares), ...all])].slice(0, MAX_LABEL_PAGES);
    for (const page of pages) {
      const content = await this.files.read(page, MAX_LABEL_PAGE_BYTES);
      if (!content) continue;
      // Labels are ASCII in practice; a page that is not valid UTF-8 yields replacement characters, never a throw.
      const text = LABEL_DECODER.decode(content.bytes);
      for (const m of text.matchAll(LABEL_LINE)) {
        const key = (m[1] ?? m[2]).trim().toLowerCase();
        const known = labels.get(key);
        labels.set(key, known === undefined ? page : known === page ? page : null);
      }
    }
    return labels;
  }

  private async resolveUrl(target: string, fromFile: string): Promise<Resolution> {
    let url: URL;
    try {
      url = new URL(target.startsWith('//') ? `https:${target}` : target);
    } catch {
      return { kind: 'ignored' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'ignored' };
    const where = classifyUrl(url, this.identity, this.folderName);
    if (where.kind === 'repoPath') {
      // A link to a file of the project's own repository on its forge: read the copy checked out here.
      const paths = await this.candidates(where.path, true);
      return paths.length > 0 ? { kind: 'found', paths } : { kind: 'ignored' };
    }
    if (where.kind === 'otherSite') {
      // Too short a path to be evidence: no need to list the doc folders.
      const min = where.minSegments ?? MIN_PAGE_SEGMENTS;
      if (where.segments.length + (where.folderPage ? 1 : 0) < min) return { kind: 'ignored' };
      const found = sourcesForPage(where.segments, where.folderPage, await this.index(), min);
      const paths = found.length === 1 && !DOC_FILE.test(found[0]) ? await this.folderDocs(found[0]) : found;
      return paths.length > 0 ? { kind: 'found', paths } : { kind: 'ignored' };
    }
    if (where.kind !== 'site') return { kind: 'ignored' };
    const tail = where.segments.map((s) => s.replace(PAGE_EXTENSION, '')).filter((s) => !GENERIC_SEGMENT.test(s));
    if (tail.length === 0) return { kind: 'ignored' };
    const paths = await this.matchDocsSite(tail, fromFile, where.segments.map((s) => s.replace(PAGE_EXTENSION, '')).filter((s) => s !== ''));
    return paths.length > 0 ? { kind: 'found', paths } : { kind: 'ignored' };
  }

  /** Doc sources whose path ends like the URL: the last segment as a file or folder name, the one before as a tie-breaker. */
  private async matchDocsSite(segments: string[], fromFile: string, urlPath: readonly string[]): Promise<string[]> {
    const last = key(segments[segments.length - 1]);
    const parent = segments.length > 1 ? key(segments[segments.length - 2]) : undefined;
    // The page that links is not the page it links to: `.github/CONTRIBUTING.md` sending readers to the site's
    // contributing page means the docs' own `contributing.md`, the one other source of that name.
    const index = (await this.index()).filter((p) => p !== fromFile);
    // An extensionless source counts only when no source with an extension has the page's name.
    let fileHits = index.filter((p) => key(baseName(pageStem(p))) === last);
    if (fileHits.length === 0) fileHits = this.plainSources.filter((p) => key(baseName(p)) === last);
    const pick = (hits: string[]): string[] => {
      if (hits.length <= 1) return hits;
      const narrowed = parent ? hits.filter((p) => key(baseName(dirnameOf(p))) === parent) : [];
      return narrowed.length === 1 ? narrowed : nearestRoot(hits, urlPath);
    };
    const file = pick(fileHits);
    if (file.length > 0) return file;
    const dirs = docFolders(index).filter((d) => key(baseName(d)) === last);
    const dir = pick(dirs);
    return dir.length === 1 ? this.folderDocs(dir[0]) : [];
  }

  private async folderDocs(folder: string): Promise<string[]> {
    return folderDocs(await this.index(), folder, (await this.kindOf(`${folder}/book.toml`)) === 'file');
  }

  private index(): Promise<string[]> {
    this.docIndex ??= this.buildIndex();
    return this.docIndex;
  }

  private async buildIndex(): Promise<string[]> {
    const found: string[] = [];
    let budget = INDEX_MAX_ENTRIES;
    // A folder reached twice through a symlink (`docs/loop -> ..`) is walked once.
    const walked = new Set<string>();
    const walk = async (dir: string, depth: number): Promise<void> => {
      const id = (await this.files.canonical?.(dir)) ?? dir;
      if (walked.has(id)) return;
      walked.add(id);
      // The same cached listing the link look-ups use, so no folder is listed twice.
      const entries = await this.listing(dir);
      budget -= entries.size;
      for (const [name, kind] of entries) {
        const path = `${dir}/${name}`;
        if (kind === 'file' && DOC_FILE.test(name)) found.push(path);
        else if (kind === 'file' && PLAIN_SOURCE.test(name) && !NOT_A_SOURCE.test(name)) this.plainSources.push(path);
        else if (kind === 'directory' && depth < INDEX_MAX_DEPTH && budget > 0 && !name.startsWith('.') && name !== 'node_modules') await walk(path, depth + 1);
      }
    };
    const rootDirs = [...(await this.listing('')).entries()].filter(([, kind]) => kind === 'directory').map(([name]) => name);
    // Besides the usual names, a docs site's own folder spelled with its kind (`docs-website`, `doc-src`, `website-docs`).
    const compound = rootDirs.filter((d) => DOC_ROOT_COMPOUND.test(d)).sort();
    // A monorepo keeps its docs site as one of its packages (`packages/codex-docs/`, `apps/website/`).
    const packaged: string[] = [];
    for (const root of rootDirs.filter((d) => MONOREPO_ROOT.test(d)).sort()) {
      for (const [name, kind] of await this.listing(root)) if (kind === 'directory' && DOCS_PACKAGE.test(name)) packaged.push(`${root}/${name}`);
    }
    // A repository whose main package sits in a folder named after the project keeps its docs there (`certbot/docs/`).
    for (const root of rootDirs.filter((d) => this.identity.names.includes(normalName(d))).sort()) {
      for (const [name, kind] of await this.listing(root)) if (kind === 'directory' && /^(?:docs?|documentation)$/i.test(name)) packaged.push(`${root}/${name}`);
    }
    for (const dir of [...spelledFolders(rootDirs, DOC_ROOTS), ...compound]) if (budget > 0) await walk(dir, 1);
    for (const dir of packaged.sort()) if (budget > 0) await walk(dir, 1);
    this.plainSources.sort();
    return found.sort();
  }

  /**
   * The document a repo path names: itself, with a doc extension added, or a folder's README/index. A link's own
   * target (`linked`) may also be an extensionless document named in capitals or CamelCase (SubmittingPatches,
   * CodingStyle): a link says it is meant to be read, which a name in running text does not.
   */
  private async candidates(path: string, linked = false): Promise<string[]> {
    const kind = await this.kindOf(path);
    const name = baseName(path);
    if (kind === 'file') return DOC_FILE.test(path) || PLAIN_DOC.test(name) || (linked && LINKED_PLAIN_DOC.test(name) && !NOT_A_SOURCE.test(name)) ? [path] : [];
    if (kind === 'directory') {
      const listing = await this.listing(path);
      const index = [...listing.keys()].find((n) => /^(readme|index)\.(md|mdx|markdown|rst|adoc)$/i.test(n));
      return index ? [path === '' ? index : `${path}/${index}`] : [];
    }
    for (const ext of DOC_EXTENSIONS) if ((await this.kindOf(`${path}.${ext}`)) === 'file') return [`${path}.${ext}`];
    return [];
  }

  private async exists(path: string): Promise<boolean> {
    return (await this.kindOf(path)) !== undefined;
  }

  private async kindOf(path: string): Promise<Kind | undefined> {
    if (path === '') return 'directory';
    return (await this.listing(dirnameOf(path))).get(baseName(path));
  }

  private listing(dir: string): Promise<Map<string, Kind>> {
    let found = this.listings.get(dir);
    if (!found) {
      found = this.files.list(dir).then((entries) => new Map(entries.map((e): [string, Kind] => [e.name, e.kind === 'refused' ? e.reason : e.kind])));
      this.listings.set(dir, found);
    }
    return found;
  }
}

/** URL path segments that say nothing about the page (versions, languages, site sections). */
const GENERIC_SEGMENT = /^(index|readme|docs?|latest|stable|main|master|next|en|en-us|v?\d+(\.\d+)*|articles|blob|tree|wiki|pages?)$/i;

const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Where a link's query or fragment starts (its length when it has neither). */
function cutAt(target: string): number {
  const query = target.indexOf('?');
  const hash = target.indexOf('#');
  return Math.min(query < 0 ? target.length : query, hash < 0 ? target.length : hash);
}
