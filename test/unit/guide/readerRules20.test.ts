import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 20: a pull request template's boxes that describe the change (its kind, a yes/no answer, an AI-use
// disclosure, options to pick) are choices, kept apart from the checks (`changeChoices`). Every template below is
// written for the test; each rule has near misses that must stay checks.

const TEMPLATE = '.github/PULL_REQUEST_TEMPLATE.md';
const read = async (template: string) => {
  const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', [TEMPLATE]: template }));
  return { checks: facts.checklist.map((c) => c.text), choices: facts.changeChoices.map((c) => c.text) };
};

describe('reader rules (session 20): template boxes that describe the change', () => {
  describe('options to pick', () => {
    it('"Tick exactly one" in a comment under the heading: the options are choices', async () => {
      const r = await read('## Disclosure\n<!-- Tick exactly one -->\n- [ ] Written by hand\n- [ ] Partly generated\n\n## Checklist\n- [ ] Tests pass\n');
      assert.deepEqual(r, { checks: ['Tests pass'], choices: ['Written by hand', 'Partly generated'] });
    });
    it('"Please complete **one** of the following:" as the last sentence of a longer paragraph', async () => {
      const r = await read('## Tools\n\nTell us how the change was made. Please complete **one** of the following:\n\n- [ ] I wrote every line myself.\n- [ ] A generator wrote part of it: `<name>`.\n');
      assert.deepEqual(r.checks, []);
      assert.equal(r.choices.length, 2);
    });
    it('"one or multiple of these methods" and "At least one of them must be included"', async () => {
      const methods = await read('## Testing\n\nI verified my change using one or multiple of these methods:\n\n- [ ] The sample app\n- [ ] Unit tests\n- [ ] My own project\n');
      assert.deepEqual(methods, { checks: [], choices: ['The sample app', 'Unit tests', 'My own project'] });
      const kinds = await read('### Tests\n\nAt least one of them must be included.\n\n- [ ] Unit test\n- [ ] Integration test\n- [ ] Manual test\n');
      assert.deepEqual(kinds.checks, []);
    });
    it('near miss: "put an `x` in all the boxes that apply" over a checklist keeps the checks', async () => {
      const r = await read('## Checklist\n<!-- Go over all the following points, and put an `x` in all the boxes that apply. -->\n- [ ] I have added tests\n- [ ] I have updated the docs\n');
      assert.deepEqual(r, { checks: ['I have added tests', 'I have updated the docs'], choices: [] });
    });
  });

  describe('AI-use disclosures', () => {
    it('an "AI Disclosure" heading over one box, and "AI tools were used for:" over what they were used for', async () => {
      assert.deepEqual(await read('## AI Disclosure\n\n- [ ] This PR contains AI-generated content.\n'), { checks: [], choices: ['This PR contains AI-generated content.'] });
      const r = await read('## Notes\n\nAI tools were used for:\n\n- [ ] Code generation\n- [ ] Documentation\n\n## Checklist\n\n- [ ] Changelog entry added\n');
      assert.deepEqual(r, { checks: ['Changelog entry added'], choices: ['Code generation', 'Documentation'] });
    });
    it('near miss: a long tip that names the AI policy in passing frames no disclosure', async () => {
      const tip = '<!--\nPlease describe your change. Make sure your code passes all tests and style checks.\nAlso make sure to follow the project\'s guidelines about the usage of AI agents as outlined in the contributing guide.\n-->';
      const r = await read(`${tip}\n\n- [ ] I checked for similar changes\n- [ ] I included a changelog entry\n`);
      assert.deepEqual(r, { checks: ['I checked for similar changes', 'I included a changelog entry'], choices: [] });
    });
    it('near miss: a checklist box about the AI policy stays a check', async () => {
      const r = await read('## Checklist\n\n- [ ] I read the AI contribution guidelines\n- [ ] Tests pass\n');
      assert.deepEqual(r.choices, []);
    });
  });

  describe('yes/no answers', () => {
    it('"Yes, this is a breaking change." / "No, this is *not* a breaking change." under a plain heading', async () => {
      const r = await read('## Breaking Change\n\nWill users have to change their code?\n\n- [ ] Yes, this is a breaking change.\n- [ ] No, this is *not* a breaking change.\n');
      assert.deepEqual(r.checks, []);
      assert.equal(r.choices.length, 2);
    });
    it('near miss: "No new warnings" among checks is a check', async () => {
      const r = await read('## Checklist\n\n- [ ] No new warnings\n- [ ] Tests pass\n');
      assert.deepEqual(r, { checks: ['No new warnings', 'Tests pass'], choices: [] });
    });
  });

  describe('kinds of change', () => {
    it('"This PR contains:" over short kinds, "This pull request includes a" and "This pull request is:" over "A ..." kinds', async () => {
      assert.deepEqual((await read('This PR contains:\n\n- [ ] bugfix\n- [ ] feature\n- [ ] refactor\n')).choices, ['bugfix', 'feature', 'refactor']);
      assert.deepEqual((await read('This pull request includes a\n\n- [ ] Bug fix\n- [ ] Translation\n')).checks, []);
      assert.deepEqual((await read('This pull request is:\n\n- [ ] A documentation fix\n- [ ] A short code fix\n- [ ] A new feature implementation\n')).checks, []);
    });
    it('boxes that each name a kind ("Bug Fix", "New Feature"), whatever the prompt ("### What:")', async () => {
      const r = await read('### What:\n\n- [ ] Bug Fix\n- [ ] New Feature\n\n### Description:\n');
      assert.deepEqual(r, { checks: [], choices: ['Bug Fix', 'New Feature'] });
    });
    it('near miss: "Tests", "Documentation" and "Changelog" under "Checklist" are deliverables to check', async () => {
      const r = await read('## Checklist\n\n- [ ] Tests\n- [ ] Documentation\n- [ ] Changelog\n');
      assert.deepEqual(r, { checks: ['Tests', 'Documentation', 'Changelog'], choices: [] });
    });
    it('near miss: "This PR contains:" over full sentences about the change stays checks', async () => {
      const r = await read('This PR contains:\n\n- [ ] tests that fail without the fix and pass with it\n- [ ] an updated entry in the changelog for the next release\n');
      assert.deepEqual(r.choices, []);
    });
    it('checks written into the same list after the kinds stay checks ("I have added tests", "All new and existing tests passed")', async () => {
      const r = await read(
        '## Contribution Type\n\nWhat types of changes does your code introduce? Put an `x` in all the boxes that apply:\n\n- [ ] Bug fix (non-breaking change)\n- [ ] New feature (non-breaking change)\n- [ ] My change requires a change to the documentation\n- [ ] I have updated the documentation accordingly\n- [ ] I have added tests to cover my changes\n- [ ] All new and existing tests passed\n',
      );
      assert.deepEqual(r.checks, ['I have updated the documentation accordingly', 'I have added tests to cover my changes', 'All new and existing tests passed']);
      assert.deepEqual(r.choices, ['Bug fix (non-breaking change)', 'New feature (non-breaking change)', 'My change requires a change to the documentation']);
    });
  });

  describe('a template\'s plain list asked for before sending, in its comment too', () => {
    it('"<!-- Before opening a pull request, please: - Run ... -->": the comment asks the author before the PR exists', async () => {
      const r = await read('<!--\nThanks!\n\nBefore opening a pull request, please:\n\n- Run the linters with `tox -e lint`\n- Run the tests with `tox -e py312`\n-->\n\n## Description\n');
      assert.deepEqual(r.checks, ['Run the linters with `tox -e lint`', 'Run the tests with `tox -e py312`']);
    });
    it('"Before submitting your PR make sure that:" without a comma', async () => {
      const r = await read('Before submitting your PR make sure that:\n\n- You wrote good commit messages.\n- Your branch is up to date with `main`.\n');
      assert.deepEqual(r.checks, ['You wrote good commit messages.', 'Your branch is up to date with `main`.']);
    });
    it('near misses: a comment\'s list of what to describe, and a list in a comment under a lead-in outside it', async () => {
      assert.deepEqual((await read('<!--\nPlease describe:\n\n- what the change does\n- why it is needed\n-->\n')).checks, []);
      assert.deepEqual((await read('Before opening a pull request, please:\n\n<!--\n- Run the tests\n- Run the linters\n-->\n')).checks, []);
    });
  });

  describe('plain bullets nested under a task box say more about it', () => {
    const box = '## Checklist\n\n- [ ] Component is tested\n  - axe checks run automatically for every component.\n  - there are two ways to add tests:\n    - add tests under `tests/Spec`\n- [ ] Docs updated\n';
    it('in a template: only the boxes are checks', async () => {
      assert.deepEqual((await read(box)).checks, ['Component is tested', 'Docs updated']);
    });
    it('in a guide\'s checklist too', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${box}` }));
      assert.deepEqual(facts.checklist.map((c) => c.text), ['Component is tested', 'Docs updated']);
    });
    it('near miss: nested boxes under a box stay checks', async () => {
      assert.deepEqual((await read('## Checklist\n\n- [ ] Changes are documented\n  - [ ] The changelog has an entry\n')).checks, ['Changes are documented', 'The changelog has an entry']);
    });
  });

  describe('"For example," after a sentence that gives a step shows that step', () => {
    const commands = async (text: string) => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': `# Contributing\n\n${text}` }));
      return [...facts.commands.setup, ...facts.commands.test].map((c) => c.command);
    };
    it('"... uses GN to build the code. For example," over the build', async () => {
      assert.deepEqual(await commands('## Building\n\nThe project uses GN to build the code. For example,\n\n```\ngn gen out/Default\nninja -C out/Default\n```\n'), ['gn gen out/Default', 'ninja -C out/Default']);
    });
    it('near miss: "For example," after a sentence about configuring, under a usage heading, is a line to adapt', async () => {
      assert.deepEqual(await commands('## Configuration\n\nYou can pass options on the command line. For example,\n\n```\nwidget --color=never input.txt\n```\n'), []);
    });
  });

  describe('options nested under a label, and yes/no answers to a question with a third box', () => {
    it('"- Processors:" over "- [ ] Intel", "- [ ] Apple Silicon": options of the label', async () => {
      const r = await read('## Tested:\n- Processors:\n  - [ ] Intel\n  - [ ] Apple Silicon\n- Localizations:\n  - [ ] English\n  - [ ] Other (please specify)\n\n## Checklist\n- [ ] Tests pass\n');
      assert.deepEqual(r, { checks: ['Tests pass'], choices: ['Intel', 'Apple Silicon', 'English', 'Other (please specify)'] });
    });
    it('near miss: "- Docs:" over boxes that say a state reached stays checks', async () => {
      const r = await read('## Checklist\n- Docs:\n  - [ ] README updated\n  - [ ] Changelog entry added\n');
      assert.deepEqual(r, { checks: ['README updated', 'Changelog entry added'], choices: [] });
    });
    it('"## Added tests?" over "Yes", "No, and this is why:" and "I need help with writing tests"', async () => {
      const r = await read('## Added tests?\n\n- [ ] Yes\n- [ ] No, and this is why:\n- [ ] I need help with writing tests\n\n## Checklist\n\n- [ ] Ran `tox` locally\n');
      assert.deepEqual(r, { checks: ['Ran `tox` locally'], choices: ['Yes', 'No, and this is why:', 'I need help with writing tests'] });
    });
    it('near miss: a checklist with a "No new warnings" box and a "Yes" box is no question', async () => {
      const r = await read('## Checklist\n\n- [ ] No new warnings\n- [ ] Yes, I ran the tests\n- [ ] Docs updated\n');
      assert.deepEqual(r.choices, []);
    });
  });
});

