/**
 * A short code block with no info string, set under a heading or lead-in that names a phase, whose every line is a
 * program call (`bb test`, `alejandra .`, `mage lint`): guides leave the fence of a one-line command untagged as
 * often as they tag it `sh`. Its lines are typed into a shell, though the program is none Onramp knows. Each line's
 * call (the program and its subcommand, not the arguments: `psql ... ecto_test` names a database, not a test run) must
 * give a phase by its own words, so a block of other lines (a database shell, a snippet) is not read so.
 */
import { CodeBlock } from '../documentModel';
import { cleanCommandLine, isCommand, isLooseCommand } from './commandLine';
import { classify } from './commandClassify';

/** More lines than this, an untagged block is a program, a config file or a transcript rather than a few steps. */
const MAX_LINES = 3;
/**
 * A line in a language's own syntax or a config file's, though it starts with a lowercase word: quotes then a comma,
 * a keyword argument, a hash arrow, a brace or parenthesis, a block opener (`test 'x' do`), an assignment.
 */
const LANGUAGE_SYNTAX = /["'],\s|\b\w+:\s|=>|[{}();]|\bdo\s*$|\bend\s*$|^\S+\s+=|^(?:end|else|fi|done|return|import|from|def|let|const|var|fn|use|module|package|function|class|if|for|while)\b/;

/** Words that report how a run went: a line holding one is output, not a call. */
const OUTCOME = /(?:^|\s)(?:passed|failed|passing|failing|ok|done|succeeded|finished|completed?|successful(?:ly)?|errors?|warnings?|skipped)(?=\s|$)/i;

const cache = new WeakMap<CodeBlock, boolean>();

/** Whether an untagged (or plain-text) block is a few lines that each call a program. */
export function untaggedCalls(block: CodeBlock): boolean {
  let answer = cache.get(block);
  if (answer === undefined) {
    const lines = block.text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    answer =
      lines.length > 0 &&
      lines.length <= MAX_LINES &&
      lines.every((line) => {
        const command = cleanCommandLine(line);
        // A path alone (`tests/test_loader.py` after "their tests are in::") names a file; a script is run as `./x`.
        // One word that is no known tool (`test_parses_empty_input`) names a function or a file; a line with a word of
        // outcome (`all tests passed`) or closing punctuation is output or prose.
        return (
          command !== undefined &&
          !LANGUAGE_SYNTAX.test(command) &&
          isLooseCommand(command) &&
          !/^[\w-]+\//.test(command) &&
          (command.includes(' ') || isCommand(command)) &&
          !OUTCOME.test(command) &&
          !/[A-Za-z)][.!?]$/.test(command) &&
          classify(callHead(command)) !== undefined
        );
      });
    cache.set(block, answer);
  }
  return answer;
}

/** The program a line runs and its subcommand, if the word after the program is one (`bb test`, `mage lint:go`). */
function callHead(command: string): string {
  const words = command.split(/\s+/).filter((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  return SUBCOMMAND.test(words[1] ?? '') ? `${words[0]} ${words[1]}` : (words[0] ?? '');
}
const SUBCOMMAND = /^[a-z][\w:-]{0,40}$/;

/** `sudo` and its options before the program it runs as root. */
const SUDO = /^sudo\s+(?:-[A-Za-z]{1,3}\s+)*([^-\s].{0,300})$/;

/**
 * `sudo nixos-rebuild test` in a shell block under a build, test or lint heading: a program run as root is a step
 * when its own call gives the phase, as a program without `sudo` would be read loosely there. `sudo` before a call
 * that says nothing of a phase (`sudo systemctl restart x`, `sudo rm -rf /var/cache/x`) administers the machine.
 */
export function elevatedStep(command: string, phaseless: (inner: string) => boolean = () => false): boolean {
  const inner = SUDO.exec(command)?.[1];
  return inner !== undefined && isLooseCommand(inner) && (classify(callHead(inner)) !== undefined || phaseless(inner));
}
