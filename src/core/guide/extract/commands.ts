import { FoundCommand } from '../facts';
import { CodeBlock } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { MAX_COMMAND_LENGTH, SYSTEM_INSTALL, TOOL_PATH_EXPORT, cleanCommandLine, hasPrompt, isCommand, isLooseCommand, toolOf } from './commandLine';
import { classify, setsUpByOwnWords, HOOK_MAINTENANCE } from './commandClassify';
import { BARE_RUNNER, SHIPPING_WORDS, VERSION_CHECK, sectionKind, setupVerbComment } from './commandPhase';
import { HEDGED, NARROWING, PRODUCT_INSTALL, PROMPTED_LINE, lastSentence, leadInKind, narrowingLeadIn, notAStepBesidesNarrowing, notAStepLeadIn, withoutPaths } from './commandsLeadIn';
import { inlineCommands } from './commandsInline';
import { callOf, offersChoice, platformNeutral, withoutKnobs } from './commandsVariants';
import { isFilteredTestRun, narrowingComment, pytestOfPackage } from './commandsFiltered';
import { entersContainer, testsInContainer } from './commandsContainerTests';
import { VARIANT_HEADING, VERSION_PLACEHOLDER, bareCommandLine, inReadmeInstall, keptInCollection, inspectsOutput, onlyAssigns } from './commandsStructure';
import { hasCapsPlaceholder, namedByBlockBelow } from './commandsHandover';
import { buildRunsTests, preparesForRun } from './commandsPurpose';
import { runsWholeSuite } from './commandsWholeSuite';
import { typedAsShell } from './commandsTagged';
import { ALL_KINDS, extendedBy, knobbedBy } from './commandsExtended';
import { HELP, notAStep } from './commandPhaseNone';
import { CheckSurroundings, checkTargetPhase, isCheckTarget, lintDenied, lintersNamed, namesTests } from './commandPhaseCheck';
import { triesBuiltCopy } from './commandsTrying';
import { elevatedStep, untaggedCalls } from './commandsUntagged';
import { underPlatformHeading, underProductInstall } from './commandsPlatform';
import { installsPiped } from './commandsPiped';
import { installsOwnRelease } from './commandsProductInstall';
import { onlyTunesWholeRun } from './commandsModeOnly';
import { plain, underHeading } from './text';
import { confirmingTask } from '../../tasks/confirmTask';
import { TaskIndex } from '../../tasks/taskIndex';
import { recipePhase } from './commandsRecipe';
import { describesRowCommand, headerNamesCommands, rowLabelKind } from './commandsTable';
import { keepsRunning } from './commandsKeepRunning';
import { SBT_EXIT, SBT_LAUNCH, SBT_PROMPTED, SBT_SHELL, sbtTaskKind, sbtTaskLine } from './commandsSbtShell';

export type CommandKind = 'setup' | 'test' | 'lint';
// What a command is for by its own words lives in its own module; tests and callers still find it here.
export { classify };

const DEEP_TASK = /(^|\s)[\w-]+:[\w-]+:[\w:-]+(\s|$)/;
const MAX_PER_KIND = 6;
const MAX_PER_KIND_DEFINED = 9;
const MAX_LINTERS = 12;
const MAX_IN_ALL = 14;

/** Info strings that say a block is typed into a shell: every line of it is a command, known tool or not. */
const EXPLICIT_SHELL = new Set(['sh', 'bash', 'shell', 'console', 'zsh', 'fish', 'shellsession', 'shell-session', 'sh-session', 'bash-session', 'terminal', 'cmd', 'bat', 'batch', 'powershell', 'pwsh', 'ps1', 'ps']);
const SHELL_LANGS = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'fish', 'shellsession', 'shell-session', 'sh-session', 'bash-session', 'terminal', 'cmd', 'bat', 'batch', 'powershell', 'pwsh', 'ps1', 'ps', 'text', 'txt', 'plain', 'plaintext', 'none', 'prompt']);

/**
 * Sections whose commands are for maintainers or side quests, not a first contribution. Profiling is one; a profile
 * as a thing the project is made of ("Contributing a Device Profile", "Writing profiles") is not.
 */
const SKIP_SECTION =
  /\bcontainer(?:s|ized)?\b|\bdocker\b|\blaunch|podman|codespace|\bself[\s-]?hosting\b|\bcommon\s+(?:problems|issues|errors|pitfalls)\b|\bknown\s+(?:issues|problems)\b|\bman\s?pages?\b|\brun(?:ning)?\s+the\s+demos?\b|\beditors?\b(?:\s+support)?|\bcut(?:ting)?\s+(?:a\s+)?(?:new\s+)?(?:version|release)\b|vagrant|virtual machine|releas|publish|deploy|debug|cross[- ]?compil|\b(?:compil|build)\w*\s+for\s+(?:windows|linux|mac\s?os(?:\s?x)?|android|ios|wasm\w*|web\s?assembly|arm\w*|musl)\s+(?:from|on)\b|benchmark|\bperf(ormance)?\b|profil(?:ing|ers?|ed)\b|\bprofiles?\s+(?:visuali\w*|feedback|guided|data|results?)\b|troubleshoot|translat|\bdocs?\s+(site|website)\b|website|documentation site|documentation updates?|\bupdating (the )?(docs|documentation)\b|mkdocs|playground|\bdocs?\s+(?:testing|tests|builds?|building)\b|\bbuild(?:ing)?\s+(?:the\s+)?docs\b|maintainer|reviewing|changelog|versioning|bisect|\bflak(?:y|e)|\breport(?:ing)?\s+(?:a\s+|an\s+)?(?:bugs?|issues?|problems?)\b|\bbug\s+reports?\b|\bfil(?:e|ing)\s+(?:a\s+|an\s+)?(?:bugs?|issues?)\b|^\W*(?:deprecated|obsolete|legacy)\b|\((?:deprecated|obsolete|legacy)\)\s*$|ecosystem|(?:upgrad|updat)\w*\s+(?:all\s+)?(the\s+)?(toolchain|rust|node|python|go|java|dependenc(?:y|ies)|compiler)|\bfuzz|\btips\b|\btricks\b|\brecipes?\b|\bcookbook\b|\bIDE\b|\b(vs\s?code|visual studio code|intellij|jetbrains|pycharm|vim|neovim|emacs)\b/i;
/**
 * A side quest the heading says is not used ("Using your local system without the dev container", "Building
 * outside Docker", "No container needed"): the heading is about the usual, local way, which is the main flow.
 */
const WITHOUT_SIDE_QUEST = /\b(?:without|outside(?:\s+of)?|not\s+using|no)\s+(?:an?\s+|the\s+)?(?:dev(?:elopment)?\s+)?(?:containers?|docker|podman|vagrant|codespaces?|virtual\s+machines?|vms?)\b/gi;
const FAQ_SECTION = /\bfaqs?\b|frequently\s+asked/i;
const FAQ_MAIN_QUESTION = /\btests?\b|\btesting\b|\blint\w*|\bformat\w*|\bbuild\w*|\bcompil\w*|\bset\s?up\b|\binstall\w*/i;
/** The topics a heading joins: "Building and Debugging", "Setup & profiling", "Build, debug". */
const JOINED_TOPICS = /\s+(?:and|&|\+)\s+|,\s*/i;
/** A main-flow topic on its own, for a heading that joins it to a side quest ("Building and Debugging"). */
const MAIN_TOPIC = /^(?:the\s+)?(?:set(?:ting)?\s?up|install\w*|build\w*|compil\w*|test\w*|lint\w*|format\w*|check\w*|contribut\w*)$/i;

