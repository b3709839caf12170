import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 8: single facts. Every guide below is our own wording; each rule has a near-miss that must not fire.
const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const withTemplate = (prose: string, template: string): Record<string, string> => ({ ...guide(prose), '.github/pull_request_template.md': template });

describe('type lists whose names carry their colon inside the markup (session 8)', () => {
  const list = (items: string[]): string => items.map((i) => `- ${i}`).join('\n');
  const entries = ['`fix:` -- repairs a defect;', '`feat:` -- adds a capability;', '`docs:` -- touches documentation only;', '`ci:` -- changes the pipelines;', '`chore:` -- anything else.'];
  it('a list of `fix:` -- ... items under a commit heading gives every type', async () => {
    const facts = await factsOf(guide(`## Pull request titles\n\nStart the title with one of these types:\n\n${list(entries)}`));
    assert.deepEqual(facts.commit.types, ['fix', 'feat', 'docs', 'ci', 'chore']);
  });
  it('**feat:** in bold works the same', async () => {
    const facts = await factsOf(guide(`## Commit messages\n\n${list(['**feat:** a new capability', '**fix:** a repaired defect', '**docs:** documentation', '**test:** tests only'])}`));
    assert.deepEqual(facts.commit.types, ['feat', 'fix', 'docs', 'test']);
  });
  it('not when the same list names the labels we put on issues', async () => {
    const facts = await factsOf(guide(`## Triage\n\nWe label incoming issues with one of:\n\n${list(entries)}`));
    assert.equal(facts.commit.types, null);
  });
});

