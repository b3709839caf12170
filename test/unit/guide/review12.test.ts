import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Hostile review of session 12's rules (837ef0d..HEAD): inputs a real guide plausibly contains where the new rules
// answer wrongly. Every guide text is written for the test. Tests named "near miss" or "holds" pass: the rule's
// intended case, or a probe it survives.

type Cmd = { command: string; typedIn?: string };
const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const cmds = (list: Cmd[]) => list.map((c) => c.command);
const allCommands = async (files: Record<string, string>) => {
  const c = (await factsOf(files)).commands;
  return { setup: cmds(c.setup), test: cmds(c.test), lint: cmds(c.lint) };
};
const texts = (facts: { checklist: { text: string }[] }) => facts.checklist.map((c) => c.text);

describe('review of session 12 rules', () => {
  describe('rule 1: area prefixes and the issue number at the head', () => {
    it('alternatives that are commit types (`<feat|fix|docs|chore>: <summary>`) are the conventional form, not an area prefix', async () => {
      const facts = await factsOf(guide('## Commit conventions\n\nCommit messages should be structured like this:\n\n```\n<feat|fix|docs|chore>: <short summary>\n```'));
      assert.notEqual(facts.commit.convention, 'area-prefix');
    });
    it('"You may prefix your commit message with the issue number if you like" is optional: no area-prefix convention', async () => {
      const facts = await factsOf(guide('## Commit messages\n\n* You may prefix your commit message with the issue number if you like.\n* Use the imperative mood.'));
      assert.notEqual(facts.commit.convention, 'area-prefix');
    });
    it('"Prefix every commit with the issue number" (without the word "message") puts the number at the head: area-prefix', async () => {
      const facts = await factsOf(guide('## Commits\n\n* Prefix every commit with the issue number, like `#123 Fix crash on empty input`.\n* Use the imperative mood.'));
      assert.equal(facts.commit.convention, 'area-prefix');
    });
    it('holds: "Do not prefix commit messages with the issue number" gives no area prefix', async () => {
      const facts = await factsOf(guide('## Commit messages\n\n* Do not prefix commit messages with the issue number; reference the issue in the body instead.\n* Use the imperative mood.'));
      assert.notEqual(facts.commit.convention, 'area-prefix');
    });
  });

  describe('rule 2: maintainer errand templates', () => {
    const files = (extra: Record<string, string>): Record<string, string> => ({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', ...extra });
    it('a `publish-plugin.md` template through which community authors submit their plugin is a contributor\'s checklist, kept', async () => {
      const facts = await factsOf(files({
        '.github/PULL_REQUEST_TEMPLATE/bugfix.md': '## Checklist\n\n- [ ] I added a test\n',
        '.github/PULL_REQUEST_TEMPLATE/publish-plugin.md': '## Checklist\n\n- [ ] My plugin has a README\n- [ ] I tested my plugin on the latest version\n',
      }));
      assert.deepEqual(texts(facts), ['I added a test', 'My plugin has a README', 'I tested my plugin on the latest version']);
    });
    it('`prerelease.md` is a maintainer errand as much as `release.md`: its boxes are no contributor checks', async () => {
      const facts = await factsOf(files({
        '.github/PULL_REQUEST_TEMPLATE/bugfix.md': '## Checklist\n\n- [ ] I added a test\n',
        '.github/PULL_REQUEST_TEMPLATE/prerelease.md': '## Checklist\n\n- [ ] Tag the release and push the tag\n',
      }));
      assert.deepEqual(texts(facts), ['I added a test']);
    });
    it('GitLab\'s `.gitlab/merge_request_templates/Release.md` is a maintainer errand as much as GitHub\'s', async () => {
      const facts = await factsOf({
        'CONTRIBUTING.md': '# Contributing\n\nOpen a merge request.\n',
        '.gitlab/merge_request_templates/Default.md': '## Checklist\n\n- [ ] I added a test\n',
        '.gitlab/merge_request_templates/Release.md': '## Checklist\n\n- [ ] Tag the release and push the tag\n',
      });
      assert.deepEqual(texts(facts), ['I added a test']);
    });
  });

  describe('rule 3: headings that skip a level', () => {
    it('a `Testing` part (setext `--`, used once) keeps its `###` child: the script under "Testing > Running the suite" is the test run', async () => {
      const text = 'Contributing\n============\n\n### Code of conduct\n\nBe nice.\n\n### Reporting bugs\n\nOpen an issue.\n\nTesting\n-------\n\n### Running the suite\n\n```\n./scripts/ci-run.sh\n```\n';
      assert.deepEqual((await allCommands({ 'CONTRIBUTING.md': text })).test, ['./scripts/ci-run.sh']);
    });
    it('a one-off `Troubleshooting` part keeps its `###` questions: the workaround under it is no test step', async () => {
      const text = 'Contributing\n============\n\n### Setup\n\n```\nnpm install\n```\n\n### Running tests\n\n```\nnpm test\n```\n\nTroubleshooting\n---------------\n\n### Tests fail with EMFILE on macOS\n\nRaise the limit and run them serially:\n\n```\nulimit -n 4096\nnpm run test:serial\n```\n';
      assert.deepEqual((await allCommands({ 'CONTRIBUTING.md': text })).test, ['npm test']);
    });
  });

  describe('rule 4: make\'s `check`', () => {
    const mk = (makefile: string) => allCommands({ 'CONTRIBUTING.md': '# Contributing\n\nBefore you send a patch, run `make check` and make sure it passes.\n', Makefile: makefile });
    it('`make check` the sentence says "runs gofmt, go vet and staticcheck" is a lint step', async () => {
      assert.deepEqual((await allCommands(guide('## Before submitting\n\nRun `make check` (runs gofmt, go vet and staticcheck) before you push.'))).lint, ['make check']);
    });
    it('a top-level `check` that hands over to the test folder\'s own `check` (`$(MAKE) -C tests check`) is the test suite', async () => {
      assert.deepEqual(await mk('.PHONY: check\ncheck: all\n\t$(MAKE) -C tests check\n\nall:\n\t$(MAKE) -C src\n'), { setup: [], test: ['make check'], lint: [] });
    });
    it('holds: a Makefile `check` running `pre-commit run --all-files` is a lint step', async () => {
      assert.deepEqual(await mk('.PHONY: check\ncheck:\n\tpre-commit run --all-files\n'), { setup: [], test: [], lint: ['make check'] });
    });
    it('near miss: a `check` whose recipe runs the test binary it builds is the test suite', async () => {
      assert.deepEqual(await mk('.PHONY: check\ncheck: build/unit_tests\n\t./build/unit_tests --gtest_brief=1\n'), { setup: [], test: ['make check'], lint: [] });
    });
  });

  describe('rule 5: where the guide lives', () => {
    it('a Perl manual page four folders down (`lib/DBIx/Foo/Manual/Contributing.pod`) is the guide', async () => {
      const facts = await factsOf({ 'README.md': '# X\n', 'lib/DBIx/Foo/Manual/Contributing.pod': '=head1 NAME\n\nContributing\n\n=head1 TESTS\n\n    prove -lr t/\n\n=cut\n' });
      assert.equal(facts.files.guide, 'lib/DBIx/Foo/Manual/Contributing.pod');
    });
    it('a numbered page one folder down in the docs (`docs/developer/02-contributing.md`) is the guide', async () => {
      assert.equal((await factsOf({ 'README.md': '# X\n', 'docs/developer/02-contributing.md': '# Contributing\n\nOpen a pull request.\n' })).files.guide, 'docs/developer/02-contributing.md');
    });
    it('a numbered folder of a docs site (`docs/05-contributing/README.md`) holds the guide', async () => {
      assert.equal((await factsOf({ 'README.md': '# X\n', 'docs/05-contributing/README.md': '# Contributing\n\nOpen a pull request.\n' })).files.guide, 'docs/05-contributing/README.md');
    });
    it('near miss: the unnumbered `docs/developer/contributing.md` and `docs/contributing/README.md` are found', async () => {
      assert.equal((await factsOf({ 'README.md': '# X\n', 'docs/developer/contributing.md': '# Contributing\n\nOpen a pull request.\n' })).files.guide, 'docs/developer/contributing.md');
      assert.equal((await factsOf({ 'README.md': '# X\n', 'docs/contributing/README.md': '# Contributing\n\nOpen a pull request.\n' })).files.guide, 'docs/contributing/README.md');
    });
    it('near miss: a `.pm` with POD first and code after `=cut` reads no code as commands', async () => {
      const pm = 'package X::Manual::Contributing;\n\n=head1 RUNNING THE TESTS\n\n    prove -lr t/\n\n=cut\n\nuse strict;\n\nsub run {\n    system("make test");\n}\n\n1;\n';
      assert.deepEqual(cmds((await factsOf({ 'README.md': '# X\n', 'lib/X/Manual/Contributing.pm': pm })).commands.test), ['prove -lr t/']);
    });
  });

  describe('rule 6: patches sent somewhere', () => {
    it('"Patches should be sent to the `develop` branch" on GitHub names a branch, not a list: pull requests are taken', async () => {
      const facts = await factsOf(guide('## Submitting patches\n\nPatches should be sent to the `develop` branch, not `main`.\n\nFork the repository, push your branch and open a pull request.'));
      assert.equal(facts.acceptsPullRequests, true);
    });
    it('"Submit patches to the mailing list with git send-email" is the patch flow: no pull requests', async () => {
      assert.equal((await factsOf(guide('Submit patches to the mailing list with git send-email.'))).acceptsPullRequests, false);
    });
  });

  describe('rule 7: tasks typed at sbt\'s prompt', () => {
    const commandsOf = async (heading: string, block: string) => (await factsOf({ 'CONTRIBUTING.md': `# Contributing\n\n## ${heading}\n\nStart sbt and run the tasks:\n\n\`\`\`\n${block}\n\`\`\`\n` })).commands;
    it('`testOnly com.example.FooSpec` at sbt\'s prompt runs one spec, an example, not the test suite', async () => {
      assert.deepEqual(cmds((await commandsOf('Building and testing', '$ sbt\n> test\n> testOnly com.example.FooSpec')).test), ['test']);
    });
    it('lines after `> exit` are the shell\'s again: `$ npm run lint` is a lint step run in the shell', async () => {
      const c = await commandsOf('Building and testing', '$ sbt\n> compile\n> test\n> exit\n$ npm run lint');
      assert.deepEqual(c.lint.map((x: Cmd) => [x.command, x.typedIn]), [['npm run lint', undefined]]);
    });
    // (Fixed: a block that only starts sbt and the next block's prompt lines are one session.)
    it('`sbt` in one block and `> test` in the next ("then, at its prompt") are a session: `sbt` sets up, `test` is typed in it', async () => {
      const c = (await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\nStart sbt:\n\n```\nsbt\n```\n\nThen, at its prompt, run the tests:\n\n```\n> test\n```\n' })).commands;
      assert.deepEqual({ setup: c.setup.map((x: Cmd) => [x.command, x.typedIn]), test: c.test.map((x: Cmd) => [x.command, x.typedIn]) }, { setup: [['sbt', undefined]], test: [['test', 'sbt']] });
    });
    it('`scripted` at sbt\'s prompt is an sbt plugin\'s test suite', async () => {
      assert.deepEqual((await commandsOf('Testing', '$ sbt\n> scripted')).test.map((x: Cmd) => [x.command, x.typedIn]), [['scripted', 'sbt']]);
    });
  });

  describe('rule 8: a form called only a suggestion', () => {
    it('a required Conventional Commits form stays the convention when the same paragraph calls only the scope optional ("but it is optional")', async () => {
      const facts = await factsOf(guide('## Commit messages\n\nCommit messages must follow the Conventional Commits format `type(scope): description`, for example `feat(cli): add --json flag`. A scope helps reviewers, but it is optional.'));
      assert.equal(facts.commit.convention, 'conventional');
    });
    it('a required Conventional Commits form stays the convention when the paragraph calls a linked issue "not a requirement"', async () => {
      const facts = await factsOf(guide('## Commit messages\n\nAll commit messages must follow Conventional Commits, e.g. `fix: handle empty input` or `feat: add export`. Referencing an issue in the commit message is welcome but not a requirement.'));
      assert.equal(facts.commit.convention, 'conventional');
    });
    it('the type list of a required form survives a sentence that calls the body "not required"', async () => {
      const facts = await factsOf(guide('## Commit messages\n\nCommit messages must start with one of `feat:`, `fix:`, `docs:`, `chore:`. Write a body when the change needs explaining; otherwise it is not required.'));
      assert.deepEqual(facts.commit.types, ['feat', 'fix', 'docs', 'chore']);
    });
    it('"This is only a suggestion" in the paragraph right after the form still makes it no convention', async () => {
      const facts = await factsOf(guide('## Commit messages\n\nCommit messages can look like `type: description`, for example `feat: add export` or `fix: handle empty input`.\n\nThis is only a suggestion, not a requirement.'));
      assert.equal(facts.commit.convention, null);
    });
    it('"Following this format is optional" makes the suggested `type: description` form no convention', async () => {
      const facts = await factsOf(guide('## Commit messages\n\nCommit messages may follow a `type: description` format (e.g. `feat: add x`, `fix: y`). Following this format is optional.'));
      assert.equal(facts.commit.convention, null);
    });
  });

  describe('rule 9: branch naming said in words', () => {
    const naming = async (prose: string) => (await factsOf(guide(prose))).branchNaming;
    it('a changelog file "named after" the PR number, in a sentence that pushes the branch, is no branch naming', async () => {
      assert.equal(await naming('## Changelog\n\nAfter you push your branch, you should add a changelog file named after your pull request number to `changelog.d/`.'), null);
    });
    it('"create your branch from the maintenance branch named after the minor version" picks the base branch, no naming rule', async () => {
      assert.equal(await naming('## Bug fixes\n\nCreate your branch from the maintenance branch named after the minor version you are fixing.'), null);
    });
    it('holds: "always work on a topical branch, never on `main`" gives no naming rule', async () => {
      assert.equal(await naming('## Workflow\n\n1. Fork the repository.\n2. Always work on a topical branch, never directly on `main`.\n3. Open a pull request.'), null);
    });
    it('near miss: "a branch named after the issue" is the rule', async () => {
      assert.notEqual(await naming('- Create a branch named after the issue you are fixing.'), null);
    });
  });

  describe('rule 10: a watcher or dev server is no setup', () => {
    it('`pip install pytest pytest-watch` installs a package whose name holds "watch"; it ends, so it is still setup', async () => {
      assert.deepEqual((await allCommands(guide('## Testing\n\n```\npip install pytest pytest-watch\npytest\n```'))).setup, ['pip install pytest pytest-watch']);
    });
    it('`cargo install cargo-watch cargo-nextest` under "Tooling" installs tools; still setup', async () => {
      assert.deepEqual((await allCommands(guide('## Tooling\n\nInstall the helpers we use:\n\n```\ncargo install cargo-watch cargo-nextest\n```'))).setup, ['cargo install cargo-watch cargo-nextest']);
    });
    it('`npm start` under "Quick start" (after `npm install`) is setup, as under "Getting started"', async () => {
      assert.deepEqual((await allCommands(guide('## Quick start\n\n```\nnpm install\nnpm start\n```'))).setup, ['npm install', 'npm start']);
    });
  });

  describe('rule 11: spans a sentence asks to run or to pass', () => {
    const none = async (prose: string) => {
      const c = await allCommands(guide(prose));
      return [...c.setup, ...c.test, ...c.lint];
    };
    it('"Run tests before sending a pull request by `script/test`": a script by path is handed the run as much as `bundle exec rake test`', async () => {
      assert.deepEqual((await allCommands(guide('## Patch guidelines\n\n* Run tests before sending a pull request by `script/test`'))).test, ['script/test']);
    });
    it('holds: "must pass `ci / test (ubuntu-latest)`" names a CI job, no command', async () => {
      assert.deepEqual(await none('## Pull requests\n\nYour PR must pass `ci / test (ubuntu-latest)` and `ci / lint` before it can be merged.'), []);
    });
    it('holds: "Make sure `.github/workflows/ci.yml` passes on your fork" names a workflow file, no command', async () => {
      assert.deepEqual(await none('## Pull requests\n\n* Make sure `.github/workflows/ci.yml` passes on your fork before opening the PR.'), []);
    });
    it('holds: "Run the linters on the files changed by `git diff --name-only origin/main`" makes no lint step of the diff', async () => {
      assert.deepEqual(await none('## Linting\n\n* Run the linters on the files changed by `git diff --name-only origin/main`.'), []);
    });
  });
});