/**
 * A heading that names the project as what is contributed to ("Contributing to semantic-release", "Hacking on
 * Podman"): the project's name in it is not a side-quest topic.
 */
const GUIDE_TITLE = /^(?:how\s+to\s+)?(?:contribut\w*|hacking|developing|welcome)\s+(?:to|on|for)\s/i;

const skipCache = new WeakMap<readonly string[], boolean>();
const skipCacheContainers = new WeakMap<readonly string[], boolean>();
/** Container words: a side quest, except in a guide whose only way to set up or test is a container (see `commands`). */
const CONTAINER_WORDS = /\bcontainer(?:s|ized)?\b|\bdocker\b|podman/i;
const CONTAINER_WORDS_ALL = new RegExp(CONTAINER_WORDS.source, 'gi');

/** A heading about the project's CI alone: what runs there for the contributor, not a step to type ("Running CI locally" is not it). */
const CI_ONLY = /^\W*(?:\d+[.)]\s*)?(?:(?:our|the|about(?:\s+the)?)\s+)?(?:continuous\s+integration|CI)(?:\s*(?:\/|and|&)\s*CD)?(?:\s+(?:checks?|pipelines?|jobs?|workflows?|builds?|system|services?))?\W*$/i;

/**
 * Tips for the contribution itself ("Tips for Bug Fixing", "Tips for contributors"): the guide's own flow under a
 * friendlier name, not a collection of side recipes ("Debugging tips", "Tips and tricks").
 */
const TIPS_FOR_THE_WORK = /\btips\s+for\s+(?:the\s+)?(?:bug[\s-]?(?:fix|patch)\w*|fix\w*|patch\w*|contribut\w*|develop\w*|new(?:comers?|\s+contributors?)|getting\s+started|first[-\s]time\w*)\b/gi;

/**
 * Whether a block sits under a side-quest heading. A heading that joins a main-flow topic to a side quest
 * ("Building and Debugging") holds the main flow: its own sub-headings say which part is the side quest.
 */
function inSkippedSection(l: Located, containersAllowed = false): boolean {
  const sections = l.block.sections;
  const cache = containersAllowed ? skipCacheContainers : skipCache;
  // (Where containers are the way to work, their words name no side quest.)
  const topicOf = (h: string): string => (containersAllowed ? h.replace(CONTAINER_WORDS_ALL, ' ') : h);
  let answer = cache.get(sections);
  if (answer === undefined) {
    // "Running the Linux tests using Docker": the tests are the topic, the container only how they run.
    const skipping = sections.filter((h) => SKIP_SECTION.test(topicOf(h).replace(WITHOUT_SIDE_QUEST, ' ').replace(TIPS_FOR_THE_WORK, ' ')) && !GUIDE_TITLE.test(h) && !h.split(JOINED_TOPICS).some((topic) => MAIN_TOPIC.test(topic.trim())) && !testsInContainer(h, SKIP_SECTION));
    answer = skipping.length > 0 && !keptInCollection(sections, skipping);
    // A section only about the project's CI ("Continuous integration", "CI checks") says what the CI runs for you.
    if (!answer && CI_ONLY.test(sections[sections.length - 1] ?? '')) answer = true;
    // A FAQ answers side questions (resetting settings, a broken database), unless its question is how to do a step
    // of the main flow ("How do I run the tests?").
    const faq = sections.findIndex((h) => FAQ_SECTION.test(h));
    if (!answer && faq >= 0) answer = !sections.slice(faq + 1).some((h) => FAQ_MAIN_QUESTION.test(h));
    cache.set(sections, answer);
  }
  return answer;
}

/**
 * A lead-in that only names a main step ("To run the tests:", "Run the linters:", "To format the code:"), not a chore
 * around one (regenerating fixtures, updating snapshots, coverage, a nightly run).
 */
function plainPhaseLead(lead: string): boolean {
  // The lead-in's last sentence is the one that hands over to the block.
  const last = lead.split(/(?<=[.!?])\s+/).pop() ?? '';
  const runs = /^\s*(?:to\s+|you\s+can\s+|then\s+|now\s+)?(?:run|execute|do|check|lint|format|test)\b/i.test(last) || /\b(?:run|execute)\s+(?:also\s+)?(?:all\s+|the\s+|our\s+)*(?:[\w-]+\s+){0,2}(?:tests?|test\s+suite|specs?|linters?)\b/i.test(last) || /\b(?:tests?|test\s+suite)\s+pass(?:es)?\b/i.test(last);
  return runs && /\b(?:tests?|test\s+suite|specs?|lint\w*|linters?|formatt?\w*|type[\s-]?check\w*|checks?)\b/i.test(last) && !CHORE_LEAD.test(last);
}
/** A lead-in about a chore around a main step, or a narrowed or occasional run of one. */
const CHORE_LEAD = /\b(?:updat\w*|regenerat\w*|fixtures?|snapshots?|coverage|mutation|nightly|slow|benchmarks?|single|specific|particular|only|one\s+(?:test|file|spec))\b/i;

/**
 * Headings of the main flow: setting up, building, testing, linting, formatting, checking. Once the guide has
 * given a test and a lint command, later commands count only under such a heading or in the same section as
 * the last one taken; the rest of a long guide is side quests (internals, one subsystem's tools, recipes).
 */
