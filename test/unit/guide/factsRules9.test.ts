import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 9: single facts. Every guide below is our own wording; each rule has a near-miss that must not fire.
type Facts = ReturnType<typeof toInspectJson>;
const factsOf = async (files: Record<string, string>): Promise<Facts> => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const of = async (prose: string): Promise<Facts> => factsOf(guide(prose));
const convention = async (prose: string): Promise<string | null> => (await of(prose)).commit.convention;

describe('review8 findings on single facts (session 9)', () => {
  it('not when checking whether an idea "has been discussed in the past" before a feature request', async () => {
    assert.notEqual((await of('## Ideas\n\nCheck whether your idea has been discussed in the past before opening a new feature request.')).discussFirst, true);
  });
  it('not when a PR must reference an issue in its description', async () => {
    assert.notEqual((await of('## Pull requests\n\nEvery pull request must reference an issue in its description (e.g. `Fixes #123`).')).discussFirst, true);
  });
  it('Conventional Commits applied by the merging maintainer is no convention for the contributor', async () => {
    assert.equal((await of('## Commits\n\nWhen merging, the maintainer rewrites the squash title in Conventional Commits form, so you do not need to follow it yourself.')).commit.convention, null);
  });
});

describe('area prefixes quoted as literals in a sentence about the subject (session 9)', () => {
  for (const prose of [
    '## Commit messages\n\n- Use subject line prefixes when a commit touches one part of the code; examples are "Proxy:", "Cache:" or "Core:".',
    'To show which part a commit changes, prefix the subject with "lexer:" when you work on the lexer.',
    '## Sending patches\n\nIf your change is to the USB stack, prefix your summary line with "usb:". For the network code use "net:".',
    'Commit subjects carry a prefix naming the component, such as `storage:` or `ui:`.',
  ]) {
    it(`${JSON.stringify(prose.slice(0, 60))}... is an area prefix`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  for (const [why, prose, expected] of [
    ['a type quoted as the prefix is the conventional form', '## Commits\n\nPrefix the title with `docs:` or `fix:` as appropriate.', 'conventional'],
    ['a draft marker is the state of a PR', 'Prefix the pull request title with `WIP:` until it is ready for review.', null],
    ['a prefix for log lines', 'Prefix log messages from the scheduler with "sched:" so they can be filtered.', null],
    ['a prefix in a code comment', 'When a test needs a local patch, add an inline comment with prefix `LOCAL-PATCH:` explaining why.', null],
    ['a trailer quoted in a commit sentence', 'If the commit fixes an issue, add the "Closes:" trailer at the end of the message.', null],
    ['a prefix for release-note entries', '## Changelog\n\nPrefix each changelog entry with "Added:" or "Removed:".', null],
  ] as const) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), expected));
  }
});

