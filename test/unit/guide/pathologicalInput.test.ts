import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { readCommitlintConfig } from '../../../src/core/commitlint/readConfig';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Guides near the 1 MB size limit, shaped to make a backtracking regex retry from every position. Each test
 * checks that such a guide is still read, and read right. How long it takes is measured by `npm run bench`
 * (scripts/bench-hostile.mjs), never asserted here.
 */
const SIZE = 900_000;
const guide = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }));

describe('a huge guide built to be slow to read', () => {
  it('a fenced block of blank lines under a commit heading is read, and is no commit format', async () => {
    const facts = await guide(`# Contributing\n\n## Commit messages\n\n\`\`\`\n${'\n'.repeat(SIZE)}x\n\`\`\`\n\n\`\`\`\ntype(scope): subject\n\`\`\`\n`);
    assert.equal(facts.commit.convention?.value, 'conventional');
    assert.equal(facts.commit.convention?.source.line, SIZE + 10);
  });

  it('one paragraph of many code spans, each after a cue or a negation, is read in linear time', async () => {
    const facts = await guide(`# Dev\n\n## Tests\n\n${'after running `npm test` which runs `cargo test` (`make x` '.repeat(SIZE / 60)}\n`);
    assert.deepEqual(toInspectJson(facts).commands.test, []);
  });

  it('a paragraph of thousands of spans each after "with" gives the one command once', async () => {
    const facts = await guide(`# Dev\n\n## Tests\n\n${'format it with `npm test` '.repeat(8_000)}\n`);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => `${c.command} ${c.source.line}`), ['npm test 5']);
  });

  it('a test command with one enormous argument is read as an example, the plain run is kept', async () => {
    const facts = await guide(`# Dev\n\n\`\`\`sh\nnpm test\nnpm test ${'a'.repeat(SIZE)}\n\`\`\`\n`);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['npm test']);
  });

  it('a command with a long run of trailing spaces is read; one with text after them is too long to be a command', async () => {
    const facts = await guide(`# Dev\n\n\`\`\`sh\nnpm ci\nnpm run lint${' '.repeat(SIZE / 2)}\nnpm test${' '.repeat(SIZE / 2)}x\n\`\`\`\n`);
    const json = toInspectJson(facts);
    assert.deepEqual(json.commands.setup.map((c) => c.command), ['npm ci']);
    assert.deepEqual(json.commands.lint.map((c) => c.command), ['npm run lint']);
    assert.deepEqual(json.commands.test, []);
  });

  it('a line of `#` separated by spaces is a comment cut at the first one', async () => {
    const facts = await guide(`# Dev\n\n\`\`\`sh\nnpm test${' #'.repeat(SIZE / 2)}\n\`\`\`\n`);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['npm test']);
  });

  it('a paragraph of repeated keywords still gives the stated facts', async () => {
    const soup = 'branch from sign off CLA commit type feat: pull requests not need changelog/ 72 characters summary open an issue first '.repeat(SIZE / 120);
    const facts = await guide(`# Contributing\n\nYou don't need to sign a CLA.\n\n${soup}\n\nCreate your branch from \`main\`.\n`);
    assert.equal(facts.claRequired?.value, false);
    assert.equal(facts.baseBranch?.value, 'main');
  });

  it('long runs of spaces and a long word in prose are read', async () => {
    const facts = await guide(`# Contributing\n\nYou do not need${' '.repeat(SIZE / 3)}a\n\n${'a'.repeat(SIZE / 3)}/\n\nPlease open pull requests against ${' '.repeat(SIZE / 4)}the default branch.\n`);
    assert.equal(facts.baseBranch, null);
    assert.equal(facts.changelog.how, null);
  });

  it('a list of many type-like items is read once', async () => {
    const items = Array.from({ length: 5_000 }, (_, k) => `- **fix**: item ${k}`).join('\n');
    const facts = await guide(`# Contributing\n\n## Types of contributions\n\n${items}\n`);
    assert.equal(facts.commit.convention, null);
  });

  it('a script config with a long gap after `extends:` is scanned, not run', () => {
    const facts = readCommitlintConfig('commitlint.config.js', `module.exports = { extends:${' '.repeat(SIZE)}x, y: ['@commitlint/config-conventional'] };\n`, 'script');
    assert.equal(facts.convention, null);
    const ok = readCommitlintConfig('commitlint.config.js', `// ${'/* '.repeat(SIZE / 3)}\nmodule.exports = { extends: ['@commitlint/config-conventional'] };\n`, 'script');
    assert.deepEqual(ok.convention?.source, { file: 'commitlint.config.js', line: 2 });
  });
});
