/**
 * Repository text made safe to print to a terminal. A guide is untrusted: an escape sequence in a command or a
 * file name could move the cursor, rewrite earlier lines or retitle the window, and bidirectional overrides
 * can make printed text read differently from what it is.
 */

/** C0 controls except tab and newline, DEL, C1 controls, and the bidirectional embedding/override/isolate marks. */
function isUnsafe(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Each unsafe character replaced by what `replace` gives for it. */
function mapUnsafe(text: string, replace: (code: number) => string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafe(code)) continue;
    out += text.slice(copied, i) + replace(code);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `text` without characters a terminal would act on rather than show; tabs and newlines stay. */
export function terminalSafe(text: string): string {
  return mapUnsafe(text, () => '');
}

/** One printable line: line breaks and tabs become spaces, other control characters are removed. */
export function terminalLine(text: string): string {
  return terminalSafe(text.replace(/[\n\t]/g, ' '));
}

/**
 * JSON text with the controls JSON.stringify leaves raw (DEL, C1, bidi marks) written as \u escapes, so the
 * output parses to the same values and prints harmlessly.
 */
export function terminalSafeJson(json: string): string {
  return mapUnsafe(json, (code) => `\\u${code.toString(16).padStart(4, '0')}`);
}
