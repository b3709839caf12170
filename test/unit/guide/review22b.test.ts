import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { g } from './probeSupport';

// Review 22, reviewer B: near misses and missed variants for the session's commit-type, changelog, discuss-first and
// setup-command rules. Every guide text below is written for the test.

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const guide = (text: string, name = 'CONTRIBUTING.md') => read({ [name]: text });
const types = async (text: string, name = 'CONTRIBUTING.md') => (await guide(text, name)).commit.types?.value ?? null;
const changelog = async (text: string, name = 'CONTRIBUTING.md') => (await guide(text, name)).changelog;
const discuss = async (text: string) => (await guide(`# Contributing\n\n${text}\n`)).discussFirst?.value ?? null;
const setup = async (text: string, name = 'CONTRIBUTING.md') => (await guide(text, name)).commands.setup.map((c) => c.command);

describe('review 22 B', () => {
  describe('commit types (c6ae49d, 99d0b46)', () => {
    it('near miss: bold label names "**bug** for ..." in a pull-request labels list are no commit types', async () => {
      assert.equal(await types(g`
        # Contributing

        ## Commit messages

        Write commit messages in the imperative mood.

        ## Labels

        After you open a pull request, a maintainer adds one label to it:

        - **bug** for fixes to broken behaviour.
        - **feature** for new functionality.
        - **docs** for documentation changes.
        - **chore** for housekeeping.
      `), null);
    });
    it('near miss: branch prefixes as bold names "**feat** for ..." under "Branch names" are no commit types', async () => {
      assert.equal(await types(g`
        # Contributing

        ## Branch names

        Name your branch after the kind of change, with a prefix:

        - **feat** for new features, e.g. ´feat/login-page´.
        - **fix** for bug fixes, e.g. ´fix/crash-on-exit´.
        - **docs** for documentation, e.g. ´docs/readme´.

        Commit messages should be short and descriptive.
      `), null);
    });
    it('bold names with "when": "- **fix** when you repair a bug" under a commit type lead-in', async () => {
      assert.deepEqual(await types(g`
        # Contributing

        Commit subjects start with a type, \`<type>: <summary>\`. Use:

        - **feat** when you add a feature.
        - **fix** when you repair a bug.
        - **refactor** when behaviour does not change.
      `), ['feat', 'fix', 'refactor']);
    });
    it('near miss: "contributions of any type (docs, tests, fix, feat, chore)" is no commit type list', async () => {
      assert.equal(await types(g`
        # Contributing

        We welcome contributions of any type (docs, tests, fix, feat, chore) from anyone. Please write clear commit messages.
      `), null);
    });
    it('near miss: the changelog groups its entries "by type (feature, bugfix, docs, security)"', async () => {
      assert.equal(await types(g`
        # Contributing

        ## Commit messages

        Write a short summary line.

        ## Changelog

        Entries in the changelog are grouped by type (feature, bugfix, docs, security) under each release.
      `), null);
    });
    it('in parentheses with backticks: "the type (`feat`, `fix`, `docs`) of the change in the PR title"', async () => {
      assert.deepEqual(await types(g`
        # Contributing

        Start the PR title with the type (´feat´, ´fix´, ´docs´, ´chore´) of the change, per Conventional Commits.
      `), ['feat', 'fix', 'docs', 'chore']);
    });
    it('the spec\'s own format line `<type>[optional scope]: <description>` with a Types line below', async () => {
      assert.deepEqual(await types(g`
        # Contributing

        Commit messages use this format:

        ´´´
        <type>[optional scope]: <description>

        Types: feat, fix, docs, refactor, test, chore
        ´´´
      `), ['feat', 'fix', 'docs', 'refactor', 'test', 'chore']);
    });
    it('a format line `type(scope?): subject` (optional scope marked with "?") with a Types line', async () => {
      assert.deepEqual(await types(g`
        # Contributing

        ## Commit message format

        ´´´
        type(scope?): subject

        Types: feat, fix, docs, style, chore
        ´´´
      `), ['feat', 'fix', 'docs', 'style', 'chore']);
    });
    it('a commit template\'s comment line "# Types: feat, fix, ..." under `<type>(<scope>): <subject>`', async () => {
      assert.deepEqual(await types(g`
        # Contributing

        Set up the commit template with ´git config commit.template .gitmessage´. It reads:

        ´´´
        <type>(<scope>): <subject>

        # Types: feat, fix, docs, style, refactor, test, chore
        ´´´
      `), ['feat', 'fix', 'docs', 'style', 'refactor', 'test', 'chore']);
    });
    it('a Types line ending with a full stop: "Types: feat, fix, docs, chore."', async () => {
      assert.deepEqual(await types(g`
        # Contributing

        Commit message format:

        ´´´
        type(scope): description

        Types: feat, fix, docs, chore.
        ´´´
      `), ['feat', 'fix', 'docs', 'chore']);
    });
    it('near miss: a YAML block whose `type:` key is no commit format line', async () => {
      assert.equal(await types(g`
        # Contributing

        Issue forms are defined in YAML:

        ´´´yaml
        type: dropdown
        types: bug, feature, docs, chore
        ´´´
      `), null);
    });
    it('a block of many blank lines after a format line reads fast (99d0b46)', async () => {
      const start = Date.now();
      await types(`# Contributing\n\n\`\`\`\ntype(scope): x\n${' \n'.repeat(20000)}Types: feat\n\`\`\`\n`);
      assert.ok(Date.now() - start < 3000, `${Date.now() - start} ms`);
    });
    it('reStructuredText: "**feat** for a new feature" items under a Conventional Commits lead-in', async () => {
      assert.deepEqual(await types(g`
        Contributing
        ============

        Commit messages follow Conventional Commits, \`\`<type>(<scope>): <subject>\`\`. The types are:

        * **feat** for a new feature.
        * **fix** for a bug fix.
        * **docs** for documentation only.
      `, 'CONTRIBUTING.rst'), ['feat', 'fix', 'docs']);
    });
  });

  describe('changelog file with no extension (6f317a5)', () => {
    it('near miss: "Do not edit `CHANGES` by hand; it is generated from commit messages" asks no entry', async () => {
      const c = await changelog('# Contributing\n\nDo not edit `CHANGES` by hand; it is generated from the commit messages at release time.\n');
      assert.notEqual(c.required?.value, true);
      assert.notEqual(c.how?.value, 'changelog-file');
    });
    it('near miss: a maintainer\'s release step "Update `Changes` with the version and date" is no contributor ask', async () => {
      const c = await changelog(g`
        # Contributing

        Send pull requests against ´main´.

        ## Releasing (maintainers only)

        1. Update ´Changes´ with the version and date.
        2. Tag the release and run ´make dist´.
      `);
      assert.notEqual(c.required?.value, true);
    });
    it.skip('(left open, session 22: older: another changelog wording reads the negated update as asked, at b5845ae too) near miss: "You do not need to update `NEWS`; the release manager does" asks no entry', async () => {
      const c = await changelog('# Contributing\n\nYou do not need to update `NEWS` in your pull request; the release manager does it.\n');
      assert.notEqual(c.required?.value, true);
    });
    it('near miss: "When editing `HISTORY`, keep lines short" is a style note, not an ask', async () => {
      const c = await changelog('# Contributing\n\n## Style\n\nWhen editing `HISTORY`, keep lines under 80 characters.\n');
      assert.notEqual(c.required?.value, true);
    });
    it('near miss: "Please don\'t update `CHANGES` in your pull request" asks no entry', async () => {
      const c = await changelog("# Contributing\n\nPlease don't update `CHANGES` in your pull request; we collect the entries when we release.\n");
      assert.notEqual(c.required?.value, true);
    });
    it('near miss: "Updating `NEWS` is optional" asks no entry', async () => {
      const c = await changelog('# Contributing\n\nUpdating `NEWS` is optional; a maintainer will add a line if needed.\n');
      assert.notEqual(c.required?.value, true);
    });
    it('AsciiDoc: "Update `CHANGES` with your change." asks an entry', async () => {
      const c = await changelog('= Contributing\n\nUpdate `CHANGES` with your change.\n', 'CONTRIBUTING.adoc');
      assert.equal(c.required?.value, true);
      assert.equal(c.how?.value, 'changelog-file');
    });
    it('a path with no extension: "Update `doc/CHANGES` with a line about your change"', async () => {
      const c = await changelog('# Contributing\n\nUpdate `doc/CHANGES` with a line about your change.\n');
      assert.equal(c.required?.value, true);
      assert.equal(c.how?.value, 'changelog-file');
    });
    it('reStructuredText double backticks: "Update ``CHANGES`` with a summary of your change."', async () => {
      const c = await changelog('Contributing\n============\n\nUpdate ``CHANGES`` with a summary of your change.\n', 'CONTRIBUTING.rst');
      assert.equal(c.required?.value, true);
      assert.equal(c.how?.value, 'changelog-file');
    });
    it('a template box "- [ ] Updated `Changes`" asks an entry', async () => {
      const c = (await read({ 'CONTRIBUTING.md': '# Contributing\n\nThanks.\n', '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] Tests pass\n- [ ] Updated `Changes`\n' })).changelog;
      assert.equal(c.required?.value, true);
      assert.equal(c.how?.value, 'changelog-file');
    });
    it('"Add an entry to `Changes`" (add, not update) asks an entry', async () => {
      const c = await changelog('# Contributing\n\nAdd an entry to `Changes` describing your change.\n');
      assert.equal(c.required?.value, true);
    });
    it('near miss: "update `NEWS` command" names a make target, not the file', async () => {
      const c = await changelog('# Contributing\n\nTo refresh the generated website, update `News` via `make news`.\n');
      assert.notEqual(c.how?.value, 'changelog-file');
    });
  });

  describe('discuss first, negatives (5115c70)', () => {
    it('near miss: "once the issue is accepted, you are welcome to open a pull request right away" asks an issue first', async () => {
      assert.notEqual(await discuss('Please open an issue to discuss your idea. Once the issue is accepted, you are welcome to open a pull request right away.'), false);
    });
    it('near miss: "free to open a PR directly against `main`, but open an issue first for anything large"', async () => {
      assert.notEqual(await discuss('You are free to open a pull request directly against `main`, but please open an issue first for anything large.'), false);
    });
    it('near miss: "Do not submit a pull request instead of opening an issue: features are discussed first"', async () => {
      assert.notEqual(await discuss('Please do not submit a pull request instead of opening an issue: new features must be discussed first.'), false);
    });
    it.skip('(left open, session 22: older: "every change needs an issue a maintainer has agreed to first" is not read as the ask; the waiver no longer fires) near miss: "don\'t open a new issue if you are submitting a PR for an issue already discussed; link it"', async () => {
      assert.equal(await discuss("Every change needs an issue that a maintainer has agreed to first. Don't open a new issue if you are submitting a pull request for an existing one; link it instead."), true);
    });
    it('"send a pull request instead of an issue" (no "opening") says the PR is the place to start', async () => {
      assert.equal(await discuss('If you can fix the bug yourself, send a pull request instead of an issue.'), false);
    });
    it('"You can open a PR right away, no issue needed" ("can", not "welcome")', async () => {
      assert.equal(await discuss('You can open a pull request right away; there is no need for an issue.'), false);
    });
    it('"Submit a pull request rather than opening an issue"', async () => {
      assert.equal(await discuss('If you have a fix, submit a pull request rather than opening an issue.'), false);
    });
    it.skip('(left open, session 22: older: a paragraph that never says issue, first or discuss is not read for discuss-first at all) "Feel free to submit a pull request straight away."', async () => {
      assert.equal(await discuss('Have an improvement in mind? Feel free to submit a pull request straight away.'), false);
    });
  });

  describe('setup commands (46a2d12, 76b31bd)', () => {
    it('near miss: `corepack use pnpm@9` pins the version for maintainers, no setup step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Building

        ´´´sh
        pnpm install
        ´´´

        ## Upgrading pnpm (maintainers)

        ´´´sh
        corepack use pnpm@9.12.0
        ´´´
      `), ['pnpm install']);
    });
    it('near miss: `corepack up` under "Releasing" is no setup step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        ´´´sh
        corepack enable
        yarn install
        ´´´

        ## Releasing

        ´´´sh
        corepack up
        yarn release
        ´´´
      `), ['corepack enable', 'yarn install']);
    });
    it('near miss: `corepack pnpm publish` is a release step', async () => {
      const s = await setup('# Contributing\n\n## Publishing\n\nMaintainers publish with:\n\n```sh\ncorepack pnpm publish --access public\n```\n');
      assert.deepEqual(s, []);
    });
    it('`sudo corepack enable` (a system Node) is setup', async () => {
      assert.deepEqual(await setup('# Contributing\n\n## Setup\n\n```sh\nsudo corepack enable\npnpm install\n```\n'), ['sudo corepack enable', 'pnpm install']);
    });
    it('near miss: Gradle flavour release `./gradlew assembleProdRelease` is a release build', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Building

        ´´´sh
        ./gradlew assembleProdDebug
        ´´´

        ## Building a signed release

        ´´´sh
        ./gradlew assembleProdRelease
        ´´´
      `), ['./gradlew assembleProdDebug']);
    });
    it('near miss: `./gradlew assemble -Prelease=true` under "Release" is no setup', async () => {
      assert.deepEqual(await setup('# Contributing\n\n## Build\n\n```sh\n./gradlew build\n```\n\n## Release\n\n```sh\n./gradlew assemble -Prelease=true\n```\n'), ['./gradlew build']);
    });
    it('near miss: a release script `./scripts/assemble-release.sh` is no setup', async () => {
      assert.deepEqual(await setup('# Contributing\n\n## Build\n\n```sh\nmake\n```\n\nTo cut a release tarball, maintainers run `./scripts/assemble-release.sh`.\n'), ['make']);
    });
    it('`./gradlew :app:assembleDebug` with a project path is setup', async () => {
      assert.deepEqual(await setup('# Contributing\n\n## Getting started\n\n```sh\n./gradlew :app:assembleDebug\n```\n'), ['./gradlew :app:assembleDebug']);
    });
    it.skip('(left open, session 22: older: the lead-in "install the rock from your checkout" reads as installing the product) `luarocks --local make` (option before the subcommand) is setup', async () => {
      assert.deepEqual(await setup('# Contributing\n\nBuild and install the rock from your checkout:\n\n```sh\nluarocks --local make\n```\n'), ['luarocks --local make']);
    });
    it('near miss: `luarocks make` then `luarocks upload` under "Releasing" is no setup', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Development

        ´´´sh
        luarocks install --deps-only mylib-scm-1.rockspec
        ´´´

        ## Releasing a new version

        ´´´sh
        luarocks make mylib-1.2.0-1.rockspec
        luarocks upload mylib-1.2.0-1.rockspec
        ´´´
      `), ['luarocks install --deps-only mylib-scm-1.rockspec']);
    });
    it('near miss: the tip words "If you use different versions of Python" drop the real install step in the same sentence', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        If you are using several versions of Python, create a virtualenv first and run ´pip install -e .[dev]´ inside it.
      `), ['pip install -e .[dev]']);
    });
    it('near miss: "If you are using different versions of Node, run `nvm use`" reads this checkout\'s .nvmrc: a setup step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        If you are using different versions of Node, run ´nvm use´ in the checkout first. Then run ´npm ci´.
      `), ['nvm use', 'npm ci']);
    });
    it('`./gradlew assembleRelease` under "Building" stays out; `./gradlew assemble` is setup', async () => {
      assert.deepEqual(await setup('# Contributing\n\n## Building\n\n```sh\n./gradlew assemble\n```\n\nMaintainers sign builds with `./gradlew assembleRelease`.\n'), ['./gradlew assemble']);
    });
    it('tip for juggling, said "When working on several projects ..., run `corepack enable`", is no step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        1. Run ´pnpm install´.

        > When working on several projects that need different versions of pnpm, run ´corepack enable´.
      `), ['pnpm install']);
    });
    it('tip for juggling, said "If you have multiple projects ...", is no step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        1. Run ´yarn install´.

        Tip: if you have multiple projects with different Yarn versions, run ´corepack enable´ once.
      `), ['yarn install']);
    });
    it.skip('(left open, session 22: older: the tip is read for spans only, not as a lead-in over a block) tip for juggling with a block after it ("If you work on several projects ..., run:") is no step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        ´´´sh
        pnpm install
        ´´´

        If you work on several projects with different versions of pnpm, run:

        ´´´sh
        corepack enable
        ´´´
      `), ['pnpm install']);
    });
    it('near miss: `corepack enable` in a Troubleshooting section (a fix for an error) is no setup step', async () => {
      assert.deepEqual(await setup(g`
        # Contributing

        ## Setup

        ´´´sh
        npm ci
        ´´´

        ## Troubleshooting

        If you see "pnpm: command not found" in the hooks, run ´corepack enable´.
      `), ['npm ci']);
    });
  });
});
