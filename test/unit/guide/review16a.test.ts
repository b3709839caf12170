import * as assert from 'node:assert/strict';
import { allCommands, g, md as guide, readme, rst } from './probeSupport';

// Review 16a: near misses for session 16's command rules (system installs anywhere, optional lines kept, global
// installs with "need" words, the inline cues of commandsInline.ts, lefthook/husky, self-hosting skipped). Every guide
// text is written for this review. 14 probes failed at first, 13 of them false positives of this session's rules: all
// fixed or the rule narrowed; what is left open is skipped, saying why.

const all = async (files: Record<string, string>) => {
  const f = await allCommands(files);
  return [...f.setup, ...f.test, ...f.lint];
};

describe('review16a', () => {
  describe('system installs taken wherever named (dffa00e)', () => {
    it('near miss: a README "Shell completion" section for users of the installed tool', async () => {
      const f = await allCommands(readme(g`
        # qq

        A fast query tool.

        ## Shell completion

        Completions for bash need the bash-completion package: ´brew install bash-completion@2´, then add
        ´source <(qq completion bash)´ to your profile.

        ## Contributing

        Run ´make test´ before sending a pull request.
      `));
      assert.deepEqual(f.setup, []);
    });

    it('near miss: a "Common problems" answer for one user\'s broken fonts', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        npm ci
        ´´´

        ## Common problems

        The screenshots in the app look blurry on some Ubuntu desktops; installing the Noto fonts with
        ´sudo apt install fonts-noto´ usually fixes that.
      `));
      assert.deepEqual(f.setup, ['npm ci']);
    });

    it('near miss: a code block under a README "Installation" heading installs the product', async () => {
      const f = await allCommands(readme(g`
        # Quokka Query

        ## Installation

        ´´´sh
        brew tap quokka/tap
        brew install quokka/tap/qq
        ´´´

        ## Contributing

        ´´´sh
        make test
        ´´´
      `));
      assert.deepEqual(f.setup, []);
    });

    it('near miss: the man page generator is a docs build aside ("Generating the man page")', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Building

        ´´´sh
        cargo build
        ´´´

        ## Generating the man page

        The man page is written in Markdown and converted with pandoc (´brew install pandoc´), then ´make man´.
      `));
      assert.deepEqual(f.setup, ['cargo build']);
    });

    it('near miss: a packaging-status note in a README ("Debian users can get it with")', async () => {
      const f = await allCommands(readme(g`
        # qq

        ## Packages

        qq is packaged in several distributions. Debian users can get it with ´sudo apt install qq-tools´ and
        Arch users with ´pacman -S qq-tools´.

        ## Development

        ´´´sh
        cargo build
        cargo test
        ´´´
      `));
      assert.deepEqual(f.setup, ['cargo build']);
    });

    it('near miss: a system install in a code block under "Running the demo" (running the product)', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Building

        ´´´sh
        make
        ´´´

        ## Running the demo

        The demo plays a video, so it needs ffmpeg:

        ´´´sh
        sudo apt-get install ffmpeg
        ./build/demo sample.mp4
        ´´´
      `));
      assert.deepEqual(f.setup, ['make']);
    });

  });

  describe('optional lines kept (c332a1a)', () => {
    it('near miss: an optional alternative environment (conda instead of venv) is not the same checkout twice', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        python -m venv .venv
        pip install -e .[dev]
        conda env create -f environment.yml   # optional: instead of the two lines above
        ´´´
      `));
      assert.deepEqual(f.setup, ['python -m venv .venv', 'pip install -e .[dev]']);
    });

    it('near miss: an optional editor plugin install in the setup block', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        bundle install
        code --install-extension rebornix.ruby   # optional, for VS Code users
        ´´´
      `));
      assert.deepEqual(f.setup, ['bundle install']);
    });
  });

  describe('global installs with "need" words (3e3d40e)', () => {
    it('near miss: "you don\'t need" a global install', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Building

        ´´´sh
        npm ci
        npm run build
        ´´´

        ## Notes on TypeScript

        You do not need to run ´npm install -g typescript´; the build uses the copy in node_modules.
      `));
      assert.deepEqual(f.setup, ['npm ci', 'npm run build']);
    });

    it('near miss: an editor language server the editor needs', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Build

        ´´´sh
        cargo build
        ´´´

        ## Editor support

        Completion in your editor needs the language server:

        ´´´sh
        cargo install --locked taplo-cli
        ´´´
      `));
      assert.deepEqual(f.setup, ['cargo build']);
    });

    it('near miss: a maintainers\' publish tool in a "Notes" section ("if you need to cut a version")', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        pnpm install
        ´´´

        ## Notes

        If you need to cut a new version, you'll need np: ´npm install -g np´.
      `));
      assert.deepEqual(f.setup, ['pnpm install']);
    });

    it('near miss: a trailing comment "needed only for flamegraphs"', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        cargo build
        ´´´

        ## Handy extras

        ´´´sh
        cargo install flamegraph   # needed only to draw flamegraphs
        ´´´
      `));
      assert.deepEqual(f.setup, ['cargo build']);
    });

    it('near miss: a README usage section says users need the CLI installed globally', async () => {
      const f = await allCommands(readme(g`
        # vite-plugin-frob

        ## Usage with the CLI

        The CLI needs to be installed globally:

        ´´´sh
        npm install -g frob-cli
        ´´´

        ## Contributing

        ´´´sh
        npm ci
        npm test
        ´´´
      `));
      assert.deepEqual(f.setup, ['npm ci']);
    });
  });

  describe('inline cues: checks asked to pass (3e3d40e, 4e169e9)', () => {
    it('near miss: "keep `clippy` happy" names a tool, not a command as typed', async () => {
      const found = await all(guide(g`
        # Contributing

        Please run ´cargo test´ and keep ´clippy´ happy.
      `));
      assert.deepEqual(found, ['cargo test']);
    });

    it('near miss: one file\'s run that "reports no errors"', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´tox´ before you submit. While you work on the parser, ´pytest tests/test_parser.py´ reports no errors on main.
      `));
      assert.deepEqual(found, ['tox']);
    });

    it('near miss: maintainers\' distcheck that "must be run and pass" before tagging', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´make check´ before you submit.

        Before a tag is pushed, the tree must be clean and pass ´make distcheck´ (the release manager does this).
      `));
      assert.deepEqual(found, ['make check']);
    });

  });

  describe('inline cues: invoke, "are run with", check/verify with (3e3d40e)', () => {
    it('near miss: nightly CI jobs "are run with" a script contributors never run', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´make test´ before you submit. The nightly jobs are run with ´./ci/nightly.sh´ on our own machines.
      `));
      assert.deepEqual(found, ['make test']);
    });

    it('near miss: "verify the download with" in a README\'s install section', async () => {
      const found = await all(readme(g`
        # qq

        ## Download

        Grab the tarball from the releases page and verify the download with ´sha256sum -c qq.sha256´.

        ## Hacking

        ´´´sh
        make
        make test
        ´´´
      `));
      assert.deepEqual(found, ['make', 'make test']);
    });

    it('near miss: "verify that the server is up with curl"', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        go build ./...
        ´´´

        Start the server and verify it is up with ´curl localhost:8080/healthz´.
      `));
      assert.deepEqual(found, ['go build ./...']);
    });

    it('near miss: "check your commit message with" is git workflow', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Commit messages

        We follow Conventional Commits. Check a message with ´echo "feat: x" | npx commitlint´.

        ## Tests

        ´´´sh
        npm test
        ´´´
      `));
      assert.deepEqual(found, ['npm test']);
    });

    it('near miss: "autoformat with" in a README describing the product\'s own command', async () => {
      const found = await all(readme(g`
        # prettyqq

        Autoformat your query files with ´prettyqq --write queries/´.

        ## Contributing

        ´´´sh
        npm ci
        npm test
        ´´´
      `));
      assert.deepEqual(found, ['npm ci', 'npm test']);
    });
  });

  describe('inline cues: "To build, `x`", "after that,", subjects (3e3d40e, 4e169e9)', () => {
    it('near miss: "To build a release tarball, `make dist`" is a maintainer step', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´make´ and ´make check´. To build a release tarball, ´make dist´ does it.
      `));
      assert.deepEqual(found, ['make', 'make check']);
    });

    it('near miss: "To install the man page, `sudo make install-man`"', async () => {
      const found = await all(guide(g`
        # Contributing

        Build with ´make´. To install the man page, ´sudo make install-man´ is enough.
      `));
      assert.deepEqual(found, ['make']);
    });

    it('near miss: "After that, `git push`" is git workflow', async () => {
      const found = await all(guide(g`
        # Contributing

        Commit your work and run ´npm test´. After that, ´git push origin my-feature´ and open a pull request.
      `));
      assert.deepEqual(found, ['npm test']);
    });

    it('near miss: "Next, `qq init`" runs the product in a README quick start', async () => {
      const found = await all(readme(g`
        # qq

        ## Quick start

        Install the binary. Next, ´qq init my-site´ creates a new site.

        ## Contributing

        ´´´sh
        cargo test
        ´´´
      `));
      assert.deepEqual(found, ['cargo test']);
    });

    it('near miss: a README\'s own command that "rewrites" files', async () => {
      const found = await all(readme(g`
        # qqfmt

        A formatter for QQ files. ´qqfmt src/´ rewrites every file in place; ´qqfmt --check src/´ only checks.

        ## Development

        ´´´sh
        go test ./...
        ´´´
      `));
      assert.deepEqual(found, ['go test ./...']);
    });

    it('near miss: a package manager README: "fetch the dependencies of your project with"', async () => {
      const found = await all(readme(g`
        # qpm

        A package manager for QQ. In your own project, fetch the dependencies with ´qpm fetch´.

        ## Contributing

        ´´´sh
        cargo build
        ´´´
      `));
      assert.deepEqual(found, ['cargo build']);
    });

    it('near miss: "enable the hooks with" in a README for a hook tool\'s users', async () => {
      const found = await all(readme(g`
        # hookqq

        In your own repository, enable the hooks with ´hookqq install´.

        ## Contributing

        ´´´sh
        go test ./...
        ´´´
      `));
      assert.deepEqual(found, ['go test ./...']);
    });
  });

  describe('a numbered `./script` (4e169e9)', () => {
    it('near miss: a project layout list of directories', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Project layout

        1. ´./src´
        2. ´./scripts/´
        3. ´./docs/´

        ## Tests

        ´´´sh
        ./scripts/test.sh
        ´´´
      `));
      assert.deepEqual(found, ['./scripts/test.sh']);
    });

  });

  describe('opam exec -- (4e169e9)', () => {
    it('near miss: `opam exec -- dune exec` runs the built program', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Building

        ´´´sh
        opam install . --deps-only
        opam exec -- dune build
        opam exec -- dune exec bin/main.exe -- --help
        ´´´
      `));
      assert.deepEqual(found, ['opam install . --deps-only', 'opam exec -- dune build']);
    });

    it('near miss: `opam exec -- dune test test/parser` narrowed to one directory', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Testing

        ´´´sh
        opam exec -- dune test
        opam exec -- dune test test/parser
        ´´´
      `));
      assert.deepEqual(f.test, ['opam exec -- dune test']);
    });
  });

  describe('lefthook and husky (3e3d40e)', () => {
    it('near miss: a README for a commit linter shows its users how to wire husky', async () => {
      const found = await all(readme(g`
        # commitqq

        ## Usage with husky

        ´´´sh
        npx husky init
        echo "npx commitqq --edit" > .husky/commit-msg
        ´´´

        ## Contributing

        ´´´sh
        npm ci
        npm test
        ´´´
      `));
      assert.deepEqual(found, ['npm ci', 'npm test']);
    });

  });

  describe('self-hosting skipped (4e169e9)', () => {
    it('should fire: a compiler\'s main build is "Building the self-hosted compiler"', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Building the self-hosted compiler

        ´´´sh
        ./bootstrap.sh
        make stage2
        ´´´

        ## Tests

        ´´´sh
        make test
        ´´´
      `));
      assert.deepEqual(found, ['./bootstrap.sh', 'make stage2', 'make test']);
    });

    it('should fire: a setup heading that mentions both hosted and self-hosted Git', async () => {
      const found = await all(rst(g`
        Contributing
        ============

        Setup (works for GitHub and self-hosted GitLab alike)
        ------------------------------------------------------

        ::

            pip install -e .[dev]
            pytest
      `));
      assert.deepEqual(found, ['pip install -e .[dev]', 'pytest']);
    });
  });
  describe('more near misses (second batch)', () => {
    it('near miss: a docs-only prerequisite under "Documentation" (dffa00e)', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Building

        ´´´sh
        pip install -e .
        ´´´

        ## Documentation

        The diagrams in the docs are drawn with graphviz, so you will want ´sudo apt install graphviz´ before ´make html´.
      `));
      assert.deepEqual(f.setup, ['pip install -e .']);
    });

    it('near miss: an FAQ answer on installing the product from Homebrew (dffa00e)', async () => {
      const f = await allCommands(guide(g`
        # Contributing to Quokka

        ## FAQ

        ### Is there a Homebrew formula?

        Yes, users can run ´brew install quokka´; it is kept up to date by the Homebrew maintainers, not by us.

        ## Tests

        ´´´sh
        make test
        ´´´
      `));
      assert.deepEqual(f.setup, []);
    });

    it('near miss: an optional dev server under "Local development" (c332a1a)', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Local development

        ´´´sh
        npm ci
        npm run storybook   # optional: browse the components
        ´´´
      `));
      assert.deepEqual(f.setup, ['npm ci']);
    });

    it('near miss: an optional demo data seed (c332a1a)', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        bundle install
        bin/rails db:setup
        bin/rails db:seed:demo   # optional: fills the database with fake customers for clicking around
        ´´´
      `));
      assert.deepEqual(f.setup, ['bundle install', 'bin/rails db:setup']);
    });

    it('near miss: "You need write access and np" to cut a version (3e3d40e)', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        npm ci
        ´´´

        ## Cutting a version

        You need write access to the npm package and np:

        ´´´sh
        npm i -g np
        np minor
        ´´´
      `));
      assert.deepEqual(f.setup, ['npm ci']);
    });

    it('near miss: a standalone devtools app "if you need" it (3e3d40e)', async () => {
      const f = await allCommands(guide(g`
        # Contributing

        ## Setup

        ´´´sh
        pnpm install
        ´´´

        ## Working on the UI

        ´´´sh
        pnpm add -g @vue/devtools   # if you need the standalone devtools window
        ´´´
      `));
      assert.deepEqual(f.setup, ['pnpm install']);
    });

    it.skip('near miss: "`git diff --check` reports no errors" is git, not a lint step (3e3d40e) (left open, session 16: `git diff --check` is a whitespace check the labels sometimes count as lint, a judgement call)', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´make test´, and before committing make sure ´git diff --check´ reports no errors.
      `));
      assert.deepEqual(found, ['make test']);
    });

    it('near miss: a CI status check name after "must be approved and pass" (4e169e9)', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´make test´ locally. Every pull request must be approved by a maintainer and pass ´buildkite/full-pipeline´.
      `));
      assert.deepEqual(found, ['make test']);
    });

    it('near miss: a deploy script that "also builds" the image (4e169e9)', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Scripts

        ´./scripts/test.sh´ runs the test suite. ´./scripts/ship.sh´ also builds the container image and pushes it to our registry.
      `));
      assert.deepEqual(found, ['./scripts/test.sh']);
    });

    it('near miss: a README tool that "fetches" data from its API (4e169e9)', async () => {
      const found = await all(readme(g`
        # qqsync

        ´qqsync pull´ fetches the latest records from the API into ´./data´.

        ## Contributing

        ´´´sh
        go test ./...
        ´´´
      `));
      assert.deepEqual(found, ['go test ./...']);
    });

    it('near miss: a bullet list of example scripts to try (4e169e9)', async () => {
      const found = await all(guide(g`
        # Contributing

        ## Tests

        Run ´./scripts/test.sh´.

        ## Examples

        * ´./examples/hello.sh´
        * ´./examples/chart.sh´
      `));
      assert.deepEqual(found, ['./scripts/test.sh']);
    });

    it('near miss: "To build for Android, `./gradlew assembleRelease`" is a release build (3e3d40e)', async () => {
      const found = await all(guide(g`
        # Contributing

        Build with ´./gradlew assemble´ and test with ´./gradlew test´. To build a signed APK, ´./gradlew assembleRelease´ needs the keystore.
      `));
      assert.deepEqual(found, ['./gradlew assemble', './gradlew test']);
    });

    it('near miss: ". To verify, `./build/qq version`" runs the built product (3e3d40e)', async () => {
      const found = await all(guide(g`
        # Contributing

        Run ´make´. To verify, ´./build/qq version´ prints the commit you built.
      `));
      assert.deepEqual(found, ['make']);
    });

    it('near miss: "Once that\'s done, `qq serve`" starts the product (3e3d40e)', async () => {
      const found = await all(guide(g`
        # Contributing

        Build the site generator with ´cargo build´. Once that's done, ´cargo run -- serve examples/blog´ serves an example blog.
      `));
      assert.deepEqual(found, ['cargo build']);
    });

    it('near miss: `npx husky init` creates hooks in a new project, in a README on using the library', async () => {
      const found = await all(readme(g`
        # commitqq

        Lint commit messages. To use it in your project, ´npx husky init´, then add ´npx commitqq --edit $1´ to
        ´.husky/commit-msg´.

        ## Contributing

        ´´´sh
        npm ci
        npm test
        ´´´
      `));
      assert.deepEqual(found, ['npm ci', 'npm test']);
    });
  });
});
