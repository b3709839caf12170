import { ParseError, ParseErrorCode, parse } from 'jsonc-parser';
import { lineAt } from './lines';

/**
 * Where and why a JSON text is invalid, in words a config author recognises. jsonc-parser (the parser VS Code
 * itself uses for settings) finds the position; this only words its error codes.
 */
export interface JsonError {
  readonly offset: number;
  readonly line: number;
  readonly reason: string;
}

const REASONS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidNumberFormat]: 'a malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'a missing property name',
  [ParseErrorCode.ValueExpected]: 'a missing value',
  [ParseErrorCode.ColonExpected]: 'a missing ":" after a key',
  [ParseErrorCode.CommaExpected]: 'a missing comma',
  [ParseErrorCode.CloseBraceExpected]: 'a missing "}"',
  [ParseErrorCode.CloseBracketExpected]: 'a missing "]"',
  [ParseErrorCode.EndOfFileExpected]: 'text after the end of the JSON value',
  [ParseErrorCode.InvalidCommentToken]: 'a comment (JSON allows none)',
  [ParseErrorCode.UnexpectedEndOfComment]: 'an unfinished comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'an unfinished string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'an unfinished number',
  [ParseErrorCode.InvalidUnicode]: 'an invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'an invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'an invalid character in a string',
};

export function findJsonError(text: string): JsonError | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const at = (offset: number, reason: string): JsonError => ({ offset, line: lineAt(text, offset), reason });

  const ch = text[first.offset];
  if (first.offset >= text.length) return at(first.offset, 'the text ends too early');
  if ((ch === '}' || ch === ']') && (first.error === ParseErrorCode.PropertyNameExpected || first.error === ParseErrorCode.ValueExpected)) {
    // The parser stops at the bracket; the author's mistake is the comma before it.
    const comma = previousNonSpace(text, first.offset);
    if (text[comma] === ',') return at(comma, `a trailing comma before "${ch}"`);
  }
  if (first.error === ParseErrorCode.InvalidSymbol) {
    if (ch === '#') return at(first.offset, 'a comment (JSON allows none)');
    if (ch === "'") return at(first.offset, 'a single-quoted string (JSON needs double quotes)');
    return at(first.offset, `unexpected "${text.slice(first.offset, first.offset + Math.min(first.length, 20)) || ch}"`);
  }
  return at(first.offset, REASONS[first.error] ?? 'invalid JSON');
}

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}
