/**
 * Commands that belong to no phase, whatever the heading or lead-in around them says: asking a task runner what it
 * can do (`make help`, `just --list`), and cleaning what a build left (`cargo clean -p x`, `go clean -cache`). A
 * guide names them beside its steps ("Clippy can be run like so: `cargo clean -p app` then `cargo clippy`";
 * "`make help` lists the targets") but a newcomer's setup, test or lint is the step next to them, not these.
 *
 * `notAStep` is meant to be asked once per found command before its phase is taken from a section or lead-in
 * (commands.ts `add`): there a "no phase of its own" answer from `classify` still lets the section speak.
 */
import { notAStepByItsWords } from './commandNonSteps';
import { LEADING_CD, toolOf, withoutAssignments } from './commandLine';
import { classify } from './commandClassify';

/** Listing a runner's tasks or asking for help: `make help`, `just --list`, `task -l`, `rake -T`, `npm run` alone. */
// Any build script with one option that lists or describes its tasks (`./build.sh --showdescription`, `./build.ps1
// --list-tasks`, `./x --targets`): it shows what there is to run, like a runner's help.
// (Through a launcher too: `dotnet cake --showdescription`, `python build.py --list`, `npx gulp --tasks`, `nox --list-sessions`.)
const LISTS_TASKS = /^\S{1,100}(?:\s+\S{1,100}){0,2}\s+(?:--list(?:-(?:tasks|targets|sessions))?|--tasks|--targets|--show-?descriptions?|--describe(?:-tasks)?)$|^(?:(?:g?make|just|task|mage|rake|invoke|nox|tox|npm|pnpm|yarn|bun|cargo|go|dotnet|gradlew?|\.\/gradlew|mvnw?|\.\/mvnw|sbt|mix|poetry|uv|hatch)\s+(?:help|--help|-h|--list|-l|-T|--tasks|tasks)|tox\s+(?:-a|-l|--listenvs(?:-all)?|list|l)|(?:npm|pnpm|yarn|bun)\s+run)$/;

/** Tasks that only remove what was built or cached. */
const CLEAN_WORD = /^(?:clean|distclean|clobber|mrproper|clean-all|cleanall|scrub)$/;
/** Words after a clean that make it part of a rebuild (`mvn clean install`, `make clean all`, `./gradlew clean build`). */
const REBUILDS = /^(?:all|build|install|test|tests|check|verify|package|compile|assemble|default)$/;

/**
 * A clean that is the whole command: the tool's first word is a clean task and no later word asks for a build
 * (`cargo clean -p app`, `go clean -testcache`, `dotnet clean`, `git clean -fdx`), not `mvn clean install`.
 */
function onlyCleans(command: string): boolean {
  // (`make clean && make`: a clean then the build is the rebuild, a step; every part must clean.)
  const parts = command.length > 2000 ? [command] : partsOf(command);
  return parts.length > 0 && parts.every(cleansAlone);
}

/** The commands a compound line chains with `;`, `&&` or `||`. */
const partsOf = (command: string): string[] => command.split(/\s*(?:;|&&|\|\|)\s*/).filter((part) => part !== '');

function cleansAlone(command: string): boolean {
  const tool = toolOf(command);
  if (tool === undefined) return false;
  const words = command
    .slice(command.indexOf(tool) + tool.length)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const first = words.findIndex((w) => !w.startsWith('-'));
  if (first < 0 || !CLEAN_WORD.test(words[first])) return false;
  return !words.slice(first + 1).some((w) => REBUILDS.test(w));
}

/**
 * A script that rewrites what the tests expect (`tests/syntax-tests/update.sh`, `./update-test.sh name`,
 * `./scripts/apply-ci-snapshots.sh`, `node scripts/sync-upstream-tests.js`): refreshing expected outputs after a deliberate change is
 * upkeep of the suite, not running it. The script's name starts with the verb; its name or folder says it is about
 * tests, snapshots or expected files (`./update-deps.sh` or `./update-submodules.sh` is not this).
 */
