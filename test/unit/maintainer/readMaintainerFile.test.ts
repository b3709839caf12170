import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMaintainerFile } from '../../../src/core/maintainer/readMaintainerFile';
import { MaintainerProblem, RemoteSpec } from '../../../src/core/maintainer/types';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const FILE = '.github/onramp.yml';
const said = (problems: readonly MaintainerProblem[]): string[] => problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.severity} ${p.message}`);

describe('maintainer file: extends, body files and limits', () => {
  it('merges an in-repo base: the file overrides it, steps by id', async () => {
    const files = new MemoryRepoFiles({
      '.github/base.yml': 'steps:\n  - id: setup\n    title: Base setup\n  - id: test\n    title: Base test\nlabels: [good first issue]\nbaseBranch: main\ncommits:\n  signOff: required\n  types: [feat]\n',
      [FILE]: 'extends: .github/base.yml\nsteps:\n  - id: test\n    title: Our tests\n  - id: push\n    title: Push\nbaseBranch: develop\ncommits:\n  types: [feat, fix]\n',
    });
    const result = await readMaintainerFile(files, FILE);
    assert.deepEqual(said(result.problems), []);
    const config = result.config!;
    assert.deepEqual(config.steps.map((s) => `${s.id} ${s.title} ${s.source.file}:${s.source.line}`), [
      'setup Base setup .github/base.yml:2',
      `test Our tests ${FILE}:3`,
      `push Push ${FILE}:5`,
    ]);
    assert.equal(config.baseBranch?.value, 'develop');
    assert.deepEqual(config.labels?.source, { file: '.github/base.yml', line: 6, origin: 'config' });
    assert.equal(config.commits.signOff?.value, 'required');
    assert.deepEqual(config.commits.types?.value, ['feat', 'fix']);
    assert.deepEqual(config.mergedFrom, ['.github/base.yml', FILE]);
    assert.deepEqual(result.filesRead, [FILE, '.github/base.yml']);
  });

  it('refuses bases that leave the repository, at the extends line', async () => {
    const files = new MemoryRepoFiles(
      { [FILE]: 'extends:\n  - ../../etc/onramp.yml\n  - /etc/onramp.yml\n  - .github/link.yml\n  - .github/missing.yml\nbaseBranch: main\n' },
      { '.github/link.yml': 'link-outside' },
    );
    const result = await readMaintainerFile(files, FILE);
    assert.deepEqual(said(result.problems), [
      `${FILE}:2 error The base "../../etc/onramp.yml" is refused: paths may not use ".."; write the path from the root of the repository. It is not read.`,
      `${FILE}:3 error The base "/etc/onramp.yml" is refused: absolute paths are not allowed; write the path from the root of the repository. It is not read.`,
      `${FILE}:4 error The base ".github/link.yml" is a link that leads outside the repository; it was not read.`,
      `${FILE}:5 error The base ".github/missing.yml" does not exist.`,
    ]);
    assert.equal(result.config?.baseBranch?.value, 'main');
    assert.deepEqual(result.filesRead, [FILE]);
  });

  it('reports a cycle once, at the extends line that closes it, and still uses every file', async () => {
    const files = new MemoryRepoFiles({
      [FILE]: 'extends: a.yml\nlabels: [x]\n',
      'a.yml': 'extends: b.yml\nbaseBranch: main\n',
      'b.yml': 'extends: [a.yml, .github/onramp.yml]\nbranch: { template: "{number}" }\n',
    });
    const result = await readMaintainerFile(files, FILE);
    assert.deepEqual(said(result.problems), [
      'b.yml:1 error The bases form a cycle (a.yml → b.yml → a.yml); "a.yml" is not read again here.',
      `b.yml:1 error The bases form a cycle (${FILE} → a.yml → b.yml → ${FILE}); "${FILE}" is not read again here.`,
    ]);
    assert.equal(result.config?.baseBranch?.value, 'main');
    assert.equal(result.config?.branchTemplate?.value, '{number}');
    assert.deepEqual(result.config?.labels?.value, ['x']);
  });

  it('never fetches a remote base without the hook, and says so', async () => {
    const files = new MemoryRepoFiles({ [FILE]: 'extends: acme/onboarding:onramp/base.yml@v1\nbaseBranch: main\n' });
    const result = await readMaintainerFile(files, FILE);
    assert.deepEqual(said(result.problems), [
      `${FILE}:1 info The base "acme/onboarding:onramp/base.yml@v1" in another repository was not fetched: Onramp fetches bases from other repositories only in the editor, in a trusted workspace. The rest of this file applies without it.`,
    ]);
    assert.deepEqual(result.pendingRemote, [
      { spec: { kind: 'repo', repo: 'acme/onboarding', path: 'onramp/base.yml', ref: 'v1', text: 'acme/onboarding:onramp/base.yml@v1' }, source: { file: FILE, line: 1, origin: 'config' } },
    ]);
    assert.equal(result.config?.baseBranch?.value, 'main');
  });

  it('merges a remote base through the hook, its problems named by its spec', async () => {
    const asked: RemoteSpec[] = [];
    const files = new MemoryRepoFiles({ [FILE]: 'extends: https://github.com/acme/onboarding/blob/main/base.yml\nbaseBranch: main\n' });
    const result = await readMaintainerFile(files, FILE, {
      fetchRemote: async (spec) => {
        asked.push(spec);
        return 'labels: [starter]\nbaseBranch: trunk\nbogus: 1\n';
      },
    });
    assert.deepEqual(asked.map((s) => s.kind === 'url' && s.url), ['https://github.com/acme/onboarding/blob/main/base.yml']);
    assert.deepEqual(said(result.problems), ['https://github.com/acme/onboarding/blob/main/base.yml:3 warning Unknown key "bogus" at the top level; it is ignored.']);
    assert.deepEqual(result.config?.labels?.value, ['starter']);
    assert.equal(result.config?.baseBranch?.value, 'main');
    assert.deepEqual(result.pendingRemote, []);
  });

  it('refuses a 5 MB maintainer file at the size limit, saying so', async () => {
    const big = `labels: [x]\n# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const result = await readMaintainerFile(new MemoryRepoFiles({ [FILE]: big }), FILE, { maxFileBytes: 1024 * 1024 });
    assert.equal(result.config, null);
    assert.deepEqual(said(result.problems), [`${FILE}:1 error The maintainer file is 5.0 MiB; Onramp reads maintainer files up to 1.0 MiB, so it was not read.`]);
  });

  it('reads a step body file, vetting its links relative to its folder', async () => {
    const files = new MemoryRepoFiles({
      [FILE]: 'steps:\n  - id: a\n    title: A\n    bodyFile: docs/onramp/a.md\n  - id: b\n    title: B\n    bodyFile: docs/missing.md\n  - id: c\n    title: C\n    bodyFile: ../secret.md\n',
      'docs/onramp/a.md': '# Setup\n\nSee [the guide](../../CONTRIBUTING.md).\n\nNot [this](../../../outside.md) nor [that](vscode:extension/x).\n',
    });
    const result = await readMaintainerFile(files, FILE);
    assert.deepEqual(said(result.problems), [
      `${FILE}:10 error steps[2].bodyFile "../secret.md" is refused: paths may not use ".."; write the path from the root of the repository. The step has no body.`,
      'docs/onramp/a.md:5 error The link "../../../outside.md" is refused: it leads outside the repository. It is shown as plain text.',
      'docs/onramp/a.md:5 error The link "vscode:extension/x" is refused: "vscode:" links are not allowed (only http and https addresses, and files in the repository). It is shown as plain text.',
      `${FILE}:7 error The step's bodyFile cannot be read: docs/missing.md does not exist. The step has no body.`,
    ]);
    const [a, b, c] = result.config!.steps;
    assert.deepEqual(a.body, {
      kind: 'markdown',
      markdown: '# Setup\n\nSee [the guide](../../CONTRIBUTING.md).\n\nNot [this](../../../outside.md) nor [that](vscode:extension/x).\n',
      source: { file: 'docs/onramp/a.md', line: 1, origin: 'config' },
      baseDir: 'docs/onramp',
      rejectedLinks: ['../../../outside.md', 'vscode:extension/x'],
    });
    assert.equal(b.body, null);
    assert.equal(c.body, null);
    assert.deepEqual(result.filesRead, [FILE, 'docs/onramp/a.md']);
  });

  describe('on disk', () => {
    let root: string;
    let outside: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'onramp-maintainer-'));
      outside = mkdtempSync(join(tmpdir(), 'onramp-outside-'));
    });
    afterEach(() => {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    });

    it('never reads a base or body file through a symlink that leaves the repository', async () => {
      writeFileSync(join(outside, 'base.yml'), 'baseBranch: stolen\n');
      writeFileSync(join(outside, 'secret.md'), 'secret\n');
      mkdirSync(join(root, '.github'));
      symlinkSync(join(outside, 'base.yml'), join(root, '.github/base.yml'));
      symlinkSync(join(outside, 'secret.md'), join(root, 'body.md'));
      writeFileSync(join(root, FILE), 'extends: .github/base.yml\nsteps:\n  - id: a\n    title: A\n    bodyFile: body.md\n');
      const result = await readMaintainerFile(new NodeRepoFiles(root), FILE);
      assert.deepEqual(said(result.problems), [
        `${FILE}:1 error The base ".github/base.yml" is a link that leads outside the repository; it was not read.`,
        `${FILE}:5 error The step's bodyFile cannot be read: body.md is a link that leads outside the repository; it was not read. The step has no body.`,
      ]);
      assert.equal(result.config?.baseBranch, null);
      assert.deepEqual(result.filesRead, [FILE]);
    });
  });
});
