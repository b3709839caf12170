import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { isCommand } from '../../../src/core/guide/extract/commandLine';
import { VERSION_PLACEHOLDER, inspectsOutput, onlyAssigns } from '../../../src/core/guide/extract/commandsStructure';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: a comment line above a command gives its phase (session 5)', () => {
  it('reads "# run all the tests" above a line whose own words say nothing', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Everyday work\n\n```console\n# build everything\n$ ./widget.exe all\n# run all the tests\n$ ./widget.exe verifyall\n```\n'));
    assert.deepEqual(found.test, ['./widget.exe verifyall']);
    assert.deepEqual(found.setup, ['./widget.exe all']);
  });

  it('does not drop a main step whose comment above calls it optional', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nnpm test\n```\n\n## Other useful commands\n\n```sh\n# lint the project\n# (optional - it warns, it does not fail)\nnpm run lint\n```\n'));
    assert.deepEqual(found.lint, ['npm run lint']);
  });
});

describe('commands: line shapes that show rather than run a step (session 5)', () => {
  it('knows a pipeline into a viewer or filter', () => {
    assert.equal(inspectsOutput("tool trace cat | jq 'select(.cat)'"), true);
    assert.equal(inspectsOutput('make test 2>&1 | less'), true);
    assert.equal(inspectsOutput('make test 2>&1 | tee test.log'), false);
    assert.equal(inspectsOutput('curl -sSf https://example.test/install | sh'), false);
    assert.equal(inspectsOutput("tool trace cat | jq -s '[ .[] ] | length'"), true);
  });

  it('leaves out a pipeline into jq under a test heading', async () => {
    const found = await commandsOf(guide("# Guide\n\n## Running tests\n\n```console\n$ make test\n$ make trace | jq '.events'\n```\n"));
    assert.deepEqual(found.test, ['make test']);
  });

  it('knows a line that only sets a variable', () => {
    assert.equal(onlyAssigns('REV=$(git rev-parse HEAD)'), true);
    assert.equal(onlyAssigns('CI=1'), true);
    assert.equal(onlyAssigns('CI=1 make test'), false);
  });

  it('knows a version placeholder, and leaves out the lines that carry one', async () => {
    assert.equal(VERSION_PLACEHOLDER.test('npm install ./widget-x.x.x.tgz'), true);
    assert.equal(VERSION_PLACEHOLDER.test('git checkout v1.x.y'), true);
    assert.equal(VERSION_PLACEHOLDER.test('npm install widget@1.2.3'), false);
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm install\nnpm install ./widget-x.x.x.tgz\n```\n'));
    assert.deepEqual(found.setup, ['npm install']);
  });
});

describe('commands: tools named by what they are (session 5)', () => {
  it('enters a development environment as setup', () => {
    for (const c of ['nix develop', 'nix develop .#shell', 'nix-shell', 'poetry shell', 'pipenv shell', 'cachix use widget']) {
      assert.equal(isCommand(c), true, c);
      assert.equal(classify(c), 'setup', c);
    }
  });

  it('runs the tests with runners of other ecosystems', () => {
    for (const c of ['./vendor/bin/phpunit', 'vendor/bin/phpunit', 'karma start', 'protractor protractor.conf.js', 'python -m unittest', './tool runtest', 'make runtests']) assert.equal(classify(c), 'test', c);
    assert.equal(isCommand('vendor/bin/phpunit'), true);
  });

  it('lints with bug finders and patch checkers', () => {
    for (const c of ['./gradlew spotbugsMain', './gradlew pmdMain', 'scripts/checkpatch.pl', 'scan-build make']) assert.equal(classify(c), 'lint', c);
  });

  it('reads a build alias of a locally built dune the way it reads dune', () => {
    assert.equal(classify('./dune.exe build @runtest'), 'test');
    assert.equal(classify('./dune.exe build @check'), 'lint');
  });
});

describe('commands: the headings that hold a step (session 5)', () => {
  it('keeps installing the hooks under a pre-commit heading after the main flow', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\n```sh\ntox\n```\n\n## Style\n\nRun the linter with `tox -e lint`.\n\n## Pre-commit\n\nOn your clone, run the following command:\n\n```sh\npre-commit install\n```\n'));
    assert.deepEqual(found.setup, ['pre-commit install']);
  });

  it("leaves out a README's installation section for users, and keeps its building from source", async () => {
    const readme = [
      '# widget',
      '',
      'See [CONTRIBUTING](CONTRIBUTING.md) for how to develop widget.',
      '',
      '## Installation',
      '',
      '### On Ubuntu',
      '',
      '```sh',
      'sudo apt install widget',
      '```',
      '',
      '### Via conda',
      '',
      '```sh',
      'conda install -c conda-forge widget',
      '```',
      '',
      '### From source',
      '',
      '```sh',
      'cargo install --path . --locked',
      '```',
      '',
      '## Development',
      '',
      '```sh',
      'cargo build',
      'cargo test',
      '```',
      '',
    ].join('\n');
    const contributing = '# Contributing\n\n## Development\n\nPlease check out the [Development notes](README.md) in the README.\n';
    const found = await commandsOf({ 'README.md': readme, 'CONTRIBUTING.md': contributing });
    assert.deepEqual(found.setup, ['cargo install --path . --locked', 'cargo build']);
    // Linked at its Development section (session 18), the README is read from that section only.
    const atSection = await commandsOf({ 'README.md': readme, 'CONTRIBUTING.md': contributing.replace('(README.md)', '(README.md#development)') });
    assert.deepEqual(atSection.setup, ['cargo build']);
  });

  it("keeps a contribution guide's installation section: there it is the contributor's setup", async () => {
    const found = await commandsOf(guide('# Guide\n\n## Installation\n\n```sh\nsudo apt install libwidget-dev\npip install -e .\n```\n'));
    assert.deepEqual(found.setup, ['sudo apt install libwidget-dev', 'pip install -e .']);
  });
});

