import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 21: spellings and placeholders the rules did not foresee. Every guide below is written for the test; each
// rule has a near miss that must keep its old answer.

const read = (guide: string) => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }));

describe('reader rules (session 21)', () => {
  describe('"pull-request" spelled with a hyphen is a pull request', () => {
    it('"Open a pull-request to our primary repo and target `master` branch" names the base', async () => {
      const facts = await read('# Contributing\n\n1. **Fork** this repo\n1. **Test** your code (via `make tests`)\n1. **Open a pull-request** to our primary repo and target `develop` branch.\n');
      assert.equal(facts.baseBranch?.value, 'develop');
    });
    it('near miss: a branch named in a sentence about releases is no base', async () => {
      const facts = await read('# Contributing\n\nReleases are cut from the `stable` branch every month.\n');
      assert.equal(facts.baseBranch, null);
    });
  });

  describe('naming the pull request is a rule for its title', () => {
    const guide = (lead: string) => `# Contributing\n\n- ${lead}: \`type: What you did\` this lets us generate the changelog.\nFollowing \`type\`s are allowed:\n\n  - \`feat\`, for Features\n  - \`fix\`, for Bug Fixes\n  - \`docs\`, for Documentation\n  - \`chore\`, for Miscellaneous things\n`;
    it('"Please name your pull request following this scheme" over a list of known types: conventional, with those types', async () => {
      const facts = await read(guide('Please name your pull request following this scheme'));
      assert.equal(facts.commit.convention?.value, 'conventional');
      assert.deepEqual(facts.commit.types?.value, ['feat', 'fix', 'docs', 'chore']);
    });
    it('near miss: the same list under "Please describe your issue following this scheme" is not about commits', async () => {
      const facts = await read(guide('Please describe your issue following this scheme'));
      assert.equal(facts.commit.convention, null);
      assert.equal(facts.commit.types, null);
    });
  });

  describe('a closing keyword with a placeholder number', () => {
    it('"Commits that fix an issue should include `Closes #XXX` or `Fixes #XXX`": a rule on the message', async () => {
      const facts = await read('# Contributing\n\nCommits that fix or close an issue should include a reference like\n`Closes #XXX` or `Fixes #XXX`, which will automatically close the issue\nwhen merged.\n');
      assert.equal(facts.commit.convention?.value, 'free-form-rules');
    });
    it('"Fixes #<issue>" in the commit message counts; in the pull request description it does not', async () => {
      assert.equal((await read('# Contributing\n\nEnd your commit message with `Fixes #<issue>`.\n')).commit.convention?.value, 'free-form-rules');
      assert.equal((await read('# Contributing\n\n- Please include: `Fixes: #<issue number>` in the commit message\n')).commit.convention?.value, 'free-form-rules');
      assert.equal((await read('# Contributing\n\nEnd your pull request description with `Fixes #<issue>`.\n')).commit.convention, null);
    });
  });

  describe('discuss first: more wordings of the same concepts', () => {
    const discuss = async (sentence: string) => (await read(`# Contributing\n\n${sentence}\n`)).discussFirst?.value ?? null;
    const asks = [
      'Before you put time into a non-trivial patch, it is worth discussing it privately by email.',
      'We strongly recommend talking with other developers before attempting to tackle a large issue.',
      'If there isn\'t an issue for the work you want to do, please create one.',
      '* If there is no existing issue for what you want to work on, **open a new one** describing the changes you plan.',
      'Check whether an issue exists. If not, then please open an issue describing your addition.',
      'If you\'d like to fix a bug or add a feature, create an issue for it first.',
      'Hackers interested in something more major, such as a new feature, are encouraged to send a mail describing their plans to the list.',
      '* **DO NOT** submit a PR unless the connected issue is marked as ready to build or approved by an org member.',
      '- Submit a ticket for your issue, assuming one does not already exist.',
      'Before authoring any source code, it\'s often prudent to file a ticket describing the motivation.',
    ];
    for (const sentence of asks) it(`asks: "${sentence}"`, async () => assert.equal(await discuss(sentence), true));
    const near = [
      'If you prefer to start a discussion first, feel free.',
      'If there is no issue for the bug you found, create one.',
      '- Create an Issue - Propose a new feature. Report a bug.',
      'Send a mail describing the crash to the list.',
    ];
    for (const sentence of near) it(`near miss: "${sentence}"`, async () => assert.equal(await discuss(sentence), null));
  });

  describe('changelog: said not to be written, made for the contributor, or optional', () => {
    const changelog = async (guide: string, template?: string) => {
      const files: Record<string, string> = { 'CONTRIBUTING.md': guide };
      if (template !== undefined) files['.github/PULL_REQUEST_TEMPLATE.md'] = template;
      const facts = await readGuide(new MemoryRepoFiles(files));
      return { required: facts.changelog.required?.value ?? null, how: facts.changelog.how?.value ?? null };
    };
    it('"Do not add a new version to the changelog" and "Do not bother with the changelog": not required', async () => {
      assert.deepEqual(await changelog('# Contributing\n\n* Add tests where you can.\n* Do not add a new version to the changelog, bump versions or anything like that.\n'), { required: false, how: null });
      assert.deepEqual(await changelog('# Contributing\n\nDo not bother with the changelog and version number.\n'), { required: false, how: null });
    });
    it('"If merged your PR will automatically be added to the changelog": not required', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nIf merged your PR will automatically be added to the changelog in the next release.\n'), { required: false, how: null });
    });
    it('a script that forms the Changelog from the git log: not required', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nWe employ a script to extract information from the git log and form a Changelog file.\n'), { required: false, how: null });
    });
    it('"Bonus points to anyone who also updates `CHANGELOG.md`" asks nothing', async () => {
      assert.equal((await changelog('# Contributing\n\n* **Bonus Points** go out to anyone who also updates `CHANGELOG.md` :)\n')).required, null);
    });
    it('a template section "## ChangeLog" that says "Optional." is where a line may go: pr-body, not required', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nOpen a pull request.\n', '## Problem\n\n## ChangeLog\n\n<!--\nOptional. Suggest a line for adding to the CHANGELOG to summarise your change.\n-->\n'), { required: false, how: 'pr-body' });
    });
    it('near miss: a plain "## Changelog" section in the template asks for the entry there', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nOpen a pull request.\n', '## Problem\n\n## Changelog\n\n<!-- One line for the release notes. -->\n'), { required: true, how: 'pr-body' });
    });
    it('near miss: "Please add a line to the changelog" still asks', async () => {
      assert.deepEqual(await changelog('# Contributing\n\nPlease add a line to the CHANGELOG for your change.\n'), { required: true, how: 'changelog-file' });
    });
  });

  describe('a URL alone in a paragraph after a lead-in that points at it ("see the contributor guide:")', () => {
    const pointer = (url: string) => `Pull requests submitted through GitHub are not monitored.\n\nFor more specific information about contributing to this repository, see the\nWidget contributor guide:\n\n   ${url}\n`;
    const contributing = 'Contributing\n============\n\nAny patch that changes functionality should have a release note.\n';
    it('the project\'s page on its organisation\'s docs site is read from its source in the repository', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.rst': pointer('https://docs.example.org/widget/latest/contributor/contributing.html'), 'doc/source/contributor/contributing.rst': contributing }), { projectName: 'widget' });
      assert.equal(facts.changelog.required?.value, true);
      assert.equal(facts.changelog.required?.source.file, 'doc/source/contributor/contributing.rst');
    });
    it('near miss: another project\'s page on the same docs site is not followed', async () => {
      const other = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.rst': pointer('https://docs.example.org/gadget/latest/contributor/contributing.html'), 'doc/source/contributor/contributing.rst': contributing }), { projectName: 'widget' });
      assert.equal(other.changelog.required, null);
    });
    it('"If you want to propose a new feature please read the blueprints page" asks for no talk', async () => {
      assert.equal((await read('# Contributing\n\nIf you want to propose a new feature please read the [blueprints](https://example.org/blueprints) page.\n')).discussFirst, null);
    });
  });

  describe('base branch: more wordings of a change put on a branch', () => {
    const base = async (sentence: string) => (await read(`# Contributing\n\n${sentence}\n`)).baseBranch?.value ?? null;
    const found: [string, string][] = [
      ['Your change will be merged into the project\'s main branch.', 'main'],
      ['Create a pull request to the master branch.', 'master'],
      ['- [ ] Check that you are targeting the develop branch.', 'develop'],
      ['* Create a topic branch from where you want to base your work. This is usually the master branch.', 'master'],
    ];
    for (const [sentence, branch] of found) it(`"${sentence}" -> ${branch}`, async () => assert.equal(await base(sentence), branch));
    const near = [
      'So unless you want your PR to start a new major version (`v4.0.0` for example), keep the API.',
      'Always add the PR to the Main project unless asked otherwise.',
      'Create a topic branch. This is usually a good idea.',
    ];
    for (const sentence of near) it(`near miss: "${sentence}"`, async () => assert.equal(await base(sentence), null));
  });

  describe('template boxes: areas, project kinds, questions answered yes or no, a maintainer\'s box; a guide\'s roadmap', () => {
    const TEMPLATE = '.github/PULL_REQUEST_TEMPLATE.md';
    const boxes = async (template: string, guide = '# Contributing\n\nOpen a pull request.\n') => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide, [TEMPLATE]: template }));
      return { checks: facts.checklist.map((c) => c.text), choices: facts.changeChoices.map((c) => c.text) };
    };
    it('"## Affected Areas" over the parts of the code: choices', async () => {
      const r = await boxes('## Affected Areas\n<!-- Check all that apply. -->\n\n- [ ] Gossipsub\n- [ ] Transports\n- [ ] Build / Tooling\n\n## Checklist\n\n- [ ] Tests added\n');
      assert.deepEqual(r, { checks: ['Tests added'], choices: ['Gossipsub', 'Transports', 'Build / Tooling'] });
    });
    it('"Which project/connector is this regarding?" over the connectors: choices', async () => {
      const r = await boxes('#### Which project/connector is this regarding?\n\n- [ ] Spark\n- [ ] Flink\n- [ ] Other (fill in here)\n');
      assert.deepEqual(r.checks, []);
      assert.equal(r.choices.length, 3);
    });
    it('"**Project Type**" under "### Checklist": the types are choices, the acknowledgements checks', async () => {
      const r = await boxes('### Checklist\n\n**Acknowledgements**\n\n- [ ] I am authorized to assign ownership of this code.\n\n**Project Type**\n\n- [ ] Instrumentation\n- [ ] Exporter\n');
      assert.deepEqual(r, { checks: ['I am authorized to assign ownership of this code.'], choices: ['Instrumentation', 'Exporter'] });
    });
    it('a box asking "Is this an existing project?" over "Yes" and "No": one choice', async () => {
      const r = await boxes('### Checklist\n\n- [ ] Is this an existing project? Includes private libraries.\n  - [ ] Yes\n  - [ ] No\n- [ ] Tests pass\n');
      assert.deepEqual(r.checks, ['Tests pass']);
      assert.equal(r.choices.length, 3);
    });
    it('"Label created (maintainers)" is a maintainer\'s box, not the author\'s', async () => {
      assert.deepEqual((await boxes('### Checklist\n\n- [ ] Label created (maintainers)\n- [ ] Docs updated\n')).checks, ['Docs updated']);
    });
    it('near miss: "## Test plan" over steps, and a box naming what was tested, stay checks', async () => {
      assert.deepEqual((await boxes('## Affected tests\n\n- [ ] I ran the unit tests\n- [ ] I ran the linter\n')).checks, ['I ran the unit tests', 'I ran the linter']);
    });
    it('a guide whose task lists are partly ticked keeps a roadmap, not checks', async () => {
      const roadmap = '# Contributing\n\n## Done\n\n- [x] Speed up image upload\n- [x] Portion calculator\n\n## Next\n\n- [ ] Offline scanning\n- [ ] Contribution counter\n';
      assert.deepEqual((await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': roadmap }))).checklist, []);
      const checks = '# Contributing\n\n## Before you open a pull request\n\n- [ ] Tests pass\n- [ ] Docs updated\n';
      assert.equal((await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': checks }))).checklist.length, 2);
    });
  });

  describe('commit convention: more forms of the area prefix, and a template with no extension', () => {
    it('"Use preceding subsystem when applicable: “registry: add theme foobar”": an area prefix', async () => {
      assert.equal((await read('# Contributing\n\n## Commit messages\n\n+ Use preceding subsystem when applicable: "registry: add theme foobar"\n')).commit.convention?.value, 'area-prefix');
    });
    it('a template named `PULL_REQUEST_TEMPLATE` (no extension) is Markdown: its comment asks for the package prefix', async () => {
      const template = 'Please take a look.\n\n<!--\nPlease make sure your commit message summary line and pull request\ntitle match the Go convention; a one-line summary of the change,\nprefixed by the primary affected package.\n-->\n';
      for (const path of ['.github/PULL_REQUEST_TEMPLATE', '.github/pull_request_template.txt']) {
        const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nSend pull requests.\n', [path]: template }));
        assert.equal(facts.commit.convention?.value, 'area-prefix', path);
      }
    });
  });

  describe('sign-off: said not to be required anywhere, it is not required', () => {
    const signOff = async (guide: string) => (await read(guide)).commit.signOff?.value ?? null;
    it('"While not required, it\'s recommended to use Signed-off commits": no rule', async () => {
      assert.equal(await signOff('# Contributing\n\nWhile not required, it\'s recommended to use **Signed-off commits** to certify the origin.\n'), null);
    });
    it('a "Developer Certificate of Origin" section that says "A Signed-off-by line is not required": no rule', async () => {
      assert.equal(await signOff('# Contributing\n\n## Developer Certificate of Origin\n\nContributions are under the DCO. A Signed-off-by line in each commit message is not required.\n'), null);
    });
    it('"Patches that are not signed off will not be accepted", "Make sure your commits are signed off", "require the following \\"sign-off\\" procedure": required', async () => {
      assert.equal(await signOff('# Contributing\n\nPatches that are not signed off will not be accepted.\n'), 'required');
      assert.equal(await signOff('# Contributing\n\n- Make sure your commits are signed off.\n'), 'required');
      assert.equal(await signOff('# Contributing\n\nAll submitted patches now require the following "sign-off" procedure.\n'), 'required');
    });
    it('near miss: "Signed-off-by lines are not accepted" still forbids it', async () => {
      assert.equal(await signOff('# Contributing\n\nSigned-off-by lines are not accepted.\n'), 'forbidden');
    });
    it('near miss: "All commits must be signed off (DCO)" still requires it', async () => {
      assert.equal(await signOff('# Contributing\n\n## Developer Certificate of Origin\n\nAll commits must be signed off with `git commit -s`.\n'), 'required');
    });
  });

  describe('subject length: under a pull-request heading, and the "<=" sign', () => {
    const limit = async (guide: string) => (await read(guide)).commit.subjectMaxLength?.value ?? null;
    it('"## Pull Requests" over "First line is a <=72 character description": 72', async () => {
      assert.equal(await limit('# Contributing\n\n## Pull Requests\nPull requests need to resolve to a single commit.\n* First line is a <=72 character description in present tense.\n'), 72);
    });
    it('"#### Subject" over "- one line, <= 50 characters": 50', async () => {
      assert.equal(await limit('# Contributing\n\n## Commit messages\n\n#### Subject\n\n- one line, <= 50 characters\n- active voice\n'), 50);
    });
    it('near miss: a line-length rule for code under "## Pull Requests" is no subject limit', async () => {
      assert.equal(await limit('# Contributing\n\n## Pull Requests\n\n* Keep source lines under 100 characters.\n'), null);
    });
  });

  describe('a README\'s link to the project\'s site finds the page\'s source in more places', () => {
    const guideOf = async (files: Record<string, string>, projectName: string) => (await readGuide(new MemoryRepoFiles(files), { projectName })).files.guide;
    const readme = (url: string) => `# Widget\n\n## How to contribute code\n\nSee the [contributing page](${url}).\n`;
    const page = '# Contributing\n\nRun `make test` before you open a pull request.\n';
    it('a `help/` folder (site sources kept beside the code)', async () => {
      assert.equal(await guideOf({ 'README.md': readme('https://widget.build/contributing.html'), 'help/markdown/contributing.md': page }, 'widget'), 'help/markdown/contributing.md');
    });
    it('a monorepo\'s docs package (`packages/widget-docs/`)', async () => {
      assert.equal(await guideOf({ 'README.md': readme('https://doc.example.org/widget/latest/contributing/overview.html'), 'packages/widget-docs/docs/contributing/overview.md': page }, 'widget'), 'packages/widget-docs/docs/contributing/overview.md');
    });
    it('near miss: a package that is not a docs site is not searched', async () => {
      assert.equal(await guideOf({ 'README.md': readme('https://widget.build/contributing.html'), 'packages/widget-core/contributing.md': page }, 'widget'), null);
    });
  });

  it('base branch: a quoted name runs to its end ("pull requests against the `release/next` branch")', async () => {
    assert.equal((await read('# Contributing\n\nPlease send pull requests against the `release/next` branch.\n')).baseBranch?.value, 'release/next');
  });

  describe('a short guide that states a fact of the flow itself is a guide, not only a pointer', () => {
    const pointer = async (guide: string) => (await read(guide)).guideIsPointerOnly?.value ?? null;
    it('"Please open an issue first" beside the link to the full docs: not a pointer', async () => {
      assert.equal(await pointer('# Contributing\n\nBefore you start work on a feature, please open an issue first to discuss it.\n\nThe full guide is on [our site](https://example.org/contribute).\n'), false);
    });
    it('near miss: a CLA the bot asks for, beside the link, is still a pointer', async () => {
      assert.equal(await pointer('# Contributing\n\nYou will be asked to sign our CLA when you send your first pull request.\n\nThe full guide is on [our site](https://example.org/contribute).\n'), true);
    });
    it('near miss: "follow our [commit conventions](COMMITS.md)" points at the rules', async () => {
      const rules = `# Commit conventions\n\n${'Every commit must be written and understood by the person who sends it, and described in the pull request.\n\n'.repeat(12)}`;
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nPull requests are welcome; please follow our [commit conventions](COMMITS.md).\n', 'COMMITS.md': rules }));
      assert.equal(facts.guideIsPointerOnly?.value, true);
    });
  });

  it('pointer-only: a reStructuredText guide that is a heading, one line and a `.. toctree::` of pages is a pointer', async () => {
    const guide = '.. _contributing:\n\nContributing\n============\n\nResources for developers can be found in the pages below.\n\n.. toctree::\n   :maxdepth: 2\n\n   guidelines\n   testing\n';
    const page = 'Guidelines\n==========\n\nRun ``make test`` before sending a pull request.\n';
    const facts = await readGuide(new MemoryRepoFiles({ 'docs/CONTRIBUTING.rst': guide, 'docs/guidelines.rst': page, 'docs/testing.rst': page }));
    assert.equal(facts.guideIsPointerOnly?.value, true);
  });

  describe('pointer-only: a guide of a few lines that links anywhere', () => {
    const pointer = async (guide: string) => (await read(guide)).guideIsPointerOnly?.value ?? null;
    it('"See https://example.github.io/widget/how_to_help/" and "guidelines are available at <url>": pointers', async () => {
      assert.equal(await pointer('See https://example.github.io/widget/how_to_help/\n'), true);
      assert.equal(await pointer('Contributing guidelines for this project are available at\n\nhttp://www.example.org/makingwidgetbetter.html\n'), true);
    });
    it('a mirror\'s notice that development takes place elsewhere: a pointer', async () => {
      assert.equal(await pointer('You are using the GitHub mirror of the sources. This is not where development takes place.\n\nPlease go to the [official location of the sources](https://core.example.org/widget) and enter your ticket there.\n'), true);
    });
    it('near miss: a welcome and a Discord invite only is no pointer', async () => {
      assert.equal(await pointer('# Contributing\n\nContributions are welcome!\n\n## Communicating\n\nWe now have a discord server! [Join here](https://discord.gg/abcdef)!\n'), false);
    });
  });

  describe('changelog: an entry asked with no file named, in a repository with a folder of entries', () => {
    const ask = '# Contributing\n\n## Changelog\n\nPlease add a changelog entry for every user-facing change.\n';
    it('`.changelog/` in the repository: the entry is a file in that folder', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': ask, '.changelog/README.md': '# Entries\n' }));
      assert.equal(facts.changelog.how?.value, 'changelog-folder');
      assert.equal(facts.changelog.how?.source.file, '.changelog/README.md');
    });
    it('near miss: "add an entry to CHANGELOG.md" names the file, whatever folders exist', async () => {
      const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# Contributing\n\nPlease add an entry to `CHANGELOG.md` for every change.\n', '.changelog/README.md': '# Entries\n' }));
      assert.equal(facts.changelog.how?.value, 'changelog-file');
    });
  });



  describe('CLA: said not to be needed, or over', () => {
    const cla = async (guide: string) => (await read(guide)).claRequired?.value ?? null;
    it('"We do not require any formal copyright assignment or contributor license agreement": not required', async () => {
      assert.equal(await cla('# Contributing\n\nWe do not require any formal copyright assignment or contributor license\nagreement. Any contributions intentionally sent upstream are presumed to be offered under the license.\n'), false);
    });
    it('"## Do I need to sign a CLA in order to contribute?" answered "No you don\'t.": not required', async () => {
      assert.equal(await cla('# Contributing\n\n## Do I need to sign a CLA in order to contribute?\n\nNo you don\'t. All contributions are welcome.\n'), false);
    });
    it('"previously used a CLA, which was replaced with the DCO": not required', async () => {
      assert.equal(await cla('# Contributing\n\nWe have adopted the DCO. (The project previously used a CLA, which was replaced with the DCO.)\n'), false);
    });
    it('near miss: "## Do I need to sign a CLA?" answered "Yes, before your first pull request": required', async () => {
      assert.equal(await cla('# Contributing\n\n## Do I need to sign a CLA?\n\nYes, please sign the [CLA](https://cla.example.org) before your first pull request.\n'), true);
    });
  });

  describe('branch naming: after the issue, in more words; a kind and a placeholder', () => {
    const naming = async (sentence: string) => (await read(`# Contributing\n\n${sentence}\n`)).branchNaming?.value ?? null;
    for (const sentence of ['Create a branch and name it after the issue you are addressing.', 'The name of the branch must be explicit and be prefixed by the related ticket id.', 'We recommend to include the issue number in the branch name.', 'Please use the issue ID as the branch name.']) {
      it(`"${sentence}" is the rule`, async () => assert.equal(await naming(sentence), sentence));
    }
    it('"Create a feature branch, e.g. `feature/<YourFeature>`": the form', async () => assert.equal(await naming('Create a feature branch, e.g. `feature/<YourFeature>`.'), 'feature/<YourFeature>'));
    it('near miss: "Merge the release branch after the issue is closed" names nothing', async () => assert.equal(await naming('Merge the release branch after the issue is closed.'), null));
  });

  it('discuss first: "Contributions should generally start out from a previous discussion" and "make sure you\'ve consulted with the team first"', async () => {
    assert.equal((await read('# Contributing\n\nContributions should generally start out from a previous discussion.\n')).discussFirst?.value, true);
    assert.equal((await read('# Contributing\n\nFor any large changes, make sure you\'ve consulted with the team first.\n')).discussFirst?.value, true);
    assert.equal((await read('# Contributing\n\nReleases are consulted with the security team first.\n')).discussFirst, null);
  });
});
