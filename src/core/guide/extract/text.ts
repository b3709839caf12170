import { Block } from '../documentModel';
import { Located } from '../sources';
import { plainInline } from '../../text/normalize';
import { PairSet, mayHoldAny, pairBits, pairSet } from '../../text/letterPairs';
import { requiredWords } from '../../text/requiredWords';

/**
 * What the word tests derive from a block, each made on first use and kept: every extractor asks for them, over
 * every block of a long guide. One entry per block, so a block's derived texts cost one lookup.
 */
interface Derived {
  plain?: string;
  lowered?: string;
  pairs?: PairSet;
}

const derivedCache = new WeakMap<Block, Derived>();

/**
 * Rules ask several things of one block in a row (its words, then its prose), so the last block's entry is kept
 * at hand: most asks then skip the WeakMap lookup. (One block held past its reading is all it keeps alive.)
 * (A property on the block itself was tried instead of the WeakMap: it gives blocks that have one another hidden
 * class than those that do not, and the rules reading blocks got slower by more than the lookups cost.)
 */
let lastBlock: Block | null = null;
let lastDerived: Derived = {};

function derivedOf(block: Block): Derived {
  if (block === lastBlock) return lastDerived;
  let derived = derivedCache.get(block);
  if (derived === undefined) derivedCache.set(block, (derived = {}));
  lastBlock = block;
  lastDerived = derived;
  return derived;
}

/**
 * Plain prose of a block (no link targets or emphasis), "" for code. Typographic apostrophes and single quotes
 * (’ ‘ ʼ) become `'`, so "don’t" reads like "don't" everywhere; the length does not change. Cached: every
 * extractor asks for it.
 */
export function plain(block: Block): string {
  const derived = derivedOf(block);
  return (derived.plain ??= block.kind === 'code' ? '' : straightQuotes(plainInline(block.text)));
}

/**
 * Everything a block shows in words, lowercased: its plain prose, its text as written (link targets, markup)
 * and its code spans; "" for code. For a cheap word test before costly patterns: a pattern that needs one of
 * some words can only match a block that `mentions` one of them. Cached per block.
 */
export function lowered(block: Block): string {
  return loweredOf(block, derivedOf(block));
}

function loweredOf(block: Block, derived: Derived): string {
  return (derived.lowered ??= block.kind === 'code' ? '' : `${plain(block)}\n${block.text}\n${block.kind === 'heading' ? '' : block.code.map((c) => c.text).join('\n')}`.toLowerCase());
}

/** A word list's test: the pattern of its words, and each word's character pairs for the quick rejection. */
interface WordTest {
  readonly union: RegExp;
  readonly pairs: readonly Int32Array[];
}

const wordTests = new WeakMap<readonly string[], WordTest>();

/**
 * Each list's test is also kept on the list itself, under a symbol and not enumerable (lists are module constants
 * and requiredWords' arrays, made for this): one property read instead of a WeakMap lookup, for the ~7,000 asks of
 * a 50 KB guide. A list that cannot take the property (a frozen one) is served from the WeakMap.
 */
const WORD_TEST = Symbol('wordTest');

type WithTest = readonly string[] & { readonly [WORD_TEST]?: WordTest };

