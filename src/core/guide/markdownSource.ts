/**
 * Positions in the source of a Markdown inline token. markdown-it gives the children of an inline token no
 * offsets, and a block's text needs to know where each code span starts and which characters an HTML comment
 * hides; these helpers find them again.
 */

/** `source` with the given ranges turned into spaces, so offsets and line breaks elsewhere stay where they were. */
export function blank(source: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return source;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(source.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/**
 * Finds inline tokens in the inline source, in order. markdown-it gives inline tokens no positions; code spans
 * and HTML are found again the way CommonMark reads them (a backtick run not escaped by "\\", closed by the next
 * run of the same length). Once a search fails, later ones are not attempted, so the cost stays linear.
 */
export class SourceCursor {
  private at = 0;
  private lost = false;

  constructor(private readonly source: string) {}

  /** The index of the span's opening backticks, or -1. */
  codeSpan(markup: string): number {
    if (this.lost || markup === '') return this.fail();
    const open = this.backtickRun(this.at, markup.length, true);
    if (open < 0) return this.fail();
    const close = this.backtickRun(open + markup.length, markup.length, false);
    if (close < 0) return this.fail();
    this.at = close + markup.length;
    return open;
  }

  /** The index of `text`, which markdown-it copies verbatim (HTML), or -1. */
  verbatim(text: string): number {
    if (this.lost) return -1;
    const found = this.source.indexOf(text, this.at);
    if (found < 0) return this.fail();
    this.at = found + text.length;
    return found;
  }

  private fail(): number {
    this.lost = true;
    return -1;
  }

  /** The next run of exactly `length` backticks at or after `from`; an opening run must not follow a backslash. */
  private backtickRun(from: number, length: number, opening: boolean): number {
    const s = this.source;
    for (let i = s.indexOf('`', from); i >= 0; i = s.indexOf('`', i)) {
      let end = i;
      while (s[end] === '`') end++;
      const escaped = opening && i > 0 && s[i - 1] === '\\' && countBackslashes(s, i) % 2 === 1;
      if (escaped) {
        i = i + 1;
        continue;
      }
      if (end - i === length) return i;
      i = end;
    }
    return -1;
  }
}

function countBackslashes(s: string, before: number): number {
  let n = 0;
  while (before - n - 1 >= 0 && s[before - n - 1] === '\\') n++;
  return n;
}

export function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Where a span whose source could not be found most likely is: its first backticked occurrence. */
export function fallbackOffset(text: string, span: string): number {
  const at = text.indexOf('`' + span);
  return at >= 0 ? at : Math.max(0, text.indexOf(span));
}
