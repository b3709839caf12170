import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const discussFirst = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;

describe('discuss first: what asks for a talk before the work (session 5)', () => {
  describe('a change said to come after its issue or design', () => {
    for (const prose of [
      'Our process:\n\n- Non-trivial submissions should be preceded by an issue explaining the rationale.',
      'Larger pull requests are expected to be preceded by a design discussion.',
      'Every new feature must be preceded by an accepted proposal.',
    ]) {
      it(`"${prose.split('\n').pop()}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    it('a release "preceded by a changelog review" is not about issues', async () => {
      assert.equal(await discussFirst('Each release should be preceded by a review of the changelog.'), null);
    });
  });

  describe('changes to be talked over where they are discussed', () => {
    for (const prose of [
      'Larger changes should be discussed in an issue.',
      'New features must first be agreed on the mailing list.',
      'Big refactorings should be discussed with the maintainers beforehand.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    it('a pull request "approved by a maintainer" is its review, not a talk before it', async () => {
      assert.equal(await discussFirst('Pull requests must be approved by a maintainer before they are merged.'), null);
    });
  });

  describe('a size scope with the advice to open an issue or discuss', () => {
    for (const prose of [
      'For larger changes, please open an issue to discuss them.',
      'For any major new feature, create a discussion so we can discuss the design.',
      'If your change is non-trivial, discuss it with us on the forum.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    it('a size scope with advice about the pull request itself does not count', async () => {
      assert.equal(await discussFirst('For larger changes, please split the work into several pull requests.'), null);
    });
  });

  describe('the -ing form and longer names of the issue', () => {
    it('"consider opening a feature request ticket first"', async () => {
      assert.equal(await discussFirst('## Adding a new feature\n\nPlease consider opening a feature request ticket first so we can talk about it.'), true);
    });
    it('"filing a design proposal issue first": two words before the noun', async () => {
      assert.equal(await discussFirst('Please start by filing a design proposal issue first.'), true);
    });
    it('"discuss ... before you go and build it"', async () => {
      assert.equal(await discussFirst('Give us a chance to discuss the details of a new feature before you go and build it.'), true);
    });
  });

  describe('feedback before the code', () => {
    for (const prose of [
      'It is usually best to get some feedback before proceeding to write code.',
      'Get buy-in from a maintainer before starting on anything large.',
      'Please get early input before you start implementing.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
    }
    it('"we welcome feedback" with no order is not a step', async () => {
      assert.equal(await discussFirst('We welcome feedback on the documentation at any time.'), null);
    });
  });

  describe('numbered steps with sub-items between them', () => {
    it('an issue step, its own sub-bullets, then a fork step', async () => {
      const prose = '1. Look through the existing issues.\n2. Create a new issue, or comment on an existing one:\n   * say what you want to help with.\n3. Fork the repository and clone it.\n4. Write tests.\n';
      assert.equal(await discussFirst(prose), true);
    });
    it('an issue step followed only by unrelated steps does not count', async () => {
      const prose = '1. Create a new issue describing the bug:\n   * include the version.\n2. Attach the log output.\n3. Wait for triage.\n';
      assert.equal(await discussFirst(prose), null);
    });
  });

  describe('what is not a talk before the work', () => {
    it('maintainers who "ask you to update first"', async () => {
      assert.equal(await discussFirst('If you are on an old version, we will likely ask you to update first to a supported one.'), null);
    });
    it('a question about a backport, under a Backports heading', async () => {
      assert.equal(await discussFirst('## Backports\n\nIf you are not sure your fix can be backported, open a discussion to discuss it first.'), null);
    });
    it('the same advice under a security heading', async () => {
      assert.equal(await discussFirst('## Security\n\nPlease contact us privately first before opening a public pull request for a vulnerability.'), null);
    });
    it('one of two ways: "Either open an issue first ..., or create only a pull request"', async () => {
      assert.equal(await discussFirst('Either open an issue first to get feedback, or create only a pull request if you think it is easier to discuss code.'), null);
    });
    it('but the same advice in a section about changes still asks', async () => {
      assert.equal(await discussFirst('## Making changes\n\nPlease open an issue first to discuss your idea.'), true);
    });
  });

  describe('said not needed', () => {
    for (const prose of [
      'Do not open both an issue and a pull request.',
      'Ideally, open a pull request to fix it. If not, open an issue, but do not open both an issue and a pull request.',
      'Please do not create both an issue and a PR for the same change.',
      'You code it up. You do not need any pre-authorization from the project to do so.',
    ]) {
      it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), false));
    }
    it('permission to take an open issue says nothing of discussing new work', async () => {
      assert.equal(await discussFirst('You do not need approval to work on an open issue.'), null);
    });
  });
});

const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;
const subjectMax = async (prose: string): Promise<number | null> => (await factsOf(guide(prose))).commit.subjectMaxLength;

describe('commit convention: area prefixes shown or described (session 5)', () => {
  describe('example subjects written as code spans', () => {
    for (const prose of [
      '## Commit messages\n\nGood subjects:\n\n- `docs/install: mention the new flag`\n- `lexer: accept tabs in identifiers`\n- `cli: print usage on bad input`',
      '## Commit messages\n\nKeep the subject short, e.g. `storage: retry on timeout`.',
      'Commit subjects name what they touch, for example `net/http: close idle connections`.',
    ]) {
      it(`"${prose.split('\n').slice(-1)[0]}"`, async () => assert.equal(await convention(prose), 'area-prefix'));
    }
    it('example subjects of known types are the conventional format, not areas', async () => {
      assert.equal(await convention('## Commit messages\n\nFor example `fix: close idle connections` or `docs: add install notes`.'), 'conventional');
    });
    it('a trailer shown as an example is not an area', async () => {
      assert.notEqual(await convention('## Commit messages\n\nAdd a trailer, e.g. `Reviewed-on: https://review.example.org/123`.'), 'area-prefix');
    });
    it('a key: value example outside any commit context is not a commit format', async () => {
      assert.equal(await convention('## Configuration\n\nSet the option, e.g. `timeout: 30 seconds`.'), null);
    });
  });

  describe('the area named at the start of the subject', () => {
    for (const prose of [
      '## Commit messages\n\nMention the affected module at the start of the subject line.',
      '## Commit messages\n\nName the subsystem at the beginning of the first line.',
      'Each commit message should include the component name in the front of the summary.',
    ]) {
      it(`"${prose.split('\n').slice(-1)[0]}"`, async () => assert.equal(await convention(prose), 'area-prefix'));
    }
    it('naming the module in the body is not a prefix', async () => {
      assert.notEqual(await convention('## Commit messages\n\nMention the affected module somewhere in the body.'), 'area-prefix');
    });
  });
});

