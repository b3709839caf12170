import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Hostile review of the session-27 reader rules (base branch, discuss first, checklist lead-ins). Each probe asserts
// what a careful human reader of the guide would answer. Five probes that the reader failed before this session too (a
// proposal document or a conference talk read as a talk, "not mandatory", a draft pull request, a help request under
// "Getting help") are kept as skipped probes, left open.

const read = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` }));
const baseOf = async (text: string) => (await read(text)).baseBranch?.value ?? null;
const discussOf = async (text: string) => (await read(text)).discussFirst?.value ?? null;
const itemsOf = async (text: string) => (await read(text)).checklist.map((c) => c.text);

describe('review of session 27 rules (27b)', () => {
  describe('base branch: the bracketed usual answer', () => {
    it('"(usually from master)" names master', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually from master).'), 'master');
    });
    it('"(usually based off develop)" names develop', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually based off develop).'), 'develop');
    });
    it('"(usually branched from origin/main)" names main, not "origin/main"', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually branched from origin/main).'), 'main');
    });
    it('"(usually the default branch)" names no branch', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually the default branch).'), null);
    });
    it('near miss: "(usually the `develop` branch)" names develop', async () => {
      assert.equal(await baseOf('- Create a topic branch from where you want to base your work (usually the `develop` branch).'), 'develop');
    });
  });

  describe('base branch: "rebase ... to current <name>"', () => {
    it('"Rebase your PR to current master" names master', async () => {
      assert.equal(await baseOf('## Before opening a pull request\n\n* Rebase your PR to current master, no merges allowed!'), 'master');
    });
    it('a website branch ("rebase your branch to current gh-pages") is not the base', async () => {
      assert.equal(await baseOf('## Website\n\nWhen editing the website, rebase your branch to current gh-pages before you push.'), null);
    });
    it('"rebase your changes to the latest release tag" names no branch', async () => {
      assert.equal(await baseOf('Before you open a pull request, rebase your changes to the latest release tag.'), null);
    });
    it('"rebase your branch to the latest upstream" names no branch', async () => {
      assert.equal(await baseOf('Before you open a pull request, rebase your branch to the latest upstream.'), null);
    });
    it('"rebase your work to the latest version of the code" names no branch', async () => {
      assert.equal(await baseOf('Please rebase your work to the latest version of the code before submitting.'), null);
    });
    it('a backport section\'s branch ("rebase your branch to the current 2.x") is not the base', async () => {
      assert.equal(await baseOf('## Backporting\n\nTo backport a fix, cherry-pick it and rebase your branch to the current 2.x.'), null);
    });
    it('near miss: "Rebase your branch to current main" names main', async () => {
      assert.equal(await baseOf('* Rebase your branch to current main before opening the pull request.'), 'main');
    });
  });

  describe('discuss first: talked over before the work starts', () => {
    it('agreeing to a CLA before you start working is no talk', async () => {
      assert.equal(await discussOf('You must agree to the Contributor License Agreement before you start working on a pull request.'), null);
    });
    it('searching existing issues and discussions before you start working is no talk', async () => {
      assert.equal(await discussOf('Please search the existing issues and discussions before you start working on something, someone may already be on it.'), null);
    });
    it('reading the guide for proposing rules before you start implementing is no talk', async () => {
      assert.equal(await discussOf('If you want to propose a new lint rule, please read the rule-writing guide before you start implementing it.'), null);
    });
    it('an optional issue ("feel free to ..., but it is fine to send a PR straight away") does not ask', async () => {
      assert.notEqual(await discussOf('Feel free to open an issue to discuss your idea before you start coding, but it is fine to send a pull request straight away.'), true);
    });
    it('a security fix talked over privately is the disclosure process, not discuss first', async () => {
      assert.equal(await discussOf('If you discover a security vulnerability, please discuss it privately with the maintainers before you start working on a fix.'), null);
    });
    it("the core team's own rule is not asked of contributors", async () => {
      assert.equal(await discussOf('## Committers\n\nThe core team should discuss large refactors on the mailing list before starting to code.'), null);
    });
    it('"pull requests without a prior discussion may be closed" does not waive the ask', async () => {
      assert.equal(await discussOf('Please discuss new features in an issue before you start working on them; pull requests without a prior discussion may be closed.'), true);
    });
    it('"not required for typo fixes, but ... before you start working on a new feature" asks', async () => {
      assert.equal(await discussOf('An issue is not required for typo fixes, but please open one before you start working on a new feature.'), true);
    });
    it('"talk to us before you write any code" asks', async () => {
      assert.equal(await discussOf('For new features, please talk to us before you write any code.'), true);
    });
    it('"get in touch with the maintainers before you begin implementing" asks', async () => {
      assert.equal(await discussOf('Get in touch with the maintainers before you begin implementing a large change.'), true);
    });
    it('"open a discussion before you start on a new feature" asks', async () => {
      assert.equal(await discussOf('Please open a discussion before you start on a new feature.'), true);
    });
    it('near miss: "open an issue before you start working on a large feature" asks', async () => {
      assert.equal(await discussOf('Please open an issue before you start working on a large feature.'), true);
    });
    it('under "Support", an issue to get help before you start hacking on a workaround is support, not discuss first', async () => {
      assert.equal(await discussOf('## Style\n\nUse black.\n\n## Support\n\nIf you need help with the API, please open an issue or ask on Gitter before you start hacking on a workaround.'), null);
    });
    it('under "Support", a question issue next to "read the FAQ before you start working with the API" asks nothing first', async () => {
      assert.equal(await discussOf('## Style\n\nUse black.\n\n## Support\n\nFor usage questions, open an issue with the `question` label. Please read the FAQ before you start working with the API.'), null);
    });
    it('near miss: under "Support", the help channel alone asks nothing first', async () => {
      assert.equal(await discussOf('## Style\n\nUse black.\n\n## Support\n\nIf you have a question, please ask on the forum before opening an issue.'), null);
    });
    it.skip('reading a proposal document before you start working is no talk (left open, session 27: older: a proposal to read is taken as the talk (failing before this session))', async () => {
      assert.equal(await discussOf('Before you start working on the docs, please read the proposal for the new docs structure.'), null);
    });
    it.skip('watching a conference talk before you start hacking is no talk (left open, session 27: older: the noun "talk" is read as the talk (failing before this session))', async () => {
      assert.equal(await discussOf('Watch the architecture talk from FOSDEM 2019 before you start hacking on the core.'), null);
    });
    it.skip('an issue "not mandatory" does not ask (left open, session 27: older: a waiver after "but" is not read by the older patterns (failing before this session))', async () => {
      assert.notEqual(await discussOf('You may want to open an issue before you start working, but this is not mandatory.'), true);
    });
    it.skip('a draft pull request to discuss the approach is no talk before the pull request (left open, session 27: older: failing before this session)', async () => {
      assert.equal(await discussOf('Opening a draft pull request early is a good way to discuss your approach before you start implementing everything.'), null);
    });
    it.skip('under "Getting help", an issue for help with the setup is support, not discuss first (left open, session 27: older: a "Getting help" heading is not an aside section (failing before this session))', async () => {
      assert.equal(await discussOf('## Style\n\nUse black.\n\n## Getting help\n\nIf you are stuck setting up the environment, open an issue or ask on Gitter before you start hacking on the build scripts.'), null);
    });
  });

  describe('checklist lead-ins', () => {
    it('"To speed up the review of your report, please:" under bug reports is no pre-PR checklist', async () => {
      assert.deepEqual(await itemsOf('## Reporting bugs\n\nTo speed up the review of your report, please:\n- Include the version you use.\n- Attach the full log.\n'), []);
    });
    it('"To facilitate merging upstream changes into your fork, please:" is setup, no checklist', async () => {
      assert.deepEqual(await itemsOf('## Keeping your fork up to date\n\nTo facilitate merging upstream changes into your fork, please:\n- Add the upstream remote.\n- Fetch it regularly.\n'), []);
    });
    it("a reviewer's \"ready for review only when:\" list is not the contributor's checklist", async () => {
      assert.deepEqual(await itemsOf('## Reviewing\n\nAs a reviewer, approve a pull request that is ready for review only when:\n- Two maintainers have looked at it.\n- The release notes were updated by the release manager.\n'), []);
    });
    it('a triage board\'s "Ready for Review column once:" list is no checklist', async () => {
      assert.deepEqual(await itemsOf('## Issue triage\n\nMaintainers move an issue to the Ready for Review column once:\n- It has a reproduction.\n- It has a milestone.\n'), []);
    });
    it('"Only mark your PR as ready for review if:" leads in the checklist', async () => {
      assert.equal((await itemsOf('## Draft pull requests\n\nOnly mark your PR as ready for review if:\n- All tests pass.\n- The documentation is updated.\n')).length, 2);
    });
    it('"Each pull request should include the following information:" leads in the checklist', async () => {
      assert.equal((await itemsOf('## Pull requests\n\nEach pull request should include the following information:\n- A description of the change.\n- A link to the issue it fixes.\n- Tests covering the change.\n')).length, 3);
    });
    it('"To help us merge your pull request quickly, please:" leads in the checklist', async () => {
      assert.equal((await itemsOf('## Pull requests\n\nTo help us merge your pull request quickly, please:\n- Add tests for your change.\n- Update the changelog.\n')).length, 2);
    });
    it('"To make merging your pull request easier, please:" leads in the checklist', async () => {
      assert.equal((await itemsOf('## Pull requests\n\nTo make merging your pull request easier, please:\n- Add tests for your change.\n- Update the changelog.\n')).length, 2);
    });
    it('near miss: "Pull requests should have the following labels:" lists labels, no checklist', async () => {
      assert.deepEqual(await itemsOf('## Labels\n\nPull requests should have the following labels:\n- `bug`\n- `enhancement`\n'), []);
    });
    it('near miss: "Pull Requests should contain the following things:" leads in the checklist', async () => {
      assert.equal((await itemsOf('## Pull Requests\n\nPull Requests should contain the following things:\n\n1. Describe the problem the change solves\n2. Add a test for it\n')).length, 2);
    });
  });
});
