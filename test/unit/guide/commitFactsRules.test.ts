import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const guide = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }));

describe('commit subject length, sign-off and CLA from the guide', () => {
  describe('subject length', () => {
    it('"commit messages should not overflow 80 columns" limits the subject to 80', async () => {
      const facts = await guide('# Contributing\n\nBefore you submit, clean up your branch:\n\n- rebased on main\n- with readable commit messages. Commit messages should not overflow 80 columns.\n');
      assert.equal(facts.commit.subjectMaxLength?.value, 80);
      assert.equal(facts.commit.subjectMaxLength?.source.line, 6);
    });

    it('a limit on every line, wrapped across lines of an example message, holds for the subject', async () => {
      const facts = await guide('# Contributing\n\n## Writing the commit message\n\nExample:\n\n    DOC: explain the option\n\n    The first line names the kind of change.  Lines shouldn\'t be longer than 72\n    characters.  Then a blank line.\n');
      assert.equal(facts.commit.subjectMaxLength?.value, 72);
      assert.equal(facts.commit.subjectMaxLength?.source.line, 9);
    });

    it('a limit on the lines of the description is not one on the subject', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\nPlease limit lines in the description to 75 characters.\n');
      assert.equal(facts.commit.subjectMaxLength, null);
    });

    it('a body limit in columns inside a message template is not one on the subject', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\n```\n[area]: [what changed]\n\n[full description, no wider than 72 columns that says why]\n```\n');
      assert.equal(facts.commit.subjectMaxLength, null);
    });

    it('a limit on lines of code is not one on commits', async () => {
      const facts = await guide('# Contributing\n\n## Code style\n\nLines should not be longer than 100 characters.\n');
      assert.equal(facts.commit.subjectMaxLength, null);
    });

    it('"about 50 characters wide" for the summary of a mailed patch is the subject limit', async () => {
      const facts = await guide('# Patches\n\n## Email subject\n\nThe summary briefly describes the change. Keep the summary short, about 50 characters wide.\n');
      assert.equal(facts.commit.subjectMaxLength?.value, 50);
    });
  });

  describe('the 50/72 rule', () => {
    it('"follow the 50/72 rule" for commit messages limits the subject to 50', async () => {
      const facts = await guide('# Contributing\n\n## Commits\n\nPlease follow the 50/72 rule for commit messages.\n');
      assert.equal(facts.commit.subjectMaxLength?.value, 50);
    });

    it('a ratio outside commit talk is not a limit', async () => {
      const facts = await guide('# Contributing\n\n## Layout\n\nWe use a 60/100 format for the page grid.\n');
      assert.equal(facts.commit.subjectMaxLength, null);
    });
  });

  describe('sign-off', () => {
    it('a trailer the project says it does not use is forbidden', async () => {
      const facts = await guide('# Contributing\n\n## Commit message keywords\n\n- `Reviewed-by: Name` - credit a reviewer.\n- `Signed-off-by: Name` - we do not use this, but do not bother removing it.\n');
      assert.equal(facts.commit.signOff?.value, 'forbidden');
      assert.equal(facts.commit.signOff?.source.line, 6);
    });

    it('"we don\'t use the DCO" is forbidden, "you don\'t need to sign off" stays unknown', async () => {
      assert.equal((await guide('# Contributing\n\nWe don\'t use the DCO in this project.\n')).commit.signOff?.value, 'forbidden');
      assert.equal((await guide('# Contributing\n\nYou don\'t need to sign off your commits.\n')).commit.signOff, null);
    });

    it('"please sign off your work" is required', async () => {
      const facts = await guide('# Submitting patches\n\n## Developer certificate\n\nTo be clear that you may submit it, please sign off your work.\n');
      assert.equal(facts.commit.signOff?.value, 'required');
    });

    it('"a maintainer must sign off on the release" is an approval, not a trailer', async () => {
      const facts = await guide('# Releasing\n\nA maintainer must sign off on the release before it ships.\n');
      assert.equal(facts.commit.signOff, null);
    });

    it('`git commit -s` in a tip about squashing is not a sign-off rule', async () => {
      const facts = await guide('# Contributing\n\n- **Squash small commits.** A simple way is `git reset --soft <base>` then `git commit -s`.\n');
      assert.equal(facts.commit.signOff, null);
    });

    it('`git commit -s` where the text speaks of signing off is required', async () => {
      const facts = await guide('# Contributing\n\nSign off each commit with `git commit -s`.\n');
      assert.equal(facts.commit.signOff?.value, 'required');
    });
  });

  describe('CLA', () => {
    it('"we do not require submitters to sign the contributor agreement" is no CLA', async () => {
      const facts = await guide('# Contributing\n\n## License\n\nWe **do not** require pull request submitters to sign the [contributor agreement](https://example.org/cla) as long as the code is MIT.\n\nWe still encourage frequent contributors to sign the contributor agreement.\n');
      assert.equal(facts.claRequired?.value, false);
    });

    it('"sign the contributor agreement before we merge" requires one', async () => {
      const facts = await guide('# Contributing\n\nPlease sign the contributor agreement before we can merge your pull request.\n');
      assert.equal(facts.claRequired?.value, true);
    });

    it('a long link text that names the agreement and its abbreviation still asks for one', async () => {
      const facts = await guide('# Contributing\n\nBefore we can accept your work you must sign the\n[Our Project Individual Contributor License Agreement (CLA)](https://example.org/cla-form).\n');
      assert.equal(facts.claRequired?.value, true);
    });

    it('"nobody is required to sign a CLA" is no CLA', async () => {
      const facts = await guide('# Contributing\n\nContributors are not required to sign a CLA.\n');
      assert.equal(facts.claRequired?.value, false);
    });
  });
});