describe('commit convention: written rules without a prefix (session 5)', () => {
  for (const prose of [
    'Writing good commit logs is important. A commit log should describe what changed and why.',
    'Your commit messages should explain the reason for the change.',
    '* Make commits of logical units.\n* When committing, please reference the issue the commit relates to.',
    'Mention the ticket number in your commit message.',
  ]) {
    it(`"${prose.split('\n').slice(-1)[0]}"`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  it('referencing the issue in the pull request, with no word of commits, is not a commit rule', async () => {
    assert.equal(await convention('Please reference the related issue in your pull request description.'), null);
  });
  it('a good pull request description is not a commit rule', async () => {
    assert.equal(await convention('A good pull request description should describe what changed and why.'), null);
  });
});

describe('subject length: more ways to state the limit (session 5)', () => {
  it('"Following the single line description (ideally no more than 70 characters long)"', async () => {
    assert.equal(await subjectMax('## Commit messages\n\n1. Write one line about the commit.\n2. Following the single line description (ideally no more than 70 characters long) add a blank line.'), 70);
  });
  for (const [prose, limit] of [
    ['The title (the first line) of a commit is capped at fifty characters.', 50],
    ['Keep the commit summary within seventy-two characters.', 72],
    ['The subject of a commit should be sixty characters or less.', 60],
  ] as const) {
    it(`"${prose}"`, async () => assert.equal(await subjectMax(prose), limit));
  }
  it('a one-line description of a function is not a commit subject', async () => {
    assert.equal(await subjectMax('## Style\n\nUse a single line description for each function, no more than 80 characters.'), null);
  });
  it('a count in words for code lines is not a subject limit', async () => {
    assert.equal(await subjectMax('## Style\n\nKeep lines of code under eighty characters.'), null);
  });
});

describe('commit convention: a prefix said to identify the area (session 5)', () => {
  for (const prose of [
    '## Commit messages\n\n- The subject line must contain a prefix identifying the sub system, followed by a short description.',
    '## Commit messages\n\nStart each subject with a prefix naming the component you changed.',
    '## Commit messages\n\nThe first line should have a prefix that identifies the part of the code you touched.',
  ]) {
    it(`"${prose.split('\n').slice(-1)[0]}"`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  it('a prefix naming the type of change is not an area', async () => {
    assert.notEqual(await convention('## Commit messages\n\nStart each subject with a prefix naming the kind of change.'), 'area-prefix');
  });
});

describe('sign-off: a trailer written out after a request to add it (session 5)', () => {
  const signOffOf = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.signOff;
  for (const prose of [
    '## Patches\n\nTo certify the origin of your work, add a line like the one below to the end of the commit message, using your real name:\n\n    Signed-off-by: Random Developer <random@developer.example.org>\n',
    '## Commit messages\n\nEvery message must end with:\n\n```\nSigned-off-by: Your Name <you@example.org>\n```',
    '## Commit messages\n\nPlease include the following trailer:\n\n```\nSigned-off-by: Jane Doe <jane@example.org>\n```',
  ]) {
    it(`"${prose.split('\n')[2]}"`, async () => assert.equal(await signOffOf(prose), 'required'));
  }
  it('an example message that merely ends with a trailer asks nothing', async () => {
    assert.equal(await signOffOf('## Commit messages\n\nHere is an example:\n\n```\nfix the parser\n\nSigned-off-by: Jane Doe <jane@example.org>\n```'), null);
  });
  it('an optional trailer is not required', async () => {
    assert.equal(await signOffOf('## Commit messages\n\nYou may add the following if you like:\n\n```\nSigned-off-by: Jane Doe <jane@example.org>\n```'), null);
  });
});

describe('changelog: a folder of notes named "...-changes directory" (session 5)', () => {
  const changelogOf = async (prose: string) => (await factsOf(guide(prose))).changelog;
  for (const prose of [
    '## Interface changes\n\n- Incompatible changes must be documented by making a new text file with a short note in the DOCS/interface-changes directory.',
    '## Changes\n\nEvery user-visible change needs a short note, so add a file in the doc/user-changes folder.',
  ]) {
    it(`"${prose.split('\n').slice(-1)[0]}"`, async () => assert.deepEqual(await changelogOf(prose), { required: true, how: 'changelog-folder' }));
  }
  it('a directory named for something else is not a changelog', async () => {
    assert.deepEqual(await changelogOf('## Layout\n\nAdd your module to the source directory.'), { required: null, how: null });
  });
  it('a release-notes paragraph the contributor may choose to write is not required', async () => {
    const prose = 'When sending a topic, you can optionally propose a summary. If you choose to do so, please write a 2-5 line paragraph that will fit well in our release notes.';
    assert.deepEqual(await changelogOf(prose), { required: null, how: null });
  });
  it('the same request without the choice asks for an entry', async () => {
    assert.deepEqual(await changelogOf('Please write a short paragraph in the release notes file for every change.'), { required: true, how: 'changelog-file' });
  });
});

describe('base branch: bare and quoted names (session 5)', () => {
  const base = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;
  for (const [prose, name] of [
    ['7. Commits should always be rebased against devel, so a fast-forward merge is possible.', 'devel'],
    ['Please rebase your branch onto main before you ask for a review.', 'main'],
    ['Keep your work rebased on top of upstream/develop.', 'develop'],
    ["2. Create a new branch in your fork from the 'dev' branch.", 'dev'],
    ['Create your topic branch from the "trunk" branch.', 'trunk'],
  ] as const) {
    it(`"${prose}"`, async () => assert.equal(await base(prose), name));
  }
  it('a rebase onto a word that is no branch name', async () => {
    assert.equal(await base('Please rebase onto the latest changes before pushing.'), null);
  });
  it('a rebase onto a commit is not a base', async () => {
    assert.equal(await base('If needed, rebase against HEAD~3 to squash your commits.'), null);
  });
  it('a quoted word that is not a branch name', async () => {
    assert.equal(await base("Create a branch from the 'latest' release tag."), null);
  });
});

describe('branch naming: patterns in double quotes, bare after "in the form", and topic names (session 5)', () => {
  const naming = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).branchNaming;
  for (const [prose, pattern] of [
    ['If suggesting a topic name, use the format "XX/your-topic-name", where XX is your initials.', 'XX/your-topic-name'],
    ['Please name branches in the form username/topic.', 'username/topic'],
    ['Branches follow the format feature/<name>.', 'feature/<name>'],
    ['Name your topic branch \u201cfix/<issue-number>\u201d.', 'fix/<issue-number>'],
  ] as const) {
    it(`"${prose}"`, async () => assert.equal(await naming(prose), pattern));
  }
  for (const prose of [
    'Use the format "fix: message" for commit titles on your branch.',
    'The topic name is shown in the "What is cooking" report.',
    'Create a branch with a descriptive name such as "my-fix".',
  ]) {
    it(`not a rule: "${prose}"`, async () => assert.equal(await naming(prose), null));
  }
});

describe('base branch: commands in sentences, patches, and mailing lists (session 5)', () => {
  const base = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;
  for (const [prose, name] of [
    ['Start a branch with `git checkout -b my-fix master`.', 'master'],
    ['Create your branch: `git checkout -b my-fix -t origin/main`.', 'main'],
    ['Send your patches against master.', 'master'],
    ['Patches should be made on top of the `next` branch.', 'next'],
  ] as const) {
    it(`"${prose}"`, async () => assert.equal(await base(prose), name));
  }
  it('"patches to dev@lists.example.org" names a mailing list, not a branch', async () => {
    assert.equal(await base('Send changes as patches to dev@lists.example.org, one patch per mail.'), null);
  });
  it('a command in a sentence that switches to no base', async () => {
    assert.equal(await base('Use `git checkout -- file.txt` to drop your edits.'), null);
  });
});

describe('changelog: bare file names in capitals and entries a change needs (session 5)', () => {
  const changelogOf = async (prose: string) => (await factsOf(guide(prose))).changelog;
  for (const prose of [
    'Add an entry to CHANGES describing your change.',
    'Every user-facing change needs an entry in CHANGELOG.md under Unreleased.',
    'Remember to document your change in HISTORY.md.',
    'Each fix should come with an entry in NEWS.',
  ]) {
    it(`"${prose}"`, async () => assert.deepEqual(await changelogOf(prose), { required: true, how: 'changelog-file' }));
  }
  for (const prose of [
    'Add tests for the changes you make.',
    'Describe your changes in the pull request.',
    '- **changelog**: used for updating the release notes in CHANGELOG.md',
    'Consider adding an item to NEWS for nontrivial changes.',
  ]) {
    it(`not an ask: "${prose}"`, async () => assert.equal((await changelogOf(prose)).required, null));
  }
});

describe('discuss first: more wordings of the same ask (session 5)', () => {
  for (const prose of [
    'Before starting work on a major feature, please reach out to us via an issue.',
    'For anything bigger than a bug fix, open an issue so we can agree on the approach.',
    'For larger changes, please open an issue.',
    'We recommend discussing your idea on the mailing list before you start coding.',
  ]) {
    it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), true));
  }
  it('"just send a pull request, no issue needed" says no', async () => {
    assert.equal(await discussFirst('Just send a pull request, no issue needed.'), false);
  });
  it('"no issue needed" scoped to typos says nothing of larger work', async () => {
    assert.equal(await discussFirst('For typo fixes no issue is needed.'), null);
  });
  for (const prose of ['Feel free to open an issue if you find a bug.', 'If you have questions, feel free to open an issue.', 'Found a bug? Open an issue on GitHub and describe it.']) {
    it(`an invitation, not a step: "${prose}"`, async () => assert.equal(await discussFirst(prose), null));
  }
});

