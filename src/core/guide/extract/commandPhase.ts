import { Located } from '../sources';
import { CommandKind } from './commands';

/**
 * The phase a section's headings give the commands under it, for a command whose own words do not say (`make`
 * under "Running tests", `./validate.sh` under "Testing", `Start-Build` under "Building"). The innermost heading
 * decides; an outer one only when the inner ones say nothing. Lint words come first, so "Code quality tests" lints.
 */
const LINT_HEADING = /\blint|\bchecks\b|\bpep[\s-]?8\b|\bpy(?:flakes|codestyle)\b|\bflake8\b|\bisort\b|\bformat|\bstyle\b|code\s+quality|static\s+analy[sz]\w*|(?<!\btests?\s+(?:and|code\s+quality|(?:static|code)\s+analy[sz]\w*|)\s+)code\s+analy[sz]\w*|\bspell|typ(?:e|ing)\s?check|whitespace|coding\s+standards?/i;
const TEST_HEADING = /\btest|\bspecs?\b/i;
// "Environment variables" lists knobs a run reads, for tests as often as for the build: not setting up.
// ("Before you start", "Before you begin": what to have in place first, the prerequisites.)
const SETUP_HEADING = /\bbefore\s+you\s+(?:start|begin)\b|\bset\s?up|\bhacking\b|setting\s+up|\binstall|prerequisite|requirement|getting\s+started|\bbuild|compil|bootstrap|environment(?!\s+variables?\b)|toolchain|dependenc/i;

/** A heading that opens with a verb of setting up, after any step number ("4.", "(4)", "Step 4:"). */
const SETUP_VERB_FIRST = /^\s*(?:(?:step\s+)?\(?\d{1,2}[.):]?\s+)?(?:install(?:ing)?|set(?:ting)?\s?up|prepar(?:e|ing)|configur(?:e|ing)|bootstrap(?:ping)?)\b/i;
/** "Install and test", "Setting up and running the tests": a second verb gives the heading a second phase. */
const ANOTHER_PHASE_VERB = /\b(?:and|&|then)\s+(?:run(?:s|ning)?\s+)?(?:the\s+)?(?:(?:unit|integration|whole|full)\s+)?(?:test|lint|check|format|verif)\w*/i;

/** "Preparing your pull request", "Prepare a release": getting a change ready to send, not setting up the checkout. */
const PREPARING_A_CHANGE = /\bprepar(?:e|ing)\s+(?:a|an|the|your)\s+(?:pull[\s-]+requests?|PRs?|patch(?:es)?|release|changes?|commits?|submission|merge\s+requests?)\b/i;

/**
 * A heading about changing the project's dependencies ("Adding a dependency", "Updating a dependency", "Upgrading
 * dependencies", "External dependencies", "Vendoring"): a maintenance task a change may need, not a step of setting
 * up the checkout, though "dependencies" alone ("Install the dependencies") is setup. Its commands (`go get x@v`,
 * `go mod tidy`) have no phase, and the outer headings are not asked.
 */
const DEPENDENCY_MAINTENANCE =
  /\b(?:add(?:ing)?|updat(?:e|ing)|upgrad(?:e|ing)|bump(?:ing)?|remov(?:e|ing)|pin(?:ning)?)\s+(?:a\s+|an\s+|the\s+|new\s+|all\s+(?:the\s+)?|your\s+)*(?:(?:go|npm|cargo|python|third[- ]party|external)\s+)?(?:dependenc(?:y|ies)|deps|modules?|packages?|crates?|gems?)\b|\b(?:external|third[- ]party)\s+(?:dependenc(?:y|ies)|libraries|modules)\b|\bvendoring\b|\bdependency\s+(?:management|updates?|upgrades?)\b/i;

/**
 * "Uninstalling", "Removal", "Removing the toolchain": undoing a setup. "Install" inside "Uninstall" is not the
 * setting-up word (the setup words need a word boundary), but an outer "Installation" heading would still speak.
 */
const UNINSTALLING = /\buninstall\w*|\bremoval\b|\bremov(?:e|ing)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:install\w*|toolchains?|environments?|virtual\s*env\w*|\w+\s+installation)\b/i;

