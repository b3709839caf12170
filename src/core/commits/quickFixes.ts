/**
 * Quick fixes for a commit message, as text edits on the message as given (0-based lines and columns), so the
 * editor applies them to the input box and the CLI could print them. Pure.
 */
import { cleanCommitMessage } from './cleanMessage';
import { footerStart, headerParts } from './messageParts';
import type { Range } from './types';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

const lineEnd = (lines: readonly string[], line: number): Range => ({ start: { line, column: lines[line].length }, end: { line, column: lines[line].length } });
const splitLines = (message: string): string[] => message.split(/\r\n|\r|\n/);
const eol = (message: string): string => (message.includes('\r\n') ? '\r\n' : '\n');

/** The last line of the message that git keeps (comments and the scissors part excluded); -1 when empty. */
function lastKeptLine(message: string): number {
  const cleaned = cleanCommitMessage(message);
  return cleaned.originalLine.length > 0 ? cleaned.originalLine[cleaned.originalLine.length - 1] : -1;
}

/**
 * Adds `Signed-off-by: Name <email>` as git does: after the existing trailers, or after a blank line when the
 * message has none; nothing when that exact line is there already.
 */
export function addSignOff(message: string, identity: { name: string; email: string }): TextEdit | null {
  const trailer = `Signed-off-by: ${identity.name} <${identity.email}>`;
  const lines = splitLines(message);
  if (lines.some((l) => l.trim() === trailer)) return null;
  const last = lastKeptLine(message);
  if (last < 0) return { range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, newText: `${eol(message)}${eol(message)}${trailer}` };
  const cleaned = cleanCommitMessage(message).text.split('\n');
  const inTrailers = cleaned.length > 1 && footerStart(cleaned) !== null;
  return { range: lineEnd(lines, last), newText: inTrailers ? `${eol(message)}${trailer}` : `${eol(message)}${eol(message)}${trailer}` };
}

/** Adds `Fixes #N` in the footer (with the other trailers, or after a blank line). */
export function addIssueReference(message: string, issue: number, keyword = 'Fixes'): TextEdit | null {
  const lines = splitLines(message);
  const ref = `${keyword} #${issue}`;
  if (lines.some((l) => new RegExp(`#${issue}\\b`).test(l))) return null;
  const last = lastKeptLine(message);
  if (last < 0) return null;
  const cleaned = cleanCommitMessage(message).text.split('\n');
  const inTrailers = cleaned.length > 1 && footerStart(cleaned) !== null;
  if (inTrailers) {
    // Before Signed-off-by lines, which by convention come last.
    const start = cleanCommitMessage(message).originalLine[footerStart(cleaned) as number];
    let at = start;
    while (at <= last && !/^Signed-off-by:/i.test(lines[at])) at++;
    if (at <= last) return { range: { start: { line: at, column: 0 }, end: { line: at, column: 0 } }, newText: `${ref}${eol(message)}` };
    return { range: lineEnd(lines, last), newText: `${eol(message)}${ref}` };
  }
  return { range: lineEnd(lines, last), newText: `${eol(message)}${eol(message)}${ref}` };
}

/** The header's type in the right case (`Feat:` → `feat:`), or null when it already is. */
export function fixTypeCase(message: string, toCase: 'lower-case' | 'upper-case' = 'lower-case'): TextEdit | null {
  const { line, header } = headerLine(message);
  const type = headerParts(header).type;
  if (!type || type.end === type.start) return null;
  const text = header.slice(type.start, type.end);
  const fixed = toCase === 'lower-case' ? text.toLowerCase() : text.toUpperCase();
  return fixed === text ? null : { range: { start: { line, column: type.start }, end: { line, column: type.end } }, newText: fixed };
}

/** Replaces the header's type with `type`, or puts `type: ` in front of a header that has none. */
export function replaceType(message: string, type: string): TextEdit {
  const { line, header } = headerLine(message);
  const parts = headerParts(header).type;
  if (parts && parts.end > parts.start) return { range: { start: { line, column: parts.start }, end: { line, column: parts.end } }, newText: type };
  return { range: { start: { line, column: 0 }, end: { line, column: 0 } }, newText: `${type}: ` };
}

/** Sets the header's scope: `feat: x` → `feat(scope): x`, or replaces the scope there. Null without a type. */
export function setScope(message: string, scope: string): TextEdit | null {
  const { line, header } = headerLine(message);
  const parts = headerParts(header);
  if (!parts.type || parts.type.end === parts.type.start) return null;
  if (parts.scope) return { range: { start: { line, column: parts.scope.start }, end: { line, column: parts.scope.end } }, newText: scope };
  return { range: { start: { line, column: parts.type.end }, end: { line, column: parts.type.end } }, newText: `(${scope})` };
}

/**
 * Wraps the body's paragraphs at `width` columns. Lines that are trailers, list items' continuations, indented
 * (code) or URLs too long to break are kept as they are. One edit replacing the body.
 */
export function wrapBody(message: string, width: number): TextEdit | null {
  const lines = splitLines(message);
  const cleaned = cleanCommitMessage(message);
  const kept = cleaned.text.split('\n');
  if (kept.length < 3) return null;
  const footer = footerStart(kept);
  const bodyFrom = cleaned.originalLine[2];
  const bodyTo = cleaned.originalLine[(footer ?? kept.length) - 1];
  if (bodyFrom === undefined || bodyTo === undefined || bodyTo < bodyFrom) return null;
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    let current = '';
    for (const word of paragraph.join(' ').split(/\s+/).filter(Boolean)) {
      if (current && [...current].length + 1 + [...word].length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) out.push(current);
    paragraph = [];
  };
  for (let k = bodyFrom; k <= bodyTo; k++) {
    const l = lines[k];
    if (l.trim() === '' || /^\s/.test(l) || /^([-*+]|\d+[.)])\s/.test(l) || l.startsWith('#')) {
      flush();
      out.push(l);
      if (/^([-*+]|\d+[.)])\s/.test(l) && [...l].length > width) out.splice(out.length - 1, 1, ...wrapItem(l, width));
    } else paragraph.push(l.trim());
  }
  flush();
  const newText = out.join(eol(message));
  const oldText = lines.slice(bodyFrom, bodyTo + 1).join(eol(message));
  return newText === oldText ? null : { range: { start: { line: bodyFrom, column: 0 }, end: { line: bodyTo, column: lines[bodyTo].length } }, newText };
}

function wrapItem(line: string, width: number): string[] {
  const marker = /^([-*+]|\d+[.)])\s+/.exec(line)?.[0] ?? '';
  const indent = ' '.repeat(marker.length);
  const out: string[] = [];
  let current = marker.trimEnd();
  for (const word of line.slice(marker.length).split(/\s+/).filter(Boolean)) {
    const sep = current === marker.trimEnd() ? ' ' : ' ';
    if ([...current].length + 1 + [...word].length > width && current.trim() !== marker.trim()) {
      out.push(current);
      current = `${indent}${word}`;
    } else current = `${current}${sep}${word}`;
  }
  out.push(current);
  return out;
}

function headerLine(message: string): { line: number; header: string } {
  const cleaned = cleanCommitMessage(message);
  const line = cleaned.originalLine[0] ?? 0;
  return { line, header: splitLines(message)[line] ?? '' };
}
