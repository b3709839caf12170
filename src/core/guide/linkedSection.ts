/**
 * The part of a linked document a link's fragment points at: "See [the readme](README.md#contributing)" sends the
 * reader to one section of a README that may be a whole user manual, not to all of it. The fragment is matched to a
 * heading as forges and site generators make their anchors (GitHub's slugs, docutils ids, AsciiDoc's `_ids`), by
 * letters and digits only, so "Contribution Workflow", `contribution-workflow` and `_contribution_workflow` meet.
 */
import { Block, ParsedDocument, sectionEnd } from './documentModel';

/** A fragment that names a line or a range of lines (`#L10`, `#L10-L20`), not a heading. */
const LINE_FRAGMENT = /^L\d+(?:-L?\d+)?$/;
/** GitHub's prefix on the ids it renders, sometimes copied into links. */
const FORGE_PREFIX = /^user-content-/;
/** The suffix a forge adds to the second and later headings of one name (`#setup-1`). */
const REPEAT_SUFFIX = /-(\d+)$/;

const keyOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function fragmentOf(target: string): string | undefined {
  const hash = target.indexOf('#');
  if (hash < 0) return undefined;
  let fragment = target.slice(hash + 1).trim();
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is matched as written.
  }
  fragment = fragment.replace(FORGE_PREFIX, '');
  return fragment === '' || LINE_FRAGMENT.test(fragment) ? undefined : fragment;
}

/**
 * The heading a link's target names and every block under it, as a document of its own (same path, lines and
 * section paths, so facts still point into the file); the whole document when the target names no heading there.
 */
export function linkedSection(doc: ParsedDocument, target: string): ParsedDocument {
  const range = sectionRange(doc, target);
  return range === undefined ? doc : { ...doc, blocks: doc.blocks.slice(range[0], range[1]) };
}

/** The blocks [start, end) of the section a link's target names; undefined when it names none, or the whole document. */
export function sectionRange(doc: ParsedDocument, target: string): [number, number] | undefined {
  const fragment = fragmentOf(target);
  if (fragment === undefined) return undefined;
  const headings = doc.blocks.map((b, k) => ({ b, k })).filter((h): h is { b: Extract<Block, { kind: 'heading' }>; k: number } => h.b.kind === 'heading');
  const wanted = keyOf(fragment);
  if (wanted === '') return undefined;
  let matches = headings.filter((h) => keyOf(h.b.text) === wanted);
  // `#setup-1`: the second heading named "Setup".
  const repeat = REPEAT_SUFFIX.exec(fragment);
  if (matches.length === 0 && repeat) {
    const same = headings.filter((h) => keyOf(h.b.text) === keyOf(fragment.slice(0, repeat.index)));
    matches = same.slice(Number(repeat[1]), Number(repeat[1]) + 1);
  }
  const start = matches[0];
  if (start === undefined) return undefined;
  const end = sectionEnd(doc.blocks, start.k);
  // A section that is the whole document (its one top heading) is the document.
  if (start.k === 0 && end === doc.blocks.length) return undefined;
  return [start.k, end];
}
