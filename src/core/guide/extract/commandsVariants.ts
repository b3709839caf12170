import { Located } from '../sources';
import { plain } from './text';

/**
 * Variants of a step the guide already gave: the same command with a knob set in front of it
 * (`GO_BUILD_FLAGS="-buildmode=pie" make build` after `make build`, `env UV_TEST_TIMEOUT_MULTIPLIER=2 x` after `x`),
 * or another spelling of the same call after a lead-in that offers a choice ("To run tests, do one of:").
 */

/** Leading `VAR=value` assignments, after an optional `env`: settings for how the step runs, not another step. */
const KNOB_PREFIX = /^(?:env\s+)?(?:[A-Z_][A-Z0-9_]{0,60}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"']{0,200})\s+){1,8}/;

/** The command without the settings in front of it, or undefined when it has none. */
export function withoutKnobs(command: string): string | undefined {
  const m = KNOB_PREFIX.exec(command);
  return m && m[0].length < command.length ? command.slice(m[0].length) : undefined;
}

/** A lead-in that offers a choice among the lines after it ("do one of:", "run one of the following:"). */
const ONE_OF = /\bone\s+of(?:\s+(?:the\s+)?(?:following|these|below))?(?:\s+commands?)?\s*:{1,2}\s*$/i;

export const offersChoice = (intro: string): boolean => ONE_OF.test(intro);

/** A call's tool and subcommand (`spin test` of `spin test -p auto`): lines that share it are one step spelled two ways. */
export function callOf(command: string): string {
  const words = command.trim().split(/\s+/);
  return words.length > 1 && !words[1].startsWith('-') ? `${words[0]} ${words[1]}` : words[0];
}

/**
 * A command with the platform's spelling taken out: Windows paths and activation scripts, the `py` launcher and
 * `python3`, `source`/`.` before a script. A step given for each platform reads the same.
 */
export const platformNeutral = (command: string): string =>
  command
    .replace(/\\/g, '/')
    .replace(/\/Scripts\/activate(?:\.bat|\.ps1)?\b/gi, '/bin/activate')
    .replace(/^(?:source|\.)\s+/, '')
    .replace(/^(?:py(?:\s+-3)?|python3?(?:\.exe)?)(?=\s)/, 'python');

/**
 * Whether a command with a knob set (`CI=1 npm test`) is only a variant of the taken step `bare`: in the same block
 * as it, or where the words that present it name that step ("Note: `make build` runs with `-v`; flags can be added
 * through `GO_FLAGS`, e.g.:"). A block or sentence with a purpose of its own ("To test the native binary, run:")
 * presents a step.
 */
export function knobbedVariant(bare: string, takenIn: Located['block'] | undefined, at: Located, intro: Located['block'] | undefined): boolean {
  if (takenIn === undefined) return false;
  if (takenIn === at.block) return true;
  const words = intro ?? at.block;
  if (words.kind === 'code' || words.kind === 'heading') return false;
  // "For more output, use the DEBUG variable:": a knob that makes the run talk more is the same run, diagnosed.
  return words.code.some((span) => span.text.trim() === bare) || DIAGNOSTIC_KNOB.test(plain(words));
}

/** Words presenting a knob that only makes a run report more: more output or details, verbose, debugging. */
const DIAGNOSTIC_KNOB = /\bmore\s+(?:output|information|info|details|logging|logs)\b|\bverbose\b|\bdebug(?:ging)?\b/i;

/** One spelling per step, so `pnpm i` after `pnpm install`, or `pnpm build` after `pnpm run build`, is a repeat. */
export function canonical(command: string): string {
  return command
    .replace(/^(npm|pnpm|bun|yarn)\s+i(\s|$)/, '$1 install$2')
    .replace(/^(pnpm|bun|yarn)\s+run\s+/, '$1 ')
    .replace(/^yarn install$/, 'yarn');
}
