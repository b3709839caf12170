/**
 * A shell command line as a newcomer would type it, split into the simple commands it runs and the folder each
 * runs in (`cd web && npm run build` runs `npm run build` in web/). Only what is literal is kept: a word with a
 * placeholder (`<script>`, `$VAR`, `{name}`) makes the invocation unknowable, and the check says nothing about it.
 */
import { joinRepoPath } from '../repo/repoFiles';

export interface Invocation {
  /** The words after environment assignments: the program and its arguments. */
  readonly words: readonly string[];
  /** The repo-relative folder it runs in ("" for the root); undefined when a `cd` went somewhere unknowable. */
  readonly cwd: string | undefined;
}

/** Splits on `&&`, `||`, `;` and `|`, follows literal `cd`s, drops `sudo` and leading `VAR=value` words. */
export function invocations(line: string): Invocation[] {
  const out: Invocation[] = [];
  let cwd: string | undefined = '';
  for (const part of splitCommands(line.replace(/^\s*\$\s+/, ''))) {
    let words = shellWords(part);
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words = words.slice(1);
    if (words[0] === 'sudo') words = words.slice(1);
    if (words.length === 0) continue;
    if (words[0] === 'cd') {
      const target = words[1];
      if (cwd === undefined || target === undefined || target.startsWith('/') || target.startsWith('~') || target === '-' || isPlaceholder(target)) cwd = undefined;
      else cwd = joinRepoPath(cwd, target);
      continue;
    }
    out.push({ words, cwd });
  }
  return out;
}

/** A word that stands for something the reader fills in, or that the shell computes. */
export function isPlaceholder(word: string): boolean {
  return /[<>${}*?[\]`]|\.\.\.|…/.test(word) || /^(name|script|target|task|session|env)$/i.test(word);
}

function splitCommands(line: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (quote) {
      if (ch === quote) quote = null;
      cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
      continue;
    }
    if (ch === '#' && (k === 0 || /\s/.test(line[k - 1]))) break;
    if (ch === ';' || ch === '|' || (ch === '&' && line[k + 1] === '&')) {
      parts.push(cur);
      cur = '';
      if (line[k + 1] === ch) k++;
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function shellWords(s: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}
