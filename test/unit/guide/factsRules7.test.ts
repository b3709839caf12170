import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;

describe('commit subjects that open with a tracker key (session 7)', () => {
  for (const prose of [
    '## Workflow\n\n- Keep commits small.\n  - Your commit message must name the tracker issue.\n  - For example, `[CORE-481] Drop the stale cache entry`',
    '## Commits\n\nWrite each commit like this, e.g. `WEB-77: render the footer once` or `WEB-80: fix the menu`.',
    '## Commit messages\n\nAn example:\n\n```\n[API-12] Reject empty payloads early\n\nThe handler used to crash on them.\n```',
    'Every commit message should start with the JIRA issue key.',
    'Please prefix the pull request title with the ticket ID.',
  ]) {
    it(`"${prose.split('\n').pop()}" is a prefix convention`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  for (const [why, prose] of [
    ['a placeholder in a format block is no key', '## Commit messages\n\nUse this format:\n\n```\n<JIRA-123>: Short summary\n\nLonger description.\n```'],
    ['a key in a sentence about issues, not commits', 'Report bugs in the tracker, e.g. `[CORE-481] Crash when saving files`.'],
    ['the issue number asked anywhere in the message', 'Commit messages should include the issue number somewhere in the body.'],
    ['a key prefix for something other than the subject', 'Start the branch with the ticket ID.'],
  ]) {
    it(`not when ${why}`, async () => assert.notEqual(await convention(prose), 'area-prefix'));
  }
});

describe('commit message wording (session 7)', () => {
  it('"Start the subject line with a prefix denoting the area" is a prefix convention', async () => {
    assert.equal(await convention('## Commit messages\n\n- Start the subject line with a prefix denoting the area of the change.\n- Use the imperative mood.'), 'area-prefix');
  });
  it('"a prefix denoting" something that is no part of the code is not', async () => {
    assert.notEqual(await convention('## Commit messages\n\n- Start the subject line with a prefix denoting how urgent it is.'), 'area-prefix');
  });
  it('"Use a brief message on the first line" is a rule for messages', async () => {
    assert.equal(await convention('1. Commit your changes.\n   - Use a brief message on the first line.\n   - Add detail below it.'), 'free-form-rules');
  });
  it('"a brief note in the first line of the issue" is not about commit messages', async () => {
    assert.equal(await convention('When reporting a bug, give a brief summary as the first line of the issue.'), null);
  });
});

describe('branch names (session 7)', () => {
  const branchNaming = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).branchNaming;
  it('names of two kinds of change set out as a naming convention', async () => {
    assert.equal(
      await branchNaming('- Work on a branch of your own. This naming scheme works well: `feature/dark-mode` for new features, `bugfix/null-title` for fixes.'),
      'feature/dark-mode, bugfix/null-title',
    );
  });
  it('one example branch name is no convention', async () => {
    assert.equal(await branchNaming('Create a branch, for example `feature/dark-mode`, and name it as you like.'), null);
  });
  it('release branches the maintainers name are not the contributor\'s', async () => {
    assert.equal(await branchNaming('Maintainers name release branches by convention: `release/1.2` and `hotfix/1.2.1`, `fix/1.2.2`.'), null);
  });
  it('a branch name made from the issue key', async () => {
    assert.notEqual(await branchNaming('- A good branch name is the tracker issue ID plus a word or two, e.g. `CORE-9-cache`.'), null);
  });
  it('"name your branch after the issue"', async () => {
    assert.notEqual(await branchNaming('Please name your branch after the issue it fixes.'), null);
  });
  it('branch names that only mention issues in passing are no rule', async () => {
    assert.equal(await branchNaming('Stale branches are deleted; their issue numbers stay in the tracker.'), null);
  });
  for (const pattern of ['fix/123-short-name', 'pr/$name']) {
    it(`a suggested name "${pattern}" with its placeholder`, async () => {
      assert.equal(await branchNaming(`Please name your branch in the form \`${pattern}\`.`), pattern);
    });
  }
  it('a plain example name is still no pattern', async () => {
    assert.equal(await branchNaming('Please name your branch something like `fix-typo`.'), null);
  });
});

describe('changelog asks (session 7)', () => {
  const changelog = async (files: Record<string, string>) => (await factsOf(files)).changelog;
  it('a template box naming a section of the changelog file as updated', async () => {
    const files = { ...guide('Thanks.'), '.github/pull_request_template.md': '- [ ] `CHANGELOG.md`\'s "Next release" section has been updated.\n' };
    assert.deepEqual(await changelog(files), { required: true, how: 'changelog-file' });
  });
  it('a box about a section of some other file is not the changelog', async () => {
    const files = { ...guide('Thanks.'), '.github/pull_request_template.md': '- [ ] The README\'s "Usage" section has been updated.\n' };
    assert.equal((await changelog(files)).required, null);
  });
  it('"there must be a new entry in NEWS"', async () => {
    assert.deepEqual(await changelog(guide('1. Unless the change is tiny, there must be a new entry in NEWS.md describing it.')), { required: true, how: 'changelog-file' });
  });
  it('"there is an entry in NEWS for each release" describes the file', async () => {
    assert.equal((await changelog(guide('There is an entry in NEWS for each release.'))).required, null);
  });
});

describe('lists of type words that are not the commit types (session 7)', () => {
  const commit = async (files: Record<string, string>) => (await factsOf(files)).commit;
  const template = (body: string): Record<string, string> => ({ ...guide('Thanks.'), '.github/pull_request_template.md': body });
  it("a template's boxes for the kind of change, after a word on titles, are not the types", async () => {
    const c = await commit(template('Make sure the PR title follows Conventional Commits.\n\n## Kind of change\n\n- [ ] `fix`: a bug fix\n- [ ] `feat`: a feature\n- [ ] `docs`: documentation\n- [ ] `chore`: upkeep\n'));
    assert.equal(c.convention, 'conventional');
    assert.equal(c.types, null);
  });
  it('boxes that "commits will be squashed" stands beside are not the types either', async () => {
    const c = await commit(template('## Kinds of change\n\nTick every box that applies. Commits will be squashed.\n\n- [ ] fix: a bug fix\n- [ ] feat: a feature\n- [ ] docs: documentation\n- [ ] test: tests\n'));
    assert.equal(c.types, null);
  });
  it('labels named in a list near commit prose are not the types', async () => {
    const c = await commit(guide('## Labels\n\nWe tag pull requests and commits with these labels:\n\n- **bug** - broken\n- **feature** - new\n- **docs** - documentation\n- **test** - testing'));
    assert.equal(c.types, null);
  });
  it('a list of the prefixes for the PR title is still the types', async () => {
    const c = await commit(guide('## Pull request titles\n\nUse one of these prefixes in the title:\n\n- [ ] `feat`: a feature\n- [ ] `fix`: a bug fix\n- [ ] `docs`: documentation'));
    assert.deepEqual(c.types, ['feat', 'fix', 'docs']);
  });
});

describe('area and key prefixes said in other words (session 7)', () => {
  it('"name the component you changed, followed by a colon"', async () => {
    assert.equal(await convention('## Commits\n\nThe first line of the commit message should name the component you changed, followed by a colon and a short summary.'), 'area-prefix');
  });
  it('a colon after something that is no part of the code is no area', async () => {
    assert.notEqual(await convention('## Commits\n\nIn the commit message, list the reviewers, each followed by a colon and their role.'), 'area-prefix');
  });
  it('a bare key before a capitalised summary: "e.g. `WEB-12 Add export button`"', async () => {
    assert.equal(await convention('PR titles should start with the Jira ticket, e.g. `WEB-12 Add export button`.'), 'area-prefix');
  });
  it('"UTF-8" in an example of a commit message is no key', async () => {
    assert.notEqual(await convention('## Commit messages\n\nFor example, `UTF-8 files are read as text`.'), 'area-prefix');
  });
});

describe('the base branch said through what happens to a change (session 7)', () => {
  const base = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;
  it('"the code will be rebased into the `main` branch"', async () => {
    assert.equal(await base('5. Once approved, the code will be rebased into the `main` branch.'), 'main');
  });
  it('"rebase your branch on main"', async () => {
    assert.equal(await base('Before opening the pull request, rebase your branch on main.'), 'main');
  });
  it('"rebase on a regular basis" names no branch', async () => {
    assert.equal(await base('Please rebase on a regular basis.'), null);
  });
});

describe('branch names suggested in the command that creates the branch (session 7)', () => {
  const branchNaming = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).branchNaming;
  for (const name of ['fix/42-short-name', 'feature/<issue>-<slug>', 'docs/$topic']) {
    it(`\`git checkout -b ${name}\``, async () => assert.equal(await branchNaming(`1. Create your branch:\n\n   \`\`\`\n   git checkout -b ${name}\n   \`\`\``), name));
  }
  for (const name of ['my-feature-branch', 'feature/graphql-subscriptions', '<your-branch-name>', '$BRANCH']) {
    it(`\`git checkout -b ${name}\` is an example, not a form`, async () => assert.equal(await branchNaming(`1. Create your branch:\n\n   \`\`\`\n   git checkout -b ${name}\n   \`\`\``), null));
  }
  it('"Push to a branch named `pr/$name`"', async () => assert.equal(await branchNaming('Push to a branch named `pr/$name` in your fork.'), 'pr/$name'));
});

