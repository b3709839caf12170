import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { classify } from '../../../src/core/guide/extract/commandClassify';
import { isCommand } from '../../../src/core/guide/extract/commandLine';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 28: every text below is written for the test; each rule has a near miss that must keep its old answer.

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsIn = async (files: Record<string, string>): Promise<Commands> => {
  const r = await readGuide(new MemoryRepoFiles(files));
  return { setup: r.commands.setup.map((c) => c.command), test: r.commands.test.map((c) => c.command), lint: r.commands.lint.map((c) => c.command) };
};
const commandsOf = (guide: string): Promise<Commands> => commandsIn({ 'CONTRIBUTING.md': guide });

describe('reader rules (session 28)', () => {
  describe('a thread count passed through to the test harness tunes the whole run', () => {
    it('`cargo test --all-features -- --test-threads 1` is the test step', async () => {
      const c = await commandsOf('# Contributing\n\n## Local checks\n\nRun the tests:\n\n```sh\ncargo test --locked --all-targets --all-features -- --test-threads 1\n```\n');
      assert.deepEqual(c.test, ['cargo test --locked --all-targets --all-features -- --test-threads 1']);
    });
    it('near miss: a test name passed through still narrows the run (`cargo test -- parser`)', async () => {
      const c = await commandsOf('# Contributing\n\n## Tests\n\n```sh\ncargo test\ncargo test -- parser --test-threads 1\n```\n');
      assert.deepEqual(c.test, ['cargo test']);
    });
  });

  describe('a README heading "Getting started in developing" is about working on the project', () => {
    const readme = (heading: string): string =>
      `# tool\n\n## Contributing\n\nPull requests are welcome.\n\n## ${heading}\n\n### Setting up\n\n\`\`\`sh\nflutter pub get\n\`\`\`\n\n### Tests\n\n\`\`\`sh\nflutter test\n\`\`\`\n`;
    it('its steps are read beside the README\'s Contributing section', async () => {
      const c = await commandsIn({ 'README.md': readme('Getting started in developing') });
      assert.deepEqual(c.setup, ['flutter pub get']);
      assert.deepEqual(c.test, ['flutter test']);
    });
    it('near miss: "Getting started" alone is the user\'s start, not read beside the Contributing section', async () => {
      const c = await commandsIn({ 'README.md': readme('Getting started') });
      assert.deepEqual(c.setup, []);
      assert.deepEqual(c.test, []);
    });
  });

  describe('MyST directives (Sphinx Markdown) hold the page\'s own prose and code', () => {
    const page = [
      '# Development Environment',
      '',
      '## Setup',
      '',
      'Create the environment:',
      '',
      '````{tab-set}',
      '',
      '```{tab-item} Bash',
      '```bash',
      '$ source ./dev/start',
      '```',
      '',
      '```{tab-item} cmd.exe',
      '```batch',
      '> .\\dev\\start.bat',
      '```',
      '',
      '````',
      '',
      '```{note}',
      'Run `make unit` to check the environment.',
      '```',
      '',
      '## Tests',
      '',
      '```{code-block} bash',
      ':caption: all the tests',
      'pytest',
      '```',
      '',
    ].join('\n');
    it('a tab set\'s tabs are read as code blocks of their own, at their own lines', () => {
      const doc = parseDocument('docs/dev.md', page);
      const code = doc.blocks.filter((b) => b.kind === 'code');
      assert.deepEqual(
        code.map((b) => [b.kind === 'code' ? b.lang : '', b.text.trim(), b.line]),
        [
          ['bash', '$ source ./dev/start', 11],
          ['batch', '> .\\dev\\start.bat', 16],
          ['bash', 'pytest', 29],
        ],
      );
      const note = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('make unit'));
      assert.equal(note?.line, 22);
    });
    it('their steps are found (the script sourced to set up, the note\'s test run, the code-block\'s)', async () => {
      const c = await commandsOf(page);
      assert.deepEqual(c.setup, ['source ./dev/start', '.\\dev\\start.bat']);
      assert.deepEqual(c.test, ['make unit', 'pytest']);
    });
    it('near miss: a directive of other content (`{toctree}`, `{eval-rst}`) stays one block, not prose', () => {
      const doc = parseDocument('docs/index.md', '# Docs\n\n```{toctree}\n:maxdepth: 2\n\ninstall\nusage\n```\n');
      assert.deepEqual(
        doc.blocks.map((b) => b.kind),
        ['heading', 'code'],
      );
    });
  });

  describe("a project script run with `source` is that script's step", () => {
    it('`source ./dev/start` and `. scripts/env.sh` are commands; their section gives the phase', async () => {
      assert.equal(isCommand('source ./dev/start'), true);
      assert.equal(isCommand('. scripts/env.sh'), true);
      const c = await commandsOf('# Contributing\n\n## Development setup\n\n```bash\nsource ./dev/start -p 3.11\n```\n');
      assert.deepEqual(c.setup, ['source ./dev/start -p 3.11']);
    });
    it("near miss: the shell's own files, a virtualenv's activate and completion scripts are no project step", () => {
      assert.equal(isCommand('source ~/.bashrc'), false);
      assert.equal(isCommand('source ./src/tool/zsh-completion.sh'), false);
      assert.equal(classify('source venv/bin/activate'), 'setup');
    });
  });

  describe("a multilingual site's English source is the page a link without a language shows", () => {
    const guide = '# Contributing\n\nWe wrote a [contribution guide](https://ant.example.design/docs/react/contributing) to help you get started.\n';
    const page = (lang: string): string => `# Contributing (${lang})\n\n## Development\n\n\`\`\`sh\nnpm install\n\`\`\`\n`;
    it('`docs/react/contributing.en-US.md` is read for `/docs/react/contributing`', async () => {
      const r = await readGuide(new MemoryRepoFiles({ '.github/CONTRIBUTING.md': guide, 'docs/react/contributing.en-US.md': page('en'), 'docs/react/contributing.zh-CN.md': page('zh') }));
      assert.deepEqual(r.files.linkedDocs, ['docs/react/contributing.en-US.md']);
      assert.deepEqual(r.commands.setup.map((c) => c.command), ['npm install']);
    });
    it('near miss: another language\'s source alone is no match for the page', async () => {
      const r = await readGuide(new MemoryRepoFiles({ '.github/CONTRIBUTING.md': guide, 'docs/react/contributing.zh-CN.md': page('zh') }));
      assert.deepEqual(r.files.linkedDocs, []);
    });
  });

  describe('links the reader does not follow: AI-agent configuration and the project\'s examples', () => {
    const guide =
      '# Contributing\n\n## Setup\n\nRun `npm ci`.\n\n## Examples\n\nShow an example command as [the dreambooth example does](examples/dreambooth/README.md).\n\n## AI agents\n\nThe agent configuration lives in [`.ai/`](.ai/references/testing.md).\n\n## Development\n\nSee [the development guide](docs/development.md).\n';
    const steps = (command: string): string => `# Steps\n\n## Setup\n\n\`\`\`sh\n${command}\n\`\`\`\n`;
    it("an example's README and a `.ai/` folder page are not read; the development guide is", async () => {
      const r = await readGuide(
        new MemoryRepoFiles({ 'CONTRIBUTING.md': guide, 'examples/dreambooth/README.md': steps('pip install -r requirements.txt'), '.ai/references/testing.md': steps('pytest tests/models'), 'docs/development.md': steps('pip install -e .') }),
      );
      assert.deepEqual(r.files.linkedDocs, ['docs/development.md']);
      assert.deepEqual(r.commands.setup.map((c) => c.command), ['npm ci', 'pip install -e .']);
    });
  });

  describe("a template's groups of answers are choices, not checks", () => {
    const template = '## Description\n\n## Checks\n\n- [ ] Tests pass locally\n\n### Tests\n\n- [ ] added - _required for new features_\n- [ ] not needed\n\n### Documentation\n\n- [ ] updated in #\n- [ ] needs to be updated\n- [ ] not needed\n\n### Breaks backward compatibility\n\n- [ ] Yes\n- [ ] No\n- [ ] Unknown\n';
    it('"added / not needed" and "Yes / No / Unknown" are answers to pick; the check stays', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n', '.github/pull_request_template.md': template }));
      assert.deepEqual(r.checklist.map((c) => c.text), ['Tests pass locally']);
    });
    it('near miss: under a checklist heading, "Docs not needed for this change" beside checks stays a check', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n', '.github/pull_request_template.md': '## Checklist\n\n- [ ] Tests added\n- [ ] Docs not needed for this change, or updated\n' }));
      assert.deepEqual(r.checklist.map((c) => c.text), ['Tests added', 'Docs not needed for this change, or updated']);
    });
  });

  describe("a link to the document's own translation is not followed", () => {
    it('the template\'s link to `PULL_REQUEST_TEMPLATE_CN.md` adds no second checklist', async () => {
      const r = await readGuide(
        new MemoryRepoFiles({
          'CONTRIBUTING.md': '# Contributing\n',
          '.github/PULL_REQUEST_TEMPLATE.md': '[中文版模板 / Chinese template](./PULL_REQUEST_TEMPLATE_CN.md)\n\n## Checklist\n\n- [ ] Tests are added\n',
          '.github/PULL_REQUEST_TEMPLATE_CN.md': '## 自检清单\n\n- [ ] 测试已添加\n',
        }),
      );
      assert.deepEqual(r.files.linkedDocs, []);
      assert.deepEqual(r.checklist.map((c) => c.text), ['Tests are added']);
    });
    it('near miss: a guide linking another document whose name merely starts like its own (`CONTRIBUTING_TESTS.md`) still reads it', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nSee [how to test](CONTRIBUTING_TESTS.md).\n', 'CONTRIBUTING_TESTS.md': '# Tests\n\n```sh\nnpm test\n```\n' }));
      assert.deepEqual(r.files.linkedDocs, ['CONTRIBUTING_TESTS.md']);
    });
  });

  describe('the base branch in more of the ways guides say it', () => {
    const base = async (line: string): Promise<string | null> => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${line}\n` }));
      return (r.baseBranch?.value as string | undefined) ?? null;
    };
    it('"You are working against the latest source on the *main* branch"', async () => {
      assert.equal(await base('1. You are working against the latest source on the *main* branch.'), 'main');
    });
    it('"Rebase changes on main if other changes were merged"', async () => {
      assert.equal(await base('3. Rebase changes on main if other changes were merged during development.'), 'main');
    });
    it('"The branch applies cleanly to `master`"', async () => {
      assert.equal(await base('* The branch applies cleanly to `master`.'), 'master');
    });
    it('near miss: "these rules apply to the main package" and "rebase changes on top of what you see" name no branch', async () => {
      assert.equal(await base('These rules apply to the main package.'), null);
      assert.equal(await base('Rebase changes on top of what you see.'), null);
    });
  });

  describe('a link to the compiling instructions is followed, as one to the building instructions is', () => {
    it('"Instructions on building can be found in [COMPILATION](…/COMPILATION.md)"', async () => {
      const r = await readGuide(
        new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nInstructions can be found in [COMPILATION](COMPILATION.md).\n', 'COMPILATION.md': '# Compilation\n\n```sh\ncmake -B build\ncmake --build build\n```\n' }),
      );
      assert.deepEqual(r.files.linkedDocs, ['COMPILATION.md']);
      assert.deepEqual(r.commands.setup.map((c) => c.command), ['cmake -B build', 'cmake --build build']);
    });
    it('near miss: a link to the license is still not followed', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nSee [LICENSE](LICENSE.md).\n', 'LICENSE.md': '# License\n\n```sh\ncmake -B build\n```\n' }));
      assert.deepEqual(r.files.linkedDocs, []);
    });
  });

  describe('a template box that asks for a news file, even as a question', () => {
    const changelogOf = async (box: string) => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n', '.github/PULL_REQUEST_TEMPLATE.md': `## Checklist\n\n${box}\n` }));
      return { required: r.changelog.required?.value ?? null, how: r.changelog.how?.value ?? null };
    };
    it('"- [ ] Add a file to the `news` directory for the next release\'s release notes?" asks for an entry in a folder', async () => {
      assert.deepEqual(await changelogOf("- [ ] Add a file to the `news` directory for the next release's release notes?"), { required: true, how: 'changelog-folder' });
    });
    it('near miss: a question in prose, "Does my change need an entry in the changelog? Usually not.", asks nothing', async () => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\n## Changelog\n\n**Does my change require an entry in the changelog?** Usually not.\n' }));
      assert.equal(r.changelog.required, null);
    });
  });

  describe("a template's \"if the issue doesn't exist yet, create it\" asks for the issue first", () => {
    const discussOf = async (template: string) => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n', '.github/pull_request_template.md': template }));
      return r.discussFirst?.value ?? null;
    };
    it('under "Link to issue", in the template\'s comment', async () => {
      assert.equal(await discussOf("### Link to issue\n\n<!-- Link to the issue closed by this PR. If the issue doesn't exist yet, create it. -->\n\nCloses #(issue number)\n"), true);
    });
    it('near miss: "If you found a bug, please open an issue instead" sends a report elsewhere', async () => {
      assert.equal(await discussOf('### Link to issue\n\nIf you found a bug, please open an issue instead.\n\nCloses #(issue number)\n'), null);
    });
  });

  describe('a branch name pattern with a wildcard or filler after its kind (`feat-*`, `fix-XXX`)', () => {
    const namingOf = async (line: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${line}\n` }))).branchNaming?.value ?? null;
    it('"we prefer the `feat-*` branch name style"', async () => {
      assert.equal(await namingOf('- Fork this repository, we prefer the `feat-*` branch name style.'), 'feat-*');
    });
    it('near miss: a make target with a wildcard in a sentence about the branch is no naming rule', async () => {
      assert.equal(await namingOf('Run `make test-*` for the branch you work on.'), null);
    });
  });

  describe('a template box that says in the first person what it was checked with', () => {
    const commandsOfBox = async (box: string) => {
      const r = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n', '.github/pull_request_template.md': `## Checklist\n\n${box}\n` }));
      return { test: r.commands.test.map((c) => c.command), lint: r.commands.lint.map((c) => c.command) };
    };
    it('"I have tested this code locally with `pnpm test`" and "I\'ve checked the code with `npm run lint`"', async () => {
      assert.deepEqual(await commandsOfBox('- [ ] I have tested this code locally with `pnpm test`.'), { test: ['pnpm test'], lint: [] });
      assert.deepEqual(await commandsOfBox("- [ ] I've checked the code with `npm run lint`."), { test: [], lint: ['npm run lint'] });
    });
    it('near miss: "I have fixed a bug in the comparison with `x`" says what was fixed', async () => {
      assert.deepEqual(await commandsOfBox('- [ ] I have fixed a bug in the comparison with `make check`.'), { test: [], lint: [] });
    });
  });

  describe("a template whose only boxes are in its comment keeps them as its checklist", () => {
    const checklistOf = async (template: string) =>
      (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n', '.github/pull_request_template.md': template }))).checklist.map((c) => c.text);
    it('"<!-- - [ ] If possible, the change is auto-tested -->"', async () => {
      assert.deepEqual(await checklistOf('<!--\n- [ ] If the change modifies a visible behavior, it changes the documentation accordingly\n- [ ] If possible, the change is auto-tested\n-->\n'), [
        'If the change modifies a visible behavior, it changes the documentation accordingly',
        'If possible, the change is auto-tested',
      ]);
    });
    it('near miss: beside boxes of its own, a template\'s commented boxes stay tips', async () => {
      assert.deepEqual(await checklistOf('## Checklist\n\n- [ ] Tests pass\n\n<!--\n- [ ] An example box you may copy\n-->\n'), ['Tests pass']);
    });
  });
});

