import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { g } from './probeSupport';

// Review 21, reviewer B: near-misses and missed variants for the session-21 rules on changelog folders, pointer-only
// guides, template choices, the maintainers' tag, roadmaps, subject length, lone URLs, extensionless templates and
// docs roots. Every text is written for the test.

const read = (files: Record<string, string>, projectName?: string) => readGuide(new MemoryRepoFiles(files), projectName ? { projectName } : undefined);
const TEMPLATE = '.github/PULL_REQUEST_TEMPLATE.md';
const boxes = async (template: string, guide = '# Contributing\n\nOpen a pull request.\n') => {
  const facts = await read({ 'CONTRIBUTING.md': guide, [TEMPLATE]: template });
  return { checks: facts.checklist.map((c) => c.text), choices: facts.changeChoices.map((c) => c.text) };
};
const pointer = async (guide: string, file = 'CONTRIBUTING.md') => (await read({ [file]: guide })).guideIsPointerOnly?.value ?? null;
const limit = async (guide: string) => (await read({ 'CONTRIBUTING.md': guide })).commit.subjectMaxLength?.value ?? null;

describe('review 21 B', () => {
  describe('changelog: the folder switch in confirmChangelog', () => {
    it('near miss: "add a line to `changes.rst`" names a file (lower case) even with a `.changelog/` folder', async () => {
      const f = await read({ 'CONTRIBUTING.md': '# Contributing\n\nPlease add a line to `changes.rst` describing your change.\n', '.changelog/README.md': '# Entries\n' });
      assert.equal(f.changelog.how?.value, 'changelog-file');
    });
    it('near miss: "add an entry to `docs/release-notes.md`" names a file, whatever folders exist', async () => {
      const f = await read({ 'CONTRIBUTING.md': '# Contributing\n\nPlease add an entry to the release notes in `docs/release-notes.md` for each change.\n', '.changelog/README.md': '# Entries\n' });
      assert.equal(f.changelog.how?.value, 'changelog-file');
    });
    it('near miss: "update `History.md`" (title case) names the file', async () => {
      const f = await read({ 'CONTRIBUTING.md': '# Contributing\n\nUpdate `History.md` with a short summary of your change.\n', 'changelog.d/README.md': '# Fragments\n' });
      assert.equal(f.changelog.how?.value, 'changelog-file');
    });
    it('fires: "Add a changelog entry" with a `.changeset/` folder: changesets', async () => {
      const f = await read({ 'CONTRIBUTING.md': '# Contributing\n\n## Changelog\n\nPlease add a changelog entry for every user-facing change.\n', '.changeset/config.json': '{}\n', '.changeset/README.md': '# Changesets\n' });
      assert.equal(f.changelog.how?.value, 'changesets');
    });
    it('fires: a template box "Changelog entry added" with a `changelog.d/` folder: the folder', async () => {
      const f = await read({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', [TEMPLATE]: '## Checklist\n\n- [ ] Tests added\n- [ ] Changelog entry added\n', 'changelog.d/README.md': '# Fragments\n' });
      assert.equal(f.changelog.how?.value, 'changelog-folder');
    });
  });

  describe('pointer-only: a guide of a few lines that links anywhere', () => {
    it('near miss: setup and test commands in a fence beside a link to the issue tracker are a guide', async () => {
      assert.equal(await pointer(g`
        # Contributing

        ´´´sh
        npm install
        npm test
        ´´´

        Bugs go to https://github.com/acme/widget/issues.
      `), false);
    });
    it('near miss: "Good first issues are [here](https://github.com/acme/widget/issues)" is no pointer to a guide', async () => {
      assert.equal(await pointer('# Contributing\n\nContributions are welcome! Good first issues are listed [here](https://github.com/acme/widget/issues?q=label%3A%22good+first+issue%22).\n'), false);
    });
    it('near miss: "Patches go to the mailing list <url>" states how to send, it points at no guide', async () => {
      assert.equal(await pointer('Widget does not use GitHub pull requests.\n\nPlease mail your patches to the developer list: https://lists.example.org/mailman/listinfo/widget-devel\n'), false);
    });
    it('near miss: a licence URL only ("licensed under https://opensource.org/licenses/MIT") is no pointer', async () => {
      assert.equal(await pointer('# Contributing\n\nPull requests are welcome. By contributing you agree that your work is licensed under https://opensource.org/licenses/MIT.\n'), false);
    });
    it('near miss: a CI badge only is no pointer', async () => {
      assert.equal(await pointer('# Contributing\n\n[![Build](https://ci.example.org/widget/badge.svg)](https://ci.example.org/widget)\n\nPull requests welcome.\n'), false);
    });
    it('near miss: a link to the Contributor Covenant (the conduct) is no pointer', async () => {
      assert.equal(await pointer('# Contributing\n\nPull requests welcome. Be kind; we follow the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/).\n'), false);
    });
    it('fires: a plain-text HACKING that says "see <url>"', async () => {
      assert.equal(await pointer('Developer documentation lives on the wiki:\nhttps://wiki.example.org/Widget/Developers\n', 'HACKING'), true);
    });
    it('fires: an AsciiDoc guide of one line with a link', async () => {
      assert.equal(await pointer('= Contributing\n\nPlease see https://widget.example.org/contribute.html[the contributor guide].\n', 'CONTRIBUTING.adoc'), true);
    });
  });

  describe('pointer-only: toctree entries', () => {
    it('near miss: a toctree of the changelog and licence only, beside install and test commands, is no pointer', async () => {
      const guide = 'Contributing\n============\n\nInstall the development tools and run the tests:\n\n.. code-block:: sh\n\n   pip install -e .[dev]\n   pytest\n\n.. toctree::\n   :hidden:\n\n   changelog\n   license\n';
      assert.equal(await pointer(guide, 'CONTRIBUTING.rst'), false);
    });
    it('fires: a toctree with titled entries ("Guidelines <guidelines>")', async () => {
      const guide = 'Contributing\n============\n\n.. toctree::\n   :maxdepth: 1\n\n   Guidelines <dev/guidelines>\n   Testing <dev/testing>\n';
      const page = 'Guidelines\n==========\n\nRun ``make test``.\n';
      const f = await read({ 'docs/CONTRIBUTING.rst': guide, 'docs/dev/guidelines.rst': page, 'docs/dev/testing.rst': page });
      assert.equal(f.guideIsPointerOnly?.value, true);
    });
  });

  describe('pointer-only: a short guide stating a fact itself (statesFacts)', () => {
    it.skip('fires: "Please base your pull requests on `develop`; the rest is on [the wiki](…)" states the base (left open, session 21: a fact said in a block with a link does not make a short guide a guide of its own)', async () => {
      assert.equal(await pointer('# Contributing\n\nPlease base your pull requests on the `develop` branch; everything else is on [the wiki](https://github.com/acme/widget/wiki/Contributing).\n'), false);
    });
    it('fires: "We use Conventional Commits." in its own paragraph beside the link', async () => {
      assert.equal(await pointer('# Contributing\n\nWe use Conventional Commits for every commit message (`feat: ...`, `fix: ...`).\n\nThe full guide is at https://widget.example.org/contributing.\n'), false);
    });
    it('near miss: a heading "## Conventional Commits" over "See [our commit guide](…)" points at the rules', async () => {
      assert.equal(await pointer('# Contributing\n\n## Conventional Commits\n\nSee [our commit guide](https://widget.example.org/commits) for the rules.\n'), true);
    });
  });

  describe('template choices', () => {
    it('near miss: "### TypeScript types" over checks of the typings stays checks', async () => {
      const r = await boxes('## Checklist\n\n- [ ] Tests added\n\n### TypeScript types\n\n- [ ] I updated the `.d.ts` declarations\n- [ ] `npm run typecheck` passes\n');
      assert.deepEqual(r.checks, ['Tests added', 'I updated the `.d.ts` declarations', '`npm run typecheck` passes']);
    });
    it('near miss: "**Affected packages**" with "Please make sure:" over checks stays checks', async () => {
      const r = await boxes('## Affected packages\n\nPlease make sure:\n\n- [ ] Each affected package has a changeset\n- [ ] Its README is updated\n');
      assert.equal(r.checks.length, 2);
    });
    it('near miss: "Which of the following does this PR satisfy?" over states reached stays checks', async () => {
      const r = await boxes('### Which of the following does this PR satisfy?\n\n- [ ] Tests added or updated\n- [ ] Documentation updated\n- [ ] Lint passes\n');
      assert.equal(r.checks.length, 3);
    });
    it('near miss: "Which tests does this change need?" lead over checks stays checks', async () => {
      const r = await boxes('### Which tests does this need?\n\n- [ ] I added unit tests for the new code\n- [ ] I ran the integration suite locally\n');
      assert.equal(r.checks.length, 2);
    });
    it('fires: "Components impacted" over components: choices', async () => {
      const r = await boxes('### Components impacted\n\n- [ ] CLI\n- [ ] Server\n- [ ] Web UI\n\n### Checklist\n\n- [ ] Tests pass\n');
      assert.deepEqual(r, { checks: ['Tests pass'], choices: ['CLI', 'Server', 'Web UI'] });
    });
    it('fires: "Which platform(s) does this affect?" over platforms: choices', async () => {
      const r = await boxes('### Which platform(s) does this affect?\n\n- [ ] Android\n- [ ] iOS\n- [ ] Web\n');
      assert.deepEqual(r.checks, []);
    });
    it('fires: a question box without a question mark ("Breaking change:") over Yes/No is one choice', async () => {
      const r = await boxes('### Checklist\n\n- [ ] Breaking change:\n  - [ ] Yes\n  - [ ] No\n- [ ] Tests pass\n');
      assert.deepEqual(r.checks, ['Tests pass']);
    });
    it('fires: a question box over "Yes" / "No, and here is why" answers is one choice', async () => {
      const r = await boxes('### Checklist\n\n- [ ] Does this change the public API?\n  - [ ] Yes (described below)\n  - [ ] No\n- [ ] Tests pass\n');
      assert.deepEqual(r.checks, ['Tests pass']);
    });
    it('near miss: a question box over sub-steps that are not answers stays checks', async () => {
      const r = await boxes('### Checklist\n\n- [ ] Did you update the docs?\n  - [ ] README\n  - [ ] API reference\n');
      assert.equal(r.choices.length, 0);
    });
  });

  describe('"(maintainers)" at a box\'s end', () => {
    it('fires: "Milestone set _(maintainers)_" (emphasis around the tag)', async () => {
      assert.deepEqual((await boxes('### Checklist\n\n- [ ] Milestone set _(maintainers)_\n- [ ] Docs updated\n')).checks, ['Docs updated']);
    });
    it('fires: "Release label applied (maintainer use only)"', async () => {
      assert.deepEqual((await boxes('### Checklist\n\n- [ ] Release label applied (maintainer use only)\n- [ ] Docs updated\n')).checks, ['Docs updated']);
    });
    it('near miss: "I have requested a review from the code owners (reviewers)" is the author\'s own act', async () => {
      assert.deepEqual((await boxes('### Checklist\n\n- [ ] I have requested a review from the code owners (reviewers)\n- [ ] Docs updated\n')).checks.length, 2);
    });
    it('near miss: "Added myself to the list of contributors [not maintainers]" is the author\'s', async () => {
      assert.equal((await boxes('### Checklist\n\n- [ ] Added myself to AUTHORS (for maintainers too)\n- [ ] Docs updated\n')).checks.length, 2);
    });
  });

  describe('the roadmap rule (ticksProgress)', () => {
    const checklist = async (guide: string) => (await read({ 'CONTRIBUTING.md': guide })).checklist.map((c) => c.text);
    it('near miss: a PR checklist written ticked as an example is still the checklist', async () => {
      const r = await checklist('# Contributing\n\n## Pull request checklist\n\nBefore you submit, make sure that:\n\n- [x] Tests pass\n- [x] Lint is clean\n- [ ] Docs are updated (if needed)\n');
      assert.equal(r.length, 3);
    });
    it('near miss: a roadmap section does not take the guide\'s own PR checklist with it', async () => {
      const r = await checklist('# Contributing\n\n## Before you open a pull request\n\n- [ ] Tests pass\n- [ ] Docs updated\n- [ ] Changelog entry added\n\n## Roadmap\n\n- [x] Plugin API\n- [x] Dark mode\n- [ ] Sync\n- [ ] Export\n');
      assert.deepEqual(r, ['Tests pass', 'Docs updated', 'Changelog entry added']);
    });
    it('fires: a roadmap with one ticked item under "## Next steps" is no checklist', async () => {
      const r = await checklist('# Contributing\n\n## Next steps\n\n- [x] Port to Python 3\n- [ ] Add a GUI\n- [ ] Windows installer\n');
      assert.deepEqual(r, []);
    });
  });

  describe('subject length', () => {
    it('near miss: "## Pull Requests" over "Branch names should be <= 40 characters" is no subject limit', async () => {
      assert.equal(await limit('# Contributing\n\n## Pull Requests\n\n* Branch names should be <= 40 characters.\n'), null);
    });
    it('near miss: "## Patches" over "Lines must be ≤ 80 characters" is a code rule', async () => {
      assert.equal(await limit('# Contributing\n\n## Patches\n\n* Lines must be ≤ 80 characters wide.\n* Use tabs.\n'), null);
    });
    it('near miss: "## Pull requests" over "The description must be >= 20 characters" asks a minimum', async () => {
      assert.equal(await limit('# Contributing\n\n## Pull requests\n\n* The description must be >= 20 characters so that the bot accepts it.\n'), null);
    });
    it('near miss: "Wrap the body at <= 72 characters" is the body', async () => {
      assert.equal(await limit('# Contributing\n\n## Commit messages\n\n* Wrap the body at <= 72 characters.\n'), null);
    });
    it('fires: "PR titles: ≤ 60 chars" under "## Pull requests"', async () => {
      assert.equal(await limit('# Contributing\n\n## Pull requests\n\nWe squash on merge, so the PR title becomes the commit subject.\n\n* Title: ≤ 60 characters, imperative mood.\n'), 60);
    });
  });

  describe('a URL alone after a lead-in', () => {
    const contributing = 'Contributing\n============\n\nAny patch that changes functionality should have a release note.\n';
    it('fires: the lead-in "see the contributor guide at" (no colon) then the URL alone', async () => {
      const guide = 'Pull requests on GitHub are not monitored.\n\nFor more information, see the Widget contributor guide at\n\n   https://docs.example.org/widget/latest/contributor/contributing.html\n';
      const f = await read({ 'CONTRIBUTING.rst': guide, 'doc/source/contributor/contributing.rst': contributing }, 'widget');
      assert.equal(f.changelog.required?.value, true);
    });
    it('near miss: a release page after "For how we cut releases, see:" is not the guide', async () => {
      const guide = 'Contributing\n============\n\nSend pull requests against ``main``.\n\nFor how maintainers cut releases, see:\n\n   https://docs.example.org/widget/latest/contributor/releasing.html\n';
      const f = await read({ 'CONTRIBUTING.rst': guide, 'doc/source/contributor/releasing.rst': 'Releasing\n=========\n\nAdd a release note for the version, then tag it.\n' }, 'widget');
      assert.equal(f.changelog.required, null);
    });
  });

  describe('templates without an extension read as Markdown', () => {
    it('fires: `docs/PULL_REQUEST_TEMPLATE` boxes are checks', async () => {
      const f = await read({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', 'docs/PULL_REQUEST_TEMPLATE': '<!-- Thanks! -->\n\n- [ ] Tests added\n- [ ] Docs updated\n' });
      assert.deepEqual(f.checklist.map((c) => c.text), ['Tests added', 'Docs updated']);
    });
  });

  describe('docs index roots', () => {
    const guideOf = async (files: Record<string, string>, projectName: string) => (await read(files, projectName)).files.guide;
    const readme = (url: string) => `# Widget\n\n## How to contribute code\n\nSee the [contributing page](${url}).\n`;
    const page = '# Contributing\n\nRun `make test` before you open a pull request.\n';
    it('fires: a Next.js monorepo\'s `apps/www` site', async () => {
      assert.equal(await guideOf({ 'README.md': readme('https://widget.build/docs/contributing'), 'apps/www/content/docs/contributing.mdx': page }, 'widget'), 'apps/www/content/docs/contributing.mdx');
    });
    it('fires: `packages/docs-site`', async () => {
      assert.equal(await guideOf({ 'README.md': readme('https://widget.build/contributing.html'), 'packages/docs-site/contributing.md': page }, 'widget'), 'packages/docs-site/contributing.md');
    });
    it('near miss: a `www/` folder of the app\'s public files holds another product\'s page', async () => {
      assert.equal(await guideOf({ 'README.md': readme('https://gadget.example.org/contributing.html'), 'www/vendor/gadget/contributing.md': page }, 'widget'), null);
    });
  });
});
