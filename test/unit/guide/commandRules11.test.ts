import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });
const fence = (body: string, lang = ''): string => '```' + lang + '\n' + body + '\n```\n';

describe('commands: an untagged block of a few program calls (session 11)', () => {
  it('takes a call of an unknown task runner whose subcommand gives the phase', async () => {
    const found = await commandsOf(guide(`# Hacking\n\n## Running the unit tests\n\n${fence('qq test')}\n## Style\n\nOur formatter runs in CI too.\n\n${fence('tidyfmt .')}`));
    assert.deepEqual(found.test, ['qq test']);
  });

  it('takes a known linter alone on an untagged line under a formatting heading', async () => {
    const found = await commandsOf(guide(`# Hacking\n\n## Formatting\n\nPeople without the dev shell use:\n\n${fence('alejandra .')}`));
    assert.deepEqual(found.lint, ['alejandra .']);
  });

  it('does not take a test written in the language under a testing heading', async () => {
    const found = await commandsOf(guide(`# Hacking\n\n## Writing tests\n\nEach case looks like this:\n\n${fence("test 'adds two numbers' do\n  assert_equal 4, add(2, 2)\nend")}`));
    assert.deepEqual(found.test, []);
  });

  it('does not take a database shell whose argument only names a test database', async () => {
    const found = await commandsOf(guide(`# Hacking\n\n## Running the integration tests\n\nInside the container you can look at the databases:\n\n${fence('psql -h 127.0.0.1 -U admin app_test')}`));
    assert.deepEqual(found.test, []);
  });

  it('does not take a bare file path shown as where the tests live', async () => {
    const found = await commandsOf(guide(`# Hacking\n\n## Tests\n\nThe tests for the loader are in:\n\n${fence('tests/test_loader.py')}`));
    assert.deepEqual(found.test, []);
  });

  it('does not take an untagged call under a heading that names no phase', async () => {
    const found = await commandsOf(guide(`# About Qq\n\n## Talking to us\n\nWe hang out on chat; the bot answers:\n\n${fence('qq test')}`));
    assert.deepEqual(found.test, []);
  });

  it('does not take an untagged block of many lines, a transcript rather than steps', async () => {
    const found = await commandsOf(guide(`# Hacking\n\n## Testing\n\nHere is what it looked like on my machine yesterday.\n\n${fence('qq test\nrunning 12 suites\nok suite one\nok suite two\nfail suite three')}`));
    assert.deepEqual(found.test, []);
  });
});

describe('commands: the plain configure step after a variant of it, and `-t .` (session 11)', () => {
  it('keeps the plain configure step given under "Building" after a variant for a missing toolchain', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Dependencies\n\nWithout the compiler installed, call:\n\n${fence('./configure --with-bundled-deps', 'sh')}\n## Building\n\nBuilding is then:\n\n${fence('./configure\nmake', 'sh')}`));
    assert.deepEqual(found.setup, ['./configure --with-bundled-deps', './configure', 'make']);
  });

  it('near miss: still drops a platform variant after the plain configure step', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Building\n\n${fence('./configure\nmake', 'sh')}\n## Setup\n\nFor a 32-bit build:\n\n${fence('./configure --host=i686-linux-gnu', 'sh')}`));
    assert.deepEqual(found.setup, ['./configure', 'make']);
  });

  it('reads `-t .` as a flag for the checkout, not a test-name filter', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Setup\n\nWith the package manager installed, call:\n\n${fence('pkgtool install --deps-only -t .', 'sh')}`));
    assert.deepEqual(found.setup, ['pkgtool install --deps-only -t .']);
  });

  it('near miss: `-t` with a test name is still an example of focusing the run', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Testing\n\n${fence('npm test\nnpx jest -t parser', 'sh')}`));
    assert.deepEqual(found.test, ['npm test']);
  });
});

