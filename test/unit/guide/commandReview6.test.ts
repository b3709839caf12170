import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { classify } from '../../../src/core/guide/extract/commandClassify';

// Near-misses of the session 5 command rules, found in review: real steps they must not drop, re-phase or add.
type Commands = { setup: string[]; test: string[]; lint: string[] };
const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};
const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: a bare "Example:" label after a step is the step (session 6 review)', () => {
  it('"... install the package in editable mode. Example:" keeps the setup steps', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development environment\n\nCreate a virtual environment and install the package in editable mode. Example:\n\n```sh\npython -m venv .venv\n. .venv/bin/activate\npip install -e .\n```\n'));
    assert.deepEqual(found.setup, ['python -m venv .venv', '. .venv/bin/activate', 'pip install -e .']);
  });
  it('"Examples:" under "Running the tests" keeps the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running the tests\n\nExamples:\n\n```sh\nmake test\nmake test-integration\n```\n'));
    assert.deepEqual(found.test, ['make test', 'make test-integration']);
  });
});

describe('commands: a tool named before a block that is a complete step of its own (session 6 review)', () => {
  it('"Run `yarn` to install the dependencies, then build the packages once:" keeps `yarn`', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\nRun `yarn` to install the dependencies, then build the packages once:\n\n```sh\nyarn build\n```\n'));
    assert.deepEqual(found.setup, ['yarn', 'yarn build']);
  });
  it('"Run `make` to build everything. To build a single target, name it:" keeps `make`', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Building\n\nRun `make` to build everything. To build a single target, name it:\n\n```sh\nmake libfoo\n```\n'));
    assert.ok(found.setup.includes('make'), JSON.stringify(found));
  });
  it('"Run `tox` to test every supported Python, or give an environment:" keeps `tox` as the test', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nRun `tox` to test every supported Python, or give an environment:\n\n```sh\ntox -e py312\n```\n'));
    assert.equal(found.test[0], 'tox', JSON.stringify(found));
  });
});

describe('commands: a comment that mentions filtering without narrowing its line (session 6 review)', () => {
  it('keeps a whole-suite run whose comment offers a filter option', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nnpm test  # all tests; pass --grep to filter\n```\n\nOr with Python:\n\n```sh\npytest  # whole suite, add -k to filter by name\n```\n'));
    assert.deepEqual(found.test, ['npm test', 'pytest']);
  });
  it('keeps a lint run that "filters out" vendored code', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Linting\n\n```sh\nmake lint  # runs the linters and filters out vendored code\n```\n'));
    assert.deepEqual(found.lint, ['make lint']);
  });
});

const pointerOnly = async (files: Record<string, string>): Promise<boolean | null> => (await readGuide(new MemoryRepoFiles(files))).guideIsPointerOnly?.value ?? null;
const RULES = `# Rules\n\n${Array.from({ length: 12 }, (_, k) => `## Rule ${k}\n\nEvery change must be written and understood by the person who sends it, and described in the pull request.\n`).join('\n')}`;

describe('pointer-only guides: asks of the guide\u2019s own and reviewer tables (session 6 review)', () => {
  it('a guide with asks of its own in prose, beside links to repository documents, is not a pointer', async () => {
    const text = '# Contributing\n\nPull requests are welcome. Please open an issue first for anything bigger than a bug fix, add tests for your change, and keep each pull request to one topic. Please also read our [governance](GOVERNANCE.md) and the [AI policy](AI_POLICY.md).\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': text, 'GOVERNANCE.md': RULES, 'AI_POLICY.md': RULES }), false);
  });
  it('a table of reviewers linked to their profiles is not a table of contents', async () => {
    const rows = ['Parser', 'Lexer', 'Codegen', 'Runtime', 'CLI', 'Docs'].map((area, k) => `| ${area} | [@user${k}](https://github.com/user${k}) |`).join('\n');
    const text = `# Contributing\n\nKeep every change small and focused. Write a test for each bug you fix and each feature you add. Run the formatter before you commit, and describe in the pull request why the change is needed. Breaking changes need a note in the changelog and a review by two maintainers.\n\n## Reviewers\n\n| Area | Reviewer |\n| --- | --- |\n${rows}\n`;
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': text }), false);
  });
});

