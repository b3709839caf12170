import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { advisesTalkBeforeChange, sentencesOf } from '../../../src/core/guide/extract/discussConcepts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const discuss = async (text: string): Promise<boolean | null> => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }))).discussFirst?.value ?? null;

describe('discuss first by its concepts: a talk about a change, advised, before the work or for larger work (session 11)', () => {
  it('reads wordings no single pattern foresaw', async () => {
    assert.equal(await discuss('Prior to contributing a new solver, it is advised to reach out on the chat to gauge the interest of the maintainers.'), true);
    assert.equal(await discuss('When a change touches the public interface, it is good practice to hold a discussion phase before writing any code.'), true);
    assert.equal(await discuss('If you have an idea for a new feature, please file an enhancement request so it can be discussed.'), true);
    assert.equal(await discuss('Unless it is a simple fix, you are strongly encouraged to discuss your contribution in advance on the mailing list.'), true);
  });

  it('near miss: a condition that names proposing, with advice about something else', async () => {
    assert.equal(await discuss('If proposing new features, please keep in mind that the tool must stay small, so not every feature proposed is accepted.'), null);
  });

  it("near miss: the maintainers' own order of work", async () => {
    assert.equal(await discuss('If we want to change the export format, we should first discuss amongst ourselves and then contact the downstream authors.'), null);
  });

  it('near miss: "in the first place" is an idiom, not an order', async () => {
    assert.equal(await discuss("Please describe your change well; if we cannot tell why you made the change in the first place, you are less likely to get feedback."), null);
  });

  it('the sentence test alone, and sentences split at their ends and at semicolons', () => {
    assert.equal(advisesTalkBeforeChange('Please open an issue before you start work on a large change.'), true);
    assert.equal(advisesTalkBeforeChange('Please open an issue.'), false);
    assert.deepEqual(
      sentencesOf('One thing. Two; three').map((s) => s.text.trim()),
      ['One thing.', 'Two;', 'three'],
    );
  });
});
