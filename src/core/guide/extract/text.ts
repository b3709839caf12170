import { Block } from '../documentModel';
import { Located } from '../sources';
import { plainInline } from '../../text/normalize';

const plainCache = new WeakMap<Block, string>();

/** Plain prose of a block (no link targets or emphasis), "" for code. Cached: every extractor asks for it. */
export function plain(block: Block): string {
  let text = plainCache.get(block);
  if (text === undefined) {
    text = block.kind === 'code' ? '' : plainInline(block.text);
    plainCache.set(block, text);
  }
  return text;
}

/** The first located block whose plain prose matches, with the pattern's match. */
export function findProse(flow: readonly Located[], pattern: RegExp, accept: (l: Located) => boolean = () => true): { at: Located; match: RegExpExecArray } | null {
  for (const l of flow) {
    if (l.block.kind === 'code' || !accept(l)) continue;
    const match = pattern.exec(plain(l.block));
    if (match) return { at: l, match };
  }
  return null;
}

const sectionCache = new WeakMap<readonly string[], Map<RegExp, boolean>>();

/** Whether any heading this block sits under (or the heading itself) matches. */
export function underHeading(l: Located, pattern: RegExp): boolean {
  if (l.block.kind === 'heading' && pattern.test(l.block.text)) return true;
  const sections = l.block.sections;
  let answers = sectionCache.get(sections);
  if (!answers) sectionCache.set(sections, (answers = new Map()));
  let answer = answers.get(pattern);
  if (answer === undefined) answers.set(pattern, (answer = sections.some((s) => pattern.test(s))));
  return answer;
}
