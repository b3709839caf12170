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

/** Folders a site generator keeps its sources in, absent from the published URLs (mdBook `src`, Sphinx `source`, Antora `modules/ROOT/pages`). */
export const SOURCE_MARKERS = new Set(['src', 'source', '_docs', 'content', 'pages', 'modules', 'root']);
/** URL segments before the page's own path that name a version or language ("en", "latest", "v2"). */
const LEADING_GENERIC = /^(?:docs?|latest|stable|main|master|next|dev|en|en-us|v?\d+(?:\.\d+)*)$/i;
/** A URL segment that names a folder's own page. */
const INDEX_PAGE = /^(?:index|readme)$/i;
export const PAGE_EXTENSION = /\.(?:html?|md|php)$/i;

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
  const files = index.filter((p) => DOC_FILE.test(p) && suffixMatch(p.replace(DOC_FILE, '').split('/'), wanted) >= minSegments);
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
