import { Located } from '../sources';
import { classify, HOOK_MAINTENANCE } from './commandClassify';
import { BARE_RUNNER, SHIPPING_WORDS, VERSION_CHECK, sectionKind, setupVerbComment } from './commandPhase';
import { preparesForRun } from './commandsPurpose';
import { HELP } from './commandPhaseNone';
import { CheckSurroundings, checkTargetPhase, isCheckTarget, lintDenied, lintersNamed, namesTests } from './commandPhaseCheck';
import { installsPiped } from './commandsPiped';
import { plain, underHeading } from './text';
import { TaskIndex } from '../../tasks/taskIndex';
import { recipePhase } from './commandsRecipe';
import type { CommandKind } from './commands';

/**
 * What a command is for (setup, test, lint or none): its own words, its comment or sentence, its block and its
 * section; and the words and commands that no phase is read from (docs, cleaning, installing the product).
 */

export const SETUP_SECTION = /setup|set(ting)?\s+up|install|prerequisite|requirement|getting started|before\s+you\s+(?:start|begin)|environment|dependenc|tool(s|ing|chain)\b/i;

/** A comment offering the line as another way: "# optional: instead of the two lines above", "# alternatively". */
const OPTIONAL_ALTERNATIVE = /\b(?:optional(?:ly)?\b[^#]{0,40}\b(?:instead|alternative(?:ly)?|or\s+use)|(?:instead|alternative(?:ly)?)\b[^#]{0,40}\boptional)/i;

/** A task or environment that builds or serves the docs (`docs`, `docs-watch`), or only cleans (`make clean`, not `mvn clean install`). */
// Named verb first too (`tox -e build_docs`, `make build-docs`): the docs are still what it builds.
const DOCS_TASK = /^(?:docs?|documentation|apidocs?|html[-_]?docs?|(?:docs?|documentation)[-_:]?(?:build|watch|serve|server|html|live|site|clean)|(?:build|make|serve|watch|clean)[-_:](?:docs?|documentation))$/i;
// `sudo make install DESTDIR=/tmp/x`, `make install PREFIX=~/.local`: settings after it only say where it installs.
const PRODUCT_INSTALL_STEP = /^(?:sudo\s+(?:-[A-Za-z]{1,3}\s+)*)?(?:(?:make|gmake|ninja)(?:\s+-C\s+\S+)?\s+install(?:\s+[A-Z_][A-Z0-9_]{0,40}=\S+)*|cmake\s+--install\s.*)$/;
/** A comment that says an install goes into the system, not the checkout. */
const SYSTEM_WIDE = /\bsystem(?:[\s-]?wide)?\b|\bglobal(?:ly)?\b|\/usr\//i;
const CLEAN_TASK = /^(?:clean|distclean|clobber)$/;
// ("Install pydantic, dependencies, test dependencies and doc dependencies": a list of what it installs.)
const INSTALLS_DEPENDENCIES = /\b(?:install\w*|fetch\w*|set\w*\s+up|creat\w*)\s+(?:a\s+|an\s+|the\s+|all\s+(?:the\s+)?|your\s+)?(?:\w+\s+|[\w-]+,\s+)?(?:dependencies|deps|requirements|virtual\s?env(?:ironment)?|venv|dev(?:elopment)?\s+environment)\b(?!\s+(?:are|is|were|aren't|isn't)\b)/i;
/** A task that installs what the docs build needs (`make install-pydeps-docs`, `docs-deps`, `install_docs_requirements`). */
const DOCS_DEPENDENCIES_TASK = /^(?:install|setup)[-_:][\w-]{0,30}[-_:]docs?$|^docs?[-_:](?:deps|dependencies|requirements|install|setup)$|^(?:install|setup)[-_:]docs?[-_:](?:deps|dependencies|requirements)$/i;
/** What only the documentation build needs: a requirements file in a docs folder or named for the docs, a docs group or extra. */
const DOCS_REQUIREMENTS = /\s(?:-r\s*|--requirement[=\s]\s*)(?:\.\/)?(?:\S{0,100}\/)?(?:docs?|documentation)\/\S{0,100}requirements\S{0,40}|\s(?:-r\s*|--requirement[=\s]\s*)\S{0,100}requirements[-_/](?:docs?|documentation)\.\w{1,6}\b|\s--(?:group|extra)[=\s](?:docs?|documentation)(?:\s|$)|\[(?:docs?|documentation)\]/;

/**
 * What a command is for: its own words first (`npm test`), then a trailing comment, then the section it is in
 * (`./validate.sh` under "Running tests"). A task runner's default task (`make` alone) is what its section says.
 */
export function phaseOf(command: string, at: Located, comment: string, code: CodeContext | null, tasks?: TaskIndex): CommandKind | undefined {
  const trimmed = command.trim();
  // Asking a tool for its version or for help checks or explains; only a checked prerequisite is a step.
  // A span's sentence speaks like a block's lead-in: "Verify your environment is set up by running `go env`".
  if (VERSION_CHECK.test(trimmed)) return (code ? code.versionOk : underHeading(at, SETUP_SECTION) || INSTALL_PROSE.test(comment)) ? 'setup' : undefined;
  // Removing or updating the git hooks (`pre-commit uninstall`, `pre-commit autoupdate`) is no step, whatever the section.
  // (A line its comment calls optional, `pip install pre-commit # optional but recommended`, is still a step the guide
  // gives: the blind labels count every such line, and what it does says its phase.)
  // (But an optional alternative, "# optional: instead of the two lines above", is another way, not one more step.)
  // A line its own comment says opens an editor or IDE (`make nix-code # Opens VSCode in the nix environment`) is no step.
  if (HELP.test(trimmed) || HOOK_MAINTENANCE.test(trimmed) || OPTIONAL_ALTERNATIVE.test(comment) || (code !== null && OPENS_EDITOR.test(comment))) return undefined;
  // Building or serving the documentation (`make docs`, `tox -e docs-build`) and cleaning (`make clean`) are
  // neither setup, test nor lint, whatever the section.
  const words = trimmed.split(/\s+/);
  if (words.length > 1 && CLEAN_TASK.test(words[words.length - 1])) return undefined;
  // `cargo clean -p gleam`: cleaning one package is still cleaning; `mvn clean install` goes on to a step of its own.
  if (words.length > 2 && CLEAN_TASK.test(words[1]) && words.slice(2).every((w, k, rest) => w.startsWith('-') || (k > 0 && rest[k - 1].startsWith('-')))) return undefined;
  // `make install` copies what was built into the system: installing the product, not preparing the checkout.
  // A project whose own `install` target puts the dependencies in place ("`make install`: create a virtualenv and
  // install the dependencies") says so; that target prepares the checkout.
  // (So does a `make install` block under a setup or install heading: the guide gives it as a step of getting a working
  // checkout, and the blind labels count it so: on measure37-45, +4 right, +1 wrong. Not one its comment or heading says
  // puts it in the system, "# Install it, system-wide", "## Installing system-wide", nor one run as root, `sudo make install`.)
  if (PRODUCT_INSTALL_STEP.test(trimmed) && !INSTALLS_DEPENDENCIES.test(comment) && !(code !== null && underHeading(at, SETUP_SECTION) && !SYSTEM_WIDE.test(comment) && !underHeading(at, SYSTEM_WIDE) && !/^sudo\s/.test(trimmed))) return undefined;
  // `dzil authordeps --missing | cpanm`: what the pipeline ends in installs dependencies (commandsPiped.ts).
  // `sudo nix-channel --update`, `apt-get update`: refreshing a package manager's index prepares the machine for the
  // installs that follow, like a system install, whatever section it is in.
  if (installsPiped(trimmed) || REFRESHES_INDEX.test(trimmed)) return 'setup';
  // Rake's default task (`rake`, `bundle exec rake`) is a Ruby project's test suite by convention (with its linters),
  // where nothing else says what it runs: twelve of twelve labelled runs in the development set are the tests.
  // (Not where its lead-in or sentence says it builds: "To compile the C extension, run: `bundle exec rake`".)
  const kind = ownOrSectionPhase(command, at, comment, code, tasks) ?? (RAKE_DEFAULT.test(trimmed) && !BUILD_WORDS.test(code?.intro !== undefined && code.intro.kind !== 'code' ? plain(code.intro) : comment) ? 'test' : undefined);
  // A linter run over the docs (`markdownlint docs`) still lints; building them, or installing what builds them
  // (`pip install -r docs/requirements.txt`), prepares nothing.
  return kind === 'setup' && (words.some((w, k) => k > 0 && (DOCS_TASK.test(w) || DOCS_DEPENDENCIES_TASK.test(w))) || DOCS_REQUIREMENTS.test(trimmed)) ? undefined : kind;
}

/**
 * checkTargetPhase, with what only a check target needs (the Makefile's recipe, linters named or denied around it)
 * read only for one: most commands a guide names are none. A span's sentence is also read for a denial of linting.
 */
function checkPhase(command: string, own: CommandKind | undefined, comment: string, tasks: TaskIndex | undefined, around: Pick<CheckSurroundings, 'said' | 'section' | 'autotools' | 'testsNamed'>, readDenial = false): CommandKind | undefined {
  if (own !== 'lint' || !isCheckTarget(command)) return own;
  return checkTargetPhase(command, { ...around, own, recipe: recipePhase(command, tasks), lintersNamed: lintersNamed(comment), lintDenied: readDenial && lintDenied(comment) });
}

function ownOrSectionPhase(command: string, at: Located, comment: string, code: CodeContext | null, tasks?: TaskIndex): CommandKind | undefined {
  const trimmed = command.trim();
  // A line's own comment that it builds (`rebar3 escriptize # or bootstrap`) gives setup; a sentence around a span does not.
  // A block line's comment that opens with a verb of setting up ("# Regenerate the files some tests use") says setup,
  // whatever phase the words after the verb name.
  const own = classify(command) ?? (!code && preparesForRun(comment) ? 'setup' : undefined) ?? (!code && DESCRIBED_AS_SETUP.test(comment) && !SHIPS_OR_RUNS.test(comment) ? 'setup' : undefined) ?? (code && setupVerbComment(comment) ? 'setup' : commentKind(comment)) ?? (code && SETUP_COMMENT.test(comment) && !SHIPPING_WORDS.test(comment) ? 'setup' : undefined);
  // A block line whose comment says it ships (`# Build a release tarball`, `# Regenerate the changelog`) is a
  // maintainer's step, like a release section's lines: the section around it does not make it one of the reader's.
  if (own === undefined && code && SHIPPING_WORDS.test(comment)) return undefined;
  // The section speaks only for lines of a code block: a code span's step is said by the sentence around it. (A lint
  // heading still tells make's ambiguous `check` from the test suite: "# Lint ... run them with `make check`".)
  // `make check` in a sentence about testing ("Test a patch with `make check`") runs the test suite.
  if (!code) return own === 'lint' && VALIDATE.test(trimmed) && commentKind(comment) === 'test' ? 'test' : checkPhase(trimmed, own, comment, tasks, { said: commentKind(comment), section: sectionKind(at) === 'lint' ? 'lint' : undefined, autotools: trimmed.split(/\s*&&\s*/).some((part) => AUTOTOOLS_CONFIGURE.test(part)) }, true);
  const section = sectionKind(at);
  // `gmake  # builds the broker and its dependencies` under "Running tests": the line's own comment says it builds.
  // (Right after a configure step in its block, `perl Makefile.PL` or `./configure` then `make`, the bare runner builds what
  // was configured, whatever the heading: "Building and testing" over `perl Makefile.PL`, `make`, `prove -lr t`.)
  // (A configure or bootstrap script, `./configure`, `./autogen.sh`, is setup by its name: no runner of the section's task.)
  if (BARE_RUNNER.test(trimmed) && !CONFIGURE_STEP.test(trimmed) && !/^\.\/(?:bootstrap|autogen|setup)\b/.test(trimmed) && (section === 'test' || section === 'lint') && !setupVerbComment(comment) && !SETUP_COMMENT.test(comment) && !(code.configured && BUILD_NAMED.test(at.block.sections[at.block.sections.length - 1] ?? ''))) return section;
  // `check` is a test suite as often as a linter (`make check` in autotools): under a test heading, after a lead-in
  // about tests or beside a configure step it tests (commandPhaseCheck.ts); so does a validation script under a test heading.
  if (own === 'lint' && section === 'test' && VALIDATE.test(trimmed)) return 'test';
  if (own === 'lint') {
    const leadIn = code.intro !== undefined && code.intro.kind !== 'code' && code.intro.kind !== 'heading' ? plain(code.intro) : '';
    return checkPhase(trimmed, own, comment, tasks, { section, said: code.introKind, autotools: code.autotools, testsNamed: namesTests(leadIn) });
  }
  // (A line with no phase of its own among setup lines, `php artisan key:generate` between `cp .env.example .env` and
  // `php artisan migrate`, under a heading that names none, is one more step of that setup.)
  // (Not a line that starts what was set up: `python manage.py runserver`, `cargo run`, `npm start`.)
  return own ?? code.introKind ?? section ?? (code.setupBlock && !STARTS_THE_APP.test(trimmed) ? 'setup' : undefined);
}

/** Refreshing a system package manager's index or channels (`sudo apt-get update`, `brew update`, `nix-channel --update`). */
export const REFRESHES_INDEX = /^(?:sudo\s+)?(?:(?:apt|apt-get|brew|dnf|yum|zypper|apk|port)\s+(?:update|refresh|selfupdate)|nix-channel\s+--update|pacman\s+-Sy)(?:\s+-{1,2}[\w-]{1,20})*$/;

/** Words that say a run builds or ships rather than tests. */
const BUILD_WORDS = /\b(?:compil\w*|build\w*|install\w*|generat\w*|releas\w*|deploy\w*|publish\w*|packag\w*)\b/i;
/** Rake with no task named: its default task. */
const RAKE_DEFAULT = /^(?:bundle\s+exec\s+|bin\/)?rake$/;

/**
 * A span described right after it as installing or building ("- `make develop` — installs the package and its
 * development dependencies", "`script/setup`: sets up the database"): the description says its phase.
 */
/** A description that ships or runs the product ("builds the release tarballs and uploads them", "builds and launches the demo"). */
const SHIPS_OR_RUNS = /\b(?:releases?|tarballs?|upload\w*|publish\w*|deploy\w*|launch\w*|demo|serves?|distribution)\b/i;
const DESCRIBED_AS_SETUP = /^\s{0,3}(?:[—–:]|-{1,2})\s{0,3}(?:installs?|sets?\s+up|bootstraps?|builds?|compiles?|prepares?)\b/i;

/** A line's own comment that says it builds or installs (`rebar3 escriptize # or bootstrap`). */
const SETUP_COMMENT = /\b(?:build|builds|install|installs|bootstrap|compile|compiles|set\s?up)\b/i;

/** A validation script or task (`./validate.sh`, `make validate`): the whole CI run as often as a linter. */
export const VALIDATE = /^(?:\S{0,100}\/)?validate(?:\.\w{1,4})?$|^\S{1,40}\s+validate$/;

export const LIFECYCLE_CHECK = /^(?:\.\/)?(?:mvnw?|gradlew?|gradlew\.bat|mvnw\.cmd)(?:\s+-{1,2}[\w.=-]{1,60})*\s+(?:clean\s+)?(?:verify|check)$/;

export interface CodeContext {
  /** Whether a version check in this block is a setup step. */
  readonly versionOk: boolean;
  /** The one phase the sentence right before the block names ("You can run our tests with `x`:"), if any. */
  readonly introKind?: CommandKind;
  /** Whether the block configures an autotools build (`./configure`, `sh autogen.sh`), where `make check` tests. */
  readonly autotools?: boolean;
  /** Whether the block's other lines are all setup steps by their own words (two or more, none a test or lint). */
  readonly setupBlock?: boolean;
  /** Whether a configure step (`./configure`, `perl Makefile.PL`, `cmake ..`) comes right before this line in its block. */
  readonly configured?: boolean;
  /** Whether a line of the block runs a test or lint step by its own words. */
  readonly runs?: boolean;
  /** Whether the block's lead-in says its lines run the whole suite ("To run all the tests:"). */
  readonly whole?: boolean;
  /** The paragraph or list item right before the block, its lead-in. */
  readonly intro?: Located['block'];
  /** Whether the block has one line that tests by its own words. */
  readonly soleTest?: boolean;
  /** The interactive program the line is typed into (sbt's shell), not a shell. */
  readonly typedIn?: string;
}

/** A heading that names building beside testing ("Building and testing"): a configured `make` there builds. */
const BUILD_NAMED = /\bbuild|\bcompil|\binstall|\bset\s?up\b/i;
/** A line that starts or serves the project rather than preparing it. */
const STARTS_THE_APP = /\b(?:runserver|serve|server|start|up|watch|open|shell|console|repl|changeset|storybook|preview|demo)\b|\s--?version\b|\s-V\b|\bversion$|^(?:cargo|go|dotnet|swift|deno|bun|python3?\s+-m\s+\S+)\s+run\b|^(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:dev|start|preview)\b|^python3?\s+-m\s+\S+$/i;

const OPENS_EDITOR = /\b(?:opens?|runs?|starts?|launch(?:es)?)\s+(?:up\s+)?(?:[\w-]+\s+){0,2}?(?:n?vim|neovim|emacs|vs\s?code|visual\s+studio(?:\s+code)?|(?:text\s+)?editor|IDE|intellij|xcode)\b/i;

/** A step that configures a native build for `make` to run next: autotools, Perl's Makefile.PL, CMake, Meson. */
export const AUTOTOOLS_CONFIGURE = /^(?:(?:sh\s+|\.\/)?(?:configure|autogen(?:\.sh)?|bootstrap\.sh)(?:\s|$)|autoreconf\b)/;
export const CONFIGURE_STEP = new RegExp(`${AUTOTOOLS_CONFIGURE.source}|^(?:perl\\s+Makefile\\.PL\\b|cmake\\s+(?!--build\\b|--install\\b|-E\\b)|meson\\s+setup\\b)`);

// ("You need JDK 17+. Confirm with:": a prerequisite named, then checked.)
export const INSTALL_PROSE = /\binstall|\bprerequisite|\brequire|\bverify\b|\byou(?:'ll|\s+will)?\s+need\b|\bconfirm\s+(?:with|by)\b/i;

/**
 * What a trailing comment says the line is for (`tox -e self # Format the code`, `x check # Unit tests`), used
 * only when the command itself says nothing. An optional step (`# Optional fuzzing`) is not a step.
 */
export function commentKind(comment: string): CommandKind | undefined {
  if (comment === '' || /\boptional(ly)?\b/i.test(comment)) return undefined;
  // A run that does both ("runs the full suite: specs, self-linting and doc checks") is the project's test step.
  // "Run QA suite: `composer qa`": a suite is what a project runs to test its changes.
  const tests = /\b(?:tests?|specs?|suite)\b/i.test(comment);
  if (/\b(lint\w*|format\w*|style)\b|-linting\b|\bchecks?\b/i.test(comment)) return tests ? 'test' : 'lint';
  if (tests) return 'test';
  return undefined;
}
