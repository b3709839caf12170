/**
 * Where the parts of a commit message are, for pointing at a problem: the header and, when it has the
 * `type(scope)!: subject` shape, its type, scope and subject; the body; the footer (trailers). Linear scans
 * only, so this is safe on any input.
 */
import type { CleanedMessage } from './cleanMessage';
import type { MessagePart, Range } from './types';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface HeaderParts {
  readonly type: Span | null;
  readonly scope: Span | null;
  readonly subject: Span | null;
}

/** `type(scope)!: subject` positions in a header, or nulls where the header does not have that shape. */
export function headerParts(header: string): HeaderParts {
  const m = /^(\w*)(?:\(([^()]*)\))?!?: ?/.exec(header);
  if (!m || !header.slice(0, m[0].length).includes(':')) return { type: null, scope: null, subject: header ? { start: 0, end: header.length } : null };
  const type = { start: 0, end: m[1].length };
  const scope = m[2] !== undefined ? { start: m[1].length + 1, end: m[1].length + 1 + m[2].length } : null;
  return { type, scope, subject: { start: m[0].length, end: header.length } };
}

/** The footer's first line (index into the cleaned lines): the last paragraph when it is all trailers or issue references. */
export function footerStart(lines: readonly string[]): number | null {
  let k = lines.length;
  while (k > 0 && lines[k - 1] !== '') k--;
  if (k <= 1 || k >= lines.length) return null;
  const paragraph = lines.slice(k);
  return paragraph.every((l) => /^(?:[\w-]+: \S|[\w-]+ #\d|BREAKING[ -]CHANGE: |\s+\S)/.test(l)) ? k : null;
}

/** Which part a rule is about, from its name. */
export function partOfRule(rule: string): MessagePart {
  if (rule === 'onramp/area-prefix' || rule === 'breaking-change-exclamation-mark') return 'header';
  if (rule === 'signed-off-by' || rule === 'trailer-exists' || rule === 'references-empty') return 'footer';
  const prefix = rule.split('-')[0];
  return prefix === 'header' || prefix === 'type' || prefix === 'scope' || prefix === 'subject' || prefix === 'body' || prefix === 'footer' ? prefix : 'message';
}

/** The range of a rule's problem in the original message, or null when it is about the whole message. */
export function rangeOf(rule: string, ruleValue: unknown, cleaned: CleanedMessage): Range | null {
  const lines = cleaned.text.split('\n');
  if (cleaned.text === '') return null;
  const at = (line: number, start: number, end: number): Range => ({ start: { line: cleaned.originalLine[line], column: start }, end: { line: cleaned.originalLine[line], column: end } });
  const wholeLine = (line: number): Range => at(line, 0, lines[line].length);
  const header = lines[0];
  const parts = headerParts(header);
  const footer = footerStart(lines);
  const part = partOfRule(rule);
  const span = (s: Span | null): Range => (s && s.end > s.start ? at(0, s.start, s.end) : s ? at(0, s.start, Math.max(s.start, header.indexOf(':') + 1)) : wholeLine(0));
  switch (part) {
    case 'header':
      if (rule === 'header-max-length' && typeof ruleValue === 'number' && header.length > ruleValue) return at(0, ruleValue, header.length);
      return wholeLine(0);
    case 'type':
      return span(parts.type);
    case 'scope':
      return parts.scope ? span(parts.scope) : span(parts.type);
    case 'subject':
      return span(parts.subject);
    case 'body':
    case 'footer': {
      if (rule.endsWith('max-line-length') && typeof ruleValue === 'number') {
        const from = part === 'footer' && footer !== null ? footer : 1;
        for (let k = from; k < lines.length; k++) if (lines[k].length > ruleValue) return at(k, ruleValue, lines[k].length);
      }
      if (rule === 'body-leading-blank' || rule === 'footer-leading-blank') return lines.length > 1 ? wholeLine(1) : wholeLine(0);
      if (part === 'footer') return footer !== null ? wholeLine(footer) : wholeLine(lines.length - 1);
      return lines.length > 2 ? { start: { line: cleaned.originalLine[2], column: 0 }, end: { line: cleaned.originalLine[lines.length - 1], column: lines[lines.length - 1].length } } : wholeLine(lines.length - 1);
    }
    default:
      return null;
  }
}
