/**
 * Files a document includes in itself: AsciiDoc's `include::path[]` and reStructuredText's `.. include:: path`. A
 * guide split into parts this way (a CONTRIBUTING.adoc that includes `docs/testing.adoc`) is one document on its
 * docs site, and the directive is the only trace of the part: the parsers keep no block for it. Each is followed
 * like a link, by what its path promises. Code includes (`literalinclude`, source files) are left out by the
 * reader's document extensions; targets still holding an unresolved `{attribute}` are skipped.
 */
import { Link } from './documentModel';
import { GuideFormat } from './locateGuide';

const ADOC_INCLUDE = /^include::([^\s[\]{}$]{1,300})\[[^\]]{0,200}\]\s*$/;
const RST_INCLUDE = /^\s*\.\.\s+include::\s+(\S{1,300})\s*$/;
/** At most this many per document: a manual assembled from hundreds of parts is not a guide. */
const MAX_INCLUDES = 30;

export function includeLinks(text: string, format: GuideFormat): Link[] {
  const pattern = format === 'asciidoc' ? ADOC_INCLUDE : format === 'rst' ? RST_INCLUDE : undefined;
  if (!pattern || !text.includes('include::')) return [];
  const links: Link[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let listing: string | undefined;
  for (let i = 0; i < lines.length && links.length < MAX_INCLUDES; i++) {
    // Inside an AsciiDoc listing or literal block (`----`, `....`, a fence) an include line shows the syntax.
    if (format === 'asciidoc') {
      const fence = /^(-{4,}|\.{4,}|`{3,})\s*$/.exec(lines[i].trim());
      if (fence) listing = listing === undefined ? fence[1] : listing === fence[1] ? undefined : listing;
      if (listing !== undefined || fence) continue;
    }
    const m = pattern.exec(lines[i]);
    // rST's `<name>` form names a file of the docutils distribution, not of the project.
    if (m && !m[1].startsWith('<')) links.push({ target: m[1], text: 'include', line: i + 1 });
  }
  return links;
}
