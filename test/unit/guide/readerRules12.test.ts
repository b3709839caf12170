import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 12: general rules found on the projects folded into the development set. Every guide text below is written
// for the test; each rule has near-misses that must not fire.

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;

describe('reader rules (session 12)', () => {
  describe('commit convention: area prefixes in less common shapes', () => {
    it('a placeholder head with alternatives (`<feature|plugin|subject>: <message>`) is an area prefix', async () => {
      const prose = '## Commit conventions\n\nCommit messages should be structured like this:\n\n```\n<feature|plugin|subject>: <commit message>\n\n<description>\n```';
      assert.equal(await convention(prose), 'area-prefix');
    });
    it('alternatives led by the type (`<type|scope>: ...`) are not an area', async () => {
      const prose = '## Commit conventions\n\nCommit messages should be structured like this:\n\n```\n<type|kind>: <commit message>\n```';
      assert.notEqual(await convention(prose), 'area-prefix');
    });
    it('a quoted example subject whose head is a path with a placeholder, escaped in Markdown', async () => {
      const prose = '## Submitting\n\n- The commit title should match our style. This usually looks like "plugins/\\<name\\>: fixed some bug".';
      assert.equal(await convention(prose), 'area-prefix');
    });
    it('a quoted sentence with a colon that is no subject is not an example', async () => {
      const prose = '## Submitting\n\n- The commit title should be short. Your reviewer may say something like "note: this needs a test".';
      assert.notEqual(await convention(prose), 'area-prefix');
    });
    it('"prefix every commit message with the issue number" puts the number at the head', async () => {
      assert.equal(await convention('## Commit messages\n\n* Prefix every commit message with the issue number in the form `[#NNN]`.\n* Use the imperative mood.'), 'area-prefix');
    });
    it('"include the issue number in the commit message" asks for a reference, not a prefix', async () => {
      assert.equal(await convention('## Commit messages\n\n* Include the issue number in every commit message.\n* Use the imperative mood.'), 'free-form-rules');
    });
  });

  describe('checklist: templates for a maintainer\'s errand', () => {
    const files = (name: string): Record<string, string> => ({
      'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
      '.github/PULL_REQUEST_TEMPLATE/bugfix.md': '## Checklist\n\n- [ ] I added a test\n',
      [`.github/PULL_REQUEST_TEMPLATE/${name}`]: '* [ ] Draft a social media announcement\n* [ ] Tag with X.Y.Z and push the tag\n',
    });
    const texts = async (name: string) => (await factsOf(files(name))).checklist.map((c: { text: string }) => c.text);
    it('a release template in the templates folder gives no checks; the other template still does', async () => {
      assert.deepEqual(await texts('release.md'), ['I added a test']);
      assert.deepEqual(await texts('backport.md'), ['I added a test']);
    });
    it('a template whose name is not a maintainer errand keeps its boxes', async () => {
      assert.deepEqual(await texts('feature.md'), ['I added a test', 'Draft a social media announcement', 'Tag with X.Y.Z and push the tag']);
    });
  });

  describe('`make check`: the GNU test target, unless the project\'s Makefile wires it to linters', () => {
    const kinds = async (files: Record<string, string>) => {
      const c = (await factsOf(files)).commands;
      return { test: c.test.map((x: { command: string }) => x.command), lint: c.lint.map((x: { command: string }) => x.command) };
    };
    const prose = '# Contributing\n\nBefore you send a patch, run `make check` and make sure it passes.\n';
    it('named in prose with no Makefile, it runs the tests', async () => {
      assert.deepEqual(await kinds({ 'CONTRIBUTING.md': prose }), { test: ['make check'], lint: [] });
    });
    it('with options and variables around it, still the tests; `make checkstyle` is no test run', async () => {
      assert.deepEqual((await kinds({ 'CONTRIBUTING.md': '# Contributing\n\nRun `make -j4 check V=1` before sending.\n' })).test, ['make -j4 check V=1']);
      assert.deepEqual((await kinds({ 'CONTRIBUTING.md': '# Contributing\n\nRun `make checkstyle` before sending.\n' })).test, []);
    });
    it('a Makefile whose `check` runs only linters makes it a lint step', async () => {
      const makefile = '.PHONY: check\ncheck:\n\t@echo "-- code quality --"\n\t@golangci-lint run ./...\n\t@bin/markdown-lint\n';
      assert.deepEqual(await kinds({ 'CONTRIBUTING.md': prose, Makefile: makefile }), { test: [], lint: ['make check'] });
    });
    it('a Makefile whose `check` depends on a test target stays the test run', async () => {
      const makefile = 'check: lint test\nlint:\n\tgolangci-lint run\ntest:\n\tgo test ./...\n';
      assert.deepEqual(await kinds({ 'CONTRIBUTING.md': prose, Makefile: makefile }), { test: ['make check'], lint: [] });
    });
    it('a tool named by a make variable with settings before it (`X=1 $(R) CMD check`) is read as that tool', async () => {
      const makefile = 'R = R\ncheck:\n\t_R_CHECK_FOO_=false $(R) CMD check pkg.tar.gz --as-cran\n';
      assert.deepEqual(await kinds({ 'CONTRIBUTING.md': prose, Makefile: makefile }), { test: ['make check'], lint: [] });
    });
  });

  describe('where the guide lives: a docs site\'s numbered page, a Perl manual page; patches sent to a list', () => {
    const guideOf = async (files: Record<string, string>) => (await factsOf(files)).files.guide;
    const g = '# Contributing\n\nOpen a pull request.\n';
    it('a numbered page in the docs folder (`docs/02-contributing.md`) is the guide', async () => {
      assert.equal(await guideOf({ 'README.md': '# X\n', 'docs/02-contributing.md': g }), 'docs/02-contributing.md');
    });
    it('near miss: a numbered page about something else is not', async () => {
      assert.equal(await guideOf({ 'README.md': '# X\n', 'docs/02-contributors-list.md': g }), null);
    });
    it('a Perl distribution\'s `lib/**/Contributing.pm` is the guide, read as POD without its code', async () => {
      const pm = 'package X::Manual::Contributing;\nuse strict;\nmy $cmd = "make test";\n1;\n__END__\n\n=head1 RUNNING THE TESTS\n\n    prove -lr t/\n\n=cut\n';
      const facts = await factsOf({ 'README.md': '# X\n', 'lib/X/Manual/Contributing.pm': pm });
      assert.equal(facts.files.guide, 'lib/X/Manual/Contributing.pm');
      assert.deepEqual(facts.commands.test.map((c: { command: string }) => c.command), ['prove -lr t/']);
    });
    it('near miss: a CONTRIBUTING file at the root wins over the manual page', async () => {
      assert.equal(await guideOf({ 'CONTRIBUTING.md': g, 'lib/X/Manual/Contributing.pod': '=head1 X\n\nHelp.\n' }), 'CONTRIBUTING.md');
    });
    it('"Send patches to the mailing list" at the start of a sentence is the patch flow: no pull requests', async () => {
      const facts = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nSend patches to the mailing list with git send-email.\n' });
      assert.equal(facts.acceptsPullRequests, false);
    });
  });

  describe('tasks typed at sbt\'s prompt', () => {
    type Cmd = { command: string; typedIn?: string };
    const commandsOf = async (block: string) => (await factsOf({ 'CONTRIBUTING.md': `# Contributing\n\n## Building and testing\n\nStart sbt and run the tasks:\n\n\`\`\`\n${block}\n\`\`\`\n` })).commands;
    it('starting the shell sets up; each prompted task takes the phase its name gives, typed in sbt', async () => {
      const c = await commandsOf('$ sbt\n[info] welcome to sbt\nroot> compile\nroot> junit/test\nroot> scalafmtCheckAll');
      assert.deepEqual(c.setup.map((x: Cmd) => [x.command, x.typedIn]), [['sbt', undefined], ['compile', 'sbt']]);
      assert.deepEqual(c.test.map((x: Cmd) => [x.command, x.typedIn]), [['junit/test', 'sbt']]);
      assert.deepEqual(c.lint.map((x: Cmd) => [x.command, x.typedIn]), [['scalafmtCheckAll', 'sbt']]);
    });
    it('output, navigation and tasks of no phase are no steps; unprompted lines are output where sbt shows its prompt', async () => {
      const c = await commandsOf('$ sbt\n> project core\n> scalac tests/pos/Hello.scala\n> scala Hello\nhello world\n> test\n...');
      assert.deepEqual(c.test.map((x: Cmd) => x.command), ['test']);
      assert.deepEqual(c.setup.map((x: Cmd) => x.command), ['sbt']);
    });
    it('near miss: `sbt test` on one line is a shell command, and `sbt` alone with nothing typed after it is no session', async () => {
      const one = await commandsOf('sbt test');
      assert.deepEqual(one.test.map((x: Cmd) => [x.command, x.typedIn]), [['sbt test', undefined]]);
      const alone = await commandsOf('sbt\n[info] done');
      assert.ok([...alone.setup, ...alone.test, ...alone.lint].every((x: Cmd) => x.typedIn === undefined && x.command === 'sbt'));
    });
  });

  describe('a message form the guide calls only a suggestion', () => {
    it('"recommended ... `type: description` ... This is only a suggestion, not a requirement": no convention, no types', async () => {
      const facts = await factsOf(guide('## Pull requests\n\n- Commit messages are recommended to follow a `type: description` format (e.g. `feat:`, `fix:`, `chore:`). This is only a suggestion, not a requirement.'));
      assert.equal(facts.commit.convention, null);
      assert.equal(facts.commit.types, null);
    });
    it('near miss: the same form asked, with something else optional in another block, is the convention', async () => {
      const facts = await factsOf(guide('## Pull requests\n\n- Commit messages must follow a `type: description` format (e.g. `feat:`, `fix:`, `chore:`).\n- A scope is welcome. It is optional.'));
      assert.equal(facts.commit.convention, 'conventional');
    });
  });

  describe('a branch naming rule said in words', () => {
    const naming = async (prose: string) => (await factsOf(guide(prose))).branchNaming;
    it('"a new branch, named after whatever changes you\'ll be making" is the rule, in its own words', async () => {
      assert.equal(await naming('1. Fork the repository.\n2. Make a new branch on your fork, named after whatever changes you\'ll be making.\n3. Open a pull request.'), "Make a new branch on your fork, named after whatever changes you'll be making.");
    });
    it('"a branch with a descriptive name that also includes the issue number" and "a topical branch" are rules', async () => {
      assert.notEqual(await naming('- Create a branch in your fork with a descriptive name that also includes the issue number, if applicable.'), null);
      assert.notEqual(await naming('2. Create a *topical branch* - a branch whose name is succinct but explains what you are doing.'), null);
    });
    it('near miss: a name only called good ("a descriptive name", "a sensible name") is no scheme', async () => {
      assert.equal(await naming('- Create a branch with a descriptive name.'), null);
      assert.equal(await naming('Since the branch name will appear in the merge message, use a sensible name.'), null);
    });
    it('a pattern elsewhere in the guide wins over the rule in words', async () => {
      assert.equal(await naming('- Make a new branch, named after the change.\n\n## Branches\n\nName your branches `fix/<issue>-<slug>`.'), 'fix/<issue>-<slug>');
    });
  });

  describe('a watcher or dev server is no setup step, unless a heading about installing, building or developing gives it', () => {
    const setupOf = async (prose: string) => (await factsOf(guide(prose))).commands.setup.map((c: { command: string }) => c.command);
    it('under a workflow heading, `yarn watch` and `npm start` set nothing up', async () => {
      assert.deepEqual(await setupOf('## Workflow and pull requests\n\n```sh\nyarn install\nyarn watch\n```\n\n```sh\n# Start the dev server\nnpm start\n```'), ['yarn install']);
    });
    it('under "Developing", "Building" or "Install" the watcher that keeps the build current is setup', async () => {
      assert.deepEqual(await setupOf('## Developing\n\nTo rebuild whenever source files change, run `pnpm dev`.'), ['pnpm dev']);
      assert.deepEqual(await setupOf('## Install\n\n```bash\n$ pnpm install\n$ pnpm start\n```'), ['pnpm install', 'pnpm start']);
    });
  });

  describe('spans a sentence asks to run or to pass', () => {
    const commandsOf = async (prose: string) => {
      const c = (await factsOf(guide(prose))).commands;
      return [...c.setup, ...c.test, ...c.lint].map((x: { command: string }) => x.command);
    };
    it('"Run tests before sending the pull request by `x`": the tool the run is done by', async () => {
      assert.deepEqual(await commandsOf('## Patch guidelines\n\n* Run tests before send Pull Request by `bundle exec rake test`'), ['bundle exec rake test']);
    });
    it('"Ensure that `./check.sh` succeeds": a script whose success is asked is run', async () => {
      assert.deepEqual(await commandsOf('* Ensure that `./check.sh` succeeds.'), ['./check.sh']);
    });
    it('"your PR will need to pass CI and local `cargo test`"', async () => {
      assert.deepEqual(await commandsOf('- your PR will need to pass CI and local `cargo test`.'), ['cargo test']);
    });
    it('near miss: a script named without a run or a success ("`./check.sh` lives in the root") is no step', async () => {
      assert.deepEqual(await commandsOf('The script `./check.sh` lives in the root of the repository.'), []);
      assert.deepEqual(await commandsOf('* Read the notes by `ruby` experts.'), []);
    });
  });

  describe('more ways a sentence hands over a check', () => {
    const kinds = async (prose: string) => {
      const c = (await factsOf(guide(prose))).commands;
      return { setup: c.setup.map((x: { command: string }) => x.command), test: c.test.map((x: { command: string }) => x.command), lint: c.lint.map((x: { command: string }) => x.command) };
    };
    it('"by running the command `x`" runs it; its clause gives the phase', async () => {
      assert.deepEqual((await kinds('- Ensure proper source code formatting by running the command `dotnet fantomas src`.')).lint, ['dotnet fantomas src']);
    });
    it('nox\'s joined short flags (`-rs format`) still name the session', async () => {
      assert.deepEqual(await kinds('Format your changes using command `nox -rs format` and lint them using command `nox -rs lint`.'), { setup: [], test: [], lint: ['nox -rs format', 'nox -rs lint'] });
    });
    it('"make sure that `x` does not report any errors" asks it to pass; a linter\'s task for the test sources is the linter', async () => {
      assert.deepEqual((await kinds('- Make sure that `./gradlew detektMain detektTest` does not report any errors.')).lint, ['./gradlew detektMain detektTest']);
    });
    it('near miss: "`x` does not work on Windows" is still no step; a test task beside a linter\'s makes a test run', async () => {
      assert.deepEqual(await kinds('Note that `make lint` does not work on Windows.'), { setup: [], test: [], lint: [] });
      assert.deepEqual((await kinds('Run `./gradlew detektMain test` before you push.')).test, ['./gradlew detektMain test']);
    });
  });

  it('Clojure\'s linters and formatters (eastwood, clj-kondo, cljfmt) lint', async () => {
    const c = (await factsOf(guide('## Linting\n\nWe use eastwood. Run it via `bb eastwood`, and `clj-kondo --lint src` before you push.'))).commands;
    assert.deepEqual(c.lint.map((x: { command: string }) => x.command), ['bb eastwood', 'clj-kondo --lint src']);
  });

  it('near miss: `sbt` in one block and shell lines in the next are no session', async () => {
    const c = (await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\nStart sbt:\n\n```\nsbt\n```\n\nOr from your shell:\n\n```\n$ npm test\nPS> .\\test.ps1\n```\n' })).commands;
    assert.ok([...c.setup, ...c.test, ...c.lint].every((x: { typedIn?: string }) => x.typedIn === undefined));
  });

  it('a REPL\'s input and echo in a shell-tagged block (`> const x = require(...)`, `undefined`) are no commands', async () => {
    const c = (await factsOf(guide('## Testing\n\nRun the tests:\n\n```sh\nnpm test\n```\n\nTo try a function in a REPL:\n\n```sh\n> const toDate = require(\'./src/toDate\').default\nundefined\n> toDate(1).toString()\n```'))).commands;
    assert.deepEqual([...c.setup, ...c.test, ...c.lint].map((x: { command: string }) => x.command), ['npm test']);
  });

  it('make\'s `check` with job options around it (`make check -j 32 -k`, `make -j$(nproc) check`) is still the test suite', async () => {
    const c = (await factsOf(guide('## Building\n\n```sh\n./configure\nmake -j$(nproc) check\n```\n\nA faster run: `make check -j 32 -k`.'))).commands;
    assert.deepEqual(c.test.map((x: { command: string }) => x.command), ['make -j$(nproc) check', 'make check -j 32 -k']);
  });

  it('a message structure "commit messages should be structured like this" that ends in a Signed-off-by line asks for the sign-off', async () => {
    const facts = await factsOf(guide('## Commit conventions\n\nCommit messages should be structured like this:\n\n```\n<subsystem>: <summary>\n\n<description>\n\nSigned-off-by: My Name <me@example.org>\n```'));
    assert.equal(facts.commit.signOff, 'required');
    const example = await factsOf(guide('## History\n\nAn old commit looked like this:\n\n```\nfix: a thing\n\nSigned-off-by: Someone <s@example.org>\n```'));
    assert.equal(example.commit.signOff, null);
  });
  it('a project named with a digit is no branch ("your first PR to urllib3"); a version series is', async () => {
    assert.equal((await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nIf this is your first PR to urllib3, please read the guide.\n' })).baseBranch, null);
    assert.equal((await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nOpen pull requests against 2.13.x.\n' })).baseBranch, '2.13.x');
    assert.equal((await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nPlease send pull requests to release-1.2.\n' })).baseBranch, 'release-1.2');
  });

  describe('review outside pull requests, said by the repository itself', () => {
    const facts = async (files: Record<string, string>) => {
      const j = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping!\n', ...files });
      return { value: j.acceptsPullRequests, source: j.sources.acceptsPullRequests };
    };
    it('a `.gitreview` naming the Gerrit host: no pull requests, from the file and its line, origin "repository"', async () => {
      assert.deepEqual(await facts({ '.gitreview': '[gerrit]\nhost=review.opendev.org\nport=29418\n' }), { value: false, source: { file: '.gitreview', line: 2, origin: 'repository' } });
    });
    it('package.json\'s repository on a Gerrit host says the same', async () => {
      const pkg = '{\n  "name": "x",\n  "repository": {\n    "type": "git",\n    "url": "https://gerrit.example.org/r/x/core"\n  }\n}\n';
      assert.deepEqual(await facts({ 'package.json': pkg }), { value: false, source: { file: 'package.json', line: 5, origin: 'repository' } });
    });
    it('near miss: the guide\'s own word wins, and a Gerrit link outside `repository` says nothing', async () => {
      const said = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request on GitHub.\n', '.gitreview': '[gerrit]\nhost=review.example.org\n' });
      assert.equal(said.acceptsPullRequests, true);
      assert.deepEqual(await facts({ 'package.json': '{\n  "repository": "github:foo/bar",\n  "homepage": "https://gerrit.example.org/x"\n}\n' }), { value: null, source: undefined });
    });
  });
});
