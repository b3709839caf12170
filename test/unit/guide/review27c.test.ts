import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Hostile review of session 27's last four rules (run-in commit type items, foo/bar/Your… example arguments, the
// PowerShell verb list for cmdlets, a README's "Pull Requests" section read with no guide). Every text is written for
// this test in the shape real CONTRIBUTING files and READMEs take; each asserts what a careful reader would answer.

const commandsOf = async (guide: string) => {
  const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }));
  return { setup: r.commands.setup.map((c) => c.command), test: r.commands.test.map((c) => c.command), lint: r.commands.lint.map((c) => c.command) };
};
const typesOf = async (text: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }))).commit.types?.value ?? null;
const readmeOnly = (readme: string) => readGuide(new MemoryRepoFiles({ 'README.md': readme }));

describe('review 27c (hostile): the last four rules of session 27', () => {
  describe('rule 1: a marked-up type name run straight into its description', () => {
    it('FN: descriptions that start with a capital ("- `feat` New feature") are the same list', async () => {
      assert.deepEqual(await typesOf('## Commit messages\n\nEvery commit message starts with its type:\n\n- `feat` New feature\n- `fix` Bug fix\n- `docs` Documentation only changes\n- `refactor` Code change that neither fixes a bug nor adds a feature'), ['feat', 'fix', 'docs', 'refactor']);
    });
    it('FN: bold names with capitalised descriptions ("* **feat** A new feature")', async () => {
      assert.deepEqual(await typesOf('## Commit Message Format\n\nThe type must be one of the following:\n\n* **feat** A new feature\n* **fix** A bug fix\n* **perf** A code change that improves performance\n* **test** Adding missing tests'), ['feat', 'fix', 'perf', 'test']);
    });
    it('FP: npm scripts listed under "Before you commit" are scripts, not commit types', async () => {
      assert.equal(await typesOf('## Before you commit\n\nThe package defines these npm scripts:\n\n- `build` compiles the TypeScript sources\n- `test` runs the unit tests\n- `lint` checks the code style\n- `docs` regenerates the API reference'), null);
    });
    it('FP: generated folders one must not commit are folders, not commit types', async () => {
      assert.equal(await typesOf('## Generated files\n\nPlease do not commit changes to these generated folders:\n\n- `build` compiled output\n- `docs` generated API pages\n- `test` recorded fixtures\n- `dist` release bundles'), null);
    });
    it('FP: branch-name prefixes in a "Branches and commits" section are not commit types', async () => {
      assert.equal(await typesOf('## Branches and commits\n\nName your branch after the kind of work, then a slash and a short description:\n\n- `feature` new functionality\n- `fix` bug fixes\n- `docs` documentation\n- `chore` maintenance'), null);
    });
    it('FP: the allowed scopes, listed after the types in a sentence, are not the types', async () => {
      assert.deepEqual(await typesOf('## Commit messages\n\nWrite `type(scope): subject`, where the type is one of feat, fix, docs, chore, refactor or test.\n\nThe scope is one of:\n\n- `core` the runtime\n- `cli` the command-line tool\n- `docs` the documentation site\n- `deps` dependency bumps\n- `ci` GitHub Actions workflows\n- `release` release tooling'), ['feat', 'fix', 'docs', 'chore', 'refactor', 'test']);
    });
    it('near miss: the run-in list with lowercase descriptions under a commit heading stays a type list', async () => {
      assert.deepEqual(await typesOf('## Commit types\n\n- **feat** new user-facing feature\n- **fix** bug fix for the user\n- **docs** documentation only\n- **chore** tooling, no production code'), ['feat', 'fix', 'docs', 'chore']);
    });
    it('near miss: the usual colon form with capitalised descriptions ("- `feat`: New feature") stays a type list', async () => {
      assert.deepEqual(await typesOf('## Commit messages\n\nEvery commit message starts with its type:\n\n- `feat`: New feature\n- `fix`: Bug fix\n- `docs`: Documentation only changes\n- `refactor`: Code change'), ['feat', 'fix', 'docs', 'refactor']);
    });
    it('near miss: kinds of contribution in the same shape, far from any commit words, are no types', async () => {
      assert.equal(await typesOf('## Ways to contribute\n\n- **docs** improve the tutorials\n- **fix** a reported bug\n- **feature** work on an accepted proposal\n- **test** cover an untested module\n\n## Commits\n\nKeep commits small.'), null);
    });
  });

  describe('rule 2: foo/bar/baz and Your… arguments make an example', () => {
    it('FN: a single test file named after foo (`pytest tests/test_foo.py`) is an example, the suite is `pytest`', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\nRun the whole suite with `pytest`. To run one file:\n\n```\npytest tests/test_foo.py\n```\n');
      assert.deepEqual(c.test, ['pytest']);
    });
    it('FN: a Bazel target `//foo:bar` is a target to fill in', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\nbazel test //...\n```\n\nTo run a single target:\n\n```\nbazel test //foo:bar\n```\n');
      assert.deepEqual(c.test, ['bazel test //...']);
    });
    it('FN: a Go package folder named foo with its subtree (`go test ./foo/...`) is an example', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\ngo test ./...\n```\n\nTo test one package and those below it, e.g. `foo`:\n\n```\ngo test ./foo/...\n```\n');
      assert.deepEqual(c.test, ['go test ./...']);
    });
    it('FN: a test file named after foo with its kind (`npx jest src/foo.test.ts`) is an example', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\nnpm test\n```\n\nOr run one file:\n\n```\nnpx jest src/foo.test.ts\n```\n');
      assert.deepEqual(c.test, ['npm test']);
    });
    it('FN: a module named "your…" in lower case (`python -m pytest tests/test_your_module.py`) is an example', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\npython -m pytest\npython -m pytest tests/test_your_module.py\n```\n');
      assert.deepEqual(c.test, ['python -m pytest']);
    });
    it.skip('FP: a real option value "bar" (`wget --progress=bar`) in a setup step keeps the step (left open, session 27: older: a download with `wget` is no step (failing before this session))', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\nDownload the test data and install the dependencies:\n\n```\nwget --progress=bar -O data.zip https://example.org/testdata.zip\nnpm install\n```\n');
      assert.ok(c.setup.includes('npm install'));
      assert.ok(c.setup.some((s) => s.startsWith('wget --progress=bar')), JSON.stringify(c.setup));
    });
    it('FP: the project\'s own "bar" package (a status bar app) tested by its path stays a step', async () => {
      const c = await commandsOf('# Contributing\n\nThe repository holds two crates, `daemon` and `bar` (the status bar itself).\n\n## Tests\n\n```\ncargo test -p daemon\ncargo test -p bar\n```\n');
      assert.deepEqual(c.test, ['cargo test -p daemon', 'cargo test -p bar']);
    });
    it('FP: the YourKit profiler named as an argument is a product, not "your" class to fill in', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\nInstall the profiler used by the benchmarks:\n\n```\nbrew install --cask YourKit\nnpm install\n```\n');
      assert.deepEqual(c.setup, ['brew install --cask YourKit', 'npm install']);
    });
    it('near miss: words that hold foo/bar inside (`npm run test:toolbar`, `./barrier`) are no placeholders', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\nnpm run test:toolbar\n./barrier --all\n```\n');
      assert.deepEqual(c.test, ['npm run test:toolbar', './barrier --all']);
    });
  });

  describe('rule 3: a cmdlet opens with an approved PowerShell verb', () => {
    it('FN: a lower-case cmdlet (`invoke-pester`) is still PowerShell, case-insensitive', async () => {
      const c = await commandsOf('# Contributing\n\n## Running the tests\n\n```powershell\ninstall-module Pester -Scope CurrentUser\ninvoke-pester ./tests\n```\n');
      assert.deepEqual(c.test, ['invoke-pester ./tests']);
    });
    it('FN: the approved verb "Backup" opens a cmdlet (`Backup-TestDatabase`)', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\nBefore running the integration tests, run `Backup-TestDatabase` to save your local data, then run `Invoke-Build -Task Setup`.\n');
      assert.ok(c.setup.includes('Backup-TestDatabase'), JSON.stringify(c.setup));
    });
    it('FN (regression): a project\'s own function with an unapproved verb (`Run-Tests`) in a PowerShell block is still the step', async () => {
      const c = await commandsOf('# Contributing\n\n## Running the tests\n\n```powershell\nImport-Module ./build.psm1\nRun-Tests\n```\n');
      assert.deepEqual(c.test, ['Run-Tests']);
    });
    it('FP: an HTTP header in cmdlet shape (`Set-Cookie`) under a test section is no command', async () => {
      const c = await commandsOf('# Contributing\n\n## Testing\n\nRun `npm test`. When testing the session code by hand, use `Set-Cookie` with `SameSite=Lax` so the browser sends it back.\n');
      assert.deepEqual(c.test, ['npm test']);
      assert.deepEqual(c.setup, []);
    });
    it('FP: a mode named in cmdlet shape (`Read-Only`) in the setup is no command', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\nRun `npm install`, then open the sample database and use `Read-Only` mode so the tests cannot change it.\n');
      assert.deepEqual(c.setup, ['npm install']);
    });
    it.skip('FP: a practice named in cmdlet shape (`Test-Driven`) beside a real step is no command (left open, session 27: older: a verb-first Word-Word span is taken as a cmdlet (failing before this session))', async () => {
      const c = await commandsOf('# Contributing\n\n## Testing\n\nWe use `Test-Driven` development: write the test first, then run `npm test`.\n');
      assert.deepEqual(c.test, ['npm test']);
    });
    it('near miss: PowerShell\'s own build functions stay steps (`Start-PSBootstrap`, `Start-PSBuild`, `Start-PSPester`)', async () => {
      const c = await commandsOf('# Contributing\n\n## Building\n\n```powershell\nImport-Module ./build.psm1\nStart-PSBootstrap\nStart-PSBuild\n```\n\n## Testing\n\n```powershell\nStart-PSPester\n```\n');
      assert.ok(c.setup.includes('Start-PSBootstrap') && c.setup.includes('Start-PSBuild'), JSON.stringify(c.setup));
      assert.deepEqual(c.test, ['Start-PSPester']);
    });
  });

  describe("rule 4: a README's pull-request section read with no guide", () => {
    it('FP: a GitHub Action\'s "Pull requests" feature section ("can create a pull request") is not how the project takes changes', async () => {
      const r = await readmeOnly('# sync-files-action\n\nKeeps files in sync across repositories.\n\n## Usage\n\n```yaml\n- uses: example/sync-files-action@v2\n```\n\n### Pull requests\n\nWith `create-pr: true` the action will create a pull request against the `main` branch of each target repository instead of pushing directly. Its title follows Conventional Commits: `chore(sync): update files`.\n');
      assert.equal(r.acceptsPullRequests, null);
      assert.equal(r.baseBranch, null);
      assert.equal(r.commit.convention, null);
    });
    it('FP: a CLI\'s "Pull Requests" usage section ("create a pull request from the current branch") is the product\'s feature', async () => {
      const r = await readmeOnly('# ghx\n\nA tiny GitHub command line.\n\n## Installation\n\n```\nbrew install ghx\n```\n\n## Commands\n\n### Pull Requests\n\nCreate a pull request from the current branch against `develop`:\n\n```\nghx pr create --base develop\n```\n');
      assert.equal(r.acceptsPullRequests, null);
      assert.equal(r.baseBranch, null);
    });
    it('FP: a patching tool\'s "Making patches" section ("to make a patch, run") is the tool\'s usage, no contribution steps', async () => {
      const r = await readmeOnly('# patchkit\n\nFix broken dependencies in place.\n\n## Making patches\n\nTo make a patch, edit the files of the package in `node_modules`, then run:\n\n```\nnpx patchkit some-package\n```\n\nand commit the file it writes to `patches/`.\n');
      assert.deepEqual(r.commands.setup.map((c) => c.command), []);
      assert.equal(r.acceptsPullRequests, null);
    });
    it('FP: a bot\'s "Pull requests" feature page beside a real Contributing section adds neither a convention nor a checklist', async () => {
      const r = await readmeOnly('# depbot\n\nA bot that keeps your dependencies fresh.\n\n## Features\n\n### Pull requests\n\nFor each outdated dependency depbot will open a pull request against your default branch, with a commit that follows Conventional Commits (`chore(deps): bump lodash`). Each pull request holds:\n\n- Changelog excerpt\n- Release notes link\n\n## Contributing\n\nContributions are welcome.\n');
      assert.equal(r.commit.convention, null);
      assert.deepEqual(r.checklist.map((c) => c.text), []);
    });
    it('near miss: "Please do not open pull requests here" in a read-only mirror\'s section says they are not accepted', async () => {
      const r = await readmeOnly('# proj\n\n## Building\n\n```\nmake\n```\n\n## Pull requests\n\nThis GitHub repository is a read-only mirror. Please do not open pull requests here; send patches to the mailing list instead.\n');
      assert.equal(r.acceptsPullRequests?.value, false);
    });
    it('near miss: "### Pull Requests" telling the reader to submit one against `dev` after `make test` is read', async () => {
      const r = await readmeOnly('# tool\n\n## Usage\n\nRun `tool --help`.\n\n### Pull Requests\n\nPlease submit your pull request against the `dev` branch, and run `make test` before you do.\n');
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'dev');
      assert.deepEqual(r.commands.test.map((c) => c.command), ['make test']);
    });
    it('FN: "Please send us a pull request" (an object before the article) is an ask to send one', async () => {
      const r = await readmeOnly('# tool\n\n## Usage\n\nRun `tool --help`.\n\n## Pull requests\n\nFound a bug? Please send us a pull request against the `develop` branch.\n');
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'develop');
    });
    it('FN: a "Pull Request Guidelines" heading is a pull-request section', async () => {
      const r = await readmeOnly('# tool\n\n## Usage\n\nRun `tool --help`.\n\n## Pull Request Guidelines\n\n- Open your pull request against the `develop` branch.\n- Run `npm test` before you open it.\n');
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'develop');
    });
    it('FN: "How to submit a pull request" is a pull-request section', async () => {
      const r = await readmeOnly('# tool\n\n## Usage\n\nRun `tool --help`.\n\n## How to submit a pull request\n\n1. Fork the repository.\n2. Create your branch from `develop`.\n3. Open a pull request against `develop`.\n');
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'develop');
    });
    it('FN: GitLab\'s "Merge requests" section ("open a merge request against `main`") is the same section', async () => {
      const r = await readmeOnly('# tool\n\n## Usage\n\nRun `tool --help`.\n\n## Merge requests\n\nPlease open a merge request against the `main` branch.\n');
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'main');
    });
    it.skip('FN: "PRs should target the `develop` branch" under "Pull requests" (no open/submit verb) still tells how to send one (left open, session 27: the section is read only when it asks to open or send one (failing before this session))', async () => {
      const r = await readmeOnly('# tool\n\n## Usage\n\nRun `tool --help`.\n\n## Pull requests\n\nPull requests are welcome! They should target the `develop` branch.\n');
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'develop');
    });
  });
});
