import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const guide = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }));

describe('what a guide says is not needed or not accepted', () => {
  const signOff: [string, string, string | null][] = [
    ['"you don\'t need to sign off" is not a requirement', "You don't need to sign off your commits.", null],
    ['"no need to add Signed-off-by" is not a requirement', 'There is no need to add a Signed-off-by line.', null],
    ['"sign-off is not required" is not a requirement', 'Signing off with a DCO is not required.', null],
    ['"please do not sign off" forbids it', 'Please do not sign off your commits.', 'forbidden'],
    ['"Don\u2019t add Signed-off-by" (curly apostrophe) forbids it', 'Don\u2019t add a Signed-off-by line to your commit message.', 'forbidden'],
    ['"commits without a Signed-off-by line are not accepted" requires it', 'Commits without a Signed-off-by line are not accepted.', 'required'],
    ['"don\'t forget to sign off" requires it', "Don't forget to sign off your commits with `git commit -s`.", 'required'],
    ['"all commits must be signed off" requires it', 'All commits must be signed off (DCO).', 'required'],
  ];
  for (const [name, text, expected] of signOff) {
    it(`sign-off: ${name}`, async () => assert.equal((await guide(text)).commit.signOff?.value ?? null, expected));
  }

  const cla: [string, string, boolean | null][] = [
    ['"You don\'t need to sign a CLA" means no CLA', "You don't need to sign a CLA to contribute.", false],
    ['"You don\u2019t need to sign a CLA" (curly apostrophe) means no CLA', 'You don\u2019t need to sign a CLA to contribute.', false],
    ['"there is no CLA" means no CLA', 'There is no CLA for this project.', false],
    ['"a CLA is not required" means no CLA', 'A contributor license agreement is not required.', false],
    ['"we cannot accept a PR without a signed CLA" requires one', 'We cannot accept your pull request without a signed CLA.', true],
    ['"if you haven\'t signed the CLA, do so" requires one', "If you haven't signed the CLA yet, please do so before we review.", true],
    ['a link named after the agreement, however long, requires one', 'Review and sign the [Example Foundation Contributor License Agreement](https://cla.example.org/).', true],
    ['a linked article whose title mentions a CLA does not', 'See the post [Hello DCO, Goodbye CLA: Simpler Contributions](https://example.org/post).', null],
  ];
  for (const [name, text, expected] of cla) {
    it(`CLA: ${name}`, async () => assert.equal((await guide(text)).claRequired?.value ?? null, expected));
  }

  const prs: [string, string, boolean][] = [
    ['"PRs are not accepted here; we use Gerrit"', 'PRs are not accepted here; we use Gerrit.', false],
    ['"We don\u2019t accept pull requests" (curly apostrophe)', 'We don\u2019t accept pull requests.', false],
    ['"pull requests will be closed without review"', 'Pull requests will be closed without review; send patches to the list.', false],
    ['"PRs are not accepted without tests" is a rule about PRs, not a refusal', 'PRs are not accepted without tests.', true],
    ['"we don\'t merge pull requests that break the build" still takes PRs', "We don't merge pull requests that break the build.", true],
  ];
  for (const [name, text, expected] of prs) {
    it(`pull requests: ${name}`, async () => assert.equal((await guide(text)).acceptsPullRequests?.value, expected));
  }

  it('discuss first: "no need to open an issue first" does not ask for one', async () => {
    assert.equal((await guide('For small fixes there is no need to open an issue first; just send a pull request.')).discussFirst, null);
    assert.equal((await guide('Please open an issue first to discuss what you would like to change.')).discussFirst?.value, true);
  });
});