// `add` too (`script/add-libtest.clj lib`, `./add-test.sh name`): putting a new case into the suite is upkeep of it.
const UPDATES_EXPECTED = /^(?:(?:node|python3?|ruby|perl|bash|sh|bb|clojure)\s+)?(?:\.{0,2}\/)?(?:[\w.-]{1,60}\/){0,6}(?:update|regen|regenerate|bless|accept|approve|apply|record|refresh|sync|add)[\w-]{0,40}\.(?:sh|py|rb|pl|js|mjs|cjs|ts|ps1|clj)(?:\s|$)/;
/** Verbs that only ever mean taking new outputs as the expected ones (approval tests, `--bless`): no test word needed. */
const APPROVES = /^(?:approve|bless)(?:[-_](?:all|outputs?|results?|changes|tests?|snapshots?))?\.\w{1,4}$/;
const ABOUT_EXPECTED = /test|snapshot|fixture|golden|expect|baseline|\bci\b|-ci-/i;
const updatesExpected = (command: string): boolean => {
  if (!UPDATES_EXPECTED.test(command)) return false;
  const words = command.split(/\s+/, 2);
  const program = /^(?:node|python3?|ruby|perl|bash|sh|bb|clojure)$/.test(words[0]) ? (words[1] ?? '') : words[0];
  return ABOUT_EXPECTED.test(program) || APPROVES.test(program.slice(program.lastIndexOf('/') + 1));
};

/**
 * Opening an interactive session (`stack ghci pkg:unit-test`, `cabal repl lib`, `rails console`, `iex -S mix`): the
 * reader types into it by hand, it runs no step by itself, though the target it loads may be a test suite. An
 * option that swaps the session's program for a tool (`cabal repl --with-ghc=doctest`) runs that tool instead.
 */
// The session may come after the options or profiles it is opened with (`lein with-profiles +test repl`,
// `stack --stack-yaml x.yaml ghci`): the last word still names it.
// (A database's client started alone, `redis-cli`, `psql`, `mongosh`, opens its prompt; `deactivate` leaves a virtualenv.)
const OPENS_SESSION = /^(?:(?:stack|cabal|sbt|lein|mix|dotnet|bundle\s+exec\s+rails|bin\/rails|rails|clj)\s+(?:ghci|repl|console)(?:\s|$)|(?:stack|cabal|sbt|lein|clj|clojure)\s+(?:[^\s|&;]{1,100}\s+){1,4}(?:ghci|repl)$|iex\s+-S\s+mix\b|(?:redis-cli|valkey-cli|psql|mysql|mongosh?|sqlite3|cqlsh)$|(?:(?:conda|source|mamba)\s+)?deactivate$)/;
const SWAPS_PROGRAM = /\s--with-(?:ghc|compiler|repl)[=\s]/;

/**
 * Reading what a built binary links to or contains (`ldd result/bin/app`, `otool -L app`, `file ./app`): it shows
 * what the build made, it is not a step of the build.
 */
const INSPECTS_BINARY = /^(?:ldd|otool\s+-L|readelf|objdump|nm|file)\s+\S/;
/** Printing one setting (`go env GOPATH`, `npm config get prefix`): it tells where something is, it sets nothing up. */
const PRINTS_SETTING = /^(?:go\s+env\s+[A-Z][A-Z0-9_]{1,30}|(?:npm|pnpm|yarn)\s+config\s+get\s+\S{1,60}|git\s+config\s+--get\s+\S{1,60})$/;

/**
 * Packing or shipping what was built (`make dist`, `make distcheck`, `zig build dist-gzip`, `npm run publish`,
 * `yarn deploy`): a task runner's distribution or publishing task is a maintainer's release step, not one of a
 * newcomer's. (`make release` is left alone: many native projects name their optimised build so.)
 */
const SHIPS = /^(?:g?make|just|task|mage|rake|ninja|zig\s+build|(?:npm|pnpm|yarn|bun)(?:\s+run)?)\s+(?:-\S+\s+)*(?:dist|distcheck|dist-[\w-]{1,30}|publish|deploy)(?:[:-][\w:-]{1,30})?$/;

/**
 * A line of output shown behind a prompt (`$       not a dynamic executable`, `$ the file is up to date`): it opens
 * with an English function word no program is named after, followed by another word.
 */
// (Also a labelled line of a program's report, "counter list: cpu-usage-prct", "Tests run: 12": a few words, then a colon.)
const OUTPUT_SENTENCE = /^(?:not|no|the|an|is|are|this|that|there|you|we)\s+[A-Za-z]|^[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}:\s/i;
/** A test runner's report line shown after the command (`ok  github.com/x/y  0.029s  coverage: 89%`, `PASS`, `FAIL ./pkg`). */
const REPORT_LINE = /^(?:ok|FAIL|PASS|---\s+(?:PASS|FAIL))(?:\s+\S+\s+(?:\d+(?:\.\d+)?s|\(cached\))\b.*|\s*$)/;

/**
 * A task runner's docs task as the whole step (`mix docs`, `make docs`, `npm run docs:build`, `tox -e docs`): it builds
 * the documentation, whatever verb the sentence uses ("Test that the docs generate by running `mix docs`"). A linter
 * given the docs folder (`markdownlint docs`) still lints.
 */
