/**
 * What a command is for, from its own words: `npm test` tests, `cargo clippy` lints, `pip install -e .` sets up. A
 * wrapper (`uv run`, `bundle exec`) is read through to the command it runs; a file it is given says nothing.
 */
import type { CommandKind } from './commands';
import { scriptNamePhase } from './commandScriptName';
import { GIT_FETCHES_PARTS, GIT_HOOK_INSTALL, PYTHON_ENV, SETTING_EXPORT, SYSTEM_INSTALL, TOOL_PATH_EXPORT, WHITESPACE_CHECK, LEADING_CD, isCommand, toolOf } from './commandLine';

const TEST = /(^|[\s:/_-])(test|tests|testing|tdd|spec|specs|jest|pytest|vitest|mocha|rspec|e2e|ctest|coverage|cov|tox|nox|integration|unit|nextest|insta|snapshots?|doctests?|eunit|runtests?|bats|phpunit|simple-phpunit|pest|paratest|phpspec|behat|codecept|karma|protractor|nosetests|unittest|busted|gotestsum)(\b|[:_-]|$)|\bbin\/test\b/i;
// (`quicklint`, `golint`, `tflint`, `jsonlint`: a word that ends in "lint" names a linter or a lint task; `nolint` and the
// FLINT library do not.)
const LINT = /(^|[\s:/_-])((?!no)(?!flint\b)[a-z]{0,12}lint|lint-\w+|(?!health|pre)[a-z]{2,12}check|py(?:flakes|codestyle|docstyle)|flakes|pep8|bandit|eslint|fmt|format|prettier|clippy|vet|typecheck|type-check|tsc|rubocop|gofmt|flow|check|checks|check:\w+|style|hlint|yamllint|textlint|shellcheck|verify|fix|stylelint|black|ruff|mypy|spell\w*|golangci-lint|pre-commit|prek|rustfmt|validate|checkstyle\w*|spotless\w*|detekt|ktlint|dialy[sz]e|dialyzer|credo|phpstan|phpcs|phpcbf|php-cs-fixer|cs-fixer|phpmd|pint|ormolu|fourmolu|stylish-haskell|erlfmt|elvis|xref|scalafmt|scalafix|sqlfluff|dprint|taplo|isort|swiftlint|swiftformat|stylua|luacheck|clang-format|psalm|pylint|flake8|pyright|cppcheck|clang-tidy|staticcheck|markdownlint|codespell|typos|biome|oxlint|actionlint|hadolint|standardrb|sorbet|spotbugs\w*|pmd\w*|errorprone|scan-build|checkpatch|cspell|fantomas|alejandra|nixfmt|astyle|uncrustify|yapf|autopep8|gofumpt|goimports|shfmt|ocamlformat|eastwood|clj-kondo|cljfmt|kibit|zprint|cljstyle|perlcritic|perltidy|ameba|selene|vale|govulncheck)(\b|[:_-]|$)/i;
// `i` is npm's alias for install as a word of its own (`npm i`), not an option letter (`yapf -i`, in place).
// (Gradle's `assemble`, `assembleDebug` (read as words: `assemble Debug`): the build without the checks; `assembleRelease` is a release. `luarocks make`: the rock built from the checkout.)
const SETUP = /(^|[\s:/_-])(install|(?<!-)i|build|build:\w+|bootstrap|deps|setup|dev|watch|compile|prepare|init|sync|restore|configure|make(?=\s+--local\b)|(?<=\bluarocks\s(?:--?[\w-]+\s)*)make|assemble(?![\s_-]*release))(\b|[:_-]|$)/i;

/** The tool alone is the whole install/build step for these (`yarn`, `make`, `bundle`). */
const BARE_SETUP = /^(yarn|pnpm|npm\s+install|bun|make|vcbuild|\.\\vcbuild|bundle|mix\s+deps\.get|composer\s+install|poetry\s+install|go\s+build|cargo\s+build)$/;
/** `make -s`, `make -j8`, `make -j $(nproc)`: the default target with options for how it runs, still the build. */
const BARE_MAKE = /^g?make(?:\s+(?:-j\s*(?:\d{1,3}|\$\(\w{1,20}\)|`\w{1,20}`)|-[a-zA-Z]{1,4}))+$/;
/** A native build's configure step: CMake generating a build tree, autotools, Meson setup. Not `cmake --build` (that builds). */
// (`perl Makefile.PL`, `perl Build.PL`: a Perl distribution's configure step, which writes the Makefile.)
const CONFIGURE = /^(?:cmake(?!.*\s--(?:build|install)\b)\s+\S|(?:sh\s+|\.\/)?(?:configure|autogen\.sh|bootstrap\.sh)(?:\s|$)|autoreconf\b|meson\s+setup\b|perl\s+(?:Makefile|Build)\.PL\b)/;
/** Toolchain managers: whatever they are asked (`rustup default stable`, `nvm use`), they set up the machine. */
// (`corepack enable`: Node's own shim for the project's pinned pnpm or yarn.)
// (`chruby 3.2.2`, `n 20.11.0`, `ghcup install ghc`: the same for Ruby, Node and Haskell.)
export const TOOLCHAIN = /^(rustup|nvm|fnm|volta|asdf|mise|pyenv|rbenv|sdk|corepack|chruby|rvm|n|nodenv|goenv|jenv|juliaup|ghcup)$/;
/** Package managers, and their subcommands that fetch dependencies: `npm install --save-dev jest` is setup, not test. */
const PACKAGE_MANAGER = /^(npm|pnpm|yarn|bun|pip|pip3|pipx|pipenv|poetry|uv|pdm|hatch|rye|conda|mamba|gem|bundle|bundler|composer|cargo|dotnet|mix|pod|dart|flutter|deno|swift|cabal|opam)$/;
const FETCH_SUBCOMMAND = /^(install|i|add|ci|sync|get|deps\.get|restore|fetch)$/;

