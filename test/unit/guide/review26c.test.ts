import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Hostile review of session 26's rules: a database client alone and `deactivate`, a step after `cd <dir> &&`,
// and the new checklist framings. Each text is written for the test, in the style real guides use.

const read = (text: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }));
const section = (heading: string, body: string) => `# Contributing\n\n## ${heading}\n\n${body}\n`;
const block = (lines: string) => '```sh\n' + lines + '\n```';
const commands = async (heading: string, body: string) => {
  const c = (await read(section(heading, body))).commands;
  return { setup: c.setup.map((x) => x.command), test: c.test.map((x) => x.command), lint: c.lint.map((x) => x.command) };
};
const all = async (heading: string, body: string) => {
  const c = await commands(heading, body);
  return [...c.setup, ...c.test, ...c.lint];
};
const checklistOf = async (heading: string, body: string) => (await read(section(heading, body))).checklist.map((c) => c.text);

describe('review 26c: hostile probes', () => {
  describe('rule 1: a database client alone, and leaving an environment', () => {
    it('`conda deactivate` leaves the environment as `deactivate` does: no step', async () => {
      assert.deepEqual((await commands('Setup', block('conda create -n widget python=3.11\nconda activate widget\npip install -e .\nconda deactivate'))).setup, ['conda create -n widget python=3.11', 'conda activate widget', 'pip install -e .']);
    });
    it('near miss: a client opened with login options (`psql -U postgres`, `mysql -u root -p`) is still only its prompt', async () => {
      assert.deepEqual(await all('Database', block('psql -U postgres\nmysql -u root -p')), []);
    });
    it('near miss: a client opened after a `cd` (`cd db && psql`) stays none', async () => {
      assert.deepEqual(await all('Database', block('cd db && psql')), []);
    });
    it('near miss: `redis-cli -p 6380` opening a prompt is none', async () => {
      assert.deepEqual(await all('Running', block('redis-cli -p 6380')), []);
    });
  });

  describe('rule 2: a step typed after `cd <dir> &&` on the same line', () => {
    it('a `cd` into a sibling checkout (`cd ../widget-docs && npm install`) is another repository\'s setup, not this one\'s', async () => {
      assert.deepEqual((await commands('Setup', block('npm install\ncd ../widget-docs && npm install'))).setup, ['npm install']);
    });
    it('a sibling crate built after `cd ../widget-core &&` is no step of this project', async () => {
      assert.deepEqual((await commands('Building', block('cargo build\ncd ../widget-core && cargo build'))).setup, ['cargo build']);
    });
    it('in prose: "Clone the API next to this repository and run `cd ../widget-api && make install`" is the other repository\'s', async () => {
      assert.deepEqual((await commands('Setup', 'Clone the API next to this repository and run `cd ../widget-api && make install`.\n\nThen run `make`.')).setup, ['make']);
    });
    it('`cd docs; make html` (with a semicolon) is the docs build, as `cd docs && make html` is', async () => {
      assert.deepEqual((await commands('Building', block('make\ncd docs; make html'))).setup, ['make']);
    });
    it('near miss: `cd docs && make html` is the docs build, none', async () => {
      assert.deepEqual((await commands('Building', block('make\ncd docs && make html'))).setup, ['make']);
    });
    it('a build in the benchmarks folder (`cd bench && make`) is the benchmarks, no step', async () => {
      assert.deepEqual((await commands('Building', block('make\ncd bench && make'))).setup, ['make']);
    });
    it('`cd benches && cargo run --release` runs the benchmarks, no step', async () => {
      assert.deepEqual((await commands('Building', block('cargo build\ncd benches && cargo run --release'))).setup, ['cargo build']);
    });
    it('the website\'s dev server (`cd website && npm start`) is no setup step of the project', async () => {
      assert.deepEqual((await commands('Setup', block('npm install\ncd website && npm start'))).setup, ['npm install']);
    });
    it('the website\'s build (`cd website && npm run build`) is the docs site, no step', async () => {
      assert.deepEqual((await commands('Building', block('npm run build\ncd website && npm run build'))).setup, ['npm run build']);
    });
    it('a build that steps back out at its end (`cd build && cmake .. && make && cd ..`) is still the build, kept as typed', async () => {
      assert.ok((await commands('Building', block('mkdir build\ncd build && cmake .. && make && cd ..'))).setup.includes('cd build && cmake .. && make && cd ..'));
    });
    it('near miss: workflow after a `cd` (`cd widget && git remote add upstream ...`, `git checkout -b`) stays none', async () => {
      assert.deepEqual((await commands('Setup', block('git clone https://github.com/you/widget.git\ncd widget && git remote add upstream https://github.com/org/widget.git\ncd widget && git checkout -b my-feature\nnpm install'))).setup, ['npm install']);
    });
    it('near miss: a scratch folder (`cd $(mktemp -d) && ...`, `cd /tmp && ...`) is no step', async () => {
      assert.deepEqual(await all('Testing', block('npm test\ncd $(mktemp -d) && npm init -y && npm install /path/to/widget\ncd /tmp && python -m venv scratch')), ['npm test']);
    });
    it('near miss: a plugin cloned into the editor\'s folder (`cd ~/.vim/pack/plugins/start && git clone ...`) is none', async () => {
      assert.deepEqual(await all('Setup', block('cd ~/.vim/pack/plugins/start && git clone https://github.com/you/widget.vim.git')), []);
    });
    it('near miss: the tests run in their folder with a semicolon (`cd tests; ./run.sh`) are kept as typed', async () => {
      assert.deepEqual((await commands('Running the tests', block('cd tests; ./run.sh'))).test, ['cd tests; ./run.sh']);
    });
    it('near miss: in prose, `cd frontend && npm test` is the test run as typed, and `cd .. && ls` is none', async () => {
      assert.deepEqual(await all('Testing', 'Run the frontend tests with `cd frontend && npm test`, then `cd .. && ls` to go back.'), ['cd frontend && npm test']);
    });
  });

  describe('rule 3: checklists framed by what a pull request must meet', () => {
    it('"Guidelines for pull request reviews" are the reviewer\'s, no checklist of the author\'s', async () => {
      assert.deepEqual(await checklistOf('Guidelines for pull request reviews', '- Be respectful and assume good intent.\n- Respond within two working days.\n- Approve only when CI is green.'), []);
    });
    it('"Things to check for a PR before approving it:" is a reviewer\'s checklist', async () => {
      assert.deepEqual(await checklistOf('Pull requests', 'Things to check for a PR before approving it:\n\n- CI is green.\n- The changelog entry is accurate.'), []);
    });
    it('"Things to do for your PR after it is merged:" comes after the merge, nothing to check before sending', async () => {
      assert.deepEqual(await checklistOf('Pull requests', 'Things to do for your PR after it is merged:\n\n- Delete your branch.\n- Close the linked issue if it stayed open.'), []);
    });
    it('"guidelines for contributing changes to the translations" are translation style, no PR checklist', async () => {
      assert.deepEqual(await checklistOf('Translations', 'Here are the guidelines for contributing changes to the translations:\n\n- Do not translate product names.\n- Keep placeholders such as `{name}` as they are.'), []);
    });
    it('"Please include the following in your pull request description:" frames what the PR must carry', async () => {
      assert.deepEqual(await checklistOf('Pull requests', 'Please include the following in your pull request description:\n\n- A summary of the change.\n- A link to the issue it fixes.\n- Screenshots for UI changes.'), ['A summary of the change.', 'A link to the issue it fixes.', 'Screenshots for UI changes.']);
    });
    it('"Minimum requirements for a documentation pull request to be merged" frames a checklist as the code one does', async () => {
      assert.deepEqual(await checklistOf('Minimum requirements for a documentation pull request to be merged', '- Spell-check the text.\n- Build the site locally.'), ['Spell-check the text.', 'Build the site locally.']);
    });
    it('near miss: "A good pull request should include:" and "Good PRs have:" are checklists', async () => {
      assert.deepEqual(await checklistOf('Pull requests', 'A good pull request should include:\n\n- Tests for the change.\n- An entry in CHANGELOG.md.'), ['Tests for the change.', 'An entry in CHANGELOG.md.']);
      assert.deepEqual(await checklistOf('Pull requests', 'Good PRs have:\n\n- Tests for the change.\n- An entry in CHANGELOG.md.'), ['Tests for the change.', 'An entry in CHANGELOG.md.']);
    });
    it('near miss: what the maintainers do after a PR is opened ("the maintainers follow these guidelines:") is none', async () => {
      assert.deepEqual(await checklistOf('Pull requests', 'After you open a pull request, the maintainers follow these guidelines:\n\n- A maintainer triages it within a week.\n- Two approvals are needed to merge.'), []);
    });
    it('near miss: "Submitting a great feature request" and "A good issue:" frame no PR checklist', async () => {
      assert.deepEqual(await checklistOf('Submitting a great feature request', '- Search the existing issues first.\n- Describe the problem you want solved.'), []);
      assert.deepEqual(await checklistOf('Issues', 'A good issue:\n\n- Has a clear title.\n- Has steps to reproduce.'), []);
    });
    it('near miss: a bug report\'s "include the following" and a coding-style list are no checklist', async () => {
      assert.deepEqual(await checklistOf('Reporting bugs', 'Please include the following in your bug report:\n\n- The version you use.\n- Steps to reproduce.'), []);
      assert.deepEqual(await checklistOf('Coding style', 'Here are some rules for contributing code in C:\n\n- Use four spaces for indentation.\n- Put braces on the same line.'), []);
    });
  });
});
