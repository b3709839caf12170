import { CodeBlock } from '../documentModel';
import { Located } from '../sources';
import { MAX_COMMAND_LENGTH, cleanCommandLine, hasPrompt, isCommand, isLooseCommand } from './commandLine';
import { classify, setsUpByOwnWords } from './commandClassify';
import { withoutPaths } from './commandsLeadIn';
import { elevatedStep } from './commandsUntagged';
import { installsPiped } from './commandsPiped';
import { SBT_EXIT, SBT_LAUNCH, SBT_PROMPTED, SBT_SHELL, sbtTaskKind, sbtTaskLine } from './commandsSbtShell';
import type { CommandKind } from './commands';
import { REFRESHES_INDEX } from './commandPhaseOf';

/**
 * The command lines of a code block: which blocks are typed into a shell, and which of their lines are commands
 * (continued lines, loops and heredocs, comments above a line, an sbt session typed at its prompt).
 */

/** Info strings that say a block is typed into a shell: every line of it is a command, known tool or not. */
export const EXPLICIT_SHELL = new Set(['sh', 'bash', 'shell', 'console', 'zsh', 'fish', 'shellsession', 'shell-session', 'sh-session', 'bash-session', 'terminal', 'cmd', 'bat', 'batch', 'powershell', 'pwsh', 'ps1', 'ps']);
export const SHELL_LANGS = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'fish', 'shellsession', 'shell-session', 'sh-session', 'bash-session', 'terminal', 'cmd', 'bat', 'batch', 'powershell', 'pwsh', 'ps1', 'ps', 'text', 'txt', 'plain', 'plaintext', 'none', 'prompt']);

/** Info strings of a block that say nothing of what it holds. */
export const PLAIN_LANG = /^(?:text|txt|plain|plaintext|none)$/;

/** A block of at least two comment lines (`# Run the linters`), each saying what the line below it does. */
export const COMMENTED_LINES = /^[ \t]*#[ \t]*\S[^\n]*\n(?:[^\n]*\n)*?[ \t]*#[ \t]*\S/m;

/** A paragraph that is one line behind a `$ ` prompt. */
export const QUOTED_PROMPT = /^\$[ \t]+[^\n]{1,300}$/;

/** The text of a trailing `# comment` (or `// comment`) on a code line, or ''. */
function trailingComment(raw: string): string {
  const cleaned = cleanCommandLine(raw) ?? '';
  const text = raw.trim().replace(/^\S*[$%>]\s+/, '');
  const at = text.indexOf(cleaned);
  const rest = at >= 0 ? text.slice(at + cleaned.length).trim() : '';
  return rest.startsWith('#') ? rest.slice(1, 201).trim() : rest.startsWith('//') ? rest.slice(2, 202).trim() : '';
}

/** How a block stands to an sbt session that spans two blocks: it starts one the next block goes on with, or goes on with one. */
interface SbtSession {
  readonly startsNext?: boolean;
  readonly continues?: boolean;
}

/** A block whose every line but sbt's output is behind one of its prompts (`> test`, `sbt:proj> compile`, `[info] ...`). */
const allSbtPrompted = (text: string): boolean => {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !/^\s*(?:\[\w+\]|\.{3})/.test(line));
  return lines.length > 0 && lines.every((line) => SBT_PROMPTED.test(line));
};
/** A block that only starts sbt: its one command line is the launch (output lines aside). */
const onlyLaunchesSbt = (text: string): boolean => {
  const commands = text.split('\n').map((line) => cleanCommandLine(line)).filter((c): c is string => c !== undefined && !/^\[\w+\]/.test(c));
  return commands.length === 1 && SBT_LAUNCH.test(commands[0]);
};

