import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });

describe('guide location beyond GitHub\'s own places (session 4)', () => {
  it('finds a CONTRIBUTE guide in a singular doc/ folder', async () => {
    const json = await factsOf({ 'doc/CONTRIBUTE.rst': 'Contributing\n============\n\nSend patches to the list.\n', 'README.md': '# Tool\n' });
    assert.equal(json.files.guide, 'doc/CONTRIBUTE.rst');
  });
  it('prefers CONTRIBUTING anywhere GitHub looks over a CONTRIBUTE file', async () => {
    const json = await factsOf({ 'CONTRIBUTE.md': '# Old notes\n\nSome text.\n', 'docs/CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n' });
    assert.equal(json.files.guide, 'docs/CONTRIBUTING.md');
  });
});

describe('links in pull request templates (session 4)', () => {
  it('reads the submission docs a template points to, after the guide', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'doc/CONTRIBUTE.md': '# Contributing\n\nWelcome. Read the rest of the docs.\n',
      '.github/pull_request_template.md': 'We take patches by mail. For details see [sending patches](../doc/develop/sending.md).\n',
      'doc/develop/sending.md': '# Sending patches\n\n* Sign your changes: add a `Signed-off-by:` line to every commit.\n',
    }));
    assert.deepEqual(facts.files.linkedDocs, ['doc/develop/sending.md']);
    assert.equal(toInspectJson(facts).commit.signOff, 'required');
  });
});

describe('project pages on a forge (session 4)', () => {
  it('a link to owner.github.io/<project>/ is read from the docs it is built from', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\nSee the [contributor guide](https://acme.github.io/widgetkit/contributing/workflow.html).\n',
        'docs/contributing/workflow.md': '# Workflow\n\nAll pull requests are made against the `trunk` branch.\n',
      }),
      { projectName: 'widgetkit' },
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/contributing/workflow.md']);
    assert.equal(toInspectJson(facts).baseBranch, 'trunk');
  });
  it('another project\'s pages on the same forge are not followed', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\nSee the [contributor guide](https://acme.github.io/otherkit/contributing/workflow.html).\n',
        'docs/contributing/workflow.md': '# Workflow\n\nAll pull requests are made against the `trunk` branch.\n',
      }),
      { projectName: 'widgetkit' },
    );
    assert.deepEqual(facts.files.linkedDocs, []);
  });
});

describe('pull requests turned away (session 4)', () => {
  it('a template telling contributors not to open a pull request on the mirror', async () => {
    const json = await factsOf({
      'CONTRIBUTING.md': '# Contributing\n\nWrite good code and test it.\n',
      '.github/pull_request_template.md': 'Please do not submit a Pull Request via github. Our project uses a mailing list.\n',
    });
    assert.equal(json.acceptsPullRequests, false);
  });
  it('one sentence naming Gerrit as the review system', async () => {
    assert.equal((await factsOf(guide('This project uses Gerrit for code review; changes are submitted with `git review`.'))).acceptsPullRequests, false);
  });
  it('a "do not open" that limits which pull requests is no refusal', async () => {
    assert.equal((await factsOf(guide("- Don't open pull requests you cannot explain.\n- Open a pull request for each fix."))).acceptsPullRequests, true);
  });
  it('a refusal narrowed by what the pull requests do is no refusal', async () => {
    assert.equal((await factsOf(guide('Send a pull request for your fix.\n\nWe do not accept pull requests altering the translation files directly.'))).acceptsPullRequests, true);
  });
});

