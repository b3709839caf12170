import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { notAStep } from '../../../src/core/guide/extract/commandPhaseNone';
import { narrows } from '../../../src/core/guide/extract/commandsExtended';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 27: every text below is written for the test; each rule has a near miss that must keep its old answer.

const commandsOf = async (guide: string) => {
  const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }));
  return { setup: r.commands.setup.map((c) => c.command), test: r.commands.test.map((c) => c.command), lint: r.commands.lint.map((c) => c.command) };
};

describe('reader rules (session 27)', () => {
  describe("a project's own script is named for what it does", () => {
    it('an install script under the tests is setup ("bash scripts/install_test_requirements.sh")', async () => {
      const c = await commandsOf('# Contributing\n\n## Testing\n\nFirst install the test requirements:\n\n```bash\nbash scripts/install_test_requirements.sh\n```\n\nThen run:\n\n```bash\npnpm test\n```\n');
      assert.deepEqual(c.setup, ['bash scripts/install_test_requirements.sh']);
      assert.deepEqual(c.test, ['pnpm test']);
    });
    it('a script that makes the requirements files is setup too', () => {
      assert.equal(classify('bash scripts/create_test_requirements.sh'), 'setup');
    });
    it('a formatter script given folders with "testing" in their names formats', async () => {
      const c = await commandsOf('# Contributing\n\n## Style\n\nFormat all the code:\n\n```\n./tools/run-formatter.sh src src-testing\n```\n');
      assert.deepEqual(c.lint, ['./tools/run-formatter.sh src src-testing']);
      assert.deepEqual(c.test, []);
    });
    it('a test script whose name starts with "fix" runs tests', () => {
      assert.equal(classify('python3 fix_includes_test.py'), 'test');
    });
    it('the installer of a formatter installs, though the formatter is named in it (`cd scripts; ./install_astyle.sh`)', () => {
      assert.equal(classify('cd scripts; ./install_astyle.sh'), 'setup');
      assert.equal(classify('cd build ; cmake ..'), 'setup');
    });
    it('near miss: a script named for no phase still goes by its subcommand and its section', () => {
      assert.equal(classify('./cry build'), 'setup');
      assert.equal(classify('hooks/format.sh install'), 'setup');
      assert.equal(classify('./x.py test'), 'test');
    });
  });

  describe('lines that are no step by their own words', () => {
    it('a make uninstall target among the targets of a test section', async () => {
      const c = await commandsOf('# Contributing\n\n## Testing\n\n```\nmake test\nmake uninstall\nmake lint\n```\n');
      assert.deepEqual(c.test, ['make test']);
      assert.deepEqual(c.lint, ['make lint']);
    });
    it("printing a tool's configuration (`gcloud config list`) under the test setup", async () => {
      const c = await commandsOf('# Contributing\n\n## Integration tests\n\n1. Running `gcloud config list` should show your account.\n2. Run `make test-integration`.\n');
      assert.deepEqual(c.test, ['make test-integration']);
    });
    it('a tool named with its version (`astyle v3.4.12`)', async () => {
      const c = await commandsOf('# Contributing\n\n## Style\n\n- Run `scripts/code-format.py` (`astyle v3.4.12` must be installed first).\n');
      assert.deepEqual(c.lint, ['scripts/code-format.py']);
    });
    it("a test's own name (``test_official``) in a sentence on running it", async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\nIf you changed the API, you may want to run `test_official` to check it. Run `pytest` for the rest.\n');
      assert.deepEqual(c.test, ['pytest']);
    });
    it('the docs environment glued to tox\'s option (`tox -edocs`)', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\nRun `tox -epy312` for the tests and `tox -edocs` for the documentation.\n');
      assert.deepEqual(c.test, ['tox -epy312']);
    });
    it('near miss: a package manager removing a released copy, and a command with a version to use, stay steps', () => {
      assert.equal(notAStep('npm uninstall --global web-ext'), false);
      assert.equal(notAStep('nvm use 18.17.0'), false);
      assert.equal(notAStep('make uninstall'), true);
    });
  });

  describe('the development machine', () => {
    it('`vagrant up` and `vagrant ssh` under the test section set up the place the tests run in', async () => {
      const c = await commandsOf('# Contributing\n\n## Running the tests\n\nStart the VM:\n\n```\nvagrant up\nvagrant ssh\n```\n\nThen run:\n\n```\ngo test ./...\n```\n');
      assert.deepEqual(c.setup, ['vagrant up', 'vagrant ssh']);
      assert.deepEqual(c.test, ['go test ./...']);
    });
    it('near miss: `vagrant halt` stops it, no step', () => {
      assert.equal(classify('vagrant halt'), undefined);
    });
  });
  describe('a test runner script and the tests it is given', () => {
    it('a runner named with what it runs between its words (`python3 run_iwyu_tests.py`) is the suite', async () => {
      const c = await commandsOf('# Contributing\n\n## Running the tests\n\nTo run the tests, run\n\n    python3 run_iwyu_tests.py\n\nYou can select individual tests by listing them as arguments:\n\n    python3 run_iwyu_tests.py cxx.test_array c.test_enum\n');
      assert.deepEqual(c.test, ['python3 run_iwyu_tests.py']);
    });
    it('a test id in dots after a taken run (`tox -e py3 pkg.tests.unit.test_manager`) picks one test', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\ntox -e py3\ntox -e py3 pkg.tests.unit.test_manager\n```\n');
      assert.deepEqual(c.test, ['tox -e py3']);
    });
    it('near miss: a dotted word that names no test (`config.json`) is not a test id', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\npython3 run_all_tests.py\n```\n');
      assert.deepEqual(c.test, ['python3 run_all_tests.py']);
      assert.equal(narrows('config.json'), false);
      assert.equal(narrows('pkg.tests.test_x'), true);
    });
  });
  describe('steps that accept, list or ship rather than set up or test', () => {
    it("accepting a run's new output (`dune promote`, `--auto-promote`, `make promote`) runs no test", () => {
      for (const c of ['dune promote', 'dune test --auto-promote', 'dune build @runtest --promote', 'make promote']) assert.equal(notAStep(c), true, c);
      assert.equal(notAStep('dune test'), false);
    });
    it("listing CTest's tests (`ctest --test-dir build -N`) runs none", () => {
      assert.equal(notAStep('ctest --test-dir build -N'), true);
      assert.equal(notAStep('ctest --test-dir build'), false);
    });
    it('an install for a deployment (`carton install --deployment`) is not the checkout\'s setup', () => {
      assert.equal(notAStep('carton install --deployment'), true);
      assert.equal(notAStep('carton install'), false);
    });
    it('a task that installs the docs build\'s dependencies (`make install-pydeps-docs`) is no setup', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\n```\nmake install-pydeps-test\nmake install-pydeps-docs\n```\n');
      assert.deepEqual(c.setup, ['make install-pydeps-test']);
    });
  });
  describe('the base branch in two more ways of saying it', () => {
    const baseOf = async (text: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }))).baseBranch?.value ?? null;
    it('the widely copied topic-branch line with its usual answer in brackets ("(usually branched from main)")', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually branched from main).'), 'main');
    });
    it('"Rebase your branch to current master"', async () => {
      assert.equal(await baseOf('## Before opening a pull request\n\n* Rebase your branch to current master, no merges allowed!'), 'master');
    });
    it('near miss: a bracket naming no branch, and a rebase to a state, name none', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually your fork).'), null);
      assert.equal(await baseOf('Rebase to current state before you push.'), null);
    });
  });
  describe('discuss first before the work starts', () => {
    const discussOf = async (text: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }))).discussFirst?.value ?? null;
    it('asked under a "Support" heading, before starting work ("open an issue ... before starting work on an architecture!")', async () => {
      assert.equal(await discussOf('Style\n-----\n\nUse black.\n\nSupport\n-------\n\nPlease always open an issue or leave a comment in one, before starting work on an architecture!'), true);
    });
    it('ideas run by the mailing list for agreement "before you start hacking"', async () => {
      assert.equal(await discussOf("It's usually a good idea to run ideas by the [mailing list](https://groups.example.org/x) to get general agreement on directions before you start hacking."), true);
    });
    it('near miss: the help channel under "Support", and a check or a waiver before the work, ask nothing first', async () => {
      assert.equal(await discussOf('Style\n-----\n\nUse black.\n\nSupport\n-------\n\nPlease open an issue if you need help.'), null);
      assert.equal(await discussOf('Make sure the tests pass before you start working on a new branch.'), null);
      assert.equal(await discussOf('There is no need to discuss a typo fix before you start working on it.'), null);
    });
  });
  describe('lists led in by what a pull request should contain or what eases its merge', () => {
    const itemsOf = async (text: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }))).checklist.map((c) => c.text);
    it('"Pull Requests should contain the following things:"', async () => {
      assert.equal((await itemsOf('# Contributing\n\n## Pull Requests\n\nPull Requests should contain the following things:\n\n1. Describe the problem the Pull Request attempts to solve\n2. Explain how you went about solving the problem\n3. Provide a test that exemplifies the expected behaviour\n')).length, 3);
    });
    it('"To facilitate merging any pull requests that you send, please:"', async () => {
      assert.deepEqual(await itemsOf('# Contributing\n\nTo facilitate merging any pull requests that you send, please:\n- Reference the issue in every commit.\n- Update the CHANGELOGs in the last commit.\n'), ['Reference the issue in every commit.', 'Update the CHANGELOGs in the last commit.']);
    });
    it('"Only change the status to Ready for Review when:"', async () => {
      assert.equal((await itemsOf('# Contributing\n\n## Draft pull requests\n\nOnly change the status to **Ready for Review** when:\n- You have implemented all planned changes.\n- Your code is fully tested.\n')).length, 2);
    });
    it('near miss: what a pull request goes through, and easing the setup, are no checks', async () => {
      assert.deepEqual(await itemsOf('# Contributing\n\nPull requests go through the following stages:\n\n1. Triage\n2. Review\n3. Merge\n'), []);
      assert.deepEqual(await itemsOf('# Contributing\n\nTo facilitate the setup of your machine, please:\n- Install Node.\n- Install pnpm.\n'), []);
    });
  });
  describe('what a hook does by itself', () => {
    it('commands in a list led in by "The pre-commit hook automatically:" are not the reader\'s steps', async () => {
      const c = await commandsOf('# Contributing\n\n## Hooks\n\nAfter `make bootstrap`, the pre-commit hook automatically:\n\n1. **Runs `dart analyze`** on changed packages\n2. **Runs `flutter analyze`** on changed Flutter packages\n');
      assert.deepEqual(c.lint, []);
    });
    it('near miss: a list led in by an ask keeps them', async () => {
      const c = await commandsOf('# Contributing\n\n## Checks\n\nBefore you push, please:\n\n1. Run `dart analyze`\n2. Run `dart test`\n');
      assert.deepEqual(c.lint, ['dart analyze']);
    });
  });
  describe('commit types named by a marked-up word run into its description', () => {
    const typesOf = async (text: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }))).commit.types?.value ?? null;
    it('"- `feat` new feature", "- `fix` bugfix in the source" under a commit format', async () => {
      assert.deepEqual(await typesOf('## Commit Message Format\n\n```\n<type>(<scope>): <subject>\n```\n\nPossible `<type>`s:\n\n- `feat` new feature\n- `fix` bugfix in the source code\n- `docs` anything related to documentation\n- `chore` any minor change'), ['feat', 'fix', 'docs', 'chore']);
    });
    it('near miss: a list of labels in the same shape, not about commits, names no types', async () => {
      assert.equal(await typesOf('## Labels\n\nWe label issues:\n\n- `feat` new feature requests\n- `fix` bugs to fix\n- `docs` documentation gaps'), null);
    });
  });
  describe('arguments that are names to fill in', () => {
    it('"foo" and its kin as a file (`oclgrind ./foo`, `futhark dev foo.fut`) and a class named "Your…" make an example', async () => {
      const c = await commandsOf('# Contributing\n\n## Debugging\n\n```\nfuthark dev --seq foo.fut\noclgrind ./foo\nhatch test YourExtractor\n```\n\n## Tests\n\n```\nhatch test\n```\n');
      assert.deepEqual(c.setup, []);
      assert.deepEqual(c.test, ['hatch test']);
    });
    it('near miss: a word that only starts like them (`football`, `./barrier`, `Yourself`) is no placeholder', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\n./barrier --all\n```\n');
      assert.deepEqual(c.test, ['./barrier --all']);
    });
  });
  describe('a product named in the shape of a cmdlet', () => {
    it('"use `Auto-Sync` to add the new module" names a tool, no step; `Install-Dotnet` stays a cmdlet', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\nIf your architecture is supported in LLVM, you can use `Auto-Sync` to add the new module.\n\nOn Windows, run `Install-Dotnet` first.\n');
      assert.deepEqual(c.setup, ['Install-Dotnet']);
    });
  });
  describe("a README's section on pull requests, with no guide", () => {
    const readme = '# vpn-tool\n\n## Installation\n\n```\ncurl -L https://example.org/install | bash\n```\n\n## Feedback & Support\n\n### Pull Requests\n\n* Open a new GitHub pull request towards the `develop` branch.\n* Use the following [commit rules](https://www.conventionalcommits.org/).\n\n## Contributions\n\nPiVPN is not taking donations.\n';
    it('"### Pull Requests" that tells the reader to open one is read as the guide would be', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'README.md': readme }));
      assert.equal(r.acceptsPullRequests?.value, true);
      assert.equal(r.baseBranch?.value, 'develop');
    });
    it("near miss: a product's own \"Pull requests\" feature section tells nobody to open one, and stays unread", async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'README.md': '# review-bot\n\n## Features\n\n### Pull requests\n\nThe bot comments on pull requests with a summary of the changes.\n' }));
      assert.equal(r.acceptsPullRequests, null);
    });
  });
  describe('a check block whose lead-in says what the run looks for', () => {
    it('"... to see if your changes contain any mistakes or errors" is a purpose, not a recovery: the block is the checks', async () => {
      const c = await commandsOf('# Contributing\n\n## Validating changes\n\nBefore submitting a pull request, run tests and perform code linting on your system first, to see if your changes contain any mistakes or errors. This will be done automatically for each pull request, but performing these checks locally avoids unnecessary build failures.\n\n```bash\n# run automated tests\npytest\n# check code for linting errors\nruff check .\n```\n');
      assert.deepEqual(c.test, ['pytest']);
      assert.deepEqual(c.lint, ['ruff check .']);
    });
    it('near miss: "If the tests fail with errors, run:" is still a recovery, and serving the built docs is no step', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```\npytest\n```\n\nIf the tests fail with errors about the cache, run:\n\n```\npytest --cache-clear\n```\n\nTo look at the docs, run `python -m http.server 8000 --directory docs/_build/html`.\n');
      assert.deepEqual(c.test, ['pytest']);
      assert.deepEqual(c.setup, []);
    });
  });
  describe('a CI section that has the reader run a check locally', () => {
    it('"You can run the linter locally with `npm run lint`" under "Continuous Integration" is a step; what the CI runs is not', async () => {
      const c = await commandsOf('# Contributing\n\n### Continuous Integration\n\nAll pull requests must pass our CI checks. These checks include:\n\n- **Linting**: You can run the linter locally with `npm run lint`.\n- **Testing**: You can run the tests locally with `npm test`.\n\nThe CI also runs `npm run e2e` on every push.\n');
      assert.deepEqual(c.lint, ['npm run lint']);
      assert.deepEqual(c.test, ['npm test']);
    });
  });
  describe("the README's link to the build-from-source document, beside a guide", () => {
    const guide = '# Contributing\n\nSend pull requests against `main`. Keep commits small.\n';
    it('`docs/building.md` linked from the README is read for its steps', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide, 'README.md': '# vmm\n\nSee [building from source](docs/building.md).\n', 'docs/building.md': '# Building\n\n```\ncargo build --release\n```\n' }));
      assert.deepEqual(r.commands.setup.map((c) => c.command), ['cargo build --release']);
    });
    it('near miss: a `build.md` (the docs site\'s own build) and a building doc the README does not link stay unread', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide, 'README.md': '# vmm\n\nSee [the docs build](docs/build.md).\n', 'docs/build.md': '# Build the docs\n\n```\nmkdocs build\n```\n', 'docs/building.md': '# Building\n\n```\ncargo build\n```\n' }));
      assert.deepEqual(r.commands.setup, []);
    });
  });
});