const MAIN_FLOW_SECTION = /setup|set(ting)?\s+up|install|prerequisite|requirement|getting started|build|compil|test|lint(?!\s+rules?)|format|style|spell|check|verif|validat|develop|environment|local|running|workflow|coding\s+(rules|standards|guidelines|conventions)|typ(e|ing)\s?check|typescript|before (you )?(submit|open|send)|pull request|pre-?commit|git\s+hooks?/i;
/** A section about building the checkout or working on it, whose install sub-sections install what the build needs. */
const BUILDING_SECTION = /^(?:\W*\d+[.)]?\s*)?(?:how\s+to\s+)?(?:build(?:ing)?|compil(?:e|ing|ation))\b(?!\s+(?:plugins?|extensions?|your|a\s|an\s|the\s+docs|documentation|apps?|sites?))|\bfrom\s+source\b/i;
/** An install heading under such a section ("Building on Unix > Install using apt"): the build's prerequisites. */
const installsForBuild = (sections: readonly string[]): boolean => sections.slice(0, -1).some((h) => BUILDING_SECTION.test(h)) && PRODUCT_INSTALL.test(sections[sections.length - 1] ?? '') && !/\binstead\b/i.test(sections[sections.length - 1] ?? '');
/** Headings about setting up or building, where a watcher that keeps the build current is a setup step. */
const SETUP_OR_BUILD_SECTION = /setup|set(ting)?\s+up|install|prerequisite|requirement|getting started|environment|dependenc|\bbuild|\bdevelop|\blocal(?:ly)?\b|\bquick[\s-]?start\b/i;
/** A lead-in that sets up the checkout ("bootstrap the workspace:", "To set up your environment:"). */
const SETUP_LEAD = /\b(?:(?:bootstrap|set\s?up|prepare)\s+(?:the\s+|your\s+)?(?:workspace|checkout|clone|repo(?:sitory)?|project|monorepo|(?:local\s+)?(?:dev(?:elopment)?\s+)?environment)|install\s+(?:the\s+)?(?:required\s+|needed\s+|necessary\s+)?(?:dependencies|tools|toolchain|prerequisites))\b[^.]*:\s*$/i;
/** A sentence that orders the install: "Install tox with", "First, install pnpm using", "Please install it via". */
const INSTALL_ORDER = /^\W{0,3}(?:(?:first|then|next|also)\s*,?\s+)?(?:please\s+)?install\s+(?:it|them|[\w.-]{1,40})\s+(?:with|using|via|by\s+running)\b/i;
/** Words that say the work needs a tool ("you'll need pnpm", "requires golangci-lint", "a prerequisite"). */
const NEEDED = /(?<!\bif\s+you\s+|\bwhen\s+you\s+)\b(?:need(?:s|ed)?|require[sd]?|requirements?|prerequisites?|must\s+(?:have|install)|have\s+to\s+install|depends?\s+on)\b/i;
const SETUP_SECTION = /setup|set(ting)?\s+up|install|prerequisite|requirement|getting started|before\s+you\s+(?:start|begin)|environment|dependenc|tool(s|ing|chain)\b/i;
/** Installing a tool for the whole machine (`cargo install x`, `npm i -g x`, `go install x@latest`, `pipx install x`). */
const GLOBAL_INSTALL = /^(?:cargo\s+install(?!\s+--path\b)|go\s+install\s+\S+@|pipx\s+install|uv\s+tool\s+install|dotnet\s+tool\s+install|(?:dart|flutter)\s+pub\s+global\s+activate|(?:npm|pnpm|bun)\s+(?:i|install|add)\s+(?:\S{1,200}\s{1,10}){0,20}?(?:-g|--global)\b|yarn\s+global\s+add)\b/;

/**
 * Arguments that mark a command as an example to adapt (a file, a test name, a filter), not a step to run. A
 * bracket starts a placeholder only at the start of a word (`[options]`); right after a path or package it is a
 * Python extra (`".[dev,test]"`, `pkg[extra]`).
 */
// `make test_xxx`, `tests/xxx.lua`, `--only XXX`: "xxx" is the filler every guide uses for a name to fill in, like
// `path/to/` or `x.x.x`; only as a whole word or a part set off by `_`, `-`, `/` or `.`.
// `-t 'name'` picks tests by name; `-t .` (`opam install --deps-only -t .`) names the checkout, a flag then a folder.
/**
 * `-t name` hands a test runner a test name to match (`jest -t "parses"`, `npm test -- -t x`): an example. For nx it
 * names the targets to run (`nx run-many -t test`), for docker the image's tag (`docker build -t app .`): the step.
 */
