import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }));

describe('commit convention from a list of types', () => {
  it('a "Types of contributions" list is not a commit convention', async () => {
    const facts = await read('# Contributing\n\n## Types of contributions\n\n- **docs**: improve the documentation\n- **fix**: fix a bug you found\n- **feature**: propose something new\n');
    assert.equal(facts.commit.convention, null);
    assert.equal(facts.commit.types, null);
  });

  it('a list of five labels is not a commit convention', async () => {
    const facts = await read('# Contributing\n\n## Labels\n\n- `fix`: a bug fix\n- `feat`: a feature\n- `docs`: documentation\n- `test`: tests\n- `chore`: housekeeping\n');
    assert.equal(facts.commit.convention, null);
    assert.equal(facts.commit.types, null);
  });

  it('the same list under a commit message heading is the allowed types', async () => {
    const facts = await read('# Contributing\n\n## Commit message format\n\nThe type is one of:\n\n- `fix`: a bug fix\n- `feat`: a feature\n- `docs`: documentation\n');
    assert.equal(facts.commit.convention?.value, 'conventional');
    assert.deepEqual(facts.commit.types?.value, ['fix', 'feat', 'docs']);
  });

  it('a type list introduced by prose about the PR title, under a plain heading', async () => {
    const facts = await read('# Contributing\n\n## Raising the PR\n\nThe title of your PR should name a type.\n\n### type\n\n- `fix` - a bug fix\n- `feat` - a feature\n- `docs` - documentation\n');
    assert.deepEqual(facts.commit.types?.value, ['fix', 'feat', 'docs']);
  });

  it('commit prose in a sibling section does not make a list of labels a type list', async () => {
    const facts = await read('# Contributing\n\n## Commits\n\nWrite clear commit messages.\n\n## Labels\n\n- `fix`: a bug\n- `feat`: a feature\n- `docs`: docs\n- `test`: tests\n- `chore`: chores\n');
    assert.equal(facts.commit.types, null);
    assert.notEqual(facts.commit.convention?.value, 'conventional');
  });

  it('a `type(scope): subject` line in a commit section is the conventional format', async () => {
    const facts = await read('# Contributing\n\n## Commit messages\n\n```\ntype(scope): subject\n```\n');
    assert.equal(facts.commit.convention?.value, 'conventional');
  });
});
