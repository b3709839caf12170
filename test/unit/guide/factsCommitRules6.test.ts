import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });

const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;

describe('commit convention: more ways to set out "area: summary" (session 6)', () => {
  describe('a bracketed placeholder heading an example message', () => {
    it('"[Component]: Short summary" under a commit example heading', async () => {
      assert.equal(await convention('## Commit messages\n\n* Keep the first line short.\n\n### Example\n\n```\n[Component]: Short summary of the change\n\nLonger text.\n```'), 'area-prefix');
    });
    it('"<type>: ..." is the conventional format, not an area', async () => {
      assert.notEqual(await convention('## Commit messages\n\n```\n<type>: <subject>\n```'), 'area-prefix');
    });
    it('a placeholder in a code block outside any commit context is a template of something else', async () => {
      assert.equal(await convention('## Configuration\n\n```\n[Section]: value of the option\n```'), null);
    });
  });

  describe('a bracketed area placeholder without a colon', () => {
    it('"[module] Short summary" as the format', async () => {
      assert.equal(await convention('## Commit messages\n\nUse the following format:\n\n```\n[module] Short summary\n```'), 'area-prefix');
    });
    it('"[WIP] Short summary" is a tag of the state, not an area', async () => {
      assert.notEqual(await convention('## Commit messages\n\nUse the following format:\n\n```\n[WIP] Short summary\n```'), 'area-prefix');
    });
  });

  describe('the well-known rules of a commit message', () => {
    it('"separate subject from body with a blank line, capitalize the subject line"', async () => {
      assert.equal(await convention('Follow the seven rules of a great commit message: separate subject from body with a blank line, capitalize the subject line.'), 'free-form-rules');
    });
    it('"capitalize the names of classes" is no commit rule', async () => {
      assert.equal(await convention('In docs, capitalize the names of classes and separate sections with a blank line.'), null);
    });
  });

  describe('a quoted literal the subject must start with', () => {
    it('inside an indented message template in a list item', async () => {
      const prose = '1. A commit message must have:\n\n   ```\n   First line: short summary in the imperative\n\n   If the commit concerns a driver, the summary line must start with\n   "driver: ".\n   ```';
      assert.equal(await convention(prose), 'area-prefix');
    });
    it('in prose about commit messages', async () => {
      assert.equal(await convention('Commit messages for the docs should begin with "manual: " followed by a summary.'), 'area-prefix');
    });
    it('a quoted known type is not an area', async () => {
      assert.notEqual(await convention('Commit messages for the docs should begin with "docs: " followed by a summary.'), 'area-prefix');
    });
  });

  describe('a placeholder phrase naming the area', () => {
    it('"name the touched subsystem: short comment" as the message template', async () => {
      assert.equal(await convention('Commit message template, keep the first line short:\n\n    affected subsystem: short comment\n\n    Longer explanation.'), 'area-prefix');
    });
    it('"area: summary" words in prose without a colon do not count', async () => {
      assert.notEqual(await convention('Commit messages should name the touched area and give a short summary.'), 'area-prefix');
    });
  });
});

const signOff = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.signOff;

describe('sign-off: the certificate named only as a document to read (session 6)', () => {
  it('"please review ... our Developer Certificate of Origin" asks for no trailer', async () => {
    assert.equal(await signOff('> This is an informal guide. For details, please review the formal document and our [Developer Certificate of Origin](https://example.org/dco).'), null);
  });
  it('"see the DCO" as a pointer asks for no trailer', async () => {
    assert.equal(await signOff('For the legal side, see the DCO.'), null);
  });
  it('"you agree to the Developer Certificate of Origin" still binds', async () => {
    assert.equal(await signOff('By contributing you agree to the Developer Certificate of Origin.'), 'required');
  });
  it('"read the DCO and sign off every commit" still asks', async () => {
    assert.equal(await signOff('Please read the DCO and sign off every commit.'), 'required');
  });
});

const branchNaming = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).branchNaming;

