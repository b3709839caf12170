import * as assert from 'node:assert/strict';
import { readGuide, extractFacts } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { formatSummary } from '../../../src/core/guide/summary';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (files: Record<string, string | Uint8Array>, options = {}) => readGuide(new MemoryRepoFiles(files), options);

describe('readGuide', () => {
  it('lists setup, test and lint commands in the order a newcomer runs them, without prompts or duplicates', async () => {
    const facts = await read({
      'CONTRIBUTING.md': '# Dev\n\n```console\n$ git clone x\n$ cd x\n$ npm run lint\n$ npm ci   # install\n$ npm test\nok 1\n```\n\nThen run `npm test` again.\n\n## Releasing\n\n```sh\nnpm run build\n```\n',
    });
    const json = toInspectJson(facts);
    assert.deepEqual(json.commands, {
      setup: [{ command: 'npm ci', source: { file: 'CONTRIBUTING.md', line: 7 }, origin: 'guide' }],
      test: [{ command: 'npm test', source: { file: 'CONTRIBUTING.md', line: 8 }, origin: 'guide' }],
      lint: [{ command: 'npm run lint', source: { file: 'CONTRIBUTING.md', line: 6 }, origin: 'guide' }],
    });
  });

  it('finds the commit convention, types and length in the guide', async () => {
    const facts = await read({
      'CONTRIBUTING.md': '## Commit messages\n\nWe use [Conventional Commits](https://www.conventionalcommits.org/).\n\nThe type is one of:\n\n- `feat`: feature\n- `fix`: bug\n- `docs`: docs\n\nThe summary must be 72 characters or less.\n\nAll commits need a `Signed-off-by` line (DCO).\n',
    });
    const json = toInspectJson(facts);
    assert.deepEqual(json.commit, { convention: 'conventional', types: ['feat', 'fix', 'docs'], subjectMaxLength: 72, signOff: 'required' });
    assert.deepEqual(facts.commit.convention?.source, { file: 'CONTRIBUTING.md', line: 3 });
  });

  it('recognises an area prefix and free-form rules', async () => {
    const area = await read({ 'CONTRIBUTING.md': '## Commits\n\nThe subject line should be prefixed with the package name, like `net/http: fix race`.\n' });
    assert.equal(area.commit.convention?.value, 'area-prefix');
    const free = await read({ 'CONTRIBUTING.md': '## Commits\n\nWrite commit messages in the imperative mood.\n' });
    assert.equal(free.commit.convention?.value, 'free-form-rules');
  });

  it('says a project that reviews in Gerrit does not take pull requests', async () => {
    const facts = await read({ 'CONTRIBUTING.md': 'We review changes in Gerrit.\n\nMail your CL to reviewers.\n' });
    assert.equal(facts.acceptsPullRequests?.value, false);
  });

  it('falls back to the README Contributing section when there is no guide', async () => {
    const facts = await read({ 'README.md': '# Tool\n\nUse it.\n\n```sh\nnpm run start\n```\n\n## Contributing\n\nRun `npm test` before you open a PR.\n\n## License\n\n```sh\nnpm run lint\n```\n' });
    assert.equal(facts.files.guide, null);
    assert.equal(facts.files.readmeSection, 'README.md');
    assert.deepEqual(toInspectJson(facts).commands.test, [{ command: 'npm test', source: { file: 'README.md', line: 11 }, origin: 'guide' }]);
    assert.deepEqual(facts.commands.lint, []);
  });

  it('follows a pointer-only guide to the in-repo docs it links', async () => {
    const facts = await read({
      'CONTRIBUTING.md': '# Contributing\n\nSee the [development guide](docs/development.md).\n',
      'docs/development.md': '# Development\n\n```sh\nmake test\n```\n',
    });
    assert.equal(facts.guideIsPointerOnly?.value, true);
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.md']);
    assert.deepEqual(toInspectJson(facts).commands.test, [{ command: 'make test', source: { file: 'docs/development.md', line: 4 }, origin: 'guide' }]);
  });

  it('matches a link to the published docs site with the doc source in the repository', async () => {
    const facts = await read({
      'package.json': '{ "name": "tool", "homepage": "https://example.dev" }',
      'CONTRIBUTING.md': 'Read the [pull request guide](https://example.dev/docs/latest/contribute/pull-requests).\n',
      'docs/src/contribute/pull-requests.md': '# PRs\n\n```sh\nnpm test\n```\n',
    });
    assert.deepEqual(facts.files.linkedDocs, ['docs/src/contribute/pull-requests.md']);
  });

  it('survives link cycles and stops after the hop and document limits', async () => {
    const files: Record<string, string> = {
      'CONTRIBUTING.md': '[development](a.md)\n',
      'a.md': '[development](b.md) [development](CONTRIBUTING.md)\n',
      'b.md': '[development](c.md) [development](a.md)\n',
      'c.md': '```sh\nmake test\n```\n',
    };
    const facts = await read(files);
    // (A guide that only points on makes its linked page's links its own; further links are not followed, session 23.)
    assert.deepEqual(facts.files.linkedDocs, ['a.md', 'b.md']);
    const capped = await read({ 'CONTRIBUTING.md': Array.from({ length: 5 }, (_, i) => `[development ${i}](d${i}.md)`).join('\n'), ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`d${i}.md`, 'x'])) }, { maxLinkedDocs: 2 });
    assert.equal(capped.files.linkedDocs.length, 2);
    assert.ok(capped.problems.some((p) => /Only 2 linked documents/.test(p.message)));
  });

  it('reports broken links and refuses links that leave the repository', async () => {
    const facts = await read({ 'CONTRIBUTING.md': 'See [development](docs/missing.md) and [setup](../../etc/passwd.md).\n' });
    const messages = facts.problems.map((p) => `${p.file}:${p.line} ${p.message}`);
    assert.ok(messages.some((m) => /CONTRIBUTING\.md:1 .*does not exist/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /outside the repository/.test(m)), messages.join('\n'));
  });

  it('says so instead of failing on binary, empty, huge and non-UTF-8 files', async () => {
    const binary = await read({ 'CONTRIBUTING.md': new Uint8Array([35, 32, 0, 1, 2]) });
    assert.match(binary.problems[0].message, /binary/);
    assert.deepEqual(toInspectJson(binary).commands, { setup: [], test: [], lint: [] });

    const empty = await read({ 'CONTRIBUTING.md': '' });
    assert.match(empty.problems[0].message, /empty/);

    const huge = await read({ 'CONTRIBUTING.md': '```sh\nmake test\n```\n' + 'filler line\n'.repeat(1000) }, { maxFileBytes: 1000 });
    assert.equal(huge.problems[0].severity, 'info');
    assert.match(huge.problems[0].message, /Only the first/);
    assert.equal(huge.commands.test[0]?.command, 'make test');

    const latin1 = await read({ 'CONTRIBUTING.md': new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode('\n\n```sh\nmake test\n```\n')]) });
    assert.match(latin1.problems[0].message, /windows-1252/);
    assert.equal(latin1.commands.test[0]?.command, 'make test');
  });

  it('finds PR templates in every place GitHub looks, and their task lists', async () => {
    const facts = await read({
      '.github/pull_request_template.md': '<!-- - [ ] not me -->\n- [ ] Tests added\n',
      '.github/PULL_REQUEST_TEMPLATE/feature.md': '- [ ] Docs updated\n',
      'docs/PULL_REQUEST_TEMPLATE.md': 'x\n',
    });
    assert.deepEqual(facts.files.prTemplates, ['.github/pull_request_template.md', '.github/PULL_REQUEST_TEMPLATE/feature.md', 'docs/PULL_REQUEST_TEMPLATE.md']);
    assert.deepEqual(facts.checklist.map((c) => c.text), ['Tests added', 'Docs updated']);
  });

  it('finds the Onramp maintainer file', async () => {
    assert.equal((await read({ '.github/onramp.yml': 'x: 1\n' })).files.config, '.github/onramp.yml');
    assert.equal((await read({ '.onramp.yml': 'x: 1\n' })).files.config, '.onramp.yml');
  });

  it('formats a readable summary with problems in it', async () => {
    const facts = await read({ 'CONTRIBUTING.md': '[development](gone.md)\n\n```sh\nnpm test\n```\n' });
    const text = formatSummary(facts);
    assert.match(text, /npm test {2}\(CONTRIBUTING\.md:4\)/);
    assert.match(text, /warning: CONTRIBUTING\.md:1: The link "gone\.md"/);
  });

  // Speed is measured by `npm run bench` (scripts/bench-hostile.mjs); here only that pathological input still
  // yields the right answer.
  it('reads a dense 1 MB guide with pathological inline code and still finds its commands', () => {
    const section = '## Setup\n\nRun `npm ci` then:\n\n```sh\n$ npm test\n```\n\n- [ ] Make sure `npm run lint` passes\n\n';
    const files = { guide: 'CONTRIBUTING.md', prTemplates: [], commitlintConfig: null, config: null, linkedDocs: [], readmeSection: null };
    const doc1m = parseMarkdown('CONTRIBUTING.md', ('word '.repeat(40) + '`' + 'a('.repeat(200) + '\n\n' + section).repeat(Math.ceil(1_000_000 / 1200)));
    const facts = extractFacts({ guide: doc1m, linked: [], prTemplates: [], commitlint: null }, files);
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
    assert.deepEqual(facts.commands.setup.map((c) => c.command), ['npm ci']);
  });

  it('finds the commands a guide lists in a Markdown table', async () => {
    const facts = await read({ 'CONTRIBUTING.md': '## Commands\n\n| What | Run |\n|---|---|\n| Install | `npm ci` |\n| Test | `npm test` |\n' });
    assert.deepEqual(toInspectJson(facts).commands.test, [{ command: 'npm test', source: { file: 'CONTRIBUTING.md', line: 6 }, origin: 'guide' }]);
  });

  it('does not take a CLA mentioned only inside an HTML comment for a requirement', async () => {
    const facts = await read({ 'CONTRIBUTING.md': '# Contributing\n\nThanks! <!-- We require a CLA --> Pull requests are welcome.\n' });
    assert.equal(facts.claRequired, null);
  });

  it('reads a reStructuredText note as part of the guide', async () => {
    const facts = await read({ 'CONTRIBUTING.rst': 'Contributing\n============\n\n.. note::\n\n   Run the tests::\n\n      make test\n' });
    assert.deepEqual(toInspectJson(facts).commands.test, [{ command: 'make test', source: { file: 'CONTRIBUTING.rst', line: 8 }, origin: 'guide' }]);
  });
});

