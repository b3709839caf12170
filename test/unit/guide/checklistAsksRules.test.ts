import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { asksOfContributor } from '../../../src/core/guide/extract/checklistAsks';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * A list under a heading about sending a change is a checklist only when its items ask something of the
 * contributor; statements about the project or its process are information. Each case is a small guide of our own.
 */
const guide = async (text: string): Promise<string[]> => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }))).checklist.map((c) => c.text);

describe('checklist: items that ask something of the contributor', () => {
  it('leaves out a list of statements about the branches and the review process under "Submitting pull requests"', async () => {
    const found = await guide(
      '# Contributing\n\n## Submitting pull requests\n\n- The `main` branch holds the next release.\n- The `stable` branch is updated on each release.\n- We triage every new pull request within a week.\n- Bug fixes.\n',
    );
    assert.deepEqual(found, []);
  });

  it('keeps the requests under the same heading: imperatives, requirements, and conditions followed by a request', async () => {
    const found = await guide(
      '# Contributing\n\n## Submitting pull requests\n\n- Run the tests before you push.\n- Every new API must come with documentation.\n- If you changed the CLI, update the manual page.\n- Keep the change small.\n',
    );
    assert.deepEqual(found, ['Run the tests before you push.', 'Every new API must come with documentation.', 'If you changed the CLI, update the manual page.', 'Keep the change small.']);
  });

  it('keeps noun phrases that complete a lead-in which asks for them ("... should include:")', async () => {
    const found = await guide('# Contributing\n\n## Submitting pull requests\n\nEvery pull request should include:\n\n- Documentation for new options.\n- Tests for the fixed bug.\n');
    assert.deepEqual(found, ['Documentation for new options.', 'Tests for the fixed bug.']);
  });

  it('tells a request from a statement by its first words', () => {
    for (const request of ['Add a test.', '**Tests**: add them.', 'Make sure the docs build', 'Do not open the PR from a fork of a fork.', 'If adding a new feature:', 'When the API changes, update the docs.', 'Checkout a topic branch from `main`.']) {
      assert.ok(asksOfContributor(request), request);
    }
    for (const statement of ['The `develop` branch is released monthly.', 'We assign reviewers.', 'Documentation updates.', 'Your PR has been waiting for 90 days.']) {
      assert.ok(!asksOfContributor(statement), statement);
    }
  });
});
