import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { checkFor, checklistItemId, isOptional } from '../../../src/core/guide/checklistItems';
import { projectFromRemotes } from '../../../src/core/repo/project';
import { namedRemotes } from '../../../src/core/repo/gitRemote';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { MemoryRepoFiles } from './memoryRepoFiles';
import { FACT_CATALOG, FACT_IDS } from '../../../src/core/guide/factCatalog';

const read = (files: Record<string, string | Uint8Array>) => readGuide(new MemoryRepoFiles(files));

describe('the project a contribution goes to', () => {
  const remotes = (...pairs: [string, string][]) => pairs.map(([name, url]) => ({ name, url }));

  it('prefers upstream over origin in a fork, and keeps every remote', () => {
    const project = projectFromRemotes(remotes(['origin', 'git@github.com:me/widget.git'], ['upstream', 'https://github.com/Acme/Widget.git']));
    assert.equal(project?.remote, 'upstream');
    assert.equal(project?.path, 'acme/widget');
    assert.equal(project?.owner, 'acme');
    assert.equal(project?.name, 'widget');
    assert.equal(project?.webUrl, 'https://github.com/acme/widget');
    assert.equal(project?.apiBaseUrl, 'https://api.github.com');
    assert.deepEqual(project?.remotes.map((r) => r.name), ['origin', 'upstream']);
  });

  const hosts: [string, string, string, string | null][] = [
    ['ssh://git@github.com/acme/widget', 'github', 'acme/widget', 'https://api.github.com'],
    ['git@github.example.com:team/tool.git', 'github-enterprise', 'team/tool', 'https://github.example.com/api/v3'],
    ['https://gitlab.com/group/sub/tool.git', 'gitlab', 'group/sub/tool', 'https://gitlab.com/api/v4'],
    ['git@gitlab.acme.org:platform/tool.git', 'gitlab', 'platform/tool', 'https://gitlab.acme.org/api/v4'],
    ['https://codeberg.org/forgejo/forgejo', 'other', 'forgejo/forgejo', null],
  ];
  for (const [url, kind, path, api] of hosts) {
    it(`reads ${url} as a ${kind} repository`, () => {
      const project = projectFromRemotes(remotes(['origin', url]));
      assert.deepEqual([project?.hostKind, project?.path, project?.apiBaseUrl], [kind, path, api]);
    });
  }

  it('takes a configured host at its word (a GitHub Enterprise server with its own API URL)', () => {
    const project = projectFromRemotes(remotes(['origin', 'git@code.corp:team/tool.git']), [{ host: 'code.corp', kind: 'github-enterprise', apiBaseUrl: 'https://code.corp/api/v3' }]);
    assert.equal(project?.hostKind, 'github-enterprise');
  });

  it('is null when no remote names a forge repository (a local path, no remotes)', () => {
    assert.equal(projectFromRemotes(remotes(['origin', '/srv/git/tool.git'])), null);
    assert.equal(projectFromRemotes([]), null);
  });

  it('reads the remotes of .git/config by name', () => {
    assert.deepEqual(namedRemotes('[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:me/w.git\n[remote "upstream"]\n\turl = https://github.com/a/w\n'), [
      { name: 'origin', url: 'git@github.com:me/w.git' },
      { name: 'upstream', url: 'https://github.com/a/w' },
    ]);
  });

  it('is in inspect --json under `project`', async () => {
    const facts = await read({ 'CONTRIBUTING.md': '# Hi\n\nRun `npm test`.\n', '.git/config': '[remote "origin"]\n\turl = https://github.com/acme/widget.git\n' });
    assert.equal(toInspectJson(facts).project?.webUrl, 'https://github.com/acme/widget');
    const none = await read({ 'CONTRIBUTING.md': '# Hi\n' });
    assert.equal(toInspectJson(none).project, null);
  });
});

