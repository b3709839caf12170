/**
 * The entries of a reStructuredText `.. toctree::` directive (or MyST's ```{toctree} fence in Markdown), as links: Sphinx docs chain a contributing index to
 * its pages this way ("submitting-patches", "Title <path>"), and the parsed document keeps no trace of it (the
 * directive holds no prose). External entries (a URL in the angle brackets) are left to the link rules.
 */
import { Link } from './documentModel';

const TOCTREE = /^(\s*)\.\.\s+toctree::\s*$/;
/** MyST's form in Markdown: a fence (```{toctree} or :::{toctree}) whose lines are the entries, options first. */
const MYST_TOCTREE = /^\s*(`{3,}|:{3,})\{toctree\}/;
/** At most this many entries per document: an index of a whole manual is not a guide's chain of pages. */
const MAX_ENTRIES = 60;

/** A document's toctree entries: the rST directive's in reStructuredText, MyST's fences in Markdown. */
export function toctreeLinks(text: string, format: 'rst' | 'markdown'): Link[] {
  if (format === 'markdown') return text.includes('{toctree}') ? mystToctreeLinks(text) : [];
  if (!text.includes('toctree::')) return [];
  const lines = text.split(/\r?\n/);
  const links: Link[] = [];
  for (let i = 0; i < lines.length && links.length < MAX_ENTRIES; i++) {
    const start = TOCTREE.exec(lines[i]);
    if (!start) continue;
    const indent = start[1].length;
    for (let j = i + 1; j < lines.length && links.length < MAX_ENTRIES; j++) {
      const line = lines[j];
      if (line.trim() === '') continue;
      // The directive's body is indented deeper than the directive; the first line that is not ends it.
      if (line.length - line.trimStart().length <= indent) break;
      const link = entryLink(line.trim(), j + 1);
      if (link) links.push(link);
    }
  }
  return links;
}

/** The entries of MyST `{toctree}` fences, in the same shapes as the rST directive's. */
function mystToctreeLinks(text: string): Link[] {
  const lines = text.split(/\r?\n/);
  const links: Link[] = [];
  // A fence of another kind (an example of the syntax in a longer fence) is skipped whole.
  let outer: string | undefined;
  for (let i = 0; i < lines.length && links.length < MAX_ENTRIES; i++) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
    if (outer !== undefined) {
      if (fenceMark && fenceMark[1][0] === outer[0] && fenceMark[1].length >= outer.length && lines[i].trim() === fenceMark[1]) outer = undefined;
      continue;
    }
    const open = MYST_TOCTREE.exec(lines[i]);
    if (!open) {
      if (fenceMark) outer = fenceMark[1];
      continue;
    }
    const fence = open[1];
    for (let j = i + 1; j < lines.length && links.length < MAX_ENTRIES; j++) {
      const entry = lines[j].trim();
      if (entry.startsWith(fence)) {
        i = j;
        break;
      }
      const link = entry === '' || entry.startsWith('---') ? undefined : entryLink(entry, j + 1);
      if (link) links.push(link);
    }
  }
  return links;
}

/**
 * One toctree entry as a link: "path" or "Title <path>". Options (`:maxdepth: 1`), `self` and glob patterns
 * name no page of their own.
 */
function entryLink(entry: string, line: number): Link | undefined {
  if (entry.startsWith(':')) return undefined;
  const titled = /^(.*?)\s*<([^<>]+)>$/.exec(entry);
  const target = titled ? titled[2] : entry;
  if (target === 'self' || target.includes('*')) return undefined;
  return { target, text: titled ? titled[1] : target, line };
}
