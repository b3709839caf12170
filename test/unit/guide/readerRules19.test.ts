import * as assert from 'node:assert/strict';
import { checklistOf, factsOf, md } from './probeSupport';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const setupOf = async (files: Record<string, string>) => (await factsOf(files)).commands.setup.map((c) => c.command);

// Session 19: general rules found by studying where the reader missed on the blind set measured at the start of the
// round (measure31, then folded into tuning). Every guide text below is written for the test; each rule has
// near-misses that must not fire.

describe('reader rules (session 19)', () => {
  describe('discuss first: an issue as the condition of every change, said in other shapes', () => {
    const discuss = async (files: Record<string, string>) => (await factsOf(files)).discussFirst;
    const withTemplate = (template: string) => ({ 'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n', '.github/PULL_REQUEST_TEMPLATE.md': template });
    it('"This project requires all PRs to link to an issue or discussion" (the project as the subject)', async () => {
      assert.equal(await discuss(withTemplate('Thanks!\n\nThis project requires all PRs to link to an issue or discussion.\n\n**Link to issue**\n')), true);
    });
    it('"Issues are required for both bug fixes and features", even in a template\u2019s comment', async () => {
      assert.equal(await discuss(withTemplate('<!-- Issues are required for both bug fixes and features. -->\nResolves #ISSUE_NUMBER\n')), true);
    });
    it('"We will close surprise pull requests that are not related to an existing issue"', async () => {
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nWe will close surprise pull requests that are not related to an existing issue.\n')), true);
    });
    it('a template box asking "Has this change been discussed on the forum or in an issue before?"', async () => {
      assert.equal(await discuss(withTemplate('- [ ] Has this change been discussed on [the forum](https://forum.example.org) or in an issue before?\n')), true);
    });
    it('an idea shared first, positive feedback needed from a maintainer, anything but small changes as a bug report', async () => {
      assert.equal(await discuss(md('# Contributing\n\n## Ideas\n\nShare your idea in the forum first. You must wait until someone from the core team chimes in.\n')), true);
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nCode PRs need positive feedback from the maintainer on your initiative in one of the GitHub issues.\n')), true);
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nFor anything other than small changes, it\u2019s a good idea to open a bug report.\n')), true);
    });
    it('a bug report every PR must be accompanied by, the first step being a conversation on an issue, asking before embarking on complex work', async () => {
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nAll pull requests must be accompanied by a bug report on our tracker.\n')), true);
      assert.equal(await discuss(md('# Contributing\n\n## Code\n\nThe first step to making a code contribution is starting a conversation around an existing issue or a new one.\n')), true);
      assert.equal(await discuss(md('# Contributing\n\n## Code\n\nAsk before embarking on complicated work that might not be upstreamed.\n')), true);
    });
    it('near misses: PRs accompanied by tests, or by an issue number', async () => {
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nAll pull requests must be accompanied by tests.\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nPull requests should be accompanied by an issue number in the description.\n')), null);
    });
    it('near misses: a maintainer approving the CI run, praise a PR will get, sharing a screen', async () => {
      assert.equal(await discuss(md('# Contributing\n\n## CI\n\nFirst-time contributors may need to wait until a maintainer approves the build.\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nYour PR will get positive feedback from the team.\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Help\n\nShare your screen with a maintainer if the build fails.\n')), null);
    });
    it('near misses: an issue number to fill in if there is one, a reviewed change, a closed PR for other reasons', async () => {
      assert.equal(await discuss(withTemplate('This project requires all PRs to link to an issue if there is one.\n')), null);
      assert.equal(await discuss(withTemplate('- [ ] Has this change been reviewed by a second person?\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Pull requests\n\nWe will close pull requests that are not related to the project\u2019s goals.\n')), null);
      assert.equal(await discuss(md('# Contributing\n\n## Issues\n\nIssues are required to have a title.\n')), null);
      assert.notEqual(await discuss(md('# Contributing\n\n## Pull requests\n\nNo approved issue is required for typo fixes.\n')), true);
    });
  });
  describe('setup: a block handed over as the way to a working checkout', () => {
    it('"To get up and running:" over project tasks whose names say no phase (`nimble devdb`)', async () => {
      const guide = '# Contributing\n\n## Development\n\nTo get up and running:\n\n```bash\nnimble devdb\nnimble frontend\n```\n';
      assert.deepEqual(await setupOf(md(guide)), ['nimble devdb', 'nimble frontend']);
    });
    it('near misses: a lead-in for what comes after the setup, or for building the docs', async () => {
      assert.deepEqual(await setupOf(md('# Contributing\n\n## Samples\n\nFollow the steps in the Build section to set up the project and then:\n\n```shell\nnimble flickr\n```\n')), []);
      assert.deepEqual(await setupOf(md('# Contributing\n\n## Notes\n\nTo build the project documentation:\n\n```shell\nnimble apidocs\n```\n')), []);
    });
  });

  describe('a README standing in for a missing guide: more headings over building the project', () => {
    const readme = (heading: string, body = 'Batteries is a library. Batteries works with OCaml. We love Batteries.') => ({ 'README.md': `# OCaml Batteries\n\n${body}\n\n## ${heading}\n\nTo build it, run:\n\n\`\`\`sh\nmake all\n\`\`\`\n` });
    it('"Building Batteries": building the project by the name the README keeps using', async () => {
      assert.deepEqual(await setupOf(readme('Building Batteries')), ['make all']);
    });
    it('"Build and Install"', async () => {
      assert.deepEqual(await setupOf(readme('Build and Install')), ['make all']);
    });
    it('near misses: a kind of thing users build, a name not in the README\u2019s title, installing dependencies', async () => {
      assert.deepEqual(await setupOf(readme('Building Plugins')), []);
      assert.deepEqual(await setupOf(readme('Building Widgets')), []);
      assert.deepEqual(await setupOf(readme('Installing dependencies')), []);
    });
  });
  describe('checklist: two more ways a guide introduces the checks on a change', () => {
    it('"Here\u2019s a quick checklist for putting together a good PR:"', async () => {
      const guide = '# Contributing\n\n## Pull requests\n\nHere\u2019s a quick checklist for putting together a good PR, with details below:\n\n* Does your PR address a single issue?\n* Are your tests passing?\n';
      assert.deepEqual(await checklistOf(md(guide)), ['Does your PR address a single issue?', 'Are your tests passing?']);
    });
    it('"your contribution should be as easy to review as possible. Specifically:"', async () => {
      const guide = '# Contributing\n\n## Pull requests\n\nTo improve the chance of your pull request being merged, your contribution should be as easy to review as possible. Specifically:\n\n- Be focused in scope\n- Be accompanied by unit tests\n';
      assert.deepEqual(await checklistOf(md(guide)), ['Be focused in scope', 'Be accompanied by unit tests']);
    });
    it('near misses: a checklist for another task, and "Specifically:" after a sentence about the project', async () => {
      assert.deepEqual(await checklistOf(md('# Contributing\n\n## Releases\n\nA checklist for cutting a release:\n\n- Bump the version\n- Tag it\n')), []);
      assert.deepEqual(await checklistOf(md('# Contributing\n\n## Scope\n\nThe project should stay small. Specifically:\n\n- No plugins\n- No themes\n')), []);
    });
  });
  describe('commands: a guide titled for bug reports and contributions together, and listing tox environments', () => {
    const guide = 'Bug Reports & Contributions\n===========================\n\nRun the tests\n-------------\n\nThe easiest way to run the tests is with tox::\n\n    pip install tox  # Get tox\n\n    tox                    # Run tests in all environments\n    tox -a                 # List defined environments\n';
    it('reads the guide under a title that joins bug reports and contributions, and leaves out the listing', async () => {
      const facts = await factsOf({ 'CONTRIBUTING.rst': guide });
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['pip install tox']);
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['tox']);
    });
    it('near miss: a section only about bug reports is still a side quest', async () => {
      const facts = await factsOf({ 'CONTRIBUTING.rst': guide.replace('Bug Reports & Contributions', 'Reporting bugs').replace('===========================', '==============') });
      assert.deepEqual(facts.commands.test, []);
    });
  });
  describe('base branch: more ways of naming where pull requests go', () => {
    const base = async (text: string) => (await factsOf(md(`# Contributing\n\n## Pull requests\n\n${text}\n`))).baseBranch;
    it('"welcome on the `master` branch", "add your contributions to the master branch", "create them against `main`"', async () => {
      assert.equal(await base('Pull requests are welcome on the [`master`](https://github.com/acme/widget) branch.'), 'master');
      assert.equal(await base('Add your contributions to [**master branch**](https://github.com/acme/widget/tree/master), so we can merge them quickly.'), 'master');
      assert.equal(await base('**Pull Requests** are welcome. Create them against the `main` branch.'), 'main');
    });
    it('"base it on the `main` branch", "the `main` branch is the default branch for pull requests"', async () => {
      assert.equal(await base('You can usually base it on the `main` branch.'), 'main');
      assert.equal(await base('The `main` branch is the default branch for pull requests and most other development.'), 'main');
    });
    it('"development will be done in the `develop` branch with merges to `main` once stable": develop, not main', async () => {
      assert.equal(await base('Ongoing development will be done in the `develop` branch with merges to `main` once considered stable.'), 'develop');
    });
    it('near misses: pull requests on a forge, changes to the docs', async () => {
      assert.equal(await base('Pull requests on GitHub are welcome.'), null);
      assert.equal(await base('Make your changes to the docs.'), null);
      assert.equal(await base('Pull requests are welcome. Create them on your fork.'), null);
    });
  });
  describe('code fences in Pandoc\u2019s class form', () => {
    it('"```.bash" and "```{.bash}" are shell blocks; a MyST directive is none', async () => {
      const guide = (fence: string) => `# Contributing\n\n## Unit tests\n\n${fence}\nwidget-test units -v\n\`\`\`\n`;
      assert.deepEqual((await factsOf(md(guide('```.bash')))).commands.test.map((c) => c.command), ['widget-test units -v']);
      assert.deepEqual((await factsOf(md(guide('```{.bash .numberLines}')))).commands.test.map((c) => c.command), ['widget-test units -v']);
      assert.deepEqual((await factsOf(md(guide('```{toctree}')))).commands.test, []);
    });
  });
  describe('changelog: more ways of asking for the entry', () => {
    const required = async (text: string) => (await factsOf(md(`# Contributing\n\n## Pull requests\n\n${text}\n`))).changelog.required;
    it('the log in two words, the release notes, the NEWS file, a release note a change should have', async () => {
      assert.equal(await required('If the change is notable, also update the change log.'), true);
      assert.equal(await required('Write the change log entries for your changes.'), true);
      assert.equal(await required('Please document your changes in the upcoming release notes in RELEASE_NOTES.md.'), true);
      assert.equal(await required('- [ ] I have listed any major changes in the NEWS file.'), true);
      assert.equal(await required('Any patch that changes functionality should have a release note.'), true);
    });
    it('a template box "listed any substantial changes in the development news (NEWS.md)"', async () => {
      const facts = await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n', '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] I have listed any substantial changes in the development news (NEWS.md).\n' });
      assert.equal(facts.changelog.required, true);
    });
    it('a contributor book\u2019s page on changelog entries beside its index is read (a site link to the book\u2019s folder)', async () => {
      const files = {
        'CONTRIBUTING.md': 'Please refer to the [Development Guide](https://widget.readthedocs.io/en/latest/development/).\n',
        'doc/development/index.rst': 'Development\n===========\n\nWelcome.\n',
        'doc/development/changelog-entries.rst': 'Changelog Entries\n=================\n\nWe use towncrier. For each pull request, add a news fragment into ``news/`` named ``pr#.feature.rst``.\n',
      };
      const facts = await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' });
      assert.ok(facts.files.linkedDocs.includes('doc/development/changelog-entries.rst'), JSON.stringify(facts.files.linkedDocs));
      assert.equal(facts.changelog.required?.value, true);
    });
    it('near misses: a generated log, notes the maintainers write, the log read for context', async () => {
      assert.notEqual(await required('The change log is generated from commits.'), true);
      assert.notEqual(await required('Release notes are written by maintainers; you do not need a release note.'), true);
      assert.equal(await required('See the change log for what changed in each version.'), null);
    });
  });
  describe('a script alone in the paragraph under a step, Windows paths too', () => {
    it('"Run the configuration script" then `.\\configure.ps1`; "Run the tests with" then `.\\runTests.ps1`', async () => {
      const guide = '# Contributing\n\n## Build\n\n1. Run the configuration script\n\n    `.\\configure.ps1`\n\n1. Run unit and functional tests with\n\n    `.\\runTests.ps1`\n';
      const facts = await factsOf(md(guide));
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['.\\configure.ps1']);
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['.\\runTests.ps1']);
    });
    it('near miss: a file named alone in a paragraph is no script', async () => {
      const facts = await factsOf(md('# Contributing\n\n## Layout\n\nThe parser lives in\n\n`src/parser/grammar.c`\n'));
      assert.deepEqual([...facts.commands.setup, ...facts.commands.test, ...facts.commands.lint], []);
    });
  });
  describe('a test runner\u2019s report shown in the block is no command', () => {
    it('`make test` then "..." and Go\u2019s `ok  pkg  0.029s` line', async () => {
      const guide = '# Contributing\n\n## Coverage\n\n```bash\nmake test\n...\nok      github.com/acme/widget/server/cache        0.029s  coverage: 89.3% of statements\n```\n';
      assert.deepEqual((await factsOf(md(guide))).commands.test.map((c) => c.command), ['make test']);
    });
  });
  describe('a line whose comment says it opens an editor is no step', () => {
    it('`make nix-code # Opens VSCode in the nix environment` is left out, `make nix-shell # Runs a shell` stays', async () => {
      const guide = '# Contributing\n\n## Setup\n\n```sh\nmake nix-shell # Runs a shell in the nix environment\nmake nix-code # Opens VSCode in the nix environment\nmake nix-nvim # Runs nvim in the nix environment\n```\n';
      assert.deepEqual((await factsOf(md(guide))).commands.setup.map((c) => c.command), ['make nix-shell']);
    });
  });
  describe('a docs site\u2019s folder named with its kind', () => {
    it('the README\u2019s link to the project\u2019s pages finds the source in `docs-website/`', async () => {
      const files = {
        'README.md': '# Widget\n\n## Contributing\n\nPlease see our guide on [how to contribute](https://widget.github.io/intro/contributing.html).\n',
        'docs-website/intro/contributing.md': '# Contributing\n\n## Building\n\n```sh\ndotnet build\n```\n',
      };
      const facts = await readGuide(new MemoryRepoFiles(files), { projectName: 'widget' });
      assert.equal(facts.files.guide, 'docs-website/intro/contributing.md');
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['dotnet build']);
    });
  });
  describe('help and test listings through a module runner are no steps', () => {
    it('`python -m pkg.runtests -h` and `-l` are left out, the run itself stays', async () => {
      const guide = '# Contributing\n\n## Running tests\n\n```sh\npython -m widget.runtests -h\npython -m widget.runtests -l\npython -m widget.runtests -m\n```\n';
      assert.deepEqual((await factsOf(md(guide))).commands.test.map((c) => c.command), ['python -m widget.runtests -m']);
    });
  });
  describe('a build script\u2019s -t names its target', () => {
    it('`./build.sh -t Build` is the build, not a test filter; `npm test -- -t parses` still is one', async () => {
      const guide = '# Contributing\n\n### Running a Full Build\n\n```bash\n./build.sh -t Build\n```\n\n### Running tests\n\n```bash\nnpm test\nnpm test -- -t parses\n```\n';
      const facts = await factsOf(md(guide));
      assert.deepEqual(facts.commands.setup.map((c) => c.command), ['./build.sh -t Build']);
      assert.deepEqual(facts.commands.test.map((c) => c.command), ['npm test']);
    });
  });
  describe('checklist: the widely copied numbered list under "Pull Requests", ending in "Issue that pull request!"', () => {
    const list = (last: string) => `# Contributing\n\n## Pull Requests\n\nWe actively welcome your pull requests.\n\n1. Fork the repo and create your branch from \`main\`.\n2. If you've added code that should be tested, add tests.\n3. If you've changed APIs, update the documentation.\n4. Ensure the test suite passes.\n5. Make sure your code lints.\n6. ${last}\n`;
    it('is the checklist, with its last step or a step asked where it applies', async () => {
      assert.equal((await checklistOf(md(list('Issue that pull request!')))).length, 6);
      assert.equal((await checklistOf(md(list('If applicable add relevant change information to the changelog')))).length, 6);
    });
    it('near miss: a walkthrough whose other steps do not ask is not', async () => {
      assert.deepEqual(await checklistOf(md('# Contributing\n\n## Pull Requests\n\n1. Fork the repo.\n2. The CI runs on every push.\n3. Ensure the test suite passes.\n4. Issue that pull request!\n')), []);
    });
  });
  describe('checklist: the widely copied "Pull Request Process" list', () => {
    it('reads its asks, long items included, and leaves out the merge done with two sign-offs', async () => {
      const guide = '# Contributing\n\n## Pull Request Process\n\n1. Ensure any install or build dependencies are removed before the end of the layer when doing a\n   build.\n2. Update the README.md with details of changes to the interface, this includes new environment\n   variables, exposed ports, useful file locations and container parameters.\n3. Increase the version numbers in any examples files and the README.md to the new version that this\n   Pull Request would represent.\n4. You may merge the Pull Request in once you have the sign-off of two other developers, or if you\n   do not have permission to do that, you may request the second reviewer to merge it for you.\n';
      const items = await checklistOf(md(guide));
      assert.equal(items.length, 3, JSON.stringify(items));
      assert.ok(items[1].startsWith('Update the README.md'));
    });
  });
  describe('a lone program handed the run by "calling"', () => {
    it('"Tests are run from the command line by calling `pytest`"', async () => {
      assert.deepEqual((await factsOf(md('# Contributing\n\n## Running Tests\n\nTests are run from the command line by calling `pytest`.\n'))).commands.test.map((c) => c.command), ['pytest']);
    });
    it('near miss: a function called in the code is no run', async () => {
      assert.deepEqual((await factsOf(md('# Contributing\n\n## Code\n\nThe parser is built by calling `makeParser` first.\n'))).commands.setup, []);
    });
  });
});
