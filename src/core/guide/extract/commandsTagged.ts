/**
 * A code block whose info string names a programming language (```ruby, ```nushell) though every line of it calls a
 * developer tool (`bundle install`, `cargo test --workspace`): guides tag a shell block with the project's language
 * as often as with `sh`. Read whole, such a block is typed into a shell like a tagged one.
 */
import { CodeBlock } from '../documentModel';
import { cleanCommandLine, isCommand } from './commandLine';

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
      lines.length > 0 &&
      lines.length <= MAX_LINES &&
      lines.every((line) => {
        const command = cleanCommandLine(line);
        return command !== undefined && !LANGUAGE_SYNTAX.test(command) && isCommand(command);
      });
    cache.set(block, answer);
  }
  return answer;
}
