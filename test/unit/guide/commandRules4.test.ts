import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { SentenceIndex } from '../../../src/core/guide/extract/commandsSentences';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

describe('the sentence around a code span', () => {
  it('starts after the last sentence end before the span', () => {
    const text = 'Clone it. Then run `make` here! Next';
    const index = new SentenceIndex(text);
    assert.equal(index.before(text.indexOf('`make`')), 'Then run ');
    assert.equal(index.before(text.indexOf('Next')), '');
  });

  it('counts a full stop at a line end as a sentence end, and reaches back at most 300 characters', () => {
    const text = `Intro.\n${'a'.repeat(400)} run \`x\``;
    const index = new SentenceIndex(text);
    const before = index.before(text.indexOf('`x`'));
    assert.equal(before.length, 300);
    assert.equal(new SentenceIndex('Intro.\nrun `x`').before(11), 'run ');
  });

  it('ends after the span at a stop followed by whitespace or the end, within 300 characters', () => {
    const text = 'run `x` to test v1.2 now. More';
    const index = new SentenceIndex(text);
    assert.equal(index.after(text.indexOf('`x`') + 3), ' to test v1.2 now');
    assert.equal(new SentenceIndex('run `x` fine.').after(7), ' fine');
    assert.equal(new SentenceIndex('run `x` fine').after(7), ' fine');
    assert.equal(new SentenceIndex('short').after(9), '');
  });

  it('reads a paragraph naming one command many times as it reads it once', async () => {
    const one = await commandsOf({ 'CONTRIBUTING.md': '# Dev\n\n## Tests\n\nThen run `npm test` to run the tests.\n' });
    const many = await commandsOf({ 'CONTRIBUTING.md': `# Dev\n\n## Tests\n\n${'Then run `npm test` to run the tests. '.repeat(2000)}\n` });
    assert.deepEqual(many, one);
    assert.deepEqual(one.test, ['npm test']);
  });
});