describe('commit convention: one scoped example, and the subject of a patch mail (session 5)', () => {
  it('a single `type(scope): subject` example for squashed PR titles is the conventional format', async () => {
    assert.equal(await convention('## Pull requests\n\nPR titles become the commit message on squash, so they must look like `feat(parser): add option`.'), 'conventional');
  });
  it('a single unscoped example of a known type is not enough', async () => {
    assert.notEqual(await convention('## Pull requests\n\nA title such as `fix: typo` is fine.'), 'conventional');
  });
  for (const lead of ['For the subject, use the form:', 'The patch subject should look like this:', 'Write the e-mail subject as:']) {
    it(`"${lead}" then \`<component>: <short description>\``, async () => {
      assert.equal(await convention(`## Patches\n\n${lead}\n\n    <component>: <short description>\n`), 'area-prefix');
    });
  }
  it('a key: value block after "the subject" of something else is no commit format', async () => {
    assert.equal(await convention('## Configuration\n\nThe subject of this section is the config file:\n\n    timeout: 30 seconds\n'), null);
  });
});

describe('discuss first: near misses of the size scope and of asking first (session 5)', () => {
  for (const prose of [
    'With major releases, we open a tracking issue for the migration.',
    'For larger changes, please split your work into several pull requests.',
    'If you find a security issue, please contact us first before opening a public issue.',
    'We get feedback from users before each release.',
  ]) {
    it(`"${prose}"`, async () => assert.equal(await discussFirst(prose), null));
  }
  it('"get in touch with us first before starting on a large change" asks', async () => {
    assert.equal(await discussFirst('Please get in touch with us first before starting on a large change.'), true);
  });
});

