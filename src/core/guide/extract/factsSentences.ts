import { sentenceAround } from './text';

/**
 * The sentence around `index`, where "e.g." and "i.e." end no sentence: an example belongs with the words that
 * introduce it ("prefix the summary with the area, e.g. `ui:`"). The abbreviations are masked at the same length, so
 * indices into the text still hold.
 */
export function sentenceWithExamples(text: string, index: number): string {
  const masked = text.includes('.') ? text.replace(/\b(?:e\.g|i\.e|cf|etc)\./gi, (a) => a.replace(/\./g, '_')) : text;
  return sentenceAround(masked, index);
}
