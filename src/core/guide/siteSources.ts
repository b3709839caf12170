/**
 * Pages of a docs site on a host not known to be the project's own (`doc.example.org/contrib/process/`), matched
 * to the repository's doc sources only when the page's whole path is found in the source tree, in order. A site
 * generator keeps the source tree's shape (mdBook `book/src/a/b.md` -> `/a/b.html`, MkDocs and Sphinx likewise),
 * so three path segments matching the folders and file of exactly one source is evidence the site is built from
 * this repository; one or two matching segments ("/contributing/development") are not, since any site may have
 * such a page.
 */

import { dirnameOf } from '../repo/repoFiles';
import { DOC_FILE } from './guidePlaces';
import { RELEVANT } from './relevantLinks';

/** The folders of a monorepo's packages: a package's own docs root sits below one (`packages/codex-docs/`). */
export const MONOREPO_ROOT = /^(?:packages|apps|projects)$/i;

/** Folders a site generator keeps its sources in, absent from the published URLs (mdBook `src`, Sphinx `source`, Antora `modules/ROOT/pages`). */
export const SOURCE_MARKERS = new Set(['src', 'source', '_docs', 'content', 'pages', 'modules', 'root']);
/** URL segments before the page's own path that name a version or language ("en", "latest", "v2"). */
const LEADING_GENERIC = /^(?:docs?|latest|stable|main|master|next|dev|en|en-us|v?\d+(?:\.\d+)*)$/i;
/** A URL segment that names a folder's own page. */
const INDEX_PAGE = /^(?:index|readme)$/i;
export const PAGE_EXTENSION = /\.(?:html?|md|php)$/i;
/**
 * A source's page path: without its extension, and without an English language tag a multilingual site keeps in the
 * name (`contributing.en-US.md` beside `contributing.zh-CN.md` publishes `/contributing`): the English source is the
 * page a link without a language shows.
 */
export const pageStem = (path: string): string => path.replace(DOC_FILE, '').replace(/\.en(?:[-_][a-z]{2})?$/i, '');

/** How many segments of the page's path must match the source tree. */
export const MIN_PAGE_SEGMENTS = 3;

/** A path or URL segment compared without case, and with `-`, `_` and spaces alike. */
export const segmentKey = (s: string): string => s.toLowerCase().replace(/[-_\s]+/g, '-');

/**
 * The doc source a page of an unknown host stands for: one file, or one folder when the page is the folder's
 * index (see folderDocs); none when the match is short or not unique. `segments` are the URL's decoded path segments,
 * `folderPage` whether the URL ended with "/"; `index` lists the repository's doc sources.
 */
export function sourcesForPage(segments: readonly string[], folderPage: boolean, index: readonly string[], minSegments = MIN_PAGE_SEGMENTS): string[] {
  const segs = segments.map((s) => s.replace(PAGE_EXTENSION, '')).filter((s) => s !== '');
  let matched = 0;
  const namedIndex = segs.length > 0 && INDEX_PAGE.test(segs[segs.length - 1]);
  if (namedIndex) segs.pop();
  const isFolder = folderPage || namedIndex;
  if (isFolder) matched++;
  if (segs.length === 0) return [];
  const wanted = segs.map(segmentKey);
  if (isFolder) {
    const folders = docFolders(index).filter((d) => d !== '' && suffixMatch(d.split('/'), wanted) + matched >= minSegments);
    if (folders.length === 1) return folders;
    // A page with a trailing "/" is also how MkDocs and Hugo publish a file (`/dev/howto/building/` for building.md).
    if (namedIndex) return [];
  }
  const files = index.filter((p) => DOC_FILE.test(p) && suffixMatch(pageStem(p).split('/'), wanted) >= minSegments);
  return files.length === 1 ? files : [];
}

/**
 * The doc sources a folder's page stands for: the folder's index page (index, README), then its other files whose
 * names promise contribution know-how (getting-started, testing, sending-in-a-pr), since a site shows those
 * beside the index in its menu rather than linking them from it. Other files of the folder (a security process,
 * a cheat sheet) are not read. For an mdBook book folder (book.toml beside `src/`), the `src` folder is the book.
 */