describe('commands: a system install set out under a platform label (session 11)', () => {
  it('takes each platform\'s install from a list of "On <platform>: `cmd`" items', async () => {
    const found = await commandsOf(guide('# Contributing\n\n1. Get the prerequisites:\n   * Install the YAML checker. Here is how:\n     - On macOS (any recent release): `brew install yq`\n     - On Debian / Ubuntu: `sudo apt-get install yq`\n'));
    assert.deepEqual(found.setup, ['brew install yq', 'sudo apt-get install yq']);
  });

  it('takes the installs a parenthesis lists per platform', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Setup\n\nThe XML headers help here (Fedora: `sudo dnf install expat-devel`, Ubuntu: `sudo apt install libexpat1-dev`).\n'));
    assert.deepEqual(found.setup, ['sudo dnf install expat-devel', 'sudo apt install libexpat1-dev']);
  });

  it('takes them under an installation heading that says it installs what development needs', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Installing the build dependencies\n\n- Fedora: `sudo dnf install expat-devel`\n- Ubuntu: `sudo apt install libexpat1-dev`\n'));
    assert.deepEqual(found.setup, ['sudo dnf install expat-devel', 'sudo apt install libexpat1-dev']);
  });

  // Session 16: this was a hint left out. The 528 blind-labelled projects count a system package the guide names as a
  // prerequisite however the sentence hedges, and no project there loses precision by it.
  it('a platform named inside a sentence, with a hedge, still names a prerequisite of each platform', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Setup\n\nThis also works on Linux: you may run `sudo apt-get install yq` if you like, or on Debian use `sudo apt install yq`.\n'));
    assert.deepEqual(found.setup, ['sudo apt-get install yq', 'sudo apt install yq']);
  });

  it('near miss: installing the project itself for users under a platform label is not a contributor step', async () => {
    const found = await commandsOf(guide('# Contributing to qqtool\n\n## Installing qqtool\n\n- On macOS: `brew install qqtool`\n- On Debian: `sudo apt install qqtool`\n\n## Testing\n\n```sh\nmake test\n```\n'));
    assert.deepEqual(found.setup, []);
  });

  it('near miss: platform-labelled installs in a FAQ answer about a broken machine', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## FAQ\n\n### My terminal shows garbage\n\n- On macOS: `brew install ncurses`\n- On Fedora: `sudo dnf install ncurses`\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: a pipeline into a dependency installer (session 11)', () => {
  it('takes a distribution tool listing missing modules into cpanm, in a prompted block', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Getting the dependencies\n\nThen install the plugins this distribution needs:\n\n    $ distool authordeps --missing | cpanm\n'));
    assert.deepEqual(found.setup, ['distool authordeps --missing | cpanm']);
  });

  it('takes a fetched installer piped into perl with --installdeps', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Dependencies\n\nWithout the installer on your machine, fetch it on the fly:\n\n```\n$ curl -L https://example.org/cpanm | perl - --installdeps .\n```\n'));
    assert.deepEqual(found.setup, ['curl -L https://example.org/cpanm | perl - --installdeps .']);
  });

  it('near miss: a download piped into a shell (a product installer script) is not taken', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Setup\n\n```\n$ curl -fsSL https://example.org/install.sh | sh\n```\n'));
    assert.deepEqual(found.setup, []);
  });

  it('near miss: a pipeline that only filters output is no setup step', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Setup\n\nSee what the tool would fetch:\n\n    $ distool listdeps | sort | uniq\n'));
    assert.deepEqual(found.setup, []);
  });

  it('near miss: piping into an installer in a release section is a maintainer step', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Releasing\n\n    $ distool authordeps --missing | cpanm\n    $ distool release\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: sudo before an unknown program, profiles that are no profiling, index refreshes (session 11)', () => {
  it('reads a program run as root in a shell block like the program, where its own call gives the phase', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Testing\n\n${fence('sudo osrebuild test', 'sh')}`));
    assert.deepEqual(found.test, ['sudo osrebuild test']);
  });

  it('near miss: `sudo` before a program whose call says no phase administers the machine', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Testing\n\n${fence('sudo systemctl restart mydaemon\nsudo osrebuild switch', 'sh')}`));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });

  it('reads a guide about contributing a device profile, where "profile" names what is contributed', async () => {
    const found = await commandsOf(guide(`# Contributing a Board Profile\n\n## Testing\n\nTry your profile on the machine:\n\n${fence('sudo osrebuild test', 'bash')}`));
    assert.deepEqual(found.test, ['sudo osrebuild test']);
  });

  it('near miss: a profiling section is still a side quest', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Testing\n\n${fence('make test', 'sh')}\n## Profiling the test suite\n\n${fence('make test PROFILE=1\nperf record make test', 'sh')}\n### Profile visualizers\n\n${fence('npm install -g speedscope', 'sh')}`));
    assert.deepEqual(found.test, ['make test']);
    assert.deepEqual(found.setup, []);
  });

  it('takes refreshing the package index as setup, though it sits under a testing heading', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Testing\n\n${fence('sudo nix-channel --update\nmake check', 'bash')}`));
    assert.deepEqual(found.setup, ['sudo nix-channel --update']);
    assert.deepEqual(found.test, ['make check']);
  });

  it('near miss: updating the project\'s own dependencies is not an index refresh', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Updating dependencies\n\n${fence('cargo update\nbrew update', 'bash')}`));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: installing the git hooks after a long setup (session 11)', () => {
  // Ten ordinary steps fill a document's room for setup (six before session 23; the name stays).
  const six = 'python -m venv env\nsource env/bin/activate\npip install -r requirements/base.txt\npip install -r requirements/dev.txt\npip install -e .\nconda create --name devenv\npip install -r requirements/test.txt\npip install -r requirements/lint.txt\npip install -r requirements/typing.txt\npip install -r requirements/bench.txt';
  it('keeps the hook install that follows six ways of making the environment', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Setting up\n\n${fence(six, 'sh')}\nFinally install the hooks that check formatting:\n\n${fence('pre-commit install', 'sh')}`));
    assert.equal(found.setup.length, 11);
    assert.equal(found.setup[10], 'pre-commit install');
  });

  it('near miss: an eleventh ordinary install is still one too many', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Setting up\n\n${fence(six, 'sh')}\nThen:\n\n${fence('pip install pytest-extra', 'sh')}`));
    assert.equal(found.setup.length, 10);
    assert.ok(!found.setup.includes('pip install pytest-extra'));
  });

  it('near miss: running the hooks over every file is no install', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Setting up\n\n${fence(six, 'sh')}\n## Style\n\n${fence('pre-commit run --all-files', 'sh')}`));
    assert.ok(!found.setup.includes('pre-commit run --all-files'));
    assert.deepEqual(found.lint, ['pre-commit run --all-files']);
  });
});

