import { Fact } from '../facts';
import { Sources, sourceOf } from '../sources';
import { plain } from './text';

const NO_CLA = /\b(?:no|not\s+(?:need|require)\s+(?:a|an|any)?|without\s+(?:a|an)?)\s*(?:CLA|contributor\s+license\s+agreement)\b/i;
const CLA = /\bCLAs?\b|\bcontributor\s+licen[cs]e\s+agreements?\b/i;

/** Whether contributors must sign a Contributor License Agreement. Commented-out text does not count. */
export function claRequired(sources: Sources): Fact<boolean> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow].filter((l) => !l.block.commented && l.block.kind !== 'code');
  const none = flow.find((l) => NO_CLA.test(plain(l.block)));
  if (none) return { value: false, source: sourceOf(none) };
  const found = flow.find((l) => CLA.test(plain(l.block)));
  return found ? { value: true, source: sourceOf(found) } : null;
}