describe('checklist items', () => {
  const checks: [string, string][] = [
    ['All new and existing tests passed', 'tests'],
    ['I have run `npm test` locally', 'tests'],
    ['Code is linted and formatted with Prettier', 'lint'],
    ['My commits are signed off (DCO)', 'signOff'],
    ['Commit messages follow the commit guidelines', 'commitRules'],
    ['Added a changeset', 'changelog'],
    ['Added an entry to CHANGELOG.md', 'changelog'],
    ['The branch is rebased on the latest main', 'upToDate'],
    ['Linked the issue this PR fixes', 'issueLinked'],
    ['Updated the documentation', 'docs'],
    ['I have read the Code of Conduct', 'manual'],
    ['Tests added for the new behaviour', 'manual'],
  ];
  for (const [text, check] of checks) {
    it(`"${text}" is checked as ${check}`, () => assert.equal(checkFor(text), check));
  }

  const optional: [string, boolean][] = [
    ['Docs updated (if applicable)', true],
    ['Screenshots (optional)', true],
    ['N/A: no user-facing change', true],
    ['Tests pass', false],
    ['Read the guide on naming', false],
  ];
  for (const [text, expected] of optional) {
    it(`"${text}" is ${expected ? '' : 'not '}optional`, () => assert.equal(isOptional(text), expected));
  }

  it('keeps an id while the words stay the same, whatever the emphasis, and tells files apart', () => {
    assert.equal(checklistItemId('**Tests** pass.', 'a.md'), checklistItemId('tests pass', 'a.md'));
    assert.notEqual(checklistItemId('tests pass', 'a.md'), checklistItemId('tests pass', 'b.md'));
    assert.match(checklistItemId('tests pass', 'a.md'), /^chk-[0-9a-f]{8}$/);
  });

  it('says which template an item came from, drops commented-out items, and marks optional ones', async () => {
    const facts = await read({
      '.github/pull_request_template.md': '## Checklist\n\n- [ ] Tests pass\n- [ ] Docs updated (if applicable)\n<!-- - [ ] Screenshots attached -->\n',
    });
    assert.deepEqual(
      facts.checklist.map((c) => [c.text, c.file, c.origin, c.optional, c.check]),
      [
        ['Tests pass', '.github/pull_request_template.md', 'template', false, 'tests'],
        ['Docs updated (if applicable)', '.github/pull_request_template.md', 'template', true, 'docs'],
      ],
    );
  });
});

describe('origins and problems in inspect --json', () => {
  it('says each fact came from the commitlint config, a template or the guide, with its line', async () => {
    const facts = await read({
      '.commitlintrc.json': '{\n  "extends": ["@commitlint/config-conventional"]\n}\n',
      'CONTRIBUTING.md': '# Contributing\n\nOpen pull requests against the `develop` branch.\n',
    });
    const json = toInspectJson(facts);
    assert.deepEqual(json.sources['commit.convention'], { file: '.commitlintrc.json', line: 2, origin: 'commitlint' });
    assert.deepEqual(json.sources.baseBranch, { file: 'CONTRIBUTING.md', line: 3, origin: 'guide' });
    assert.equal(json.sources.discussFirst, undefined, 'an unknown fact has no source');
  });

  it('lists every problem with file, line, column and severity', async () => {
    const facts = await read({ '.commitlintrc.json': '{\n  "rules": {,}\n}\n', 'CONTRIBUTING.md': '' });
    const problems = toInspectJson(facts).problems;
    assert.ok(problems.some((p) => p.file === '.commitlintrc.json' && p.line === 2 && p.severity === 'warning'), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.file === 'CONTRIBUTING.md' && p.severity === 'info' && /empty|no text/i.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.every((p) => 'column' in p));
  });
});

