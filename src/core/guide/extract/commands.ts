import { FoundCommand } from '../facts';
import { CodeBlock } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { SETTING_EXPORT, SYSTEM_INSTALL, TOOL_PATH_EXPORT, isCommand, toolOf } from './commandLine';
import { classify } from './commandClassify';
import { VERSION_CHECK, sectionKind } from './commandPhase';
import { HEDGED, NARROWING, PRODUCT_INSTALL, PROMPTED_LINE, lastSentence, leadInKind, narrowingLeadIn, notAStepBesidesNarrowing, notAStepLeadIn, withoutPaths, RUN_LEAD_IN, loneSpanLeadKind, GETS_RUNNING_LEAD, AFTER_THE_SETUP } from './commandsLeadIn';
import { inlineCommands } from './commandsInline';
import { callOf, offersChoice, platformNeutral, withoutKnobs, knobbedVariant, canonical } from './commandsVariants';
import { isFilteredTestRun, narrowingComment, pytestOfPackage } from './commandsFiltered';
import { entersContainer } from './commandsContainerTests';
import { VARIANT_HEADING, VERSION_PLACEHOLDER, bareCommandLine, inReadmeInstall, inspectsOutput, onlyAssigns } from './commandsStructure';
import { hasCapsPlaceholder, namedByBlockBelow } from './commandsHandover';
import { buildRunsTests } from './commandsPurpose';
import { runsWholeSuite } from './commandsWholeSuite';
import { typedAsShell } from './commandsTagged';
import { ALL_KINDS, extendedBy, knobbedBy } from './commandsExtended';
import { notAStep } from './commandPhaseNone';
import { triesBuiltCopy } from './commandsTrying';
import { untaggedCalls } from './commandsUntagged';
import { underPlatformHeading, underProductInstall } from './commandsPlatform';
import { installsOwnRelease } from './commandsProductInstall';
import { onlyTunesWholeRun } from './commandsModeOnly';
import { plain, underHeading } from './text';
import { confirmingTask } from '../../tasks/confirmTask';
import { TaskIndex } from '../../tasks/taskIndex';
import { describesRowCommand, headerNamesCommands, rowLabelKind } from './commandsTable';
import { keepsRunning } from './commandsKeepRunning';
import { EXPLICIT_SHELL, SHELL_LANGS, PLAIN_LANG, COMMENTED_LINES, QUOTED_PROMPT, sbtSession, codeCommands } from './commandsBlockLines';
import { CONTAINER_WORDS, inSkippedSection } from './commandsSideQuests';
import { plainPhaseLead, MAIN_FLOW_SECTION, installsForBuild, SETUP_OR_BUILD_SECTION, SETUP_LEAD, INSTALL_ORDER, NEEDED, GLOBAL_INSTALL, RELEASE_WORK, HOOK_MANAGER_INSTALL } from './commandsMainFlow';
import { SETUP_SECTION, phaseOf, VALIDATE, LIFECYCLE_CHECK, type CodeContext, AUTOTOOLS_CONFIGURE, CONFIGURE_STEP, INSTALL_PROSE, commentKind } from './commandPhaseOf';
import { TEST_NAME_OPTION, T_IS_NO_FILTER, WRAPPER_DASHES, EXAMPLE_ARGS, selectsSome } from './commandsExampleArgs';

export type CommandKind = 'setup' | 'test' | 'lint';
// What a command is for by its own words lives in its own module; tests and callers still find it here.
export { classify };

