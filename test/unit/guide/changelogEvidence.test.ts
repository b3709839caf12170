import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { groupFacts } from '../../../src/core/presentation/factGroups';

/** Guides and repositories written for the test: the changelog rule, and the folder or file that bears it out. */
describe('the changelog rule confirmed by the repository', () => {
  const guide = (rule: string) => ({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${rule}\n` });
  const CHANGESET = 'Every pull request must include a changeset: run `npx changeset` and commit the file it writes.';
  const FOLDER = 'Add a news fragment to the `CHANGES/` folder describing your change.';
  const FILE = 'Please add an entry to CHANGELOG.md for every user-facing change.';
  const NOT_NEEDED = 'You do not need to update the changelog: release notes are generated from commits.';
  const cases: [string, Record<string, string>, { file: string; line: number } | undefined][] = [
    ['a .changeset folder confirms changesets, at its config', { ...guide(CHANGESET), '.changeset/config.json': '{}\n', '.changeset/README.md': '# x\n' }, { file: '.changeset/config.json', line: 1 }],
    ['a CHANGES folder of fragments, at its template', { ...guide(FOLDER), 'CHANGES/.TEMPLATE.rst': 'x\n', 'CHANGES/123.bugfix': 'x\n' }, { file: 'CHANGES/.TEMPLATE.rst', line: 1 }],
    ['a chloggen template', { ...guide('Add a changelog entry under `.chloggen/` for each change.'), '.chloggen/TEMPLATE.yaml': 'change_type:\n' }, { file: '.chloggen/TEMPLATE.yaml', line: 1 }],
    ['a towncrier table in pyproject.toml', { ...guide(FOLDER), 'pyproject.toml': '[project]\nname = "x"\n\n[tool.towncrier]\ndirectory = "CHANGES"\n' }, { file: 'pyproject.toml', line: 4 }],
    ['a fragment folder without a template: the folder', { ...guide(FOLDER), 'changelog.d/1.md': 'x\n' }, { file: 'changelog.d', line: 1 }],
    ['a changelog file for "add an entry to CHANGELOG.md"', { ...guide(FILE), 'CHANGELOG.md': '# Changes\n' }, { file: 'CHANGELOG.md', line: 1 }],
    ['not a changelog file for a changesets rule', { ...guide(CHANGESET), 'CHANGELOG.md': '# Changes\n' }, undefined],
    ['not a folder of another tool than the one the guide names', { ...guide(CHANGESET), 'changelog.d/1.md': 'x\n' }, undefined],
    ['nothing when no entry is needed', { ...guide(NOT_NEEDED), '.changeset/config.json': '{}\n' }, undefined],
    ['nothing when the repository shows nothing', guide(CHANGESET), undefined],
  ];
  for (const [name, files, expected] of cases) {
    it(`${expected ? 'confirms by' : 'does not confirm:'} ${name}`, async () => {
      const facts = await readGuide(new MemoryRepoFiles(files));
      assert.ok(facts.changelog.required, 'the guide states a rule');
      assert.deepEqual(facts.changelog.required.confirmedBy, expected);
      const json = toInspectJson(facts);
      assert.deepEqual(json.sources['changelog.required'].confirmedBy, expected);
      if (!expected) assert.ok(!('confirmedBy' in json.sources['changelog.required']), 'the key is left out when nothing confirms the rule');
    });
  }

  it('leaves the facts the guide states as they are', async () => {
    const plain = toInspectJson(await readGuide(new MemoryRepoFiles(guide(FOLDER))));
    const confirmed = toInspectJson(await readGuide(new MemoryRepoFiles({ ...guide(FOLDER), 'CHANGES/README.rst': 'x\n' })));
    assert.deepEqual(confirmed.changelog, plain.changelog);
    assert.deepEqual({ ...confirmed.sources['changelog.required'], confirmedBy: undefined }, { ...plain.sources['changelog.required'], confirmedBy: undefined });
  });

  it('gives the view the confirming file of the changelog rule and of a command, and none to the rest', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ ...guide(CHANGESET), '.changeset/config.json': '{}\n', 'CONTRIBUTING.md': `${guide(CHANGESET)['CONTRIBUTING.md']}\n## Testing\n\n\`\`\`sh\nnpm test\nnpm ci\n\`\`\`\n`, 'package.json': '{\n  "scripts": {\n    "test": "jest"\n  }\n}\n' }));
    const lines = groupFacts(facts).flatMap((g) => g.lines);
    assert.deepEqual(lines.find((l) => l.label === 'Changelog entry')?.confirmedBy, { file: '.changeset/config.json', line: 1 });
    assert.deepEqual(lines.find((l) => l.value === 'npm test')?.confirmedBy, { file: 'package.json', line: 3 });
    assert.ok(lines.some((l) => l.value === 'npm ci') && !('confirmedBy' in (lines.find((l) => l.value === 'npm ci') ?? {})));
  });
});

