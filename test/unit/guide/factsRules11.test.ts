import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const facts = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }));

describe('subject length in a commit template and after an abbreviation (session 11)', () => {
  it('a template in a block after a bold "Commit/Pull Request Format" line gives its first line\'s limit', async () => {
    const f = await facts('**Commit/Pull Request Format**\n\n```\nSummary of the change (less than 80 chars)\n - Detail 1\n\n#123\n```\n');
    assert.equal(f.commit.subjectMaxLength?.value ?? null, 80);
  });

  it('"max. 50 characters" is read past the abbreviation\'s period', async () => {
    const f = await facts('Give your commits a good message. For example:\n\n```\n    Commit message (max. 50 characters)\n\n    Why the change was made, wrapped at 72 characters.\n```\n');
    assert.equal(f.commit.subjectMaxLength?.value ?? null, 50);
  });

  it('near miss: a block of code after a paragraph about something else gives no limit', async () => {
    const f = await facts('Configure your editor like this:\n\n```\nmax_line_length = 80 chars\n```\n');
    assert.equal(f.commit.subjectMaxLength?.value ?? null, null);
  });
});

describe('refusals, advice and order said in other words (session 11)', () => {
  it('"we are unfortunately unable to accept GitHub pull requests" turns them away', async () => {
    assert.equal((await facts('At this time, we are unfortunately unable to accept GitHub pull requests. Send changes to our review server.')).acceptsPullRequests?.value ?? null, false);
  });

  it('near miss: "unable to accept pull requests without tests" is a rule about some of them', async () => {
    assert.equal((await facts('Please open a pull request. We are unable to accept pull requests without tests.')).acceptsPullRequests?.value ?? null, true);
  });

  it('"you will be more successful if you discuss your plans upfront" asks to discuss first', async () => {
    assert.equal((await facts('Contributing is sending a pull request. You will probably be more successful with your contribution if you join the chat upfront and discuss your plans.')).discussFirst?.value ?? null, true);
  });

  it('"a new feature must be preceded with an issue" asks for the issue first', async () => {
    assert.equal((await facts('Adding or changing a feature MUST be preceded with an issue where the scope is agreed upon.')).discussFirst?.value ?? null, true);
  });

  it('near miss: being more successful with a clear description is no talk before the change', async () => {
    assert.equal((await facts('Your pull request will be more successful if its description explains the change.')).discussFirst?.value ?? null, null);
  });
});

describe('a quoted label is no statement, and a README that holds the everyday tasks is read (session 11)', () => {
  it('"the \\"no changelog\\" label overrides the check" leaves the entry asked', async () => {
    const f = await facts('## Changelog\n\nUser-visible changes should come with an entry in the changelog. The "no changelog" label skips the check for changes users do not see.');
    assert.equal(f.changelog.required?.value ?? null, true);
  });

  it('near miss: "no changelog entry is needed" unquoted still says not needed', async () => {
    const f = await facts('No changelog entry is needed for documentation fixes; the release notes are generated from the pull request titles.');
    assert.notEqual(f.changelog.required?.value ?? null, true);
  });

  it('"how to set up a development environment and how to run unit tests can be found in the [README]" is followed', async () => {
    const f = await readGuide(
      new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\nHow to set up a development environment and how to run unit tests can be found in the project [README](README.md).\n',
        'README.md': '# Tool\n\n## Tests\n\nRun the tests with:\n\n```sh\nmake test\n```\n',
      }),
    );
    assert.deepEqual(f.files.linkedDocs, ['README.md']);
  });

  it('near miss: a README linked for the licence is not read', async () => {
    const f = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nThe licence terms are in the [README](README.md).\n', 'README.md': '# Tool\n\n```sh\nmake test\n```\n' }));
    assert.deepEqual(f.files.linkedDocs, []);
  });
});