describe('example subjects as a plain list (session 7)', () => {
  it('"Example commit subjects:" then "- lexer: accept tabs"', async () => {
    assert.equal(await convention('## Commits\n\nExample commit subjects:\n\n- lexer: accept tabs\n- parser: keep comments'), 'area-prefix');
  });
  it('a list of rules with labels is no example list', async () => {
    assert.notEqual(await convention('## Commits\n\nA good commit message has:\n\n- Summary: one short line\n- Why: the reason for it'), 'area-prefix');
  });
  it('example subjects of known types are not areas', async () => {
    assert.notEqual(await convention('## Commits\n\nFor example:\n\n- fix: close idle sockets\n- docs: explain the flag'), 'area-prefix');
  });
});

describe('discuss first: the order in a leading "before" clause (session 7)', () => {
  const discussFirst = async (files: Record<string, string>): Promise<boolean | null> => (await factsOf(files)).discussFirst;
  it('"Before opening a PR, open a ticket describing the change"', async () => {
    assert.equal(await discussFirst(guide('Before opening a PR, open a ticket describing the bug or feature it will address.')), true);
  });
  it('"Before submitting a pull request for a new feature, please open an issue"', async () => {
    assert.equal(await discussFirst(guide('Before submitting a pull request for a new widget, please open an issue.')), true);
  });
  it('the same in a template comment', async () => {
    const files = { ...guide('Thanks.'), '.github/pull_request_template.md': '<!--\nBefore opening a PR, open an issue that describes the change.\n-->\n' };
    assert.equal(await discussFirst(files), true);
  });
  it('"Before opening a PR, run the tests" asks nothing of the kind', async () => {
    assert.equal(await discussFirst(guide('Before opening a PR, run the tests and open the coverage report.')), null);
  });
});

