import * as assert from 'node:assert/strict';
import { candidatePaths } from '../../../src/core/guide/candidatePaths';
import { locateGuide, locateGuides } from '../../../src/core/guide/locateGuide';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const GUIDE = '# Contributing\n\nSend a pull request against `main`.\n';
const HACKING = 'Hacking on widget\n\nPatches go to the review server; run tools/check.sh first.\n';

/** The glob syntax candidatePaths uses (literals, [xX] classes, a trailing *), as a RegExp. */
function globToRegExp(glob: string): RegExp {
  const source = glob.replace(/\[[^\]]+\]|\*|[^[*]+/g, (part) => (part === '*' ? '[^/]*' : part.startsWith('[') ? part : part.replace(/[.+^$()|\\]/g, '\\$&')));
  return new RegExp(`^${source}$`);
}

describe('where the guide is when it is not a CONTRIBUTING file in the usual places', () => {
  const cases: [string, Record<string, string>, string | undefined][] = [
    ['CONTRIBUTE in an upper-case docs folder', { 'DOCS/contribute.md': GUIDE, 'DOCS/man.md': '# Man\n' }, 'DOCS/contribute.md'],
    ['CONTRIBUTING in Documentation/', { 'Documentation/CONTRIBUTING.rst': GUIDE }, 'Documentation/CONTRIBUTING.rst'],
    ['the guide-named file in a folder of contributor docs, before its index page', { 'docs/contributing/index.rst': 'Contributing\n============\n', 'docs/contributing/contributing.md': GUIDE }, 'docs/contributing/contributing.md'],
    ['the README of a contributing folder at the root', { 'contributing/README.md': GUIDE, 'contributing/style.md': '# Style\n' }, 'contributing/README.md'],
    ['another name for the guide', { 'CONTRIBUTION.md': GUIDE, 'README.md': '# widget\n' }, 'CONTRIBUTION.md'],
    // Found on measure6 after its one measure (util-linux keeps its guide so, among HOWTO-BUILDING and HOWTO-TESTING).
    ['a HOWTO-CONTRIBUTING among the HOWTOs of a Documentation folder', { 'Documentation/HOWTO-CONTRIBUTING.md': GUIDE, 'Documentation/HOWTO-TESTING.md': '# Testing\n', README: 'widget\n' }, 'Documentation/HOWTO-CONTRIBUTING.md'],
    ['the English copy among translations, before the others', { 'CONTRIBUTING.de.md': GUIDE, 'CONTRIBUTING.en-US.md': GUIDE, 'CONTRIBUTING.zh-CN.md': GUIDE }, 'CONTRIBUTING.en-US.md'],
    ['a translation when it is the only guide', { '.github/CONTRIBUTING_ja.md': GUIDE }, '.github/CONTRIBUTING_ja.md'],
    ['an extensionless HACKING at the root', { HACKING, 'README.md': '# widget\n' }, 'HACKING'],
    ['HACKING.md in doc/', { 'doc/HACKING.md': GUIDE }, 'doc/HACKING.md'],
    ['a guide deeper in the docs folder, where a docs site keeps it', { 'doc/source/dev/contributing.rst': 'Contributing\n============\n', 'doc/source/index.rst': 'Widget\n======\n' }, 'doc/source/dev/contributing.rst'],
    ['the shallowest guide in a site\u2019s folder', { 'website/docs/contributing.md': GUIDE, 'Book/CONTRIBUTING.md': GUIDE }, 'Book/CONTRIBUTING.md'],
    ['a deeper guide in the docs folders before one in a site\u2019s folder', { 'website/contributing.md': GUIDE, 'docs/dev/contributing.md': GUIDE }, 'docs/dev/contributing.md'],
    ['the shallowest of several deeper guides, before a HACKING file', { 'docs/z/contributing.md': GUIDE, 'docs/a/b/contributing.md': GUIDE, HACKING }, 'docs/z/contributing.md'],
  ];
  for (const [name, files, expected] of cases) {
    it(`finds ${name}`, async () => assert.equal(await locateGuide(new MemoryRepoFiles(files)), expected));
  }

  it('keeps a CONTRIBUTING file anywhere usual before a HACKING file or a contributing folder', async () => {
    const files = { 'HACKING.adoc': HACKING, 'docs/contributing/README.md': GUIDE, 'doc/CONTRIBUTING.md': GUIDE };
    assert.deepEqual(await locateGuides(new MemoryRepoFiles(files)), ['doc/CONTRIBUTING.md', 'docs/contributing/README.md', 'HACKING.adoc']);
  });

  it('keeps the lower-case docs folder first and looks no deeper than a contributing folder in a docs folder', async () => {
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'Docs/contributing.md': GUIDE, 'docs/CONTRIBUTING.md': GUIDE })), 'docs/CONTRIBUTING.md');
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'packages/a/contributing/README.md': GUIDE, 'docs/api/contributing/README.md': GUIDE, 'src/HACKING': HACKING })), undefined);
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'docs/a/b/c/contributing.md': GUIDE, 'docs/.vitepress/contributing.md': GUIDE, 'src/docs/contributing.md': GUIDE })), undefined);
  });

  it('keeps CONTRIBUTING before its other names and translations', async () => {
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'CONTRIBUTING_GUIDE.md': GUIDE, 'CONTRIBUTING.zh-CN.md': GUIDE, 'docs/CONTRIBUTING.md': GUIDE })), 'docs/CONTRIBUTING.md');
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'CONTRIBUTING-old.md': GUIDE, 'CONTRIBUTORS.md': GUIDE, 'CONTRIBUTING_v2.md': GUIDE })), undefined);
  });

  it('takes no other file of a contributing folder, and no look-alike of HACKING', async () => {
    assert.equal(await locateGuide(new MemoryRepoFiles({ 'docs/contributing/style.md': '# Style\n', 'HACKING-old.md': HACKING, 'hacking.sh': 'echo\n' })), undefined);
  });

  it('gives way from an empty CONTRIBUTING file to a guide found elsewhere, and says so', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '<!-- -->\n', 'docs/contributing/README.md': GUIDE }));
    assert.equal(facts.files.guide, 'docs/contributing/README.md');
    assert.ok(facts.problems.some((p) => p.file === 'CONTRIBUTING.md' && /skipped/.test(p.message)));
  });

  it('reads the facts of the guide found there', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ HACKING: 'Hacking\n\nWe do not take pull requests; send patches to the mailing list.\n' }));
    assert.equal(facts.files.guide, 'HACKING');
    assert.equal(facts.files.readmeSection, null);
  });

  describe('is watched by the editor', () => {
    const candidates = candidatePaths();
    const globs = candidates.globs.map(globToRegExp);
    const watched = (path: string): boolean => globs.some((g) => g.test(path));
    for (const path of ['DOCS/contribute.md', 'Documentation/CONTRIBUTING.rst', 'Documentation', 'DOCS', 'docs/contributing/contributing.md', 'docs/contributing/index.rst', 'contributing/README.md', 'Doc/Contribute/readme', 'docs/contributing', 'HACKING', 'hacking.md', '.github/HACKING.md', 'doc/HACKING.adoc', 'doc/source/dev/contributing.rst', 'Docs/site/CONTRIBUTING.md', 'CONTRIBUTION.md', '.github/CONTRIBUTING.zh-CN.md', 'docs/contributing-guidelines.md', 'website/docs/contributing.md', 'book/CONTRIBUTING.md', 'docs/internals/HACKING.md']) {
      it(`watches ${path}`, () => {
        assert.ok(candidates.matches(path), `${path} is a candidate`);
        assert.ok(watched(path), `${path} is matched by a glob`);
      });
    }
    for (const path of ['docs/contributing/style.md', 'src/contributing/README.md', 'docs/a/contributing/README.md', 'HACKING-old.md', 'src/HACKING', 'DOCS/man.md', 'docs/hacking.sh', 'docs/a/b/c/contributing.md', 'docs/.vitepress/contributing.md', 'docs/a/b/c/hacking.md', 'CONTRIBUTORS.md', 'src/CONTRIBUTION.md', 'website/a/b/c/d/contributing.md', 'website/docs/CONTRIBUTORS.md']) {
      it(`does not accept ${path}`, () => assert.ok(!candidates.matches(path)));
    }
  });
});

