import { isSpace } from '../../text/whitespace';
import { consoleCallKind } from './commandsConsole';
/**
 * Recognising a command a newcomer types, in a line of a code block or a code span: prompts and trailing
 * comments removed, and only lines that start with a known developer tool (after `VAR=value` assignments).
 */

const TOOLS = new Set([
  // (buck2, xmake: build systems; paratest, phpspec: PHP test runners.)
  'buck2', 'xmake', 'paratest', 'phpspec',
  // (conan, vcpkg: C and C++ package managers; juliaup, carton, spago: other ecosystems' installers and builds.)
  'conan', 'vcpkg', 'juliaup', 'carton', 'spago',
  'npm', 'pnpm', 'yarn', 'npx', 'bun', 'bunx', 'corepack', 'nvm', 'volta', 'make', 'gmake', 'go', 'cargo', 'rustup', 'rustc', 'python', 'python3', 'pip', 'pip3',
  'pipx', 'poetry', 'uv', 'uvx', 'pdm', 'hatch', 'tox', 'nox', 'pytest', 'pre-commit', 'bundle', 'bundler', 'rake', 'rails', 'gem', 'mix', 'elixir', 'iex', 'gradle',
  './gradlew', 'gradlew', 'gradlew.bat', 'mvn', './mvnw', 'mvnw', 'mvnw.cmd', 'dotnet', 'msbuild', 'composer', 'php', 'phpunit', 'ruby', 'rspec', 'node', 'deno', 'just', 'task', 'cmake',
  'ctest', 'ninja', 'meson', 'bazel', 'bazelisk', 'grunt', 'gulp', 'jest', 'vitest', 'mocha', 'playwright', 'cypress', 'tsc', 'eslint', 'prettier', 'rubocop',
  'gofmt', 'rustfmt', 'prek', 'golangci-lint', 'swift', 'xcodebuild', 'pod', 'flutter', 'dart', 'sbt', 'lein', 'stack', 'cabal', 'nix', 'docker', 'docker-compose', 'podman',
  'sh', 'bash', 'zsh', 'pwsh', 'turbo', 'nx', 'lerna', 'rye', 'hatch', 'conda', 'mamba', 'sphinx-build', 'mkdocs', 'ant', 'scons', 'autoreconf', 'meteor',
  // Task runners and project tools that name a project's own tasks (`nr test`, `mage check`, `just fix`).
  'nr', 'ni', 'mage', 'go-task', 'earthly', 'hlint', 'yamllint', 'textlint', 'shellcheck', 'ghcup', 'opam', 'dune', 'zig', 'vcbuild', 'rebar3', 'erl', 'x.py',
  'ruff', 'black', 'mypy', 'flake8', 'pylint', 'isort', 'clang-format', 'stylua', 'luacheck', 'ktlint', 'swiftlint', 'swiftformat', 'buf', 'pnpx', 'ng',
  // Environment and toolchain managers, and formatters and linters of other ecosystems (Haskell, Erlang, Scala, SQL).
  'pipenv', 'mise', 'asdf', 'fnm', 'pyenv', 'rbenv', 'ormolu', 'fourmolu', 'stylish-haskell', 'erlfmt', 'scalafmt', 'sqlfluff', 'dprint', 'taplo',
  // Compilers and runtimes a guide asks for by version (`java -version`, `gcc --version`).
  'java', 'javac', 'gcc', 'g++', 'clang', 'clang++', 'julia', 'R', 'Rscript',
  // Monorepo and project task runners of other ecosystems (`melos run test`, `spin test`, `pants test ::`, `rush build`).
  'melos', 'spin', 'pants', 'moon', 'rush', 'invoke',
  // Development environments and test runners of other ecosystems (`nix-shell`, `cachix use x`, `karma start`).
  'nix-shell', 'cachix', 'direnv', 'devbox', 'karma', 'protractor', 'nosetests', 'behat', 'codecept',
  // Clojure's CLI and linters, Perl's toolchain, and C/C++ checkers by their usual names.
  'clojure', 'clj', 'clj-kondo', 'cljfmt', 'perl', 'cpanm', 'cpan', 'dzil', 'prove', 'perlcritic', 'perltidy', 'clang-tidy', 'run-clang-tidy', 'cppcheck',
]);