describe('the whole commitlint config', () => {
  it('keeps every rule with level, applicability, value and line, and the extends list', async () => {
    const facts = await read({
      '.commitlintrc.yml': 'extends:\n  - "@commitlint/config-conventional"\nrules:\n  scope-enum: [2, always, [api, ui]]\n  body-max-line-length: [0]\n  subject-case: [1, never, [upper-case]]\n',
    });
    const config = facts.commitlint;
    assert.ok(config);
    assert.deepEqual(config.extends, [{ name: '@commitlint/config-conventional', line: 2, bundled: true }]);
    assert.deepEqual(
      config.rules.map((r) => [r.name, r.level, r.applicable, r.value, r.line]),
      [
        ['scope-enum', 2, 'always', ['api', 'ui'], 4],
        ['body-max-line-length', 0, 'always', null, 5],
        ['subject-case', 1, 'never', ['upper-case'], 6],
      ],
    );
    assert.deepEqual(config.codeReferences.filter((r) => !r.bundled), [], 'only the bundled preset, which is data Onramp carries');
    assert.equal(config.literal, true);
  });

  it('names every piece of code a data config points at, with its line, and does not run it', async () => {
    const facts = await read({
      '.commitlintrc.json': '{\n  "extends": ["@commitlint/config-conventional", "./local-rules.js"],\n  "parserPreset": "conventional-changelog-atom",\n  "plugins": ["commitlint-plugin-function-rules"],\n  "formatter": "@commitlint/format"\n}\n',
    });
    const refs = facts.commitlint?.codeReferences.map((r) => [r.key, r.target, r.kind, r.bundled, r.line]);
    assert.deepEqual(refs, [
      ['extends', '@commitlint/config-conventional', 'package', true, 2],
      ['extends', './local-rules.js', 'local-file', false, 2],
      ['parserPreset', 'conventional-changelog-atom', 'package', false, 3],
      ['plugins', 'commitlint-plugin-function-rules', 'package', false, 4],
      ['formatter', '@commitlint/format', 'package', false, 5],
    ]);
    const said = facts.problems.filter((p) => p.file === '.commitlintrc.json').map((p) => p.line);
    assert.deepEqual(said, [2, 3, 4, 5], 'one problem per reference Onramp does not carry, none for the bundled preset');
  });

  it('names a JavaScript config itself as code, and keeps its literal rules', async () => {
    const facts = await read({ 'commitlint.config.js': "module.exports = {\n  extends: ['@commitlint/config-conventional'],\n  rules: { 'header-max-length': [2, 'always', 72], 'type-enum': [2, 'always', require('./types')] },\n};\n" });
    const config = facts.commitlint;
    assert.equal(config?.syntax, 'script');
    assert.deepEqual(config?.codeReferences[0], { file: 'commitlint.config.js', line: 1, key: 'config', target: 'commitlint.config.js', kind: 'script-config', bundled: false });
    assert.equal(config?.literal, false, 'a computed value makes the config incomplete as read');
    assert.deepEqual(config?.rules.find((r) => r.name === 'header-max-length')?.value, 72);
  });

  it('uses the config commitlint would pick and names the others as ignored', async () => {
    const facts = await read({
      'package.json': '{\n  "name": "x",\n  "commitlint": { "extends": ["@commitlint/config-angular"] }\n}\n',
      '.commitlintrc.json': '{ "extends": ["@commitlint/config-conventional"] }\n',
      'commitlint.config.js': 'module.exports = {};\n',
    });
    assert.equal(facts.files.commitlintConfig, 'package.json');
    assert.deepEqual(facts.commitlint?.found, ['package.json', '.commitlintrc.json', 'commitlint.config.js']);
    assert.deepEqual(
      facts.problems.filter((p) => /commitlint uses package\.json/.test(p.message)).map((p) => p.file),
      ['.commitlintrc.json', 'commitlint.config.js'],
    );
  });
});

describe('choosing the guide', () => {
  it('skips an empty CONTRIBUTING.md for docs/CONTRIBUTING.md, and says so', async () => {
    const facts = await read({ 'CONTRIBUTING.md': '<!-- nothing yet -->\n', 'docs/CONTRIBUTING.md': '# Contributing\n\nRun `make test`.\n' });
    assert.equal(facts.files.guide, 'docs/CONTRIBUTING.md');
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['make test']);
    assert.ok(facts.problems.some((p) => p.file === 'CONTRIBUTING.md' && /skipped/.test(p.message)));
  });

  it('skips a binary guide for the next candidate', async () => {
    const facts = await read({ '.github/CONTRIBUTING.md': new Uint8Array([0, 1, 2, 3, 0, 255, 0]), 'CONTRIBUTING.md': '# Contributing\n\nRun `npm test`.\n' });
    assert.equal(facts.files.guide, 'CONTRIBUTING.md');
    assert.ok(facts.problems.some((p) => p.file === '.github/CONTRIBUTING.md'));
  });

  it('names a guide that is a symlink loop', async () => {
    const root = mkdtempSync(join(tmpdir(), 'onramp-loop-'));
    try {
      symlinkSync('b.md', join(root, 'CONTRIBUTING.md'));
      symlinkSync('CONTRIBUTING.md', join(root, 'b.md'));
      writeFileSync(join(root, 'README.md'), '# Tool\n');
      const facts = await readGuide(new NodeRepoFiles(root));
      assert.deepEqual(facts.problems.map((p) => p.message), ['CONTRIBUTING.md is a link that leads round in a loop (a link cycle); it was not read.']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('calls a guide that is a long list of links a pointer', async () => {
    const toc = ['# Contributing', '', 'Everything lives in our docs:', '', ...Array.from({ length: 30 }, (_, k) => `- [Topic ${k}](https://example.org/docs/topic-${k})`)].join('\n');
    const facts = await read({ 'CONTRIBUTING.md': toc });
    assert.equal(facts.guideIsPointerOnly?.value, true);
  });

  it('does not call a long guide that links out for details a pointer', async () => {
    const guide = ['# Contributing', '', ...Array.from({ length: 8 }, (_, k) => `- Step ${k}: install the tools, then run the suite with care and read [more](https://example.org/${k}) about why the checks matter for everyone.`), '', '```sh', 'npm test', '```'].join('\n');
    const facts = await read({ 'CONTRIBUTING.md': guide });
    assert.equal(facts.guideIsPointerOnly?.value, false);
  });
});

describe('the fact catalog', () => {
  it('describes every fact id once, in the order of inspect --json', () => {
    assert.deepEqual(FACT_CATALOG.map((s) => s.id), [...FACT_IDS]);
  });
});
