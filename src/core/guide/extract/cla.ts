import { Fact } from '../facts';
import { Sources, sourceOf } from '../sources';
import { allMatches, plain, saidNotNeeded } from './text';

const CLA = /\bCLAs?\b|\bcontributor\s+licen[cs]e\s+agreements?\b/gi;

/**
 * Whether contributors must sign a Contributor License Agreement: false when a mention says it is not needed
 * ("You don't need to sign a CLA", "there is no CLA", "a CLA is not required"), true for any other mention.
 * Commented-out text does not count.
 */
export function claRequired(sources: Sources): Fact<boolean> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow].filter((l) => !l.block.commented && l.block.kind !== 'code');
  let required: Fact<boolean> | null = null;
  for (const l of flow) {
    const text = plain(l.block);
    for (const m of allMatches(text, CLA)) {
      if (saidNotNeeded(text, m.index)) return { value: false, source: sourceOf(l) };
      required ??= { value: true, source: sourceOf(l) };
    }
  }
  return required;
}