describe('a closing keyword asked of the commit message (session 9)', () => {
  for (const prose of [
    'For a bug fix, please add a line such as `Closes #42` to your commit message so the issue is closed on merge.',
    'When fixing a reported bug, close the issue via the commit message (e.g. `fixes #17`).',
    'End the commit message body with "Resolves #1234" when the commit fixes a ticket.',
  ]) {
    it(`"${prose.slice(0, 50)}..." is a rule for messages`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  it('counts in a template comment, which is guidance to the author', async () => {
    const facts = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks!\n', '.github/pull_request_template.md': '## Issues\n<!--\nIf this fixes a bug, add a line like "Closes #9" to your commit message.\n-->\n' });
    assert.equal(facts.commit.convention, 'free-form-rules');
  });
  for (const [why, prose] of [
    ['the PR description is offered as the other place', 'If this closes any issues, write "Closes #5" in the PR description or in a commit message.'],
    ['the pull request body is where it goes', 'Link the issue from the pull request body, e.g. `Fixes #88`; a commit that does the same is fine.'],
    ['the keyword is to be left out of commits', 'Do not put "Fixes #12" in a commit message; use the pull request instead.'],
    ['a closing keyword in a release procedure with no commit', '## Releasing\n\nThe release notes list every entry, e.g. "fixes #31".'],
    ['an issue report that mentions a fixed issue', '## Reporting bugs\n\nIf your bug looks like one that was closed before (e.g. closes #77), say so.'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('commit messages held to rules named by the guide (session 9)', () => {
  for (const prose of [
    'Commit messages should follow the conventions described at <https://wiki.example.org/commit-guidelines>.',
    '3. Commit your work following the project\'s commit message guidelines.',
    '## Workflow\n\n- Follow the commit message rules in [our handbook](https://example.org/handbook).',
    '- [ ] My commit messages adhere to the project style.',
  ]) {
    it(`"${prose.slice(0, 50)}..." is a rule for messages`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  for (const [why, prose] of [
    ['messages are said to need no format', 'Commit messages do not need to follow any particular format; we squash on merge.'],
    ['the rules followed are for code', 'Please follow the coding guidelines in STYLE.md.'],
    ['the rules followed are for release notes', '## Changelog\n\nEntries should follow the changelog format shown below.'],
    ['a commit hook follows a config', 'The pre-commit hook should follow the settings in `.pre-commit-config.yaml`.'],
    ['a reading list names a guide to commit messages', '## Further reading\n\n- [Commit message guidelines](https://example.org/essay)'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('the area prefix named as such, or shown as a bare code span (session 9)', () => {
  for (const prose of [
    '## Commit messages\n\nPlease use a proper subsystem prefix in the commit title; `git log` shows many.',
    'Use the name of the directory you changed as the prefix of the subject.',
    '## Commit messages\n\n- Prefix the summary with the affected part of the tree, e.g. `docs:` or `ui:`.\n- Use the imperative mood.',
    'If a commit touches several modules with one theme, use that theme as the prefix of its title.',
  ]) {
    it(`${JSON.stringify(prose.slice(0, 60))}... is an area prefix`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  for (const [why, prose] of [
    ['module prefixes are part of a prompt theme', '## Theming\n\nModule prefixes and suffixes are not styled by default.'],
    ['a package prefix names Go imports', '## Code style\n\nGroup imports by package prefix and keep them sorted.'],
    ['a bare span with a prefix is a log tag', 'Prefix each log line from the worker with `worker:` so it can be grepped.'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('a width to wrap commit messages at (session 9)', () => {
  for (const prose of [
    '## Commits\n\nWrap the body of the commit message at 72 columns.',
    '## Commit messages\n\n1. A short summary.\n2. A blank line.\n3. Wrap all other lines at 72 characters.',
  ]) {
    it(`${JSON.stringify(prose.slice(0, 50))}... is a rule for messages`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  for (const [why, prose] of [
    ['the width is for Markdown files', '## Documentation\n\nWrap lines in Markdown files at 80 characters.'],
    ['the width is for code', '## Code style\n\nUse spaces, not tabs, and wrap code to 100 columns.'],
    ['the width is for docstrings in a style list', '## Style\n\n- wrap long lines as near to 92 characters as possible, docstrings included;'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('the message body asked for the reason (session 9)', () => {
  it('"a body that explains the motivation" is a rule for messages', async () => {
    assert.equal(await convention('Commits should have a meaningful subject line and a body that explains the motivation for the change.'), 'free-form-rules');
  });
  it('not when the body is the pull request\'s', async () => {
    assert.equal(await convention('## Pull requests\n\nThe PR body should explain why the change is needed.'), null);
    assert.equal(await convention('## Pull requests\n\nUse the body of the pull request to explain the reason for the change.'), null);
  });
});

describe('example subjects of issue titles, and example blocks that mix folder-like types with areas (session 9)', () => {
  it('issue titles shown as `area: summary` are no commit convention', async () => {
    assert.equal(await convention('## Issue titles\n\nStart issue titles with the area, like `parser: crash on empty input`.'), null);
  });
  it('examples "docs:", "build:" and "core:" under a commit heading are area prefixes', async () => {
    assert.equal(await convention('## Commit message\n\nPlease follow the style of earlier commits:\n\n```\ndocs: fix typo in README\nbuild: raise the minimum CMake version\ncore: avoid double free in cleanup\n```'), 'area-prefix');
  });
  it('examples with "feat:" and "fix:" stay conventional though one head is the project\'s own', async () => {
    assert.equal(await convention('## Commit message\n\nExamples:\n\n```\nfeat: add a dark theme\nfix: close the socket on error\ndocs: explain the cache\nlexer: accept tabs\n```'), 'conventional');
  });
});

describe('a label that offers two names is no changelog folder (session 9)', () => {
  it('"Changelog/What\'s New:" in a template box names no folder', async () => {
    const facts = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks!\n', '.github/pull_request_template.md': '## Changes\n\n- [ ] Changelog/What\'s New: add a summary of the additions for the release notes.\n' });
    assert.notEqual(facts.changelog.how, 'changelog-folder');
  });
  it('a real folder path still is one', async () => {
    assert.equal((await of('Every pull request must add a file to `changelog/` named after its number.')).changelog.how, 'changelog-folder');
    assert.equal((await of('Add an entry as changelog/Unreleased.md for your change.')).changelog.how, 'changelog-folder');
  });
});

describe('area prefixes looked up in the history (session 9)', () => {
  for (const prose of [
    '## Commit messages\n\nUse the same prefix as earlier commits that touched the file; `git log --oneline -- path` shows them.',
    '- Give the subject a prefix for the part of the code it changes; see the commit history to get an idea of the prefixes in use.',
  ]) {
    it(`${JSON.stringify(prose.slice(0, 60))}... is an area prefix`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  for (const [why, prose] of [
    ['the history shows type prefixes', '## Commit messages\n\nCheck `git log` for the type prefixes we use in subjects.'],
    ['fixup commits are prefixed for autosquash', '## Commits\n\nWhen fixing an earlier commit in review, prefix the new commit with `fixup!` so it can be squashed.'],
    ['branch names are prefixed like older branches', '## Branches\n\nPrefix your branch with your handle, as older branches in the git history do.'],
  ]) {
    it(`not when ${why}`, async () => assert.notEqual(await convention(prose), 'area-prefix'));
  }
});

describe('issues referenced in the plural (session 9)', () => {
  it('"Reference relevant issues in your commit messages." is a rule for messages', async () => {
    assert.equal(await convention('Reference relevant issues in your commit messages.'), 'free-form-rules');
  });
  it('not when the issues are referenced in a new issue report', async () => {
    assert.equal(await convention('## Reporting issues\n\nReference related issues when you file a new one.'), null);
  });
});

describe('a bug report asked first is no talk before a change (session 9)', () => {
  it('"If you find a bug, please open an issue first with steps to reproduce it" is a report', async () => {
    assert.notEqual((await of('If you find a bug, please open an issue first with steps to reproduce it.')).discussFirst, true);
  });
  it('but an issue asked before sending the fix still is', async () => {
    assert.equal((await of('If you find a bug, please open an issue first before you send a fix.')).discussFirst, true);
  });
});

describe('hostile near-misses for the session 9 convention rules', () => {
  for (const [why, prose] of [
    ['a module prefix is said to be left out', 'Our commit subjects use no module prefix; just describe the change.'],
    ['the subject is not to be prefixed with a word', 'Please do not prefix the commit subject with "Update:" or similar words.'],
    ['the history is said to have no prefixes', 'Our commit history has no prefixes at all.'],
    ['an RFC marker on a mailed patch', 'Prefix the patch subject with "RFC:" if you want early feedback on an idea.'],
    ['a wrap width for code in a pre-commit list', '## Before committing\n\n- Wrap code at 100 columns.\n- Run the linter.'],
    ['a function body in a pre-commit list', '## Before committing\n\n- Each function body should explain why it exists in a comment.'],
    ['a wrap width in a release procedure', '## Releasing\n\nWrap the release notes at 80 columns before tagging.'],
    ['commit examples in user-facing output', '## Usage\n\nThe tool prints lines such as `scanner: 3 files skipped` while it runs.'],
  ]) {
    it(`not when ${why}`, async () => {
      const got = await convention(prose);
      assert.ok(got !== 'area-prefix' && got !== 'conventional', `got ${got}`);
      if (!/Commit messages/.test(prose)) assert.equal(got, null);
    });
  }
});

describe('message rules for the release commit a maintainer makes (session 9)', () => {
  for (const prose of [
    '## Releasing\n\nThe release commit message must follow the form `Release vX.Y.Z`.',
    '## Release process\n\n1. Bump the version.\n2. Reference the milestone issues in the commit message.\n3. Tag and push.',
    '## For maintainers\n\nWhen merging, add `Closes #123` to the squash commit message.',
  ]) {
    it(`${JSON.stringify(prose.slice(0, 40))}... is no rule for the contributor`, async () => assert.equal(await convention(prose), null));
  }
});

describe('Conventional Commits said not to hold, and types asked of issue titles (session 9)', () => {
  for (const [why, prose] of [
    ['the guide says it is not used', 'We do not use Conventional Commits.'],
    ['it was used in the past only', '## History\n\nThe project used Conventional Commits until 2022; today any clear message is fine.'],
    ['the types prefix issue titles', '## Issue titles\n\nStart the issue title with `bug:`, `feat:` or `docs:` so we can triage it.'],
  ]) {
    it(`not when ${why}`, async () => {
      const facts = await of(prose);
      assert.notEqual(facts.commit.convention, 'conventional');
      assert.equal(facts.commit.types, null);
    });
  }
  it('but a guide that follows it still does', async () => {
    assert.equal(await convention('We follow [Conventional Commits](https://www.conventionalcommits.org/); we do not squash.'), 'conventional');
  });
});

describe('a block of example subjects, line by line (session 9)', () => {
  for (const prose of [
    '## Commit messages\n\nSome subjects from our history:\n\n```\n* parser: accept tabs\n* render: cache glyphs\n```',
    '## Commit message examples\n\n```\n$ git log --oneline\n1a2b3c4 parser: accept tabs\n5d6e7f8 render: cache glyphs\n```',
  ]) {
    it(`${JSON.stringify(prose.slice(0, 50))}... is an area prefix`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  for (const [why, prose] of [
    ['the lines are fields of one message body', '## Commit messages\n\nUse this template:\n\n```\nShort summary\n\nProblem: the cache went stale\nSolution: drop it on every write\n```'],
    ['the lines are configuration', '## Configuration\n\n```\nname: my-app\nversion: 1.2.0\n```'],
    ['the lines are program output under a usage heading', '## Usage\n\n```\nscanner: 3 files skipped\nwriter: 12 files written\n```'],
  ]) {
    it(`not when ${why}`, async () => assert.notEqual(await convention(prose), 'area-prefix'));
  }
});

describe('a commit message section that only shows an example message (session 9)', () => {
  it('a subject, a blank line and a body under "Commit messages" are free-form rules', async () => {
    assert.equal(await convention('## Commit messages\n\n```\nShort summary of the change\n\nA longer body that explains the reason.\n```'), 'free-form-rules');
  });
  for (const [why, prose] of [
    ['the block is a command', '## Commit messages\n\n```\ngit commit -s -m "Fix the parser"\n\ngit push origin my-branch\n```'],
    ['the block is a shell script', '## Commit messages\n\n```sh\nnpm run commit\n\nnpm test\n```'],
    ['the block is a config', '## Commit message hook\n\n```\n{\n  "hooks": {}\n}\n```'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('a branch name with the words to fill in (session 9)', () => {
  it('`git checkout -b feature/your-feature-name` shows the form', async () => {
    assert.equal((await of('## Workflow\n\n1. Create a branch:\n\n   ```bash\n   git checkout -b feature/your-feature-name\n   ```')).branchNaming, 'feature/your-feature-name');
  });
  it('not a plain example name', async () => {
    assert.equal((await of('## Workflow\n\n```bash\ngit checkout -b feature/graphql-subscriptions\n```')).branchNaming, null);
  });
});

describe('commented-out text of a guide (session 9)', () => {
  it('a closing keyword in a guide\'s commented-out text does not count', async () => {
    assert.equal(await convention('Thanks for helping.\n\n<!--\nAdd a line like "Closes #9" to your commit message.\n-->'), null);
  });
});

describe('kind markers quoted as prefixes (session 9)', () => {
  it('"Backport:" on the title of a backport is no area prefix', async () => {
    assert.notEqual(await convention('When you backport a fix, prefix the PR title with "Backport:" so we can find it.'), 'area-prefix');
  });
});

describe('message rules in a template comment (session 9)', () => {
  const withTemplate = (template: string) => factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks!\n', '.github/pull_request_template.md': template });
  it('a rule for commit messages in the template\'s comment counts', async () => {
    assert.equal((await withTemplate('<!--\nWrite your commit messages in the imperative mood.\n-->\n\n## Summary\n')).commit.convention, 'free-form-rules');
  });
  it('a comment asking to describe the change in the PR body does not', async () => {
    assert.equal((await withTemplate('<!--\nDescribe your change and explain why it is needed.\n-->\n\n## Summary\n')).commit.convention, null);
  });
  it('a rule in a guide\'s commented-out text does not', async () => {
    assert.equal(await convention('Thanks.\n\n<!--\nWrite your commit messages in the imperative mood.\n-->'), null);
  });
});

describe('a template box that defers to the guide\'s message rules (session 9)', () => {
  it('"The commit message follows our guidelines" in a template says nothing of its own', async () => {
    const facts = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks!\n', '.github/pull_request_template.md': '- [ ] The commit message follows our guidelines: https://example.org/CONTRIBUTING.md\n' });
    assert.equal(facts.commit.convention, null);
  });
});

describe('example spans that mix folder-like types with an area (session 9)', () => {
  it('e.g. `docs: fix a typo`, `build: bump CMake`, `core: avoid a leak` are area prefixes', async () => {
    assert.equal(await convention('Commit subjects look like this, e.g. `docs: fix a typo`, `build: bump CMake` or `core: avoid a leak`.'), 'area-prefix');
  });
  it('e.g. `feat: add a theme`, `fix: close a leak` stay conventional', async () => {
    assert.equal(await convention('Commit subjects look like this, e.g. `feat: add a theme`, `fix: close a leak` or `docs: explain it`.'), 'conventional');
  });
});