describe('discuss first said not to be needed (session 7)', () => {
  const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
  it('"you do not need to file a new issue before submitting the PR", then optional advice', async () => {
    assert.equal(await discussFirst('If you are sure of the fix, you do not need to file a new issue before submitting the PR. For long work it may save you time to create an issue first.'), false);
  });
  it('"you need to open an issue before submitting the PR" still asks', async () => {
    assert.equal(await discussFirst('For any new feature, you need to open an issue first, before submitting the PR.'), true);
  });
});

describe('changelog asks in other words (session 7)', () => {
  const changelog = async (files: Record<string, string>) => (await factsOf(files)).changelog;
  const template = (body: string): Record<string, string> => ({ ...guide('Thanks.'), '.github/pull_request_template.md': body });
  const fileAsk = { required: true, how: 'changelog-file' };
  it('a task box in the passive: "Documented in `CHANGELOG.md`"', async () => assert.deepEqual(await changelog(template('- [ ] Documented in `CHANGELOG.md` under "Next"\n')), fileAsk));
  it('the same passive in prose describes the file', async () => assert.equal((await changelog(guide('Every release is documented in CHANGELOG.md.'))).required, null));
  it('a task box "Entry in CHANGES.rst"', async () => assert.deepEqual(await changelog(template('- [ ] Entry in CHANGES.rst\n')), fileAsk));
  it('a task box "Entry in the tracker" is no changelog', async () => assert.equal((await changelog(template('- [ ] Entry in the tracker\n'))).required, null));
  it('"should come with a line in NEWS.md"', async () => assert.deepEqual(await changelog(guide('Every pull request should come with a line in NEWS.md.')), fileAsk));
  it('"Edit CHANGELOG.md to describe your change"', async () => assert.deepEqual(await changelog(guide('1. Edit CHANGELOG.md to describe your change.')), fileAsk));
  it('"Do not edit CHANGELOG.md" is the opposite', async () => assert.notEqual((await changelog(guide('Do not edit CHANGELOG.md; the maintainers write it.'))).required, true));
});

describe('lengths of titles that are not commit subjects (session 7)', () => {
  const commit = async (prose: string) => (await factsOf(guide(prose))).commit;
  for (const prose of ['Please keep the title of your issue under 80 characters.', 'Bug report titles should stay below 70 characters.', 'Docs page titles must be at most 60 characters.']) {
    it(`"${prose}" is no subject limit`, async () => assert.equal((await commit(prose)).subjectMaxLength, null));
  }
  it('"Keep the PR title under 70 characters" still is', async () => assert.equal((await commit('Keep the PR title under 70 characters.')).subjectMaxLength, 70));
  it('"the title of the commit must be at most 60 characters" still is', async () => assert.equal((await commit('The title of the commit must be at most 60 characters.')).subjectMaxLength, 60));
});

