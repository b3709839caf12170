import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { isFilteredTestRun } from '../../../src/core/guide/extract/commandsFiltered';
import { cleanCommandLine, hasPrompt } from '../../../src/core/guide/extract/commandLine';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: a series of spans after one verb (session 6)', () => {
  it('takes every command a sentence lists after its verb, joined by commas or "or"', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Before you submit\n\n- The tests pass: run `make test`, `make test-all`, or whichever fits your change.\n'));
    assert.deepEqual(found.test, ['make test', 'make test-all']);
  });

  it('takes a script listed after a step with an aside between them', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nTest using `make check` (the current build options) and `./run_matrix.sh` (many compilers).\n'));
    assert.deepEqual(found.test, ['make check', './run_matrix.sh']);
  });

  it('does not carry the run over a sentence break', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nRun `make test`. `make bench` measures how fast the parser is.\n'));
    assert.deepEqual(found.test, ['make test']);
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: spans that only name a condition or a heading (session 6)', () => {
  it('does not take a command named in an "if you are running" condition', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Prerequisites\n\nIf you are running `make test` on macOS, please install GNU sed.\n\n## Testing\n\n```sh\nmake test\n```\n'));
    assert.deepEqual(found.test, ['make test']);
    const sources = toInspectJson(await readGuide(new MemoryRepoFiles(guide('# Guide\n\n## Prerequisites\n\nIf you are running `make test` on macOS, please install GNU sed.\n\n## Testing\n\n```sh\nmake test\n```\n')))).commands.test;
    assert.equal(sources[0].source.line, 10);
  });

  it('still takes a check that must succeed "when running" it', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Linting\n\nThere should be no errors when running `hlint .`; CI checks this too.\n'));
    assert.deepEqual(found.lint, ['hlint .']);
  });

  it('does not take a command inside a table-of-contents link', async () => {
    const found = await commandsOf(guide('# Guide\n\n- [Calling `npm ci` automatically](#calling-npm-ci)\n- [Testing](#testing)\n\n## Calling npm ci automatically\n\nSome words.\n'));
    assert.deepEqual(found.setup, []);
  });

  it('takes the same command where a list item opens with it', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n- `npm ci` to install the dependencies\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
});

describe('commands: a script that opens a list item with its purpose (session 6)', () => {
  it('takes a script followed by "to" and what it catches', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Checks\n\nRun these before the PR:\n\n- `./scripts/vet.sh` to catch vet errors.\n- `go test ./...` to run the tests.\n'));
    assert.deepEqual(found.lint, ['./scripts/vet.sh']);
    assert.deepEqual(found.test, ['go test ./...']);
  });

  it('does not take a script an item only describes', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Layout\n\n- `./scripts/vet.sh`: the script CI uses for vetting.\n'));
    assert.deepEqual(found.lint, []);
  });
});

describe('commands: lead-ins that offer an example (session 6)', () => {
  it('skips a block after a bare "Example:" label', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n**Example:**\n\n```sh\n$ npm install left-pad\n```\n\nInstall the dependencies:\n\n```sh\nnpm ci\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });

  it('skips a block after a lead-in that ends on "For example," or opens with "Ex."', async () => {
    const found = await commandsOf(
      guide('# Guide\n\n## Tests\n\nRun the suite:\n\n```\nbin/rspec\n```\n\nThe variable can name any version. For example,\n\n```\nRGV=v3.2.0 bin/rspec\n```\n\nEx. For a change to `bundle update`, you might run:\n\n```\nbin/rspec spec/update\n```\n'),
    );
    assert.deepEqual(found.test, ['bin/rspec']);
  });

  it('still takes a block after a lead-in that names its step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\nFor example, to run the whole suite:\n\n```\nbin/rspec\n```\n'));
    assert.deepEqual(found.test, ['bin/rspec']);
  });
});

describe('commands: a README section on using the product (session 6)', () => {
  it('skips a root README "Usage" section, keeps its development section', async () => {
    const found = await commandsOf({
      'README.md': '# Tool\n\n## Usage\n\n```sh\nnpm install --save widget\nnpm run widget\n```\n\n## Development\n\n```sh\nnpm ci\nnpm test\n```\n',
    });
    assert.deepEqual(found.setup, ['npm ci']);
    assert.deepEqual(found.test, ['npm test']);
  });

  it('keeps a "Usage" section of a contributor document', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Usage\n\n```sh\nnpm ci\nnpm test\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
  });
});