export function folderDocs(index: readonly string[], folder: string, isBook = false): string[] {
  const own = index.filter((p) => dirnameOf(p) === folder);
  const docs = isBook || own.length === 0 ? index.filter((p) => dirnameOf(p) === `${folder}/src`) : own;
  const name = (p: string): string => p.slice(p.lastIndexOf('/') + 1).replace(DOC_FILE, '');
  const indexPage = docs.filter((p) => /^_?(?:index|readme)$/i.test(name(p))).sort();
  const relevant = docs.filter((p) => !indexPage.includes(p) && (RELEVANT.test(name(p)) || BESIDE_INDEX.test(name(p)))).sort();
  return [...indexPage.slice(0, 1), ...relevant];
}

/**
 * Pages a contributor book keeps beside its index whose names say little to a link's reader but are part of the how-to:
 * the quick start and the page on changelog entries (`quickstart.rst`, `changelog-entries.rst`), not the changelog itself.
 */
const BESIDE_INDEX = /^(?:quick[-_]?start|changelog[-_](?:entries|entry|fragments?|guide)|release[-_]notes?[-_](?:guide|howto|entries))$/i;

/** Folders that hold doc sources, and mdBook book folders (those whose `src` folder holds them). */
export function docFolders(index: readonly string[]): string[] {
  const dirs = new Set(index.map(dirnameOf));
  for (const d of [...dirs]) if (d.endsWith('/src')) dirs.add(dirnameOf(d));
  return [...dirs];
}

/**
 * How many of the URL's segments match the end of a source path, read backwards; source-folder markers may be
 * skipped in the path, and URL segments left over must be version or language ones. 0 when they do not match.
 */
function suffixMatch(pathSegments: readonly string[], wanted: readonly string[]): number {
  let p = pathSegments.length - 1;
  let w = wanted.length - 1;
  let count = 0;
  while (w >= 0 && p >= 0) {
    const seg = segmentKey(pathSegments[p]);
    if (seg === wanted[w]) {
      count++;
      w--;
      p--;
    } else if (SOURCE_MARKERS.has(seg) && count > 0) p--;
    else break;
  }
  for (; w >= 0; w--) if (!LEADING_GENERIC.test(wanted[w])) return 0;
  return count;
}

/**
 * Of several sources that end like a site's page, the one the whole URL explains: its last segments are the source's
 * file and folders (source-folder markers such as Antora's `modules/ROOT/pages` aside), the URL's segments before them
 * name only a version, a branch or a language, and the source's folders above them are the docs root alone (or its
 * `docs` folder, or the language folder the URL names). So not a deeper section of the same name
 * (`docs/core/development/dev-process.rst` for `/development/dev-process`), a copy kept for an old version
 * (`versioned_docs/version-0.4/...`), another language's page (`docs/zh/`), or a page whose section the URL does not
 * name (`docs/setup.md` for `/contributing/setup`). The hit explaining most of the URL, when exactly one does.
 */
export function nearestRoot(hits: readonly string[], urlPath: readonly string[]): string[] {
  const wanted = urlPath.map(segmentKey);
  const languages = new Set(wanted.filter((s) => LANGUAGE_SEGMENT.test(s)));
  let best: string[] = [];
  let bestMatched = 0;
  for (const hit of hits) {
    const folders = pageStem(hit).split('/');
    let f = folders.length - 1;
    let w = wanted.length - 1;
    let matched = 0;
    while (f >= 0 && w >= 0) {
      if (segmentKey(folders[f]) === wanted[w]) {
        matched++;
        f--;
        w--;
      } else if (matched > 0 && SOURCE_MARKERS.has(segmentKey(folders[f]))) f--;
      else break;
    }
    if (matched === 0 || wanted.slice(0, w + 1).some((s) => !VERSION_OR_LANGUAGE.test(s))) continue;
    const above = folders.slice(0, f + 1);
    const atRoot = above.slice(MONOREPO_ROOT.test(above[0] ?? '') ? 2 : 1).every((d) => /^docs?$/i.test(d) || SOURCE_MARKERS.has(segmentKey(d)) || languages.has(segmentKey(d)));
    if (!atRoot || matched < bestMatched) continue;
    if (matched > bestMatched) best = [];
    best.push(hit);
    bestMatched = matched;
  }
  return best.length === 1 ? best : [];
}
/** A URL segment that names a version, a branch, a language or the docs as such, not a section of the site. */
const VERSION_OR_LANGUAGE = /^(?:v?\d+(?:\.\d+)*(?:\.x)?|latest|stable|current|main|master|trunk|next|dev|devel|develop|nightly|docs?|[a-z]{2}(?:-[a-z]{2})?)$/i;
const LANGUAGE_SEGMENT = /^[a-z]{2}(?:-[a-z]{2})?$/i;

