import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { parseRemoteUrl, remoteUrls } from '../../../src/core/repo/gitRemote';
import { projectIdentity, registrableLabel } from '../../../src/core/repo/projectIdentity';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const DEV_DOC = '# Development\n\n```sh\nmake test\n```\n';
const GIT_CONFIG = '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/fork.git\n[remote "origin"]\n\turl = git@github.com:Acme/Widget.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n';

describe('links to other sites are not read as the project\u2019s docs', () => {
  it('does not read docs/getting-started.md for a link to Jest\u2019s getting started page', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({ 'CONTRIBUTING.md': 'Tests use Jest: see [getting started with Jest](https://jestjs.io/docs/getting-started).\n', 'docs/getting-started.md': DEV_DOC }),
      { projectName: 'widget' },
    );
    assert.deepEqual(facts.files.linkedDocs, []);
    assert.deepEqual(facts.commands.test, []);
  });

  it('does not read this repository\u2019s docs/development.md for a link to another repository on GitHub', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({ 'CONTRIBUTING.md': 'Angular has a [development guide](https://github.com/angular/angular/blob/main/docs/development.md).\n', 'docs/development.md': DEV_DOC, '.git/config': GIT_CONFIG }),
      { projectName: 'widget' },
    );
    assert.deepEqual(facts.files.linkedDocs, []);
  });

  it('reads the file a GitHub link names when the link is to this repository (its git remote)', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({ 'CONTRIBUTING.md': 'See the [development guide](https://github.com/acme/widget/blob/main/docs/development.md).\n', 'docs/development.md': DEV_DOC, '.git/config': GIT_CONFIG }),
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.md']);
  });

  it('reads the file a GitHub link names when package.json gives that repository', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'package.json': '{ "name": "@acme/widget", "repository": { "type": "git", "url": "git+https://github.com/acme/widget.git" } }',
        'CONTRIBUTING.md': 'See the [development guide](https://github.com/acme/widget/tree/main/docs/development.md).\n',
        'docs/development.md': DEV_DOC,
      }),
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.md']);
  });

  it('follows a docs site named after the project (the folder\u2019s name), and not one without it', async () => {
    const files = { 'CONTRIBUTING.md': 'Read the [development guide](https://docs.widgetjs.dev/contributing/development).\n', 'docs/contributing/development.md': DEV_DOC };
    assert.deepEqual((await readGuide(new MemoryRepoFiles(files), { projectName: 'Widget' })).files.linkedDocs, ['docs/contributing/development.md']);
    assert.deepEqual((await readGuide(new MemoryRepoFiles(files), { projectName: 'gadget' })).files.linkedDocs, []);
    assert.deepEqual((await readGuide(new MemoryRepoFiles(files))).files.linkedDocs, []);
  });

  it('follows a subdomain of an organisation\u2019s site named after the project, and not a service subdomain or another project\u2019s', async () => {
    const files = (url: string) => ({ 'CONTRIBUTING.md': `Our [development documentation](${url}) says how to get started.\n`, 'docs/html/development/index.rst': 'Development\n===========\n\n.. code-block:: console\n\n   $ make test\n' });
    const linked = async (url: string, projectName = 'widget') => (await readGuide(new MemoryRepoFiles(files(url)), { projectName })).files.linkedDocs;
    assert.deepEqual(await linked('https://widget.acme.io/en/latest/development/'), ['docs/html/development/index.rst']);
    assert.deepEqual(await linked('https://gadget.acme.io/en/latest/development/'), []);
    assert.deepEqual(await linked('https://docs.acme.io/en/latest/development/', 'docs'), []);
    assert.deepEqual(await linked('https://widget.io/'), []);
  });

  it('follows the package.json homepage host and its subdomains', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'package.json': '{ "name": "x", "homepage": "https://example.org/" }',
        'CONTRIBUTING.md': 'Read the [development guide](https://docs.example.org/development).\n',
        'docs/development.md': DEV_DOC,
      }),
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/development.md']);
  });
});

