import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { parseDocument } from '../../../src/core/guide/parseDocument';
import { sentencePromisesSteps } from '../../../src/core/guide/linkSentence';
import { doxygenToMarkdown, isDoxygenText } from '../../../src/core/guide/doxygenText';
import { isAgentFile } from '../../../src/core/guide/agentFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const facts = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files), { projectName: 'gadget' });
const read = async (files: Record<string, string>) => toInspectJson(await facts(files));
const linked = async (files: Record<string, string>): Promise<readonly string[]> => (await facts(files)).files.linkedDocs;

const TOOLS_DOC = '# Tools\n\n## Tests\n\n```sh\nmake check\n```\n';

describe('links whose sentence says the linked document holds the commands (session 8)', () => {
  it('reads a document linked by its file name when the sentence says the commands are there', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nBranch from `main`. The toolchain and the exact build and test commands are in [`TOOLING.md`](TOOLING.md).\n', 'TOOLING.md': TOOLS_DOC };
    assert.deepEqual(await linked(files), ['TOOLING.md']);
    assert.deepEqual((await read(files)).commands.test.map((c) => c.command), ['make check']);
  });

  it('reads one the sentence says lists the commands, wherever the link stands in it', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nSee [NOTES.md](docs/NOTES.md) for the commands we use every day.\n', 'docs/NOTES.md': TOOLS_DOC };
    assert.deepEqual(await linked(files), ['docs/NOTES.md']);
  });

  it('does not read a walk-through of one kind of change, or a tool the sentence says runs any command', async () => {
    const files = {
      'CONTRIBUTING.md': '# Contributing\n\nThere is a [cookbook](docs/COOKBOOK.md) on how to build a new plugin. The image ships a [debug wrapper](tools/WRAPPER.md) that runs any command under a debugger.\n',
      'docs/COOKBOOK.md': TOOLS_DOC,
      'tools/WRAPPER.md': TOOLS_DOC,
    };
    assert.deepEqual(await linked(files), []);
  });

  it('reads it when the sentence speaks of testing your changes, but not a CHANGES file', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nThe commands to build and test your changes are in [TOOLBOX.md](TOOLBOX.md). The commands that file an entry are in [CHANGES.md](CHANGES.md).\n', 'TOOLBOX.md': TOOLS_DOC, 'CHANGES.md': TOOLS_DOC };
    assert.deepEqual(await linked(files), ['TOOLBOX.md']);
  });

  it('does not read a document the sentence only mentions while contributing (the code of conduct)', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nWhen you contribute, follow our [rules of behaviour](BEHAVIOUR.md).\n', 'BEHAVIOUR.md': TOOLS_DOC };
    assert.deepEqual(await linked(files), []);
  });

  it('does not read a release or security process, even when its sentence names commands', async () => {
    const files = {
      'CONTRIBUTING.md': '# Contributing\n\nMaintainers: the commands to cut a release are in [STEPS.md](STEPS.md). For security fixes the commands are in [PRIVATE.md](PRIVATE.md).\n',
      'STEPS.md': TOOLS_DOC,
      'PRIVATE.md': TOOLS_DOC,
    };
    assert.deepEqual(await linked(files), []);
  });

  it('judges only the first links of a block by their sentence, so a generated page of links stays quick', async () => {
    const links = Array.from({ length: 5000 }, (_, k) => `[page ${k}](p${k}.md)`).join(' ');
    const started = Date.now();
    const found = await facts({ 'CONTRIBUTING.md': `# Contributing\n\nThe commands are in ${links}.\n`, 'p0.md': TOOLS_DOC, 'p4999.md': TOOLS_DOC });
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(found.files.linkedDocs, ['p0.md']);
  });

  it('judges the sentence that holds the link, not another sentence of its paragraph', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nRun the commands below before you push. Our history is told in [STORY.md](STORY.md).\n', 'STORY.md': TOOLS_DOC };
    assert.deepEqual(await linked(files), []);
    const link = { target: 'STORY.md', text: 'STORY.md', line: 3 };
    assert.equal(sentencePromisesSteps('Run the commands below before you push. Our history is told in [STORY.md](STORY.md).', link), false);
    assert.equal(sentencePromisesSteps('The commands are in [STORY.md](STORY.md).', link), true);
  });
});