// (Also `uv run poe doc` and `task docs-gen`, and make's `-C doc`: any target typed in the docs folder builds them.)
const DOCS_STEP = /^(?:g?make|just|task|mage|rake|mix|tox\s+(?:(?:run|r)\s+)?-e|nox\s+(?:-s|--sessions?)|(?:npm|pnpm|yarn|bun)(?:\s+run)?|\.\/gradlew|gradle|sbt|lein|bb|hatch\s+run|(?:uv|poetry|pdm)\s+run\s+poe|poe|invoke|inv)\s+(?:docs?|documentation|apidocs?|html[-_]?docs?|(?:docs?|documentation)[-_:](?:build|watch|serve|server|html|live|site|dev|gen)|(?:build|make|serve|watch|gen)[-_:](?:docs?|documentation))$|^(?:g?make|ninja)\s+-C\s+(?:\.\/)?(?:docs?|documentation|website|site)\/?(?:\s|$)/i;
const buildsDocs = (command: string): boolean => DOCS_STEP.test(command) && classify(command) !== 'lint';

/** Whether a command is no step of setting up, testing or linting, wherever the guide names it. */
// Any tool's help (`./x.py help`, `tool sub --help`): it lists what there is to run, even when the repository defines it.
// (Also through a module runner: `python -m pkg.runtests -h`.)
export const HELP = /^\S{1,100}(?:\s+\S{1,100}){0,3}\s+(?:help|--help|-h)(?:\s+\S{1,100})?$/;

/**
 * A program or task whose own name ends in a server (`./scripts/test-server`, `test-server`, `npm run dev-server`):
 * it starts something that keeps running until stopped, for trying a change by hand ("then open
 * http://localhost:3000"). It never ends, so it is no step a setup or test run waits for, and "test" in a server's
 * name says what it serves, not that it runs the suite. (Only "server": `test-serve` scripts often run the suite
 * against a dev server and end; `pnpm dev` watchers are left to their section, which guides label both ways.)
 */
const SERVER_NAME = /^(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?|(?:\.{0,2}\/)?(?:[\w.-]{1,60}\/){0,4})[\w-]{1,40}[-_:]server(?:\.(?:sh|js|mjs|py|rb))?$/;
export const keepsRunning = (command: string): boolean => SERVER_NAME.test(command);

/**
 * Linking the checkout's packages into another project to try them there (`npm link`, `pnpm link`, `yarn link
 * @scope/core --link-folder=x`, a `link:prepare` script): trying a change in a sample app by hand, after the build,
 * neither setting up the checkout nor running its tests ("You can use `pnpm link` to test it on your own project").
 */
const LINKS_INTO_PROJECT = /^(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:un)?link(?::[\w-]{1,30})?(?:\s|$)/;

/**
 * Listing the tests instead of running them (`bazel query "tests(//...)"`, `pytest --collect-only`, `go test -list .`,
 * `jest --listTests`, `cargo test -- --list`): a look at what there is, which runs no test.
 */
const LISTS_TESTS = /(?:^|\s)(?:bazel|bazelisk)\s+query\b|^python3?\s+-m\s+\S*(?:runtests|test)\S*\s+(?:-l|--list)$|\s--collect-only\b|\s--co(?:\s|$)|\s--listTests\b|\bgo\s+test\b[^\n]{0,200}\s-list\b|\btest\b[^\n]{0,200}\s--\s+--list(?:\s|$)/;

/**
 * Running the benchmarks (`cargo bench`, `cabal bench pkg-tests`, `npm run bench:core`, `spin bench`, `make
 * benchmarks`): timing the code, a side quest like the benchmark sections the reader skips, not its test run, though
 * the benchmark suite may be named after the tests (`cabal bench containers-tests`).
 */
const BENCHMARKS = /^\S{1,100}\s+(?:\+[\w.-]{1,40}\s+)?(?:run\s+)?(?:bench|benches|benchmarks?)(?:[-_:][\w:-]{1,40})?(?:\s|$)/;
/**
 * The same asked by an option: a toolchain's benchmark environment or session (`tox -e bench`, `nox -s benchmarks`),
 * or the runner's benchmark switch (`go test -bench=. ./...`), which times the code rather than testing it.
 */
const BENCHMARK_OPTION = /^\S{1,100}\s+(?:-e|-s|--env|--session)[=\s]+(?:bench|benches|benchmarks?)(?:[-_:][\w:-]{1,40})?(?:\s|$)|^go\s+test\s(?:[^\n]{0,200}\s)?-bench[=\s]|\s--benchmark-only\b/;

