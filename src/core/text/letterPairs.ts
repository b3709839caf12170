/**
 * Which pairs of adjacent characters a text holds, as a small fixed-size bit set (one hashed bit per pair). A
 * word can only occur in a text that holds every pair of its characters, so a missing bit says "not there"
 * without a search. A bit can stand for several pairs (a hash): a set that has them all only means "maybe",
 * and the caller searches then. Built for the guide reader's word tests: most blocks hold none of the words a
 * rule needs, and one pass over a block serves every rule's words.
 */

/** 2048 bits: a long paragraph holds a few hundred distinct pairs, so most bits stay clear. */
const BITS_LOG2 = 11;
const INTS = (1 << BITS_LOG2) >> 5;

/**
 * A pair's bit: the first code's low bits above the second's. Lowercase ASCII letters (the words tested) differ in
 * their low five bits, so pairs of them seldom share a bit.
 */
const bitOf = (a: number, b: number): number => ((a << 6) ^ b) & ((1 << BITS_LOG2) - 1);

export type PairSet = Int32Array;

/**
 * Sets are cut from shared slabs, each a view of its own stretch. A typed array of its own would cost one
 * backing-store allocation per set (V8 keeps only typed arrays under 64 bytes in its heap): most of what the ~500 sets
 * of a 50 KB guide cost, and more again when the collector frees them. A slab stays alive while a view of it does
 * (at most 64 KB beyond the sets in use).
 */
const SLAB_SETS = 256;
let slab = new Int32Array(INTS * SLAB_SETS);
let slabUsed = 0;

/** A cleared set: the next unused stretch of the slab (a new slab's stretches are all zero, and each is handed out once). */
function freshSet(): PairSet {
  if (slabUsed === SLAB_SETS) {
    slab = new Int32Array(INTS * SLAB_SETS);
    slabUsed = 0;
  }
  return slab.subarray(slabUsed * INTS, ++slabUsed * INTS);
}

/** The bit set of every adjacent pair of characters (UTF-16 code units) in `text`. */
export function pairSet(text: string): PairSet {
  const set = freshSet();
  let prev = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const next = text.charCodeAt(i);
    const bit = bitOf(prev, next);
    set[bit >> 5] |= 1 << (bit & 31);
    prev = next;
  }
  return set;
}

/** The bits a word needs (none for a word under two characters: the test cannot rule it out). */
export function pairBits(word: string): Int32Array {
  const bits = new Int32Array(Math.max(0, word.length - 1));
  for (let i = 1; i < word.length; i++) bits[i - 1] = bitOf(word.charCodeAt(i - 1), word.charCodeAt(i));
  return bits;
}

/** False when `set`'s text surely does not hold the word whose `pairBits` these are; true when it may. */
export function mayHold(set: PairSet, bits: Int32Array): boolean {
  for (let i = 0; i < bits.length; i++) {
    const bit = bits[i];
    if ((set[bit >> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/**
 * Whether `set`'s text may hold any of the words (each given by its `pairBits`): `mayHold` over a word list, as one
 * call and one loop, since each block is asked this about every rule's words.
 */
export function mayHoldAny(set: PairSet, words: readonly Int32Array[]): boolean {
  for (let w = 0; w < words.length; w++) if (mayHold(set, words[w])) return true;
  return false;
}
