/**
 * The sentence around a code span in a block's prose, found from an index of where sentences end. The index is
 * built in one pass over the text, so a paragraph with thousands of spans costs a lookup per span rather than a
 * scan of the 300 characters before and after each one.
 */
import { isSpace } from '../../text/whitespace';

/** How far a sentence is looked for either side of a span. */
export const SENTENCE_REACH = 300;

const FULL_STOP = 46;
const BANG = 33;
const QUESTION = 63;
const isStop = (code: number): boolean => code === FULL_STOP || code === BANG || code === QUESTION;

/** A text with where its sentences end, found once. */
export class SentenceIndex {
  /** Positions of a ". ", "! ", "? " or ".\n": a sentence before a span starts two characters on. */
  private readonly startMarks: number[] = [];
  /** Positions of a ".", "!" or "?" followed by whitespace or the end: a sentence after a span ends there. */
  private readonly endMarks: number[] = [];

  constructor(readonly text: string) {
    for (let k = text.indexOf('.'), bang = text.indexOf('!'), question = text.indexOf('?'); k >= 0 || bang >= 0 || question >= 0; ) {
      // The next stop of any kind, found with indexOf per kind: prose has far fewer stops than characters.
      const at = Math.min(k < 0 ? Infinity : k, bang < 0 ? Infinity : bang, question < 0 ? Infinity : question);
      const next = text.charCodeAt(at + 1);
      if (at + 1 < text.length && (next === 32 || (next === 10 && at === k))) this.startMarks.push(at);
      if (at + 1 === text.length || isSpace(next)) this.endMarks.push(at);
      if (at === k) k = text.indexOf('.', at + 1);
      else if (at === bang) bang = text.indexOf('!', at + 1);
      else question = text.indexOf('?', at + 1);
    }
  }

  /** The sentence before `offset`: from the last sentence end within 300 characters, or those 300 characters. */
  before(offset: number): string {
    const floor = Math.max(0, offset - SENTENCE_REACH);
    const mark = lastAtMost(this.startMarks, offset - 2);
    return mark >= floor ? this.text.slice(mark + 2, offset) : this.text.slice(floor, offset);
  }

  /**
   * The rest of the sentence from `from`, within 300 characters: up to a stop followed by whitespace, or a stop that
   * is the last of those 300 characters.
   */
  after(from: number): string {
    const limit = Math.min(this.text.length, from + SENTENCE_REACH);
    if (from >= limit) return '';
    const mark = firstAtLeast(this.endMarks, from);
    if (mark >= 0 && mark < limit - 1) return this.text.slice(from, mark);
    if (isStop(this.text.charCodeAt(limit - 1))) return this.text.slice(from, limit - 1);
    return this.text.slice(from, limit);
  }
}

/** The largest value in sorted `marks` that is at most `bound`, or -1. */
function lastAtMost(marks: readonly number[], bound: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid] <= bound) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? marks[lo - 1] : -1;
}

/** The smallest value in sorted `marks` that is at least `bound`, or -1. */
function firstAtLeast(marks: readonly number[], bound: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid] < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length ? marks[lo] : -1;
}