describe('sign-off: not used by the project, and patches that must be signed off (session 5)', () => {
  const signOffOf = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.signOff;
  for (const prose of [
    'This project does not use the DCO, so do not add Signed-off-by lines.',
    'This project does not use Signed-off-by trailers.',
    "We don't use sign-offs.",
  ]) {
    it(`forbidden: "${prose}"`, async () => assert.equal(await signOffOf(`## Commits\n\n${prose}`), 'forbidden'));
  }
  for (const prose of ['All patches must be signed off.', 'Contributions have to be signed-off by their authors.']) {
    it(`required: "${prose}"`, async () => assert.equal(await signOffOf(`## Patches\n\n${prose}`), 'required'));
  }
  for (const prose of [
    'There is no need to add a Signed-off-by line.',
    'The project does not require a Signed-off-by trailer.',
    'Changes must be signed off by two maintainers before merging.',
  ]) {
    it(`neither: "${prose}"`, async () => assert.equal(await signOffOf(`## Patches\n\n${prose}`), null));
  }
});

describe('base branch: names with dots are read whole (session 5)', () => {
  const base = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;
  it('"open pull requests against v2.11."', async () => assert.equal(await base('Please open pull requests against v2.11.'), 'v2.11'));
  it('a sentence-ending dot is not part of the name', async () => assert.equal(await base('Open PRs against main. Thanks!'), 'main'));
});

describe('subject length: hyphenated counts and "max." (session 5)', () => {
  for (const [prose, limit] of [
    ['There is a 72-character limit for the commit subject.', 72],
    ['Commit subject: max. 50 characters.', 50],
    ['Keep each commit title within a 60-char limit.', 60],
  ] as const) {
    it(`"${prose}"`, async () => assert.equal(await subjectMax(prose), limit));
  }
  it('a hyphenated limit on the body is not one on the subject', async () => {
    assert.equal(await subjectMax('## Commit messages\n\nWrap the body at a 72-character width.'), null);
  });
});
