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

/** Whitespace other than single inner spaces: text without it is collapsed already. */
const NOT_COLLAPSED = /[^\S ]| {2}|^ | $/;

/**
 * The text by the engine's own whitespace search (`\s` is the set `isSpace` tests, and `trim` drops the same);
 * the map, a loop over every character, only once a position is asked for: most blocks have no code span to place.
 */
export function collapseMapped(raw: string): Collapsed {
  const text = NOT_COLLAPSED.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  let map: Int32Array | undefined;
  return {
    text,
    at: (rawIndex) => {
      map ??= collapsedOffsets(raw);
      return Math.min(map[Math.max(0, Math.min(rawIndex, raw.length))], text.length);
    },
  };
}

/** For each raw index (and the end), its offset in the collapsed text. */
function collapsedOffsets(raw: string): Int32Array {
  const map = new Int32Array(raw.length + 1);
  let length = 0;
  let spacePending = false;
  for (let i = 0; i < raw.length; i++) {
    if (isSpace(raw.charCodeAt(i))) {
      // Leading whitespace is dropped; inner runs become one space, counted when the next word starts.
      if (length > 0) spacePending = true;
      map[i] = length;
      continue;
    }
    if (spacePending) {
      length++;
      spacePending = false;
    }
    map[i] = length;
    length++;
  }
  map[raw.length] = length;
  return map;
}
