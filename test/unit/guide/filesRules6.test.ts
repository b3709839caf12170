import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const pointerOnly = async (files: Record<string, string>, projectName?: string): Promise<boolean | null> =>
  (await readGuide(new MemoryRepoFiles(files), projectName ? { projectName } : {})).guideIsPointerOnly?.value ?? null;

/** A document of rules of some length, in the repository. */
const RULES = `# Rules for contributions\n\n${Array.from({ length: 12 }, (_, k) => `## Rule ${k}\n\nEvery change must be written and understood by the person who sends it, and described in the pull request.\n`).join('\n')}`;

describe('pointer-only guides: where the link leads (files rules 6)', () => {
  it('a short guide whose substance is a link to a repository document, whatever its name, is a pointer', async () => {
    const guide = '# Contributing\n\n## Use of AI\n\nAll contributions must follow the [AI Policy](AI_POLICY.md).\n\nContributions that do not will be closed.\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, 'AI_POLICY.md': RULES }), true);
    const commits = '# Contributing\n\nPull requests are welcome; please follow our [commit conventions](COMMITS.md).\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': commits, 'COMMITS.md': RULES }), true);
  });

  it('the same link written as a URL on the project\u2019s forge is a pointer too', async () => {
    const guide = '# Contributing\n\nPlease follow our [commit conventions](https://github.com/acme/widget/blob/main/COMMITS.md).\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, 'COMMITS.md': RULES }, 'widget'), true);
  });

  it('near miss: a link to a repository document that was not read (a source file) does not make a pointer', async () => {
    const guide = '# Contributing\n\nAll contributions must keep the behaviour of [the parser](src/parser.rs) unchanged.\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, 'src/parser.rs': 'fn main() {}\n' }), false);
  });

  it('near miss: a link to the code of conduct does not make a pointer', async () => {
    const guide = '# Contributing\n\nEveryone taking part must follow the [Code of Conduct](CODE_OF_CONDUCT.md).\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, 'CODE_OF_CONDUCT.md': RULES }), false);
  });
});

describe('pointer-only guides: rules of the guide\u2019s own (files rules 6)', () => {
  const links = '* Source: [repository](https://example.org/widget)\n* Issues: [tracker](https://example.org/widget/issues)\n* Docs: [site](https://example.org/docs)\n\n';

  it('a short guide with a few bulleted asks of its own beside links to the site is not a pointer', async () => {
    const guide = `# Contributing\n\n${links}When making changes, keep these in mind:\n\n* Provide test cases\n* Use the formatter of your editor\n* Create one pull request per feature\n`;
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide }), false);
  });

  it('near miss: bullets that name kinds of contribution are no rules of its own', async () => {
    const guide = `# Contributing\n\n${links}We welcome:\n\n* Bug fixes\n* Documentation fixes\n* New examples\n\nRead the [development guide](https://example.org/docs/development).\n`;
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide }), true);
  });

  it('near miss: asks that each send the reader elsewhere by a link still point out', async () => {
    const guide = '# Contributing\n\n* Read the [development guide](https://example.org/docs/development)\n* Follow the [style guide](https://example.org/docs/style)\n* Run the [test suite](https://example.org/docs/testing)\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide }), true);
  });

  it('near miss: two asks are not yet a procedure of its own', async () => {
    const guide = `# Contributing\n\n${links}* Provide test cases\n* Use the formatter of your editor\n\nRead the [development guide](https://example.org/docs/development).\n`;
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide }), true);
  });
});