describe('instruction files for coding agents (session 8)', () => {
  const files = {
    'CONTRIBUTING.md': '# Contributing\n\nThe exact build and test commands are in [AGENTS.md](AGENTS.md).\n',
    'AGENTS.md': '# Agent notes\n\n## Testing\n\n- Run the suite: `make check`\n\n## Pull request guidelines\n\n- Keep each change small.\n- Describe why the change is needed.\n- Do not reformat unrelated files.\n',
  };

  it('takes their commands but none of their rule lists for the contributor checklist', async () => {
    const json = await read(files);
    assert.deepEqual(await linked(files), ['AGENTS.md']);
    assert.deepEqual(json.commands.test.map((c) => c.command), ['make check']);
    assert.deepEqual(json.checklist.filter((c) => c.source.file === 'AGENTS.md'), []);
  });

  it('still takes the same list from an ordinary linked document', async () => {
    const plain = { 'CONTRIBUTING.md': files['CONTRIBUTING.md'].replace(/AGENTS\.md/g, 'docs/dev.md'), 'docs/dev.md': files['AGENTS.md'] };
    const json = await read(plain);
    assert.deepEqual(await linked(plain), ['docs/dev.md']);
    assert.ok(json.checklist.some((c) => c.source.file === 'docs/dev.md'));
  });

  it('knows the agent files by name only', () => {
    assert.ok(isAgentFile('AGENTS.md'));
    assert.ok(isAgentFile('.github/copilot-instructions.md'));
    assert.ok(isAgentFile('CLAUDE.md'));
    assert.ok(!isAgentFile('docs/agents/overview.md'));
    assert.ok(!isAgentFile('AGENTS.txt'));
  });
});

describe('plain-text pages of a Doxygen manual (session 8)', () => {
  const hacking = [
    '/** @page hacking Working on the tool',
    '',
    'Steps:',
    '-# Fetch the hook that adds a change id:',
    '  @code',
    '  curl -o .git/hooks/commit-msg https://review.example.org/hooks/commit-msg',
    '  chmod +x .git/hooks/commit-msg',
    '  @endcode',
    '-# Build it, see @c configure.ac for the options:',
    '\\code',
    './bootstrap && ./configure && make',
    '\\endcode',
    '*/',
  ].join('\n');

  it('reads the lines between @code and @endcode as code, at their own lines', () => {
    const doc = parseDocument('HACKING', hacking);
    const code = doc.blocks.filter((b) => b.kind === 'code');
    assert.deepEqual(
      code.map((b) => [b.line, b.text.trim()]),
      [
        [6, 'curl -o .git/hooks/commit-msg https://review.example.org/hooks/commit-msg\n  chmod +x .git/hooks/commit-msg'],
        [11, './bootstrap && ./configure && make'],
      ],
    );
    assert.equal(doxygenToMarkdown(hacking).split('\n').length, hacking.split('\n').length);
  });

  it('reads -# lines as a numbered list and drops the styling commands', () => {
    const items = parseDocument('HACKING', hacking).blocks.filter((b) => b.kind === 'listItem');
    assert.deepEqual(
      items.map((b) => (b.kind === 'listItem' ? [b.ordered, b.text] : [])),
      [
        [true, 'Fetch the hook that adds a change id:'],
        [true, 'Build it, see configure.ac for the options:'],
      ],
    );
  });

  it('leaves a text file alone when @code is not closed by @endcode (a template example, not Doxygen)', () => {
    const razor = 'Put the logic in the page:\n\n@code {\n    private int count;\n}\n';
    assert.equal(isDoxygenText(razor), false);
    assert.deepEqual(parseDocument('NOTES', razor).blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
  });

  it('leaves Markdown alone, where such lines are the author\'s business', () => {
    const doc = parseDocument('HACKING.md', 'Run:\n\n@code\nmake\n@endcode\n');
    assert.ok(doc.blocks.every((b) => b.kind !== 'code'));
  });
});

describe('relative links in a pull request template, followed from the pull request page (session 8)', () => {
  const warnings = (problems: readonly { message: string }[]): string[] => problems.map((p) => p.message).filter((m) => m.includes('does not exist'));

  it('reads `../blob/<branch>/<path>` as the repository file it reaches from the PR page', async () => {
    const files = {
      'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
      '.github/pull_request_template.md': '- [ ] I ran the checks in the [testing guide](../blob/main/docs/testing.md)\n',
      'docs/testing.md': TOOLS_DOC,
    };
    const found = await facts(files);
    assert.deepEqual(found.files.linkedDocs, ['docs/testing.md']);
    assert.deepEqual(warnings(found.problems), []);
  });

  it('reads it from a template at the root too, where the link would otherwise leave the repository', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', 'PULL_REQUEST_TEMPLATE.md': '- [ ] Read the [testing guide](../tree/main/docs/testing.md)\n', 'docs/testing.md': TOOLS_DOC };
    const found = await facts(files);
    assert.deepEqual(found.files.linkedDocs, ['docs/testing.md']);
    assert.deepEqual(found.problems.filter((p) => p.message.includes('outside')), []);
  });

  it('reads a bare name as the file at the root, and warns of none when it is there', async () => {
    const files = { 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', '.github/pull_request_template.md': 'Please read the [testing notes](TESTING.md) first.\n', 'TESTING.md': TOOLS_DOC };
    const found = await facts(files);
    assert.deepEqual(found.files.linkedDocs, ['TESTING.md']);
    assert.deepEqual(warnings(found.problems), []);
  });

  it('still resolves a guide\'s own links beside the guide, not from the root', async () => {
    const files = { 'docs/CONTRIBUTING.md': '# Contributing\n\nSee the [testing notes](TESTING.md).\n', 'TESTING.md': TOOLS_DOC };
    const found = await facts(files);
    assert.deepEqual(found.files.linkedDocs, []);
    assert.equal(warnings(found.problems).length, 1);
  });
});