describe('a docs-site page whose source has no extension', () => {
  const linked = async (files: Record<string, string>): Promise<readonly string[]> => (await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' })).files.linkedDocs;
  const POINTER = 'We take patches by mail. Please read [our submission guidelines](https://widget.example/docs/SendingPatches).\n';
  const PATCHES = 'Sending patches\n\nStart from `master`. Sign off every commit.\n';

  it('reads the extensionless file of a docs folder (any spelling) that the project site publishes under that name', async () => {
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': POINTER, 'Documentation/SendingPatches': PATCHES, 'Documentation/Makefile': 'all:\n' }), ['Documentation/SendingPatches']);
  });

  it('prefers a source with an extension, and takes no build file or licence for a page', async () => {
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': POINTER, 'docs/SendingPatches': PATCHES, 'docs/SendingPatches.rst': 'Sending\n=======\n' }), ['docs/SendingPatches.rst']);
    const build = 'See [how the docs are built](https://widget.example/docs/Makefile) and [the build licence](https://widget.example/docs/COPYING).\n';
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': build, 'docs/Makefile': 'all:\n', 'docs/COPYING': 'GPL\n' }), []);
  });

  it('does not take an extensionless file for a page of a site that is not the project\u2019s', async () => {
    const other = 'Read [their guidelines](https://elsewhere.example/docs/SendingPatches).\n';
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': other, 'Documentation/SendingPatches': PATCHES }), []);
  });
});

describe('the guide the README points to, when there is no CONTRIBUTING file in the usual places', () => {
  const guideOf = async (files: Record<string, string>): Promise<string | null> => (await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' })).files.guide;
  const DEV = '# Developing widget\n\nRun `make check` before you send a pull request.\n';

  it('is the doc its Contributing section links to, wherever it is', async () => {
    const readme = '# Widget\n\n## Contributing\n\nPlease read the [contributor guide](tools/dev/working-on-widget.md).\n';
    assert.equal(await guideOf({ 'README.md': readme, 'tools/dev/working-on-widget.md': DEV }), 'tools/dev/working-on-widget.md');
  });

  it('is the doc named like a guide that a link anywhere in the README leads to, even as a page of the docs site', async () => {
    const readme = '# Widget\n\nNew here? See [the docs](https://widget.readthedocs.io/en/latest/dev/contributing-guide.html).\n';
    assert.equal(await guideOf({ 'README.md': readme, 'docs/source/dev/contributing-guide.rst': 'Contributing guide\n==================\n\nRun ``make``.\n' }), 'docs/source/dev/contributing-guide.rst');
  });

  it('wins over a HACKING file and a contributing folder found by place', async () => {
    const readme = '# Widget\n\nSee [HACKING](HACKING) to get started.\n';
    assert.equal(await guideOf({ 'README.md': readme, HACKING, 'contributing/README.md': GUIDE }), 'HACKING');
    assert.equal(await guideOf({ 'README.md': '# Widget\n', HACKING, 'contributing/README.md': GUIDE }), 'contributing/README.md');
  });

  it('is not a code of conduct, a licence or the docs folder\u2019s front page, whatever the link says', async () => {
    const readme = '# Widget\n\n## Contributing\n\nWe follow the [Contributor Covenant](CODE_OF_CONDUCT.md). [Contributing](docs/) docs live in docs.\n';
    assert.equal(await guideOf({ 'README.md': readme, 'CODE_OF_CONDUCT.md': '# Code\n', 'docs/README.md': DEV }), null);
  });

  it('does not replace a CONTRIBUTING file in the usual places', async () => {
    const readme = '# Widget\n\n## Contributing\n\nSee the [contributor guide](tools/dev/working-on-widget.md).\n';
    assert.equal(await guideOf({ 'README.md': readme, '.github/CONTRIBUTING.md': GUIDE, 'tools/dev/working-on-widget.md': DEV }), '.github/CONTRIBUTING.md');
  });
});

describe('a link to an extensionless document', () => {
  const linked = async (files: Record<string, string>): Promise<readonly string[]> => (await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' })).files.linkedDocs;
  const PATCHES = 'Sending patches\n\nStart from `master`. Sign off every commit.\n';

  it('reads one named in capitals or CamelCase, by a relative link or the project\u2019s own forge', async () => {
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': 'Read [how to submit patches](Documentation/SubmittingPatches).\n', 'Documentation/SubmittingPatches': PATCHES }), ['Documentation/SubmittingPatches']);
    const forge = 'Read [how to submit patches](https://github.com/acme/widget/blob/main/doc/SubmittingPatches).\n';
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': forge, 'doc/SubmittingPatches': PATCHES }), ['doc/SubmittingPatches']);
  });

  it('does not read a script, a build file or the install manual a guide links to', async () => {
    const guide = 'Run the [setup script](scripts/bootstrap), see the [build rules](Makefile) and [how to install](INSTALL).\n';
    assert.deepEqual(await linked({ 'CONTRIBUTING.md': guide, 'scripts/bootstrap': '#!/bin/sh\nmake\n', Makefile: 'all:\n', INSTALL: 'Run ./configure\n' }), []);
  });
});

describe('a README without a guide or a Contributing section', () => {
  const read = (readme: string) => readGuide(new MemoryRepoFiles({ 'README.md': readme }), { projectName: 'widget' });

  it('stands in with its sections on working on the project, sub-sections included', async () => {
    const readme = '# Widget\n\n## Usage\n\n```sh\nwidget serve\n```\n\n## Running tests\n\n```sh\nmake test\n```\n\n### Slow tests\n\n```sh\nmake test-slow\n```\n\n## Licence\n\nMIT\n';
    const facts = await read(readme);
    assert.equal(facts.files.readmeSection, 'README.md');
    assert.equal(facts.files.guide, null);
    const tests = facts.commands.test.map((c) => c.command);
    assert.ok(tests.includes('make test') && tests.includes('make test-slow'), JSON.stringify(tests));
    assert.ok(!facts.commands.setup.concat(facts.commands.test).some((c) => c.command === 'widget serve'));
  });

  it('does not take a section on how users test their own code', async () => {
    const facts = await read('# Widget\n\n## Testing your app with widget\n\n```sh\nnpm test\n```\n');
    assert.equal(facts.files.readmeSection, null);
  });

  // Session 15 turned this round: a Contributing section that only says "run the checks" leaves the build steps in
  // "Development" out, and the blind sets' READMEs hold both (probe13c's "Building from source" case).
  it('reads a Contributing section together with those sections, in reading order', async () => {
    const facts = await read('# Widget\n\n## Development\n\n```sh\nmake dev\n```\n\n## Usage\n\n```sh\nwidget run\n```\n\n## Contributing\n\nRun `make check` before you send a pull request.\n');
    assert.equal(facts.files.readmeSection, 'README.md');
    const all = [...facts.commands.setup, ...facts.commands.test, ...facts.commands.lint].map((c) => c.command);
    assert.deepEqual(all.filter((c) => c === 'make dev' || c === 'make check'), ['make dev', 'make check']);
    assert.ok(!all.includes('widget run'), 'a usage section stays out');
  });
});
