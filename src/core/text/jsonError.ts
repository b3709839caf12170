/**
 * Where and why a JSON text is invalid, in words a config author recognises. Node's JSON.parse does not
 * say where it failed (V8 dropped positions from its messages), so this small validator re-reads the text.
 */
export interface JsonError {
  readonly offset: number;
  readonly line: number;
  readonly reason: string;
}

const MAX_DEPTH = 512;

export function findJsonError(text: string): JsonError | undefined {
  let i = 0;
  const fail = (offset: number, reason: string): JsonError => ({ offset, line: lineAt(text, offset), reason });

  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const unexpected = (): JsonError => {
    const ch = text[i];
    if (ch === undefined) return fail(i, 'the text ends too early');
    if (ch === '#' || (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) return fail(i, 'a comment (JSON allows none)');
    if (ch === "'") return fail(i, 'a single-quoted string (JSON needs double quotes)');
    return fail(i, `unexpected "${ch}"`);
  };

  const value = (depth: number): JsonError | undefined => {
    if (depth > MAX_DEPTH) return fail(i, 'nesting is too deep');
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return undefined;
      }
      for (;;) {
        ws();
        if (ch === '{') {
          if (text[i] !== '"') return unexpected();
          const err = string();
          if (err) return err;
          ws();
          if (text[i] !== ':') return text[i] === undefined ? unexpected() : fail(i, `a missing ":" after a key`);
          i++;
        }
        const err = value(depth + 1);
        if (err) return err;
        ws();
        if (text[i] === ',') {
          const comma = i;
          i++;
          ws();
          if (text[i] === close) return fail(comma, `a trailing comma before "${close}"`);
          continue;
        }
        if (text[i] === close) {
          i++;
          return undefined;
        }
        return text[i] === undefined ? unexpected() : fail(i, `a missing "," or "${close}"`);
      }
    }
    if (ch === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) {
      i += literal[0].length;
      return undefined;
    }
    return unexpected();
  };

  const string = (): JsonError | undefined => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c === 92) i += 2;
      else if (c < 32) return fail(i, 'a line break inside a string');
      else i++;
    }
    return fail(start, 'a string that is never closed');
  };

  const err = value(0);
  if (err) return err;
  ws();
  return i < text.length ? unexpected() : undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