/** A subcommand that removes or unloads what a toolchain manager put in place. */
const REMOVES = /(?:^|\s)(?:uninstall|unload|remove|rm|deactivate|implode|unalias|disable)(?:\s|$)/;
const MAVEN_VERIFY = /^(?:\.\/)?(?:mvnw?|mvnw\.cmd)(?:\s+-{1,2}[\w.=:,-]{1,80})*(?:\s+clean)?\s+verify(?:\s+(?:-{1,2}[\w.=:,-]{1,80}|javadoc:\w+|site|package|install))*$/;
const JULIA_TEST = /^(?:using\s+Pkg;\s*)?Pkg\.test\(|^\]\s*test\b|^julia\b.{0,100}\s-e\s+["']?(?:using\s+Pkg;\s*)?Pkg\.test\(/;
const STRICT_BUILD = /^(?:stack|cabal|cargo|g?make|dune|go|dotnet|swift)\s+(?:\S+\s+){0,6}?(?:--pedantic\b|--flags?[=\s]+["']?[\w-]{0,40}:?pedantic\b|\S*-Werror\b)/;
const GENERATOR_CHECK = /(?:^|[\s/:_-])(?:generate[\w-]*|codegen[\w-]*|regen[\w-]*|gen)(?:\.\w{1,4})?\s(?:\S+\s+){0,6}?(?:--check|--verify|--dry-run|--mode[=\s]+(?:check|dry-run|verify))(?:\s|$)/;
/** A build tool's task named by a linter and a source set (`detektTest`, `ktlintMain`, `checkstyleTest`, `spotlessKotlinCheck`). */
const LINTER_TASK = /(?:^|\s|:)(?:detekt|ktlint|checkstyle|spotless|pmd|spotbugs|scalafmt|scalafix|javafmt|lint)[A-Z]\w*(?=\s|$)/;
/** A plain test task beside it (`./gradlew detektMain test`) makes the line a test run. */
const TEST_TASK_WORD = /(?:^|\s|:)(?:test|check|build|jvmTest|allTests)(?=\s|$)/;
/** make told where to read (`-C dir`, `-f file`, `--directory=dir`), with the target after it. */
// (`ninja -C build clang-format` too: ninja's `-C` names the build folder, the target says what the step is for.)
const MAKE_DIR_OPTION = /^((?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:g?make|ninja|samu))\s+(?:-[Cf]\s*\S+|--(?:directory|file|makefile)=\S+)(?=\s+\S)/;
const CHECK_ONLY_OPTION = /\s--?check(?=\s|$)/i;
const CONFIG_FROM_TEMPLATE = /^(?:cp|copy|Copy-Item)\s+(?:-\w{1,3}\s+)?\S{0,200}[._-](?:sample|example|dist|template|defaults?|tmpl)(?:\.\w{1,8})?\s+\S{1,200}$/;
const BUILD_FOLDER = /^mkdir\s+(?:-p\s+)?(?:_?build|out|cmake-build-\w{1,20}|build[-_]\w{1,20})\/?$/;
const HOOKS_TASK = /^\S{1,100}\s+(?:git[-_:]?)?hooks?(?:[-_:](?:install|setup))?$|^\S{1,100}\s+(?:install|setup)[-_:](?:git[-_:]?)?hooks?$/;
/**
 * Preparing the local database with the web framework's own command (`python manage.py migrate`, `php artisan
 * migrate`, `bin/rails db:migrate`, `mix ecto.setup`): every such framework's getting-started creates or migrates
 * the development database before the app or its tests can run.
 */
const DATABASE_SETUP = /^(?:(?:python[\d.]{0,4}\s+|\.\/)?manage\.py|(?:php\s+)?artisan)\s+migrate(?:\s+-{1,2}[\w=-]{1,30})*$|^(?:bundle\s+exec\s+)?(?:bin\/)?(?:rails|rake)\s+db:(?:create|migrate|setup|prepare|schema:load)(?:\s|$)|^mix\s+ecto\.(?:setup|create|migrate)$/;
/**
 * Starting the services a project's steps use in the background (`docker compose up -d`, `docker-compose up db -d`):
 * the database or broker the tests talk to is put in place first. A section on running the product in containers is
 * skipped before this is asked.
 */
// Detached only (`-d`, `--detach`): in the foreground the services hold the terminal until stopped, no step to wait for.
const SERVICES_UP = /^(?:sudo\s+)?(?:docker\s+compose|docker-compose|podman-compose)\s+(?:-f\s+\S{1,200}\s+)*up\s+(?:\S{1,100}\s+){0,4}?(?:-d|--detach)\b/;

/** A command run inside the development machine (`vagrant ssh -c "make test"`): that command is the step. */
const VM_COMMAND = /^vagrant\s+ssh\s+(?:\S+\s+)?(?:-c|--command)\s+["']([^"']{1,500})["']\s*$/;

/** Bringing up or entering the project's development machine (`vagrant up`, `vagrant ssh`): the place the steps run in. */
// (Not `vagrant ssh -c "make test"`: a command run in it is that command, classified below.)
const VM_UP = /^vagrant\s+(?:up|ssh|provision|reload)(?![^|;&]*\s(?:-c|--command)\s)(?:\s|$)/;

/**
 * An ecosystem's own way to fetch a project's dependencies, spelled without a generic install subcommand: Perl's
 * `cpanm --installdeps .` / `cpanm Module` / `cpan Module`, Carthage's `carthage update|bootstrap|checkout`, `go mod
 * download`, `swift package resolve`, Julia's `Pkg.instantiate()`, `conda env update -f environment.yml`, Maven's
 * `mvn dependency:go-offline`. Each only puts the libraries the build needs in place.
 */
const FETCHES_DEPENDENCIES = /^(?:sudo\s+)?(?:cpanm\s+\S|cpan\s+[A-Z]\w*(?:::\w+)*(?:\s|$)|carthage\s+(?:update|bootstrap|checkout)\b|go\s+mod\s+download\b|swift\s+package\s+resolve\b|(?:conda|mamba|micromamba)\s+env\s+update\b|(?:\.\/)?mvnw?\s+(?:-\S+\s+)*dependency:(?:go-offline|resolve)\b)|\bPkg\.instantiate\(\)/;

/**
 * Lines that set up the checkout by their own words though no tool Onramp knows runs them (`cp .env.example .env`,
 * `mkdir build`): a code block's reader takes them as commands.
 */
export const setsUpByOwnWords = (command: string): boolean => command.length <= 400 && (CONFIG_FROM_TEMPLATE.test(command) || BUILD_FOLDER.test(command));

const HOOK_LINK = /^ln\s+(?:-\w{1,4}\s+){1,3}\S{1,300}\s+"?(?:\S{0,300}\/)?\.git\/hooks(?:\/[\w-]{1,40}|\/)?"?$/;
const R_CHECK = /^(?:R|Rscript\s+-e\s+\S*)\s*CMD\s+check\b|^R\s+CMD\s+check\b|^(?:devtools::)?check\(\)$/;

/** Answers of `classify`, which is pure: a guide names the same command many times. Bounded, cleared when full. */
const classified = new Map<string, CommandKind | null>();

export function classify(command: string): CommandKind | undefined {
  let kind = classified.get(command);
  if (kind === undefined) {
    if (classified.size >= 4096) classified.clear();
    classified.set(command, (kind = classifyAnew(command) ?? null));
  }
  return kind ?? undefined;
}

export const HOOK_MAINTENANCE = /^(?:(?:uvx?|pipx\s+run|poetry\s+run|pdm\s+run|hatch\s+run|npx|pnpm\s+exec|yarn|bunx)\s+)?(?:pre-commit|prek|lefthook|husky)\s+(?:uninstall|autoupdate|clean|gc|migrate-config)\b/;

/** A Windows script by a relative backslash path (`script\test.bat`, `tools\scripts\build.cmd`): the twin of its `/` path. */
const WINDOWS_SCRIPT = /^(?:\.\\)?(?:[\w.-]{1,60}\\){1,6}[\w.-]{1,60}\.(?:bat|cmd|ps1)(?=\s|$)/i;

function classifyAnew(command: string): CommandKind | undefined {
  const inVm = VM_COMMAND.exec(command);
  if (inVm) return classify(inVm[1]);
  // `cd scripts; ./install_astyle.sh`, `cd web && npm ci`: the step is what is typed in the folder (a `;` is often
  // typed right after the folder's name).
  const inFolder = LEADING_CD.exec(command);
  const typedThere = inFolder ? command.slice(inFolder[0].length) : '';
  if (typedThere !== '' && !/^cd\s/.test(typedThere)) return classify(typedThere);
  const windows = WINDOWS_SCRIPT.exec(command);
  if (windows) return classify(windows[0].replace(/\\/g, '/') + command.slice(windows[0].length));
  // `./composer.phar update`, `php composer.phar install`: Composer downloaded into the checkout is Composer.
  if (LOCAL_COMPOSER.test(command)) return classify(command.replace(LOCAL_COMPOSER, 'composer'));
  // `./zig/zig build test`, `bin/rails test`, `./tools/go/bin/go vet ./...`: a toolchain the project keeps in the
  // checkout, called by its path, is that toolchain.
  const vendored = VENDORED_TOOL.exec(command);
  if (vendored) return classify(vendored[1] + command.slice(vendored[0].length));
  // `make -C build check`, `make -f ci.mk lint`: the folder or makefile make reads is no target; the target says.
  // (A test folder says the phase itself: `make -C tests/fuzz run` tests, read below.)
  const makeDir = MAKE_DIR_OPTION.exec(command);
  if (makeDir && !/(?:^|[\s=/])(?:tests?|specs?|e2e|testing)(?:\/|\s|$)/.test(makeDir[0])) return classify(command.replace(MAKE_DIR_OPTION, '$1'));
  // `pre-commit uninstall`, `pre-commit autoupdate`, `pre-commit clean`: removing or maintaining the hooks checks nothing.
  if (HOOK_MAINTENANCE.test(command.trim())) return undefined;
  const words = command.split(/\s+/);
  const tool = toolOf(command) ?? '';
  const rest = command.slice(command.indexOf(tool) + tool.length);
  if (BARE_SETUP.test(command.trim()) || BARE_MAKE.test(command.trim()) || SYSTEM_INSTALL.test(command) || PYTHON_ENV.test(command) || GIT_FETCHES_PARTS.test(command) || TOOL_PATH_EXPORT.test(command) || SETTING_EXPORT.test(command) || GIT_HOOK_INSTALL.test(command) || PUB_ACTIVATE.test(command)) return 'setup';
  // `ln -s ../../scripts/pre-commit .git/hooks/`: linking a hook into place installs it, like copying it there.
  if (HOOK_LINK.test(command)) return 'setup';
  // `cp .env.example .env`, `cp config.sample.json config.json`: making the local config from the template the
  // checkout ships; `mkdir build`: the build folder a CMake-style build is configured in.
  if (CONFIG_FROM_TEMPLATE.test(command) || BUILD_FOLDER.test(command)) return 'setup';
  // `python manage.py migrate`, `docker compose up -d`: the database and services the steps need are put in place.
  if (DATABASE_SETUP.test(command) || SERVICES_UP.test(command) || FETCHES_DEPENDENCIES.test(command) || VM_UP.test(command)) return 'setup';
  // `bin/rake git_hooks`, `make hooks`: a task named for the git hooks puts them in place.
  if (HOOKS_TASK.test(command)) return 'setup';
  // `R CMD check pkg.tar.gz`, `devtools::check()`: R's package check runs the package's tests and examples; it is
  // how an R project runs its test suite, not a linter.
  if (R_CHECK.test(command)) return 'test';
  // `Pkg.test("Name")`, `] test`: Julia's package manager runs a package's test suite.
  if (JULIA_TEST.test(command)) return 'test';
  // `stack build --pedantic`, `cabal build --flag pedantic`, `make CFLAGS=-Werror`: a build asked to fail on every
  // warning checks the code the way CI does; it is a lint step, not the build that sets up.
  if (STRICT_BUILD.test(command)) return 'lint';
  // `cargo dev generate-all --mode dry-run`, `./gen.sh --check`: a generator asked only to compare what it would
  // write with what is checked in verifies the generated files are current, the way CI does.
  if (GENERATOR_CHECK.test(command)) return 'lint';
  // `pwsh tools/snapshot.ps1 -Check`, `b4 prep --check`, `git diff --check`: a standalone check option asks a tool to
  // report what it would change and fail, not to change it or to run anything else; whatever the tool's name says
  // (a snapshot, a doc generator), the line checks.
  if (CHECK_ONLY_OPTION.test(command)) return 'lint';
  // `mvn clean verify`, `./mvnw verify javadoc:jar`: Maven's `verify` phase runs the whole lifecycle up to it, the
  // unit and integration tests included; a plugin goal after it (`spotless:check`) still says what it is for.
  if (MAVEN_VERIFY.test(command)) return 'test';
  if (WHITESPACE_CHECK.test(command)) return 'lint';
  // Configuring a native build (`cmake ..`, `./configure`, `sh autogen.sh`, `meson setup build`) prepares the checkout.
  if (CONFIGURE.test(command.trim())) return 'setup';
  // `npm t` is npm's own alias for `npm test`; `npm start` runs the project locally.
  if (/^(npm|pnpm|yarn|bun)\s+t$/.test(command.trim())) return 'test';
  if (/^(npm|pnpm|yarn|bun)\s+(?:run\s+)?start$/.test(command.trim())) return 'setup';
  // `pnpm build && pnpm test:ui`: the last step is what the line is for; the ones before prepare it.
  const parts = command.split(/\s(?:&&|;)\s/);
  if (parts.length > 1 && parts.length <= 8) {
    for (let k = parts.length - 1; k >= 0; k--) {
      const kind = isCommand(parts[k].trim()) ? classify(parts[k].trim()) : undefined;
      if (kind) return kind;
    }
    return undefined;
  }
  if (fetchesDependencies(tool, rest)) return 'setup';
  // `stack build --exec stack-integration-test`, `nodemon --exec "npm test"`: what the step runs at its end says what it is for.
  const executed = EXEC_OPTION.exec(rest)?.[1];
  const executedKind = executed === undefined ? undefined : classify(executed.trim());
  if (executedKind !== undefined) return executedKind;
  if (/^(tox|nox)$/.test(tool)) return toxEnvironment(rest);
  // `dune build @runtest`, `dune build @fmt`: the alias built says what the step is for.
  // Several aliases at once (`dune build @install @runtest @fmt`, the run before sending): the tests among them make it
  // the test step, as `make all check` is.
  const alias = DUNE_ALIAS.exec(command)?.[1];
  if (alias !== undefined) {
    // (An alias named for a test run, `@citest`, `@mediatest`, is one too.)
    const kinds = [...command.matchAll(/\s@@?(\w{1,40})\b/g)].map((m) => (/tests?$/i.test(m[1]) ? 'test' : classify(`dune ${m[1]}`)));
    return kinds.includes('test') ? 'test' : (classify(`dune ${alias}`) ?? 'setup');
  }
  // `zig build test`, `zig build fmt`: Zig's build runner is given the name of a step its build script declares;
  // that step says what the run is for. Zig's own steps `install` (the default) and `run` build; a step the project
  // made up that names no phase (`zig build update-translations`) says nothing by itself.
  const step = ZIG_STEP.exec(command)?.[1];
  if (step !== undefined) return classify(`zig ${step}`) ?? (/^(?:run|install)$/.test(step) ? 'setup' : undefined);
  // `nix-shell --run "make test"`, `nix develop --command cargo test`: a dev shell asked to run one command is that
  // command; entered or enabled without one (`nix develop`, `poetry shell`, `cachix use x`), it is setup.
  const inShell = command.length <= 2000 ? SHELL_RUNS.exec(command)?.[1] : undefined;
  // The shell is only how the command runs: when the command says nothing (`nix develop -c alejandra .` under a
  // formatting heading), neither does the line, and the guide around it decides.
  if (inShell !== undefined) return classify(inShell.trim());
  if (DEV_ENVIRONMENT.test(command)) return 'setup';
  // A wrapper (`uv run`, `poetry run`, `npx`, `bundle exec`) runs another tool: that tool decides.
  const inner = wrappedCommand(tool, rest);
  if (inner !== undefined) return classify(inner);
  // The tool and its subcommand first (`cargo clippy … --tests` lints); the other arguments only when they say nothing.
  // `hooks/format.sh install`: installing is setup, whatever the tool's own name says.
  if (/^(?:install|setup)$/.test(subcommandOf(tool, rest) ?? '')) return 'setup';
  // `make install-biome`, `npm run setup:lint`, `just bootstrap-tools`: a task whose name opens with a verb of setting
  // up puts tools in place; the tool or phase after the verb says what for, not what the step does.
  if (SETUP_VERB_TASK.test(subcommandOf(tool, rest) ?? '')) return 'setup';
  // `./gradlew generateDefaultLinterConfig`, `make generate-test-fixtures`: a task named verb first for generating
  // writes files; the tool or phase after the verb names what it writes, not a run of it. Its own words give no
  // phase (a `--check` run of a generator is asked above); the guide around it decides.
  const task = subcommandOf(tool, rest) ?? '';
  if (GENERATE_VERB_TASK.test(task)) return ENDS_CHECKING.test(task) ? 'lint' : undefined;
  // `build.cmd -test`, `./build.sh --lint`: a project's build script asked by an option for another phase.
  if (BUILD_SCRIPT.test(tool)) {
    const asked = PHASE_OPTION.exec(rest)?.[1];
    if (asked !== undefined) return TEST.test(asked) ? 'test' : 'lint';
  }
  // A suite runner given a task (`python runtests.py lint`): the task says what the step is for.
  const runnerTask = INTERPRETER.test(tool) ? RUNNER_TASK.exec(rest)?.[1] : undefined;
  if (runnerTask !== undefined && LINT.test(runnerTask)) return 'lint';
  // A project's command script given a subcommand (`python manage.py test`, `php artisan test`, `python setup.py
  // test`): the subcommand says what the step is for, the script's own name does not.
  const scriptTask = INTERPRETER.test(tool) ? SCRIPT_TASK.exec(rest)?.[1] : /^(?:\.\/)?setup\.py$/.test(tool) ? /^\s*([\w:-]{1,40})/.exec(rest)?.[1] : undefined;
  if (scriptTask !== undefined && /^tests?$/i.test(scriptTask)) return 'test';
  // `python setup.py nosetests`, `python setup.py flake8`: setuptools runs the command it is given; `sdist` and
  // `bdist_wheel` build a release, no step of a checkout.
  if (scriptTask !== undefined && /(?:^|[\s/])setup\.py\s/.test(command)) {
    if (/^(?:sdist|bdist\w*|upload|register)$/.test(scriptTask)) return undefined;
    if (TEST.test(scriptTask)) return 'test';
    if (LINT.test(scriptTask)) return 'lint';
  }
  // A test runner is given what to run (`pytest -q mypy`, `jest lint-rules`): the tool says what the step is for.
  if (TEST_RUNNER.test(tool)) return 'test';
  // `make build test`, `rake compile test`: a task runner given several tasks runs the tests last when one of them is
  // the tests, as `make all check` is the test step (the build before them is part of the run).
  if (TASK_RUNNER_MANY.test(tool)) {
    const tasks = (rest.split(/[|&;<>]/)[0] ?? '').trim().split(/\s+/).filter((w) => /^[a-z][\w:-]{0,40}$/i.test(w));
    if (tasks.length >= 2 && tasks.some((t) => /^(?:test|tests|check|spec|specs)$/i.test(t) || /^(?:test|spec)[:_-]/i.test(t))) return 'test';
  }
  // `crystal tool format spec src`, `go tool vet`: "tool" is a namespace; the word after it is the subcommand.
  const first = subcommandOf(tool, rest);
  const subcommand = first === 'tool' ? subcommandOf(tool, rest.replace(/^\s*(?:-\S+\s+)*tool\b/, '')) ?? first : first;
  // A project's own program with a subcommand (`./dev-utils local-pr-precheck`): "dev" in its name says nothing.
  const head = `${subcommand !== undefined && tool.includes('/') ? tool.replace(DEV_IN_NAME, '$1') : tool} ${subcommand ?? ''}`;
  // `./tools/run-formatter.sh src src-testing`, `python3 fix_includes_test.py`, `./install_astyle.sh`: a script the
  // project wrote is named for what it does; its name says the phase before the files it is given or a tool it mentions.
  const script = INTERPRETER.test(tool) ? (subcommand ?? '') : tool;
  const byName = scriptNamePhase(script, script === tool ? rest : rest.slice(rest.indexOf(script) + script.length));
  if (byName !== undefined) return byName;
  for (const [pattern, kind] of ORDERED) if (pattern.test(head)) return kind;
  // A file the tool is given (`bin/puma test/rackup/hello.ru`) names what it works on, not what the step is for.
  // A file an interpreter or a `run` subcommand runs (`node scripts/test.js`, `go run script/build.go`) is the program.
  // An option's name says how (`--build-depends=QuickCheck`), its value may say what (`--with-ghc=doctest`).
  // The program's own arguments are files it works on (`ruby -Ilib bin/puma test/rackup/hello.ru`): their folders say nothing.
  // A task in camel case (`build.fsx -p FormatAll`, `gradlew jvmTest`) is read word by word.
  // `./gradlew detektMain detektTest`, `ktlintTest`: a linter's task for a source set is the linter, whatever the
  // set is called (read word by word, `detektTest` would say "test").
  if (LINTER_TASK.test(rest) && !TEST_TASK_WORD.test(rest)) return 'lint';
  const said = splitCamelCase((INTERPRETER.test(tool) || /^\s*run\s/.test(rest) ? programThenFiles(rest) : withoutFileArguments(rest)).replace(OPTION_NAME, '$1'));
  if (TEST.test(said)) return 'test';
  if (LINT.test(said) || ANALYZER.test(command)) return 'lint';
  // `nvm unload`, `rustup toolchain uninstall x`, `pyenv uninstall 3.8`: taking a toolchain away sets nothing up.
  if (TOOLCHAIN.test(tool) && REMOVES.test(rest)) return undefined;
  if (SETUP.test(said) || TOOLCHAIN.test(tool) || (words.length === 1 && /^(make|yarn|pnpm|bun)$/.test(tool))) return 'setup';
  return undefined;
}

/**
 * "analyze" is a lint from a toolchain's analyzer (`flutter analyze`, `dart analyze`, `xcodebuild analyze`,
 * `phpstan analyse`) or with words of static analysis beside it (`analyze:code`, `static-analyze`); alone
 * (`npm run analyze`) it more often opens a bundle size report.
 */
const ANALYZER = /(?:^|[\s/])(?:flutter|dart|xcodebuild|phpstan|\S*tool)\s+analy[sz]e\b|\b(?:static|code|lint|types?)[-_:]?analy[sz]\w*|\banaly[sz]e[-_:](?:code|lint|static|types?)\b/i;

/** A script named for running the tests, followed by what it is asked to run. */
const RUNNER_TASK = /^\s*(?:\S{0,100}\/)?(?:run[-_]?tests?|runtests?)\.\w{1,4}\s+([\w:-]{1,40})(?:\s|$)/i;
const SCRIPT_TASK = /^\s*(?:\S{0,100}\/)?(?:manage\.py|artisan|setup\.py)\s+([\w:-]{1,40})(?:\s|$)/i;
/** Tools that only run tests, whatever they are given. */
// `prove` is Perl's standard test harness (`prove -lr t/`), the way Perl projects run their `t/` suite.
const TEST_RUNNER = /^(?:pytest|py\.test|jest|vitest|mocha|rspec|phpunit|nosetests|ctest|karma|busted|prove|(?:\S{0,100}\/)?bats)$/;
const DEV_IN_NAME = /(^|[-_/.])dev(?=[-_/.]|$)/g;
/**
 * `FormatAll` → `Format All`, `jvmTest` → `jvm Test`; `iOS` and `macOS` stay whole, and so does an option
 * (`-DskipTests` skips the tests, it does not run them).
 */
const splitCamelCase = (text: string): string => (/[a-z][A-Z][a-z]/.test(text) ? text.replace(/(^|\s)([^\s-][^\s]{0,200})/g, (word) => word.replace(/([a-z])(?=[A-Z][a-z])/g, '$1 ')) : text);

/**
 * The arguments with the folders of file paths left out (`test/rackup/hello.ru` → `hello.ru`): a file's folder says
 * where it is, its own name (`./build.psm1`) may say what it is for.
 */
const withoutFileArguments = (rest: string): string => {
  const words = rest.replace(WORKING_FOLDER, (whole: string, option: string, folder: string) => (TEST_TREE.test(folder) && !TEST_CONTENT.test(folder) ? whole : `${option}${folder.slice(folder.lastIndexOf('/') + 1)}`)).split(' ');
  // Folders a tool is pointed at side by side (`dotnet fantomas src/ test/`) name where it works, not what the step
  // is for; one folder alone (`make -C tests/`, `./run.sh tests/`) is the part of the project the step runs.
  const folders = words.filter((w) => FOLDER_ARGUMENT.test(w)).length >= 2;
  return words.map((w) => (FILE_PATH.test(w) ? w.slice(w.lastIndexOf('/') + 1) : folders && FOLDER_ARGUMENT.test(w) ? '' : w)).join(' ');
};
/**
 * The folder a runner is told to work in (`make -C deps/app ct-suite`, `npm test --prefix packages/core`, `ninja
 * -C out/build`): its leading folders say where the part lives (`deps/`, `packages/`), its last one which part the
 * step runs; `deps` there is no fetching of dependencies. A folder in the test tree keeps its whole path (`make -C
 * tests/`, `make -C tests/fuzz run`): the tests are what it runs.
 */
const WORKING_FOLDER = /(\s(?:-C|--directory|--dir|--prefix|--cwd)[=\s]+)((?:\.\/)?(?:[\w.-]{1,60}\/){1,8}[\w.-]{1,60})(?=\/?(?:\s|$))/g;
const TEST_TREE = /(?:^|\/)(?:tests?|specs?|testing|testsuite)(?:\/|$)/i;
/**
 * A folder of the test tree that holds what the tests use, not tests (`make -C test/tools`, `make -C tests/fixtures`):
 * building there puts tools or data in place; its last folder is all that is read, as for other folders.
 */
const TEST_CONTENT = /\/(?:tools|fixtures|testdata|data|golden|assets|resources|deps|vendor|helpers|utils)\/?$/i;
/** An interpreter's or `run`'s arguments: the program in full (`scripts/test.js`), then what it is given without folders. */
function programThenFiles(rest: string): string {
  const words = rest.split(' ');
  const next = (from: number): number => words.findIndex((w, k) => k >= from && w !== '' && !w.startsWith('-'));
  let at = next(0);
  // `go run script/build.go`: after `run`, the next word is the program.
  if (at >= 0 && words[at] === 'run') at = next(at + 1);
  return at < 0 ? rest : `${words.slice(0, at + 1).join(' ')} ${withoutFileArguments(words.slice(at + 1).join(' '))}`;
}
const OPTION_NAME = /(^|\s)--?[A-Za-z][\w-]{0,60}=/g;
/** A folder argument written with its trailing slash: `src/`, `./test/`, `lib/core/`. */
const FOLDER_ARGUMENT = /^(?:\.\/)?(?:[\w.-]{1,100}\/){1,10}$/;
const FILE_PATH = /^[^\s=]{0,200}\/[^\s/]{0,100}\.[A-Za-z]\w{0,7}$/;

const BUILD_SCRIPT = /^(?:\.{0,2}[\\/])?(?:[\w.-]{1,40}[\\/]){0,3}build(?:\.(?:sh|cmd|bat|ps1|py))?$/i;
const PHASE_OPTION = /(?:^|\s)-{1,2}(tests?|lint|format|check)(?=\s|$)/i;
const EXEC_OPTION = /\s--exec[=\s]+["']?([^"'\s][^"']{0,200})/;
const LOCAL_COMPOSER = /^(?:php\s+)?(?:\.\/)?composer\.phar(?=\s|$)/;
/** Commands that enter or enable a development environment: a shell with the project's tools, a binary cache, shims. */
/** A dev shell given one command to run: `nix-shell --run X`, `nix develop -c X`. */
const SHELL_RUNS = /^(?:nix-shell\b[^\n]{0,200}?\s--(?:run|command)|nix\s+develop\b[^\n]{0,200}?\s(?:-c|--command))[=\s]+["']?([^"'\s][^"']{0,200})/;
const DEV_ENVIRONMENT = /^(?:nix\s+develop|nix-shell|(?:poetry|pipenv|hatch|devbox)\s+shell|cachix\s+use|direnv\s+allow)(?:\s|$)/;
/** A known toolchain by a relative path (`./zig/zig`, `bin/rails`), given a subcommand. */
const VENDORED_TOOL = /^(?:\.\/)?(?:[\w.-]{1,40}\/){1,4}(zig|go|cargo|dotnet|deno|bun|rails|rake|bundle|mix|flutter|dart)(?=\s+[a-z])/;
/** `dart pub global activate melos`: Dart's way of installing a tool for the machine. */
const PUB_ACTIVATE = /^(?:dart|flutter)\s+pub\s+global\s+activate\s+\S/;
/** A Zig build step: `zig build test`, `zig build -Doptimize=ReleaseFast run`. */
const ZIG_STEP = /^zig\s+build\s+(?:-\S+\s+)*([a-z][\w-]{0,40})(?:\s|$)/;
/** A task named verb first for setting up: `install-biome`, `install_deps`, `setup:lint`, `bootstrap-tools`. */
const SETUP_VERB_TASK = /^(?:install|setup|bootstrap)[-_:][a-z]/i;
/** A task named verb first for generating: `generate-docs`, `gen:types`, `regenerateFixtures`, `generateDefaultConfig`. */
const GENERATE_VERB_TASK = /^(?:re)?gen(?:erate)?(?:[-_:][a-z]|[A-Z])/;
/**
 * Such a name that ends by checking (`generate-check`, `gen:verify`, `generateCheck`) compares the generated files with
 * what is checked in, like a generator's `--check` run: a check, as CI runs it.
 */
const ENDS_CHECKING = /(?:[-_:](?:check|verify)|[a-z](?:Check|Verify))$/;
/** Task runners whose arguments are task names, several at once (`make build test`, `rake compile test`). */
const TASK_RUNNER_MANY = /^(?:make|gmake|rake|just)$/;
const DUNE_ALIAS = /^(?:\.\/)?dune(?:\.exe)?\s+build\s+(?:-\S+\s+)*@@?(\w{1,40})/;

const ORDERED: readonly [RegExp, CommandKind][] = [
  [LINT, 'lint'],
  [TEST, 'test'],
  [SETUP, 'setup'],
];

/** Tools that run another command given after a subcommand or alone: `uv run X`, `npx X`, `bundle exec X`. */
const WRAPPER = /^(?:(?:uv|poetry|pipenv|hatch|pdm|rye|pixi)\s+run|opam\s+exec|(?:pnpm|yarn|bundle|bundler)\s+(?:exec|dlx)|uvx|npx|bunx|pipx\s+run)$/;

/** The command a wrapper runs: from the first word after the wrapper that is not an option or an option's value. */
function wrappedCommand(tool: string, rest: string): string | undefined {
  const words = rest.trim().split(/\s+/).filter((w) => w !== '');
  let k = 0;
  if (!WRAPPER.test(tool)) {
    if (words.length === 0 || !WRAPPER.test(`${tool} ${words[0]}`)) return undefined;
    k = 1;
  }
  // The inner command is the first word that names a tool Onramp knows; options and their values come before it.
  for (let j = k; j < words.length && j < k + 8; j++) {
    if (words[j].startsWith('-')) continue;
    if (isCommand(words.slice(j).join(' ')) || LINT.test(words[j]) || TEST.test(words[j])) return words.slice(j).join(' ');
  }
  return undefined;
}

const INTERPRETER = /^(?:node|deno|bun|python[\d.]{0,4}|ruby|php|perl|sh|bash|zsh|pwsh|powershell)$/;

/** The subcommand: the first word after the tool that is not an option or a `+toolchain`. */
function subcommandOf(tool: string, rest: string): string | undefined {
  const words = rest
    .trim()
    .split(/\s+/)
    // A path (`rspec spec/cop/style/x_spec.rb`) is what the tool works on, not a subcommand: its folders say
    // nothing. For an interpreter (`node scripts/sync.cjs`) the script is the program, and its name says what it does.
    .filter((w) => w !== '' && !w.startsWith('-') && !w.startsWith('+') && (INTERPRETER.test(tool) || !w.includes('/')));
  // `npm run lint`: the script is the subcommand.
  return /^(npm|pnpm|yarn|bun)$/.test(tool) && words[0] === 'run' ? words[1] : words[0];
}

/** `npm install …`, `pip install …`, `python -m pip install …`, `uv pip install`, `rustup component add …`, `pre-commit install`. */
function fetchesDependencies(tool: string, rest: string): boolean {
  const args = rest.trim().split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
  let manager = tool;
  let k = 0;
  // `python -m pip install`, `uv pip install`, `poetry run pip install`: the package manager is further in.
  while (k < args.length - 1 && k < 3 && /^(pip|pip3|run|exec|tool|component|target|toolchain|pub)$/.test(args[k])) {
    if (/^(pip|pip3)$/.test(args[k])) manager = args[k];
    k++;
  }
  if (TOOLCHAIN.test(tool) || tool === 'pre-commit' || tool === 'prek') return FETCH_SUBCOMMAND.test(args[k] ?? '');
  // `composer update`: a project without a lock file fetches its dependencies by updating.
  // `cabal update`, `opam update`: fetching the package index comes before building.
  if (/^(composer|cabal|opam)$/.test(manager) && args[k] === 'update') return true;
  // `opam switch create . 5.1.0 --deps-only --with-test`: a local switch with the dependencies, the tests' included.
  if (manager === 'opam' && args[k] === 'switch' && args[k + 1] === 'create') return true;
  // `ci` is npm's own clean install; `npm run ci`, `yarn ci`, `pnpm run ci` run a script the project named for its CI.
  if (args[k] === 'ci' && (k > 0 || !/^npm$/.test(manager))) return false;
  return (PACKAGE_MANAGER.test(manager) || /^python3?$/.test(tool)) && FETCH_SUBCOMMAND.test(args[k] ?? '');
}

/** `tox -e lint` lints, `tox -e py312` tests, plain `tox` runs the test environments. */
function toxEnvironment(rest: string): CommandKind | undefined {
  // `tox devenv -e py312 .venv`: tox making the development environment, whatever environment it copies.
  if (/^\s*devenv\b/.test(rest)) return 'setup';
  // (Short flags joined before the session's: nox's `-rs lint` is `-r -s lint`.)
  // (`tox -elint`, `tox -epy312`: the environment glued to its option.)
  const env = /(?:^|\s)(?:-[a-zA-Z]?e|--env|-[a-zA-Z]?s|--session(?:s)?)(?:\s+|=)([\w.,-]{1,80})/.exec(rest)?.[1] ?? /(?:^|\s)-e([a-z][\w.,-]{1,80})(?:\s|$)/.exec(rest)?.[1];
  if (!env) return 'test';
  if (LINT.test(env) || /(^|[,_-])(style|flake8|pylint|pre-commit|typing|types|pep8|pycodestyle|codespell|bandit)($|[,_-])/i.test(env)) return 'lint';
  if (TEST.test(env) || /(^|[,_-])py\d*($|[,_-])|(^|[,_-])pypy/i.test(env)) return 'test';
  if (SETUP.test(env)) return 'setup';
  return undefined;
}
