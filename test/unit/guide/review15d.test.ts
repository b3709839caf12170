import * as assert from 'node:assert/strict';
import { allCommands, g } from './probeSupport';

// Hostile review (session 15, r15d): near-misses and should-fire variants for 1593a30, d4f776b, fb316cb, fc47a44,
// 331d7a5, 31186cc, f58f004 and 33fe5b6. Every guide text is written for the test.

const md = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });
type K = 'setup' | 'test' | 'lint';
const everywhere = async (files: Record<string, string>): Promise<string[]> => {
  const c = await allCommands(files);
  return [...c.setup, ...c.test, ...c.lint];
};
const absent = async (files: Record<string, string>, command: string) => assert.ok(!(await everywhere(files)).includes(command), JSON.stringify(await allCommands(files)));
const inPhase = async (files: Record<string, string>, phase: K, command: string) => {
  const c = await allCommands(files);
  assert.ok(c[phase].includes(command), JSON.stringify(c));
};

describe('review15d', () => {
  describe('1593a30: formatters and linters read as command lines with an argument', () => {
    it('should fire: `cspell "**/*.md"` (a quoted glob) under Linting is lint', async () => {
      await inPhase(md(g`
        ## Linting

        Spelling is checked with cspell:

        ´´´sh
        npx prettier --check .
        cspell "**/*.md"
        ´´´
      `), 'lint', 'cspell "**/*.md"');
    });
    it('should fire: `astyle --options=.astylerc "src/*.c"` under Code style is lint', async () => {
      await inPhase(md(g`
        ## Code style

        Format the sources before committing:

        ´´´sh
        astyle --options=.astylerc --recursive "src/*.c,*.h"
        ´´´
      `), 'lint', 'astyle --options=.astylerc --recursive "src/*.c,*.h"');
    });
    it('should fire: `scan-build -o out make -j$(nproc)` under Static analysis is lint', async () => {
      await inPhase(md(g`
        ## Static analysis

        Run the clang static analyzer over a full build:

        ´´´sh
        scan-build --status-bugs -o out make -j$(nproc)
        ´´´
      `), 'lint', 'scan-build --status-bugs -o out make -j$(nproc)');
    });
    it('should fire: a bare `pyright` line in a fenced block under Type checking is lint', async () => {
      await inPhase(md(g`
        ## Type checking

        ´´´sh
        pip install -e ".[dev]"
        pyright
        ´´´
      `), 'lint', 'pyright');
    });
    it('near miss (inline): building the PLT once with `dialyzer --build_plt --apps erts kernel stdlib` is no lint run', async () => {
      const c = await allCommands(md(g`
        ## Lint

        Check the code with ´rebar3 dialyzer´. The first run builds the PLT, which you can also do by hand with
        ´dialyzer --build_plt --apps erts kernel stdlib´.
      `));
      assert.ok(!c.lint.includes('dialyzer --build_plt --apps erts kernel stdlib'), JSON.stringify(c));
    });
    it('near miss (inline): the example `goimports -w internal/server/handler.go` is narrowed to one file', async () => {
      await absent(md(g`
        ## Formatting

        Run ´make fmt´ before committing. Your editor can also fix one file, as in ´goimports -w internal/server/handler.go´.
      `), 'goimports -w internal/server/handler.go');
    });
    it('near miss (inline): "set the `yapf style` in setup.cfg" names a setting', async () => {
      await absent(md(g`
        ## Code style

        Set the ´yapf style´ in ´setup.cfg´ rather than on the command line; ´make lint´ reads it from there.
      `), 'yapf style');
    });
    it('near miss: "the `ocamlformat version` is pinned" names a setting, not a command', async () => {
      await absent(md(g`
        ## Formatting

        The ´ocamlformat version´ is pinned in ´.ocamlformat´; install that version with opam before running ´dune fmt´.
      `), 'ocamlformat version');
    });
  });

  describe('d4f776b / fb316cb: new known tools and shape-checked names', () => {
    it('should fire: `mill -i __.test` (the -i flag first) is the test run', async () => {
      await inPhase(md(g`
        ## Running the tests

        ´´´sh
        mill -i __.test
        ´´´
      `), 'test', 'mill -i __.test');
    });
    it('should fire: Mill\'s formatter `mill mill.scalalib.scalafmt.ScalafmtModule/reformatAll __.sources` is lint', async () => {
      await inPhase(md(g`
        ## Formatting

        ´´´sh
        mill mill.scalalib.scalafmt.ScalafmtModule/reformatAll __.sources
        ´´´
      `), 'lint', 'mill mill.scalalib.scalafmt.ScalafmtModule/reformatAll __.sources');
    });
    it('near miss: "written with `pest`" in a Rust grammar guide names the parser generator, not a test run', async () => {
      await absent(md(g`
        ## Testing

        The grammar is written with ´pest´, and its tests live in ´tests/grammar.rs´. Run them with:

        ´´´sh
        cargo test
        ´´´
      `), 'pest');
    });
    it('near miss (inline): "step definitions use `cucumber expressions`" names a syntax', async () => {
      await absent(md(g`
        ## Testing

        Step definitions use ´cucumber expressions´, not regular expressions. Run the features with ´bundle exec cucumber´.
      `), 'cucumber expressions');
    });
    it('near miss (inline): "custom `jasmine matchers` live in spec/helpers" names the helpers', async () => {
      await absent(md(g`
        ## Tests

        Custom ´jasmine matchers´ live in ´spec/helpers´. Run everything with ´npm test´.
      `), 'jasmine matchers');
    });
    it('near miss (inline): "generate a skeleton with `phpspec describe Acme/Markdown`" runs no tests', async () => {
      await absent(md(g`
        ## Writing specs

        Generate a skeleton for a new class with ´phpspec describe Acme/Markdown´, then fill it in and run ´composer test´.
      `), 'phpspec describe Acme/Markdown');
    });
    it('near miss (inline): "try it with `xmake run demo`" runs the built program', async () => {
      await absent(md(g`
        ## Building

        Build with ´xmake´ and try the result with ´xmake run demo´.
      `), 'xmake run demo');
    });
    it('near miss (inline): "start the dev build with `shadow-cljs watch app`" starts the dev server', async () => {
      await absent(md(g`
        ## Development

        After ´npm install´, start the dev build with ´shadow-cljs watch app´ and open http://localhost:8280.
      `), 'shadow-cljs watch app');
    });
    // Left open (session 15): older: a command run through `carton exec` is not given its inner command's phase.
    it.skip('should fire: `carton exec prove -lr t` is the test run', async () => {
      await inPhase(md(g`
        ## Getting the code to work

        ´´´sh
        carton install
        carton exec prove -lr t
        ´´´
      `), 'test', 'carton exec prove -lr t');
    });
    it('near miss: `guix install` of the user\'s own editor in a Tips section is no setup step', async () => {
      await absent(md(g`
        ## Building

        ´´´sh
        guix shell -m manifest.scm -- make
        ´´´

        ## Editor tips

        If you use Emacs, the geiser mode helps:

        ´´´sh
        guix install emacs-geiser
        ´´´
      `), 'guix install emacs-geiser');
    });
  });

  describe('fc47a44: bare rake is the test run where nothing says otherwise', () => {
    it('near miss: `bundle exec rake` under Releasing (followed by gem push) is no test run', async () => {
      await absent(md(g`
        ## Releasing

        Maintainers bump the version in ´lib/foo/version.rb´, then:

        ´´´sh
        bundle exec rake
        gem build foo.gemspec
        gem push foo-1.2.0.gem
        ´´´
      `), 'bundle exec rake');
    });
    it('near miss: `rake` that builds the website (its lead-in says so) is no test run', async () => {
      await absent(md(g`
        ## Working on the website

        The site lives in ´site/´. To generate it into ´_site´, run:

        ´´´sh
        cd site
        rake
        ´´´
      `), 'rake');
    });
    it('near miss: `rake` whose lead-in says it compiles the C extension is setup, not test', async () => {
      const c = await allCommands(md(g`
        ## Native extension

        To compile the C extension, run:

        ´´´sh
        bundle exec rake
        ´´´
      `));
      assert.ok(!c.test.includes('bundle exec rake'), JSON.stringify(c));
    });
  });

  describe('331d7a5: a dependency cloned into a folder of the checkout is setup', () => {
    it('near miss: cloning your fork into a GOPATH-like `src/github.com/...` folder is workflow', async () => {
      await absent(md(g`
        ## Getting the source

        ´´´sh
        git clone https://github.com/<you>/hugo.git src/github.com/gohugoio/hugo
        cd src/github.com/gohugoio/hugo
        go build
        ´´´
      `), 'git clone https://github.com/<you>/hugo.git src/github.com/gohugoio/hugo');
    });
    it('should fire: `git clone --depth 1 --branch v0.1.4 <url> deps/plenary.nvim` is setup', async () => {
      await inPhase(md(g`
        ## Running the tests

        The tests need plenary:

        ´´´sh
        git clone --depth 1 --branch v0.1.4 https://github.com/nvim-lua/plenary.nvim deps/plenary.nvim
        make test
        ´´´
      `), 'setup', 'git clone --depth 1 --branch v0.1.4 https://github.com/nvim-lua/plenary.nvim deps/plenary.nvim');
    });
  });

  describe('31186cc / f58f004: README-hacking and the shell comment', () => {
    it('near miss: README-hacking\'s release steps (`make distcheck`, `make release`) are maintainer-only', async () => {
      const all = await everywhere({
        'CONTRIBUTING.md': g`
          # Contributing

          Send patches to the mailing list.
        `,
        'README-hacking': g`
          Building from git
          =================

              $ ./bootstrap
              $ ./configure
              $ make

          Making a release
          ================

          Only the maintainer does this:

              $ make distcheck
              $ make release RELEASE='1.2 stable'
        `,
      });
      assert.ok(!all.includes('make distcheck') && !all.some((c) => c.startsWith('make release')), JSON.stringify(all));
    });
    it('should fire: `README-hacking.md` is read beside the guide as `README-hacking` is', async () => {
      const c = await allCommands({
        'CONTRIBUTING.md': '# Contributing\n\nPlease open a pull request.\n',
        'README-hacking.md': g`
          # Building from git

          ´´´sh
          ./bootstrap
          ./configure
          make
          ´´´
        `,
      });
      assert.deepEqual(c.setup, ['./bootstrap', './configure', 'make']);
    });
    it('a flake reference keeps its `#`, the comment after a space is cut (`nix run .#lint #checks formatting too`)', async () => {
      await inPhase(md(g`
        ## Linting

        ´´´sh
        nix run .#lint #checks formatting too
        ´´´
      `), 'lint', 'nix run .#lint');
    });
    it('an escaped `\\#` after a space opens no comment', async () => {
      await inPhase(md(g`
        ## Building

        ´´´sh
        make PREFIX=/opt/x \#build
        ´´´
      `), 'setup', 'make PREFIX=/opt/x \\#build');
    });
    it('near miss: an apostrophe in an unquoted comment word before a quoted `#` does not swallow the line (`make test # don\'t "#skip"`)', async () => {
      await inPhase(md(g`
        ## Testing

        ´´´sh
        make test # don't forget "#slow" ones
        ´´´
      `), 'test', 'make test');
    });
  });

  describe('33fe5b6: pre-commit uninstall/autoupdate/clean is no step', () => {
    it('near miss: `poetry run pre-commit autoupdate` under Linting is no step either', async () => {
      await absent(md(g`
        ## Linting

        ´´´sh
        poetry run pre-commit run --all-files
        poetry run pre-commit autoupdate
        ´´´
      `), 'poetry run pre-commit autoupdate');
    });
    it('should fire: `pre-commit install` and `pre-commit run --all-files` stay steps beside `pre-commit uninstall`', async () => {
      const c = await allCommands(md(g`
        ## Linting

        ´´´sh
        pre-commit install
        pre-commit run --all-files
        ´´´

        If the hooks get in your way, ´pre-commit uninstall´ removes them.
      `));
      assert.ok(c.lint.includes('pre-commit run --all-files') && [...c.setup, ...c.lint].includes('pre-commit install') && ![...c.setup, ...c.lint, ...c.test].includes('pre-commit uninstall'), JSON.stringify(c));
    });
  });
  describe('r15d extra probes', () => {
    it('near miss (fb316cb): `sudo emerge --search cmake` searches, it installs nothing', async () => {
      await absent(md(g`
        ## Prerequisites

        On Gentoo, check which package provides CMake:

        ´´´sh
        sudo emerge --search cmake
        ´´´
      `), 'sudo emerge --search cmake');
    });
    it('near miss (fb316cb): `sudo emerge --unmerge dev-libs/libfoo` removes a package', async () => {
      await absent(md(g`
        ## Installing dependencies

        If an old libfoo is installed system-wide, remove it first:

        ´´´sh
        sudo emerge --unmerge dev-libs/libfoo
        ´´´
      `), 'sudo emerge --unmerge dev-libs/libfoo');
    });
    it('should fire (fb316cb): `sudo emerge --ask dev-util/cmake` is setup', async () => {
      await inPhase(md(g`
        ## Prerequisites

        ´´´sh
        sudo emerge --ask dev-util/cmake
        ´´´
      `), 'setup', 'sudo emerge --ask dev-util/cmake');
    });
    it('near miss (fb316cb): `bb dev` starts the dev server, it is no step', async () => {
      await absent(md(g`
        ## Development

        ´´´sh
        bb test
        bb dev
        ´´´

        ´bb dev´ starts a REPL and the web server on port 3000.
      `), 'bb dev');
    });
    it('should fire (fb316cb): `lake exe cache get` (the Mathlib cache) is setup', async () => {
      await inPhase(md(g`
        ## Building

        ´´´sh
        lake exe cache get
        lake build
        ´´´
      `), 'setup', 'lake exe cache get');
    });
    it('near miss (fc47a44): `bin/rake` under Deploying is no test run', async () => {
      await absent(md(g`
        ## Deploying

        ´´´sh
        bin/rake
        cap production deploy
        ´´´
      `), 'bin/rake');
    });
    it('(31186cc) `make -j #cores` is `make -j`, and `make check TESTS=\'t1 #2\'` keeps its quotes', async () => {
      const c = await allCommands(md(g`
        ## Testing

        ´´´sh
        make check TESTS='t-basic #2'
        ´´´
      `));
      assert.deepEqual(c.test, ["make check TESTS='t-basic #2'"]);
    });
  });
  describe('r15d inline near-misses', () => {
    it('near miss (fb316cb): "see `bb tasks` for the list" lists tasks, it is no step', async () => {
      await absent(md(g`
        ## Development

        Run the tests with ´bb test´; see ´bb tasks´ for the other tasks.
      `), 'bb tasks');
    });
    it('near miss (fb316cb): "check what is installed with `spack find`" is no setup step', async () => {
      await absent(md(g`
        ## Setting up

        Install the dependencies with ´spack install --only dependencies mypkg´; check what is installed with ´spack find´.
      `), 'spack find');
    });
    it('near miss (1593a30): "regenerate the `detekt baseline`" names a file', async () => {
      await absent(md(g`
        ## Static analysis

        Run ´./gradlew detekt´. Regenerate the ´detekt baseline´ only when a maintainer asks for it.
      `), 'detekt baseline');
    });
    it('near miss (1593a30): "custom `scalafix rules` live in scalafix/" names the rules', async () => {
      await absent(md(g`
        ## Linting

        Custom ´scalafix rules´ live in ´scalafix/´; run ´sbt scalafixAll´ to apply them.
      `), 'scalafix rules');
    });
    it('near miss (1593a30): "`cspell trace someword` shows the dictionary" is a debugging aid', async () => {
      await absent(md(g`
        ## Spelling

        CI runs ´npm run spell´. If a word is flagged wrongly, ´cspell trace someword´ shows which dictionary it is looked up in.
      `), 'cspell trace someword');
    });
  });
});