describe('branch naming: a scheme set out as a list, and a suggested pattern (session 6)', () => {
  it('a lead-in announcing the naming scheme, then a list of example names', async () => {
    const prose = 'If you can push to this repository, please follow this naming scheme for your branches:\n\n- `feature/short-name` for new features\n- `bugfix/short-name` for bug fixes\n- `docs/short-name` for documentation';
    assert.equal(await branchNaming(prose), 'feature/short-name, bugfix/short-name, docs/short-name');
  });
  it('a list of branches to know about is no naming scheme', async () => {
    const prose = 'These are the branches of the project:\n\n- `main` holds the next release\n- `stable-2` holds fixes';
    assert.equal(await branchNaming(prose), null);
  });
  it('a lead-in about branch names followed by prose items names nothing', async () => {
    assert.equal(await branchNaming('Branch names follow a scheme:\n\n- keep them short\n- use dashes'), null);
  });
  it('"consider using `fix-<issue-number>` as the git branch name"', async () => {
    assert.equal(await branchNaming('- Not mandatory, but when fixing a bug consider using `fix-<issue-number>` as the git branch name.'), 'fix-<issue-number>');
  });
  it('an example branch without a placeholder is not a rule', async () => {
    assert.equal(await branchNaming('Consider using `my-fix` as the branch name in the examples below.'), null);
  });
});

describe('commit types: a project\'s own prefixes listed under the item that asks for a prefix (session 6)', () => {
  const template = (items: string) => ({ ...guide('Thanks.'), '.github/PULL_REQUEST_TEMPLATE.md': `<!--\n- Use a prefix for the PR title or commits, e.g. "fix: description of the fix".\n${items}\n-->\n` });
  it('"`add`, Add a feature" items: known and own types alike', async () => {
    const facts = await factsOf(template('  + `add`, Add a new feature\n  + `fix`, Bug fix\n  + `docs`, Documentation\n  + `nix`, Build recipes\n  + `perf`, Faster code\n  + `drop`, Remove a feature\n  + Other prefixes may be used'));
    assert.equal(facts.commit.convention, 'conventional');
    assert.deepEqual(facts.commit.types, ['add', 'fix', 'docs', 'nix', 'perf', 'drop']);
  });
  it('whole example subjects under "e.g." stay examples', async () => {
    const facts = await factsOf(template('  + `add: a new flag`\n  + `fix: a crash`\n  + `docs: typo`'));
    assert.equal(facts.commit.types, null);
  });
  it('a list of areas with one known word is not a type list', async () => {
    const facts = await factsOf(template('  + `parser`, the parser\n  + `cli`, the command line\n  + `docs`, the manual\n  + `net`, networking'));
    assert.equal(facts.commit.types, null);
  });
});

describe('commit convention: area prefixes in more words (session 6)', () => {
  for (const prose of [
    'Start the commit message with the name of the file or directory you changed, followed by a colon.',
    'Prefix your commit title with [component], for example [parser] Fix crash.',
    'The summary line should start with the subsystem, e.g. "usb: fix oops on disconnect".',
    'Please prefix the subject of your patch with the name of the library it touches (e.g. `libfoo: ...`).',
    'Each commit title must name the component it touches in square brackets, like `[cli] add flag`.',
  ]) {
    it(`"${prose}"`, async () => assert.equal(await convention(prose), 'area-prefix'));
  }
  for (const [why, prose] of [
    ['a file named in a step that is not about messages', 'Start the build with the file `setup.sh`.'],
    ['an all-capitals tag in brackets', 'Commit titles of drafts look like `[WIP] add flag`.'],
  ]) {
    it(`not ${why}`, async () => assert.notEqual(await convention(prose), 'area-prefix'));
  }
});

describe('commit types named in a sentence with "one of" (session 6)', () => {
  it('"where type is one of feat, fix, build or ci"', async () => {
    const facts = await factsOf(guide('## Commit format\n\n`<type>(<scope>): <subject>` where type is one of feat, fix, build or ci.'));
    assert.deepEqual(facts.commit.types, ['feat', 'fix', 'build', 'ci']);
  });
  it('"the file type is one of png, jpg or gif" lists no commit types', async () => {
    assert.equal((await factsOf(guide('## Images\n\nThe file type is one of png, jpg, svg or gif.'))).commit.types, null);
  });
});

describe('commit convention: the quality of a message as a rule, not as a step that commits (session 6)', () => {
  for (const prose of ['- Please use descriptive commit messages to ease the review.', '- Keep meaningful commit logs; no "more work" messages.']) {
    it(`"${prose}" is a rule for messages`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  for (const prose of [
    'Before opening a pull request:\n\n1. Fork the repository.\n2. Squash your commits and ensure you have a meaningful commit message.\n3. Make sure the tests pass.',
    '* Commit your changes using a descriptive commit message.\n\n    ```shell\n    git commit -a\n    ```',
  ]) {
    it(`"${prose.split('\n').find((l) => /commit message/.test(l))?.trim()}" is a step that commits`, async () => assert.equal(await convention(prose), null));
  }
});