describe('commands: comment groups, deep script paths and example lead-ins (session 5)', () => {
  it('lets a narrowing comment speak for every line below it up to a blank line', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\n# Run all tests\nnpm test\n\n# Test a specific package\nnpx nx test core\nnpx nx test cli\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
  });

  it('reads comment lines in a row as one comment', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Everyday work\n\n```sh\n# run all the tests\n# (this takes a minute)\n./widget.exe verifyall\n```\n'));
    assert.deepEqual(found.test, ['./widget.exe verifyall']);
  });

  it('runs a project script deep in the tree from a shell block under a test heading', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing the runner\n\nThen execute the tests by running the script:\n\n```sh\ne2e/run/runner/src/run-tests.sh\n```\n'));
    assert.deepEqual(found.test, ['e2e/run/runner/src/run-tests.sh']);
  });

  it('leaves out a block whose lead-in opens with "E.g." or "For example"', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\n```\n\n## Local testing\n\nE.g. you could start a new workspace with your local build\n\n```sh\nnpx --registry=http://localhost:4873/ widget init\nnpm --registry=http://localhost:4873/ install\n```\n\nFor example:\n\n```sh\nnpm install ./other\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
});

describe('commands: putting tools on the path is setup (session 5)', () => {
  it('takes exports of PATH, GOPATH and a home folder, and no other exported setting', async () => {
    assert.equal(classify('export GOPATH=~/go'), 'setup');
    assert.equal(isCommand('export JAVA_HOME=/opt/jdk'), true);
    // (Session 24: another exported setting is a command too, a setup step only in a block under a setup heading, which
    // "Building" is not.)
    assert.equal(isCommand('export WIDGET_DEBUG=1'), true);
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nSet your variables via:\n\n```bash\nexport GOPATH=~/go\nexport PATH=$PATH:$GOPATH/bin\nexport WIDGET_DEBUG=1\nmake build\n```\n'));
    assert.deepEqual(found.setup, ['export GOPATH=~/go', 'export PATH=$PATH:$GOPATH/bin', 'make build']);
  });

  it('still leaves out an export with a placeholder to fill in', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\n```bash\nexport PATH=<path to the checkout>/bin:$PATH\nmake build\n```\n'));
    assert.deepEqual(found.setup, ['make build']);
  });
});