/**
 * A code line's comment that opens with a verb of making what the steps need ("# 1. Regenerate the amalgamated
 * files (some tests are built against them)", "# Install the test dependencies", "# Build the deps for the memory
 * test"): the verb says what the line does, like a heading's (`SETUP_VERB_FIRST`); tests or lint after it
 * name what for. "# Build and run the tests" gives the line a second phase and says nothing alone.
 */
// ("# installs golangci-lint and mockgen into ./bin": the verb in the third person says the same.)
const SETUP_VERB_COMMENT = /^\s*(?:(?:step\s+)?\(?\d{1,2}[.):]?\s+)?(?:install|set\s?up|sets\s+up|prepare|configure|bootstrap|build|compile|regenerate)(?:s|es)?\b/i;
/** What a maintainer makes for shipping ("# Build a release tarball", "# Regenerate the changelog"): no setup. */
export const SHIPPING_WORDS = /\b(?:releases?|changelog|publish\w*|deploy\w*|tarballs?|dist|packages?\s+for\s+distribution)\b/i;
export const setupVerbComment = (comment: string): boolean =>
  comment.length <= 400 && SETUP_VERB_COMMENT.test(comment) && !ANOTHER_PHASE_VERB.test(comment) && !PREPARING_A_CHANGE.test(comment) && !SHIPPING_WORDS.test(comment);

/** What `headingKind` answers for a heading that rules out any phase for its section, outer headings included. */
const NO_PHASE = 'none';

const bySections = new WeakMap<readonly string[], CommandKind | null>();

export function sectionKind(l: Located): CommandKind | undefined {
  const sections = l.block.sections;
  let kind = bySections.get(sections);
  if (kind === undefined) {
    kind = null;
    for (let k = sections.length - 1; k >= 0 && kind === null; k--) {
      const said = headingKind(sections[k]);
      if (said === NO_PHASE) break;
      kind = said;
    }
    bySections.set(sections, kind);
  }
  return kind ?? undefined;
}

function headingKind(heading: string): CommandKind | typeof NO_PHASE | null {
  if (DEPENDENCY_MAINTENANCE.test(heading) || UNINSTALLING.test(heading)) return NO_PHASE;
  // "Install the test requirements", "(4) Set up the lint tools": the verb is setting up; tests or lint name what for.
  if (SETUP_VERB_FIRST.test(heading) && !ANOTHER_PHASE_VERB.test(heading) && !PREPARING_A_CHANGE.test(heading)) return 'setup';
  if (LINT_HEADING.test(heading)) return 'lint';
  if (TEST_HEADING.test(heading)) return 'test';
  if (SETUP_HEADING.test(heading)) return 'setup';
  return null;
}

/** A task runner called without a task (`make`, `just`) runs its default task: what that is, the section says. */
export const BARE_RUNNER = /^(?:make|gmake|just|task|mage|ninja|rake|\.\/\w[\w.-]{0,40})$/;

/**
 * Asking a tool for its version (`go version`, `rustc -V`, `node --version`, `java -version`) or a toolchain for a
 * report on the environment (`go env`, `flutter doctor`, `rustup show`, `dotnet --info`): checking a prerequisite,
 * a setup step.
 */
export const VERSION_CHECK = /^\S{1,100}\s+(?:--version|-V|-v|-version|version)$|^(?:go\s+env|flutter\s+doctor(?:\s+-v)?|rustup\s+show|dotnet\s+--info)$/;

/**
 * Prose before a code block that makes it a recovery for when something went wrong ("If the build fails, rebuild
 * from scratch with", "if you cannot get it to compile"), not a step of the main flow.
 */
// (Not a check's purpose, "to see if your changes contain any mistakes or errors", "to know if anything is broken": what
// the run looks for in the reader's work, not a failure; "see if it still fails" is one.)
export const TROUBLESHOOTING = /(?:(?<!\b(?:see|check|verify|test|find\s+out|ensure|confirm|determine|know|detect)\s)\bif\b|\b(?:see|check|verify|test|find\s+out|ensure|confirm|determine|know|detect)\s+if\b(?!\s+(?:your\s+(?:changes?|code|work|PR|pull\s+request|patch(?:es)?|commits?)|there\s+(?:are|is)|anything|the\s+code)\b))[^.]{0,100}?\b(?:fails?|failing|failed|can\s?not|can't|doesn't\s+work|does\s+not\s+work|broken|goes\s+wrong|errors?)\b/i;