describe('commands: exporting the program a step calls (session 11)', () => {
  it('takes a variable set to a program under a bin folder, or found by which', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Formatting setup\n\nOn Ubuntu:\n\n${fence('$ sudo apt install clang-format-14\n$ export CLANG_FORMAT_PATH=/usr/lib/llvm-14/bin/clang-format', 'shell')}\nFor the browser tests:\n\n${fence('export CHROME_BIN=$(which chromium)', 'sh')}`));
    assert.deepEqual(found.setup, ['sudo apt install clang-format-14', 'export CLANG_FORMAT_PATH=/usr/lib/llvm-14/bin/clang-format', 'export CHROME_BIN=$(which chromium)']);
  });

  // (Session 24: under a setup heading any exported setting is a setup step, as the blind labels count it; so the near
  // miss is now the same block under a heading that sets nothing up.)
  it('near miss: a variable set to a config or data file is no tool', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Reports\n\n${fence('export APP_CONFIG_PATH=/etc/app/app.conf\nexport CACHE_PATH=~/cache/app\nexport REPORT_CMD=summary', 'sh')}`));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: hostile near misses for the untagged-block reading (session 11)', () => {
  it('does not take a test function name shown alone in an untagged block', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Writing tests\n\nName each test after what it checks, for instance\n\n${fence('test_parses_empty_input')}`));
    assert.deepEqual(found.test, []);
  });

  it('does not take a line of a run\'s output shown in an untagged block', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Running the tests\n\nAfter a while the runner prints\n\n${fence('all tests passed')}\nand exits.\n`));
    assert.deepEqual(found.test, []);
  });

  it('does not take an untagged call in a release procedure or a maintainer section', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Releasing a new version\n\n${fence('qq build-release')}\n## For maintainers\n\n${fence('qq test --publish')}`));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });

  it('does not take an untagged call in a FAQ answer about something else', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## FAQ\n\n### Why is my editor slow?\n\n${fence('qq lint-cache-clear')}`));
    assert.deepEqual(found.lint, []);
  });

  it('does not take a style rule written as an untagged example', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Code style\n\nPrefer this spelling of the check in tests:\n\n${fence('assert_lint_free(module)')}`));
    assert.deepEqual(found.lint, []);
  });
});

describe('commands: hostile near misses for platform labels, pipelines and exports (session 11)', () => {
  it('does not take platform-labelled installs in a release procedure or a maintainer section', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Releasing\n\n- On macOS: `brew install gh`\n- On Debian: `sudo apt install gh`\n\n## Maintainers only\n\n- On Fedora: `sudo dnf install rpm-build`\n'));
    assert.deepEqual(found.setup, []);
  });

  it('does not take a platform-labelled uninstall', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Setup\n\nRemove the old packaged copy first:\n\n- On macOS: `brew uninstall qq`\n- On Debian: `sudo apt remove qq`\n'));
    assert.deepEqual(found.setup, []);
  });

  it('does not take a dependency pipeline in a maintainer section', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Testing\n\n```sh\nprove -l\n```\n\n## Maintainer notes\n\n    $ distool authordeps --missing | cpanm\n'));
    assert.deepEqual(found.setup, []);
  });

  it('does not take an exported program path shown as an example of output', async () => {
    const found = await commandsOf(guide(`# Contributing\n\n## Setup\n\nExample output of the environment report:\n\n${fence('export CLANG_FORMAT_PATH=/usr/bin/clang-format', 'text')}`));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: an unknown tool a clause of checking is done with (session 11)', () => {
  it('takes the unknown tools a lint clause names after "via", each by its own checking words', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Linting\n\nLint the browser sources via `qq format-js`, `qq lint-js` and `qq eslint`.\n'));
    assert.deepEqual(found.lint, ['qq format-js', 'qq lint-js', 'qq eslint']);
  });

  it('near miss: a clause about a fixed bug names no step', async () => {
    const found = await commandsOf(guide('# Changes\n\n## 2.1\n\nFixed a bug in the parser with `qq lint-js` crashing on empty files.\n'));
    assert.deepEqual(found.lint, []);
  });

  it('near miss: "check out" a report with an unknown tool is looking, not checking', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Testing\n\n```sh\nmake test\n```\n\nCheck out the coverage report with `qq test-report`.\n'));
    assert.deepEqual(found.test, ['make test']);
  });

  it('near miss: an unknown tool whose own words say no check is not taken from the clause', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Style\n\nCheck the rendered pages via `qq site-serve`.\n'));
    assert.deepEqual(found, { setup: [], test: [], lint: [] });
  });
});

describe('commands: an unknown tool after a passive clause of checking (session 11)', () => {
  it('near miss: release artefacts that can be verified using an unknown tool give no step', async () => {
    const found = await commandsOf(guide('# Contributing\n\n## Linting\n\nThe downloaded archives can be verified using `sigtool --verify proj.tar.gz.sig`.\n'));
    assert.deepEqual(found.lint, []);
  });
});