/**
 * Build tools and checkers of the smaller ecosystems (D, Crystal, Nim, Gleam, Racket, Elm, Lua, PHP, Go, JS) and the
 * linters every ecosystem shares. Their names are also words ("crystal", "elm", "typos", "vale") that a layout block,
 * a theme list or a reviewers' table holds: a line counts only in a command's shape, a known subcommand after the
 * tool (`dub test`, `shards install`) or, for a tool without subcommands, arguments that are flags, paths or one
 * word (`selene src`, `hadolint Dockerfile`).
 */
const SMALL_TOOLS = new Map<string, RegExp | null>([
  // (gn and gclient: Chromium's build generator and its depot_tools checkout manager.)
  ['gn', /^(?:gen|args|check|format|clean)$/], ['gclient', /^(?:sync|runhooks|config)$/],
  ['dub', /^(?:build|test|run|lint|fetch|upgrade|describe)$/], ['crystal', /^(?:spec|build|tool|run|deps|docs|eval)$/], ['shards', /^(?:install|update|build|check|prune)$/],
  ['nimble', /^(?:test|build|install|check|develop|refresh)$/], ['gleam', /^(?:test|build|format|check|run|deps|fix)$/], ['raco', /^(?:test|make|pkg|setup)$/],
  ['elm', /^(?:make|install|format|reactor)$/], ['luarocks', /^(?:install|make|build|test|lint|init)$/], ['phpstan', /^(?:analyse|analyze)$/],
  ['php-cs-fixer', /^(?:fix|check)$/], ['biome', /^(?:check|lint|format|ci)$/], ['swift-format', /^(?:lint|format)$/], ['scala-cli', /^(?:test|compile|run|fmt|setup-ide)$/],
  ['elm-test', null], ['ameba', null], ['busted', null], ['selene', null], ['psalm', null], ['phpcs', null], ['phpcbf', null], ['oxlint', null], ['staticcheck', null],
  ['govulncheck', null], ['gotestsum', null], ['stylelint', null], ['markdownlint', null], ['markdownlint-cli2', null], ['hadolint', null], ['actionlint', null],
  ['codespell', null], ['typos', null], ['vale', null],
  // Formatters and linters the phase rules know (commandClassify's LINT) but the line rules did not: a line is theirs
  // only with an argument (`shfmt -d .`, `gofumpt -l .`); the bare name in prose ("we use `gofumpt`") names the tool.
  // Test runners and tools whose names are also words ("bats", "pest", "Carthage"): only in a command's shape.
  ['bats', null], ['pest', null], ['cucumber', null], ['jasmine', null], ['mill', /^(?:[\w.-]+\.(?:test|compile|run|fmt|checkFormat|reformat|assembly)|__\.\w+|resolve)$/],
  ['carthage', /^(?:bootstrap|update|build|checkout)$/], ['sdk', /^(?:install|env|use)$/],
  // conda's newer package managers, in their installing and task verbs (`pixi info` reports, `pixi shell` enters a shell).
  ['pixi', /^(?:install|run|add)$/], ['micromamba', /^(?:install|create|env|activate)$/],
  // Babashka's tasks (`bb test`, `bb lint`), Lean's lake and poethepoet's tasks: a task word after the runner.
  // (Not a task that starts a server or a watcher: `bb dev`, `bb watch`, `poe serve`.)
  ['bb', /^(?!(?:dev|watch|serve|server|start|repl|nrepl|run)(?:$|:))[a-z][\w:-]{1,30}$/], ['lake', /^(?:build|test|exe|update|env|lint)$/], ['poe', /^(?!(?:dev|watch|serve|server|start|run)(?:$|:))[a-z][\w:-]{1,30}$/],
  // spack and shadow-cljs only in their installing or building verbs (`spack find` queries, `shadow-cljs watch` serves).
  ['spack', /^(?:install|env|load|add|concretize|develop)$/], ['shadow-cljs', /^(?:compile|release|check)$/],
  // Git hook managers, in their installing and running verbs (`lefthook install`, `husky init`).
  ['lefthook', /^(?:install|run)$/], ['husky', /^(?:install|init)$/],
  ...['shfmt', 'detekt', 'scalafix', 'pyright', 'standardrb', 'scan-build', 'cspell', 'fantomas', 'alejandra', 'nixfmt', 'astyle', 'uncrustify', 'yapf', 'autopep8', 'gofumpt', 'goimports', 'ocamlformat', 'eastwood', 'zprint', 'cljstyle'].map(
    (name): [string, RegExp] => [name, /^(?:-{1,2}[\w-]+(?:=\S+)?|[\w.*/~-]*[./*][\w.*/~-]*|[\w-]+)$/],
  ),
]);
/** An argument as a tool takes it: a flag, a path or glob, or `./...`. */
const ARGUMENT = /^(?:-{1,2}[\w-]+(?:=\S+)?|[\w.*/~-]*[./*][\w.*/~-]*)$/;
function smallToolLine(tool: string, command: string): boolean {
  const args = command.trim().split(/\s+/).slice(1);
  const sub = SMALL_TOOLS.get(tool);
  if (sub) return args.length > 0 && sub.test(args[0]) && args.slice(1).every((a) => ARGUMENT.test(a) || /^[\w-]+$/.test(a)) && !/[@>]/.test(command);
  return args.filter((a) => !ARGUMENT.test(a)).length <= 1 && args.every((a) => /^[\w.*/~=-]+$/.test(a) && !a.startsWith('->'));
}

