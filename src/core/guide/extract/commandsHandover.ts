/**
 * Prose that names a tool and hands over to the block below for the step itself ("run `pytest` in the repository:"
 * then `pytest -q proj`), and arguments that are placeholders in capitals (`mypy PROGRAM.py`, `-m MODULE`).
 */
import type { Block } from '../documentModel';
import type { Located } from '../sources';
import { cleanCommandLine } from './commandLine';

/** A paragraph or list item whose last words end on a colon: what follows it is what it speaks of. */
const ENDS_ON_COLON = /:\s*$/;

/**
 * A span followed by what it does ("Run `yarn` to install the dependencies, then build:") is a step of its own; the
 * block below is the next step, not the span's full form.
 */
const PURPOSE_AFTER = /^`?\s*(?:to|in\s+order\s+to)\s+(?:install|build|test|run|check|lint|compile|set\s+up|bootstrap|fetch|download|format)\b/i;
const completeStep = (command: string, text: string): boolean => {
  for (let at = text.indexOf(command); at >= 0; at = text.indexOf(command, at + 1)) {
    if (PURPOSE_AFTER.test(text.slice(at + command.length, at + command.length + 60))) return true;
  }
  return false;
};
/** A lead-in that offers a narrower run beside the span ("or give an environment:", "To build a single target:"). */
const OFFERS_CHOICE = /\bor\s+(?:give|pass|name|pick|choose|select|add|use|specify)\b|\b(?:a\s+single|one|a\s+specific|a\s+particular)\s+\w+/i;

/**
 * Whether a one-word span (`pytest`) is the tool a lead-in names while the code block right after it gives the
 * full step (`pytest -q proj`): the block's line is the step, at its own line, and the span is only its name.
 */
export function namedByBlockBelow(command: string, block: Block, next: Located | undefined): boolean {
  if (command.includes(' ') || next === undefined || next.block.kind !== 'code' || block.kind === 'code' || block.kind === 'heading' || !ENDS_ON_COLON.test(block.text)) return false;
  if (OFFERS_CHOICE.test(block.text) || completeStep(command, block.text)) return false;
  const prefix = `${command} `;
  return next.block.text
    .split('\n', 40)
    .some((line) => line.includes(prefix) && (cleanCommandLine(line)?.startsWith(prefix) ?? false));
}

/**
 * A placeholder in capitals standing for what the reader fills in (`PROGRAM.py`, `MODULE`, `TEST_NAME`): the line is
 * an example. A `VAR=value` setting, a `$VAR` and an option (`-DFOO`) are not placeholders.
 */
// (Also between dots in an attribute path, `nix build .#cabalProject.SYSTEM.hsPkgs.PACKAGE.components.COMPONENT`.)
const CAPS_PLACEHOLDER = /(?:^|[\s'"(])(?:PROGRAM|MODULE|FILE|FILENAME|PATH|PACKAGE|PKG|TEST_?NAME|TEST_?FILE|CLASS|METHOD|DIR|DIRECTORY|TARGET|PLUGIN|COMPONENT|SUITE)(?:\.\w{1,4})?(?=$|[\s'")])|[.#](?:SYSTEM|PACKAGE|COMPONENT|MODULE|TARGET|PLUGIN)(?=$|[.\s])/;
export const hasCapsPlaceholder = (command: string): boolean => CAPS_PLACEHOLDER.test(command);