/** Whether the block at `k` starts sbt for the next code block's prompt lines, or is those lines after such a start. */
export function sbtSession(flow: readonly Located[], k: number, code: CodeBlock): SbtSession {
  const near = (from: number, step: number): CodeBlock | undefined => {
    for (let j = from + step, n = 0; j >= 0 && j < flow.length && n < 3; j += step, n++) {
      const b = flow[j];
      if (b.doc !== flow[k].doc || b.block.kind === 'heading') return undefined;
      if (b.block.kind === 'code') return b.block;
    }
    return undefined;
  };
  if (onlyLaunchesSbt(code.text)) {
    const next = near(k, 1);
    return next !== undefined && allSbtPrompted(next.text) ? { startsNext: true } : {};
  }
  if (allSbtPrompted(code.text)) {
    // Back over blocks of prompt lines to the block that started sbt: `> compile`, then `> test`, one session.
    let at = k;
    for (let hops = 0; hops < 4; hops++) {
      const previous = near(at, -1);
      if (previous === undefined) return {};
      if (onlyLaunchesSbt(previous.text)) return { continues: true };
      if (!allSbtPrompted(previous.text)) return {};
      at = flow.findIndex((f) => f.block === previous);
    }
  }
  return {};
}

const SHEBANG = /^\s*#!\s*\/\S*(?:bin|env)\b/;

/**
 * The commands of a code block: lines that run a known tool; with `loose` (a shell block under a build, test or
 * lint heading) any line that looks like a program call; with `typed` (a prompted block under such a heading)
 * such a line when its own words give its phase.
 */