describe('commands: what a command is for by its own words (session 6)', () => {
  it('reads Dart and Flutter package and analysis steps', () => {
    assert.equal(classify('flutter pub get'), 'setup');
    assert.equal(classify('dart pub get'), 'setup');
    assert.equal(classify('dart analyze --fatal-infos .'), 'lint');
    assert.equal(classify('flutter run'), undefined);
  });

  it('lets a test runner decide whatever it is given', () => {
    assert.equal(classify('pytest -q mypy'), 'test');
    assert.equal(classify('uv run pytest tests/lint'), 'test');
    assert.equal(classify('mypy tests'), 'lint');
  });

  it('reads a task named in camel case word by word', () => {
    assert.equal(classify('dotnet fsi build.fsx -p FormatAll'), 'lint');
    assert.equal(classify('./gradlew jvmTest'), 'test');
    assert.equal(classify('dotnet fsi build.fsx'), 'setup');
    // An option in camel case says how, not what: skipping the tests does not run them.
    assert.equal(classify('./mvnw clean install -DskipTests'), 'setup');
  });

  it('reads `make` with options only as the default build', () => {
    assert.equal(classify('make -s'), 'setup');
    assert.equal(classify('make -j4'), 'setup');
    assert.equal(classify('make -j $(nproc)'), 'setup');
    assert.equal(classify('make -s check'), 'lint');
  });

  it('does not read "dev" in a project program\'s name as its phase when it is given a subcommand', () => {
    assert.equal(classify('./project-dev-utils local-pr-precheck'), undefined);
    assert.equal(classify('./project-dev-utils build'), 'setup');
    assert.equal(classify('npm run dev'), 'setup');
  });

  it('reads a suite runner script by the task it is given', () => {
    assert.equal(classify('python runtests.py'), 'test');
    assert.equal(classify('python3 runtests.py lint'), 'lint');
    assert.equal(classify('python3 runtests.py mypyc-extra'), 'test');
  });

  it('does not read a suite runner script as one test file', () => {
    assert.equal(isFilteredTestRun('python runtests.py'), false);
    assert.equal(isFilteredTestRun('node scripts/run-tests.js'), false);
    assert.equal(isFilteredTestRun('python tests/test_api.py'), true);
    assert.equal(isFilteredTestRun('node --test a.test.js'), true);
  });

  it('takes a suite runner script from a test section', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\nYou can run the full test suite like this:\n\n```bash\npython runtests.py\n```\n'));
    assert.deepEqual(found.test, ['python runtests.py']);
  });
});

describe('commands: headings, prompts and comments (session 6)', () => {
  it('reads a heading that opens with installing as setup, though it names the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n#### (4) Install the test requirements and the project\n\n```bash\npython -m pip install -r test-requirements.txt\nhash -r  # resets the PATH cache\n```\n'));
    assert.deepEqual(found.setup, ['python -m pip install -r test-requirements.txt', 'hash -r']);
    assert.deepEqual(found.test, []);
  });

  it('still reads a heading that installs and then tests as the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Install and run the tests\n\n```bash\nnpm ci\nrun-suite\n```\n'));
    assert.deepEqual(found.test, ['run-suite']);
  });

  it('strips a bracketed prompt and reads the prompted lines only', async () => {
    assert.equal(cleanCommandLine('[nix-shell]$ proj-test-memory'), 'proj-test-memory');
    assert.equal(cleanCommandLine('[user@host src]$ make test'), 'make test');
    assert.equal(hasPrompt('[nix-shell]$ proj-test-memory'), true);
    assert.equal(hasPrompt('[fixture builtins.py]'), false);
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```bash\n[nix-shell]$ proj-<tab>\nproj-build\nproj-check\n\n# Run the memory test\n[nix-shell]$ proj-test-memory\n```\n'));
    assert.deepEqual(found.test, ['proj-test-memory']);
    assert.deepEqual(found.lint, []);
  });

  it("strips Windows cmd.exe's prompt, not a redirection", async () => {
    assert.equal(cleanCommandLine('C:\\src\\proj> npm test'), 'npm test');
    assert.equal(cleanCommandLine('C:\\> build.cmd -test'), 'build.cmd -test');
    assert.equal(cleanCommandLine('npm test > out.log'), 'npm test > out.log');
    const found = await commandsOf(guide('# Guide\n\n## Testing on Windows\n\n```bat\nC:\\src\\proj> npm test\n> proj@1.0.0 test\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
  });

  it('reads a comment that filters the tests as narrowing its line', async () => {
    const block = (comment: string): string => `# Guide\n\n## Testing\n\n\`\`\`bash\n# Run all tests\n$ tox\n\n# ${comment}\n$ proj-test-io -k config\n\`\`\`\n`;
    assert.deepEqual((await commandsOf(guide(block('Filter the tests to run by name')))).test, ['tox']);
    assert.deepEqual((await commandsOf(guide(block('Run the io tests')))).test, ['tox', 'proj-test-io -k config']);
  });
});

