import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const changelogOf = async (guide: string) => (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }))).changelog;

describe('process rules: changelog', () => {
  it('a folder of upcoming changes named in a code span is a changelog folder', async () => {
    const found = await changelogOf('# Contributing\n\nIf your change modifies the API, add a release note to the `doc/release/upcoming_changes/` directory.\n');
    assert.deepEqual({ required: found.required?.value, how: found.how?.value }, { required: true, how: 'changelog-folder' });
  });

  it('the pull request description used to create changelogs is where the entry is written', async () => {
    const found = await changelogOf('# Contributing\n\n## Pull requests\n\nSummarize the change in the description. The description is used to create changelogs, so write it for users.\n');
    assert.equal(found.how?.value, 'pr-body');
    assert.equal(found.required, null);
  });

  it('a release that uses the PR title and body is read even in a release section', async () => {
    const found = await changelogOf('# Contributing\n\n## Release title and body\n\nThe release will use the PR\u2019s title and body directly, so write them for the release notes.\n');
    assert.equal(found.how?.value, 'pr-body');
  });

  it('a folder described as holding release note files asks nothing', async () => {
    const found = await changelogOf('# Contributing\n\n## Layout\n\n- `docs` - the documentation\n- `releases` - All release note files\n');
    assert.deepEqual(found, { required: null, how: null });
  });

  it('a release note that should go in a file is a changelog file', async () => {
    const found = await changelogOf('# Contributing\n\nNew features need a release note. The release note should go in the file named for the next release.\n');
    assert.equal(found.how?.value, 'changelog-file');
  });
});

describe('process rules: changelog made for the contributor', () => {
  const cases: [string, string][] = [
    ['release notes generated from commit messages', 'Follow the commit format; this is necessary because release notes are automatically generated from these messages.'],
    ['changelogs generated so commits must follow the convention', 'Commit messages must follow the convention so that changelogs can be automatically generated.'],
    ['the changelog made from the first lines of commits', 'The changelog gets made by looking at just these first lines, so make them good!'],
    ['a script that uses pull request names', 'When we generate changelogs before a release, a script uses the pull request names to populate the entries.'],
    ['automated release notes generation', 'At least one commit ends with `Fixes #id`. This allows automated release notes generation.'],
  ];
  for (const [name, sentence] of cases) {
    it(`reads "${name}" as not required`, async () => {
      const found = await changelogOf(`# Contributing\n\n${sentence}\n`);
      assert.deepEqual({ required: found.required?.value, how: found.how }, { required: false, how: null });
    });
  }

  it('a changelog said not to be generated is no negative', async () => {
    assert.equal((await changelogOf('# Contributing\n\nThe changelog is not generated automatically, so the maintainers edit it.\n')).required, null);
  });

  it('an entry asked for wins over notes generated elsewhere', async () => {
    const found = await changelogOf('# Contributing\n\nAdd an entry to CHANGELOG.md for every user-facing change.\n\nThe GitHub release notes are automatically generated.\n');
    assert.equal(found.required?.value, true);
  });
});
