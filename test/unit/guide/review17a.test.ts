import * as assert from 'node:assert/strict';
import { allCommands, factsOf, g, norm } from './probeSupport';

// Hostile review, session 17 (review17a): near-misses and missed variants for the README stand-in headings, the root
// developers' guide name, reST/AsciiDoc tables with the row label, inline HTML in Markdown and reference links.
// Every guide text below is written for this test. A failing probe is a finding.

const all = async (files: Record<string, string>): Promise<string[]> => {
  const c = await allCommands(files);
  return [...c.setup, ...c.test, ...c.lint];
};

describe('review17a: hostile probes of session 17 rules', () => {
  describe('README stand-in headings (guideOrReadme.ts STAND_IN_HEADING, BUILD_HEADING)', () => {
    it('near miss: "Building a site" in a static site generator README is usage', async () => {
      const c = await all({ 'README.md': g`
        # quillpress

        A static site generator.

        ## Installation

        ´´´sh
        pip install quillpress
        ´´´

        ## Building a site

        ´´´sh
        quillpress new my-site
        quillpress build my-site
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Compiling Haskell code" in a compiler\'s README is usage', async () => {
      const c = await all({ 'README.md': g`
        # tinyhc

        A small Haskell compiler.

        ## Compiling Haskell code

        ´´´sh
        tinyhc Main.hs -o main
        ./main
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Build with Webpack" in a loader plugin README is the user\'s build', async () => {
      const c = await all({ 'README.md': g`
        # svgsprite-loader

        ## Install

        ´´´sh
        npm install --save-dev svgsprite-loader
        ´´´

        ## Build with Webpack

        Add the loader to your config, then run:

        ´´´sh
        npx webpack --mode production
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it.skip('near miss: "For developers" in a widget README is about embedding it in the reader\'s app (left open, session 17: a README "For developers" section reads as the project\'s own development, which the dev set shows more often)', async () => {
      const c = await all({ 'README.md': g`
        # chatbubble

        A chat widget for websites.

        ## For developers

        Embed the widget in your own app:

        ´´´sh
        npm install chatbubble-embed
        npx chatbubble-embed init --site-id YOUR_ID
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Developer API" in a library README is for plugin authors', async () => {
      const c = await all({ 'README.md': g`
        # chartkit

        ## Developer API

        Plugins register themselves with the host:

        ´´´sh
        npm install chartkit-plugin-sdk
        npx chartkit-sdk scaffold my-plugin
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Development status" with a roadmap of task boxes is no checklist', async () => {
      const f = await factsOf({ 'README.md': g`
        # gridlock

        ## Development status

        - [x] Parser
        - [x] Type checker
        - [ ] Code generation
        - [ ] Windows support
      ` });
      assert.deepEqual(f.checklist.map((c) => norm(c.text)), []);
    });
    it('near miss: "Generating API docs from source comments" is a docs build', async () => {
      const c = await all({ 'README.md': g`
        # libfrob

        ## Generating API docs from source comments

        ´´´sh
        doxygen Doxyfile
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Loading data from sources" in an ETL tool README is usage', async () => {
      const c = await all({ 'README.md': g`
        # pipekit

        ## Loading data from sources

        ´´´sh
        pipekit load --from s3://bucket/raw --to warehouse
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Building the documentation" stands in but holds only a docs build', async () => {
      const c = await all({ 'README.md': g`
        # zeal

        ## Building the documentation

        ´´´sh
        pip install -r docs/requirements.txt
        make -C docs html
        ´´´
      ` });
      assert.deepEqual(c, []);
    });
    it('near miss: "Build a Docker image" beside a Contributing section is deployment', async () => {
      const c = await all({ 'README.md': g`
        # relayd

        ## Build a Docker image

        ´´´sh
        docker build -t relayd:latest .
        docker push registry.example.com/relayd:latest
        ´´´

        ## Contributing

        Pull requests are welcome. Please open an issue first.
      ` });
      assert.deepEqual(c, []);
    });
    it('"Unit tests" alone in a README stands in as a test section', async () => {
      const c = await allCommands({ 'README.md': g`
        # ringbuf

        A lock-free ring buffer.

        ## Unit tests

        ´´´sh
        make check
        ´´´
      ` });
      assert.deepEqual(c.test, ['make check']);
    });
    it('"Tests and linting" in a README stands in', async () => {
      const c = await allCommands({ 'README.md': g`
        # ringbuf

        ## Tests and linting

        ´´´sh
        tox -e py312
        tox -e lint
        ´´´
      ` });
      assert.deepEqual([...c.test, ...c.lint].sort(), ['tox -e lint', 'tox -e py312']);
    });
    it('"Local setup" in a README with no other sections stands in', async () => {
      const c = await allCommands({ 'README.md': g`
        # ledgerly

        ## Local setup

        ´´´sh
        poetry install
        poetry run pytest
        ´´´
      ` });
      assert.deepEqual(c, { setup: ['poetry install'], test: ['poetry run pytest'], lint: [] });
    });
    it('"Building" with a heading badge-free body still stands in: "How to compile"', async () => {
      const c = await allCommands({ 'README.md': g`
        # ringbuf

        ## How to compile

        ´´´sh
        cmake -B build
        cmake --build build
        ´´´
      ` });
      assert.deepEqual(c.setup, ['cmake -B build', 'cmake --build build']);
    });
  });

  describe('root developers\' guide name (guidePlaces.ts DEVELOPER_GUIDE_NAME, locateGuide.ts)', () => {
    it('near miss: DEVELOPERS.md that lists the team is no guide', async () => {
      const f = await factsOf({
        'README.md': '# toolbox\n\n## Contributing\n\nRun `npm test` before opening a pull request.\n',
        'DEVELOPERS.md': g`
          # Developers

          | Name | Area |
          |------|------|
          | Ana Ruiz | parser |
          | Tom Lee | CLI |
        `,
      });
      assert.notEqual(f.files.guide, 'DEVELOPERS.md');
      assert.deepEqual(f.commands.test.map((c) => c.command), ['npm test']);
    });
    it.skip('near miss: a root DEVELOPMENT.md roadmap hides the README Contributing section (left open, session 17: a root DEVELOPMENT.md is taken as the guide without reading what it holds)', async () => {
      const f = await factsOf({
        'README.md': '# toolbox\n\n## Contributing\n\nFork the repo and run `make test` before sending a pull request.\n',
        'DEVELOPMENT.md': g`
          # Development roadmap

          ## 2.0

          - Async API
          - Drop Python 3.8

          ## 2.1

          - Plugin registry
        `,
      });
      assert.deepEqual(f.commands.test.map((c) => c.command), ['make test']);
    });
    it('near miss: DEVELOPING.md on writing extensions for the editor is no contribution guide', async () => {
      const f = await factsOf({
        'README.md': '# inkpad\n\nA text editor.\n',
        'DEVELOPING.md': g`
          # Developing extensions

          Scaffold an extension and run it in a sandboxed editor:

          ´´´sh
          npx inkpad-ext new my-extension
          cd my-extension
          npx inkpad-ext run
          ´´´
        `,
      });
      assert.deepEqual([...f.commands.setup, ...f.commands.test, ...f.commands.lint].map((c) => c.command), []);
    });
    it('DEVELOP.md at the root is the developers\' guide', async () => {
      const f = await factsOf({ 'README.md': '# x\n', 'DEVELOP.md': '# Develop\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## Tests\n\n```sh\nnpm test\n```\n' });
      assert.equal(f.files.guide, 'DEVELOP.md');
    });
    it('DEV_GUIDE.md at the root is the developers\' guide', async () => {
      const f = await factsOf({ 'README.md': '# x\n', 'DEV_GUIDE.md': '# Dev guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## Tests\n\n```sh\nnpm test\n```\n' });
      assert.equal(f.files.guide, 'DEV_GUIDE.md');
    });
    it.skip('docs/DEVELOPMENT.md titled "Contributor development guide" is the guide (left open, session 17: developer guide names are looked for at the root and in .github only)', async () => {
      const f = await factsOf({ 'README.md': '# x\n', 'docs/DEVELOPMENT.md': '# Contributor development guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## Tests\n\n```sh\nnpm test\n```\n' });
      assert.equal(f.files.guide, 'docs/DEVELOPMENT.md');
    });
  });

  describe('reST and AsciiDoc tables (plainTables.ts) and the row label (commandsTable.ts rowLabelKind)', () => {
    it.skip('near miss: a third column with what `npm test` runs inside is not a step of its own (rST simple table) (left open, session 17: a description column of a table is read for commands when its row names no command first (older rule))', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Common tasks
        ------------

        ======  ==================  =========================
        Task    Script              Runs
        ======  ==================  =========================
        Test    ´´npm test´´          ´´jest --coverage´´
        Lint    ´´npm run lint´´      ´´eslint . --max-warnings 0´´
        ======  ==================  =========================
      ` });
      assert.deepEqual(c, { setup: [], test: ['npm test'], lint: ['npm run lint'] });
    });
    it('near miss: required status-check names in a table are no commands', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Pull requests

        A pull request needs these checks to pass:

        | Check | Status context |
        |-------|----------------|
        | Lint  | ´ci/lint´ |
        | Test  | ´ci/unit-tests´ |
        | Build | ´ci/build-linux´ |
      ` });
      assert.deepEqual(c, { setup: [], test: [], lint: [] });
    });
    it('near miss: the product\'s own CLI verbs in a reference table are running the product', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        What the CLI does
        -----------------

        Most changes touch one of the subcommands:

        =======  ===================================
        Verb     Example
        =======  ===================================
        Build    ´´sitegen build ./example-site´´
        Test     ´´sitegen test ./example-site´´
        Lint     ´´sitegen lint ./example-site´´
        =======  ===================================
      ` });
      assert.deepEqual(c, { setup: [], test: [], lint: [] });
    });
    it('near miss: a release table labelled Build and Test is a maintainer\'s', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Releasing (maintainers only)
        ----------------------------

        .. list-table::
           :header-rows: 1

           * - Step
             - Command
           * - Build
             - ´´python -m build´´
           * - Test
             - ´´twine check dist/*´´
           * - Publish
             - ´´twine upload dist/*´´
      ` });
      assert.deepEqual(c, { setup: [], test: [], lint: [] });
    });
    it('near miss: an AsciiDoc Test row whose command runs one file is a narrowed run', async () => {
      const c = await allCommands({ 'CONTRIBUTING.adoc': g`
        = Contributing

        == Commands

        |===
        |Task |Command

        |Test
        |´pytest tests/test_api.py´
        |===
      ` });
      assert.deepEqual(c.test, []);
    });
    it.skip('a grid-table cell with a pipe inside a literal keeps the whole command (left open, session 17: a pipeline into xargs is not read as a command)', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Checks
        ------

        +-------+--------------------------------------------------+
        | Task  | Command                                          |
        +=======+==================================================+
        | Lint  | ´´git ls-files '*.sh' | xargs shellcheck´´         |
        +-------+--------------------------------------------------+
        | Test  | ´´make check´´                                     |
        +-------+--------------------------------------------------+
      ` });
      assert.deepEqual(c, { setup: [], test: ['make check'], lint: ["git ls-files '*.sh' | xargs shellcheck"] });
    });
    it.skip('an AsciiDoc cell with an escaped pipe keeps the whole command (left open, session 17: a pipeline into xargs is not read as a command)', async () => {
      const c = await allCommands({ 'CONTRIBUTING.adoc': g`
        = Contributing

        == Checks

        |===
        |Task |Command

        |Lint
        |´git ls-files '*.sh' \| xargs shellcheck´

        |Test
        |´make check´
        |===
      ` });
      assert.deepEqual(c, { setup: [], test: ['make check'], lint: ["git ls-files '*.sh' | xargs shellcheck"] });
    });
    it('an AsciiDoc table with cols="2*" has two columns', async () => {
      const c = await allCommands({ 'CONTRIBUTING.adoc': g`
        = Contributing

        == Handy commands

        [cols="2*", options="header"]
        |===
        |Task
        |Command

        |Test
        |´./x.py´

        |Lint
        |´./run.sh´
        |===
      ` });
      assert.deepEqual(c, { setup: [], test: ['./x.py'], lint: ['./run.sh'] });
    });
    it('an AsciiDoc row with a monospace cell style (m|) keeps its label', async () => {
      const c = await allCommands({ 'CONTRIBUTING.adoc': g`
        = Contributing

        == Handy commands

        [cols="1,2"]
        |===
        |Task |Command

        |Test m|./x.py
        |Lint m|./run.sh
        |===
      ` });
      assert.deepEqual(c, { setup: [], test: ['./x.py'], lint: ['./run.sh'] });
    });
    it.skip('a csv-table directive is read like a list-table (left open, session 17: csv-table is not read)', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Handy commands
        --------------

        .. csv-table::
           :header: "Task", "Command"

           "Test", "´´./x.py´´"
           "Lint", "´´./run.sh´´"
      ` });
      assert.deepEqual(c, { setup: [], test: ['./x.py'], lint: ['./run.sh'] });
    });
    it('row labels "Integration tests" and "Linters" give the phase', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Handy commands

        | Task | Command |
        |------|---------|
        | Integration tests | ´./x.py´ |
        | Linters | ´./run.sh´ |
      ` });
      assert.deepEqual(c, { setup: [], test: ['./x.py'], lint: ['./run.sh'] });
    });
    it('row labels "Install dev dependencies" and "Run the test suite" give setup and test', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Handy commands
        --------------

        ========================  ===========================
        Task                      Command
        ========================  ===========================
        Install dev dependencies  ´´./go´´
        Run the test suite        ´´./x.py´´
        ========================  ===========================
      ` });
      assert.deepEqual(c, { setup: ['./go'], test: ['./x.py'], lint: [] });
    });
    it('a bold row label (**Test**) still gives the phase', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Handy commands
        --------------

        .. list-table::

           * - **Test**
             - ´´./x.py´´
           * - **Lint**
             - ´´./run.sh´´
      ` });
      assert.deepEqual(c, { setup: [], test: ['./x.py'], lint: ['./run.sh'] });
    });
    it('near miss: an rST simple table of supported versions holds no commands', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Supported platforms
        -------------------

        ========  ==============
        Stage     Runner
        ========  ==============
        Build     ´´ubuntu-22.04´´
        Test      ´´macos-14´´
        Lint      ´´ubuntu-22.04´´
        ========  ==============
      ` });
      assert.deepEqual(c, { setup: [], test: [], lint: [] });
    });
    it.skip('a list-table cell holding a bullet list keeps both commands in its row (left open, session 17: a list inside a table cell is read as one cell text)', async () => {
      const c = await allCommands({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Handy commands
        --------------

        .. list-table::
           :header-rows: 1

           * - Task
             - Commands
           * - Test
             - * ´´./x.py´´
               * ´´./go´´
           * - Lint
             - ´´./run.sh´´
      ` });
      assert.deepEqual(c, { setup: [], test: ['./x.py', './go'], lint: ['./run.sh'] });
    });
  });

  describe('inline HTML in Markdown (parseMarkdown.ts INLINE_TAG, CODE_TAGS)', () => {
    it('near miss: <kbd> keys in the test section are keystrokes, not commands', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Running tests

        Run ´npm test -- --watch´, then press <kbd>a</kbd> to run all tests or <kbd>q</kbd> to quit.
      ` });
      assert.deepEqual(c.test, ['npm test -- --watch']);
    });
    it('a <code> span hard-wrapped across two lines keeps the space between its words', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Testing

        The quick suite runs on every push; before a large change run the whole suite with <code>npm run
        test:all</code> as well.
      ` });
      assert.deepEqual(c.test, ['npm run test:all']);
    });
    it('near miss: <samp> output that starts with npm is no command', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Testing

        Run ´npm test´. If a snapshot is stale the run ends with <samp>npm ERR! Test failed</samp>; update it and rerun.
      ` });
      assert.deepEqual(c.test, ['npm test']);
    });
    it('near miss: <code> with a <var> placeholder is an example to adapt', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Testing

        Run one package's tests with <code>npm run test:<var>package</var></code>.
      ` });
      assert.deepEqual(c.test, []);
    });
    it('<code> commands in an HTML-styled list are read', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Development

        1. Install the dependencies with <code>yarn install --frozen-lockfile</code>.
        2. Run the tests with <code>yarn test</code>.
        3. Lint with <code>yarn lint</code>.
      ` });
      assert.deepEqual(c, { setup: ['yarn install --frozen-lockfile'], test: ['yarn test'], lint: ['yarn lint'] });
    });
    it('a <pre> block of commands is read', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Running tests

        <pre>
        npm ci
        npm test
        </pre>
      ` });
      assert.deepEqual(c.test, ['npm test']);
    });
    it.skip('<code> holding &amp;&amp; reads as the backticked span does (test, under Testing) (left open, session 17: a code element spelled with character references is left as prose: its span could not be placed)', async () => {
      const c = await allCommands({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Testing

        Run <code>make &amp;&amp; make check</code> before you push.
      ` });
      assert.deepEqual(c, { setup: [], test: ['make && make check'], lint: [] });
    });
    it.skip('<code> around a build line reads as the backticked span does (left open, session 17: a span followed by "builds everything" with no run verb is not taken, backticked or not)', async () => {
      const html = await allCommands({ 'CONTRIBUTING.md': '# Contributing\n\n## Building\n\nFrom a fresh checkout, <code>./autogen.sh && ./configure && make</code> builds everything.\n' });
      const ticks = await allCommands({ 'CONTRIBUTING.md': '# Contributing\n\n## Building\n\nFrom a fresh checkout, `./autogen.sh && ./configure && make` builds everything.\n' });
      assert.deepEqual(ticks.setup, ['./autogen.sh && ./configure && make']);
      assert.deepEqual(html, ticks);
    });
  });

  describe('reference links (normalize.ts linkTextOnly)', () => {
    it('area tags in a commit example (`[clang][Sema] Fix crash`) stay visible', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Commit messages

        Start the subject with the affected component in brackets, e.g. ´[clang][Sema] Fix crash on empty input´.
      ` });
      assert.equal(f.commit.convention, 'area-prefix');
    });
    it('the base branch behind a reference link is read', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        Open your pull request against the [´develop´][develop] branch.

        [develop]: https://github.com/acme/widget/tree/develop
      ` });
      assert.equal(f.baseBranch, 'develop');
    });
    it('a subject length behind a reference link is read', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Commit messages

        Keep the subject line under [50 characters][subject] and write it in the imperative.

        [subject]: https://cbea.ms/git-commit/
      ` });
      assert.equal(f.commit.subjectMaxLength, 50);
    });
    it('a changelog file behind a collapsed reference link is required', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        Every pull request must add an entry to [CHANGELOG.md][].

        [CHANGELOG.md]: ./CHANGELOG.md
      ` });
      assert.deepEqual(f.changelog, { required: true, how: 'changelog-file' });
    });
    it('near miss: footnote markers [1][2] do not glue onto the word before', async () => {
      const items = (await factsOf({ '.github/pull_request_template.md': g`
        ## Checklist

        - [ ] Tests added[1][2]
        - [ ] Docs updated

        [1]: https://example.org/testing
        [2]: https://example.org/docs
      ` })).checklist.map((c) => norm(c.text));
      assert.ok(!items.some((t) => /added1\b/.test(t)), JSON.stringify(items));
    });
    it.skip('a checklist item with a reference link reads its words (left open, session 17: checklist item text keeps its Markdown; the comparison key drops link targets)', async () => {
      const items = (await factsOf({ '.github/pull_request_template.md': g`
        - [ ] I have read the [contribution guide][guide]
        - [ ] Tests pass locally

        [guide]: ../CONTRIBUTING.md
      ` })).checklist.map((c) => norm(c.text));
      assert.deepEqual(items, ['I have read the contribution guide', 'Tests pass locally']);
    });
    it('near miss: a regex `[A-Z][a-z]` in a branch-naming rule keeps its classes', async () => {
      const f = await factsOf({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Branches

        Name your branch after the ticket, matching ´^[A-Z][A-Z0-9]+-[0-9]+´, for example ´PROJ-123´.
      ` });
      assert.ok(f.branchNaming === null || !/A-ZA-Z0-9/.test(f.branchNaming), String(f.branchNaming));
    });
  });
});