describe('commands: a tool named before the block that gives its step, placeholders in capitals (session 6)', () => {
  it('takes the block line, not the tool the lead-in names', async () => {
    const text = '# Guide\n\n## Running tests\n\nThe suites use tox. To run all tests, run `tox` in the repository:\n\n    tox -p auto\n';
    const json = toInspectJson(await readGuide(new MemoryRepoFiles(guide(text))));
    assert.deepEqual(
      json.commands.test.map((c) => `${c.command} ${c.source.line}`),
      ['tox -p auto 7'],
    );
  });

  it('keeps the span when the block below runs something else', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\nRun `tox` in the repository:\n\n    make test\n'));
    assert.deepEqual(found.test, ['tox', 'make test']);
  });

  it('reads a line with a placeholder in capitals as an example', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Checking\n\nType check the project:\n\n```sh\nmypy --strict src\nmypy PROGRAM.py\nmypy -m MODULE\n```\n'));
    assert.deepEqual(found.lint, ['mypy --strict src']);
  });

  it('does not read a setting or an option in capitals as a placeholder', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\ncmake -DTARGET=host ..\nmake PREFIX=/usr/local\n```\n'));
    assert.deepEqual(found.setup, ['cmake -DTARGET=host ..', 'make PREFIX=/usr/local']);
  });
});

describe('commands: a Python environment on Windows (session 6)', () => {
  it('reads the Windows activation of a virtual environment as setup, beside the Unix one', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\nUnix:\n\n```shell\npython -m venv .venv\nsource .venv/bin/activate\n```\n\nWindows:\n\n```shell\npy -m venv .venv\n.venv\\Scripts\\activate\n```\n'));
    assert.deepEqual(found.setup, ['python -m venv .venv', 'source .venv/bin/activate', 'py -m venv .venv', '.venv\\Scripts\\activate']);
  });

  it('does not read another Windows program by path as an environment', () => {
    assert.equal(cleanCommandLine('.venv\\Scripts\\activate'), '.venv\\Scripts\\activate');
    assert.equal(classify('.venv\\Scripts\\activate'), 'setup');
    assert.equal(classify('.venv\\Scripts\\pip.exe list'), undefined);
  });
});

describe('commands: a build the prose says also runs the tests (session 6)', () => {
  it('reads a build that also runs all of the tests as the test step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n* Run `./gradlew build` to build, also running all of the tests.\n'));
    assert.deepEqual(found.test, ['./gradlew build']);
    assert.deepEqual(found.setup, []);
  });

  it('reads the sentence after the step when it goes on describing it', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Run a local build\n\nFinally, make sure to run `dotnet fsi build.fsx`. Among other things, this will check the format and tell you if any tests fail.\n'));
    assert.deepEqual(found.test, ['dotnet fsi build.fsx']);
  });

  it('keeps a build that only comes before the tests as setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nRun `./gradlew build` before running the tests. The tests need the jars.\n'));
    assert.deepEqual(found.setup, ['./gradlew build']);
    assert.deepEqual(found.test, []);
  });

  it('does not take a docs task named in capitals as setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```sh\ndotnet fsi build.fsx\ndotnet fsi build.fsx -p Docs\n```\n'));
    assert.deepEqual(found.setup, ['dotnet fsi build.fsx']);
  });
});

describe('commands: installing Gerrit\'s commit-msg hook (session 6)', () => {
  it('reads every line of the hook snippet as setup, the git folder lookup included', async () => {
    const found = await commandsOf(
      guide('# Guide\n\n## Gerrit\n\nConfigure your clone to add a Change-Id:\n\n```bash\ngitdir=$(git rev-parse --git-dir)\nscp -p -P 29418 jane@review.example.org:hooks/commit-msg ${gitdir}/hooks/\n```\n\nOr fetch it over HTTP:\n\n```bash\nwget https://review.example.org/tools/hooks/commit-msg\nmv commit-msg .git/hooks\nchmod +x .git/hooks/commit-msg\n```\n'),
    );
    assert.deepEqual(found.setup, ['gitdir=$(git rev-parse --git-dir)', 'scp -p -P 29418 jane@review.example.org:hooks/commit-msg ${gitdir}/hooks/', 'wget https://review.example.org/tools/hooks/commit-msg', 'mv commit-msg .git/hooks', 'chmod +x .git/hooks/commit-msg']);
  });

  it('does not read other downloads, copies or assignments as setup', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Gerrit\n\n```bash\nbase=$(git merge-base HEAD origin/main)\nwget https://example.org/tools/data.tar.gz\nmv data.tar.gz build/\n```\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: a project tool in one hyphenated word (session 6)', () => {
  it('takes a hyphenated tool the prose runs when its name says it checks or tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nYou can run `proj-check` to check this by hand. The io tests can be\nrun with `proj-test-io`.\n'));
    assert.deepEqual(found.lint, ['proj-check']);
    assert.deepEqual(found.test, ['proj-test-io']);
  });

  it('does not take one a hook runs automatically, nor a shell the tests run with', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nYou can set up a commit hook to automatically run `proj-check` on your changes. Cram tests run with `sh` by default.\n'));
    assert.deepEqual(found.lint, []);
    assert.deepEqual(found.test, []);
  });
});

