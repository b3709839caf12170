/**
 * A call typed at a language's console rather than a shell, that the guide gives as its step: "Ensure all tests pass
 * by typing `test.pkg()`", "using `Pkg.test("Frames")` as you develop", "run `devtools::check()`". R and Julia
 * guides hand over their test run this way (a package's own test function, `Pkg.test`, `devtools::test()`); only a
 * call whose own name says it tests, checks, lints, styles or installs the development dependencies is taken, so a
 * function named in passing (`main()`, `find_package()`, `dir.close()`) is not.
 */
import type { CommandKind } from './commands';

/**
 * A function call alone: a dotted or `pkg::` name and its arguments, nothing after it. A name part is at most 40
 * characters, the arguments at most 80 with no nested call.
 */
const CONSOLE_CALL = /^([A-Za-z][\w.]{0,40}(?:::[A-Za-z][\w.]{0,40})?)\((?:[^()`\n]{0,80})\)$/;
/** The part of the name that says what the call does: `test`, `test_check`, `check`, `lint_package`, `style_pkg`. */
const TEST_PART = /^(?:test|tests|test_\w+|run_tests|check)$/i;
const LINT_PART = /^(?:lint|lint_\w+|style|style_\w+|format)$/i;
/**
 * A call that installs what the package needs for development: `devtools::install_dev_deps()`,
 * `remotes::install_deps()`, Julia's `Pkg.instantiate()`, `renv::restore()`. R and Julia guides set up the checkout
 * this way, at the console, as they test it there.
 */
const SETUP_PART = /^(?:install_deps|install_dev_deps|instantiate|restore)$/i;

/** Whether a line is such a call alone: typed at the language's console, never in a shell (walkthrough/shellState.ts). */
export const isConsoleCall = (text: string): boolean => CONSOLE_CALL.test(text.trim());

/** The phase a console call's own name gives it, or undefined when the span is no such call. */
export function consoleCallKind(text: string): CommandKind | undefined {
  const call = CONSOLE_CALL.exec(text.trim());
  if (!call) return undefined;
  // (A macro in capitals, `TEST_TITLE()`, is code a test file uses; `String.format()` with nothing to format is the
  // Java method named in a style rule, where `JuliaFormatter.format(".")` and `styler::style_pkg()` format a package.)
  const parts = call[1].split(/::|\./).filter((p) => !/^[A-Z][A-Z0-9_]+$/.test(p));
  if (parts.some((p) => TEST_PART.test(p))) return 'test';
  if (parts.some((p) => LINT_PART.test(p)) && !(/^format$/i.test(parts[parts.length - 1] ?? '') && !call[1].includes('::') && /\(\s*\)$/.test(text.trim()))) return 'lint';
  if (parts.length > 1 && SETUP_PART.test(parts[parts.length - 1])) return 'setup';
  return undefined;
}