/** Tools that never make a setup/test/lint step on their own line: moving around, version control, environment. */
const NOT_A_STEP = /^(git|cd|pushd|popd|export|set|source|\.|echo|cat|ls|mkdir|rm|cp|mv|curl|wget|sudo|brew|apt|apt-get|dnf|yum|choco|winget|open|code|vim|nano|exit|gh|true|false|touch|which)$/;

/** A prompt: `$ `, `$> ` (Dist::Zilla's guides), `> `, `% `, `PS> `, or a named one such as `gopls$ ` or `~/src$ `. */
// A bracketed one (`[nix-shell]$ `, `[user@host src]$ `) is a shell's name or the Red Hat default prompt; `C:\src> `
// is Windows' cmd.exe.
const PROMPT = /^(?:\([\w.@:~/-]{1,40}\)\s?)?(?:\$>?|>|%|PS[^>]{0,40}>|[\w.~/@:-]{1,40}[$%#]|\[[\w.@:~/ -]{1,60}\]\s?[$%#]|[A-Za-z]:\\[^>\s]{0,80}>|❯)\s+/;

/**
 * A language console's prompt, a word before `>` (`julia> `, `pkg> `, `iex> `, `ghci> `, `scala> `, `sbt:proj> `):
 * what follows is typed at that console, not in a shell (`pkg> test` is Julia's, not the shell's `test`). PowerShell's
 * `PS C:\> ` and cmd.exe's `C:\src> ` are shells and are read by PROMPT.
 */
const CONSOLE_PROMPT = /^(?!PS\b)[A-Za-z][\w.:@-]{0,39}>\s/;

/** Longer than this, a line is data or output, not a command someone types; it is not looked at further. */
export const MAX_COMMAND_LENGTH = 1000;

/** Strips a prompt and a trailing `# comment`; undefined for comments, blank lines, output and overlong lines. */
export function cleanCommandLine(line: string): string | undefined {
  let text = line.trim();
  if (text === '' || text.startsWith('#') || text.startsWith('//') || text.startsWith('REM ')) return undefined;
  // A call at a language's console (`julia> Pkg.test()`, `R> devtools::check()`) is typed there as written; any other
  // line after such a prompt is the console's own syntax.
  if (CONSOLE_PROMPT.test(text)) {
    const call = text.replace(CONSOLE_PROMPT, '').trim();
    return isConsoleStep(call) ? call : undefined;
  }
  text = text.replace(PROMPT, '');
  text = withoutTrailingComment(text).trim();
  return text === '' || text.length > MAX_COMMAND_LENGTH ? undefined : text;
}

/**
 * The line up to a trailing `# comment`. The `#` needs whitespace before it, so `#` inside URLs, anchors and flake
 * references (`nix build .#test`) stays. A scan with indexOf, not a regex: `\s+#` tried at every space of a long
 * line is quadratic.
 */
/** Whether position `at` of a shell line is inside single or double quotes (a scan from the start, only when asked). */
function insideQuotes(text: string, at: number): boolean {
  let quote = '';
  for (let k = 0; k < at; k++) {
    const c = text[k];
    if (quote === '') {
      if (c === '"' || c === "'") quote = c;
    } else if (c === quote && !(quote === '"' && text[k - 1] === '\\')) quote = '';
  }
  return quote !== '';
}

function withoutTrailingComment(text: string): string {
  for (let at = text.indexOf('#', 1); at > 0; at = text.indexOf('#', at + 1)) {
    if (!isSpace(text.charCodeAt(at - 1))) continue;
    // (In a shell a `#` after whitespace opens a comment whatever follows it, `make #[check]`, `make -j #cores`, unless it
    // is inside quotes: `git commit -m "fix #123"`. Followed by whitespace it is a comment as guides write one anyway.)
    if (at + 1 === text.length || isSpace(text.charCodeAt(at + 1)) || !insideQuotes(text, at)) return text.slice(0, at);
  }
  // `pnpm run build // build dist files`: guides written by JavaScript authors comment a shell line their own way.
  // The `//` stands alone between spaces, so URLs (`https://x`) and paths (`//server/share`) stay.
  for (let at = text.indexOf('//', 1); at > 0; at = text.indexOf('//', at + 2)) {
    if (isSpace(text.charCodeAt(at - 1)) && isSpace(text.charCodeAt(at + 2))) return text.slice(0, at);
  }
  return text;
}


/** True when the line has a prompt (then unprompted lines in the same block are output). */
// (Every prompt PROMPT strips but a bare `>`, which also opens a quote or a continuation: `$>` and `❯` too.)
export const hasPrompt = (line: string): boolean => /^\s*(?:\([\w.@:~/-]{1,40}\)\s?)?(?:(\$>?|%|❯)\s+\S|[\w.~/@:-]{1,40}\$\s+\S|\[[\w.@:~/ -]{1,60}\]\s?\$\s+\S|[A-Za-z]:\\[^>\s]{0,80}>\s+\S)/.test(line);

/** The tool a command runs, after any leading `VAR=value` assignments. */
export function toolOf(command: string): string | undefined {
  const rest = withoutAssignments(command);
  // Settings alone name no program.
  return rest === '' && command.trim() !== '' ? undefined : rest.split(/\s+/)[0];
}

/**
 * A command without the `VAR=value` settings before its program; a quoted value may hold spaces
 * (`RUSTFLAGS="-D warnings" cargo clippy`). The settings say how the program runs, not what it is.
 */
export const withoutAssignments = (command: string): string => command.trim().replace(/^(?:[A-Z_][A-Z0-9_]*=(?:"[^"]{0,200}"|'[^']{0,200}'|\S*)(?:\s+|$))+/, '');

/**
 * Installing a system package (`sudo apt install build-essential`, `brew install x`, `winget install NASM.NASM`,
 * `xcode-select --install`): a prerequisite where the guide sets up, though the tool itself is not a developer tool.
 */
// (`run0` and `doas` are the root prompts of systemd and the BSDs: `run0 pacman -S cmake`.)
export const SYSTEM_INSTALL = /^(?:(?:sudo|run0|doas)\s+)?(?:(?:brew|apt|apt-get|dnf|yum|zypper|pacman|apk|port|winget|choco|scoop|pkg)\s+(?:install|-S|add)\s+\S|emerge\s+(?:(?:-a|-v|-av|-va|-q|-1|-n|--ask|--verbose|--quiet|--oneshot|--noreplace)\s+)*[\w@/][\w@/.-]*|xbps-install\s+(?:-S|-Sy|-y)\s+(?:-y\s+)?[\w@/][\w@/.-]*|guix\s+install\s+\S|xcode-select\s+--install$)/;

/**
 * Making or entering the project's Python environment (`python3 -m venv venv`, `virtualenv env`,
 * `. venv/bin/activate`, `conda env create -f environment.yml`, `conda activate dev`): setup, whatever section it is in.
 */
export const PYTHON_ENV = /^(?:(?:python[\d.]{0,5}|py)\s+-m\s+venv\s|virtualenv\s|mkvirtualenv\s|(?:source|\.)\s+\S{0,200}\/(?:bin|Scripts)\/activate(?:\.\w{1,6})?$|(?:\.\\)?[\w.-]{1,60}\\Scripts\\[Aa]ctivate(?:\.bat|\.ps1)?$|(?:conda|mamba|micromamba)\s+(?:env\s+create|create|activate)\s|eval\s+["'`]?\$?\(?\s*(?:opam\s+(?:env|config\s+env)|pyenv\s+init|rbenv\s+init|nodenv\s+init|direnv\s+hook|brew\s+shellenv)\b)/;

/**
 * Fetching the parts of the checkout git leaves out (`git submodule update --init`, `git lfs pull`), or pointing the
 * clone at the project's commit template or hooks folder (`git config commit.template x`, `git config core.hooksPath
 * .githooks`): setup, unlike cloning or branching, which are workflow.
 */
// (`git clone --depth 1 https://github.com/x/plenary.nvim .dependencies/plenary.nvim`: a dependency cloned into a folder of
// the checkout is setup; cloning the project itself, or a tool into `~/.fzf`, is not.)
export const GIT_FETCHES_PARTS = /^git\s+(?:submodule\s+(?:update|init)|lfs\s+(?:install|pull|fetch)|config\s+(?:--local\s+)?(?:commit\.template|core\.hooks[Pp]ath)\s+\S|clone\s+(?:--?[\w-]+(?:[=\s](?!https?:|git@)[\w.-]+)?\s+)*(?:https?:\/\/|git@)\S+\s+(?![~/$])[\w.-]+\/[\w./-]+$)/;

/**
 * Putting tools on the search path or naming a toolchain's home (`export PATH=$PATH:$GOPATH/bin`, `export GOPATH=~/go`,
 * `export JAVA_HOME=...`): preparing the shell the steps run in, a setup step, unlike other exported settings.
 */
// A variable that names the program a build or test run calls (`export CLANG_FORMAT_PATH=/usr/lib/llvm-10/bin/clang-format`,
// `export FIREFOX_BIN=\`which firefox\``) points the steps at a tool the same way: its value is a program, found by
// `which` or by a path through a `bin` folder, not a data or config file (`BAT_CONFIG_PATH="/path/to/bat.conf"`).
export const TOOL_PATH_EXPORT =
  /^export\s+(?:(?:PATH|GOPATH|GOBIN|GOROOT|CARGO_HOME|RUSTUP_HOME|[A-Z][A-Z0-9]{0,20}_HOME)=\S|[A-Z][A-Z0-9_]{0,30}_(?:PATH|BIN|EXE|EXECUTABLE|CMD|COMMAND)=(?:`which\s+[\w.+-]{1,40}`|\$\(which\s+[\w.+-]{1,40}\)|["']?(?:\/|~\/)(?:[\w.+-]{1,60}\/){0,8}s?bin\/[\w.+-]{1,60}["']?)$)/;

/**
 * Any other setting exported for the shell (`export KO_DOCKER_REPO=kind.local`, `export RUST_MIN_STACK=16777216`): a
 * step of preparing the shell only in a block under a setup heading (commands.ts checks that), where the guide sets the
 * environment up; elsewhere it tunes one run ("export RUST_LOG=debug" under "Debugging").
 */
export const SETTING_EXPORT = /^export\s+[A-Z][A-Z0-9_]{1,40}=\S/;

/**
 * Fetching a git hook into the checkout and making it run (`curl https://review.example/tools/hooks/commit-msg -o
 * .git/hooks/commit-msg`, `chmod +x .git/hooks/commit-msg`): setting up the clone for a review server.
 */
// Gerrit's own snippet finds the hooks folder first (`gitdir=$(git rev-parse --git-dir)`), copies the hook with
// `scp` or `mv` into the folder itself, or fetches it from the server's `/tools/hooks/` with `wget`.
export const GIT_HOOK_INSTALL =
  /^(?:curl|wget|chmod|mv|cp|scp|ln)\s(?:\S{1,300}\s{1,5}){0,8}?"?\S{0,300}(?:\.git|\$\{?gitdir\}?|\$\(git\s+rev-parse\s+--git-dir\))\/hooks(?:\/[\w-]{1,40}|\/)?"?$|^(?:curl|wget)\s+(?:\S{1,300}\s{1,5}){0,6}?https?:\/\/\S{1,200}\/tools\/hooks\/commit-msg$|^gitdir=\$\(git\s+rev-parse\s+--git-dir\)$/;
/**
 * `git diff --check` (git's own check for whitespace errors) and `git clang-format origin/main` (clang-format run
 * on the lines a branch changed, through git): lint steps typed as git subcommands.
 */
export const WHITESPACE_CHECK = /^git\s+(?:diff\s+(?:--cached\s+)?--check|clang-format(?:\s+[\w./~^@-]{1,100}){0,4})$/;

/**
 * A Windows relative path (`.\build.ps1`, `.\tools\check.cmd`, `script\test.bat`) spelled with forward slashes, to
 * read it like `./build.sh`. Without the leading `.\`, only a path of folder names that ends in a Windows script
 * (`.bat`, `.cmd`, `.ps1`) reads so: guides give the Windows twin of a project script that way ("corresponding `.bat`
 * scripts for Windows", "A Windows version of the script is at `tools\scripts\x.cmd`").
 */
const WINDOWS_SCRIPT_PATH = /^[\w.-]{1,60}(?:\\[\w.-]{1,60}){1,6}\.(?:bat|cmd|ps1)$/i;
const unixPath = (tool: string): string => (tool.startsWith('.\\') || WINDOWS_SCRIPT_PATH.test(tool) ? tool.replace(/\\/g, '/') : tool);

/** `sudo` and its options before the program it runs as root. */
const SUDO = /^sudo\s+(?:-[A-Za-z]{1,3}\s+)*([^-\s].{0,300})$/;
/** A script run with `source` or `.` (the path and its arguments). */
// (Quoted or not; at the root only as a shell script by its extension, `source env.sh`.)
// (Group 1: a path with a folder, a project program's; group 2: a shell script at the root.)
const SOURCED_SCRIPT = /^(?:source|\.)\s+["']?(?:((?:\.\/|[\w-]{1,60}\/)[\w./-]{1,200})|([\w.-]{1,60}\.sh))["']?(?:\s.{0,200})?$/;

const SUBSHELL_CD = /^\(\s*cd\s+[\w./~-]{1,200}\s+&&\s+([^()]{1,300})\)$/;
/**
 * A `cd` into a folder of the checkout that opens a line, before the step typed there (`cd t && make test`, `cd build;
 * cmake ..`). Only into the checkout: not `..`, `~`, an absolute path or a variable.
 */
export const LEADING_CD = /^cd\s+(?:\.\/)?\w[\w./-]{0,199}\s*(?:&&|;)\s*/;
/** That step, not a second `cd`; a last `&& cd ..` back to the root may end the line. */
const CD_THEN = new RegExp(`${LEADING_CD.source}((?:(?!\\bcd\\s)[^()\\n]){1,300}?)(?:\\s*(?:&&|;)\\s*cd\\s+(?:\\.\\.|-))?$`);

/**
 * `Pkg.test()`, `devtools::check()`, `remotes::install_deps()`: a call of a package's own entry point at an R or Julia
 * console, whose name says it tests, lints or installs what development needs. It is the step, typed at the
 * language's console (the walkthrough shows it to type there, shellState.ts). Only a namespaced R call or a call of
 * Julia's package manager counts in a code block: a method call in another language's code (`self.check()`,
 * `suite.test()`) is no step.
 */
const CONSOLE_STEP = /^(?:[A-Za-z][\w.]{0,30}::[A-Za-z]|Pkg\.[a-z])/;
export const isConsoleStep = (command: string): boolean => CONSOLE_STEP.test(command) && consoleCallKind(command) !== undefined;

/** "typos   -> typo's": an arrow maps one word to another, a table's row rather than a line to type. */
const MAPPING_ROW = /\s->\s/;

/**
 * A toolchain's own installer script piped into a shell (`curl ... https://sh.rustup.rs | sh`, `curl -LsSf
 * https://astral.sh/uv/install.sh | sh`): a prerequisite as a system package install is. Only from a toolchain's
 * well-known installer address: `curl https://example.org/install.sh | sh` is as often the product's own install
 * for users, and nothing in the line says which.
 */
export const TOOLCHAIN_INSTALLER =
  /^(?:curl|wget)\s[^|]{0,300}?\bhttps?:\/\/(?:sh\.rustup\.rs|astral\.sh\/(?:uv|ruff)\/|bun\.sh\/install|get\.pnpm\.io\/install|install\.python-poetry\.org|deno\.land\/install|get\.sdkman\.io|get-ghcup\.haskell\.org|nixos\.org\/nix\/install|install\.determinate\.systems\/nix|raw\.githubusercontent\.com\/(?:nvm-sh\/nvm|ocaml\/opam|Homebrew\/install|pyenv\/pyenv-installer|tj\/n)\/|pyenv\.run|get\.docker\.com|foundry\.paradigm\.xyz|sh\.flutter\.dev|fnm\.vercel\.app\/install|mise\.run|install\.julialang\.org|get\.volta\.sh|ziglang\.org)[^|\s]{0,200}\s*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b(?:\s+-s\b[^|]{0,100})?\s*$/;

const GIT_VERSION = /^git\s+(?:--version|version)$/;

/** Whether a cleaned line is a developer command worth listing. */
export function isCommand(command: string): boolean {
  if (MAPPING_ROW.test(command)) return false;
  // `(cd build && ctest -C Debug)`: a step run in a subshell in another folder is that step.
  // (`cd t && make test`, `cd build; cmake ..`: the same step typed after moving into its folder, kept as typed.)
  const inner = SUBSHELL_CD.exec(command) ?? CD_THEN.exec(command);
  if (inner) return isCommand(inner[1]);
  // `sudo -E make check`: a step run as root is that step (the system installs it names are matched above).
  const elevated = SUDO.exec(command);
  if (elevated) return isCommand(elevated[1]);
  // `source ./dev/start`, `. scripts/env.sh`: the project's own script run in the reader's shell (to set up its
  // environment) is that script's step. (A virtualenv's `activate` is PYTHON_ENV's; `source ~/.bashrc` is no script of the project.)
  const sourced = SOURCED_SCRIPT.exec(command);
  // (A shell's completions or integration, `source ./src/tool/zsh-completion.sh`, `source extras/tool.bash`, are a
  // convenience of the reader's shell, not a step.)
  if (sourced && !PYTHON_ENV.test(command)) {
    const script = sourced[1] ?? sourced[2];
    return (sourced[2] !== undefined || isProjectProgram(script)) && !/complet|\.(?:bash|zsh|fish)$/i.test(script);
  }
  const tool = toolOf(command);
  if (!tool) return false;
  if (isConsoleStep(command)) return true;
  if (SYSTEM_INSTALL.test(command) || TOOLCHAIN_INSTALLER.test(command) || PYTHON_ENV.test(command) || GIT_FETCHES_PARTS.test(command) || TOOL_PATH_EXPORT.test(command) || SETTING_EXPORT.test(command) || GIT_HOOK_INSTALL.test(command) || WHITESPACE_CHECK.test(command)) return true;
  // `git --version` among the prerequisites' checks: git's own version is checked like any tool's (the phase rules
  // take it only where a version check is a step); other git lines are the workflow.
  if (GIT_VERSION.test(command)) return true;
  if (NOT_A_STEP.test(tool)) return false;
  if (TOOLS.has(tool)) return true;
  if (SMALL_TOOLS.has(tool)) return smallToolLine(tool, command);
  // Project scripts run by path: ./script/bootstrap, bin/test, script/build; on Windows .\vcbuild, .\build.ps1.
  // `vendor/bin/phpunit`: a tool Composer installed into the checkout.
  // (In any case: `Scripts/lint`, `Tools/build`, as Swift and .NET projects spell their folders.)
  return /^(\.\/|bin\/|scripts?\/|tools?\/|vendor\/bin\/|\.\/bin\/|\.\/scripts?\/)[\w./-]+$/i.test(unixPath(tool));
}

/**
 * A relative path to a program or script (`./validate.sh`, `dev/check.sh`, `vendor/bin/phpunit`,
 * `build/run_tests`): a project's own tool, when a code block under a build, test or lint heading runs it. Not a
 * document or source file (`docs/a.md`, `src/x.ts`).
 */
const PROJECT_PROGRAM = /^(?:\.{1,2}\/[\w.-][\w./-]{0,200}|(?:[\w.-]{1,60}\/){0,6}[\w.-]{1,60}\.(?:sh|py|ps1|bat|cmd|pl|bash)|\.?(?:bin|build|out|target|vendor\/bin)\/[\w.-]{1,60})$/;
const NOT_A_PROGRAM = /\.(?:md|markdown|rst|txt|adoc|json|ya?ml|toml|ts|tsx|js|jsx|mjs|cjs|go|rs|c|h|cc|cpp|hpp|java|kt|cs|swift|rb|ex|exs|hs|html|css|xml|lock|cfg|ini|log)$/i;
/** A line of JavaScript, Python or Ruby typed at a REPL, or a value it prints. */
// (`lib.version`, `mylib.__version__`: a property looked up, but not a script by name, `x.py`, `build.sh`.)
const REPL_LINE = /^(?:(?:const|let|var|import|from|def|class|function|return|await|require|require_relative|puts|pp)\s|print\(|console\.|[\w$]+\.[\w$]+\(|(?:undefined|null|None|nil|NaN|true|false)$|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$(?<!\.(?:py|sh|js|mjs|cjs|ts|rb|pl|exe|bat|cmd|ps1|jl|lua|php|x|bash|zsh|fish|R|r)))/;
/** A project's own program named by its path (`.scripts/setup.sh`, `dev-tools/hook.sh install`, `vendor/bin/phpunit`). */
export function isProjectProgram(command: string): boolean {
  const named = toolOf(command);
  const tool = named === undefined ? undefined : unixPath(named);
  return tool !== undefined && tool.includes('/') && !tool.startsWith('/') && PROJECT_PROGRAM.test(tool) && !NOT_A_PROGRAM.test(tool) && command.length <= 300;
}

/** A PowerShell cmdlet or function, Verb-Noun (`Start-Build`, `Install-Dotnet`, `Import-Module`). */
// (A PowerShell verb opens it, as PowerShell's approved verbs do, or a verb a project's own scripts use (`Run-Tests`,
// `Setup-Env`): `Install-Dotnet`, `Start-PSPester`; a product's name in the same shape, "use `Auto-Sync` to add the
// module", is no cmdlet.)
export const CMDLET = /^(?:Add|Approve|Assert|Backup|Block|Bootstrap|Build|Check|Create|Delete|Execute|Generate|Run|Setup|Checkpoint|Clear|Close|Compare|Complete|Compress|Confirm|Connect|Convert|ConvertFrom|ConvertTo|Copy|Debug|Deny|Deploy|Disable|Disconnect|Dismount|Edit|Enable|Enter|Exit|Expand|Export|Find|Format|Get|Grant|Group|Hide|Import|Initialize|Install|Invoke|Join|Limit|Lock|Measure|Merge|Mount|Move|New|Open|Optimize|Out|Ping|Pop|Protect|Publish|Push|Read|Receive|Redo|Register|Remove|Rename|Repair|Request|Reset|Resize|Resolve|Restart|Restore|Resume|Revoke|Save|Search|Select|Send|Set|Show|Skip|Split|Start|Step|Stop|Submit|Suspend|Switch|Sync|Test|Trace|Unblock|Undo|Uninstall|Unlock|Unprotect|Unpublish|Unregister|Update|Use|Wait|Watch|Write)-[A-Z]\w{1,40}$/;

/**
 * Whether a line of a shell block under a build, test or lint heading is a command though its tool is not one
 * Onramp knows: a project program by path, a cmdlet, or a plain lowercase program name. The section decides
 * its phase; output and prose do not start like that in a block tagged as shell.
 */
export function isLooseCommand(command: string): boolean {
  const tool = toolOf(command);
  // `abbrev = 12`: a setting in a config file's syntax, not a program call.
  if (!tool || NOT_A_STEP.test(tool) || /[:;,]$/.test(command) || /^\S+\s+=\s/.test(command) || MAPPING_ROW.test(command) || command.length > 300) return false;
  // A REPL's input and what it prints back (`const x = require('./src/x')`, `undefined`, `None`): a language's own
  // syntax typed at its prompt, not a program call in a shell.
  if (REPL_LINE.test(command)) return false;
  if (CMDLET.test(tool)) return true;
  if (tool.includes('/')) return PROJECT_PROGRAM.test(tool) && !NOT_A_PROGRAM.test(tool) && !tool.startsWith('/');
  return /^[a-z][\w.+-]{0,40}$/.test(tool) && !NOT_A_PROGRAM.test(tool);
}
