import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { gnuQuotesAsCode } from '../../../src/core/guide/plainTextLiterals';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { commandsOf } from './commandCases';

// Session 13: general rules found on the projects folded into the development set (measure13). Every guide text
// below is written for the test; each rule has near-misses that must not fire.

const md = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });

describe('reader rules (session 13)', () => {
  describe('a command set off as a term: a paragraph that is only the span, in bold', () => {
    it('bold spans over lists of what they do are the commands', async () => {
      const c = await commandsOf(md('## Commands\n\n**`pnpm build`**\n\n- re-compiles `src` to `lib`\n\n**`pnpm test`**\n\n- runs all tests\n'));
      assert.deepEqual(c.setup, ['pnpm build']);
      assert.deepEqual(c.test, ['pnpm test']);
    });
    it('a bold span inside a sentence is still only named', async () => {
      const c = await commandsOf(md('## Notes\n\nWe moved away from **`pnpm legacy-test`** last year, so it is gone.\n'));
      assert.deepEqual(c.test, []);
    });
  });

  describe('plain text: commands behind a root prompt under a label line', () => {
    const hacking = (body: string): Record<string, string> => ({ HACKING: `Hacking on Widget\n*****************\n\nBuilding\n========\n\n${body}\n` });
    it('"  Configure and build" over "    # ./bootstrap-configure" and "    # make" are the setup steps', async () => {
      const c = await commandsOf(hacking('The usual steps are:\n\n  Configure and build\n    # ./bootstrap-configure\n    # make\n\n  Run unit tests\n    # make check\n'));
      assert.deepEqual(c.setup, ['./bootstrap-configure', 'make']);
      assert.deepEqual(c.test, ['make check']);
    });
    it('a comment behind # that is prose is no command, and a run mixing it stays comments', async () => {
      const c = await commandsOf(hacking('The usual steps are:\n\n  Some notes\n    # this is only a remark about the tree\n    # and one more remark\n'));
      assert.deepEqual([...c.setup, ...c.test, ...c.lint], []);
    });
  });

  describe("plain text: GNU quotes (`make check') mark what to type", () => {
    it("`make check' in a sentence that runs the tests is the test step", async () => {
      const c = await commandsOf({ 'HACKING.txt': 'Testing\n-------\n\nTo run the tests, go to Test and `make check\'.  Report any errors.\n' });
      assert.deepEqual(c.test, ['make check']);
    });
    it('a Markdown span keeps the apostrophe after it an apostrophe', () => {
      assert.equal(gnuQuotesAsCode("run `make` and it's done, then `make check'.\nAlso `make install'."), "run `make` and it's done, then `make check`.\nAlso `make install`.");
      // A document of Markdown spans, one holding an apostrophe, is left alone.
      assert.equal(gnuQuotesAsCode("Run `pip install -e '.[dev]'` then `pytest`."), "Run `pip install -e '.[dev]'` then `pytest`.");
      assert.equal(gnuQuotesAsCode("no quotes ' here"), "no quotes ' here");
      // A backtick followed by a space opens no quote.
      assert.equal(gnuQuotesAsCode("a ` b' c"), "a ` b' c");
    });
  });

  describe('a span that opens its paragraph, after a lead-in paragraph, with a relative clause', () => {
    it('"to run tests use" then "`./gradlew jvmTest` which runs all tests on the JVM"', async () => {
      const c = await commandsOf(md('## Building\n\nTo build the project, use\n\n`./gradlew assemble`\n\nto run tests use\n\n`./gradlew jvmTest` which runs all tests on the JVM. This is the minimum.\n'));
      assert.deepEqual(c.setup, ['./gradlew assemble']);
      assert.deepEqual(c.test, ['./gradlew jvmTest']);
    });
    it('a span that a relative clause describes, with no lead-in handing over to it, is not taken', async () => {
      const c = await commandsOf(md('## History\n\nWe used to ship a wrapper.\n\n`./old-runner` which runs nothing now was removed in 2019.\n'));
      assert.deepEqual([...c.setup, ...c.test, ...c.lint], []);
    });
  });

  describe('after the main steps, a block whose own lead-in names its phase still counts', () => {
    const prose = '## Setup\n\n```bash\nnpm install\nnpm run test:all\nnpm run lint\n```\n\n## Scripts\n\nWe use npm scripts.\n\nTo run the tests:\n\n```bash\nnpm test\n```\n';
    it('"To run the tests:" under "Scripts" gives `npm test`', async () => {
      assert.ok((await commandsOf(md(prose))).test.includes('npm test'));
    });
    it('a block with no such lead-in under a side heading is still left out', async () => {
      const c = await commandsOf(md(prose.replace('To run the tests:', 'Here is how we did it in 2015:')));
      assert.ok(!c.test.includes('npm test'));
    });
  });

  describe('a bare command line after a lead-in that hands over to it (a block quote)', () => {
    it('"To run all tests, simply do" then "> ./gradlew test"', async () => {
      assert.deepEqual((await commandsOf(md('## Run tests\n\nTo run all tests, simply do\n\n> ./gradlew test\n'))).test, ['./gradlew test']);
    });
    it('a quoted sentence after such a lead-in is not a command', async () => {
      const c = await commandsOf(md('## Run tests\n\nWhen it fails, simply do:\n\n> Make sure the tests are green.\n'));
      assert.deepEqual([...c.setup, ...c.test, ...c.lint], []);
    });
    it('a bare command line with no lead-in handing over is not taken', async () => {
      const c = await commandsOf(md('## Run tests\n\nOur CI is slow.\n\n> ./gradlew test\n'));
      assert.deepEqual(c.test, []);
    });
  });

  describe('a shell line commented the JavaScript way (`// what it does`)', () => {
    it('the comment is dropped from the command and still says its phase', async () => {
      const c = await commandsOf(md('## Building\n\n```bash\npnpm run build        // build dist files in ./dist\npnpm run lint         // perform code linting\npnpm run suite        // run the unit tests\n```\n'));
      assert.deepEqual(c.setup, ['pnpm run build']);
      assert.deepEqual(c.lint, ['pnpm run lint']);
      assert.deepEqual(c.test, ['pnpm run suite']);
    });
    it('a URL or a UNC path keeps its slashes', async () => {
      const c = await commandsOf(md('## Setup\n\n```bash\nnpm install https://example.org/pkg.tgz\nnpm install //server/share/pkg.tgz\n```\n'));
      assert.deepEqual(c.setup, ['npm install https://example.org/pkg.tgz', 'npm install //server/share/pkg.tgz']);
    });
  });

  describe('checklist: a bulleted list of short asks opening a bare "Pull Requests" section', () => {
    const checklistOf = async (prose: string): Promise<string[]> =>
      (toInspectJson(await readGuide(new MemoryRepoFiles(md(prose)))).checklist as { text: string }[]).map((c) => c.text);
    it('is what a pull request must meet', async () => {
      const items = await checklistOf('## How to contribute\n\n### Pull Requests\n\n* Fill in the required template\n* Document new code\n* End files with a newline.\n* Format your code with `crystal tool format`\n\n## Style\n\nUse two spaces.');
      assert.deepEqual(items, ['Fill in the required template', 'Document new code', 'End files with a newline.', 'Format your code with `crystal tool format`']);
    });
    it('a list of statements about the process there is not', async () => {
      const items = await checklistOf('### Pull Requests\n\n* The maintainers triage new pull requests weekly.\n* Releases happen monthly.\n* CI runs on Linux and macOS.');
      assert.deepEqual(items, []);
    });
    it('a list after prose in the section, or under a heading that names more than the pull request, is not', async () => {
      assert.deepEqual(await checklistOf('### Pull Requests\n\nWe love them. Some history:\n\n* Fill in the old form\n* Mail it to the list'), []);
      assert.deepEqual(await checklistOf('### Pull request process\n\n* Fill in the required template\n* Wait for a review'), []);
    });
  });

  describe('"This can be done through `x`": the step the sentence before asked for', () => {
    it('formatting "can be done through `nix fmt`" is the lint step', async () => {
      const c = await commandsOf(md('## Submitting a change\n\n- The code must be properly formatted. This can be done through `nix fmt`.\n'));
      assert.deepEqual(c.lint, ['nix fmt']);
    });
    it('"is done through `x`" said of how something works is no step', async () => {
      const c = await commandsOf(md('## Internals\n\nRendering is done through `nix fmt` internally, which you never call.\n'));
      assert.deepEqual(c.lint, []);
    });
  });

  describe("base branch: merged into the project's own branch, named with its possessive", () => {
    const base = async (prose: string) => toInspectJson(await readGuide(new MemoryRepoFiles(md(prose)))).baseBranch;
    it('"merge your fork into ForwardDiff\'s master branch"', async () => {
      assert.equal(await base("4. When you're done, submit a PR to merge your fork into ForwardDiff's master branch."), 'master');
    });
    it("a lower-case possessive (someone's branch) names no base", async () => {
      assert.equal(await base("If a reviewer asks, we may merge it into the reviewer's scratch branch for testing."), null);
    });
  });

  describe('a task runner alone, handed a phase by its clause ("compile the code with `make`")', () => {
    it('is the build step, and the test run after it keeps its phase', async () => {
      const c = await commandsOf(md('## Making changes\n\nAfter making your changes, compile the code with `make` and then run the tests with `make test`.\n'));
      assert.deepEqual(c.setup, ['make']);
      assert.deepEqual(c.test, ['make test']);
    });
    it('a package manager named alone is a tool, and a runner offered as a replacement is no step', async () => {
      const c = await commandsOf(md('## Notes\n\nInstall the dependencies with `npm`.\n\nYou can also replace `go build` with `make`.\n'));
      assert.deepEqual([...c.setup, ...c.test, ...c.lint], []);
    });
  });
});

