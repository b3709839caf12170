import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const README = '# Tool\n\n## Contributors ✨\n\nThanks to [@a](https://github.com/a).\n\n```sh\nnpm run lint\n```\n\n## Contributing\n\nRun `npm test` before you open a PR.\n';

describe('when the contribution guide cannot be used, the README stands in', () => {
  const unusable: [string, string | Uint8Array, RegExp][] = [
    ['empty', '', /empty/],
    ['binary', new Uint8Array([35, 32, 0, 1, 2]), /binary/],
    ['only whitespace', '  \n\n\t\n', /only whitespace/],
  ];
  for (const [what, content, why] of unusable) {
    it(`uses the README's Contributing section when CONTRIBUTING.md is ${what}, and says why the guide was not used`, async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': content, 'README.md': README }));
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
      assert.equal(facts.files.readmeSection, 'README.md');
      assert.deepEqual(facts.commands.test.map((c) => `${c.command} ${c.source.file}:${c.source.line}`), ['npm test README.md:13']);
      assert.ok(facts.problems.some((p) => p.file === 'CONTRIBUTING.md' && why.test(p.message)), JSON.stringify(facts.problems));
    });
  }

  it('takes "Contributing" for the README section, not an earlier "Contributors" list', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'README.md': README }));
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
    assert.deepEqual(facts.commands.lint, []);
  });

  it('accepts "How to contribute" and "Contributions welcome" as the section heading', async () => {
    for (const heading of ['How to contribute', 'Contributions welcome', 'Contribute']) {
      const facts = await readGuide(new MemoryRepoFiles({ 'README.md': `# Tool\n\n## ${heading}\n\nRun \`npm test\` first.\n` }));
      assert.equal(facts.files.readmeSection, 'README.md', heading);
    }
  });

  it('says "CONTRIBUTING.md is a link that leads outside the repository; it was not read" and falls back to the README', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'README.md': README }, { 'CONTRIBUTING.md': 'link-outside' }));
    assert.equal(facts.files.guide, null);
    assert.equal(facts.files.readmeSection, 'README.md');
    const problem = facts.problems.find((p) => p.file === 'CONTRIBUTING.md');
    assert.equal(problem?.message, 'CONTRIBUTING.md is a link that leads outside the repository; it was not read.');
    assert.equal(problem?.severity, 'warning');
  });

  it('says a folder named CONTRIBUTING.md is a folder, not a file', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md/x.md': 'x' }));
    assert.ok(facts.problems.some((p) => p.message === 'CONTRIBUTING.md is a folder, not a file; it was not read.'));
  });

  it('does not complain about a docs/contributing folder', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'docs/contributing/intro.md': '# Intro\n' }));
    assert.deepEqual(facts.problems, []);
  });

  it('says a pull request template that links out of the repository was not read', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Hi\n\nText.\n' }, { '.github/pull_request_template.md': 'link-outside' }));
    assert.ok(facts.problems.some((p) => p.message === '.github/pull_request_template.md is a link that leads outside the repository; it was not read.'));
  });
});