describe('base branch (session 4)', () => {
  it('a later phrase of the sentence names the branch when the first names none', async () => {
    assert.equal((await factsOf(guide('Submit a pull request from your branch to the `master` branch.'))).baseBranch, 'master');
  });
  it('"merged into the main repository" after a markup link names no branch', async () => {
    assert.equal((await factsOf(guide('The code is [hosted on GitHub](https://github.com/x/y). The pull request is approved before it is merged into the main repository.'))).baseBranch, null);
  });
  it('a release process section names no base for contributors', async () => {
    const text = '# Contributing\n\nFix things.\n\n## Release process\n\nThe master branch only tracks development versions, keeping branches separate without merging releases back into master.\n';
    assert.equal((await factsOf({ 'CONTRIBUTING.md': text })).baseBranch, null);
  });
  it('a project named like a release still has its base read', async () => {
    const text = '# Contributing to quick-release\n\n## Pull requests\n\nOpen pull requests against the `develop` branch.\n';
    assert.equal((await factsOf({ 'CONTRIBUTING.md': text })).baseBranch, 'develop');
  });
  it('a sentence naming both branches tells how they relate, not a second base', async () => {
    const text = '* Work happens on `dev`.\n  * Base your PRs against the `dev` branch.\n  * The `dev` branch is pushed to the `stable` branch at each release.\n';
    assert.equal((await factsOf(guide(text))).baseBranch, 'dev');
  });
  it('a base branch given as an example after a comma', async () => {
    assert.equal((await factsOf(guide('- Check out a topic branch from a base branch, e.g. `trunk`, and merge back against it.'))).baseBranch, 'trunk');
  });
  it('basing the branch on a bare name', async () => {
    assert.equal((await factsOf(guide('You should base your branch on master, unless your fix is for an old release.'))).baseBranch, 'master');
  });
  it('a template box about updating the branch with the latest base', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks.\n', '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] I have updated this branch with the latest `trunk` branch to avoid conflicts\n' });
    assert.equal(json.baseBranch, 'trunk');
  });
  it('"to develop" as a verb names no branch', async () => {
    assert.equal((await factsOf(guide('You can create a codespace for a branch in a repository to develop online.'))).baseBranch, null);
  });
});

describe('discuss first (session 4)', () => {
  const cases: [string, string, boolean | null][] = [
    ['proposing a solution first, before implementing', '* Comment on the existing issue or create one, proposing a solution and gathering feedback first before implementing it.', true],
    ['no pull requests without a corresponding issue', 'We will generally not accept pull requests without a corresponding issue, unless they fix typos.', true],
    ['large pull requests with no prior discussion', "- Don't open large pull requests with no prior discussion", true],
    ['as early as you can, start the discussion', 'If you plan a new function, get agreement early. As early as you can, introduce the change on the mailing list to start the discussion.', true],
    ['a lead-in "before you begin to implement" then presenting plans', 'Before you begin to implement any new ideas, it is a good idea to present your plans on the mailing list.', true],
    ['before starting on a patch, open a fresh issue', 'Before starting on a patch, we recommend opening a fresh issue to start a discussion.', true],
    ['"before you do" is before the issue, not the change', "You can create an issue on the tracker, but before you do, follow these guidelines.", null],
    ['no need to claim an issue', 'Don\'t worry about "claiming an issue". Just start working on it and post a draft PR.', false],
  ];
  for (const [name, prose, want] of cases) {
    it(name, async () => assert.equal((await factsOf(guide(prose))).discussFirst, want));
  }
});

describe('commit facts (session 4)', () => {
  it('a reading list of commit-message essays is no rule of the project', async () => {
    const text = 'For more on best practices, try these links:\n\n* [How to Write a Git Commit Message - C. Beams](https://cbea.ms/git-commit/)\n* [A Note About Git Commit Messages](https://tbaggery.com/2008/04/19/a-note-about-git-commit-messages.html)';
    assert.equal((await factsOf(guide(text))).commit.convention, null);
  });
  it('"write [good commit messages]" linking an essay still asks for its rules', async () => {
    assert.equal((await factsOf(guide('* Write [good commit messages](https://tbaggery.com/2008/04/19/a-note-about-git-commit-messages.html).'))).commit.convention, 'free-form-rules');
  });
  it('an example mail quoted with "| " shows the subject\'s area prefix', async () => {
    const text = '# Commit messages\n\nA good patch looks like this:\n\n    | From: A Dev <dev@example.com>\n    | Subject: BUG/MINOR: cache: fix a leak in the store\n    |\n    | The store did not free entries.\n';
    assert.equal((await factsOf({ CONTRIBUTING: text })).commit.convention, 'area-prefix');
  });
  it('a Signed-off-by named as a condition does not ask for one', async () => {
    const text = 'Maintainers may adjust your patch, unless it contains a Signed-off-by tag, in which case they mention the changes after your Signed-off-by line.';
    assert.equal((await factsOf(guide(text))).commit.signOff, null);
  });
  it('a missing Signed-off-by as the reason for rejection still asks for one', async () => {
    assert.equal((await factsOf(guide('Pull requests are rejected if the commits lack a Signed-off-by line.'))).commit.signOff, 'required');
  });
});

