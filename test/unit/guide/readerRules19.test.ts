import * as assert from 'node:assert/strict';
import { factsOf, md } from './probeSupport';

// Session 19: general rules found by studying where the reader missed on the blind set measured at the start of the
// round (measure31, then folded into tuning). Every guide text below is written for the test; each rule has
// near-misses that must not fire.

describe('reader rules (session 19)', () => {
  describe('discuss first: an issue as the condition of every change, said in other shapes', () => {
    const discuss = async (files: Record<string, string>) => (await factsOf(files)).discussFirst;
    const withTemplate = (template: string) => ({ 'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n', '.github/PULL_REQUEST_TEMPLATE.md': template });
    it('"This project requires all PRs to link to an issue or discussion" (the project as the subject)', async () => {
      assert.equal(await discuss(withTemplate('Thanks!\n\nThis project requires all PRs to link to an issue or discussion.\n\n**Link to issue**\n')), true);
    });
    it('"Issues are required for both bug fixes and features", even in a template\u2019s comment', async () => {
      assert.equal(await discuss(withTemplate('<!-- Issues are required for both bug fixes and features. -->\nResolves #ISSUE_NUMBER\n')), true);
    });
    it('"We will close surprise pull requests that are not related to an existing issue"', async () => {
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nWe will close surprise pull requests that are not related to an existing issue.\n')), true);
    });
    it('a template box asking "Has this change been discussed on the forum or in an issue before?"', async () => {
      assert.equal(await discuss(withTemplate('- [ ] Has this change been discussed on [the forum](https://forum.example.org) or in an issue before?\n')), true);
    });
    it('near misses: an issue number to fill in if there is one, a reviewed change, a closed PR for other reasons', async () => {
      assert.equal(await discuss(withTemplate('This project requires all PRs to link to an issue if there is one.\n')), null);
      assert.equal(await discuss(withTemplate('- [ ] Has this change been reviewed by a second person?\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nWe will close pull requests that are not related to the project\u2019s goals.\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Issues\n\nIssues are required to have a title.\n')), null);
      assert.notEqual(await discuss(md('# Contributing\n\n## Pull requests\n\nNo approved issue is required for typo fixes.\n')), true);
    });
  });
});
