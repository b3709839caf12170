/**
 * A code block whose info string names a programming language (```ruby, ```nushell) though every line of it calls a
 * developer tool (`bundle install`, `cargo test --workspace`): guides tag a shell block with the project's language
 * as often as with `sh`. Read whole, such a block is typed into a shell like a tagged one.
 */
import { CodeBlock } from '../documentModel';
import { cleanCommandLine, isCommand, isConsoleStep } from './commandLine';

/**
 * Languages whose guides give their test run as a call typed at the language's console (```julia `Pkg.test()`,
 * ```r `devtools::test()`): R and Julia packages are tested from their console, not from a shell.
 */
const CONSOLE_LANGS = /^(?:julia|jl|r|rconsole|jldoctest)$/i;
/** A console prompt before a line (`julia> `, `R> `, `> `). */
const CONSOLE_PROMPT = /^(?:[A-Za-z]{1,10}>|>)\s+/;
/**
 * A line that only loads the package the next call needs (`using Pkg`, `import Pkg`, `library(devtools)`,
 * `Pkg.activate(".")`): preparing the console, not a step of its own.
 */
const LOADS_PACKAGE = /^(?:using|import)\s+[\w.]{1,60}(?:\s*,\s*[\w.]{1,60}){0,5}$|^(?:library|require|requireNamespace)\((?:[^()]{0,60})\)$|^Pkg\.activate\((?:[^()]{0,60})\)$/;

/**
 * Base R's `install.packages("devtools")` in a block of console steps: the tools the next calls need, installed at the
 * console (a setup line there; named in prose it is as often how users get the package).
 */
const BASE_INSTALL = /^install\.packages\((?:[^()]{0,120})\)$/;

/**
 * Whether a block tagged with a console language holds only steps typed at that console (a test, lint or setup call,
 * commandLine.ts) and the lines that load their package: each call is the guide's step, typed as written.
 */
function consoleSteps(block: CodeBlock): boolean {
  if (!CONSOLE_LANGS.test(block.lang)) return false;
  const lines = block.text
    .split('\n')
    .map((line) => line.trim().replace(CONSOLE_PROMPT, ''))
    .filter((line) => line !== '' && !line.startsWith('#'));
  return lines.length > 0 && lines.length <= MAX_LINES && lines.some(isConsoleStep) && lines.every((line) => isConsoleStep(line) || LOADS_PACKAGE.test(line) || BASE_INSTALL.test(line));
}

/**
 * A line in a language's own syntax, though it starts with a tool's name: a call with quoted arguments and commas
 * (`gem "puma", path: "x"`), a keyword argument or hash key (`task default: :test`), a hash arrow or a brace.
 */
const LANGUAGE_SYNTAX = /["'],\s|\b\w+:\s|=>|[{};]\s*$|^\S+\(/;
/** More lines than this are a program or a transcript, not a few steps. */
const MAX_LINES = 8;

const cache = new WeakMap<CodeBlock, boolean>();

/** Whether every line of a block tagged with another language is a developer tool's command line. */
export function typedAsShell(block: CodeBlock): boolean {
  let answer = cache.get(block);
  if (answer === undefined) {
    const lines = block.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    answer =
      consoleSteps(block) ||
      (lines.length > 0 &&
        lines.length <= MAX_LINES &&
        lines.every((line) => {
          const command = cleanCommandLine(line);
          return command !== undefined && !LANGUAGE_SYNTAX.test(command) && isCommand(command);
        }));
    cache.set(block, answer);
  }
  return answer;
}