describe('commands: a file content lead-in with a reference-style link (session 6)', () => {
  it('does not read lines to add to a profile named by a reference link as steps', async () => {
    const found = await commandsOf(guide('# Setup\n\nOn Windows, you can add this to your [PowerShell profile][profile]:\n\n```powershell\nfunction proj\n{\n  & "ruby.exe" bin\\proj $args\n}\n```\n\n[profile]: https://example.org/profiles\n'));
    assert.deepEqual(found.setup, []);
  });

  it('still reads a block after a reference link that is not about a file', async () => {
    const found = await commandsOf(guide('# Setup\n\nInstall the [dependencies][deps]:\n\n```powershell\nnpm ci\n```\n\n[deps]: https://example.org/deps\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
});

describe('commands: a project script named like a source file (session 6)', () => {
  it('does not read the program itself as a test file it is given', () => {
    assert.equal(isFilteredTestRun('./x.py test tidy'), false);
    assert.equal(isFilteredTestRun('./x.py test tests/ui/foo.rs'), true);
  });

  it('reads a bare vcbuild as the Windows build', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nOn Windows, run `vcbuild` from a developer prompt.\n'));
    assert.deepEqual(found.setup, ['vcbuild']);
  });
});

describe('commands: a past-tense checklist in a pull request template (session 6)', () => {
  const template = (item: string): Record<string, string> => ({
    'CONTRIBUTING.md': '# Guide\n\nSend a pull request.\n',
    '.github/PULL_REQUEST_TEMPLATE.md': `## Checklist\n\n* [ ] Added tests.\n* [ ] ${item}\n`,
  });

  it('takes a command the author says they ran, its phase from the sentence after it', async () => {
    const found = await commandsOf(template('Ran `bundle exec rake default`. It executes all tests and runs the linter on its own code.'));
    assert.deepEqual(found.test, ['bundle exec rake default']);
  });

  it('does not take a command the item only names', async () => {
    const found = await commandsOf(template('Updated the docs for `bundle exec rake default`.'));
    assert.deepEqual(found.test, []);
  });
});
