import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { runCheck } from '../../../src/core/check/runCheck';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Review of 702f5cb (real symbolic links cited at their target), 34fd625 (stop tasks, `tox list`, `make scrub`) and
// 6595253 (role words and document names are no base branch). Every text below is written for the review.

const read = (files: Record<string, string>, projectName?: string) => readGuide(new MemoryRepoFiles(files), { projectName });
const commandsOf = async (guide: string) => {
  const facts = await read({ 'CONTRIBUTING.md': guide });
  return { setup: facts.commands.setup.map((c) => c.command), test: facts.commands.test.map((c) => c.command), lint: facts.commands.lint.map((c) => c.command) };
};
const baseOf = async (text: string) => (await read({ 'CONTRIBUTING.md': `# Contributing\n\n${text}\n` })).baseBranch?.value ?? null;

/** A folder in the system's temp folder: files by path, and symbolic links (path -> target as written in the link). */
function folder(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'onramp-review26b-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
  return dir;
}

const citedFiles = (facts: Awaited<ReturnType<typeof readGuide>>): string[] => [...facts.commands.setup, ...facts.commands.test, ...facts.commands.lint].map((c) => c.source.file);

describe('review26b', () => {
  describe('a guide or linked document that is a real symbolic link (702f5cb)', () => {
    const made: string[] = [];
    const at = (files: Record<string, string>, links: Record<string, string> = {}) => {
      const dir = folder(files, links);
      made.push(dir);
      return dir;
    };
    afterEach(() => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    const onboarding = '# Onboarding\n\nFor the development environment see [the setup page](setup.md).\n\n## Testing\n\n```sh\nmake test\n```\n';
    const setupPage = '# Setup\n\n```sh\n./bootstrap.sh\n```\n';

    it('a relative link in the linked-to file is followed from the file it is written in', async () => {
      const dir = at({ 'docs/development/onboarding.md': onboarding, 'docs/development/setup.md': setupPage }, { 'CONTRIBUTING.md': 'docs/development/onboarding.md' });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
      assert.deepEqual(facts.files.linkedDocs, ['docs/development/setup.md']);
      assert.deepEqual(facts.commands.setup.map((c) => [c.command, c.source.file]), [['./bootstrap.sh', 'docs/development/setup.md']]);
    });

    it('`onramp check` does not call broken the link the reader followed from the linked-to file', async () => {
      const dir = at({ 'docs/development/onboarding.md': onboarding, 'docs/development/setup.md': setupPage, 'bootstrap.sh': '#!/bin/sh\n', Makefile: 'test:\n\techo ok\n' }, { 'CONTRIBUTING.md': 'docs/development/onboarding.md' });
      const result = await runCheck(new NodeRepoFiles(dir));
      assert.deepEqual(result.findings.filter((f) => f.id === 'broken-link').map((f) => `${f.file}:${f.line} ${f.message}`), []);
    });

    it('a README linked at a section, itself a real link, is cited at its target like any other linked document', async () => {
      const dir = at(
        { 'CONTRIBUTING.md': '# Contributing\n\nSee the [development section](README.md#development) of the README.\n', 'docs/index.md': '# Widget\n\nA widget.\n\n## Development\n\n```sh\nmake dev\n```\n' },
        { 'README.md': 'docs/index.md' },
      );
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.deepEqual(facts.commands.setup.map((c) => [c.command, c.source.file, c.source.line]), [['make dev', 'docs/index.md', 8]]);
    });

    it('near miss: a README that stands in for the guide, itself a real link, is cited at its target', async () => {
      const dir = at({ 'docs/index.md': '# Widget\n\nA widget.\n\n## Development\n\n```sh\nmake dev\n```\n' }, { 'README.md': 'docs/index.md' });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.equal(facts.files.readmeSection, 'README.md');
      assert.deepEqual(facts.commands.setup.map((c) => [c.command, c.source.file]), [['make dev', 'docs/index.md']]);
    });

    it('a link checked out as text that leads to a real link is cited at the file at the end of both', async () => {
      const dir = at({ 'CONTRIBUTING.md': 'docs/CONTRIBUTING.md', 'docs/dev/guide.md': '# Contributing\n\n## Testing\n\n```sh\nmake test\n```\n' }, { 'docs/CONTRIBUTING.md': 'dev/guide.md' });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.deepEqual(facts.commands.test.map((c) => [c.command, c.source.file]), [['make test', 'docs/dev/guide.md']]);
    });

    it('a repository opened through a symbolic link to its folder cites paths inside it, never "../"', async () => {
      const outer = at({ 'repo/docs/CONTRIBUTING.md': '# Contributing\n\n## Testing\n\n```sh\nmake test\n```\n' }, { 'repo/CONTRIBUTING.md': 'docs/CONTRIBUTING.md', alias: 'repo' });
      const facts = await readGuide(new NodeRepoFiles(join(outer, 'alias')));
      assert.equal(facts.files.guide, 'CONTRIBUTING.md');
      assert.deepEqual(citedFiles(facts), ['docs/CONTRIBUTING.md']);
    });

    it('two guides that link to each other in a loop: no crash, both named as a loop, the README stands in', async () => {
      const dir = at({ 'README.md': '# Widget\n\n## Development\n\n```sh\nmake dev\n```\n' }, { 'CONTRIBUTING.md': '.github/CONTRIBUTING.md', '.github/CONTRIBUTING.md': '../CONTRIBUTING.md' });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.equal(facts.files.guide, null);
      assert.deepEqual(citedFiles(facts), ['README.md']);
      assert.deepEqual(facts.problems.filter((p) => /loop/.test(p.message)).map((p) => p.file).sort(), ['.github/CONTRIBUTING.md', 'CONTRIBUTING.md']);
    });

    it('a guide that links out of the repository is not read, and nothing is cited outside it', async () => {
      const outside = at({ 'CONTRIBUTING.md': '# Contributing\n\n```sh\nmake secret\n```\n' });
      const dir = at({ 'README.md': '# Widget\n\n## Development\n\n```sh\nmake dev\n```\n' }, { 'CONTRIBUTING.md': join(outside, 'CONTRIBUTING.md') });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.equal(facts.files.guide, null);
      assert.deepEqual(citedFiles(facts), ['README.md']);
    });

    it('a linked document that is a real link back to the guide is not read a second time', async () => {
      const dir = at({ 'CONTRIBUTING.md': '# Contributing\n\nSee the [development notes](docs/contributing.md).\n\n## Testing\n\n```sh\nmake test\n```\n' }, { 'docs/contributing.md': '../CONTRIBUTING.md' });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.deepEqual(facts.files.linkedDocs, []);
      assert.deepEqual(facts.commands.test.map((c) => [c.command, c.source.file]), [['make test', 'CONTRIBUTING.md']]);
    });

    it('near miss: `CONTRIBUTING.md -> CONTRIBUTING` (Markdown kept in a file without extension) reads the same steps', async () => {
      const text = '# Contributing\n\n<!--\nOld instructions:\n\n```sh\nmake bootstrap-legacy\n```\n-->\n\n## Building\n\n```sh\nmake\n```\n\n## Testing\n\n```sh\nmake check\n```\n';
      const dir = at({ CONTRIBUTING: text }, { 'CONTRIBUTING.md': 'CONTRIBUTING' });
      const facts = await readGuide(new NodeRepoFiles(dir));
      assert.deepEqual(facts.commands.setup.map((c) => [c.command, c.source.file]), [['make', 'CONTRIBUTING']]);
      assert.deepEqual(facts.commands.test.map((c) => [c.command, c.source.file]), [['make check', 'CONTRIBUTING']]);
    });
  });

  describe('stopping, listing and scrubbing are no steps (34fd625)', () => {
    it('a scrub followed by a build is a rebuild, a setup step (`make scrub && make`), as `make clean all` is', async () => {
      const found = await commandsOf('# Contributing\n\n## Building\n\nTo rebuild from scratch:\n\n```sh\nmake scrub && make\n```\n');
      assert.deepEqual(found.setup, ['make scrub && make']);
    });

    it('a lint task about stop words (`npm run lint:stop-words`) is a lint step, not a stop', async () => {
      const found = await commandsOf('# Contributing\n\n## Linting\n\nWe check the docs for stop words too:\n\n```sh\nnpm run lint\nnpm run lint:stop-words\n```\n');
      assert.deepEqual(found.lint, ['npm run lint', 'npm run lint:stop-words']);
    });

    it('Gradle\'s task for stopping the compose services (`./gradlew composeDown`) is no test step', async () => {
      const found = await commandsOf('# Contributing\n\n## Running the tests\n\n```sh\n./gradlew composeUp\n./gradlew test\n./gradlew composeDown\n```\n');
      assert.ok(found.test.includes('./gradlew test'));
      assert.ok(!found.test.includes('./gradlew composeDown'), `test: ${JSON.stringify(found.test)}`);
    });

    it('a make task for stopping, run in another folder (`make -C test/docker down`), is no test step', async () => {
      const found = await commandsOf('# Contributing\n\n## Running the tests\n\n```sh\nmake -C test/docker up\nmake test\nmake -C test/docker down\n```\n');
      assert.ok(found.test.includes('make test'));
      assert.ok(!found.test.includes('make -C test/docker down'), `test: ${JSON.stringify(found.test)}`);
    });

    it('near miss: destroying and bringing a box back up (`vagrant destroy -f && vagrant up`) is still setup', async () => {
      assert.deepEqual((await commandsOf('# Contributing\n\n## Setup\n\n```sh\nvagrant destroy -f && vagrant up\n```\n')).setup, ['vagrant destroy -f && vagrant up']);
    });

    it('near miss: a restart (`make down && make up`) is still setup', async () => {
      assert.deepEqual((await commandsOf('# Contributing\n\n## Setup\n\nTo reset the services:\n\n```sh\nmake down && make up\n```\n')).setup, ['make down && make up']);
    });

    it('near miss: a tox environment for linting (`tox -e lint`) is still the lint step', async () => {
      assert.deepEqual((await commandsOf('# Contributing\n\n## Linting\n\n```sh\ntox list\ntox -e lint\n```\n')).lint, ['tox -e lint']);
    });
  });

  describe('role words and document names are no base branch (6595253)', () => {
    it('a CVE identifier as written (`CVE-2024-3094`, year and number) is no branch', async () => {
      assert.equal(await baseOf('## Pull requests\n\nPull requests related to CVE-2024-3094 are handled privately by the security team.'), null);
    });

    it('a Jira issue key (`KAFKA-1234`) is no branch', async () => {
      assert.equal(await baseOf('## Pull requests\n\nEvery pull request must be linked to KAFKA-1234 style JIRA issues.'), null);
    });

    it('a proposal\'s name other than the listed ones (`EIP-1559`) is no branch', async () => {
      assert.equal(await baseOf('## Pull requests\n\nPull requests that implement a proposal must link to EIP-1559 or whichever EIP they implement.'), null);
    });

    it('near miss: a quoted maintenance line (`stable-2`) is still the base', async () => {
      assert.equal(await baseOf('## Pull requests\n\nPlease send pull requests against `stable-2`.'), 'stable-2');
    });

    it('near miss: "the `base` branch of your PR is `develop`" still names `develop`', async () => {
      assert.equal(await baseOf('## Pull requests\n\nMake sure the `base` branch of your PR is `develop`.'), 'develop');
    });

    it('near miss: "from your `head` branch into `develop`" still names `develop`', async () => {
      assert.equal(await baseOf('## Pull requests\n\nOpen your PR from your `head` branch into `develop`.'), 'develop');
    });
  });
});
