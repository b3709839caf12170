import * as assert from 'node:assert/strict';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { runCheck } from '../../../src/core/check/runCheck';
import type { Finding, RuleId } from '../../../src/core/check/types';

const check = async (files: Record<string, string>): Promise<readonly Finding[]> => (await runCheck(new MemoryRepoFiles(files))).findings;
const only = (findings: readonly Finding[], id: RuleId): Finding[] => findings.filter((f) => f.id === id);

const GUIDE = (body: string): string => `# Contributing\n\n## Setup\n\n\`\`\`sh\nnpm install\n\`\`\`\n\n${body}`;

describe('check: findings on crafted repositories', () => {
  it('reports an npm script the package.json does not have, at its line, with a one-line fix for a near miss', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Testing\n\nRun the tests:\n\n```sh\nnpm run tset\n```\n'),
      'package.json': '{"scripts":{"test":"mocha","lint":"eslint ."}}',
    });
    const stale = only(f, 'stale-command');
    assert.equal(stale.length, 1, JSON.stringify(f, null, 1));
    assert.equal(stale[0].severity, 'error');
    assert.equal(stale[0].file, 'CONTRIBUTING.md');
    assert.equal(stale[0].line, 14);
    assert.match(stale[0].message, /no script "tset".*"test"/);
    assert.deepEqual(stale[0].fix?.edit, { file: 'CONTRIBUTING.md', line: 14, replacement: 'npm run test' });
  });

  it('does not report scripts that exist, npm builtins, placeholders or commands run in a folder with its own package.json', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Testing\n\n```sh\nnpm test\nnpm run <script>\ncd web && npm run dev\nnpm ci\n```\n'),
      'package.json': '{"scripts":{"test":"mocha"}}',
      'web/package.json': '{"scripts":{"dev":"vite"}}',
    });
    assert.deepEqual(only(f, 'stale-command'), []);
    assert.deepEqual(only(f, 'missing-task-file'), []);
  });

  it('reports make, just, task, tox and nox names their files do not define, and missing wrappers', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Testing\n\n```sh\nmake test\nmake test-e2e\njust lint\ntask build\ntox -e py311,docs\nnox -s tests-3.12 typecheck\n./gradlew check\n```\n'),
      Makefile: 'test:\n\tgo test ./...\n',
      justfile: 'fmt:\n  cargo fmt\n',
      'Taskfile.yml': 'version: "3"\ntasks:\n  build:\n    cmds: [go build]\n',
      'tox.ini': '[tox]\nenvlist = py311, lint\n',
      'noxfile.py': 'import nox\n@nox.session(python=["3.12"])\ndef tests(session):\n    pass\n',
    });
    const names = only(f, 'stale-command').map((x) => /(?:no \w+ "([^"]+)")|(gradlew)/.exec(x.message)?.slice(1).find(Boolean));
    assert.deepEqual(names, ['test-e2e', 'lint', 'docs', 'typecheck', 'gradlew']);
    assert.deepEqual(only(f, 'stale-command').map((x) => x.line), [13, 14, 16, 17, 18]);
  });

  it('says so when a command needs a task file that is missing, as a warning', async () => {
    const f = await check({ 'CONTRIBUTING.md': GUIDE('## Testing\n\n```sh\nmake test\n```\n') });
    const missing = only(f, 'missing-task-file');
    assert.ok(missing.some((x) => /no Makefile/.test(x.message) && x.severity === 'warning'));
  });

  it('reports in-repo links and anchors that lead nowhere, and not the ones that work', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('See [dev](docs/dev.md), [gone](docs/gone.md), [setup](#setup), [nope](#no-such-heading),\n[dev tests](docs/dev.md#running-the-tests), [bad](docs/dev.md#missing) and [site](https://example.com/x).\n\n## Testing\n\n```sh\nnpm test\n```\n'),
      'docs/dev.md': '# Dev\n\n## Running the tests\n',
      'package.json': '{"scripts":{"test":"x"}}',
    });
    assert.deepEqual(
      only(f, 'broken-link').map((x) => [x.line, /"([^"]+)"/.exec(x.message)?.[1]]),
      [[9, 'docs/gone.md']],
    );
    assert.deepEqual(
      only(f, 'broken-anchor').map((x) => [x.line, /"([^"]+)"/.exec(x.message)?.[1]]),
      [[9, '#no-such-heading'], [10, 'docs/dev.md#missing']],
    );
  });

  it('reports guide commit types and subject length the commitlint config contradicts, with the fix', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Commit messages\n\nWe follow Conventional Commits. The subject must be at most 72 characters. Types:\n\n- `feature`: a new feature\n- `fix`: a bug fix\n- `docs`: documentation\n'),
      '.commitlintrc.json': '{"rules":{"type-enum":[2,"always",["feat","fix","docs"]],"header-max-length":[2,"always",100]}}',
    });
    const types = only(f, 'commit-types-contradiction');
    assert.equal(types.length, 1, JSON.stringify(f, null, 1));
    assert.match(types[0].message, /"feature".*feat, fix, docs/);
    assert.deepEqual(types[0].fix?.edit, { file: 'CONTRIBUTING.md', line: 13, replacement: '- `feat`: a new feature' });
    const length = only(f, 'subject-length-contradiction');
    assert.equal(length.length, 1, JSON.stringify(f, null, 1));
    assert.match(length[0].fix?.edit?.replacement ?? '', /at most 100 characters/);
  });

  it('reports a required sign-off nothing checks, and not when .github/dco.yml or a commitlint rule checks it', async () => {
    const guide = GUIDE('## Sign-off\n\nAll commits must be signed off (`git commit -s`), certifying the DCO.\n');
    assert.equal(only(await check({ 'CONTRIBUTING.md': guide }), 'sign-off-unchecked').length, 1);
    assert.equal(only(await check({ 'CONTRIBUTING.md': guide, '.github/dco.yml': 'require:\n  members: false\n' }), 'sign-off-unchecked').length, 0);
    assert.equal(only(await check({ 'CONTRIBUTING.md': guide, '.commitlintrc.json': '{"rules":{"signed-off-by":[2,"always","Signed-off-by:"]}}' }), 'sign-off-unchecked').length, 0);
  });

  it('reports a base branch the clone does not have, offering the one it has', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Pull requests\n\nCreate your branch from `develop` and open the pull request against `develop`.\n'),
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/refs/heads/main': 'abc\n',
      '.git/packed-refs': '# pack-refs with: peeled\nabc refs/remotes/origin/main\n',
    });
    const base = only(f, 'base-branch-missing');
    assert.equal(base.length, 1, JSON.stringify(f, null, 1));
    assert.match(base[0].message, /"develop"/);
    assert.equal(base[0].fix?.description, 'Name "main" instead.');
    const present = await check({ 'CONTRIBUTING.md': GUIDE('## Pull requests\n\nCreate your branch from `develop`.\n'), '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/remotes/origin/develop': 'abc\n' });
    assert.deepEqual(only(present, 'base-branch-missing'), []);
  });

  it('reports a pull request template that contradicts the guide', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Pull requests\n\nOpen your pull request against the `main` branch.\n'),
      '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] This pull request targets the `next` branch\n',
    });
    const t = only(f, 'template-contradiction');
    assert.equal(t.length, 1, JSON.stringify(f, null, 1));
    assert.equal(t[0].file, '.github/PULL_REQUEST_TEMPLATE.md');
    assert.match(t[0].message, /base branch: next.*main/);
  });

  it('does not report a template asking for free-form message rules beside the guide\'s commit format', async () => {
    const f = await check({
      'CONTRIBUTING.md': GUIDE('## Commit messages\n\nWe use Conventional Commits: `feat(parser): add X`, `fix: Y`.\n'),
      '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] My commit messages are in the imperative mood and reference the issue they fix\n',
    });
    assert.deepEqual(only(f, 'template-contradiction'), []);
  });

  it('reports gaps: no guide, no setup or test command, a maintainer step without a done check', async () => {
    const none = await check({ 'README.md': '# x\n' });
    assert.deepEqual(none.map((x) => x.id).sort(), ['no-guide', 'no-setup-command', 'no-test-command']);
    const f = await check({
      'CONTRIBUTING.md': '# Contributing\n\nThanks!\n',
      '.github/onramp.yml': 'version: 1\nsteps:\n  - id: install\n    title: Install\n    actions:\n      - run: npm run bootstrap\n  - id: docs\n    title: Read the docs\n    actions:\n      - open: docs/missing.md\n    done:\n      manual: true\n',
      'package.json': '{"scripts":{"test":"x"}}',
    });
    assert.deepEqual(only(f, 'step-without-done-check').map((x) => [x.file, x.line]), [['.github/onramp.yml', 3]]);
    assert.deepEqual(only(f, 'stale-command').map((x) => [x.file, x.line]), [['.github/onramp.yml', 6]]);
    assert.deepEqual(only(f, 'broken-link').map((x) => [x.file, x.line]), [['.github/onramp.yml', 10]]);
    assert.equal(only(f, 'no-setup-command').length, 0);
    assert.equal(only(f, 'no-test-command').length, 1);
  });

  it('passes on schema problems of the maintainer file as findings at their line', async () => {
    const f = await check({ 'CONTRIBUTING.md': GUIDE(''), '.github/onramp.yml': 'version: 1\nsteps:\n  - id: x\n    titel: typo\n' });
    const m = only(f, 'maintainer-file');
    assert.ok(m.length >= 1, JSON.stringify(f, null, 1));
    assert.ok(m.every((x) => x.file === '.github/onramp.yml' && x.line >= 3));
  });
});
