import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Review of session 28's rules (MyST directives, sourced scripts, --test-threads, "Getting started in developing",
// en-US site sources, examples/.ai links, not-needed boxes, own translations, base-branch phrasings, compil links).
// Texts written for the test.

type Commands = { setup: string[]; test: string[]; lint: string[] };
const commandsIn = async (files: Record<string, string>): Promise<Commands> => {
  const r = await readGuide(new MemoryRepoFiles(files));
  return { setup: r.commands.setup.map((c) => c.command), test: r.commands.test.map((c) => c.command), lint: r.commands.lint.map((c) => c.command) };
};
const commandsOf = (guide: string): Promise<Commands> => commandsIn({ 'CONTRIBUTING.md': guide });
const all = (c: Commands): string[] => [...c.setup, ...c.test, ...c.lint];
const linkedOf = async (files: Record<string, string>): Promise<string[]> => [...(await readGuide(new MemoryRepoFiles(files))).files.linkedDocs];
const checklistOf = async (template: string): Promise<string[]> =>
  (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping out.\n', '.github/pull_request_template.md': template }))).checklist.map((c) => c.text);
const baseOf = async (guide: string): Promise<string | null> => {
  const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }));
  return (r.baseBranch?.value as string | undefined) ?? null;
};

describe('review 28a', () => {
  describe('rule 1: MyST directives read as Markdown or code', () => {
    it('FP: a {tab-item} with the released package for users is not the contributor\'s setup', async () => {
      const c = await commandsOf(
        [
          '# Contributing',
          '',
          '## Setting up',
          '',
          '````{tab-set}',
          '',
          '```{tab-item} Just using widgetlib',
          'If you only want to use the library, install the release from PyPI:',
          '',
          '    pip install widgetlib',
          '```',
          '',
          '```{tab-item} Working on widgetlib',
          'Clone the repository and install it in editable mode:',
          '',
          '    pip install -e ".[dev]"',
          '```',
          '',
          '````',
          '',
        ].join('\n'),
      );
      assert.deepEqual(c.setup, ['pip install -e ".[dev]"']);
    });
    it('FP: a {dropdown} "Troubleshooting" holds a recovery, not a setup step', async () => {
      const c = await commandsOf(
        [
          '# Contributing',
          '',
          '## Building',
          '',
          '```bash',
          'make',
          '```',
          '',
          '```{dropdown} Troubleshooting: the build fails on macOS with a missing OpenMP',
          'Apple\'s clang ships without OpenMP. Install it and build again:',
          '',
          '```bash',
          'brew install libomp',
          'make clean',
          '```',
          '```',
          '',
        ].join('\n'),
      );
      assert.deepEqual(c.setup, ['make']);
    });
    it('FP: a directive with a YAML options block (---) does not turn its option into a heading that ends the section', async () => {
      const c = await commandsOf(
        [
          '# Contributing',
          '',
          '## Running the tests',
          '',
          '```{admonition} Docker needed',
          '---',
          'class: tip',
          '---',
          'The integration suite starts its services in Docker, so have the daemon running.',
          '```',
          '',
          '```bash',
          './tools/run-suite',
          '```',
          '',
        ].join('\n'),
      );
      assert.deepEqual(c.test, ['./tools/run-suite']);
    });
    it('FP: a {warning} telling you never to install with sudo adds no step', async () => {
      const c = await commandsOf(
        [
          '# Contributing',
          '',
          '## Development setup',
          '',
          '```bash',
          'python -m pip install -e ".[dev]"',
          '```',
          '',
          '```{warning}',
          'Never run `sudo pip install .` to get the tools: it overwrites packages of your system Python.',
          '```',
          '',
        ].join('\n'),
      );
      assert.deepEqual(c.setup, ['python -m pip install -e ".[dev]"']);
    });
    it.skip('FP (control for the {warning} probe): "never run `sudo pip install .`" as a plain paragraph adds no step (left open, session 28: older: "never run `X`" in prose is read as a step (failing before this session))', async () => {
      const c = await commandsOf('# Contributing\n\n## Development setup\n\n```bash\npython -m pip install -e ".[dev]"\n```\n\n**Warning:** never run `sudo pip install .` to get the tools: it overwrites packages of your system Python.\n');
      assert.deepEqual(c.setup, ['python -m pip install -e ".[dev]"']);
    });
    it('near miss (control for the {dropdown} probe): the same recovery under a "Troubleshooting" heading adds no step', async () => {
      const c = await commandsOf('# Contributing\n\n## Building\n\n```bash\nmake\n```\n\n### Troubleshooting: the build fails on macOS with a missing OpenMP\n\nApple\'s clang ships without OpenMP. Install it and build again:\n\n```bash\nbrew install libomp\nmake clean\n```\n');
      assert.deepEqual(c.setup, ['make']);
    });
    it('FP: a {code-block} python REPL snippet under a tests heading is no command', async () => {
      const c = await commandsOf(
        [
          '# Contributing',
          '',
          '## Testing',
          '',
          '```bash',
          'pytest',
          '```',
          '',
          'The package can also check itself from an interpreter:',
          '',
          '```{code-block} python',
          '>>> import widgetlib',
          '>>> widgetlib.self_test()',
          '```',
          '',
        ].join('\n'),
      );
      assert.deepEqual(all(c), ['pytest']);
    });
    it('FP: a {code-block} with no language (Sphinx highlights it as Python) holding Python is no command', async () => {
      const c = await commandsOf(
        [
          '# Contributing',
          '',
          '## Testing',
          '',
          '```bash',
          'pytest',
          '```',
          '',
          'Fixtures are declared in `conftest.py`:',
          '',
          '```{code-block}',
          'import pytest',
          '',
          '@pytest.fixture',
          'def client(app):',
          '    return app.test_client()',
          '```',
          '',
        ].join('\n'),
      );
      assert.deepEqual(all(c), ['pytest']);
    });
    it('FN: a {code-block} shell with :linenos: and :emphasize-lines: options keeps only its commands', async () => {
      const c = await commandsOf('# Contributing\n\n## Linting\n\n```{code-block} shell\n:linenos:\n:emphasize-lines: 2\n\npre-commit install\npre-commit run --all-files\n```\n');
      assert.deepEqual(c.lint, ['pre-commit run --all-files']);
    });
    it('FN: a {code-block} bash with its options in a YAML block keeps only its command', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```{code-block} bash\n---\ncaption: the whole suite\n---\npytest\n```\n');
      assert.deepEqual(c.test, ['pytest']);
    });
    it.skip('FN: a colon-fenced :::{code-block} bash (MyST colon_fence) is code too (left open, session 28: older: MyST colon fences are not parsed (failing before this session))', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\nRun the suite:\n\n:::{code-block} bash\ntox -e py312\n:::\n');
      assert.deepEqual(c.test, ['tox -e py312']);
    });
  });

  describe('rule 2: a project script run with `source` is a step', () => {
    it('FP: sourcing a shipped completion script whose name does not say "completion" is no setup step', async () => {
      const c = await commandsOf('# Contributing\n\n## Development setup\n\n```bash\nnpm ci\n```\n\nFor tab completion of the `widget` CLI in bash, source the script we ship in `extras/`:\n\n```bash\nsource extras/widget.bash\n```\n');
      assert.deepEqual(c.setup, ['npm ci']);
    });
    it('FP: `source path/to/emsdk/emsdk_env.sh`, a placeholder for where the user put a tool, is no project step', async () => {
      const c = await commandsOf('# Contributing\n\n## Building\n\nInstall the Emscripten SDK somewhere outside this repository and load it in your shell:\n\n```bash\nsource path/to/emsdk/emsdk_env.sh\n```\n\nThen build:\n\n```bash\nmake wasm\n```\n');
      assert.ok(!c.setup.includes('source path/to/emsdk/emsdk_env.sh'), `setup: ${JSON.stringify(c.setup)}`);
    });
    it('FP: a shell function for the user\'s rc file ("add to your .bashrc") is no step', async () => {
      const c = await commandsOf('# Contributing\n\n## Setup\n\n```bash\ncargo build\n```\n\nIf you want the `jump` shell function while hacking, add this line to your `~/.bashrc`:\n\n```bash\nsource ./shell/jump.sh\n```\n');
      assert.deepEqual(c.setup, ['cargo build']);
    });
    it('FN: `source env.sh` (a script at the root, no folder) is the same step', async () => {
      const c = await commandsOf('# Contributing\n\n## Development setup\n\nLoad the environment, then build:\n\n```bash\nsource env.sh\nmake\n```\n');
      assert.deepEqual(c.setup, ['source env.sh', 'make']);
    });
    it('FN: `source "./dev/start"` (quoted path) is the same step', async () => {
      const c = await commandsOf('# Contributing\n\n## Development setup\n\n```bash\nsource "./dev/start"\nmake\n```\n');
      assert.deepEqual(c.setup, ['source "./dev/start"', 'make']);
    });
  });

  describe('rule 3: `cargo test -- --test-threads 1` is the whole suite', () => {
    it('FP: `cargo test parser -- --test-threads 1` still picks a test name', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```sh\ncargo test\n```\n\nThe parser tests share a temp dir, so run them one at a time:\n\n```sh\ncargo test parser -- --test-threads 1\n```\n');
      assert.deepEqual(c.test, ['cargo test']);
    });
    it('near miss: `cargo test -- --test-threads 1 --ignored` runs only the ignored tests', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```sh\ncargo test\ncargo test -- --test-threads 1 --ignored\n```\n');
      assert.deepEqual(c.test, ['cargo test']);
    });
    it('near miss: `cargo test --test integration -- --test-threads 1` picks one test target', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```sh\ncargo test\ncargo test --test integration -- --test-threads 1\n```\n');
      assert.deepEqual(c.test, ['cargo test']);
    });
    it('FN: `cargo test --workspace -- --test-threads 2 --nocapture` alone is the suite', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```sh\ncargo test --workspace -- --test-threads 2 --nocapture\n```\n');
      assert.deepEqual(c.test, ['cargo test --workspace -- --test-threads 2 --nocapture']);
    });
  });

  describe('rule 4: README "Getting started in developing" is about the project\'s own work', () => {
    it('FP: "Getting started developing apps with Widget" (an SDK\'s users) is not read beside Contributing', async () => {
      const c = await commandsIn({
        'README.md': '# Widget SDK\n\n## Getting started developing apps with Widget\n\nCreate a new app from the template:\n\n```sh\nnpx create-widget-app my-app\ncd my-app\nnpm start\n```\n\n## Contributing\n\nPull requests are welcome. Please open an issue first.\n',
      });
      assert.deepEqual(all(c), []);
    });
    it('FP: "Getting started with development boards" (hardware for users) is not the project\'s development', async () => {
      const c = await commandsIn({
        'README.md': '# blinkos\n\n## Getting started with development boards\n\nFlash the latest release onto your board:\n\n```sh\npip install esptool\nesptool.py write_flash 0x0 blinkos.bin\n```\n\n## Contributing\n\nPull requests are welcome.\n',
      });
      assert.deepEqual(all(c), []);
    });
    it('FP: "Getting started with the development version" (a user installing a pre-release) is not the project\'s work', async () => {
      const c = await commandsIn({
        'README.md': '# widgetlib\n\n## Getting started with the development version\n\nTo try unreleased features, install straight from GitHub:\n\n```sh\npip install git+https://github.com/widget-org/widgetlib.git\n```\n\n## Contributing\n\nPull requests are welcome.\n',
      });
      assert.deepEqual(all(c), []);
    });
    it('FN: "Getting started for developers" is the project\'s development too', async () => {
      const c = await commandsIn({
        'README.md': '# tool\n\n## Contributing\n\nPull requests are welcome.\n\n## Getting started for developers\n\n### Setting up\n\n```sh\nflutter pub get\n```\n\n### Tests\n\n```sh\nflutter test\n```\n',
      });
      assert.deepEqual(c.setup, ['flutter pub get']);
      assert.deepEqual(c.test, ['flutter test']);
    });
  });

  describe('rule 5: a multilingual site\'s English source', () => {
    const guide = '# Contributing\n\nRead our [development guide](https://widget.example.dev/docs/guide/development) before you start.\n';
    const page = (lang: string): string => `# Development (${lang})\n\n## Setup\n\n\`\`\`sh\npnpm install\n\`\`\`\n`;
    it('FN: a `.en-US.mdx` source is the page too', async () => {
      const linked = await linkedOf({ '.github/CONTRIBUTING.md': guide, 'docs/guide/development.en-US.mdx': page('en'), 'docs/guide/development.zh-CN.mdx': page('zh') });
      assert.deepEqual(linked, ['docs/guide/development.en-US.mdx']);
    });
    it('near miss: a Hugo-style `.en.md` beside `.de.md` is the page', async () => {
      const linked = await linkedOf({ '.github/CONTRIBUTING.md': guide, 'docs/guide/development.en.md': page('en'), 'docs/guide/development.de.md': page('de') });
      assert.deepEqual(linked, ['docs/guide/development.en.md']);
    });
  });

  describe('rule 6: links into examples/, samples/, demos/ and .ai/ are not followed', () => {
    it('FP: the examples\' own contributing guide (`examples/CONTRIBUTING.md`) is a contributor\'s reading', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\nRun `npm ci`.\n\n## Adding an example\n\nNew examples follow their own rules, see the [examples contributing guide](examples/CONTRIBUTING.md).\n',
        'examples/CONTRIBUTING.md': '# Contributing an example\n\n## Checks\n\n```sh\nnpm run lint:examples\n```\n',
      });
      assert.deepEqual(linked, ['examples/CONTRIBUTING.md']);
    });
    it('FP: the demo app that is the contributor\'s development playground (`demo/README.md`)', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n## Development\n\nComponents are developed against the demo app; see [how to run the demo locally](demo/README.md).\n',
        'demo/README.md': '# Demo app\n\n## Running it locally\n\n```sh\npnpm install\npnpm dev\n```\n',
      });
      assert.deepEqual(linked, ['demo/README.md']);
    });
    it('near miss: a `.ai/` folder page stays unread while `docs/ai-policy.md` is read', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\nRead our [AI usage policy](docs/ai-policy.md). Agents use [the agent setup](.ai/setup.md).\n',
        'docs/ai-policy.md': '# AI usage policy\n\nDisclose any generated code in the pull request.\n',
        '.ai/setup.md': '# Setup\n\n```sh\nnpm ci\n```\n',
      });
      assert.deepEqual(linked, ['docs/ai-policy.md']);
    });
  });

  describe('rule 7: a box group with a "not needed" box is choices', () => {
    it('FP: a testing group of stated checks with a "Not applicable" box keeps its checks', async () => {
      const list = await checklistOf('## Description\n\n<!-- What does this change and why? -->\n\n## Testing\n\n- [ ] I added unit tests for the change\n- [ ] I ran `npm test` locally and it passes\n- [ ] Not applicable (documentation-only change)\n');
      assert.ok(list.includes('I added unit tests for the change'), JSON.stringify(list));
      assert.ok(list.some((t) => t.startsWith('I ran `npm test` locally')), JSON.stringify(list));
    });
    it('FP: a Documentation group "I have updated the docs / I have added docstrings / None" keeps its checks', async () => {
      const list = await checklistOf('## Summary\n\n## Documentation\n\n- [ ] I have updated the user docs in `docs/`\n- [ ] I have added docstrings to new public functions\n- [ ] None\n');
      assert.ok(list.includes('I have added docstrings to new public functions'), JSON.stringify(list));
    });
    it('near miss: "Breaking change? Yes / No / Unknown" are answers', async () => {
      const list = await checklistOf('## Checks\n\n- [ ] Tests pass\n\n## Breaking change\n\n- [ ] Yes\n- [ ] No\n- [ ] Unknown\n');
      assert.deepEqual(list, ['Tests pass']);
    });
    it('near miss: "Changelog: Added / N/A" answers beside a real checklist', async () => {
      const list = await checklistOf('## Checklist\n\n- [ ] Tests pass locally\n- [ ] Code is formatted\n\n## Changelog entry\n\n- [ ] Added to `CHANGELOG.md`\n- [ ] N/A\n');
      assert.deepEqual(list, ['Tests pass locally', 'Code is formatted']);
    });
  });

  describe('rule 8: a link to the document\'s own translation is not followed', () => {
    it('FN: `CONTRIBUTING.ja-JP.md` (language with region) is a translation too', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n[日本語](CONTRIBUTING.ja-JP.md) | [한국어](CONTRIBUTING.ko-KR.md)\n\n## Setup\n\n```sh\nnpm ci\n```\n',
        'CONTRIBUTING.ja-JP.md': '# コントリビュート\n\n```sh\nnpm ci\n```\n',
        'CONTRIBUTING.ko-KR.md': '# 기여하기\n\n```sh\nnpm ci\n```\n',
      });
      assert.deepEqual(linked, []);
    });
    it('FN: a translation in a language folder (`docs/zh-CN/CONTRIBUTING.md`) is a translation too', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n[简体中文](docs/zh-CN/CONTRIBUTING.md)\n\n## Setup\n\n```sh\nnpm ci\n```\n',
        'docs/zh-CN/CONTRIBUTING.md': '# 贡献指南\n\n```sh\nnpm ci\n```\n',
      });
      assert.deepEqual(linked, []);
    });
    it('near miss: `CONTRIBUTING_ESLINT.md` beside `CONTRIBUTING_ES.md`: only the Spanish copy is skipped', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n[Español](CONTRIBUTING_ES.md)\n\n## Lint\n\nOur lint rules are described in [CONTRIBUTING_ESLINT.md](CONTRIBUTING_ESLINT.md).\n',
        'CONTRIBUTING_ES.md': '# Contribuir\n\n```sh\nnpm run lint\n```\n',
        'CONTRIBUTING_ESLINT.md': '# ESLint rules\n\n```sh\nnpm run lint\n```\n',
      });
      assert.deepEqual(linked, ['CONTRIBUTING_ESLINT.md']);
    });
    it('FP: a pointer guide\'s testing page linking `testing-it.md` (integration tests, "IT") still reads it', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\nSee [the testing guide](docs/testing.md).\n',
        'docs/testing.md': '# Testing\n\n```sh\nmvn test\n```\n\nIntegration tests (ITs) run with failsafe, see [testing-it.md](testing-it.md).\n',
        'docs/testing-it.md': '# Integration tests\n\n```sh\nmvn verify -Pit\n```\n',
      });
      assert.deepEqual(linked, ['docs/testing.md', 'docs/testing-it.md']);
    });
  });

  describe('rule 9: base branch phrasings', () => {
    it('FN: "Rebase your feature branch on top of main"', async () => {
      assert.equal(await baseOf('# Contributing\n\n## Pull requests\n\nBefore opening a PR, rebase your feature branch on top of main.\n'), 'main');
    });
    it('FN: "rebase your local branch onto develop"', async () => {
      assert.equal(await baseOf('# Contributing\n\n## Pull requests\n\nKeep history linear: rebase your local branch onto develop instead of merging it in.\n'), 'develop');
    });
    it('FN: "rebase changes on top of `main`" (bare object, on top of)', async () => {
      assert.equal(await baseOf('# Contributing\n\n## Pull requests\n\n2. Rebase changes on top of `main` before asking for review.\n'), 'main');
    });
    it('FN: "make sure you are working off the latest code in the develop branch"', async () => {
      assert.equal(await baseOf('# Contributing\n\n## Before you start\n\nMake sure you are working off the latest code in the develop branch.\n'), 'develop');
    });
    it('FN: "Please rebase from main before opening the PR"', async () => {
      assert.equal(await baseOf('# Contributing\n\n## Pull requests\n\nPlease rebase from main before opening the PR so CI runs on current code.\n'), 'main');
    });
    it('FP: maintainers "rebase commits on stable" when backporting is no base', async () => {
      assert.equal(await baseOf('# Contributing\n\n## Backports\n\nAfter a fix is merged, maintainers rebase commits on stable for the next point release.\n'), null);
    });
    it('FP: "working from the latest source on the gh-pages branch" for the website is no base', async () => {
      assert.equal(await baseOf('# Contributing\n\n## The website\n\nThe website is published from a separate branch. When you edit it, make sure you are working from the latest source on the gh-pages branch.\n'), null);
    });
    it('FP: a backport check "applies cleanly to the `1.x` branch" does not override `main`', async () => {
      assert.equal(
        await baseOf('# Contributing\n\n## Pull requests\n\nOpen pull requests against `main`.\n\n## Backports\n\nIf the fix matters for older users, check that it also applies cleanly to the `1.x` branch.\n'),
        'main',
      );
    });
  });

  describe('rule 10: links about compiling are followed', () => {
    it('FP: a compiler project\'s link to its architecture notes is not a build guide', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n```sh\nmake\n```\n\nBefore touching the type checker, read [how the compiler is organised](docs/architecture.md).\n',
        'docs/architecture.md': '# Architecture\n\n## Dumping the IR\n\n```sh\n./build/langc --emit-ir samples/hello.lang\n```\n',
      });
      assert.deepEqual(linked, []);
    });
    it('FP: "a compiled list of known issues" is no build guide', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n```sh\nmake\n```\n\nBefore reporting a bug, check the [compiled list of known issues](docs/known-issues.md).\n',
        'docs/known-issues.md': '# Known issues\n\n## Crash on start\n\n```sh\nrm -rf ~/.cache/widget\n```\n',
      });
      assert.deepEqual(linked, []);
    });
    it('near miss: "[how to compile on Windows](docs/compiling-windows.md)" is followed', async () => {
      const linked = await linkedOf({
        'CONTRIBUTING.md': '# Contributing\n\nSee [how to compile on Windows](docs/compiling-windows.md).\n',
        'docs/compiling-windows.md': '# Compiling on Windows\n\n```bat\ncmake -B build -G "Visual Studio 17 2022"\ncmake --build build\n```\n',
      });
      assert.deepEqual(linked, ['docs/compiling-windows.md']);
    });
  });
});