describe('a README section standing in for a guide (files rules 6)', () => {
  it('is not a pointer: the section holds the instructions itself', async () => {
    const readme = '# Widget\n\n## Running tests\n\n```sh\nmake test\n```\n\nSee the [docs](https://example.org/docs) for more.\n';
    assert.equal(await pointerOnly({ 'README.md': readme }, 'widget'), false);
  });

  it('with no guide and no such section, the README is the only word and points nowhere: not a pointer, said from the README', async () => {
    assert.equal(await pointerOnly({ 'README.md': '# Widget\n\nA widget.\n' }, 'widget'), false);
    const facts = await readGuide(new MemoryRepoFiles({ 'README.md': '# Widget\n\nA widget.\n' }), { projectName: 'widget' });
    assert.deepEqual(facts.guideIsPointerOnly?.source, { file: 'README.md', line: 1 });
  });

  it('near miss: with nothing to read at all, nothing is said', async () => {
    assert.equal(await pointerOnly({ 'src/index.js': 'export {};\n' }, 'widget'), null);
  });
});

describe('links to a docs site on a subdomain named after the project (files rules 6)', () => {
  const DEV_DOCS = {
    'docs/html/development/index.rst': 'Development\n===========\n\nHow we work.\n',
    'docs/html/development/getting-started.rst': 'Getting started\n===============\n\nRun ``nox -s test``.\n',
    'docs/html/development/release-process.rst': 'Release process\n===============\n\nMaintainers only.\n',
  };
  const linked = async (url: string): Promise<readonly string[]> => {
    const guide = `# Contributing\n\nOur [development documentation](${url}) has the details.\n`;
    return (await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide, ...DEV_DOCS }), { projectName: 'widget' })).files.linkedDocs;
  };

  it('reads the sources of a page on "<project>.<organisation>.io", and calls the guide a pointer', async () => {
    assert.deepEqual(await linked('https://widget.acme.io/en/latest/development/'), ['docs/html/development/index.rst', 'docs/html/development/getting-started.rst']);
    const guide = '# Contributing\n\nOur [development documentation](https://widget.acme.io/en/latest/development/) has the details.\n';
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide, ...DEV_DOCS }, 'widget'), true);
  });

  it('near miss: a subdomain that only contains the name is another site', async () => {
    assert.deepEqual(await linked('https://widgetry.acme.io/en/latest/development/'), []);
  });

  it('near miss: a generic subdomain of an unknown site is not the project\u2019s', async () => {
    assert.deepEqual(await linked('https://docs.acme.io/en/latest/development/'), []);
  });
});

describe('a guide that is a table of links (files rules 6)', () => {
  // Enough rows that their words alone are more than a short guide holds.
  const topics = ['Setting up', 'Building', 'Running the tests', 'Code style', 'Commit messages', 'Sending a pull request', 'Reviews', 'Releases'].flatMap((t) => [t, `${t} on Windows`, `${t} in CI`]);
  const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
  const table = (caption: (t: string) => string): string =>
    `| Page | What it covers |\n|---|---|\n${topics.map((t) => `| [${t}](https://widget.dev/contribute/${slug(t)}) | ${caption(t)} |`).join('\n')}\n`;
  const guide = (body: string): string => `# Contributing to Widget\n\nOur contributor documentation lives on the website:\n\n${body}\nThank you!\n`;

  it('is a pointer however many rows it has: each row is a link with a short caption', async () => {
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide(table((t) => `How ${t.toLowerCase()} works here, with examples`)) }, 'widget'), true);
  });

  it('near miss: a table whose rows explain at length is the guide\u2019s own text', async () => {
    const long = (t: string): string => `${t} needs the full toolchain, a clean checkout and the test data; run the whole suite twice, keep the logs for review, and write down in the pull request what you changed and why you changed it`;
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': guide(table(long)) }, 'widget'), false);
  });

  it('near miss: a table without links (labels and what they mean) points nowhere', async () => {
    const rows = topics.map((t) => `| ${slug(t)} | Changes to ${t.toLowerCase()} |`).join('\n');
    const text = `# Contributing to Widget\n\nLabel your pull request with one of these labels, and describe the change in its body, with the issue it fixes. ${'Keep each pull request to one change, with a test for it and an entry in the changelog. '.repeat(12)}\n\n| Label | Meaning |\n|---|---|\n${rows}\n`;
    assert.equal(await pointerOnly({ 'CONTRIBUTING.md': text }, 'widget'), false);
  });
});
