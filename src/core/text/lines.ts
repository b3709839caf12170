/** Line arithmetic shared by everything that reports a 1-based line for an offset into a text. */

/** The 1-based line of `offset` in `text` (offsets past the end count as the last line). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