/**
 * Stopping processes (`killall -9 node`, `pkill -f server; pkill -f worker`): clearing up what a previous run left
 * behind, no step of setting up, testing or linting, whatever the heading or the lead-in around it says.
 */
/**
 * A task named for stopping: the stop word alone or with one qualifier, before or after it (`stop-dependencies`,
 * `server:stop`, `stopContainers`, `composeDown`, `docker:stop`), never both, and not a phase's task that only contains
 * the word (`lint:stop-words`). Also a service's logs, status or restart (`pnpm server:logs`): watching or nudging what
 * runs, no step of its own.
 */
const STOP_TASK = String.raw`(?!(?:lint|test|check|format|fmt)[-_:])(?:(?:[\w.-]+[-_:]|[a-z]+(?=Down|Stop))?(?:stop|teardown|tear-down|halt|down|Down|Stop)|(?:stop|teardown|halt|down)(?:[A-Z]\w*|[-_:][\w-]+)|[\w.-]+[:](?:logs?|status|restart))`;
// `docker compose down`, `docker stop db`: the same for the containers a test run started; a task runner's stop task
// (STOP_TASK) or `vagrant halt` stops what an earlier step started.
const STOPS_PROCESSES = new RegExp(String.raw`^(?:sudo\s+)?(?:(?:kill|killall|pkill)\s+\S|docker(?:\s+|-)compose\s+(?:-\S+\s+(?:[^-\s]\S*\s+)?){0,4}(?:down|stop)(?:\s|$)|docker\s+(?:container\s+)?stop\s+\S|(?:g?make|just|task|nimble|rake|mix|invoke|(?:npm|pnpm|yarn|bun)(?:\s+run)?|(?:\.\/)?gradlew?|(?:\.\/)?mvnw?)(?:\s+-[A-Za-z]\s+\S+|\s+--?[\w-]+)*\s+${STOP_TASK}(?:\s+[A-Z_]+=\S+)*$|vagrant\s+(?:halt|destroy|suspend)\b)`);
/** `|| true`, `; :`: a no-op that only keeps a failed stop from ending the script. */
const NO_OP = /^(?:true|:)$/;
const onlyStops = (command: string): boolean => {
  if (command.length > 2000) return false;
  const parts = partsOf(command).filter((part) => !NO_OP.test(part));
  return parts.length > 0 && parts.every((part) => STOPS_PROCESSES.test(part));
};

/** A document's or a data file's path alone (`./build/docs/html/index.html`, `tools/requirements.txt`): a file to open, no program. */
const DATA_FILE_ALONE = /^[\w./-]+\.(?:html?|md|markdown|rst|txt|pdf|png|jpe?g|svg|json|ya?ml|toml|csv|xml|lock)$/i;
/** A `cd` into the docs, the website or the benchmarks: what is typed there builds or serves them, or measures. */
const CD_ASIDE = /^cd\s+(?:\.\/)?(?:docs?|documentation|website|site|www|bench\w*|benchmarks?)\/?\s*(?:&&|;)/i;

export function notAStep(command: string): boolean {
  // (`RUSTFLAGS="-C target-cpu=native" cargo bench` is a benchmark run.)
  // (`cd rust-doc && make docs` is the docs build typed in its folder.)
  if (CD_ASIDE.test(command) || DATA_FILE_ALONE.test(command.trim())) return true;
  const trimmed = withoutAssignments(command.replace(LEADING_CD, ''));
  // `clj -M:dev:repl`, `lein repl`: an interactive session; `perl -pi -e 's/a/b/' file`, `sed -i`: an edit in place.
  if (/^(?:clj|clojure|lein|bb)\b[^|;&]{0,200}(?::repl\b|\srepl\b)|^(?:perl\s+-\w*i|sed\s+-i)\b/.test(trimmed)) return true;
  return notAStepByItsWords(trimmed) || buildsDocs(trimmed) || BENCHMARKS.test(trimmed) || BENCHMARK_OPTION.test(trimmed) || onlyStops(trimmed) || keepsRunning(trimmed) || LISTS_TESTS.test(trimmed) || LINKS_INTO_PROJECT.test(trimmed) || LISTS_TASKS.test(trimmed) || HELP.test(trimmed) || INSPECTS_BINARY.test(trimmed) || PRINTS_SETTING.test(trimmed) || onlyCleans(trimmed) || updatesExpected(trimmed) || SHIPS.test(trimmed) || OUTPUT_SENTENCE.test(trimmed) || REPORT_LINE.test(trimmed) || (OPENS_SESSION.test(trimmed) && !SWAPS_PROGRAM.test(trimmed));
}
