/**
 * The words a pattern cannot match without: a list of lowercase strings one of which every match holds, read from
 * the pattern's own source, so a rule can ask `mentions` (a block's character pairs, then one search) before it
 * runs the pattern, and the answer stays the pattern's. Read conservatively: whatever is not understood, and any
 * part that may match nothing (`?`, `*`, `{0,n}`, lookarounds), requires nothing, and then the pattern has no words
 * (null) and always runs.
 *
 * Lowercase is right for the blocks' lowered words: an ASCII character a pattern matches (with or without the `i`
 * flag) lowercases to the pattern's character lowercased, and no other character does under `i` without `u`
 * (non-ASCII characters never match ASCII ones there). Patterns with `u` or `v` (where `ſ` matches `s` under `i`),
 * and `g` or `y` (whose lastIndex a skipped test would not move), get no words.
 */

/** One of these strings is in every match; null: nothing known. */
type Need = string[] | null;

/** Shorter words rule too little out for the test to pay (nearly every block holds "an" or "re"). */
const MIN_WORD = 3;

const cache = new WeakMap<RegExp, readonly string[] | null>();

/** The pattern's words (see above), or null when it has none worth testing. Cached per pattern. */
export function requiredWords(pattern: RegExp): readonly string[] | null {
  let words = cache.get(pattern);
  if (words === undefined) {
    words = /[guyv]/.test(pattern.flags) ? null : readPattern(pattern.source);
    cache.set(pattern, words);
  }
  return words;
}

/** Exported for tests: the words of a pattern source (no flags considered). */
export function readPattern(source: string): string[] | null {
  try {
    const reader = new Reader(source);
    const need = reader.alternation();
    if (reader.at < source.length) return null;
    return need && need.every((w) => w.length >= MIN_WORD) ? [...new Set(need)] : null;
  } catch {
    return null;
  }
}

/** The better of two needs: the one whose shortest word is longer (rarer), then the one with fewer words. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const shortest = (n: string[]): number => Math.min(...n.map((w) => w.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

class Reader {
  at = 0;

  constructor(private readonly src: string) {}

  /** Branches separated by `|`: each must need something, and then one of all their words is needed. */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return branches.flatMap((b) => b ?? []);
  }

  /** Atoms in a row: the best need among runs of literal characters and the atoms' own needs. */
  private sequence(): Need {
    let best: Need = null;
    let run = '';
    const endRun = (): void => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.literal !== undefined && min === 1 && max === 1) {
        run += atom.literal;
        continue;
      }
      endRun();
      // A literal repeated ("a+", "x{2}") still holds it once; an atom that may be absent needs nothing.
      if (min >= 1) best = better(best, atom.literal !== undefined ? [atom.literal] : atom.need);
      // (A zero-width atom, ^ $ \b or a lookaround, breaks a run: "a\bb" is no word.)
    }
    endRun();
    return best;
  }

  /** `{min,max}` after an atom (1,1 when none); a lazy `?` after it changes nothing here. */
  private quantifier(): { min: number; max: number } {
    const c = this.src[this.at];
    let q: { min: number; max: number } = { min: 1, max: 1 };
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return q; // a literal "{" (read as such by the atom that follows)
      this.at += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    } else return q;
    this.at++;
    if (this.src[this.at] === '?') this.at++;
    return q;
  }

  /** One atom: a literal character (lowercased ASCII), or something with a need of its own (a group), or neither. */
  private atom(): { literal?: string; need: Need } {
    const c = this.src[this.at++];
    if (c === '(') {
      if (this.src[this.at] === '?') {
        const kind = this.src.slice(this.at, this.at + 3);
        if (kind.startsWith('?:')) this.at += 2;
        else if (kind.startsWith('?<') && kind !== '?<=' && kind !== '?<!') this.at = this.src.indexOf('>', this.at) + 1;
        else {
          // A lookaround: zero-width, needs nothing of the match (its contents are read past).
          this.at += kind.startsWith('?<') ? 3 : 2;
          this.alternation();
          this.expect(')');
          return { need: null };
        }
      }
      const need = this.alternation();
      this.expect(')');
      return { need };
    }
    if (c === '[') {
      // A class: no literal (even of one character, to stay simple). Read to its unescaped closing bracket (in
      // JavaScript a "]" right after "[" or "[^" closes it: `[^]` is any character).
      if (this.src[this.at] === '^') this.at++;
      while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
      this.expect(']');
      return { need: null };
    }
    if (c === '\\') return this.escape();
    if (c === '.' || c === '^' || c === '$') return { need: null };
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|' || c === undefined) throw new Error('unexpected');
    return literal(c);
  }

  private escape(): { literal?: string; need: Need } {
    const c = this.src[this.at++];
    if (c === undefined) throw new Error('trailing backslash');
    // Classes, boundaries, back references, code points: nothing literal to read (conservative).
    if (/[dDwWsSbBkcxu0-9pP]/.test(c)) {
      if (c === 'k' && this.src[this.at] === '<') this.at = this.src.indexOf('>', this.at) + 1;
      else if (c === 'x') this.at += 2;
      else if (c === 'u') this.at += this.src[this.at] === '{' ? this.src.indexOf('}', this.at) + 1 - this.at : 4;
      else if (c === 'c') this.at++;
      else if ((c === 'p' || c === 'P') && this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1;
      return { need: null };
    }
    if (/[fnrtv]/.test(c)) return { need: null };
    return literal(c);
  }

  private expect(c: string): void {
    if (this.src[this.at] !== c) throw new Error(`expected ${c}`);
    this.at++;
  }
}

/** A character matched as itself: lowercased when ASCII; any other (typographic quotes) is no literal here. */
function literal(c: string): { literal?: string; need: Need } {
  return c.charCodeAt(0) < 128 ? { literal: c.toLowerCase(), need: null } : { need: null };
}
