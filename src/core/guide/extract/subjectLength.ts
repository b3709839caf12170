import { Fact } from '../facts';
import { Sources, sourceOf } from '../sources';
import { plain } from './text';

const LENGTH_SENTENCE = /\b(?:summary|subject|header|first\s+line|title|commit\s+message)\b[^.!]{0,80}?\b(\d{2,3})\s*(?:characters|chars)\b|\b(\d{2,3})\s*(?:characters|chars)\b[^.!]{0,40}?\b(?:summary|subject|header|first\s+line|title)\b/i;

/** The longest commit subject the guide allows: a stated character count, or `.{1,N}` in a message regex. */
export function subjectMaxLength(sources: Sources): Fact<number> | null {
  for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
    const b = l.block;
    if (b.kind === 'code') {
      const lines = b.text.split('\n');
      const aboutCommits = /commit|message/i.test(b.sections.join(' '));
      for (let k = 0; k < lines.length; k++) {
        if (lines[k].length < 5) continue;
        const m = /:\s?\.\{1,(\d{2,3})\}/.exec(lines[k]) ?? (aboutCommits ? LENGTH_SENTENCE.exec(lines[k]) : null);
        if (m) return { value: Number(m[1] ?? m[2]), source: sourceOf(l, b.line + k) };
      }
      continue;
    }
    const text = plain(b);
    const context = `${text} ${b.sections.join(' ')}`;
    if (!/commit|title|summary|subject|header/i.test(context)) continue;
    // "wrap the body at 72" is about the body, not the subject.
    const m = LENGTH_SENTENCE.exec(text.replace(/\bwrap\b[^.]{0,40}\d{2,3}\s*(?:characters|chars)/gi, ''));
    if (m) return { value: Number(m[1] ?? m[2]), source: sourceOf(l) };
  }
  return null;
}
