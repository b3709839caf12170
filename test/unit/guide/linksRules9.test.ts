import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

describe('an organisation site that publishes the project under its name (session 9)', () => {
  const docs = { 'docs/contributing-widgetkit.md': '---\nid: contributing-widgetkit\n---\n\n# Contributing\n\nRun the tests:\n\n```sh\nsbt test\n```\n' };

  it('a page at <org site>/<project>/docs/<page> is read from the doc source of that name', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nThe guide is [on the website](https://acmelabs.org/widgetkit/docs/contributing-widgetkit.html).\n', ...docs }),
      { projectName: 'widgetkit' },
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/contributing-widgetkit.md']);
    assert.deepEqual(toInspectJson(facts).commands.test.map((c) => c.command), ['sbt test']);
  });

  it('not a page under another project\'s name on the same kind of site', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nSee [their guide](https://acmelabs.org/gadget/docs/contributing-widgetkit.html).\n', ...docs }),
      { projectName: 'widgetkit' },
    );
    assert.deepEqual(facts.files.linkedDocs, []);
  });

  it('not the project\'s page on a package registry (API docs, not its doc sources)', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nThe API is [documented](https://docs.rs/widgetkit/contributing-widgetkit).\n', ...docs }),
      { projectName: 'widgetkit' },
    );
    assert.deepEqual(facts.files.linkedDocs, []);
  });
});

describe('the project\'s style guide is read (session 9)', () => {
  it('follows a link to the style guide, whose formatter command is a lint step', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.md': '# Contributing\n\nRules for C code are in our [style guide](docs/styleguide.md).\n',
      'docs/styleguide.md': '# Style\n\nFormat your changes with:\n\n```sh\nastyle --options=.astylerc src/*.c\n```\n',
    }));
    assert.deepEqual(facts.files.linkedDocs, ['docs/styleguide.md']);
    assert.deepEqual(toInspectJson(facts).commands.lint.map((c) => c.command), ['astyle --options=.astylerc src/*.c']);
  });

  it('not a link whose text only says "style" (a theme, a stylesheet)', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.md': '# Contributing\n\nThe site uses this [stylesheet](docs/style.md).\n',
      'docs/style.md': '# Theme\n\n```sh\nsass theme.scss\n```\n',
    }));
    assert.deepEqual(facts.files.linkedDocs, []);
  });
});

describe('a link to a section of the repository\'s own page (session 9)', () => {
  const GIT_CONFIG = '[remote "origin"]\n\turl = https://github.com/acme/widget.git\n';
  const README = '# Widget\n\n## Building from source\n\nInstall the JDK, then:\n\n```\n./gradlew build\n```\n';

  it('reads the README that page shows', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.md': '# Contributing\n\nSee [Build from Source](https://github.com/acme/widget#building-from-source) for how to build.\n',
      'README.md': README,
      '.git/config': GIT_CONFIG,
    }));
    assert.deepEqual(facts.files.linkedDocs, ['README.md']);
    assert.deepEqual(toInspectJson(facts).commands.setup.map((c) => c.command), ['./gradlew build']);
  });

  it('not a link to the repository itself without a section, nor another repository\'s section', async () => {
    for (const link of ['https://github.com/acme/widget', 'https://github.com/other/widget-tools#building-from-source']) {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\nThe [build notes](${link}) say more.\n`, 'README.md': README, '.git/config': GIT_CONFIG }));
      assert.deepEqual(facts.files.linkedDocs, [], link);
    }
  });
});

describe('a HACKING file at the root beside the guide (session 9)', () => {
  const HACKING = '# Hacking\n\nEnter the development shell and run the checks:\n\n```console\n$ nix develop\n$ make check\n```\n';

  it('is read after the guide even when the guide does not link it', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.md': '# Contributing\n\nSee the [manual](https://example.org/manual/building.html) for building.\n',
      'HACKING.md': HACKING,
    }));
    assert.deepEqual(facts.files.linkedDocs, ['HACKING.md']);
    assert.deepEqual(toInspectJson(facts).commands.setup.map((c) => [c.command, c.source.file]), [['nix develop', 'HACKING.md']]);
  });

  it('is read once when the guide links it, and not at all when it is the guide', async () => {
    const linked = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nRead [HACKING](HACKING.md) first.\n', 'HACKING.md': HACKING }));
    assert.deepEqual(linked.files.linkedDocs, ['HACKING.md']);
    const alone = await readGuide(new MemoryRepoFiles({ 'HACKING.md': HACKING }));
    assert.equal(alone.files.guide, 'HACKING.md');
    assert.deepEqual(alone.files.linkedDocs, []);
  });
});

describe('reStructuredText named references (session 9)', () => {
  it('resolve to the target the document names, and a name it does not define is no broken link', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'CONTRIBUTING.rst': [
        'Contributing',
        '============',
        '',
        'Read the `developer guide <devguide_>`_ and the `Testing notes`_ first.',
        'The `handbook <handbook_>`_ is online; `elsewhere`_ is defined in another page.',
        '',
        '.. _devguide: docs/development.rst',
        '.. _Testing   notes: docs/testing.rst',
        '.. _handbook: https://example.org/handbook/',
      ].join('\n'),
      'docs/development.rst': 'Development\n===========\n\nRun::\n\n    tox -e py\n',
      'docs/testing.rst': 'Testing\n=======\n\nRun::\n\n    pytest\n',
    }));
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.rst', 'docs/testing.rst']);
    assert.deepEqual(facts.problems.filter((p) => /does not exist/.test(p.message)), []);
  });
});

describe('a MyST toctree in a Markdown guide (session 9)', () => {
  it('chains the pages it lists, from the guide itself', async () => {
    const facts = await readGuide(new MemoryRepoFiles({
      'Documentation/contributing/index.md': '# Contributing\n\n```{toctree}\n:maxdepth: 1\n\nCoding style <coding_style.md>\nCommit messages <commit_messages.md>\n```\n',
      'Documentation/contributing/commit_messages.md': '# Commit messages\n\nStart the summary with a prefix naming the area you changed, such as `drivers: ` or `docs: `.\n',
      'Documentation/contributing/coding_style.md': '# Coding style\n\nUse tabs.\n',
    }));
    assert.ok(facts.files.linkedDocs.includes('Documentation/contributing/commit_messages.md'), JSON.stringify(facts.files.linkedDocs));
  });
});