const TEST_NAME_OPTION = /\s-t\s+(?!\.(?:\s|$))/;
// (For a build script or FAKE/Cake, `./build.sh -t Build` names the build target to run.)
const T_IS_NO_FILTER = /\bnx\s+(?:run-many|affected)\b|\b(?:docker|podman|buildah)\s+(?:build|buildx\s+build|image\s+build|tag)\b|(?:^|[\s/\\])build\.(?:sh|cmd|ps1|bat)\s|^(?:dotnet\s+)?(?:fake|cake)\b/;
/** Words of a maintainer's release ("if you need to cut a version", "to publish"): a tool it needs is no prerequisite of the checkout. */
const RELEASE_WORK = /\b(?:cut(?:ting)?\s+(?:a\s+)?(?:new\s+)?(?:version|release)|publish\w*|releas(?:e|ing)\s+(?:a\s+)?(?:new\s+)?version)\b/i;
/** A comment offering the line as another way: "# optional: instead of the two lines above", "# alternatively". */
const OPTIONAL_ALTERNATIVE = /\b(?:optional(?:ly)?\b[^#]{0,40}\b(?:instead|alternative(?:ly)?|or\s+use)|(?:instead|alternative(?:ly)?)\b[^#]{0,40}\boptional)/i;
const WRAPPER_DASHES = /^((?:opam\s+exec|(?:uv|poetry|pipenv|hatch|pdm|rye|pixi)\s+run)\s+)--\s+(?!.*\s--(?:\s|$))/;
const EXAMPLE_ARGS = /(?:^|[\s_/.-])(?:xxx|XXX)(?=$|[\s_/.-])|(^|\s)[\w:-]{1,100}\*(\s|$)|(?:^|[\s/=])path\/to\/|\s--filter[\s=]|\s~\/|<[^>]{1,60}>|(?:^|\s)\[[^\]]{1,60}\]|\$\{?[A-Z_]{2}|(?<!\$)\{[^}]{1,60}\}|(?<![/.])\.\.\.|--grep|-test\.run\b|--testNamePattern|\s--\s+[^\s-]/;
/**
 * An environment variable that narrows a run to some tests, files or packages (`TESTS=`, `WHAT=`, `FILTER=`,
 * `TEST_ONLY=`, `TEST_GREP=`, `SPEC_PATTERN=`): by its whole name, or by a selecting last part. A knob such as
 * `RUST_TEST_THREADS=1` or `CI=true` does not select.
 */
const SELECTING_VAR = /^[A-Z][A-Z0-9_]{0,40}=/;
const SELECTING_NAME = /^(?:TESTS?|SPECS?|FILES?|PKGS?|PACKAGES?|WHAT|FILTER|GREP|ONLY|PATTERN|FOCUS|SUITE)$|_(?:ONLY|GREP|FILTER|PATTERN|MATCH|FOCUS|NAMES?|FILES?|PATHS?|PKGS?|PACKAGES?|SUITES?)$/;


/** A task or environment that builds or serves the docs (`docs`, `docs-watch`), or only cleans (`make clean`, not `mvn clean install`). */
// Named verb first too (`tox -e build_docs`, `make build-docs`): the docs are still what it builds.
const DOCS_TASK = /^(?:docs?|documentation|apidocs?|html[-_]?docs?|(?:docs?|documentation)[-_:]?(?:build|watch|serve|server|html|live|site|clean)|(?:build|make|serve|watch|clean)[-_:](?:docs?|documentation))$/i;
// `sudo make install DESTDIR=/tmp/x`, `make install PREFIX=~/.local`: settings after it only say where it installs.
const PRODUCT_INSTALL_STEP = /^(?:sudo\s+(?:-[A-Za-z]{1,3}\s+)*)?(?:(?:make|gmake|ninja)(?:\s+-C\s+\S+)?\s+install(?:\s+[A-Z_][A-Z0-9_]{0,40}=\S+)*|cmake\s+--install\s.*)$/;
const CLEAN_TASK = /^(?:clean|distclean|clobber)$/;
// ("Install pydantic, dependencies, test dependencies and doc dependencies": a list of what it installs.)
const INSTALLS_DEPENDENCIES = /\b(?:install\w*|fetch\w*|set\w*\s+up|creat\w*)\s+(?:a\s+|an\s+|the\s+|all\s+|your\s+)?(?:\w+\s+|[\w-]+,\s+)?(?:dependencies|deps|requirements|virtual\s?env(?:ironment)?|venv|dev(?:elopment)?\s+environment)\b(?!\s+(?:are|is|were|aren't|isn't)\b)/i;
/** What only the documentation build needs: a requirements file in a docs folder or named for the docs, a docs group or extra. */
const DOCS_REQUIREMENTS = /\s(?:-r\s*|--requirement[=\s]\s*)(?:\.\/)?(?:\S{0,100}\/)?(?:docs?|documentation)\/\S{0,100}requirements\S{0,40}|\s(?:-r\s*|--requirement[=\s]\s*)\S{0,100}requirements[-_/](?:docs?|documentation)\.\w{1,6}\b|\s--(?:group|extra)[=\s](?:docs?|documentation)(?:\s|$)|\[(?:docs?|documentation)\]/;

/** Info strings of a block that say nothing of what it holds. */
const PLAIN_LANG = /^(?:text|txt|plain|plaintext|none)$/;
/** A lead-in whose last clause runs what follows: a verb of running, then a colon at its end ("run the checks via:"). */
const RUN_LEAD_IN = /\b(?:run|running|execute|executing|invoke|type)\b[^.:;!?]{0,80}:\s*$|\bwith\s+(?:the\s+)?(?:following\s+)?commands?:\s*$/i;

/** A block of at least two comment lines (`# Run the linters`), each saying what the line below it does. */
const COMMENTED_LINES = /^[ \t]*#[ \t]*\S[^\n]*\n(?:[^\n]*\n)*?[ \t]*#[ \t]*\S/m;

/** A paragraph that is one line behind a `$ ` prompt. */
const QUOTED_PROMPT = /^\$[ \t]+[^\n]{1,300}$/;

/** Setup, test and lint commands in reading order, each kept once at its first mention. */

export function commands(sources: Sources, tasks?: TaskIndex): Record<CommandKind, FoundCommand[]> {
  const found = readCommands(sources, tasks, false);
  // A guide whose only setup and test steps sit under container headings ("Environment configuration (Docker)",
  // "Local development with Docker Compose"): the container is its way to work, not a side quest beside a native one.
  if (found.setup.length === 0 && found.test.length === 0 && sources.guideFlow.some((l) => l.block.kind === 'heading' && CONTAINER_WORDS.test(l.block.text))) return readCommands(sources, tasks, true);
  return found;
}

function readCommands(sources: Sources, tasks: TaskIndex | undefined, containersAllowed: boolean): Record<CommandKind, FoundCommand[]> {
  // Whether the repository defines a command's task, asked once per command: a paragraph may name one many times.
  const definedMemo = new Map<string, boolean>();
  const defined = (command: string): boolean => {
    let answer = definedMemo.get(command);
    if (answer === undefined) definedMemo.set(command, (answer = tasks !== undefined && confirmingTask(command, tasks) !== undefined));
    return answer;
  };
  const out: Record<CommandKind, FoundCommand[]> = { setup: [], test: [], lint: [] };
  const seen = new Set<string>();
  // The package installs taken from sections named for one platform (not counted against the document's other steps).
  const platformSteps = new Set<FoundCommand>();
  // The block each command was taken in, for the same step with a knob set right below it.
  const takenAt = new Map<string, Located['block']>();
  // The section where the guide finished giving its main steps (a test and a lint command), once it has.
  let mainFlowDone: readonly string[] | null = null;
  let lastTaken: readonly string[] | null = null;
  let flowDoc: unknown = null;
  const add = (command: string, at: Located, line: number, template: boolean, comment = '', code: CodeContext | null = null, section?: CommandKind, sectionSpeaks = false, seriesKind?: CommandKind, clauseKind?: CommandKind): void => {
    const key = command.replace(/\s+/g, ' ');
    // `export PATH=$PATH:$GOPATH/bin` reads the shell's own variables: no placeholder to fill in.
    // (A wrapper's own `--` before the command it runs, `opam exec -- dune runtest`, `uv run -- pytest`, passes no arguments.)
    const unwrapped = command.replace(WRAPPER_DASHES, '$1');
    const example = EXAMPLE_ARGS.test(TOOL_PATH_EXPORT.test(unwrapped) ? unwrapped.replace(/\$\{?[A-Z_]{2,30}\}?/g, '') : unwrapped) || hasCapsPlaceholder(command) || (TEST_NAME_OPTION.test(command) && !T_IS_NO_FILTER.test(command));
    // `make help`, `cargo clean -p app`, `stack ghci pkg:test`, `./update-test.sh`: no step of any phase, whatever the
    // heading or lead-in around it says (commandPhaseNone.ts).
    if (notAStep(key)) return;
    // A pipeline into a viewer shows output, a bare assignment runs nothing, `x.x.x` is a version to fill in.
    if (seen.has(canonical(key)) || example || VERSION_PLACEHOLDER.test(command) || inspectsOutput(command, (first) => classify(first) !== undefined) || onlyAssigns(command)) return;
    // A variable that selects some tests or packages (`WHAT=pkg make test`) narrows a run the guide gives elsewhere;
    // in a block that is the guide's only way to run the tests so far, it is the step (a script that needs a package).
    if (selectsSome(command) && (code === null || out.test.length > 0)) return;
    // `CI=1 npm test` right below `npm test` in the same block: the same step with a knob set. Given in a block or a
    // sentence of its own ("To test the native binary, run:", "e.g. by running `SKIP_SLOW=1 swift test`"), the knob
    // makes a step the guide presents for a purpose of its own.
    const bare = withoutKnobs(key);
    if (bare !== undefined && knobbedVariant(bare, takenAt.get(canonical(bare)), at, code?.intro)) return;
    let kind = seriesKind ?? spanPhase(command, at, comment, code) ?? (VERSION_CHECK.test(command.trim()) ? undefined : clauseKind) ?? (section !== undefined && (sectionSpeaks || defined(key)) ? section : undefined);
    // "Changes need to be tested with `make check`": a `check` task is a test suite as often as a linter, and the clause
    // that hands it over says which.
    if (kind === 'lint' && clauseKind === 'test' && /(?:^|[\s:-])check(?:$|\s)/.test(key)) kind = 'test';
    // A validation script named under a test heading (`./validate.sh` under "Running tests") runs the suite.
    if (kind === 'lint' && code === null && section === 'test' && VALIDATE.test(key)) kind = 'test';
    if (kind === 'setup' && code === null && buildRunsTests(key, comment)) kind = 'test';
    // A build tool's lifecycle step that runs the tests among its checks (`mvn verify`, `./gradlew check`) under a
    // test heading is how that project runs its tests.
    if (kind === 'lint' && LIFECYCLE_CHECK.test(key) && sectionKind(at) === 'test') kind = 'test';
    // A line the block's lead-in says runs the whole suite is not a focused run, whatever options it passes.
    // `pytest astrocalc` in a block, with no test step before it: the package's whole suite, the guide's test run.
    const onlyRun = code !== null && code.soleTest === true && out.test.length === 0 && pytestOfPackage(command);
    // ("Run the tests with `pytest mylib`": a sentence about the tests hands its package's whole suite to the span.)
    const suiteSpan = code === null && out.test.length === 0 && pytestOfPackage(command) && /\b(?:the\s+)?(?:tests|test\s+suite)\b/i.test(comment) && !NARROWING.test(comment) && !/\b(?:also|alternatively|but|however|instead)\b/i.test(comment);
    if (!kind || (kind === 'test' && isFilteredTestRun(unwrapped) && code?.whole !== true && !onlyRun && !suiteSpan && !onlyTunesWholeRun(command, at.doc))) return;
    if (kind === 'test' && code !== null && entersContainer(key)) kind = 'setup';
    // A watcher or a dev server runs until stopped: it starts the work rather than setting up the checkout, unless a
    // heading about installing, building or developing gives it (`pnpm start` under "Install", `pnpm dev` under
    // "Developing": the file watcher that keeps the build current while you work; `yarn start` under "Running locally").
    if (kind === 'setup' && keepsRunning(key) && !underHeading(at, SETUP_OR_BUILD_SECTION)) return;
    // A tool installed for the whole machine is a setup step where the guide sets up, or where a heading gives the
    // main-flow step it serves ("Formatting": install the formatter, then run it), or where its sentence or lead-in says
    // the work needs it ("You'll need pnpm; install it with `npm install -g pnpm`"); elsewhere (an editor's language
    // server, a viewer some of us like; side quests are skipped above) it is an aside.
    // (A lead-in that sets up, "clone your fork, and bootstrap the workspace:", places it in the setup as a heading does.)
    if (GLOBAL_INSTALL.test(key) && !underHeading(at, SETUP_SECTION) && sectionKind(at) === undefined) {
      const leadIn = code?.intro && code.intro.kind !== 'code' ? plain(code.intro) : undefined;
      const said = leadIn ?? comment;
      // ("Install tox with `pipx install tox`": an order to install it is the need said outright.)
      if (!SETUP_LEAD.test(leadIn ?? '') && !(NEEDED.test(said) && !RELEASE_WORK.test(said)) && !(code === null && INSTALL_ORDER.test(said))) return;
    }
    // `pip install mytool` in a guide about mytool: the published release a user installs, not the checkout.
    if (kind === 'setup' && installsOwnRelease(key, at.doc, at.block.sections)) return;
    // A system package the guide names is a prerequisite of the checkout, wherever it is named and however the
    // sentence puts it ("On macOS this can be installed via `brew install chromedriver`", "you'll need xcbeautify:
    // `brew install xcbeautify`"): a newcomer on that platform needs it. Only "Install with Homebrew" under the
    // product's own installation installs the product itself.
    if (SYSTEM_INSTALL.test(key) && ((underHeading(at, PRODUCT_INSTALL) && !installsForBuild(at.block.sections)) || (!code && underProductInstall(at.block)))) return;
    // Each document of the guide is its own flow; a template is a form, read whole.
    if (at.doc !== flowDoc) [flowDoc, mainFlowDone, lastTaken] = [at.doc, null, null];
    // A task the repository defines is a main step wherever a heading gives it the same phase, and so is a block
    // whose own lead-in names the phase its line has ("To run the tests:" over `npm test`, under "Scripts").
    if (!template && mainFlowDone && at.block.sections !== lastTaken && !underHeading(at, MAIN_FLOW_SECTION) && !(defined(key) && sectionKind(at) === kind) && !(code?.introKind !== undefined && code.introKind === kind && plainPhaseLead(plain(code.intro ?? at.block)))) return;
    // `rake activerecord:mysql2:test` after the plain test command is one component's variant, not another step.
    if (DEEP_TASK.test(key) && out[kind].length > 0) return;
    // A template's box that names the step short ("I ran `cargo fmt`") after the guide gave it in full (`cargo fmt --all --
    // --check`): the same step, not another.
    if (template && kind === 'lint' && out[kind].some((c) => c.command.startsWith(`${key} `))) return;
    // `Start-PSPester -Path test/api` after `Start-PSPester`: the same step narrowed to one part, an example.
    // A taken step with only settings added (`make check TS_OPTS=x` after `make check` ran the tests) is that step
    // tuned, whatever phase its own words now give it.
    if (code?.whole !== true && (out[kind].some(extendedBy(key)) || ALL_KINDS.some((other) => out[other].some(knobbedBy(key))))) return;
    // `./configure --host=i686-linux-gnu` after `./configure`: the configure step for one platform. The plain
    // `./configure` after such a variant ("If you have no opam, call `./configure --with-vendored-deps`", then under
    // "Building": `./configure`) is the main step itself.
    if (/configure$/.test(toolOf(key) ?? '') && key !== toolOf(key) && out[kind].some((c) => toolOf(c.command) === toolOf(key))) return;
    // A newcomer needs the main steps; a long tail of per-component variants buries them. A task the repository
    // defines is one of its steps, not a variant, so it has a little more room.
    // A code block under a lint heading lists one line per linter or formatter: steps, not variants of one.
    const listed = code !== null && kind === 'lint' && sectionKind(at) === kind;
    // Each document is its own flow (`linux.md`, `windows.md`: one platform's steps each): the limit is per document.
    // A step shown for Unix and again for Windows (`source .venv/bin/activate`, `.venv\\Scripts\\activate`) takes one place.
    // (The package installs of per-platform sections are not counted against the other steps: one step, given per platform.)
    const fromDoc = new Set(out[kind].filter((c) => c.source.file === at.doc.path && !platformSteps.has(c)).map((c) => platformNeutral(c.command))).size;
    // Installing what a test or lint run needs, in the block that then runs it under that run's heading
    // (`npm install` then `npm run test` under "Testing"), is that run's prerequisite, not one more way to set up.
    const prerequisite = code !== null && kind === 'setup' && code.runs === true && (sectionKind(at) === 'test' || sectionKind(at) === 'lint');
    // Installing the project's git hooks (`pre-commit install`) is one step every checkout takes, however many ways to
    // make an environment came before it: it is no variant in a long tail.
    const hooks = kind === 'setup' && HOOK_MANAGER_INSTALL.test(key);
    // A system package install is the same prerequisite step given once per platform (Alpine, Arch, Debian, Fedora,
    // macOS...): a guide that covers many platforms is not a long tail of variants, and each reader needs their own.
    const platformStep = kind === 'setup' && SYSTEM_INSTALL.test(key) && underPlatformHeading(at.block);
    if (fromDoc >= (listed || platformStep ? MAX_LINTERS : defined(key) || prerequisite || hooks ? MAX_PER_KIND_DEFINED : MAX_PER_KIND) || out[kind].length >= MAX_IN_ALL) return;
    seen.add(canonical(key));
    takenAt.set(canonical(key), at.block);
    const taken = { command: key, source: sourceOf(at, line), ...(code?.typedIn ? { typedIn: code.typedIn } : {}) };
    out[kind].push(taken);
    if (platformStep) platformSteps.add(taken);
    lastTaken = at.block.sections;
    if (!mainFlowDone && out.test.length > 0 && out.lint.length > 0) mainFlowDone = at.block.sections;
  };
  // A span's phase depends on its command, its sentence and its block: one paragraph may repeat both many times.
  const spanPhases = new Map<string, CommandKind | null>();
  let spanPhasesBlock: unknown = null;
  const spanPhase = (command: string, at: Located, comment: string, code: CodeContext | null): CommandKind | undefined => {
    if (code !== null) return phaseOf(command, at, comment, code, tasks);
    if (at.block !== spanPhasesBlock) {
      spanPhasesBlock = at.block;
      spanPhases.clear();
    }
    const memoKey = `${command}\u0000${comment}`;
    let kind = spanPhases.get(memoKey);
    if (kind === undefined) spanPhases.set(memoKey, (kind = phaseOf(command, at, comment, null, tasks) ?? null));
    return kind ?? undefined;
  };
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  const narrowed: string[] = [];
  for (let k = 0; k < flow.length; k++) {
    const l = flow[k];
    const template = k >= sources.guideFlow.length;
    const b = l.block;
    // A template's HTML comment guides its author: a command it asks for ("Ensure `cargo test` passes") is a step,
    // though the comment's items are not boxes to tick.
    if (b.kind === 'heading' || inSkippedSection(l, containersAllowed) || triesBuiltCopy(b.sections)) continue;
    // Under a heading that picks one part of the suite ("Run one test", "Running a single spec"), lines are examples.
    // Under a heading on installing the product itself ("Install with vcpkg", "Installing via Homebrew"), lines install
    // a release for users, not the checkout.
    const innermost = b.sections[b.sections.length - 1] ?? '';
    // ("Building on Unix > Install using apt": an install section under a build section installs the build's prerequisites.)
    // (Only a block of system package installs: "Building > Install with vcpkg" over `./vcpkg install widget` installs the product.)
    // (Comment lines and a `\`-continued package list belong to the install line; a local package file, `./target/x.deb`, is the product built.)
    const prerequisites = installsForBuild(b.sections) && b.kind === 'code' && !/\s\.{0,2}\/\S+\.(?:deb|rpm|pkg|apk)\b/.test(b.text) && b.text.replace(/\\\n/g, ' ').split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#') || SYSTEM_INSTALL.test(line.trim().replace(/^\$\s+/, '').replace(/\s+#.*$/, '')));
    if (NARROWING.test(innermost) || (PRODUCT_INSTALL.test(innermost) && !prerequisites) || VARIANT_HEADING.test(innermost) || inReadmeInstall(l)) continue;
    // A quoted line behind a shell prompt (an RST block quote `    $ spin mypy` after a single colon) is a one-line
    // console block.
    // So is a paragraph of one bare command line that a lead-in right before it hands the run to ("simply do").
    const lead0 = flow[k - 1];
    const leadText = lead0 !== undefined && lead0.doc === l.doc && lead0.block.kind === 'paragraph' ? plain(lead0.block) : undefined;
    const oneLine = b.kind === 'paragraph' && b.code.length === 0 && (QUOTED_PROMPT.test(b.text) || (!b.inList && bareCommandLine(b.text, leadText)));
    const code: CodeBlock | undefined = b.kind === 'code' ? b : oneLine ? { kind: 'code', lang: 'console', text: b.text, line: b.line, sections: b.sections } : undefined;
    if (code) {
      // A block tagged with the project's language whose every line calls a developer tool is a shell block too.
      if (!SHELL_LANGS.has(code.lang) && !typedAsShell(code)) continue;
      const before = flow[k - 1];
      // The paragraph or list item right before a block is its lead-in ("3. Try the build. To try the toplevel, use:").
      const leadIn = before && before.doc === l.doc && (before.block.kind === 'paragraph' || before.block.kind === 'listItem') ? before.block : undefined;
      // "Some useful commands for running specific tests include:" over a block whose lines each carry a comment of
      // their own (`# Run the linters`, `# Run a single test`): each comment, not the lead-in, says what its line does.
      const commentsDecide = leadIn !== undefined && narrowingLeadIn(leadIn) && !notAStepBesidesNarrowing(leadIn) && COMMENTED_LINES.test(code.text);
      if (leadIn && notAStepLeadIn(leadIn) && !commentsDecide) continue;
      const intro = before && before.doc === l.doc && before.block.kind !== 'code' ? plain(before.block) : '';
      // The phase a lead-in paragraph names ("run the following to test Swift projects:") speaks like a heading.
      const introKind = before?.block.kind === 'paragraph' ? leadInKind(intro, sectionKind(l)) : undefined;
      // ("Follow the Build steps to set up the project and then:" hands over what comes after the setup.)
      const runningLead = introKind === undefined && before?.block.kind === 'paragraph' && GETS_RUNNING_LEAD.test(intro) && !AFTER_THE_SETUP.test(lastSentence(intro));
      const phased = sectionKind(l) !== undefined || introKind !== undefined || runningLead;
      // A block with no shell tag (or a plain-text one) that a sentence hands over as what to run ("run the full
      // suite via:", "check your changes with command:") is typed into a shell like a tagged one.
      // So is an untagged block of a few calls whose own words give their phase (`bb test` under "Run the tests").
      const untagged = !code.lang || PLAIN_LANG.test(code.lang);
      const loose = (EXPLICIT_SHELL.has(code.lang) || (untagged && (RUN_LEAD_IN.test(intro) || untaggedCalls(code)))) && phased;
      // A prompt (`$ spin test`) says a line is typed into a shell, though not what the program is: in a block
      // with no shell tag, an unknown program counts when its own words give the phase (not `$ firefox report.html`).
      const prompted = !loose && PROMPTED_LINE.test(code.text) && phased;
      // sbt started in one block and its tasks typed at its prompt in the next ("Then, at its prompt, run:"): one session.
      const session = sbtSession(flow, k, code);
      const found = [...codeCommands(code, loose, prompted, session)];
      // A version check is a setup step where the guide sets up: a setup heading, prose about installing, or
      // beside a setup command (`go build` then `./app version`). Elsewhere it only shows what was built.
      const versionOk = underHeading(l, SETUP_SECTION) || INSTALL_PROSE.test(intro) || found.some((f) => !VERSION_CHECK.test(f.command) && classify(f.command) === 'setup');
      // `./configure` then `make check`: in an autotools build, `check` is the test suite.
      // (Also a chain that configures first: `./autogen && ./configure && make check`.)
      const autotools = found.some((f) => f.command.split(/\s*&&\s*/).some((part) => AUTOTOOLS_CONFIGURE.test(part)));
      const ownKinds = found.map((f) => classify(f.command));
      // A block a sentence hands over as the way to a working checkout ("To get up and running:", "To build the
      // project from source, run:") sets up, as a block of setup lines does: its task names (`nimble devdb`) say no phase.
      const setupBlock = (ownKinds.filter((kind) => kind === 'setup').length >= 2 || runningLead) && !ownKinds.some((kind) => kind === 'test' || kind === 'lint');
      // The lines right after a configure step, which a bare `make` there builds.
      const configuredAt = new Set(found.filter((_, n) => n > 0 && CONFIGURE_STEP.test(found[n - 1].command)).map((f) => f.line));
      const runs = ownKinds.some((kind) => kind === 'test' || kind === 'lint');
      // `pytest mypkg` given alone is the suite; beside `pytest other_pkg` it is one package of several.
      const soleTest = found.filter((f) => classify(f.command) === 'test').length === 1;
      // "To run tests, do one of:": the first line is the step, later spellings of the same call are the choices.
      const choice = offersChoice(intro);
      const whole = runsWholeSuite(intro);
      const calls = new Set<string>();
      // The call a narrowing comment's first line makes, and its comment group: the same call again in that group
      // (`npx nx test core`, then `npx nx test cli`) is one more example of it.
      let narrowedCall: { group: number; call: string } | undefined;
      // The purpose the last comment gave, for a line that goes on with it ("# or equivalently:").
      let commentDecided: CommandKind | undefined;
      for (const { command, line, comment, above, group, kind: ownKind, typedIn } of found) {
        if (SYSTEM_INSTALL.test(command) && HEDGED.test(intro)) continue;
        if (choice) {
          if (calls.has(callOf(command))) continue;
          calls.add(callOf(command));
        }
        // A line its comment narrows (`# build runtime-core only`, `# run a single test`) is an example of
        // focusing, and so is the same line with more options further on (`... runtime-core -f global`).
        // ("# Run a specific command" over `tox run -e lint`: a lint step is not a focused run; a build of one part is.)
        // (A lint line given a file, `npx eslint src/foo.ts` under "# Lint a specific file", is still an example.)
        const wholeLint = classify(command) === 'lint' && !/\s[^\s-]\S*[/.]\w/.test(command.replace(/^\S+/, ''));
        if (narrowingComment(`${comment} ${above ?? ''}`) && !wholeLint) {
          narrowed.push(command);
          commentDecided = undefined;
          if (group) narrowedCall = { group, call: callOf(command) };
          continue;
        }
        if (group && narrowedCall?.group === group && narrowedCall.call === callOf(command)) continue;
        if (narrowed.some((n) => command.startsWith(`${n} `))) continue;
        // A comment line right above a command (`# run all the tests`) gives its phase like a trailing one; an
        // "(optional - ...)" aside above a main step does not drop it.
        const said = comment || (above && !/\boptional/i.test(above) && !isCommand(above) ? above : '');
        // Under a lead-in about running specific tests, a line is a step only where its own comment gives it another
        // purpose (`# Run the formatters and linters`); "# or equivalently:" goes on with the line before. Test runs
        // there, and lines with no comment, are the narrowed examples the lead-in promised.
        let decided: CommandKind | undefined;
        if (commentsDecide) {
          decided = /^or\b/i.test(said) ? commentDecided : commentKind(said);
          commentDecided = decided;
          if (decided === undefined || decided === 'test') continue;
        }
        add(command, l, line, template, said, { versionOk, introKind, autotools, setupBlock, configured: configuredAt.has(line), runs, whole, intro: leadIn, soleTest, ...(typedIn ? { typedIn } : {}) }, undefined, false, ownKind ?? decided);
      }
    } else if (b.kind !== 'code' && !describesRowCommand(flow, k)) {
      // A span naming a task the repository defines, under a heading whose phase its own words do not contradict,
      // is that step even without a cue to run it: "`make whitespace` shows violations" under "Whitespace".
      const section = sectionKind(l);
      // Under a heading that is the command itself, the prose documents that command rather than giving a step.
      const heading = b.sections[b.sections.length - 1] ?? '';
      // A runner alone (`make` in "You need: Docker, `make`, Go") names the tool, not one of its tasks.
      const definedStep = (command: string): boolean => section !== undefined && command.includes(' ') && defined(command) && (classify(command) ?? section) === section && !heading.includes(command);
      // A span whose own words give no phase takes it from its sentence ("executing `vendor/bin/x` runs the test suite").
      // A program Onramp does not know (`reuse lint`) counts when its own words say it checks or tests.
      const checksOrTests = (command: string): boolean => {
        const kind = classify(withoutPaths(command));
        return kind === 'lint' || kind === 'test';
      };
      // A paragraph that opens with the command after a lead-in paragraph of its own ("To run the tests, use" then
      // "`./gradlew jvmTest` which runs all tests"): the lead-in gives its phase, as it does for a code block.
      const previous0 = flow[k - 1];
      const loneSpanKind =
        b.kind === 'paragraph' && !b.inList && /^`/.test(b.text.trim()) && previous0 !== undefined && previous0.doc === l.doc && previous0.block.kind === 'paragraph' ? loneSpanLeadKind(plain(previous0.block)) : undefined;
      // A span listed after a step whose own clause says nothing but an aside ("and `./build_all.sh` (every
      // compiler)") is one more step of that sentence's phase, whatever its name says.
      let previous: { command: string; sentence: string } | undefined;
      const rowKind = rowLabelKind(flow, k);
      const labelled = rowKind === undefined ? undefined : headerNamesCommands(flow, k) ? 'header' : 'label';
      for (const span of inlineCommands(b, definedStep, checksOrTests, labelled)) {
        const silent = span.sectionSpeaks === true && /^[\s,;.]*$/.test(span.sentence.replace(/\([^()]{0,200}\)/g, ''));
        const seriesKind = silent && previous ? spanPhase(previous.command, l, previous.sentence, null) : undefined;
        previous = span;
        if (!namedByBlockBelow(span.command, b, flow[k + 1])) add(span.command, l, span.line, template, span.sentence, null, section, span.sectionSpeaks === true && section !== 'setup', seriesKind, span.clauseKind ?? loneSpanKind ?? rowKind);
      }
    }
  }
  return out;
}

/**
 * What a command is for: its own words first (`npm test`), then a trailing comment, then the section it is in
 * (`./validate.sh` under "Running tests"). A task runner's default task (`make` alone) is what its section says.
 */
function phaseOf(command: string, at: Located, comment: string, code: CodeContext | null, tasks?: TaskIndex): CommandKind | undefined {
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
  if (PRODUCT_INSTALL_STEP.test(trimmed) && !INSTALLS_DEPENDENCIES.test(comment)) return undefined;
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
  return kind === 'setup' && (words.some((w, k) => k > 0 && DOCS_TASK.test(w)) || DOCS_REQUIREMENTS.test(trimmed)) ? undefined : kind;
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

/** The phase a lead-in paragraph ending in "use" or "run" (or a colon) gives the command in the paragraph after it. */
function loneSpanLeadKind(lead: string): CommandKind | undefined {
  if (!LONE_SPAN_LEAD.test(lead)) return undefined;
  return leadInKind(lead) ?? (BUILD_LEAD.test(lead) ? 'setup' : undefined);
}
const LONE_SPAN_LEAD = /\b(?:use|run|type|execute|invoke)\s*:?\s*$|:\s*$/i;
const BUILD_LEAD = /\bto\s+(?:build|compile|install|set\s?up)\b/i;

/** A git-hook manager installing the project's hooks into the clone (`pre-commit install`, `prek install`, `lefthook install`). */
const HOOK_MANAGER_INSTALL = /^(?:(?:uvx?|pipx\s+run|poetry\s+run|pdm\s+run|hatch\s+run|npx|pnpm\s+exec|yarn)\s+)?(?:pre-commit|prek|lefthook|husky)\s+install(?:\s+-{1,2}[\w-]{1,30}(?:[=\s][\w-]{1,30})?)*$/;

/** Refreshing a system package manager's index or channels (`sudo apt-get update`, `brew update`, `nix-channel --update`). */
const REFRESHES_INDEX = /^(?:sudo\s+)?(?:(?:apt|apt-get|brew|dnf|yum|zypper|apk|port)\s+(?:update|refresh|selfupdate)|nix-channel\s+--update|pacman\s+-Sy)(?:\s+-{1,2}[\w-]{1,20})*$/;

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
const VALIDATE = /^(?:\S{0,100}\/)?validate(?:\.\w{1,4})?$|^\S{1,40}\s+validate$/;

const LIFECYCLE_CHECK = /^(?:\.\/)?(?:mvnw?|gradlew?|gradlew\.bat|mvnw\.cmd)(?:\s+-{1,2}[\w.=-]{1,60})*\s+(?:clean\s+)?(?:verify|check)$/;

interface CodeContext {
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
/**
 * A lead-in whose last clause, ending in a colon, gets the checkout working: "To get up and running:", "To get started,
 * run:", "To build the project from source:", "Set up your development environment with:". (Not the docs or a release.)
 */
const GETS_RUNNING_LEAD = /\b(?:to\s+get\s+(?:up\s+and\s+running|started|going|set\s?up)|(?:to\s+)?(?:build|compile|set\s?up|bootstrap|prepare)\s+(?:the\s+|your\s+|a\s+)?(?:local\s+)?(?:project|code|checkout|clone|repo(?:sitory)?|workspace|(?:dev(?:elopment)?\s+)?environment|copy)(?:\s+(?:from\s+source|locally))?)(?:\s*,?\s*(?:please\s+|just\s+|simply\s+)?(?:run|type|execute|do|use)(?:\s+the\s+following(?:\s+commands?)?)?)?\s*:\s*$/i;
const OPENS_EDITOR = /\b(?:opens?|runs?|starts?|launch(?:es)?)\s+(?:up\s+)?(?:[\w-]+\s+){0,2}?(?:n?vim|neovim|emacs|vs\s?code|visual\s+studio(?:\s+code)?|(?:text\s+)?editor|IDE|intellij|xcode)\b/i;
const AFTER_THE_SETUP = /\b(?:then|after(?:wards)?|once|follow(?:ing)?\s+the\s+(?:steps|instructions))\b/i;
/** A step that configures a native build for `make` to run next: autotools, Perl's Makefile.PL, CMake, Meson. */
const AUTOTOOLS_CONFIGURE = /^(?:(?:sh\s+|\.\/)?(?:configure|autogen(?:\.sh)?|bootstrap\.sh)(?:\s|$)|autoreconf\b)/;
const CONFIGURE_STEP = new RegExp(`${AUTOTOOLS_CONFIGURE.source}|^(?:perl\\s+Makefile\\.PL\\b|cmake\\s+(?!--build\\b|--install\\b|-E\\b)|meson\\s+setup\\b)`);


// ("You need JDK 17+. Confirm with:": a prerequisite named, then checked.)
const INSTALL_PROSE = /\binstall|\bprerequisite|\brequire|\bverify\b|\byou(?:'ll|\s+will)?\s+need\b|\bconfirm\s+(?:with|by)\b/i;

/**
 * Whether a command with a knob set (`CI=1 npm test`) is only a variant of the taken step `bare`: in the same block
 * as it, or where the words that present it name that step ("Note: `make build` runs with `-v`; flags can be added
 * through `GO_FLAGS`, e.g.:"). A block or sentence with a purpose of its own ("To test the native binary, run:")
 * presents a step.
 */
function knobbedVariant(bare: string, takenIn: Located['block'] | undefined, at: Located, intro: Located['block'] | undefined): boolean {
  if (takenIn === undefined) return false;
  if (takenIn === at.block) return true;
  const words = intro ?? at.block;
  if (words.kind === 'code' || words.kind === 'heading') return false;
  // "For more output, use the DEBUG variable:": a knob that makes the run talk more is the same run, diagnosed.
  return words.code.some((span) => span.text.trim() === bare) || DIAGNOSTIC_KNOB.test(plain(words));
}

/** Words presenting a knob that only makes a run report more: more output or details, verbose, debugging. */
const DIAGNOSTIC_KNOB = /\bmore\s+(?:output|information|info|details|logging|logs)\b|\bverbose\b|\bdebug(?:ging)?\b/i;

/** A command narrowed by a variable that selects some tests, files or packages (`TESTS=a.rb rake test`). */
function selectsSome(command: string): boolean {
  return command.split(/\s+/).some((w) => SELECTING_VAR.test(w) && SELECTING_NAME.test(w.slice(0, w.indexOf('='))));
}

/** One spelling per step, so `pnpm i` after `pnpm install`, or `pnpm build` after `pnpm run build`, is a repeat. */
function canonical(command: string): string {
  return command
    .replace(/^(npm|pnpm|bun|yarn)\s+i(\s|$)/, '$1 install$2')
    .replace(/^(pnpm|bun|yarn)\s+run\s+/, '$1 ')
    .replace(/^yarn install$/, 'yarn');
}

/**
 * What a trailing comment says the line is for (`tox -e self # Format the code`, `x check # Unit tests`), used
 * only when the command itself says nothing. An optional step (`# Optional fuzzing`) is not a step.
 */
function commentKind(comment: string): CommandKind | undefined {
  if (comment === '' || /\boptional(ly)?\b/i.test(comment)) return undefined;
  // A run that does both ("runs the full suite: specs, self-linting and doc checks") is the project's test step.
  // "Run QA suite: `composer qa`": a suite is what a project runs to test its changes.
  const tests = /\b(?:tests?|specs?|suite)\b/i.test(comment);
  if (/\b(lint\w*|format\w*|style)\b|-linting\b|\bchecks?\b/i.test(comment)) return tests ? 'test' : 'lint';
  if (tests) return 'test';
  return undefined;
}

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
function sbtSession(flow: readonly Located[], k: number, code: CodeBlock): SbtSession {
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

/**
 * The commands of a code block: lines that run a known tool; with `loose` (a shell block under a build, test or
 * lint heading) any line that looks like a program call; with `typed` (a prompted block under such a heading)
 * such a line when its own words give its phase.
 */
function* codeCommands(block: CodeBlock, loose = false, typed = false, session: SbtSession = {}): Iterable<{ command: string; line: number; comment: string; above?: string; group?: number; kind?: CommandKind; typedIn?: string }> {
  // `cp .env.example .env`, `mkdir build`: setup by their own words, though `cp` and `mkdir` are no tools Onramp knows.
  const accept = (text: string): boolean => isCommand(text) || setsUpByOwnWords(text) || installsPiped(text) || ((loose || (typed && classify(withoutPaths(text)) !== undefined)) && isLooseCommand(text)) || (loose && elevatedStep(text, (inner) => REFRESHES_INDEX.test(inner)));
  const lines = block.text.replace(/\n$/, '').split('\n');
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

