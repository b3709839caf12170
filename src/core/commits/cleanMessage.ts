/**
 * A commit message as git will store it. The message being typed (or `COMMIT_EDITMSG` in a commit-msg hook)
 * still holds git's comment lines and, with `commit -v`, a diff below the scissors line; git removes those
 * (its default "strip" cleanup) before it commits, so Onramp lints what will be committed. Every kept line
 * remembers its line in the original text, so problems point at the right place in the editor.
 */

/** git's scissors line, after the comment character. */
export const SCISSORS = '------------------------ >8 ------------------------';

export interface CleanedMessage {
  /** The message as git commits it, lines joined with `\n`, no trailing newline; '' when nothing is left. */
  readonly text: string;
  /** For each line of `text`, its 0-based line in the original message. */
  readonly originalLine: readonly number[];
}

/**
 * `strip`: git's default for an edited message (comments, scissors, trailing spaces, repeated and outer blank
 * lines removed). `none`: only line endings normalised, for messages already committed (`git log` output),
 * where a line starting with `#` is text, not a comment.
 */
export type Cleanup = 'strip' | 'none';

export function cleanCommitMessage(raw: string, cleanup: Cleanup = 'strip', commentChar = '#'): CleanedMessage {
  const lines = raw.split(/\r\n|\r|\n/);
  if (cleanup === 'none') {
    let end = lines.length;
    while (end > 0 && lines[end - 1] === '') end--;
    return { text: lines.slice(0, end).join('\n'), originalLine: lines.slice(0, end).map((_, k) => k) };
  }
  const char = commentChar === 'auto' || commentChar === '' ? '#' : commentChar;
  const kept: string[] = [];
  const at: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line === `${char} ${SCISSORS}`) break;
    if (line.startsWith(char)) continue;
    const trimmed = line.replace(/\s+$/, '');
    // Runs of blank lines become one, and blank lines at the start are dropped.
    if (trimmed === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(trimmed);
    at.push(k);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') {
    kept.pop();
    at.pop();
  }
  return { text: kept.join('\n'), originalLine: at };
}
