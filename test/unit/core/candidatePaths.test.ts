import * as assert from 'node:assert/strict';
import { candidatePaths, caseInsensitive, stemOf } from '../../../src/core/guide/candidatePaths';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from './memoryRepoFiles';

/** The glob syntax candidatePaths uses (literals, [xX] classes, a trailing *, braces nowhere), as a RegExp. */
function globToRegExp(glob: string): RegExp {
  assert.ok(!/[{}?]|\*\*/.test(glob), `${glob} uses only literals, classes and *`);
  const source = glob.replace(/\[[^\]]+\]|\*|[^[*]+/g, (part) =>
    part === '*' ? '[^/]*' : part.startsWith('[') ? part : part.replace(/[.+^$()|\\]/g, '\\$&'),
  );
  return new RegExp(`^${source}$`);
}

describe('candidatePaths', () => {
  const candidates = candidatePaths();
  const globs = candidates.globs.map(globToRegExp);
  const watched = (path: string): boolean => globs.some((g) => g.test(path));

  const readable = [
    'CONTRIBUTING.md',
    'contributing.rst',
    '.github/Contributing.adoc',
    'docs/CONTRIBUTING',
    'README.md',
    'readme.txt',
    '.github/PULL_REQUEST_TEMPLATE.md',
    'docs/pull_request_template.txt',
    'pull_request_template.md',
    '.github/PULL_REQUEST_TEMPLATE/feature.md',
    '.github/pull_request_template',
    '.commitlintrc',
    '.commitlintrc.json',
    '.commitlintrc.yml',
    'commitlint.config.mjs',
    '.config/commitlintrc.json',
    '.config/commitlint.config.ts',
    '.github/onramp.yml',
    '.onramp.yaml',
    'package.json',
    '.git/config',
    '.github',
    'docs',
    '.config',
    // What confirms a command or the changelog rule: a Makefile made after a reading must be seen too.
    'Makefile',
    'justfile',
    'Taskfile.yml',
    'tox.ini',
    'noxfile.py',
    '.cargo/config.toml',
    '.cargo',
    'magefiles',
    'Rakefile',
    '.changeset',
    'changelog.d',
    'towncrier.toml',
    'CHANGELOG.md',
    'HISTORY.rst',
    // Developers' and build documents at the root (session 23).
    'DEVEL.md',
    'README-dev.md',
    'BUILDING.md',
    'ReadMe.Compiling.md',
  ];
  for (const path of readable) {
    it(`watches and accepts ${path}`, () => {
      assert.ok(candidates.matches(path), `${path} is a candidate`);
      assert.ok(watched(path), `${path} is matched by a watcher glob`);
    });
  }

  const unread = [
    'node_modules/left-pad/README.md',
    'packages/a/CONTRIBUTING.md',
    'docs/README.md',
    'src/index.ts',
    'packages/a/package.json',
    'CONTRIBUTING.md.bak',
    'CONTRIBUTORS.md',
    '.config/eslintrc.json',
    '.github/workflows/ci.yml',
    '.github/PULL_REQUEST_TEMPLATE/notes.txt',
    '.git/index',
    'packages/a/Makefile',
    'CHANGELOG.md.orig',
    'docs/CHANGELOG.md',
  ];
  for (const path of unread) {
    it(`does not accept ${path}`, () => assert.ok(!candidates.matches(path)));
  }

  it('watches no whole tree', () => {
    for (const glob of candidates.globs) assert.ok(!glob.includes('**') && glob !== '*', glob);
  });

  it('accepts every file the reader reads at a fixed place, in several layouts', async () => {
    const layouts: Record<string, string>[] = [
      { 'CONTRIBUTING.md': '# Contributing\n\nRun `npm test`.\n', '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] Tests\n', '.config/commitlintrc.yaml': 'extends: ["@commitlint/config-conventional"]\n', '.onramp.yml': 'version: 1\n' },
      { 'docs/contributing.rst': 'Contributing\n============\n\nRun ``make``.\n', 'docs/pull_request_template/bug.md': '- [ ] Repro\n', 'commitlint.config.cjs': 'module.exports = {};\n' },
      { 'README.md': '# x\n\n## Contributing\n\nSend patches.\n', '.commitlintrc': '{}\n', '.github/onramp.yaml': 'version: 1\n' },
    ];
    for (const layout of layouts) {
      const facts = await readGuide(new MemoryRepoFiles(layout));
      const f = facts.files;
      const read = [f.guide, f.readmeSection, f.commitlintConfig, f.config, ...f.prTemplates].filter((p): p is string => !!p);
      assert.ok(read.length >= 2, JSON.stringify(f));
      for (const path of read) assert.ok(candidates.matches(path) && watched(path), `${path} (read by the reader) is a candidate`);
    }
  });

  it('takes the stem of an anchored pattern and spells it in either case', () => {
    assert.equal(stemOf(/^contributing(\.md)?$/i), 'contributing');
    assert.throws(() => stemOf(/\.(md|markdown)$/i));
    assert.equal(caseInsensitive('pr_1'), '[pP][rR]_1');
  });
});