const checklistOf = async (text: string): Promise<string[]> => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }))).checklist.map((c) => c.text);

describe('checklist: a lead-in that speaks of setting up or newcomers, about the pull request itself (session 6 review)', () => {
  it('"If you\'re new to GitHub, here is what we look for in every pull request:" keeps its items', async () => {
    const items = await checklistOf("# Contributing\n\n## Before you open a pull request\n\nIf you're new to GitHub, here is what we look for in every pull request:\n\n- The tests pass.\n- New code has tests.\n- The changelog has an entry.\n");
    assert.equal(items.length, 3, JSON.stringify(items));
  });
  it('"To set up your pull request for a quick review:" keeps its items', async () => {
    const items = await checklistOf('# Contributing\n\n## Pull request checklist\n\nTo set up your pull request for a quick review:\n\n- Rebase on the main branch.\n- Keep it to one topic.\n- Describe why the change is needed.\n');
    assert.equal(items.length, 3, JSON.stringify(items));
  });
});

describe('commands: preparing a pull request is not setting up (session 6 review)', () => {
  it('a check run under "Preparing your pull request" is not a setup step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Preparing your pull request\n\nBefore you push, run the full check:\n\n```sh\n./scripts/ci.sh\n```\n'));
    assert.deepEqual(found.setup, []);
  });
});

describe('commands: "analyze" alone is not a lint (session 6 review)', () => {
  it('a bundle analyzer is not a lint; a Dart or Flutter analyzer is', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Working on the code\n\n```sh\nnpm run analyze  # open the bundle size report\n```\n\n## Linting\n\n```sh\nflutter analyze\n```\n'));
    assert.deepEqual(found.lint, ['flutter analyze']);
    assert.equal(classify('npm run analyze'), undefined);
    assert.equal(classify('dart analyze --fatal-infos .'), 'lint');
    assert.equal(classify('xcodebuild analyze -scheme App'), 'lint');
  });
});

describe('commands: an item whose script "checks out" a branch is not a check (session 6 review)', () => {
  it('a release script that checks out and tags a branch is not a lint', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Tools\n\n- `tools/bump-version.py` \u2014 checks out the release branch and tags it.\n- `tools/lint.sh` \u2014 runs the linters.\n'));
    assert.deepEqual(found.lint, ['tools/lint.sh']);
  });
});

describe('commands: a step given for Unix and for Windows takes one place among the setup steps (session 6 review)', () => {
  it('keeps `pre-commit install` after a virtual environment shown for both platforms', async () => {
    const found = await commandsOf(
      guide(
        '# Guide\n\n## Setup\n\nOn Linux and macOS:\n\n```sh\npython3 -m venv .venv\nsource .venv/bin/activate\npython -m pip install --upgrade pip\n```\n\nOn Windows:\n\n```powershell\npy -m venv .venv\n.venv\\Scripts\\activate\npy -m pip install --upgrade pip\n```\n\nThen install the package and the hooks:\n\n```sh\npython -m pip install -e .\npre-commit install\n```\n',
      ),
    );
    assert.ok(found.setup.includes('pre-commit install'), JSON.stringify(found.setup));
  });
});

describe('commands: a span listed after a step takes that step\u2019s phase when its own clause says nothing (session 6 review)', () => {
  it('"Test using `make check` (...) and `./build_all.sh` (every compiler)." tests with both', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Sending a change\n\nTest using `make check` (current build options) and `./build_all.sh` (every compiler).\n'));
    assert.ok(found.test.includes('./build_all.sh'), JSON.stringify(found));
    assert.equal(found.setup.includes('./build_all.sh'), false);
  });
});
