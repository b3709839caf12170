import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Review 24b: hostile probes against the session-24 rules (readerRules24.test.ts). Every text below is written for
// this review by a helper who did not write the rules; each `it` asserts what a careful human reader of the guide would
// answer. 28 of 32 failed at first, 18 of them new this session: the rules they found were narrowed or withdrawn (the
// clone rule, the "communicate"/"requires proposals" readings). Seven left open are skipped with the reason.

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const guide = (text: string) => read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` });
const changelog = async (text: string) => {
  const c = (await guide(text)).changelog;
  return { required: c.required?.value ?? null, how: c.how?.value ?? null };
};
const discuss = async (text: string) => (await guide(text)).discussFirst?.value ?? null;
const discussBox = async (box: string) =>
  (await read({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping out.\n', '.github/PULL_REQUEST_TEMPLATE.md': `## Checklist\n\n- [ ] ${box}\n` })).discussFirst?.value ?? null;
const signOff = async (text: string) => (await guide(text)).commit.signOff?.value ?? null;
const base = async (text: string) => (await guide(text)).baseBranch?.value ?? null;
const limit = async (text: string) => (await guide(text)).commit.subjectMaxLength?.value ?? null;

const DCO = "## Developer's Certificate of Origin 1.1\n\nBy making a contribution to this project, I certify that:\n\n- (a) The contribution was created in whole or in part by me and I have the right to submit it under the open source license indicated in the file.";

