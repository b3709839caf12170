import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 22: structures and wording families the rules did not foresee. Every guide below is written for the test;
// each rule has a near miss that must keep its old answer.

const read = (guide: string, name = 'CONTRIBUTING.md') => readGuide(new MemoryRepoFiles({ [name]: guide }));
const naming = async (guide: string, name?: string) => (await read(guide, name)).branchNaming?.value ?? null;
/** A guide of `text` under a title, and a pull request template when one is given. */
const withTemplate = (text: string, template?: string) =>
  readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n`, ...(template ? { '.github/PULL_REQUEST_TEMPLATE.md': template } : {}) }));
const base = async (text: string, template?: string) => (await withTemplate(text, template)).baseBranch?.value ?? null;
const discuss = async (text: string) => (await withTemplate(text)).discussFirst?.value ?? null;

describe('reader rules (session 22)', () => {
  describe('branch names after the issue, in more words', () => {
    it('"We recommend naming the branch to match the issue being addressed (`bug/#12` or `issue-12`)"', async () => {
      assert.equal(await naming('# Contributing\n\n3. Create a new branch. We recommend naming the branch to match the issue being addressed (`bug/#12` or `issue-12`).\n'), 'bug/#12');
    });
    it('"create a branch named with the issue number and a brief description": the rule in words', async () => {
      assert.match((await naming('# Contributing\n\n- create a branch named with the issue number and a brief description\n')) ?? '', /issue number and a brief description/);
    });
    it('"submit your pull request back as a fix/feature branch referencing the GitHub issue number" (not `main`)', async () => {
      const value = await naming('# Contributing\n\nPlease fork from `main`, and submit your pull request back as a fix/feature branch referencing the GitHub issue number.\n');
      assert.ok(value !== null && value !== 'main' && /referencing the GitHub issue number/.test(value), String(value));
    });
    it('near miss: "a branch named with care" has no issue in it', async () => {
      assert.equal(await naming('# Contributing\n\nPlease work in a branch named with care.\n'), null);
    });
  });

  describe('a placeholder defined by "where XXX is the issue number"', () => {
    it('in RST double backticks: "``issue_XXX`` where ``XXX`` is the issue number"', async () => {
      const rst = 'Contributing\n============\n\n.. tip::\n\n    Use a descriptive name for your branch (``issue_XXX`` where ``XXX`` is the\n    GitHub issue number is a good convention for bug fixes).\n';
      assert.equal(await naming(rst, 'CONTRIBUTING.rst'), 'issue_XXX');
    });
    it('unquoted: "If it\'s a bugfix branch, name it XXX-something where XXX is the number of the issue"', async () => {
      assert.equal(await naming("# Contributing\n\n- If it's a bugfix branch, name it XXX-something where XXX is the number of the issue.\n"), 'XXX-something');
    });
    it('near miss: "where X.Y is the version" names a release branch, not the contributor\'s', async () => {
      assert.equal(await naming('# Contributing\n\nMaintainers cut a release branch, name it release-X.Y where X.Y is the version number.\n'), null);
    });
  });

  describe('branch-creating commands', () => {
    it('a CamelCase placeholder: `git checkout -b feature/YourFeature`', async () => {
      assert.equal(await naming('# Contributing\n\n2. Create a new branch (`git checkout -b feature/YourFeature`).\n'), 'feature/YourFeature');
    });
    it('one branch per kind of change in one block is the scheme', async () => {
      const guide = '# Contributing\n\n    # Prepare a fix\n    $ git checkout -b bugfix/my-fix\n    # Prepare a new feature\n    $ git checkout -b feature/my-feature\n';
      assert.equal(await naming(guide), 'bugfix/my-fix, feature/my-feature');
    });
    it('near miss: one example name alone is only an example', async () => {
      assert.equal(await naming('# Contributing\n\n```\ngit checkout -b feature/graphql-subscriptions\n```\n'), null);
    });
    it('near miss: a release branch for a backport, `git checkout -b release-1.2-<yourname>`, is no naming rule', async () => {
      assert.equal(await naming('# Backporting\n\n3. Create a new release branch with a unique name `git checkout -b release/1.2-<yourname>`\n'), null);
    });
  });

  describe('kinds of change listed as the branch prefixes', () => {
    it('"We recommend prefixing your branch with" then `feature/` and `fix/` items', async () => {
      assert.equal(await naming('# Contributing\n\nWe recommend prefixing your branch with\n- `feature/` for new functionality, or\n- `fix/` for a bug fix.\n'), 'feature/<name>, fix/<name>');
    });
    it('a branch strategy list with bold kinds and placeholders, beside the long-lived branches', async () => {
      const guide = '# Contributing\n\n### Git branch strategy\n\nThe branch strategy is based on git-flow.\n\n* **develop** – the next release\n* **feature/**[name] – a branch with a new feature\n* **fix/**[name] – a branch with a fix for an issue\n';
      assert.equal(await naming(guide), 'feature/[name], fix/[name]');
    });
    it('near miss: a list of folders (`docs/`, `test/`) under a lead-in about the layout is no scheme', async () => {
      assert.equal(await naming('# Contributing\n\nThe repository holds:\n- `docs/` the documentation\n- `tests/` the test suite\n'), null);
    });
  });

  describe('a section titled for branch names', () => {
    it('"#### Is there a recommendation for branch names?" then "follow this convention `<type>/<issue-id>_<short-name>`"', async () => {
      assert.equal(await naming('# Contributing\n\n#### Is there a recommendation for branch names?\n\nWe recommend you follow this convention `<type>/<issue-id>_<short-name>` where the types are: `bugfix`, `feature`.\n'), '<type>/<issue-id>_<short-name>');
    });
    it('"### Branch Naming" over an example of alternatives `(feature|bugfix|hotfix)/what-my-pr-does`', async () => {
      assert.equal(await naming('# Contributing\n\n### Branch Naming\n\nName your branches meaningfully.\n\nex) `(feature|bugfix|hotfix)/what-my-pr-does`\n'), '(feature|bugfix|hotfix)/what-my-pr-does');
    });
    it('near miss: the same convention sentence under "Commit messages" is no branch rule', async () => {
      assert.equal(await naming('# Contributing\n\n#### Commit messages\n\nWe recommend you follow this convention `<type>/<issue-id>_<short-name>`.\n'), null);
    });
  });
  describe('base branch in more forms', () => {
    it('a template box "Rebased onto current develop", and "rebased my branch over master"', async () => {
      assert.equal(await base('Thanks for helping.', '- [ ] Tests pass\n- [ ] Rebased onto current develop\n'), 'develop');
      assert.equal(await base('- [ ] rebased my branch over master'), 'master');
    });
    it('an unquoted name called a branch, which the guide shows elsewhere: "rebase to the latest revision of the bleed branch"', async () => {
      assert.equal(await base('Read our [Code of Conduct](https://github.com/o/r/blob/bleed/CODE_OF_CONDUCT.md).\n\nPlease `git rebase` to the latest revision of the bleed branch.'), 'bleed');
      // (With no link into it or git line naming it, a word before "branch" may only describe it.)
      assert.equal(await base('Please `git rebase` to the latest revision of the bleed branch.'), null);
    });
    it('near miss: "the separate branch", "the internal branch", and a docs section\'s "gitbook branch" are no names', async () => {
      assert.equal(await base('Please rebase to the latest revision of the separate branch.'), null);
      assert.equal(await base('Because the PR is created from the internal branch, it can read secrets.'), null);
      assert.equal(await base('### Updating the documentation\n\n3. Create a PR to the gitbook branch'), null);
    });
    it('"The active development branch in our repo is `dev`." and "Make your changes on the `master` branch"', async () => {
      assert.equal(await base('The active development branch in our repo is `dev`. What we ship comes from release branches.'), 'dev');
      assert.equal(await base('- *Make your changes on the `master` branch* or the most appropriate feature branch.'), 'master');
    });
    it('"Changes must merge cleanly with the tip of the main branch"', async () => {
      assert.equal(await base('Changes must merge cleanly with the tip of the main branch.'), 'main');
    });
    it('near miss: "The development branch is `dev` for 1.x" runs on past the name', async () => {
      assert.equal(await base('The development branch is `dev` for the 1.x line only; the 2.x line has its own.'), null);
    });
  });
  describe('commit types in more shapes', () => {
    const types = async (text: string, template?: string) => (await withTemplate(text, template)).commit.types?.value ?? null;
    it('bold names running into their description: "- **feat** for a new feature"', async () => {
      assert.deepEqual(await types('PR titles must follow Conventional Commits: `<type>(<scope>): <subject>`.\n\n**Allowed `<type>` values:**\n\n- **feat** for a new feature for the user.\n- **fix** for a bug fix for the user.\n- **docs** for changes to the documentation.'), ['feat', 'fix', 'docs']);
    });
    it('near miss: "- **docs** for ..." items in a list of ways to help are no commit types', async () => {
      assert.equal(await types('Ways to help:\n\n- **docs** for people who like writing.\n- **test** for people who like breaking things.\n- **fix** for people who like bugs.'), null);
    });
    it('in parentheses: "PR title must include the type (feat, fix, chore, docs) of the commit"', async () => {
      assert.deepEqual(await types('Read this.', '<!--\n- PR title must include the type (feat, fix, chore, docs, perf) of the commit per Conventional Commits.\n-->\n'), ['feat', 'fix', 'chore', 'docs', 'perf']);
    });
    it('a format block\'s own line "Types: feat, fix, docs, style"', async () => {
      assert.deepEqual(await types('Commit messages follow this format:\n\n```\ntype(scope): description\n\nTypes: feat, fix, docs, style, chore\nScopes: core, cli\n```'), ['feat', 'fix', 'docs', 'style', 'chore']);
    });
    it('near miss: a "Types:" line in a block with no type(scope) line is no commit format', async () => {
      assert.equal(await types('Our schema:\n\n```\nTypes: feat, fix, docs, style, chore\n```'), null);
    });
  });
  describe('a changelog file named with no extension', () => {
    const changelog = async (text: string) => (await read(`# Contributing\n\n${text}\n`)).changelog;
    it('"update `Changes` too" and "Update `CHANGES` with a summary" ask for an entry in the file', async () => {
      for (const text of ['- If it seems useful, update `Changes` too. Put a gist of the change at the top.', 'Update `CHANGES` with a summary.']) {
        const found = await changelog(text);
        assert.equal(found.required?.value, true, text);
        assert.equal(found.how?.value, 'changelog-file', text);
      }
    });
    it('near miss: "Update Changes" unquoted, a title\'s words, and a quoted `Changes` section of the template', async () => {
      assert.equal((await changelog('- Update Changes and Fixes in the wiki.')).how, null);
      assert.equal((await changelog('- Update `Changes` section of the PR description when asked.')).how, null);
    });
  });
  describe('a pull request said to be the place to start: no issue first', () => {
    it('"fix it and open a pull request instead of opening an issue"', async () => {
      assert.equal(await discuss('If you know how to fix a problem, please fix it and open a pull request instead of opening an issue.'), false);
    });
    it('"Please don\'t open a new Issue if you are submitting a pull request"', async () => {
      assert.equal(await discuss("Please don't open a new Issue if you are submitting a pull request."), false);
    });
    it('"You\'re always welcome to submit your PR straight away and start the discussion there"', async () => {
      assert.equal(await discuss("You're always welcome to submit your PR straight away and start the discussion there."), false);
    });
    it('near miss: "open an issue instead of opening a pull request" for questions asks nothing of a change', async () => {
      assert.notEqual(await discuss('For questions, open a discussion instead of opening an issue.'), false);
    });
  });
  describe('setup commands by their own words', () => {
    const setup = async (text: string) => (await read(`# Contributing\n\n## Building\n\n${text}\n`)).commands.setup.map((c) => c.command);
    it('`corepack enable` (Node\'s shim for the pinned package manager) is setup; `corepack disable`, or a tip for juggling several projects, is not', async () => {
      assert.deepEqual(await setup('```sh\ncorepack enable\npnpm install\n```'), ['corepack enable', 'pnpm install']);
      const elsewhere = await read('# Contributing\n\n## Troubleshooting\n\n```sh\ncorepack disable\n```\n');
      assert.deepEqual(elsewhere.commands.setup, []);
      // Named in a sentence as the way to a prerequisite it is a step; as a tip for juggling many projects it is not.
      assert.deepEqual(await setup('1. Install pnpm 9 (`corepack enable` does it for you).\n2. Run `pnpm install`.'), ['corepack enable', 'pnpm install']);
      assert.deepEqual(await setup('1. Run `pnpm install`.\n\n> If you are working on multiple projects with different versions of pnpm, it is recommended to enable Corepack by running `corepack enable`.'), ['pnpm install']);
    });
    it('Gradle\'s `assembleDebug` and `luarocks make` build the checkout', async () => {
      assert.deepEqual(await setup('Build the debug variant:\n\n```sh\n./gradlew assembleDebug\n```'), ['./gradlew assembleDebug']);
      assert.deepEqual(await setup('```sh\nluarocks make\n```'), ['luarocks make']);
    });
  });
  describe('the guide in more places', () => {
    const guideOf = async (files: Record<string, string>) => (await readGuide(new MemoryRepoFiles({ 'README.md': '# Tool\n\nA tool.\n', ...files }))).files.guide;
    const page = '# Developing\n\nRun `make test` before you open a pull request.\n';
    it('near miss (review22c): a folder of contributions, `docs/contributions/README.md`, may list talks or scripts: no guide by its name', async () => {
      assert.equal(await guideOf({ 'docs/contributions/README.md': page }), null);
    });
    it('a numbered page named as the guide, `docs/contributing/1.-contributing-guide.md`', async () => {
      assert.equal(await guideOf({ 'docs/contributing/1.-contributing-guide.md': page, 'docs/contributing/2.-code-style.md': '# Style\n' }), 'docs/contributing/1.-contributing-guide.md');
    });
    // (Session 25: such a page is the guide where nothing else is and it speaks to contributors; a page for the library's
    // users stays none, review22c's SDK case.)
    it('near miss (review22c): in a docs folder a developers\' guide by its name may be for the library\'s users: `docs/development.rst` that speaks to no contributor', async () => {
      assert.equal(await guideOf({ 'docs/DEVELOPER_GUIDE.md': page }), 'docs/DEVELOPER_GUIDE.md');
      assert.equal(await guideOf({ 'docs/development.rst': 'Development\n===========\n\nUse ``acme.connect()`` in your app.\n' }), null);
    });
    it('a page named as the contribution guide in a contributing folder, `docs/contributing/contribution-guide.md`', async () => {
      assert.equal(await guideOf({ 'docs/contributing/contribution-guide.md': page, 'docs/contributing/style.md': '# Style\n' }), 'docs/contributing/contribution-guide.md');
    });
    it('near miss: a CONTRIBUTING file anywhere usual comes first, and `docs/devices.md` is no developers\' guide', async () => {
      assert.equal(await guideOf({ 'CONTRIBUTING.md': page, 'docs/development.md': page }), 'CONTRIBUTING.md');
      assert.equal(await guideOf({ 'docs/devices.md': page }), null);
    });
  });
  describe('an issue to create if none exists, in more words', () => {
    it('"Link to the issue which the PR resolves. Please create one if necessary." under a pull-request heading', async () => {
      assert.equal(await discuss('## Pull requests\n\nLink to the issue which the PR resolves. Please create one if necessary.'), true);
    });
    it('"If an issue does not exist yet, open a new issue" under a pull-request heading', async () => {
      assert.equal(await discuss('## Pull requests\n\nCheck if a corresponding issue exists. If an issue does not exist yet, open a new issue.'), true);
    });
    it('near miss: the same under "Reporting bugs" is a report', async () => {
      assert.equal(await discuss('## Reporting bugs\n\nLink to the issue. Please create one if necessary.'), null);
    });
  });
  describe('base branch: the pull request directed at it, or its destination', () => {
    it('a template box "Directed this pull request at the `dev` branch"', async () => {
      assert.equal(await base('Thanks.', '- [ ] Tests pass\n- [ ] Directed this pull request at the `dev` branch.\n'), 'dev');
    });
    it('"When you send your PR, make sure `develop` is the destination branch"', async () => {
      assert.equal(await base('When you send your PR, make sure `develop` is the destination branch.'), 'develop');
    });
    it('near miss: "make sure `gh-pages` is not the destination" and a destination folder are no base', async () => {
      assert.equal(await base('Make sure `dist` is the destination folder of the build.'), null);
    });
  });
  describe('an area placeholder\'s own word is no commit context', () => {
    it('"[module] [verb] [subject] - eg, browser_did_change_row" under "Hooks" names hooks, not commits', async () => {
      const facts = await read('# Contributing\n\n## Hooks\n\nThe hooks try to follow one of two formats:\n\n[subject] [verb] - eg, note_type_added, card_will_render\n\n[module] [verb] [subject] - eg, browser_did_change_row\n');
      assert.equal(facts.commit.convention, null);
    });
    it('near miss: "[component]: [summary]" as the commit\'s first line is still an area prefix', async () => {
      const facts = await read('# Contributing\n\nWrite the first line of the commit message as `[component]: [summary]`, for example `parser: accept tabs`.\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });
  });
  describe('a short guide with links that names the base branch as code is not a pointer', () => {
    it('"When you send your PR, make sure `develop` is the destination branch on the [repository](...)"', async () => {
      const guide = '# Contributing to widget\n\nThis repository uses the [Git Flow](https://nvie.com/x) branching model.\n\nContributing is easy. Just send a [pull request](https://help.github.com/x). When you send your PR, make sure `develop` is the destination branch on the [widget repository](https://github.com/o/widget).\n\nWe abide by the [Code of Conduct](https://www.contributor-covenant.org/).\n';
      const facts = await read(guide);
      assert.equal(facts.baseBranch?.value, 'develop');
      assert.equal(facts.guideIsPointerOnly?.value, false);
    });
    it('near miss: the branch only as a link\'s text, "see [`develop`](https://github.com/o/r/tree/develop) for the rules", still points', async () => {
      const facts = await read('# Contributing\n\nPlease read our [full contributing guide](https://example.org/contributing) before you start.\n\nSee [`develop`](https://github.com/o/r/tree/develop) for the rules.\n');
      assert.notEqual(facts.guideIsPointerOnly?.value, false);
    });
  });
  describe('commands asked in more words', () => {
    const cmds = async (text: string, template?: string) => {
      const f = await withTemplate(text, template);
      return { setup: f.commands.setup.map((c) => c.command), test: f.commands.test.map((c) => c.command), lint: f.commands.lint.map((c) => c.command) };
    };
    it('an optional hook said first, then "make sure the following pass before submitting your PR:" over the block', async () => {
      const c = await cmds('We use pre-commit. You can optionally install the hook with `pre-commit install`. If you don\'t want to use pre-commit, make sure the following pass before submitting your PR:\n\n```shell\n$ cargo fmt\n$ cargo clippy\n$ cargo test\n```');
      assert.deepEqual(c.lint, ['cargo fmt', 'cargo clippy']);
      assert.deepEqual(c.test, ['cargo test']);
    });
    it('near miss: "This step is optional. Run the following before submitting:" stays optional', async () => {
      const c = await cmds('This step is optional. Make sure the following pass before submitting if you like:\n\n```shell\ncargo deny check\n```');
      assert.deepEqual(c.lint, []);
    });
    it('"executing the command line `dotnet build`", and a template box "your changes pass `cargo clippy --all`"', async () => {
      assert.deepEqual((await cmds('After .NET is installed, you can make sure it builds by executing the command line `dotnet build` at the root folder.')).setup, ['dotnet build']);
      assert.deepEqual((await cmds('Thanks.', '- [ ] If this is a code change, your changes pass `cargo clippy --all -- -D warnings`\n')).lint, ['cargo clippy --all -- -D warnings']);
    });
  });
  describe('a docs site whose sources sit in the folder named after the project', () => {
    const files = (folder: string) => ({
      'CONTRIBUTING.md': '# Contributing\n\nSee the [Developer\'s Guide](https://widget.example.org/docs/contributing.html).\n',
      [`${folder}/docs/contributing.rst`]: 'Developer guide\n===============\n\nRun the tests with::\n\n    tox\n',
    });
    it('`https://widget.example.org/docs/contributing.html` is read from `widget/docs/contributing.rst`', async () => {
      const facts = await readGuide(new MemoryRepoFiles(files('widget')), { projectName: 'widget' });
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['tox']);
    });
    it('near miss: a folder named otherwise (`plugins/docs/`) is not the site\'s source', async () => {
      const facts = await readGuide(new MemoryRepoFiles(files('plugins')), { projectName: 'widget' });
      assert.deepEqual(facts.commands.test, []);
    });
  });
  describe('a template\'s collapsible part titled by its <summary>', () => {
    const template = (summary: string) => `## What does this PR do?\n\nFixes #1\n\n<details>\n  <summary>${summary}</summary>\n\n- [ ] Did you read the contributor guideline?\n- [ ] Did you make sure to update the docs?\n- [ ] Did you write any new tests?\n\n</details>\n`;
    const boxes = async (summary: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nThanks.\n', '.github/PULL_REQUEST_TEMPLATE.md': template(summary) }))).checklist.map((c) => c.text);
    it('"<summary>Before submitting</summary>" frames its boxes as the checks before sending', async () => {
      assert.deepEqual(await boxes('Before submitting'), ['Did you read the contributor guideline?', 'Did you make sure to update the docs?', 'Did you write any new tests?']);
    });
    it('near miss: "<summary>For reviewers</summary>" holds the reviewers\' boxes, not the author\'s', async () => {
      assert.deepEqual(await boxes('For reviewers'), []);
    });
    it('near miss: in a guide, a <summary> heads nothing (its part ends at </details>)', async () => {
      const facts = await read('# Contributing\n\n## Setup\n\n<details>\n<summary>Using development versions of plugins</summary>\n\nSome notes.\n\n</details>\n\n```sh\nmise test\n```\n');
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['mise test']);
    });
  });
});