describe('a CLA exemption for small changes (session 7)', () => {
  const cla = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).claRequired;
  it('"Sign the CLA" with "small fixes do not require a CLA" under it still asks', async () => {
    assert.equal(await cla('+ Sign the Contributor License Agreement if you have not yet.\n  * Small fixes and typo corrections do not require a CLA.'), true);
  });
  it('"You do not need to sign a CLA" is still no', async () => assert.equal(await cla('You do not need to sign a CLA to contribute.'), false));
});

describe('a table of contents directive is links, not code (session 7)', () => {
  const pointer = async (text: string): Promise<boolean | null> => (await factsOf({ 'CONTRIBUTING.md': text })).guideIsPointerOnly;
  it('a MyST toctree and a line of policy point elsewhere', async () => {
    assert.equal(await pointer('# Contributing\n\n```{toctree}\n:maxdepth: 1\n\nCode style <style.md>\nReviews <reviews.md>\n```\n\nWe use the Developer Certificate of Origin.\n'), true);
  });
  it('a toctree beside a guide with its own commands is a guide', async () => {
    assert.equal(await pointer('# Contributing\n\n```{toctree}\nstyle.md\n```\n\nRun the tests before you send a change:\n\n```\nmake check\n```\n'), false);
  });
});

describe('discuss first: raising a design, and what happens to changes nobody discussed (session 7)', () => {
  const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
  for (const prose of [
    'When contributing a significant change to the scheduler (e.g. a new queue), please bring up your design on the mailing list.',
    'Please bring up your idea in the forum before implementing large changes.',
    'Pull requests without a linked issue will not be reviewed.',
    'Pull requests that have not been discussed may be closed without review.',
    'Unsolicited pull requests for new features will likely be rejected.',
  ]) {
    it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
  }
  for (const [why, prose] of [
    ['a bug to bring up is a report', 'You can bring up bugs in the tracker.'],
    ['a pull request closed for its tests', 'Pull requests without tests will be closed.'],
    ['a small change is no condition', 'When contributing a small fix, please add a test.'],
  ]) {
    it(`not when ${why}`, async () => assert.notEqual(await discussFirst(prose), true));
  }
});

describe('area examples in quotes and the `<scope>: <summary>` form (session 7)', () => {
  it('a quoted example subject: for example: "ext4: fix crash on mount"', async () => {
    assert.equal(await convention('The subject line must mention the subsystem, for example: "ext4: fix crash on mount".'), 'area-prefix');
  });
  it('quoted prefixes alone ("e.g. "build:"") are no example subject', async () => {
    assert.notEqual(await convention('Issues can be tagged, e.g. "build:" or "ui:".'), 'area-prefix');
  });
  it('a quoted example of a known type is no area', async () => {
    assert.notEqual(await convention('## Commit messages\n\nFor example: "fix: handle empty input".'), 'area-prefix');
  });
  it('`<scope>: <summary>`', async () => assert.equal(await convention('## Commits\n\nPlease write the commit summary as `<scope>: <summary>`.'), 'area-prefix'));
  it('`<type>(<scope>): <summary>` stays conventional', async () => assert.equal(await convention('## Commits\n\nPlease write the commit summary as `<type>(<scope>): <summary>`.'), 'conventional'));
});

describe('a changelog made from the tracker or the commits (session 7)', () => {
  const changelog = async (prose: string) => (await factsOf(guide(prose))).changelog;
  it('"The tracker tickets are used to generate the changelog"', async () => {
    assert.deepEqual(await changelog('The tracker tickets are used to generate the changelog for each release.'), { required: false, how: null });
  });
  it('"commit messages are used to build the release notes"', async () => {
    assert.equal((await changelog('Commit messages are used to build the release notes, so write them well.')).required, false);
  });
  it('"the changelog is used to announce releases" says nothing of who writes it', async () => {
    assert.equal((await changelog('The changelog is used to announce releases.')).required, null);
  });
});

describe('a pair of words with a slash at the end of a sentence is no folder (session 7)', () => {
  const changelog = async (prose: string) => (await factsOf(guide(prose))).changelog;
  it('"refrain from adding unrelated changes/additions."', async () => {
    assert.equal((await changelog('Keep the PR focused and refrain from adding unrelated changes/additions. We welcome another PR.')).how, null);
  });
  it('"add a file to changes/." is still the folder', async () => {
    assert.equal((await changelog('For every PR, add a file to changes/.')).how, 'changelog-folder');
  });
});

describe('a talk already had is looked for, not asked for (session 7)', () => {
  const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
  it('"Before sending a new pull request, check whether the change has been discussed in the past"', async () => {
    assert.equal(await discussFirst('Before sending a new pull request, search the tracker to check whether the change has been discussed in the past.'), null);
  });
  it('"Before sending a new pull request, discuss it in an issue" still asks', async () => {
    assert.equal(await discussFirst('Before sending a new pull request, please discuss it in an issue.'), true);
  });
});