export function* codeCommands(block: CodeBlock, loose = false, typed = false, session: SbtSession = {}): Iterable<{ command: string; line: number; comment: string; above?: string; group?: number; kind?: CommandKind; typedIn?: string }> {
  // `cp .env.example .env`, `mkdir build`: setup by their own words, though `cp` and `mkdir` are no tools Onramp knows.
  const accept = (text: string): boolean => isCommand(text) || setsUpByOwnWords(text) || installsPiped(text) || ((loose || (typed && classify(withoutPaths(text)) !== undefined)) && isLooseCommand(text)) || (loose && elevatedStep(text, (inner) => REFRESHES_INDEX.test(inner)));
  const lines = block.text.replace(/\n$/, '').split('\n');
  // A block that opens with a shebang (`#!/bin/bash`) is a script's text, shown to save or read (a test template, a
  // hook): its lines run when the script does, and are not typed one by one.
  if (SHEBANG.test(lines.find((l) => l.trim() !== '') ?? '')) return;
  const prompted = lines.some(hasPrompt);
  // Lines inside a shell loop or condition spread over several lines (`while`, `do sleep 1; done`, `fi`) are parts of
  // one compound command, a script written out, not steps of their own.
  // (Quoted text is data, `psql -c "...; select 1"`, and so are a heredoc's lines; fish closes with `end`.)
  let compound = 0;
  let heredoc: string | null = null;
  // Only in a POSIX shell's block: cmd's `if not exist build mkdir build` and PowerShell's `if (...) {` close otherwise.
  const posix = !/^(?:cmd|bat|batch|powershell|pwsh|ps1|ps)$/i.test(block.lang);
  const inCompound = (raw: string, k: number): boolean => {
    const text = raw.replace(/^\s*>\s+/, '');
    // A heredoc's lines are a file's text (a hook, a config), never steps; its opening line is the step that writes it.
    if (heredoc !== null) {
      if (text.trim() === heredoc) heredoc = null;
      return true;
    }
    if (!posix) return false;
    const opened = HEREDOC.exec(text);
    if (opened) heredoc = opened[1];
    const bare = text.replace(/"(?:[^"\\\n]|\\.){0,300}"|'[^'\n]{0,300}'/g, '""');
    // (A POSIX condition says `then` on its line or the next, so cmd's `if not exist build mkdir build` opens nothing;
    // nor does cmd's `for /d %p in (...) do (...)`, with its `%` variable and no `done`.)
    const next = lines[k + 1] ?? '';
    const opens = (bare.match(COMPOUND_OPEN) ?? []).filter((word) => (/\bif\b/.test(word) ? /\bthen\b/.test(bare) || /^\s*(?:[$>]\s+)?then\b/.test(next) : !/\bfor\b/.test(word) || !/%%?\w/.test(bare))).length;
    const before = compound;
    compound = Math.max(0, compound + opens - (bare.match(COMPOUND_CLOSE) ?? []).length);
    return before > 0 || compound > 0;
  };
  let pending: { text: string; line: number } | null = null;
  let above = '';
  let fresh = false;
  let group = 0;
  let afterComment = false;
  // Inside sbt's interactive shell, started by a line of this block: the lines after it are typed at its prompt.
  let inSbt = session.continues === true;
  let sbtPrompted = inSbt;
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k];
    if (inSbt && SBT_EXIT.test(raw)) {
      inSbt = false;
      continue;
    }
    // A shell line again (`$ make docs`, `sbt test` run whole from the shell): the session is over.
    if (inSbt && (hasPrompt(raw) || /^\s*(?:\.\/)?sbtn?\s+\S/.test(raw))) inSbt = false;
    if (inSbt) {
      // Where the session shows sbt's prompt, a line without one is output (`hello world` after `> scala Hello`).
      const task = sbtPrompted && !SBT_PROMPTED.test(raw) ? undefined : sbtTaskLine(raw);
      // Only a task whose name says its phase: `scalac x.scala` typed there runs the compiler, a task of no phase.
      const kind = task === undefined ? undefined : sbtTaskKind(task);
      if (task !== undefined && kind !== undefined) yield { command: task, line: block.line + k, comment: '', kind, typedIn: SBT_SHELL };
      continue;
    }
    if (pending) {
      pending.text += ' ' + raw.trim().replace(/\\$/, '').trim();
      if (!raw.trimEnd().endsWith('\\') || pending.text.length > MAX_COMMAND_LENGTH) {
        if (pending.text.length <= MAX_COMMAND_LENGTH && !inCompound(pending.text, k) && accept(pending.text)) yield { command: pending.text, line: pending.line, comment: '' };
        pending = null;
      }
      continue;
    }
    // A comment line speaks for the command right below it (`# build runtime-core only`), in a prompted block too;
    // comment lines in a row are one comment.
    const commentLine = /^\s*(?:[$>]\s+)?#\s?(.{0,200})/.exec(raw);
    if (commentLine) {
      above = afterComment ? `${above} ${commentLine[1].trim()}`.slice(-400) : commentLine[1].trim();
      if (!afterComment) group++;
      fresh = true;
    } else if (raw.trim() === '') above = '';
    afterComment = commentLine !== null;
    if (prompted && !hasPrompt(raw)) {
      // (A loop's closing `done` is often written without a prompt: it still closes the loop.)
      if (compound > 0 || heredoc !== null) inCompound(raw.trim(), k);
      continue;
    }
    const cleaned = cleanCommandLine(raw);
    if (!cleaned) continue;
    if (cleaned.endsWith('\\')) {
      pending = { text: cleaned.slice(0, -1).trim(), line: block.line + k };
      continue;
    }
    // `$ sbt` followed by tasks at its prompt: starting the shell sets up, and the tasks are typed there.
    if (SBT_LAUNCH.test(cleaned) && (session.startsNext === true || lines.slice(k + 1).some((next) => sbtTaskLine(next) !== undefined))) {
      inSbt = true;
      sbtPrompted = lines.slice(k + 1).some((next) => SBT_PROMPTED.test(next));
      yield { command: cleaned, line: block.line + k, comment: '', kind: 'setup' };
      continue;
    }
    if (inCompound(cleaned, k) || !accept(cleaned)) continue;
    // Only the first command under a comment takes it as its own: a header comment ("# only needed the first
    // time", "# lint, then start the server") must not narrow or re-phase every line of its group.
    yield { command: cleaned, line: block.line + k, comment: cleaned.length < 1000 ? trailingComment(raw) : '', above: fresh ? above : '', group: above ? group : 0 };
    fresh = false;
  }
}

/** Shell keywords that open and close a compound command, where a command may start (`if`, `; do`, `done`). */
const COMPOUND_OPEN = /(?:^|[;&|]\s*)(?:if|for|while|until|case|select)\b(?!\s*=)/g;
const COMPOUND_CLOSE = /(?:^|[;&|]\s*)(?:fi|done|esac|end(?=\s*$))\b(?!\s*=)/g;
/** A heredoc's opening (`cat > .env <<EOF`, `<<-'END'`): the lines up to its word are a file's text. */
const HEREDOC = /<<-?\s*["']?(\w{1,20})["']?/;
