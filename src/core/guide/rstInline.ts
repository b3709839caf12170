/**
 * reStructuredText inline markup a contribution guide uses: ``literals``, `text <target>`_ hyperlinks and
 * :doc:`roles`. Found by an index scan that moves forward from backtick to backtick, so a line of 1 MB of
 * backticks or angle brackets costs one pass (bounded regexes still rescan up to their bound from every one).
 */
import { InlineCode, Link } from './documentModel';
import { collapseMapped } from '../text/whitespace';
import { collapseWhitespace } from '../text/normalize';

const MAX_LITERAL = 500;
const MAX_LINK_TEXT = 500;
const MAX_TARGET = 2000;

/** How a `:ref:` role's label is written as a link target: no path or URL starts so. */
export const REF_PREFIX = ':ref:';

interface RstToken {
  readonly kind: 'literal' | 'link' | 'doc' | 'ref';
  /** Where the markup starts and ends in the line. */
  readonly start: number;
  readonly end: number;
  /** The literal's content, or the text a link shows. */
  readonly text: string;
  readonly target?: string;
  /** A link written `text`_ (one underscore): a reference to the target named by its text. */
  readonly named?: boolean;
}

function* rstTokens(line: string): Generator<RstToken> {
  let i = 0;
  let doublesLeft = true; // false once no "``" remains, so an unclosed one is not searched for again
  while (i < line.length) {
    const tick = line.indexOf('`', i);
    if (tick < 0) return;
    if (line[tick + 1] === '`') {
      const close = doublesLeft ? line.indexOf('``', tick + 2) : -1;
      if (close < 0) {
        doublesLeft = false;
        i = tick + 2;
        continue;
      }
      const text = line.slice(tick + 2, close);
      if (text.length >= 1 && text.length <= MAX_LITERAL) yield { kind: 'literal', start: tick, end: close + 2, text };
      i = close + 2;
      continue;
    }
    const close = line.indexOf('`', tick + 1);
    if (close < 0) return;
    const content = line.slice(tick + 1, close);
    const roleName = line.slice(Math.max(0, tick - 5), tick);
    const role = roleName === ':doc:';
    let end = close + 1;
    if (role) {
      const target = angleTarget(content) ?? content.trim();
      if (target !== '' && target.length <= MAX_TARGET) yield { kind: 'doc', start: tick - 5, end, text: '', target };
    } else if (roleName === ':ref:') {
      // Sphinx's cross-reference to a label another page defines (`.. _label:`): `label` or `title <label>`. The
      // resolver finds the page that defines it (LinkResolver.resolve, REF_PREFIX).
      const label = angleTarget(content) ?? content.trim();
      const lt = content.lastIndexOf('<');
      const text = angleTarget(content) !== undefined ? content.slice(0, lt).trim() : label.replace(/[-_]+/g, ' ');
      if (label !== '' && label.length <= MAX_TARGET) yield { kind: 'ref', start: tick - 5, end, text, target: `${REF_PREFIX}${label}` };
    } else if (line[end] === '_') {
      while (line[end] === '_' && end - close <= 2) end++;
      const target = angleTarget(content);
      const lt = content.lastIndexOf('<');
      const text = target === undefined ? content.trim() : content.slice(0, lt).trim();
      if (text.length <= MAX_LINK_TEXT) yield { kind: 'link', start: tick, end, text, target, named: target === undefined && end - close === 2 };
    }
    i = end;
  }
}

/** The target of `text <target>`: between the last "<" and the closing ">", without whitespace. */
function angleTarget(content: string): string | undefined {
  if (!content.endsWith('>')) return undefined;
  const lt = content.lastIndexOf('<');
  if (lt < 0) return undefined;
  const target = content.slice(lt + 1, -1);
  return target.length >= 1 && target.length <= MAX_TARGET && !/\s/.test(target) ? target : undefined;
}

/** A title's plain text: literals and link texts kept, their markup dropped. */
export function rstPlain(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (const t of rstTokens(text)) {
    if (t.kind === 'doc' || t.kind === 'ref') continue;
    parts.push(text.slice(copied, t.start), t.text);
    copied = t.end;
  }
  parts.push(text.slice(copied));
  return collapseWhitespace(parts.join(''));
}

/**
 * A block's text (its lines joined, whitespace collapsed, markup kept), its links and its literals, each with
 * its line and each literal with its offset in that text.
 */
export function rstInline(lines: readonly string[], firstLine: number): { text: string; links: Link[]; code: InlineCode[] } {
  const joined = lines.join('\n');
  const collapsed = collapseMapped(joined);
  const links: Link[] = [];
  const code: InlineCode[] = [];
  let lineStart = 0;
  lines.forEach((l, k) => {
    const line = firstLine + k;
    for (const t of rstTokens(l)) {
      if (t.kind === 'literal') code.push({ text: t.text, line, offset: collapsed.at(lineStart + t.start) });
      else if (t.target !== undefined) links.push({ target: t.target, text: t.text, line });
      // `text`_ is a reference to the target named by its text (parseRst resolves it, or drops it).
      else if (t.kind === 'link' && t.text !== '' && t.named) links.push({ target: `${t.text}_`, text: t.text, line });
    }
    lineStart += l.length + 1;
  });
  return { text: collapsed.text, links, code };
}
