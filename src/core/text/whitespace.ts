/**
 * Whitespace collapsing that remembers where each character went, so a position found in the raw source
 * (a code span's backticks) can be given as an offset into the collapsed text a block shows.
 */

/** The characters JavaScript's `\s` matches, so this agrees with `collapseWhitespace`. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface Collapsed {
  /** `raw` with every whitespace run turned into one space and both ends trimmed. */
  readonly text: string;
  /** The offset in `text` of the raw character at `rawIndex` (a whitespace run maps to its single space). */
  at(rawIndex: number): number;
}

export function collapseMapped(raw: string): Collapsed {
  const map = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let length = 0;
  let runStart = -1;
  let spacePending = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    // One plain space between two words stays as it is, inside the current run: fewer pieces to join.
    if (code === 32 && runStart >= 0 && i + 1 < raw.length && !isSpace(raw.charCodeAt(i + 1))) {
      map[i] = length;
      length++;
      continue;
    }
    if (isSpace(code)) {
      if (runStart >= 0) parts.push(raw.slice(runStart, i));
      runStart = -1;
      // Leading whitespace is dropped; inner runs become one space, written when the next word starts.
      if (length > 0) spacePending = true;
      map[i] = length;
      continue;
    }
    if (spacePending) {
      parts.push(' ');
      length++;
      spacePending = false;
    }
    if (runStart < 0) runStart = i;
    map[i] = length;
    length++;
  }
  if (runStart >= 0) parts.push(raw.slice(runStart));
  map[raw.length] = length;
  const text = parts.join('');
  return { text, at: (rawIndex) => Math.min(map[Math.max(0, Math.min(rawIndex, raw.length))], text.length) };
}
