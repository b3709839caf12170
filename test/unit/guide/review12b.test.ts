import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Hostile review of 22ca830..HEAD (sbt sessions across blocks, REPL lines, make's check with job options, watchers
// as setup, suggestions, offered issue-number prefixes, branch naming, patches sent to a branch). Every guide text is
// written for the test. Tests named "holds" pass: probes the rules survive.

type Cmd = { command: string; typedIn?: string };
const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const cmds = (list: Cmd[]) => list.map((c) => c.command);
const typed = (list: Cmd[]) => list.map((c) => [c.command, c.typedIn]);
const allCommands = async (files: Record<string, string>) => {
  const c = (await factsOf(files)).commands;
  return { setup: cmds(c.setup), test: cmds(c.test), lint: cmds(c.lint) };
};

describe('review of 22ca830..HEAD (review12b)', () => {
  describe('rule 1: sbt sessions', () => {
    it('`sbt --version` is a version check, no shell start: the `sbt test` line after it is a test step run in the shell', async () => {
      const c = await allCommands(guide('## Building\n\n```\njava -version\nsbt --version\nsbt compile\nsbt test\n```'));
      assert.deepEqual(c.test, ['sbt test']);
    });
    it('a session goes on past the first prompt block: `sbt`, then `> compile`, then `> test` (three blocks, one section) runs `test` in sbt', async () => {
      const c = (await factsOf(guide('## Testing\n\nStart sbt:\n\n```\nsbt\n```\n\nCompile everything:\n\n```\n> compile\n```\n\nThen run the tests:\n\n```\n> test\n```'))).commands;
      assert.deepEqual(typed(c.test), [['test', 'sbt']]);
    });
    it('a prompt block with sbt\'s output under the task (`sbt:myproj> test` then `[info] Passed`) still continues the session: `sbt` is no test step', async () => {
      const c = (await factsOf(guide('## Testing\n\nStart sbt:\n\n```\nsbt\n```\n\nThen run the tests:\n\n```\nsbt:myproj> test\n[info] Passed: Total 42, Failed 0\n```'))).commands;
      assert.deepEqual({ setup: typed(c.setup), test: typed(c.test) }, { setup: [['sbt', undefined]], test: [['test', 'sbt']] });
    });
    it('`scalastyle` at sbt\'s prompt runs the Scalastyle linter: a lint step typed in sbt', async () => {
      const c = (await factsOf(guide('## Testing\n\nStart sbt and run the checks:\n\n```\n$ sbt\n> scalastyle\n> test\n```'))).commands;
      assert.deepEqual(typed(c.lint), [['scalastyle', 'sbt']]);
    });
  });

  describe('rule 2: REPL lines in a shell block', () => {
    const repl = (intro: string, lines: string) => allCommands(guide(`## Testing\n\n${intro}\n\n\`\`\`sh\n${lines}\n\`\`\``));
    it('a property read at the node REPL (`lib.version`) is no test command', async () => {
      const c = await repl('Check that the build works:', "npm run build\nnode\nconst lib = require('./dist')\nlib.version");
      assert.ok(!c.test.includes('lib.version'), `test: ${JSON.stringify(c.test)}`);
    });
    it('Ruby typed into irb (`require_relative \'lib/mygem\'`, `puts Mygem::VERSION`) is no test command', async () => {
      const c = await repl('Check the gem loads:', "bundle install\nbundle exec irb\nrequire_relative 'lib/mygem'\nputs Mygem::VERSION");
      assert.deepEqual(c.test.filter((t) => /^(?:require_relative|puts)\b/.test(t)), []);
    });
    it('an attribute read at the Python prompt (`mylib.__version__`) is no test command', async () => {
      const c = await repl('Check the package:', 'pip install -e .\npython\nimport mylib\nmylib.__version__\nexit()');
      assert.ok(!c.test.includes('mylib.__version__'), `test: ${JSON.stringify(c.test)}`);
    });
    it('holds: `>`-prompted node REPL lines after a test command are no commands', async () => {
      const c = await allCommands(guide("## Testing\n\nRun the tests:\n\n```sh\nnpm test\n```\n\nTo try a function in a REPL:\n\n```sh\n> const lib = require('./lib')\nundefined\n> typeof lib.parse\n'function'\n```"));
      assert.deepEqual(c, { setup: [], test: ['npm test'], lint: [] });
    });
  });

  describe('rule 3: make\'s check', () => {
    const build = (line: string) => allCommands(guide(`## Building\n\n\`\`\`sh\n./configure\n${line}\n\`\`\``));
    it('`make -j $(nproc) check` (a space before the job count) is make\'s check: the test suite', async () => {
      assert.deepEqual((await build('make -j $(nproc) check')).test, ['make -j $(nproc) check']);
    });
    it('`make --jobs=8 check` (the long option) is make\'s check: the test suite', async () => {
      assert.deepEqual((await build('make --jobs=8 check')).test, ['make --jobs=8 check']);
    });
    it('`make -C build check` (an out-of-tree build directory) is make\'s check: the test suite, not setup', async () => {
      const c = await allCommands(guide('## Building\n\n```sh\nmkdir build && cd build && ../configure && cd ..\nmake -C build check\n```'));
      assert.deepEqual({ test: c.test, setupHasIt: c.setup.includes('make -C build check') }, { test: ['make -C build check'], setupHasIt: false });
    });
    it('"`make check` ... (it does not run the linters)" denies linting: make\'s check stays the test suite', async () => {
      assert.deepEqual(await allCommands(guide('## Before submitting\n\nRun `make check` before you push (it does not run the linters).')), { setup: [], test: ['make check'], lint: [] });
    });
    it('"Make sure `make check` passes; style checks run separately in CI" puts the style checks elsewhere: make\'s check is the test suite', async () => {
      assert.deepEqual(await allCommands(guide('## Before submitting\n\nMake sure `make check` passes; style checks run separately in CI.')), { setup: [], test: ['make check'], lint: [] });
    });
    it('holds: `make check -j 32 -k` under a build heading is the test suite', async () => {
      assert.deepEqual((await build('make check -j 32 -k')).test, ['make check -j 32 -k']);
    });
  });

  describe('rule 4: watchers and dev servers are no setup outside setup headings', () => {
    const browser = (line: string) => allCommands(guide(`## Testing\n\nRun the tests with \`npm test\`. To see your change in the browser:\n\n\`\`\`sh\n${line}\n\`\`\``));
    it('`npm install && npm run dev` under "Testing" ends in a dev server that never exits: no setup step (the install exemption is for installs alone)', async () => {
      assert.ok(!(await browser('npm install && npm run dev')).setup.includes('npm install && npm run dev'));
    });
    it('`npm run start:dev` (NestJS\'s watch-mode start) under "Testing" is a dev server: no setup step', async () => {
      assert.deepEqual((await browser('npm run start:dev')).setup, []);
    });
    it('`pnpm -F web dev` (a workspace\'s dev server) under "Testing" is a dev server: no setup step', async () => {
      assert.deepEqual((await browser('pnpm -F web dev')).setup, []);
    });
  });

  describe('rule 5: suggestions, offered prefixes, branch names, patches', () => {
    const convention = async (prose: string) => (await factsOf(guide(prose))).commit.convention;
    it('"The format is not enforced by a hook, but reviewers will ask you to fix it": the required Conventional Commits form stays the convention', async () => {
      assert.equal(await convention('## Commit messages\n\nCommit messages must follow Conventional Commits, e.g. `feat(cli): add --json flag` or `fix: handle empty input`. The format is not enforced by a hook, but reviewers will ask you to fix it.'), 'conventional');
    });
    it('"this is only a suggestion" said of wrapping the body leaves the required Conventional Commits form the convention', async () => {
      assert.equal(await convention('## Commit messages\n\nCommit messages must follow Conventional Commits (`feat: ...`, `fix: ...`). For the body, we suggest wrapping at 72 columns; this is only a suggestion.'), 'conventional');
    });
    it('a next paragraph "This is only a recommendation for the body; the subject line format is checked by commitlint" leaves the form required', async () => {
      assert.equal(await convention('## Commit messages\n\nCommit messages must look like `type(scope): description`, e.g. `feat(cli): add --json flag`.\n\nThis is only a recommendation for the body; the subject line format is checked by commitlint in CI.'), 'conventional');
    });
    it('"That is just a guideline" said of squashing in the pull-request section leaves the "Commit messages" section\'s rules: free-form-rules', async () => {
      assert.equal(await convention('## Commit messages\n\nDescribe what changed and why. Reference related issues.\n\n## Pull requests\n\nPlease squash fixup commits. That is just a guideline; maintainers can squash on merge.'), 'free-form-rules');
    });
    it('holds: the same "Commit messages" section without the squash suggestion is free-form-rules', async () => {
      assert.equal(await convention('## Commit messages\n\nDescribe what changed and why. Reference related issues.\n\n## Pull requests\n\nOpen a pull request.'), 'free-form-rules');
    });
    it('"Prefix every commit message with the issue number so that GitHub can link it": "can" is GitHub\'s, not an offer; area-prefix', async () => {
      assert.equal(await convention('## Commits\n\n* Prefix every commit message with the issue number so that GitHub can link it, like `#123 Fix crash on empty input`.'), 'area-prefix');
    });
    it('"Create a feature branch from the main branch, named after the issue you are fixing": the name is the new branch\'s, a naming rule', async () => {
      assert.notEqual((await factsOf(guide('## Workflow\n\n1. Fork the repository.\n2. Create a feature branch from the main branch, named after the issue you are fixing.\n3. Open a pull request.'))).branchNaming, null);
    });
    it('"Create a branch for your work, ideally named after the issue number" is a naming rule', async () => {
      assert.notEqual((await factsOf(guide('## Workflow\n\n* Create a branch for your work, ideally named after the issue number.'))).branchNaming, null);
    });
    it('holds: "Patches should be submitted to GitHub as pull requests" takes pull requests', async () => {
      assert.equal((await factsOf(guide('## Contributing code\n\nPatches should be submitted to GitHub as pull requests against `main`.'))).acceptsPullRequests, true);
    });
    it('holds: "Please do not submit patches to the mailing list" beside a pull request flow takes pull requests', async () => {
      assert.equal((await factsOf(guide('## Contributing code\n\nFork the repo and open a pull request. Please do not submit patches to the mailing list; it is for announcements only.'))).acceptsPullRequests, true);
    });
  });
});
