/**
 * A task runner's `check` target is a test suite as often as a linter: GNU projects run their tests with
 * `make check` (autotools' own name for it), while others give the name to their linters. Its own words do not
 * decide; the guide around it does ("Compile and run basic tests:", a "Testing" heading, a `./configure` step
 * before it). These helpers say when a command is such a target and, from its surroundings, when it tests.
 */
import type { CommandKind } from './commands';

/**
 * `make check`, `sudo -E make check TS_OPTS="--parallel=1"`, `make check-programs`, `just check`, `nix flake check`
 * (it builds every check a flake declares, a project's tests as often as its linters): the runner's
 * check target, alone or with make variables (`mix check`, from ex_check, runs the tests with the linters) or a part after a dash, under `sudo` or with variables before it;
 * also a script runner's (`composer check-all`, `npm run check`), whose check is the tests as often as the linters.
 * Not a named linter's check (`make check-format`, `make check-lint`, `make checkstyle`): those say what they check.
 */
const CHECK_TARGET =
  /^(?:sudo\s+(?:-E\s+)?)?(?:[A-Z_][A-Z0-9_]{0,40}=\S{0,200}\s+)*(?:make|gmake|just|task|mage|ninja|rake|cabal|stack|mix|composer|(?:npm|pnpm|bun)\s+run|yarn(?:\s+run)?|nix\s+flake|(?:\.[/\\])?gradlew(?:\.bat)?|gradle)(?:\s+(?:-[jlCfp]\s*(?:\d{1,4}|\$\([^)\n]{1,40}\)|"\$\([^)\n]{1,40}\)"|[\w./-]{1,60})|--[\w-]{1,20}(?:=\S{1,40})?|-[\w=]{1,20}))*\s+check(?:-(?!(?:format|fmt|lint|style|spell\w*|types?|typos?|whitespace|license|headers?|docs?|links?)\b)[\w-]{1,30})?(?:\s+[A-Za-z_]\w{0,40}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"']{1,200})|\s+(?:-[jlCfp]\s*(?:\d{1,4}|\$\([^)\n]{1,40}\)|"\$\([^)\n]{1,40}\)"|[\w./-]{1,60})|--[\w-]{1,20}(?:=\S{1,40})?|-[\w=]{1,20}))*$/;

/** The last step of a chain (`make build && make check`): what the line is for. */
export const lastStep = (command: string): string => {
  const parts = command.split(/\s(?:&&|;)\s/);
  return parts[parts.length - 1].trim();
};

/** Whether a command (or the last step of its chain) is a runner's check target, ambiguous between test and lint. */
export const isCheckTarget = (command: string): boolean => command.length <= 600 && CHECK_TARGET.test(lastStep(command.trim()));

/**
 * Words that name the test suite in the lead-in of a block that gives a check target ("Before submitting, run the full
 * test suite and quality checks locally:"): naming two phases, the lead-in gives no phase of its own, but the check it
 * hands over runs the tests it names, as a sentence naming both around a span already says (`commentKind`). (A heading is not asked: "Testing and Linting" heads a project's separate
 * lint-only `scripts/check` as often.)
 */
const NAMES_TESTS = /\btests\b|\btest\s+suites?\b|\btesting\b|\bspecs\b/i;
// Only the last sentence hands the block over: "The tests run in CI. Locally, run the style checks with:" does not.
export const namesTests = (text: string): boolean => NAMES_TESTS.test(text.slice(-400).split(/[.!?]\s+(?=\S)/).pop() ?? '');

/**
 * Words that say a check runs linters or formatters ("`make check` (runs gofmt, go vet and staticcheck)"), with no
 * word of the tests beside them: the sentence says the check lints, whatever make's convention is.
 */