function wordTestOf(words: readonly string[]): WordTest {
  const kept = (words as WithTest)[WORD_TEST];
  if (kept !== undefined) return kept;
  let test = wordTests.get(words);
  if (!test) wordTests.set(words, (test = { union: new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')), pairs: words.map(pairBits) }));
  if (Object.isExtensible(words)) Object.defineProperty(words, WORD_TEST, { value: test });
  return test;
}

/**
 * Whether the block's words hold any of these lowercase words (see `lowered`). Most blocks hold none of a rule's
 * words: the block's character pairs (made once per block) rule most of them out without a search. Otherwise one
 * search for all the words: a pattern of them, compiled once per list (lists are module constants).
 */
export function mentions(block: Block, words: readonly string[]): boolean {
  const test = wordTestOf(words);
  const derived = derivedOf(block);
  const text = loweredOf(block, derived);
  if (!mayHoldAny((derived.pairs ??= pairSet(text)), test.pairs)) return false;
  return test.union.test(text);
}

/**
 * False when the pattern cannot match any text of the block (its plain prose, its text as written, a code span, or
 * part of one of them): the block's words lack every word the pattern needs (`requiredWords`, read from the
 * pattern). True otherwise, and always for a pattern whose words are not known. A cheap test before a costly
 * pattern that runs on every block: most blocks hold none of its words, and their pair sets say so at once.
 */
export function mayMatch(block: Block, pattern: RegExp): boolean {
  return mayHoldWords(block, requiredWords(pattern));
}

/**
 * mayMatch with the pattern's words already read (`requiredWords`, kept beside the pattern where it runs on every
 * block: that spares a lookup per block). Null words: nothing to rule out.
 */
export function mayHoldWords(block: Block, words: readonly string[] | null): boolean {
  return words === null || mentions(block, words);
}

/** `’ ‘ ʼ` → `'` (one character for one, so offsets still line up). */
export const straightQuotes = (text: string): string => text.replace(/[\u2018\u2019\u02BC]/g, "'");

/** The first located block whose plain prose matches, with the pattern's match. */
export function findProse(flow: readonly Located[], pattern: RegExp, accept: (l: Located) => boolean = () => true, needs?: readonly string[]): { at: Located; match: RegExpExecArray } | null {
  const words = requiredWords(pattern);
  for (const l of flow) {
    if (l.block.kind === 'code' || !accept(l) || (needs && !mentions(l.block, needs)) || !mayHoldWords(l.block, words)) continue;
    const match = pattern.exec(plain(l.block));
    if (match) return { at: l, match };
  }
  return null;
}

const sectionCache = new WeakMap<readonly string[], Map<RegExp, boolean>>();

/**
 * The last section's answers, kept at hand: the rules walk blocks in order, and the blocks of one section share one
 * `sections` array, so most asks skip the WeakMap lookup. (One section's headings are all it keeps alive.)
 */
let lastSections: readonly string[] | null = null;
let lastAnswers = new Map<RegExp, boolean>();

/** Whether any heading this block sits under (or the heading itself) matches. */
export function underHeading(l: Located, pattern: RegExp): boolean {
  if (l.block.kind === 'heading' && pattern.test(l.block.text)) return true;
  const sections = l.block.sections;
  let answers = sections === lastSections ? lastAnswers : sectionCache.get(sections);
  if (!answers) sectionCache.set(sections, (answers = new Map()));
  lastSections = sections;
  lastAnswers = answers;
  let answer = answers.get(pattern);
  if (answer === undefined) answers.set(pattern, (answer = sections.some((s) => pattern.test(s))));
  return answer;
}

/** How far back (characters) a negation may stand from what it negates: a few words in one clause. */
const NEGATION_WINDOW = 48;

/**
 * The words just before a mention say it is not asked for: "you don't need to", "no need to", "never have to",
 * "is not required to", "we do not use/require a". Matched at the end of the clause before the mention, with
 * at most four words between, so "we cannot accept a PR without a signed CLA" is not a negation of the CLA.
 */
const NOT_NEEDED_BEFORE =
  /\b(?:(?:do|does|did|will|would)\s+not|don't|doesn't|didn't|won't|never)\s+(?:(?:really|even|ever|actually)\s+)?(?:need|have|require|ask|use)\b(?:\s+[\w-]+){0,4}\s*$|\b(?:needn't|no\s+need|no\s+requirement|not\s+(?:required|needed|necessary|mandatory)|no\s+longer\s+(?:need|require)\w*)\b(?:\s+[\w-]+){0,4}\s*$|\bno\s*$/i;
/** Phrases that look negative but ask for the thing: "don't forget to", conditions ("if you haven't ..."). */
const NOT_A_NEGATION = /\b(?:don't|do\s+not|never)\s+forget\b|\b(?:if|unless|until|once|when)\b|\b(?:haven't|hasn't|have\s+not|has\s+not)\b|\bnot\s+only\b/i;
/** The words from a mention on say it is optional: "... is not required", "... isn't needed", "... is optional". */
const NOT_NEEDED_AFTER = /^[^.;!?,]{0,40}?\b(?:(?:is|are|was|were)\s+(?:not|no\s+longer)|isn't|aren't)\s+(?:required|needed|necessary|mandatory|expected)\b|^[^.;!?,]{0,40}?\b(?:is|are)\s+(?:optional|unnecessary)\b/i;

/** Whether the mention starting at `start` of `text` is said not to be needed ("You don't need to sign a CLA"). */
export function saidNotNeeded(text: string, start: number): boolean {
  const before = clauseBefore(text, start);
  if (NOT_NEEDED_BEFORE.test(before) && !NOT_A_NEGATION.test(before)) return true;
  return NOT_NEEDED_AFTER.test(text.slice(start, start + 100));
}

/** The end of the clause before `index`, at most NEGATION_WINDOW characters back, cut at the last punctuation. */
export function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - NEGATION_WINDOW), index);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if ('.;:!?,()'.includes(window[i])) {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1);
}

/** Each pattern's own global copy, compiled once: `allMatches` runs for every block of a long guide. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** The pattern's own global copy (a private one, so the caller's lastIndex is never touched). */
function globalCopy(pattern: RegExp): RegExp {
  let global = globalCopies.get(pattern);
  if (!global) globalCopies.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return global;
}

/**
 * The matches of a pattern, each searched for after the last one: from its end (as `matchAll` does), or, overlapping,
 * from one character after its start.
 */
function matchesFrom(text: string, pattern: RegExp, overlapping: boolean): RegExpExecArray[] {
  const global = globalCopy(pattern);
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    found.push(m);
    // (An empty match would be found again at the same place: step over it, as matchAll does.)
    if (overlapping) global.lastIndex = advance(text, m.index, global.unicode);
    else if (m[0] === '') global.lastIndex = advance(text, global.lastIndex, global.unicode);
  }
  return found;
}

/** Every match of a pattern, as `matchAll` finds them. */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  return matchesFrom(text, pattern, false);
}

/**
 * Every match, each searched for from one character after the last one's start: a match that swallows a later one
 * ("an open issue, consider creating an issue first", where "open issue, ... first" hides "creating an issue first")
 * still lets the later one be found and judged on its own words.
 */
export function overlappingMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  return matchesFrom(text, pattern, true);
}

const advance = (text: string, index: number, unicode: boolean): number => (unicode && index + 1 < text.length && (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1);

/** Where the sentence holding `index` starts: after the last ". ", "? " or "! " before it, or at 0. */
export function sentenceStart(text: string, index: number): number {
  return Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('? ', index), text.lastIndexOf('! ', index), 0);
}

/** The sentence holding `index`: from sentenceStart to the next ". " (or the end of the text). */
export function sentenceAround(text: string, index: number): string {
  const end = text.indexOf('. ', index);
  return text.slice(sentenceStart(text, index), end < 0 ? text.length : end);
}
