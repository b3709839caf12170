import { Fact } from '../facts';
import { Sources, sourceOf } from '../sources';
import { plain } from './text';

/** Asking before coding: an issue, discussion, RFC or assignment first. */
const FIRST = [
  /\b(?:open|create|file|submit|raise)\s+(?:an?\s+|the\s+)?(?:new\s+|\w+\s+)?(?:issue|discussion|proposal|RFC)\b[^.]{0,80}?\b(?:first|before|prior to|beforehand|ahead of time|up front)\b/i,
  /\b(?:discuss(?:ed)?|ask|talk|propose|suggest(?:ed)?)\b[^.]{0,60}?\b(?:first|before\s+(?:starting|you\s+start|working|opening|sending|submitting|writing|making|implementing|beginning|spending|investing)|ahead of time|up\s?front|beforehand|prior to)\b/i,
  /\b(?:please|must|should)\s+(?:first\s+)?(?:create|open|file)\s+an?\s+issue\s+first\b/i,
  /\bmake sure (?:there is|you have) an?\s+(?:associated|related|existing|corresponding)?\s*issue\b/i,
  /\b(?:identify|find)\s+or\s+create\s+(?:the|an?)\s+(?:related\s+)?issue\b/i,
  /\b(?:assign(?:ed)?\s+(?:the\s+issue\s+)?to\s+you(?:rself)?|claim\s+it|get\s+assigned|comment\s+on\s+the\s+issue\b[^.]{0,60}\b(?:before|first))/i,
  /\bonly\b[^.]{0,40}\bpull requests\b[^.]{0,60}\b(?:issues?|discussed|approved|accepted)\b/i,
  /\b(?:create|open|file)\s+(?:an?\s+)?(?:RFC|proposal)\b[^.]{0,40}\bto discuss\b/i,
  /\bPRs?\b[^.]{0,40}\bwithout\s+(?:an?\s+)?(?:prior\s+)?(?:issue|discussion)\b[^.]{0,40}\b(?:closed|rejected|not\s+be\s+(?:accepted|merged|reviewed))\b/i,
  /\b(?:open|create|file|submit)\s+(?:an?\s+issue|one)\s+(?:to\s+)?describ\w*\s+(?:the|your)\s+(?:proposed\s+)?change/i,
  /\b(?:suggest|propose)\s+(?:your|the)\s+(?:change|feature|idea)s?\s+(?:in|on)\b/i,
  /\bwhere\s+we'?ve\s+discussed\b|\bgiven\s+the\s+go-ahead\b/i,
];

export function discussFirst(sources: Sources): Fact<boolean> | null {
  for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    const text = plain(l.block);
    if (FIRST.some((p) => p.test(text))) return { value: true, source: sourceOf(l) };
  }
  return null;
}