describe('review 24b: hostile probes on the session-24 rules', () => {
  describe('"change log" in two words', () => {
    it.skip('C1a: a change log generated from PR titles, with an opt-out label, asks for no entry in a file (left open, session 24: a changelog generated from PR titles beside an "add ... change log" label step is not told apart)', async () => {
      const c = await changelog('## Changelog\n\nWe generate the change log from PR titles when we release, so add the `changelog:skip` label if your PR should not appear in it.');
      assert.notEqual(c.required, true);
      assert.notEqual(c.how, 'changelog-file');
    });
    it.skip('C1b: a change log built by a tool from the commits asks nothing of the contributor (left open, session 24: "write them for a reader of the release notes" is read as an ask; a changelog built by a tool from commits is not seen as generated)', async () => {
      assert.deepEqual(await changelog('## Commit messages\n\nThe change log is built by git-cliff from your commit subjects, so write them for a reader of the release notes.'), { required: false, how: null });
    });
    it.skip('C2: an audit "change log" table of the application is no changelog (left open, session 24: an application\'s own change-log table is not told apart from the project\'s changelog)', async () => {
      assert.deepEqual(await changelog('## Database\n\nEvery migration that alters a setting must add a row to the change log table (`audit_change_log`) so that admins can see who changed what.'), { required: null, how: null });
    });
    it.skip('C4 (miss?): "the Change-Log" hyphenated reads as the changelog too (left open, session 24: "Change-Log" hyphenated is not read as the changelog)', async () => {
      assert.deepEqual(await changelog('## Pull requests\n\nPlease add a line to the Change-Log for every user-facing change.'), { required: true, how: 'changelog-file' });
    });
  });

  describe('a changelog folder named as a directory', () => {
    it('F1: Liquibase migrations added to the `changes` directory are no changelog entries', async () => {
      assert.deepEqual(await changelog('## Database migrations\n\nMigrations are Liquibase change sets. Add a new XML file for your schema change to the `changes` directory and include it from `db/master.xml`.'), { required: null, how: null });
    });
    it('F2: code parked in the `unreleased` directory is no changelog', async () => {
      assert.deepEqual(await changelog('## Plugins\n\nAdd experimental plugins to the `unreleased` directory until they have a maintainer and tests.'), { required: null, how: null });
    });
    it('F3: test fixtures that add a file to the `changes` directory are no changelog', async () => {
      assert.deepEqual(await changelog('## Tests\n\nEach diff test case adds a file to the `changes` directory of its fixture, which the differ compares against `expected`.'), { required: null, how: null });
    });
    it.skip('F4 (miss?): "Drop a short Markdown file describing your change into `changelog.d`" (left open, session 24: a folder named without a slash or the word directory, and "drop ... into", are not read)', async () => {
      assert.deepEqual(await changelog('## Pull requests\n\nDrop a short Markdown file describing your change into `changelog.d`.'), { required: true, how: 'changelog-folder' });
    });
  });

  describe('a template box that asks whether the change was discussed', () => {
    it('D1: "Has this been discussed with your team?" is no discussion with the project', async () => {
      assert.equal(await discussBox('Has this been discussed with your team?'), null);
    });
    it('D2: the question marked optional does not ask to discuss first', async () => {
      assert.equal(await discussBox('Has this been discussed in an issue? (optional: small PRs are welcome without one)'), null);
    });
  });

  describe('discuss first by concepts', () => {
    it('K1: "Communicate on the issue if you get stuck" asks for no talk before the work', async () => {
      assert.equal(await discuss('## Working on an issue\n\nCommunicate on the issue if you get stuck or need a hand while working on it.'), null);
    });
    it('K2: progress updates on the issue while working are no talk before the work', async () => {
      assert.equal(await discuss('## Working on an issue\n\nCommunicate on the issue you are working on: post a progress update before each weekly sync.'), null);
    });
    it('K3: "Small changes never require proposals before a pull request"', async () => {
      assert.equal(await discuss('Small changes never require proposals before a pull request.'), null);
    });
    it('K4: changes to the code of conduct "require proposals" to the steering committee (governance, not code)', async () => {
      assert.equal(await discuss('## Governance\n\nChanges to this code of conduct require proposals to the steering committee before they take effect.'), null);
    });
    it('K5: a module that "requires the proposal service" is no proposal', async () => {
      assert.equal(await discuss('## Voting module\n\nBefore you start working on the voting module, note that it requires the proposal service to be running locally.'), null);
    });
    it('K6: checking that an idea was not rejected in an issue is no talk asked for', async () => {
      assert.equal(await discuss('Before you start, please check that your idea was not discussed in a GitHub issue and rejected.'), null);
    });
    it('K7: a regression found while working, "documented as a GitHub issue", is a bug report', async () => {
      assert.equal(await discuss('Any regression you notice while working on a pull request should be documented as a GitHub issue before you continue.'), null);
    });
    it('K8: proposals required of core team members only, under their own heading', async () => {
      assert.equal(await discuss('## For core team members\n\nLarge refactors by core team members require proposals in the RFC repository before work starts. External contributors can open a pull request directly.'), null);
    });
  });

  describe('the Developer Certificate of Origin given in the guide', () => {
    it('S1: the certificate beside "Signing off is optional"', async () => {
      assert.equal(await signOff(`## Sign-off\n\nSigning off your commits is optional.\n\n${DCO}`), null);
    });
    it('S2: the certificate beside a bot that adds the trailer for you', async () => {
      assert.equal(await signOff(`## Sign-off\n\nYou don't need to add a Signed-off-by line yourself: the merge bot adds one for you when the PR lands.\n\n${DCO}`), null);
    });
    it('S3: the certificate beside "We don\'t require a Signed-off-by line"', async () => {
      assert.equal(await signOff(`## Legal\n\nWe don't require a Signed-off-by line; the certificate below applies to everything you contribute anyway.\n\n${DCO}`), null);
    });
    it.skip('S4 (miss?): the certificate as a fenced block, as it is often pasted (left open, session 24: the certificate is recognised in paragraphs only, not in a fenced block)', async () => {
      assert.equal(await signOff("## Sign your work\n\n```\nDeveloper Certificate of Origin\nVersion 1.1\n\nBy making a contribution to this project, I certify that:\n\n(a) The contribution was created in whole or in part by me\n```"), 'required');
    });
  });

  describe('a clone on the development line', () => {
    it('B1: a clone of `develop` for users who want to try unreleased features names no base', async () => {
      assert.equal(await base('## Trying unreleased features\n\nIf you want to try the next version before it is released:\n\n```sh\ngit clone https://github.com/acme/app.git -b develop\npip install ./app\n```'), null);
    });
    it('B2: a second repository cloned on its `develop` line is not this project\'s base', async () => {
      assert.equal(await base('## Setup\n\nClone this repository, then the docs theme next to it:\n\n```sh\ngit clone https://github.com/you/app.git\ngit clone https://github.com/acme/docs-theme.git -b develop ../docs-theme\n```'), null);
    });
    it('B3: a stated target wins over a clone of another line ("pull requests go against `main`")', async () => {
      assert.equal(await base('## Setup\n\n```sh\ngit clone https://github.com/you/app.git -b develop\n```\n\n## Pull requests\n\nOpen your pull request against `main`; `develop` is only for nightly builds.'), 'main');
    });
    it.skip('B4 (miss?): the clone shown in a sentence, "Clone the development branch with `git clone -b develop ...`" (left open, session 24: a clone with `-b develop` names no base: the rule was withdrawn after B1-B3 of this review)', async () => {
      assert.equal(await base('## Setup\n\nClone the development branch with `git clone -b develop https://github.com/you/app.git` and work from there.'), 'develop');
    });
  });

  describe('a subject limit from a wrap width or a message under a limit', () => {
    it('L1: "Keep the summary under 50 characters and wrap all lines at 72" gives 50', async () => {
      assert.equal(await limit('## Commit messages\n\nKeep the summary under 50 characters and wrap all lines at 72 characters.'), 50);
    });
    it('L2: "- Wrap lines at 72 characters" before "- Keep the subject line to 50 characters or less" gives 50', async () => {
      assert.equal(await limit('## Commit messages\n\n- Wrap lines at 72 characters.\n- Keep the subject line to 50 characters or less.'), 50);
    });
    it('L3: "Wrap all lines at 80 characters" under code style, commits named in passing, is no subject limit', async () => {
      assert.equal(await limit('## Code style\n\nWrap all lines at 80 characters. Run `npm run lint` before you commit.'), null);
    });
    it('L4: an exception\'s "short message under 100 characters" under a "Before you commit" heading', async () => {
      assert.equal(await limit('## Before you commit\n\n- Exceptions must carry a short message under 100 characters.\n- Run the tests.'), null);
    });
    it('L5: a log call\'s "the message under 120 characters", commits named in passing', async () => {
      assert.equal(await limit('## Logging\n\nLog calls take a message and fields. Keep the message under 120 characters and put details in fields. Commit updated snapshot tests with the change.'), null);
    });
    it('L6: a bug report\'s "descriptive message under 100 characters", a title named in passing', async () => {
      assert.equal(await limit('## Reporting bugs\n\nStart the report with a descriptive message under 100 characters that names the failing command; the issue title can repeat it.'), null);
    });
  });
});
