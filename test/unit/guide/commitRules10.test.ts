import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 10: commit facts read from a guide's structure (example blocks, section headings) and general wording.
// Every guide text below is written for the test; each rule has near-misses that must not fire.

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const commit = async (prose: string) => (await factsOf(guide(prose))).commit;
const convention = async (prose: string): Promise<string | null> => (await commit(prose)).convention;
const subjectMax = async (prose: string): Promise<number | null> => (await commit(prose)).subjectMaxLength;

describe('commit facts (session 10)', () => {
  describe('example subjects one per code block, read together per section', () => {
    it('two blocks under list items, each one example of a known type', async () => {
      const prose = '## Commit style\n\nWe write messages like these:\n\n* A new parser option:\n  ```\n  feat: accept tabs\n  ```\n* A bug fixed in the lexer:\n  ```\n  fix(lexer): keep the last token\n\n  The token was dropped at EOF.\n  ```';
      assert.equal(await convention(prose), 'conventional');
    });
    it('two example messages with "Or:" between them', async () => {
      const prose = '## Commit messages\n\nA good commit message:\n\n```\nperf(cache): skip the second lookup\n\nThe key is known after the first one.\n```\n\nOr:\n\n```\nrefactor(io): split the reader\n```';
      assert.equal(await convention(prose), 'conventional');
    });
    it('one example block of a known type is not enough', async () => {
      assert.notEqual(await convention('## Commit messages\n\nFor example:\n\n```\nfix: keep the last token\n```'), 'conventional');
    });
    it('blocks in two different sections are not one series', async () => {
      const prose = '## Commit messages\n\nFor example:\n\n```\nfix: keep the last token\n```\n\n## Commit messages for releases\n\nFor example:\n\n```\nchore: release 1.2.0\n```';
      assert.notEqual(await convention(prose), 'conventional');
    });
    it('folder-like heads beside an area head are areas (docs:, build:, parser:)', async () => {
      const prose = '## Commit messages\n\nExamples:\n\n```\ndocs: fix the install link\n```\n\n```\nbuild: bump cmake\n```\n\n```\nparser: accept tabs\n```';
      assert.equal(await convention(prose), 'area-prefix');
    });
    it('shell blocks under a commit heading are commands, not example subjects', async () => {
      const prose = '## Committing\n\n```sh\ngit commit -a\n```\n\n```sh\ngit push origin HEAD\n```';
      assert.notEqual(await convention(prose), 'conventional');
    });
  });
  describe('a subject limit named by the sentence opening or the section heading', () => {
    for (const [prose, n] of [
      ['## Commit messages\n\nThe first line should say what the commit does, in the imperative, e.g. "Add this.", and should not exceed 70 characters.', 70],
      ['## Commit messages\n\n### Subject\n\nKeep it short: no longer than 60 characters.', 60],
      ['## First line of the commit message\n\nWrite one sentence in the imperative. Keep it to 65 characters or less.', 65],
      ['## Pull requests\n\n### Title\n\nUse the imperative mood, and keep it under 72 chars.', 72],
      ['## Commit messages\n\nThe summary is roughly 50 characters; it can\'t exceed 100 characters.', 100],
      ['## Commit messages\n\n| Part | Rule |\n|---|---|\n| Subject | at most 50 characters |\n| Body | wrapped at 72 |', 50],
    ] as const) {
      it(`${n}: "${prose.split('\n').pop()}"`, async () => assert.equal(await subjectMax(prose), n));
    }
    for (const [why, prose] of [
      ['a title heading of a docs page', '## Writing docs\n\n### Title\n\nPage titles should be no longer than 60 characters.'],
      ['the body under a subject heading', '## Commit messages\n\n### Subject\n\nUse the imperative.\n\nWrap the body so no line is longer than 72 characters.'],
      ['an issue title', '## Reporting bugs\n\nThe title of the issue should take the form of a question, and should not exceed 80 characters.'],
      ['a first line of a source file', '## Code style\n\nThe first line of each source file names the license and should not exceed 100 characters.'],
      ['a file header in a code style section', '## Code style\n\nThe header should name the license, and it should not exceed 80 characters.'],
      ['a pull request template\'s summary section', '## Summary\n\nDescribe the change; keep it under 300 characters.'],
      ['a table row for the body', '## Commit messages\n\n| Part | Rule |\n|---|---|\n| Body | at most 72 characters per line |'],
      ['a table row for a docs page title', '## Writing docs\n\n| Field | Rule |\n|---|---|\n| Title | at most 60 characters |'],
      ['a subject heading in a FAQ about mail', '## FAQ\n\n### Subject\n\nQuestions to the list can be at most 120 characters long.'],
    ] as const) {
      it(`not for ${why}`, async () => assert.equal(await subjectMax(prose), null));
    }
  });
  describe('the quality of a commit\'s subject line or title asked', () => {
    for (const prose of [
      '## Pull requests\n\n- [ ] Every commit in the pull request has a meaningful subject line and a body.',
      '## Commits\n\nYou must write a proper commit title and message.',
      '## Patches\n\nGive each patch a descriptive summary line.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await convention(prose), 'free-form-rules'));
    }
    for (const [why, prose] of [
      ['a PR title', '## Pull requests\n\nUse a concise title for your PR and link the issue in the description.'],
      ['an e-mail to the list', '## Asking questions\n\nWrite to the mailing list with a meaningful subject line.'],
      ['an issue', '## Reporting bugs\n\nGive the issue a descriptive title.'],
      ['a step that makes the commit', '## Workflow\n\n1. Commit your changes with a descriptive commit title.'],
    ] as const) {
      it(`not for ${why}`, async () => assert.equal(await convention(prose), null));
    }
  });

  describe('content asked of the commit message', () => {
    for (const prose of [
      '## Pull requests\n\n- If your change affects speed, please include the benchmark numbers in your commit message.',
      '## Changes\n\nIf the expected output changed on purpose, explain why in the commit message.',
      '## Patches\n\nSay in the commit message whether the patch fixes a bug or adds a feature.',
      '## Submitting\n\nYou should mention the authors of any borrowed code in the commit message.',
      '## Commits\n\nWhen you fix a reported crash, refer to the issue in your commit.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await convention(prose), 'free-form-rules'));
    }
    for (const [why, prose] of [
      ['a sign-off trailer (its own fact)', '## Sign your work\n\nPlease add a Signed-off-by line to your commit message with `git commit -s`.'],
      ['a Gerrit Change-Id a hook adds', '## Gerrit\n\nThe hook will add a Change-Id line to your commit message.'],
      ['a CI switch', '## CI\n\nFor docs-only changes, add `[skip ci]` to the commit message.'],
      ['a step someone does later', '## Releasing\n\nIn a later step, you will add the version to the commit message of the core repository.'],
      ['what a script does', '## Tooling\n\nPlease note that the bump script adds the new version to the commit message.'],
      ['said not to be needed', '## Commits\n\nYou do not need to mention the issue number in the commit message.'],
      ['a permission, not an ask', '## Commits\n\nIf you like, you can mention the reviewer in the commit message.'],
    ] as const) {
      it(`not for ${why}`, async () => assert.equal(await convention(prose), null));
    }
  });
  describe('more ways to show an area prefix or name the types', () => {
    for (const prose of [
      '## Commit messages\n\nPlease write the commit subject as `module/submodule: short description`.',
      '## Commits\n\nTag your commit summary with the area you changed, like [docs] or [build].',
      '## Commits\n\nSubjects look like this: "ui: make the sidebar collapsible".',
      '## Commit messages\n\nStart the summary with a word naming the part of the code touched: `parser:`, `cli:`, `docs:`.',
    ]) {
      it(`area prefix: "${prose.split('\n').pop()}"`, async () => assert.equal(await convention(prose), 'area-prefix'));
    }
    it('"Valid prefixes are feat, fix, docs, chore" for PR titles names the types', async () => {
      const c = await commit('## Pull requests\n\nWe use semantic PR titles. Valid prefixes are feat, fix, docs, chore.');
      assert.equal(c.convention, 'conventional');
      assert.deepEqual(c.types, ['feat', 'fix', 'docs', 'chore']);
    });
    for (const [why, prose] of [
      ['a release tag', '## Releasing\n\nTag the release commit with the version number.'],
      ['an issue tagged with a component', '## Reporting bugs\n\nTag your issue with the component it affects.'],
      ['log lines that look like a subject', '## Logging\n\nLog lines look like this: "parser: unexpected token at 3".'],
      ['label prefixes for triage', '## Triage\n\nLabel prefixes are bug, docs, feat, chore.'],
      ['log messages started with the module', '## Logging\n\nStart each log message with the module name: `parser:`, `cli:`.'],
    ] as const) {
      it(`not for ${why}`, async () => assert.equal(await convention(prose), null));
    }
    it('a module prefix the subject must not start with is no area prefix (the section still states message rules)', async () => {
      assert.equal(await convention("## Commit messages\n\nDon't start the subject with the module name such as `parser:`."), 'free-form-rules');
    });
  });
  describe('a rule with the commit message as its subject, or messages of some quality asked of commits', () => {
    for (const prose of [
      '## Contributing\n\nCommit messages should be written in English and explain the change.',
      '## Contributing\n\nThe commit title must say which bug it fixes.',
      '## Contributing\n\nMake sure your commit messages are informative.',
      '## Workflow\n\nKeep commits small and give them clear messages.',
      '## Pull requests\n\n- [ ] My commits have clear, descriptive messages',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await convention(prose), 'free-form-rules'));
    }
    for (const [why, prose] of [
      ['a sign-off trailer', '## Legal\n\nEvery commit message must carry a Signed-off-by line.'],
      ['a message said not to need it', '## Contributing\n\nCommit messages do not need to follow any format; no need to worry about them.'],
      ['error messages in code', '## Code style\n\nUse clear error messages, and commit the generated files too.'],
      ['a step that makes the commit', '## Workflow\n\n1. Commit your changes with clear messages.'],
      ['what a tool does with messages', '## Releasing\n\nThe changelog is generated from the commit messages by the release script.'],
      ['a PR description', '## Pull requests\n\nThe pull request description should explain what changed.'],
    ] as const) {
      it(`not for ${why}`, async () => assert.notEqual(await convention(prose), 'free-form-rules'));
    }
  });
  describe('example subjects as table cells or labelled good', () => {
    it('a table of good and bad subjects, each cell one span', async () => {
      assert.equal(await convention('## Commit messages\n\n| Good | Bad |\n|---|---|\n| `parser: handle tabs` | `fixed stuff` |'), 'area-prefix');
    });
    it('"Good: `http2: close idle streams`" beside a bad one', async () => {
      assert.equal(await convention('## Commit messages\n\n* Good: `http2: close idle streams`\n* Bad: `fix bug`'), 'area-prefix');
    });
    it('a table of settings outside any commit section is no example', async () => {
      assert.equal(await convention('## Configuration\n\n| Key | Example |\n|---|---|\n| timeout | `timeout: 30 seconds max` |'), null);
    });
    it('a trailer alone in a cell under a commit heading is no area', async () => {
      assert.notEqual(await convention('## Commit messages\n\n| Trailer | Example |\n|---|---|\n| sign-off | `Signed-off-by: Jane Roe <jane@example.org>` |'), 'area-prefix');
    });
  });
  describe('"a good subject looks like" introduces an example subject', () => {
    it('a patch-mail subject after the lead-in', async () => {
      assert.equal(await convention('## Submitting patches\n\nSend patches to the list. A good subject looks like:\n\n    [PATCH] libfoo: check the return value of malloc'), 'area-prefix');
    });
    it('not a good subject for a bug report', async () => {
      assert.equal(await convention('## Reporting bugs\n\nA good subject for a bug report looks like:\n\n    parser: crash on empty input'), null);
    });
  });
  describe('types named as the words a title starts with', () => {
    it('"The title must start with one of: `feat`, `fix`, ..."', async () => {
      const c = await commit('## Pull request title\n\nThe title must start with one of: `feat`, `fix`, `perf`, `refactor`, `docs`.');
      assert.equal(c.convention, 'conventional');
      assert.deepEqual(c.types, ['feat', 'fix', 'perf', 'refactor', 'docs']);
    });
    it('not the words an issue title starts with', async () => {
      assert.equal((await commit('## Issue titles\n\nThe title must start with one of: `feat`, `fix`, `docs`.')).types, null);
    });
    it('not a branch name', async () => {
      assert.equal((await commit('## Commits and branches\n\nBranch names start with one of: `feat`, `fix`, `docs`.')).types, null);
    });
  });
  describe('hostile review: the same words where no rule for the contributor\'s messages is stated', () => {
    it('example blocks of release commits in a release section', async () => {
      const prose = '## Releasing\n\nThe release commit message looks like:\n\n```\nchore: release 1.2.0\n```\n\nThen the changelog commit:\n\n```\ndocs: update the changelog\n```';
      assert.notEqual(await convention(prose), 'conventional');
    });
    it('a version put in the commit message in a release procedure', async () => {
      assert.equal(await convention('## Releasing\n\n1. Bump the version and put the version number in the commit message.'), null);
    });
    it('a release commit tagged with the package version', async () => {
      assert.notEqual(await convention('## Releasing\n\nTag the release commit with the package version.'), 'area-prefix');
    });
    it('git output alone in a paragraph under a commit heading', async () => {
      assert.notEqual(await convention('## Committing\n\nIf you see this:\n\n`fatal: not a git repository (or any parent)`\n\nrun the command from the checkout.'), 'area-prefix');
    });
    it('a subject heading in a FAQ about mailing-list posts', async () => {
      assert.equal(await subjectMax('## FAQ\n\n### Subject lines on the forum\n\nForum posts are cut at 80 characters.'), null);
    });
    it('log lines in a code style section', async () => {
      assert.equal(await convention('## Code style\n\nLog messages should be lower case and must include the module name.'), null);
    });
    it('the merge commit message a maintainer writes', async () => {
      assert.equal(await convention('## Reviews\n\nFor larger changes, the merge commit message should summarize the pull request.'), null);
    });
    it('user install instructions that mention a commit hash', async () => {
      assert.equal(await convention('## Installing\n\nTo install a given commit, put the commit hash in your lock file.'), null);
    });
  });
  describe('sign-off refused in other words', () => {
    const signOff = async (prose: string): Promise<string | null> => (await commit(prose)).signOff;
    for (const prose of [
      '## Patches\n\nPlease refrain from adding Signed-off-by lines.',
      '## Patches\n\nPlease avoid adding a Signed-off-by line.',
      '## Patches\n\nNo Signed-off-by lines, please.',
      "## Patches\n\nWe don't require or accept Signed-off-by lines.",
    ]) {
      it(`forbidden: "${prose.split('\n').pop()}"`, async () => assert.equal(await signOff(prose), 'forbidden'));
    }
    it('avoiding a failing DCO check by signing off asks for the sign-off', async () => {
      assert.equal(await signOff('## Patches\n\nAvoid DCO failures: sign off every commit with `git commit -s`.'), 'required');
    });
    it('no sign-off needed is neither', async () => {
      assert.equal(await signOff('## Patches\n\nThere is no need for a Signed-off-by line, and no CLA either.'), null);
    });
  });
  describe('a link to the format\'s own page names the convention', () => {
    for (const prose of [
      '## Commits\n\nPlease format commit messages according to [this specification](https://www.conventionalcommits.org/en/v1.0.0/).',
      '## Commits\n\nWe follow the [Angular guidelines](https://github.com/angular/angular/blob/main/CONTRIBUTING.md#commit) for commit messages.',
      '## Commits\n\nOur commit messages follow the [Karma style](http://karma-runner.github.io/6.4/dev/git-commit-msg.html).',
      '## Pull Requests\n\nThe PR title is checked by the semantic-pull-request action.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await convention(prose), 'conventional'));
    }
    it('not a link in a reading list outside any commit section', async () => {
      assert.equal(await convention('## Further reading\n\n- [A spec we like](https://www.conventionalcommits.org/)'), null);
    });
    it('not a link the contributor is told they need not follow', async () => {
      const prose = '## Commits\n\nYou do not need to follow [this specification](https://www.conventionalcommits.org/) in your commits: maintainers retitle the squash commit when merging.';
      assert.notEqual(await convention(prose), 'conventional');
    });
  });
});