describe('project identity', () => {
  it('reads remote URLs from .git/config, origin first', () => {
    assert.deepEqual(remoteUrls(GIT_CONFIG), ['git@github.com:Acme/Widget.git', 'https://github.com/other/fork.git']);
  });

  it('understands the usual remote URL forms', () => {
    for (const url of ['https://github.com/acme/widget.git', 'git@github.com:acme/widget.git', 'ssh://git@github.com:22/acme/widget', 'git+https://github.com/acme/widget', 'github:acme/widget']) {
      assert.deepEqual(parseRemoteUrl(url), { host: 'github.com', path: 'acme/widget' }, url);
    }
    assert.equal(parseRemoteUrl('not a url'), undefined);
  });

  it('takes the registrable name of a host, under country and hosting suffixes', () => {
    assert.equal(registrableLabel('docs.nestjs.com'), 'nestjs');
    assert.equal(registrableLabel('edgeguides.rubyonrails.org'), 'rubyonrails');
    assert.equal(registrableLabel('widget.readthedocs.io'), 'widget');
    assert.equal(registrableLabel('www.example.co.uk'), 'example');
    assert.equal(registrableLabel('127.0.0.1'), undefined);
  });

  it('keeps names of three characters or more, without a scope, and never a forge\u2019s own host', () => {
    const id = projectIdentity({ packageJson: '{ "name": "@scope/typescript-eslint", "homepage": "https://github.com/a/Bolt#readme" }', projectName: 'go' });
    assert.deepEqual(id.names, ['typescripteslint', 'bolt']);
    assert.deepEqual(id.hosts, []);
    assert.deepEqual(id.repos, [{ host: 'github.com', path: 'a/bolt' }]);
  });
  it('also knows a repository by its name without the language it adds ("zarr-python"), claiming only a docs host\u2019s subdomain, or a page two of whose path segments match a source', () => {
    assert.deepEqual(projectIdentity({ projectName: 'zarr-python' }).bareNames, ['zarr']);
    assert.deepEqual(projectIdentity({ projectName: 'pdf.js' }).bareNames, ['pdf']);
    assert.deepEqual(projectIdentity({ projectName: 'node-fetch' }).bareNames, ['fetch']);
    assert.deepEqual(projectIdentity({ projectName: 'go-git' }).bareNames, ['git']);
    assert.deepEqual(projectIdentity({ projectName: 'pythonista' }).bareNames, []);
    assert.deepEqual(projectIdentity({ projectName: 'zarr-python' }).names, ['zarrpython']);
  });

  it('follows the docs site of a repository named with its language, to the docs source and not back to the linking guide', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        '.github/CONTRIBUTING.md': 'Please see the [project documentation](https://zarr.readthedocs.io/en/stable/developers/contributing.html) for information about contributing.\n',
        'docs/contributing.md': DEV_DOC,
      }),
      { projectName: 'zarr-python' },
    );
    assert.deepEqual(facts.files.linkedDocs, ['docs/contributing.md']);
    assert.deepEqual(facts.commands.test.map((c) => c.command), ['make test']);
  });

  it('a site named like the repository without its language leads to a source two of whose path segments match (mne.tools for mne-python)', async () => {
    const files = { 'CONTRIBUTING.md': 'See the [contributing guide](https://mne.tools/dev/development/contributing.html).\n', 'doc/development/contributing.rst': 'Contributing\n============\n\nRun ``make test``.\n', 'doc/contributing.rst': 'Other\n=====\n' };
    const facts = await readGuide(new MemoryRepoFiles(files), { projectName: 'mne-python' });
    assert.deepEqual(facts.files.linkedDocs, ['doc/development/contributing.rst']);
  });

  it('near misses: a binding\u2019s bare name does not claim the upstream project\u2019s own site or pages', async () => {
    const guide = (url: string) => ({ 'CONTRIBUTING.md': `See [installing](${url}).\n`, 'docs/installation.md': DEV_DOC });
    for (const [name, url] of [['node-postgres', 'https://www.postgresql.org/docs/current/installation.html'], ['redis-py', 'https://redis.io/docs/latest/installation/'], ['pipewire-rs', 'https://pipewire.pages.freedesktop.org/pipewire/installation.html']]) {
      const facts = await readGuide(new MemoryRepoFiles(guide(url)), { projectName: name });
      assert.deepEqual(facts.files.linkedDocs, [], `${name}: ${url}`);
    }
  });

  it('follows a self-hosted GitLab\u2019s project pages (group.pages.gitlab.example.org/<project>/...) into a devel-docs folder', async () => {
    const link = (project: string): string => `See [Contributing](https://gnome.pages.gitlab.gnome.org/${project}/devel-docs/contributing.html).\n`;
    const files = { 'devel-docs/contributing.rst': 'Contributing\n============\n\nRun the tests::\n\n    cargo test\n' };
    const own = await readGuide(new MemoryRepoFiles({ 'README.md': `# librsvg\n\n## Contributing\n\n${link('librsvg')}`, ...files }), { projectName: 'librsvg' });
    assert.ok(own.files.linkedDocs.includes('devel-docs/contributing.rst') || own.files.guide === 'devel-docs/contributing.rst', JSON.stringify(own.files));
    const other = await readGuide(new MemoryRepoFiles({ 'README.md': `# librsvg\n\n## Contributing\n\n${link('gtk')}`, ...files }), { projectName: 'librsvg' });
    assert.ok(!other.files.linkedDocs.includes('devel-docs/contributing.rst') && other.files.guide !== 'devel-docs/contributing.rst', JSON.stringify(other.files));
  });
});