describe('commit message rules in general wording (session 8)', () => {
  const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;
  for (const prose of [
    'Keep each change small. Besides a short title, the commit message should also explain why the change is made.',
    '- [ ] My commit message gives a clear description of what changed and why.',
    'The commit comment should be descriptive and say what was changed.',
    'Please use well-crafted commit messages that give reviewers some context.',
  ]) {
    it(`"${prose}" is a rule for messages`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  for (const [why, prose] of [
    ['the reason is asked of the pull request description', 'In the pull request description, explain why the change is needed.'],
    ['code comments, not commit messages, are to be descriptive', 'Code comments should be descriptive and explain why a branch exists.'],
    ['the quality is named in passing in a step that makes the commit', 'Commit your changes with a well-crafted commit message and push them.'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('the changelog left to the maintainers with "refrain from" (session 8)', () => {
  const required = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).changelog.required;
  it('"Please refrain from updating the changelog" says no entry is needed', async () => {
    assert.equal(await required('## Changelog\n\nPlease refrain from updating the changelog in your branch; we take care of it when we release.'), false);
  });
  it('not when something else is to be left alone and an entry is asked for', async () => {
    assert.notEqual(await required('Refrain from updating dependencies in the same pull request. Add an entry to the changelog for every user-facing change.'), false);
  });
});

describe('base branch named by a template box, and a template that settles an ambiguous guide (session 8)', () => {
  const base = async (files: Record<string, string>): Promise<string | null> => (await factsOf(files)).baseBranch;
  it('"The base branch of the pull request is `develop`" names the base', async () => {
    assert.equal(await base(withTemplate('Thanks for helping out.', '## Checklist\n\n- [ ] The base branch of the pull request is `develop`\n- [ ] Tests pass\n')), 'develop');
  });
  it('not when the base branch of something else is named', async () => {
    assert.equal(await base(guide('## Website\n\nThe base branch of the website is `next`, which the docs team publishes.')), null);
  });
  const ambiguous = '## Kinds of pull request\n\n- Typo fixes in the docs: send the pull request against the **main** branch.\n- Code fixes: send pull requests against the **develop** branch.';
  it('a guide with two bases by kind of change, and a template box naming one: the box decides', async () => {
    assert.equal(await base(withTemplate(ambiguous, '- [ ] The base branch of the pull request is `develop`\n')), 'develop');
  });
  it('not when the template is silent: the ambiguous guide gives no single base', async () => {
    assert.equal(await base(withTemplate(ambiguous, '- [ ] Tests pass\n')), null);
  });
});

describe('discuss first: plural issues, "open one", a lead-in that introduces its list (session 8)', () => {
  const discuss = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).discussFirst;
  it('"please open issues before starting to work on ..." asks first', async () => {
    assert.equal(await discuss('## Pull requests\n\nPull requests are welcome, but please open issues before starting to work on something you want merged.'), true);
  });
  it('not when "open issues" is the list of open issues to check', async () => {
    assert.equal(await discuss('## Pull requests\n\nCheck the open issues before submitting a pull request, so work is not done twice.'), null);
  });
  it('"Start from an existing issue, or open one before a large change" asks first', async () => {
    assert.equal(await discuss('Help is welcome. Start from an existing issue, or open one before a large behaviour change so we agree on the direction.'), true);
  });
  it('not when "open one" comes after the search', async () => {
    assert.equal(await discuss('## Reporting bugs\n\nSearch the existing issues before you open one.'), null);
  });
  const leadIn = 'Got an idea for something new? Make sure it fits the project before you put effort into creating a pull request.';
  it('a lead-in ending in a colon, then a list whose item opens an issue, asks first', async () => {
    assert.equal(await discuss(`## New ideas\n\n${leadIn} The best ways to check are to either:\n\n* create a GitHub issue describing the idea\n* ask in the chat room`), true);
  });
  it('not when the lead-in does not introduce the list', async () => {
    assert.equal(await discuss(`## New ideas\n\n${leadIn} Read the design notes.\n\n* create a GitHub issue template locally with the make task`), null);
  });
});

describe('the subject\'s capital letter and final period, and the reason asked of the message (session 8)', () => {
  const convention = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).commit.convention;
  for (const prose of [
    '## Commit messages\n\n- Begin the subject with a capital letter.\n- Do not end it with a period.',
    'Do not end the commit summary line with a full stop.',
    'Please make sure that the commit message clearly explains the reason for the change.',
  ]) {
    it(`"${prose.split('\n').pop()}" is a rule for messages`, async () => assert.equal(await convention(prose), 'free-form-rules'));
  }
  for (const [why, prose] of [
    ['the same rules are for sentences of the docs', '## Documentation style\n\nStart each sentence with a capital letter and end it with a period.'],
    ['the capital letter is asked of an issue title', '## Reporting bugs\n\nStart the title of your issue with a capital letter.'],
    ['the reason is asked of the issue', 'When you open an issue, describe the reason you need the feature.'],
  ]) {
    it(`not when ${why}`, async () => assert.equal(await convention(prose), null));
  }
});

describe('discuss first: the passive, "without first discussing", a box in the past tense, security reports (session 8)', () => {
  const discuss = async (files: Record<string, string>): Promise<boolean | null> => (await factsOf(files)).discussFirst;
  it('"an issue should be opened first" asks first', async () => {
    assert.equal(await discuss(guide('Unless the change is tiny, an issue should be opened first.')), true);
  });
  it('not when a bot opens an issue for each release', async () => {
    assert.equal(await discuss(guide('## Releases\n\nA tracking issue is opened by the release bot for every version.')), null);
  });
  it('"do not send a pull request without first discussing it" asks first', async () => {
    assert.equal(await discuss(guide('Please do not send a pull request without first discussing it with us.')), true);
  });
  it('not when "without" leaves out something else', async () => {
    assert.equal(await discuss(guide('Do not send a pull request without first running the tests.')), null);
  });
  it('a template box "I opened an issue to discuss this change first" asks first', async () => {
    assert.equal(await discuss(withTemplate('Thanks for helping.', '- [ ] I opened an issue to discuss this change first\n- [ ] Tests pass\n')), true);
  });
  it('not when a past tense is a wish in a section for core members', async () => {
    assert.equal(await discuss(guide('## Core members\n\nIf you want a new repository, it would be nice if you created an issue and gathered feedback first.')), null);
  });
  it('not when what comes first is reporting a vulnerability', async () => {
    assert.equal(await discuss(guide('If you find a security problem, contact us privately first.')), null);
  });
});

describe('base branch: what a PR is based on, and "as the base" (session 8)', () => {
  const base = async (prose: string): Promise<string | null> => (await factsOf(guide(prose))).baseBranch;
  it('"Make sure your PR is based on `dev`" names the base', async () => assert.equal(await base('## Pull requests\n\nMake sure your PR is based on `dev`, not on an old tag.'), 'dev'));
  it('"based on top of the latest `upstream/main`" still names main', async () => assert.equal(await base('Before sending your PR, make sure your changes are based on top of the latest `upstream/main` commits.'), 'main'));
  it('not when a PR\'s review is based on something else', async () => assert.equal(await base('Pull request reviews are based on trust and care.'), null));
  it('"choose `develop` as the base." names the base', async () => assert.equal(await base('When you open the pull request, choose `develop` as the base.'), 'develop'));
  it('not when a name is the base of a container image', async () => assert.equal(await base('## Docker\n\nUse `stable` as the base image for the container.'), null));
});

describe('a style guide adopted by name is a rule of the guide, not a pointer (session 8)', () => {
  const pointer = async (prose: string): Promise<boolean | null> => (await factsOf(guide(prose))).guideIsPointerOnly;
  it('a short guide whose links are coding standards is a guide of its own', async () => {
    assert.equal(await pointer('By sending a patch you license it under our terms.\n\nAll code must follow the [Acme C Style Guide](https://acme.example/styleguide/c.html).\n\nDocs must follow the [Acme Writing Style Guide](https://docs.acme.example/style).'), false);
  });
  it('not when the guide also sends the reader to the real contribution guide', async () => {
    assert.equal(await pointer('Please read the [developer guide](https://acme.example/docs/contributing) before you start. Code follows the [Acme Style Guide](https://acme.example/styleguide).'), true);
  });
  it('a short guide that only links the contribution docs stays a pointer', async () => {
    assert.equal(await pointer('See the [contribution guide](https://acme.example/docs/contributing) on our website.'), true);
  });
});