describe('CLA and policies (session 4)', () => {
  it('a Contributor License Grant to accept is a CLA', async () => {
    const json = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] I have read the Contributor License Grant and accept the conditions\n' });
    assert.equal(json.claRequired, true);
  });
  it('the AI policy the guide links to is read for its rules', async () => {
    const json = await factsOf({
      '.github/CONTRIBUTING.md': '# Contributing\n\nSee also our [AI policy](AI_POLICY.md).\n',
      '.github/AI_POLICY.md': '# AI policy\n\nSince we do not have a formal Contributor License Agreement (CLA), you retain your copyright.\n',
    });
    assert.equal(json.claRequired, false);
  });
});

describe('pointer-only guides (session 4)', () => {
  it('a short guide with links that also says which command to run is a guide of its own', async () => {
    const text = '# Contributing\n\nRead our [development guide](docs/dev.md) for more.\n\n## Documentation\n\nThe docs are generated from the code. To update them, run `make docs`.\n';
    assert.equal((await factsOf({ 'CONTRIBUTING.md': text, 'docs/dev.md': '# Dev\n\nHello.\n' })).guideIsPointerOnly, false);
  });
  it('a short guide that only links out is still a pointer', async () => {
    const text = '# Contributing\n\nEverything is in our [development guide](docs/dev.md).\n';
    assert.equal((await factsOf({ 'CONTRIBUTING.md': text, 'docs/dev.md': '# Dev\n\nHello.\n' })).guideIsPointerOnly, true);
  });
});

describe('common wordings on unseen guides (session 4)', () => {
  const cases: [string, string, string, unknown][] = [
    ['discussFirst', 'reaching out before starting work', 'Please reach out to the maintainers before starting work on a large feature.', true],
    ['discussFirst', 'a condition on the change, then a request', 'If you want to add a new feature, please create an issue first so we can discuss it.', true],
    ['discussFirst', 'a preference left open stays unknown', 'If you prefer to start a discussion first, that is fine too.', null],
    ['discussFirst', 'no issue needed, for any change', 'You do not need to open an issue before sending a pull request.', false],
    ['discussFirst', 'no issue needed for typo fixes says nothing of the rest', 'For typo fixes you do not need to open an issue first.', null],
    ['discussFirst', 'a later sentence of the same paragraph asks', 'You do not need to open an issue first for small fixes. For larger changes, open an issue first to discuss.', true],
    ['commit.subjectMaxLength', 'a plural "titles"', 'Commit titles should be no longer than 60 characters.', 60],
    ['discussFirst', 'where questions go is no step before a change', 'If you have a question, please ask on the forum first rather than opening an issue.', null],
    ['discussFirst', 'coordinating before large work still asks', 'Coordinate with other contributors before you start large refactorings.', true],
    ['commit.subjectMaxLength', 'issue titles are not commits', 'Issue titles should be under 80 characters.', null],
    ['discussFirst', 'discussing before you submit', 'Please discuss any breaking change in an issue before you submit a PR.', true],
    ['commit.signOff', 'an optional sign-off', 'You can optionally sign off your commits.', null],
    ['commit.signOff', 'a required sign-off', 'All commits must be signed off (`git commit -s`).', 'required'],
    ['changelog.required', 'the changelog is not to be edited', 'Please do not update CHANGELOG.md in your PR; maintainers write it at release.', false],
    ['changelog.required', 'updating the changelog is asked', 'Update CHANGELOG.md with your change.', true],
    ['baseBranch', 'rebasing on the remote\'s branch', 'Please rebase your branch on top of `upstream/main` before opening the PR.', 'main'],
    ['baseBranch', 'the imperative "target"', 'Target the `v2` branch.', 'v2'],
    ['baseBranch', 'where not to open pull requests is no base', 'Do not open pull requests against `master`.', null],
    ['baseBranch', 'a negation further back in the clause does not cancel the base', 'Keep unrelated topics apart in Git until they are merged into master.', 'master'],
  ];
  for (const [field, name, prose, want] of cases) {
    it(`${field}: ${name}`, async () => {
      const json = (await factsOf(guide(prose))) as unknown as Record<string, unknown>;
      assert.deepEqual(field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json), want);
    });
  }
});