describe('commands: builtins and points in time (session 5)', () => {
  it('does not take a shell builtin or a file touch as a step, even in a console block under a test heading', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Writing tests\n\nTest a nonzero exit status:\n\n```console\n$ false\n[1]\n$ touch foo\n```\n\n## Running tests\n\n```sh\nmake test\n```\n'));
    assert.deepEqual(found.test, ['make test']);
    assert.deepEqual(found.setup, []);
  });

  it('reads "before running `x`" as a point in time, not a step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tests\n\nYou may want to set `export WIDGET_HOME=/tmp/w` before running `./runner` commands.\n'));
    assert.deepEqual(found.test, []);
  });
});

describe('commands: review-server hooks and git checks (session 5)', () => {
  it('takes fetching the commit-msg hook and making it run as setup, shell variables in braces included', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Change-Ids\n\nConfigure your clone to add a Change-Id to your commit messages. The steps are:\n\n```bash\ngitdir=$(git rev-parse --git-dir)\ncurl https://review.example.org/tools/hooks/commit-msg -o ${gitdir}/hooks/commit-msg\nchmod +x ${gitdir}/hooks/commit-msg\n```\n'));
    // Session 6: the git folder lookup is the snippet's first line, typed like the others (labelling rule: setup is
    // everything run to get a working checkout).
    assert.deepEqual(found.setup, ['gitdir=$(git rev-parse --git-dir)', 'curl https://review.example.org/tools/hooks/commit-msg -o ${gitdir}/hooks/commit-msg', 'chmod +x ${gitdir}/hooks/commit-msg']);
  });

  it('does not take other downloads or permission changes', () => {
    assert.equal(isCommand('curl -o install.sh https://example.org/install.sh'), false);
    assert.equal(isCommand('chmod +x build.sh'), false);
  });

  it("reads git's whitespace check as a lint step", async () => {
    assert.equal(classify('git diff --check'), 'lint');
    const found = await commandsOf(guide('# Guide\n\n## Style\n\nWe are picky about whitespace: run `git diff --check` on your changes before you commit.\n'));
    assert.deepEqual(found.lint, ['git diff --check']);
  });

  it('still reads an upper-case variable in braces as a placeholder', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnpm ci\nnpm link ${WIDGET_PATH}\n```\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
});

describe('commands: variant headings and bare example lead-ins (session 5)', () => {
  it('leaves out the lines under a heading for one way of running a step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running tests\n\n```sh\nbin/test\n```\n\n### Running tests with a specific seed\n\n```sh\nSEED=1234 bin/test\n```\n'));
    assert.deepEqual(found.test, ['bin/test']);
  });

  it('leaves out a block after a lead-in ending with a bare "For example:", and keeps one whose example names its step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\ngo test ./...\n```\n\nA workspace file lets you name packages from outside their folder. For example:\n\n```\ngo test -short ./widget/...\n```\n\nYou can run the tests of one component. For example, to run the mailer tests:\n\n```sh\n$ cd mailer\n$ bin/test\n```\n'));
    assert.deepEqual(found.test, ['go test ./...', 'bin/test']);
  });
});

describe('commands: hostile shapes for the session 5 rules', () => {
  it('reads a block of thousands of comment lines, then its command, right', async () => {
    const found = await commandsOf(guide(`# Guide\n\n## Testing\n\n\`\`\`sh\n${'# run all the tests\n'.repeat(20000)}./widget.exe verifyall\n\`\`\`\n`));
    assert.deepEqual(found.test, ['./widget.exe verifyall']);
  });

  it('reads a huge paragraph of spans, pipes and placeholders right', async () => {
    const paragraph = 'Run `npm test` then run `make check | jq .` and `npm install ./w-x.x.x.tgz` with `export PATH=$PATH:$X` '.repeat(3000);
    const found = await commandsOf(guide(`# Guide\n\n## Testing\n\n${paragraph}\n`));
    assert.deepEqual(found.test, ['npm test']);
  });
});