const LINTERS_NAMED = /\b(?:gofmt|go\s+vet|staticcheck|golangci-lint|eslint|prettier|rubocop|flake8|ruff|black|mypy|clippy|rustfmt|shellcheck|pylint|checkstyle|spotless|ktlint|detekt|linters?|formatters?|static\s+analy[sz]\w*|style\s+checks?)\b/i;
const TESTS_NAMED = /\btests?\b|\btesting\b|\bspecs?\b|\bsuite\b/i;
/** Words that take the linters away from it: "it does not run the linters", "style checks run separately in CI". */
const NOT_THIS_RUN = /\b(?:not|n't|never|without|except|separately|elsewhere|only\s+in\s+CI|in\s+CI)\b/i;
export function lintersNamed(text: string): boolean {
  const m = LINTERS_NAMED.exec(text);
  if (m === null || TESTS_NAMED.test(text)) return false;
  return !NOT_THIS_RUN.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
}
/** Whether the words around it take linting away from the run ("it does not run the linters"). */
export function lintDenied(text: string): boolean {
  const m = LINTERS_NAMED.exec(text);
  return m !== null && NOT_THIS_RUN.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
}

/** What the surroundings of a found check target say it is for. */
export interface CheckSurroundings {
  /** The phase the command's own words give (`classify`): `lint` for a check target. */
  readonly own: CommandKind | undefined;
  /** The phase of the section's headings. */
  readonly section?: CommandKind;
  /** The phase the lead-in sentence or the sentence around a span names. */
  readonly said?: CommandKind;
  /** Whether the same block configures an autotools build (`./configure`), where `check` is the test suite. */
  readonly autotools?: boolean;
  /** Whether the block's lead-in names the tests, beside other checks ("run the full test suite and quality checks"). */
  readonly testsNamed?: boolean;
  /** The phase the project's Makefile gives the target by its recipe (commandsRecipe.ts), when it defines it. */
  readonly recipe?: CommandKind;
  /** Whether the words around it name linters and no tests (lintersNamed). */
  readonly lintersNamed?: boolean;
  /** Whether the words around it say the linters are not this run (lintDenied): the sentence's lint word says nothing. */
  readonly lintDenied?: boolean;
}

/**
 * `make check`, `make -j4 check V=1`, `sudo make check`: make's own `check` target, the GNU standard name of the
 * test suite (Automake wires its test harness to it). Projects label it a test run 17 times for 2 lint runs in the
 * development set; other runners' `check` (`just check`, `mix check`, `nix flake check`) lean the other way.
 */
const GNU_CHECK = /^(?:sudo\s+(?:-E\s+)?)?(?:[A-Z_][A-Z0-9_]{0,40}=\S{0,200}\s+)*g?make(?:\s+(?:-[jlCf]\s*(?:\d{1,4}|\$\([^)\n]{1,40}\)|"\$\([^)\n]{1,40}\)"|[\w./-]{1,60})|--[\w-]{1,20}(?:=\S{1,40})?|-[\w=]{1,20}))*\s+check(?:\s+[A-Za-z_]\w{0,40}=\S{1,200}|\s+(?:-[jlCf]\s*(?:\d{1,4}|\$\([^)\n]{1,40}\)|"\$\([^)\n]{1,40}\)"|[\w./-]{1,60})|--[\w-]{1,20}(?:=\S{1,40})?|-[\w=]{1,20}))*$/;

/**
 * `test` for a check target the guide presents as testing: under a test heading, after a lead-in about tests, or
 * beside an autotools configure step; make's own `check` where nothing says it lints; otherwise the command's own phase.
 */
export function checkTargetPhase(command: string, around: CheckSurroundings): CommandKind | undefined {
  if (around.own !== 'lint' || !isCheckTarget(command)) return around.own;
  if (around.section === 'test' || around.said === 'test' || around.autotools === true || around.testsNamed === true) return 'test';
  // Said to check style, or under a lint heading, it lints; otherwise make's `check` is the test suite, unless the
  // project's own recipe runs only linters.
  if ((around.said === 'lint' && around.lintDenied !== true) || around.section === 'lint' || around.lintersNamed === true) return 'lint';
  return GNU_CHECK.test(lastStep(command.trim())) && around.recipe !== 'lint' ? 'test' : 'lint';
}