/** A sentence that opens on the reader's other projects or versions: a tip for juggling them. */
// ("If you are using several versions of Python, create a virtualenv" is a step: only other projects make it a tip.)
const OTHER_WORK_TIP = /^\W*(?:tip:\s*)?(?:if|when|while)\s+(?:you(?:'re|\s+are)?\s+)?(?:work(?:ing)?\s+(?:on|with)|hav(?:e|ing)|us(?:e|ing)|juggl\w+|switch\w*\s+between)\s+(?:multiple|several|many|different|other)\s+(?:projects|repositories|repos|checkouts)\b/i;
const DEEP_TASK = /(^|\s)[\w-]+:[\w-]+:[\w:-]+(\s|$)/;
const MAX_PER_KIND = 6;
const MAX_PER_KIND_DEFINED = 9;
// Setup runs longer than a test or lint step: prerequisites, a toolchain, the dependencies, a build, often one line
// each. Its tail is as often right as its head (a per-document limit of 6 cut off as many steps the guide gives in
// full as it kept variants out), so it has more room; a test or lint tail is mostly narrowed runs.
const MAX_SETUP = 10;
const MAX_SETUP_DEFINED = 13;
const MAX_LINTERS = 12;
const MAX_IN_ALL = 14;

/** A heading over a reference of settings rather than steps. */
const SETTINGS_REFERENCE = /\bvariables?\b|\bsettings\b|\boptions\b|\bconfiguration\b/i;
/** A sub-heading over settings only some readers need. */
const OPTIONAL_SETTING = /\boptional\b|\bdebug|\blogging\b|\bverbose\b|\btroubleshoot|\bproxy\b/i;
/** A lead-in that sets a condition: "If you are behind a proxy, set:", "When using Podman:". */
const CONDITION_LEAD = /^\W{0,3}(?:if|when|in\s+case|unless|should\s+you)\b/i;

/** A heading over what to have installed, not what to run: "Requirements", "Prerequisites", "Dependencies", "Tools". */
const TOOLS_LIST_HEADING = /\b(?:requirements?|prerequisites?|pre-requisites?|dependencies|tools|tool\s?chains?|tooling|you(?:'ll|\s+will)?\s+need)\b/i;
/** A lead-in over a list of tools to have ("You will need the following installed:", "works with either of these tools:"). */
const TOOLS_LIST_LEAD = /\b(?:need|needs|needed|require[sd]?|installed|either|any\s+of|one\s+of|tools?|available|supports?|works?\s+with)\b/i;

/** The prose right before the list a list item belongs to, "" when there is none in its document. */
/** A lead-in whose subject runs the items by itself: "The pre-commit hook automatically:", "CI will automatically:". */
// (The subject must be the automation: "If you want the checks to run automatically:" and "Most issues can be fixed
// automatically:" lead into the reader's own steps.)
const AUTOMATIC_LEAD = /\b(?:hooks?|CI|workflows?|bots?|pipelines?|GitHub\s+Actions?|pre-commit|husky|lefthook)\b(?:\s+(?:will|then))?\s+(?:automatically\s+)?(?:runs?|does|do|performs?|checks?|executes?)\b[^.:]{0,40}:\s*$|\b(?:hooks?|CI|workflows?|bots?|pipelines?|GitHub\s+Actions?|pre-commit|husky|lefthook)\b[^.:]{0,40}\bautomatically\s*:\s*$/i;

function listLeadIn(flow: readonly Located[], k: number): string {
  const doc = flow[k].doc;
  let i = k;
  while (i > 0 && flow[i].doc === doc && flow[i].block.kind === 'listItem') i--;
  const before = flow[i];
  return before !== undefined && before.doc === doc && before.block.kind === 'paragraph' ? plain(before.block) : '';
}

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
    // An exported setting is a step only in a block under a setup heading (commandLine.ts SETTING_EXPORT).
    // (Not under a heading that lists the settings, "Environment variables", "Configuration": a reference, not steps.)
    // (Nor under an optional or troubleshooting sub-heading, "Optional: verbose logging", nor after a lead-in that sets a
    // condition, "If you are behind a proxy, set:": a setting for some readers' machines.)
    if (SETTING_EXPORT.test(key) && !TOOL_PATH_EXPORT.test(key) && !(code !== null && underHeading(at, SETUP_SECTION) && !underHeading(at, SETTINGS_REFERENCE) && !OPTIONAL_SETTING.test(at.block.sections[at.block.sections.length - 1] ?? '') && !(code.intro !== undefined && CONDITION_LEAD.test(plain(code.intro))))) return;
    // "If you are working on multiple projects with different versions of pnpm, ... run `corepack enable`": a tip for
    // the reader's other work, not a step of this checkout.
    if (code === null && OTHER_WORK_TIP.test(comment)) return;
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
    if (kind === 'setup' && installsOwnRelease(key, at.doc, at.block.sections, sources.projectNames)) return;
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
    if (fromDoc >= (listed || platformStep ? MAX_LINTERS : defined(key) || prerequisite || hooks ? (kind === 'setup' ? MAX_SETUP_DEFINED : MAX_PER_KIND_DEFINED) : kind === 'setup' ? MAX_SETUP : MAX_PER_KIND) || out[kind].length >= MAX_IN_ALL) return;
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
      // A list led in by what runs by itself ("The pre-commit hook automatically:" over "Runs `dart analyze`"): what the
      // hook or CI does, not a step of the reader's.
      if (b.kind === 'listItem' && AUTOMATIC_LEAD.test(listLeadIn(flow, k))) continue;
      for (const span of inlineCommands(b, definedStep, checksOrTests, labelled)) {
        const silent = span.sectionSpeaks === true && /^[\s,;.]*$/.test(span.sentence.replace(/\([^()]{0,200}\)/g, ''));
        const seriesKind = silent && previous ? spanPhase(previous.command, l, previous.sentence, null) : undefined;
        previous = span;
        // A runner alone as a list item runs the phase its section names; in a list of what to have installed
        // ("Requirements: - `make` - Go 1.22") it names a tool.
        if (span.runnerItem === true) {
          if (section !== undefined && !b.sections.some((h) => TOOLS_LIST_HEADING.test(h)) && !TOOLS_LIST_LEAD.test(listLeadIn(flow, k))) add(span.command, l, span.line, template, span.sentence, null, section, false, section);
          continue;
        }
        if (!namedByBlockBelow(span.command, b, flow[k + 1])) add(span.command, l, span.line, template, span.sentence, null, section, span.sectionSpeaks === true && section !== 'setup', seriesKind, span.clauseKind ?? loneSpanKind ?? rowKind);
      }
    }
  }
  return out;
}
