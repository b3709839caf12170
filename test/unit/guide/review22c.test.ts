import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 22, reviewer C: near misses and missed variants for the session's guide places, discuss-first, base branch,
// commit context, pointer and command rules. Every text below is written for the test.

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const guideOf = async (files: Record<string, string>) => (await read({ 'README.md': '# Tool\n\nA tool.\n', ...files })).files.guide;
const withTemplate = (text: string, template?: string): Record<string, string> => {
  const files: Record<string, string> = { 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` };
  if (template) files['.github/PULL_REQUEST_TEMPLATE.md'] = template;
  return files;
};
const discuss = async (text: string) => (await read(withTemplate(text))).discussFirst?.value ?? null;
const base = async (text: string, template?: string) => (await read(withTemplate(text, template))).baseBranch?.value ?? null;
const cmds = async (text: string, template?: string) => {
  const f = await read(withTemplate(text, template));
  return { setup: f.commands.setup.map((c) => c.command), test: f.commands.test.map((c) => c.command), lint: f.commands.lint.map((c) => c.command) };
};
const all = (c: { setup: string[]; test: string[]; lint: string[] }) => [...c.setup, ...c.test, ...c.lint];

describe('review 22 C', () => {
  describe('guide places: contributions folder, numbered pages, developers\' guides in docs', () => {
    const page = '# Developing\n\nRun `make test` before you open a pull request.\n';
    it('near miss: a root `contributions/` folder of community scripts is no contributor guide', async () => {
      assert.equal(await guideOf({ 'contributions/README.md': '# Community contributions\n\nScripts sent by users, unsupported. Each folder has its own README.\n\n- `backup.sh`: nightly backups\n- `notify.py`: desktop notifications\n' }), null);
    });
    it('near miss: `docs/contributions/index.md` listing past contributions (a hall of fame) is no guide', async () => {
      assert.equal(await guideOf({ 'docs/contributions/index.md': '# Contributions\n\nA list of talks, blog posts and plugins by our community.\n\n- Talk at FooConf 2023\n- Plugin: foo-vim\n' }), null);
    });
    it('a numbered page `docs/contributing/01-contributing.md` is the guide', async () => {
      assert.equal(await guideOf({ 'docs/contributing/01-contributing.md': page, 'docs/contributing/02-style.md': '# Style\n' }), 'docs/contributing/01-contributing.md');
    });
    it('`docs/contributing/contribution-guide.md` (the noun) is the guide', async () => {
      assert.equal(await guideOf({ 'docs/contributing/contribution-guide.md': page, 'docs/contributing/style.md': '# Style\n' }), 'docs/contributing/contribution-guide.md');
    });
    it.skip('(left open, session 22: the `contributions` folder was withdrawn after this review\'s near misses (a folder of talks or scripts)) `docs/contributions/contributing-guidelines.md` is the guide', async () => {
      assert.equal(await guideOf({ 'docs/contributions/contributing-guidelines.md': page }), 'docs/contributions/contributing-guidelines.md');
    });
    it('near miss: an SDK\'s `docs/developer-guide.md` for users of the library is no contributor guide', async () => {
      const sdk = '# Developer guide\n\nThis guide shows how to use the Acme SDK in your application.\n\n## Authenticating\n\n```js\nconst client = new Acme({ apiKey });\n```\n\n## Sending a request\n\n```js\nawait client.send(msg);\n```\n';
      assert.equal(await guideOf({ 'docs/developer-guide.md': sdk }), null);
    });
    it('near miss: a web framework\'s `docs/dev-setup.md` about running the user\'s app in dev mode is no guide', async () => {
      const user = '# Dev setup\n\nStart your application in development mode with hot reload:\n\n```sh\nnpx acme dev --port 3000\n```\n\nSet `ACME_ENV=development` to enable verbose errors in your app.\n';
      assert.equal(await guideOf({ 'docs/dev-setup.md': user }), null);
    });
    it('near miss: `docs/development-notes.md` with notes on the upcoming release is no guide', async () => {
      assert.equal(await guideOf({ 'docs/development-notes.md': '# Development notes\n\nChanges in the upcoming 3.0 release:\n\n- The `--legacy` flag is removed.\n- Config files move to `~/.config/tool`.\n' }), null);
    });
    it.skip('(left open, session 22: a developers\' guide by its name in docs was withdrawn after this review\'s near misses (an SDK\'s guide for its users)) `docs/DEVELOPING.md` (the name says it is for developers of the project) is the guide', async () => {
      assert.equal(await guideOf({ 'docs/DEVELOPING.md': page }), 'docs/DEVELOPING.md');
    });
  });

  describe('discuss first: "create one if necessary", "if an issue does not exist yet"', () => {
    it('near miss: "one" is a changelog entry, not an issue', async () => {
      assert.equal(await discuss('## Pull requests\n\nMention the issue number in your changelog entry. Please create one if necessary.'), null);
    });
    it('near miss: "If an issue does not exist yet, that is fine: open a pull request directly."', async () => {
      assert.equal(await discuss('## Pull requests\n\nIf an issue does not exist yet, that is fine: open a pull request directly.'), null);
    });
    it('near miss: "If an issue does not exist yet, no need to open one for a typo fix."', async () => {
      assert.equal(await discuss('## Pull requests\n\nSmall fixes are welcome. If an issue does not exist yet, no need to open one for a typo fix.'), null);
    });
    it('near miss: "one" is a test file', async () => {
      assert.equal(await discuss('## Pull requests\n\nAdd a regression test for the issue to the test file of the module. Please create one if necessary.'), null);
    });
    it('"If no issue exists yet, please create one before you start" under a pull-request heading', async () => {
      assert.equal(await discuss('## Pull requests\n\nEvery pull request must reference an issue. If no issue exists yet, please create one before you start.'), true);
    });
    it.skip('(left open, session 22: words between "issue" and "does not exist" are not read) "If the issue you are fixing does not exist yet, please open it first"', async () => {
      assert.equal(await discuss('## Pull requests\n\nIf the issue you are fixing does not exist yet, please open it first so we can discuss it.'), true);
    });
  });

  describe('base branch: directed at, destination, merge their changes into', () => {
    it('near miss: a box "I have not directed this pull request at the `main` branch" does not make `main` the base', async () => {
      assert.notEqual(await base('Thanks.', '- [ ] I have not directed this pull request at the `main` branch\n- [ ] Tests pass\n'), 'main');
    });
    it.skip('(left open, session 22: older: the correction after a mistake is not preferred over the branch named first) "If you accidentally directed your PR to the `master` branch, change the base to `develop`" gives `develop`', async () => {
      assert.equal(await base('If you accidentally directed your PR to the `master` branch, please change its base to `develop`.'), 'develop');
    });
    it('near miss: "make sure `upstream` is the target remote" names a remote', async () => {
      assert.equal(await base('Before pushing, make sure `upstream` is the target remote in your git config.'), null);
    });
    it('near miss: "make sure `aarch64` is the target architecture" when cross-compiling', async () => {
      assert.equal(await base('When cross-compiling, make sure `aarch64` is the target architecture.'), null);
    });
    it('near miss: "ensure `debian` is the base image" in a Docker section', async () => {
      assert.equal(await base('## Docker\n\nEnsure `debian` is the base image of your Dockerfile.'), null);
    });
    it.skip('(left open, session 22: older: "merged into" read before this session; downstream forks are not told apart) near miss: downstream forks "merge their changes into the `stable` branch" is not where PRs go', async () => {
      assert.notEqual(await base('Distributions that maintain their own patches usually merge their changes into the `stable` branch of their fork.'), 'stable');
    });
    it('"Directed this PR against the `dev` branch" in a template box', async () => {
      assert.equal(await base('Thanks.', '- [ ] Tests pass\n- [ ] Directed this pull request against the `dev` branch.\n'), 'dev');
    });
    it('near miss: a box "If this only changes the docs, I directed this pull request at the `docs` branch" is conditional', async () => {
      assert.notEqual(await base('Thanks.', '- [ ] Tests pass\n- [ ] If this only changes the docs, I directed this pull request at the `docs` branch\n'), 'docs');
    });
    it('"I have targeted this PR at the `dev` branch" in a template box', async () => {
      assert.equal(await base('Thanks.', '- [ ] I have targeted this PR at the `dev` branch\n'), 'dev');
    });
    it('"make sure the destination branch is `develop`" (the name after the role)', async () => {
      assert.equal(await base('When you open your PR, make sure the destination branch is `develop`.'), 'develop');
    });
  });

  describe('commit context: a bracketed placeholder\'s own word', () => {
    it('"[subsystem]: [commit summary]" as the only context still says commits', async () => {
      const f = await read(withTemplate('## Style\n\nEach message is written as [subsystem]: [commit summary], for example net: fix timeout.'));
      assert.equal(f.commit.convention?.value, 'area-prefix');
    });
    it('"<area>: <description of the commit>" in prose under a Messages heading', async () => {
      const f = await read(withTemplate('## Messages\n\nUse <area>: <description of the commit>, e.g. parser: accept tabs.'));
      assert.equal(f.commit.convention?.value, 'area-prefix');
    });
  });

  describe('commit context: other placeholders', () => {
    it('near miss: "{component}: {subject}" for log lines under "Log messages" is no commit convention', async () => {
      const f = await read(withTemplate('## Log messages\n\nEach log line reads {component}: {subject}, e.g. net: connection reset.'));
      assert.equal(f.commit.convention, null);
    });
  });

  describe('a short guide naming its base branch as code beside links', () => {
    it.skip('(left open, session 22: a branch that is also a link\'s text is taken as pointing, on purpose: "see [`develop`](...)" points) the branch also a link\'s text: "Open PRs against `dev`, see the [`dev` branch](...)" still states a fact', async () => {
      const facts = await read({ 'CONTRIBUTING.md': '# Contributing\n\nPlease read the [full guide](https://example.org/guide).\n\nOpen pull requests against `dev`; see the [`dev` branch](https://github.com/o/r/tree/dev).\n' });
      assert.equal(facts.baseBranch?.value, 'dev');
      assert.equal(facts.guideIsPointerOnly?.value, false);
    });
  });

  describe('commands: asked to pass by those who skip an optional step; "executing the command line"; "changes pass"', () => {
    it('near miss: "If you don\'t want to, make sure CI passes before submitting; the full suite is:" keeps the block optional', async () => {
      const c = await cmds('Optionally, you can run the full integration suite locally. If you don\'t want to wait for it, make sure CI passes before submitting; the full suite is:\n\n```sh\nmake integration\n```');
      assert.deepEqual(c.test, []);
    });
    it('"Installing pre-commit is optional. If you do not use it, make sure these pass before submitting:"', async () => {
      const c = await cmds('Installing pre-commit is optional. If you do not use it, make sure these pass before submitting:\n\n```sh\nruff check .\npytest\n```');
      assert.deepEqual(c.lint, ['ruff check .']);
      assert.deepEqual(c.test, ['pytest']);
    });
    it('"If you\'d rather not install the hook, make sure the following pass before opening a PR:"', async () => {
      const c = await cmds('The hook is optional. If you\'d rather not install the hook, make sure the following pass before opening a PR:\n\n```sh\nnpm run lint\nnpm test\n```');
      assert.deepEqual(c.lint, ['npm run lint']);
      assert.deepEqual(c.test, ['npm test']);
    });
    it('RST: "If you don\'t want to use them, make sure the following pass before submitting your patch::"', async () => {
      const f = await read({ 'CONTRIBUTING.rst': 'Contributing\n============\n\nInstalling the hooks is optional. If you don\'t want to use them, make sure the following pass before submitting your patch::\n\n    tox -e lint\n    tox -e py\n' });
      assert.deepEqual(f.commands.lint.map((c) => c.command), ['tox -e lint']);
    });
    it('near miss: a template box "Your changes pass `pytest tests/test_api.py`" is a run narrowed to one file', async () => {
      const c = await cmds('Thanks.', '- [ ] Your changes pass `pytest tests/test_api.py`\n');
      assert.deepEqual(c.test, []);
    });
    it('near miss: "try the CLI by executing the command line `mytool serve --port 8080`" runs the product', async () => {
      const c = await cmds('## Building\n\nRun `go build ./...`. You can then try the CLI by executing the command line `mytool serve --port 8080`.');
      assert.deepEqual(all(c).filter((x) => x.startsWith('mytool')), []);
    });
    it('"check your code by running the command line tool `golangci-lint run`"', async () => {
      const c = await cmds('Before submitting, check your code by running the command line tool `golangci-lint run`.');
      assert.deepEqual(c.lint, ['golangci-lint run']);
    });
    it('near miss: a template box "Your changes pass `ci/lint` and `ci/test` status checks" names checks, not commands', async () => {
      const c = await cmds('Thanks.', '- [ ] Your changes pass `ci/lint` and `ci/test` status checks\n');
      assert.deepEqual(all(c), []);
    });
    it('near miss: "your changes pass `review`" is no command', async () => {
      const c = await cmds('Thanks.', '- [ ] Your changes pass `review` by two maintainers\n');
      assert.deepEqual(all(c), []);
    });
    it('"- [ ] My PR passes `npm run lint`" in a template', async () => {
      const c = await cmds('Thanks.', '- [ ] My PR passes `npm run lint`\n');
      assert.deepEqual(c.lint, ['npm run lint']);
    });
    it('"- [ ] The code passes `mypy --strict`" in a template', async () => {
      const c = await cmds('Thanks.', '- [ ] The code passes `mypy --strict`\n');
      assert.deepEqual(c.lint, ['mypy --strict']);
    });
    it('near miss: "changes pass `--no-verify`" (an option named, not a command)', async () => {
      const c = await cmds('Do not make your changes pass `--no-verify` checks by skipping hooks.');
      assert.deepEqual(all(c), []);
    });
  });
});