describe('commands: a check inside a collection of tips (session 5)', () => {
  const tips = '# Guide\n\n## Building\n\n```sh\nmake\n```\n\n## Tests\n\n```sh\nmake tests\n```\n\n## Development tips and tricks\n\n### Testing with a package manager\n\n```sh\nopam install .\n```\n\n### check-typo\n\nRunning `./tools/check-typo` from the repository root will check all source files.\n';
  it('keeps a check under its own sub-heading of a tips section', async () => {
    const found = await commandsOf(guide(tips));
    assert.deepEqual(found.lint, ['./tools/check-typo']);
  });

  it('still leaves out the other topics of the tips section', async () => {
    const found = await commandsOf(guide(tips));
    assert.deepEqual(found.setup, ['make']);
    assert.deepEqual(found.test, ['make tests']);
  });
});

describe('commands: configuring the clone (session 5)', () => {
  it("takes pointing git at the project's commit template or hooks folder as setup, and not other git settings", async () => {
    assert.equal(classify('git config commit.template dev/git.commit.template'), 'setup');
    assert.equal(classify('git config core.hooksPath .githooks'), 'setup');
    assert.equal(isCommand('git config remote.review.push HEAD:refs/for/main'), false);
    const found = await commandsOf(guide('# Guide\n\n## Commit message template\n\nTo use the template, run:\n\n    git config commit.template dev/commit.template\n'));
    assert.deepEqual(found.setup, ['git config commit.template dev/commit.template']);
  });
});

describe('commands: Composer downloaded into the checkout (session 5)', () => {
  it('reads ./composer.phar and php composer.phar as Composer', () => {
    assert.equal(classify('./composer.phar update'), 'setup');
    assert.equal(classify('php composer.phar install'), 'setup');
    assert.equal(classify('./composer.phar test'), 'test');
  });
});

describe('commands: a step in another project (session 5)', () => {
  it('leaves out a span run "in your testing project" or "in your app", and keeps one run in the checkout', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\nRun `npm ci` in the repository root.\n\n## Trying a local build\n\nTo use the local version, re-run `npm install` in your testing project. Then run `npm link widget` in your app.\n'));
    assert.deepEqual(found.setup, ['npm ci']);
  });
});

describe('commands: a build that runs a program at its end (session 5)', () => {
  it('reads the program given to --exec', () => {
    assert.equal(classify('stack build --flag widget:integration-tests --exec widget-integration-test'), 'test');
    assert.equal(classify('nodemon --exec "npm test"'), 'test');
    assert.equal(classify('stack build'), 'setup');
  });
});

describe('commands: a recovery that is the check itself (session 5)', () => {
  it('keeps the formatter a sentence offers for a failing format check, with its line after a span broken over two lines', async () => {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles(guide('# Guide\n\n## Style\n\nIf a CI build is failing because of formatting issues, you can install rustfmt using `rustup component add\nrustfmt` and then format all code using `cargo fmt`.\n'))));
    assert.deepEqual(json.commands.setup.map((c) => [c.command, c.source.line]), [['rustup component add rustfmt', 5]]);
    assert.deepEqual(json.commands.lint.map((c) => [c.command, c.source.line]), [['cargo fmt', 6]]);
  });

  it('still leaves out a repair for a failing build', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nIf the build fails, run `cargo clean` and then `cargo build`.\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: checking the environment (session 5)', () => {
  it("takes a toolchain's environment report as a setup check where the sentence verifies the setup", async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nVerify your environment is set up properly by running `$ go env`.\n\n```sh\nmake build\n```\n'));
    assert.deepEqual(found.setup, ['go env', 'make build']);
  });

  it('does not take an environment report named in passing', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Notes\n\nThe output of `go env` helps us when you report a bug; run `flutter doctor -v` too.\n'));
    assert.deepEqual(found.setup, []);
  });
});
