import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Session 13. Black-box probes of the non-command facts on guide styles written for this test, after the ways real projects in
// several ecosystems write them (kernel-style patch mail, Gerrit, Apache/Eclipse/CNCF CLA and DCO, Angular-style
// commits, "area: summary", towncrier/changesets/chloggen/reno, issue-first, branch naming, PR templates). Every text
// is written for the test. Tests named "near miss" probe something that must not fire. Failing tests are findings.

const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const md = (...lines: string[]) => lines.join('\n') + '\n';
const guide = (...lines: string[]): Record<string, string> => ({ 'CONTRIBUTING.md': md('# Contributing', '', ...lines) });
const texts = (facts: { checklist: { text: string }[] }) => facts.checklist.map((c) => c.text);

describe('probe 13b: non-command facts on unseen guide styles', () => {
  describe('acceptsPullRequests', () => {
    it('kernel-style patch mail (git send-email to a list, checkpatch, Signed-off-by) takes no pull requests and requires sign-off', async () => {
      const f = await factsOf(guide(
        '## Submitting patches',
        '',
        'We do not use GitHub pull requests. All patches are reviewed on the',
        'foo-devel@lists.example.org mailing list.',
        '',
        '1. Run `scripts/checkpatch.pl` on your patch before sending it.',
        '2. Generate the series with `git format-patch -M origin/master`.',
        '3. Send it with `git send-email --to=foo-devel@lists.example.org *.patch`.',
        '',
        'Every patch must carry a `Signed-off-by:` line certifying the Developer',
        'Certificate of Origin. Use `git commit -s`.',
      ));
      assert.deepEqual({ pr: f.acceptsPullRequests, signOff: f.commit.signOff }, { pr: false, signOff: 'required' });
    });

    it('a Gerrit project whose GitHub repository is a read-only mirror takes no pull requests', async () => {
      const f = await factsOf(guide(
        'The GitHub repository is a read-only mirror. Pull requests opened there will be closed.',
        '',
        '## Code review',
        '',
        'All changes are reviewed on our Gerrit instance at https://review.example.org.',
        '',
        '1. Sign in to Gerrit and upload your SSH key.',
        '2. Install the `commit-msg` hook so every commit gets a `Change-Id`:',
        '',
        '```',
        'curl -Lo .git/hooks/commit-msg https://review.example.org/tools/hooks/commit-msg',
        'chmod +x .git/hooks/commit-msg',
        '```',
        '',
        '3. Push your change for review:',
        '',
        '```',
        'git push origin HEAD:refs/for/master',
        '```',
      ));
      assert.equal(f.acceptsPullRequests, false);
    });

    it('Gerrit via `git review` (OpenStack-style, .rst) takes no pull requests', async () => {
      const f = await factsOf({
        'CONTRIBUTING.rst': md(
          'If you would like to contribute to the development of OpenStack, you must',
          'follow the steps in this page:',
          '',
          '   https://docs.openstack.org/infra/manual/developers.html',
          '',
          'Once those steps have been completed, changes to OpenStack should be',
          'submitted for review via the Gerrit tool, following the workflow documented at:',
          '',
          '   https://docs.openstack.org/infra/manual/developers.html#development-workflow',
          '',
          'Pull requests submitted through GitHub will be ignored.',
          '',
          'Bugs should be filed on Launchpad, not GitHub:',
          '',
          '   https://bugs.launchpad.net/foo',
        ),
      });
      assert.equal(f.acceptsPullRequests, false);
    });

    it('"not open-contribution: we do not accept pull requests" answers false', async () => {
      const f = await factsOf(guide(
        'Foo is open source, but it is not open contribution. In order to keep the',
        'code base in the public domain, we do not accept pull requests from people',
        'outside the core team.',
        '',
        'If you find a bug, please report it on the forum. Suggestions are welcome too.',
      ));
      assert.equal(f.acceptsPullRequests, false);
    });

    it('a plain-text HACKING file that asks for patches on the bug list (GNU-style) takes no pull requests', async () => {
      const f = await factsOf({
        HACKING: md(
          'Contributing to GNU Foo',
          '=======================',
          '',
          'Please send patches to bug-foo@gnu.org, as attachments made with',
          '"git format-patch".  Patches sent to the GitHub mirror are not looked at.',
          '',
          'Significant contributions require a copyright assignment to the FSF.',
        ),
      });
      assert.equal(f.acceptsPullRequests, false);
    });

    it('the GitHub fork/branch/PR flow answers true', async () => {
      const f = await factsOf(guide(
        '## Workflow',
        '',
        '1. Fork the repo and create your branch from `main`.',
        '2. If you have added code that should be tested, add tests.',
        '3. Ensure the test suite passes.',
        '4. Push to your fork and submit a pull request.',
      ));
      assert.equal(f.acceptsPullRequests, true);
    });

    it('a GitLab guide asking for merge requests answers true', async () => {
      const f = await factsOf(guide(
        '## Submitting changes',
        '',
        'Fork the project on GitLab, push your work to a feature branch and open a',
        'merge request against the default branch. A maintainer will review it.',
      ));
      assert.equal(f.acceptsPullRequests, true);
    });

    it('near miss: "pull requests that only fix whitespace will not be accepted" still accepts pull requests', async () => {
      const f = await factsOf(guide(
        'We love pull requests from everyone.',
        '',
        '## What we will not merge',
        '',
        'Pull requests that only fix whitespace or reformat code will not be accepted.',
      ));
      assert.equal(f.acceptsPullRequests, true);
    });

    it('near miss: a guide that only explains how to file bugs leaves acceptsPullRequests unsaid', async () => {
      const f = await factsOf(guide(
        '## Reporting bugs',
        '',
        'Before filing a bug, search the existing issues. When you file one, include:',
        '',
        '- the version you are using (`foo --version`)',
        '- your operating system',
        '- the smallest input that reproduces the problem',
      ));
      assert.equal(f.acceptsPullRequests, null);
    });
  });

  describe('baseBranch', () => {
    it('"All pull requests should be made against the `develop` branch" gives develop', async () => {
      const f = await factsOf(guide(
        '## Pull requests',
        '',
        'All pull requests should be made against the `develop` branch. `master`',
        'only contains released code.',
      ));
      assert.equal(f.baseBranch, 'develop');
    });

    it('`git checkout -b my-fix upstream/main` in the setup commands gives main', async () => {
      const f = await factsOf(guide(
        '## Making a change',
        '',
        '```sh',
        'git clone git@github.com:<you>/foo.git',
        'cd foo',
        'git remote add upstream https://github.com/example/foo.git',
        'git fetch upstream',
        'git checkout -b my-fix upstream/main',
        '```',
      ));
      assert.equal(f.baseBranch, 'main');
    });

    it('"please base your work on the `next` branch" gives next', async () => {
      const f = await factsOf(guide(
        '## Branches',
        '',
        'New features go into the next minor release, so please base your work on the',
        '`next` branch. Bug fixes for the current release can target `stable`.',
      ));
      assert.equal(f.baseBranch, 'next');
    });

    it('"keep your branch up to date with `git rebase upstream/master`" gives master', async () => {
      const f = await factsOf(guide(
        '## Keeping your branch current',
        '',
        'Before opening the pull request, rebase on the latest upstream code:',
        '',
        '```',
        'git fetch upstream',
        'git rebase upstream/master',
        '```',
      ));
      assert.equal(f.baseBranch, 'master');
    });

    it('"target `main`; maintainers backport to `release-1.x`" gives main, not the release branch', async () => {
      const f = await factsOf(guide(
        '## Backports',
        '',
        'Always open your pull request against `main`. If the fix should also land in a',
        'supported release, add the `backport release-1.4` label and a maintainer will',
        'cherry-pick it to the `release-1.4` branch.',
      ));
      assert.equal(f.baseBranch, 'main');
    });

    it('near miss: the website built from `gh-pages` is no base branch', async () => {
      const f = await factsOf(guide(
        '## Documentation',
        '',
        'The website is built from the `gh-pages` branch by CI; do not edit that branch by',
        'hand. Documentation sources live in `docs/` and are changed through normal pull requests.',
      ));
      assert.notEqual(f.baseBranch, 'gh-pages');
    });

    it('a linked development page that says "open PRs against `develop`" gives develop', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md(
          '# Contributing',
          '',
          'Thanks for your interest! Please read the [development guide](docs/development.md)',
          'before you open a pull request.',
        ),
        'docs/development.md': md(
          '# Development',
          '',
          '## Branches',
          '',
          'Open all pull requests against `develop`; `main` is updated only at release time.',
        ),
      });
      assert.equal(f.baseBranch, 'develop');
    });
  });

  describe('commit convention', () => {
    it('Angular-style `<type>(<scope>): <subject>` with a type list is conventional, with the types and the 100-character limit', async () => {
      const f = await factsOf(guide(
        '## Commit Message Format',
        '',
        'Each commit message consists of a **header**, a **body** and a **footer**. The header',
        'has a special format that includes a **type**, a **scope** and a **subject**:',
        '',
        '```',
        '<type>(<scope>): <subject>',
        '<BLANK LINE>',
        '<body>',
        '<BLANK LINE>',
        '<footer>',
        '```',
        '',
        'Any line of the commit message cannot be longer than 100 characters.',
        '',
        '### Type',
        '',
        'Must be one of the following:',
        '',
        '* **build**: Changes that affect the build system or external dependencies',
        '* **ci**: Changes to our CI configuration files and scripts',
        '* **docs**: Documentation only changes',
        '* **feat**: A new feature',
        '* **fix**: A bug fix',
        '* **perf**: A code change that improves performance',
        '* **refactor**: A code change that neither fixes a bug nor adds a feature',
        '* **test**: Adding missing tests or correcting existing tests',
      ));
      assert.deepEqual(
        { convention: f.commit.convention, types: f.commit.types, max: f.commit.subjectMaxLength },
        { convention: 'conventional', types: ['build', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'test'], max: 100 },
      );
    });

    it('"We follow Conventional Commits" with a link and examples is conventional', async () => {
      const f = await factsOf(guide(
        '## Commit messages',
        '',
        'We follow the [Conventional Commits](https://www.conventionalcommits.org/) specification.',
        'This lets us generate release notes automatically. Examples:',
        '',
        '- `feat(parser): support trailing commas`',
        '- `fix: avoid crash when config is empty`',
        '- `chore(deps): bump lodash to 4.17.21`',
      ));
      assert.equal(f.commit.convention, 'conventional');
    });

    it('a Go-style "prefixed by the primary affected package" (`net/http: ...`) is area-prefix', async () => {
      const f = await factsOf(guide(
        '## Commit messages',
        '',
        'Commit messages follow the Go project conventions. The first line is a short',
        'one-line summary of the change, prefixed by the primary affected package:',
        '',
        '```',
        'internal/lsp: fix crash on empty workspace',
        '',
        'The server dereferenced a nil view when no folder was open.',
        '',
        'Fixes #1234',
        '```',
        '',
        'The summary should complete the sentence "This change modifies Foo to ___".',
      ));
      assert.equal(f.commit.convention, 'area-prefix');
    });

    it('kernel-style "prefix the subject with the subsystem" is area-prefix', async () => {
      const f = await factsOf(guide(
        '## Describing your changes',
        '',
        'The subject line of each patch should be prefixed with the subsystem it touches,',
        'followed by a colon and a short summary, for example:',
        '',
        '    net: ipv4: fix refcount leak in tcp_v4_connect()',
        '    drm/i915: drop unused variable',
        '',
        'Limit the subject to 75 characters.',
      ));
      assert.deepEqual({ c: f.commit.convention, max: f.commit.subjectMaxLength }, { c: 'area-prefix', max: 75 });
    });

    it('a bracketed component prefix (`[docs] Fix typo`) is area-prefix', async () => {
      const f = await factsOf(guide(
        '## Commit titles',
        '',
        'Start the commit title with the affected component in square brackets, for',
        'example `[core] Handle empty selections` or `[docs] Fix typo in install page`.',
      ));
      assert.equal(f.commit.convention, 'area-prefix');
    });

    it('the seven rules (blank line, 50 characters, capitalise, no period, imperative) are free-form-rules with max 50', async () => {
      const f = await factsOf(guide(
        '## Writing good commit messages',
        '',
        '1. Separate subject from body with a blank line',
        '2. Limit the subject line to 50 characters',
        '3. Capitalize the subject line',
        '4. Do not end the subject line with a period',
        '5. Use the imperative mood in the subject line',
        '6. Wrap the body at 72 characters',
        '7. Use the body to explain what and why vs. how',
      ));
      assert.deepEqual({ c: f.commit.convention, max: f.commit.subjectMaxLength }, { c: 'free-form-rules', max: 50 });
    });

    it('"keep the first line under 72 characters, reference the issue in the body" is free-form-rules with max 72', async () => {
      const f = await factsOf(guide(
        '## Commits',
        '',
        '* Keep the first line of the commit message under 72 characters.',
        '* Reference the issue you fix in the body, e.g. `Fixes #123`.',
        '* Prefer several small commits to one large one.',
      ));
      assert.deepEqual({ c: f.commit.convention, max: f.commit.subjectMaxLength }, { c: 'free-form-rules', max: 72 });
    });

    it('a commitlint.config.js extending config-conventional next to a silent guide is conventional', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Fork, branch, and open a pull request. Commit messages are linted in CI.'),
        'commitlint.config.js': "module.exports = { extends: ['@commitlint/config-conventional'] };\n",
      });
      assert.equal(f.commit.convention, 'conventional');
    });

    it('near miss: "we squash on merge, so do not worry about commit messages" is no convention', async () => {
      const f = await factsOf(guide(
        '## Commits',
        '',
        'We squash every pull request when merging, so don\'t worry about the number or the',
        'wording of your commits. The maintainer who merges will write the final message.',
      ));
      assert.equal(f.commit.convention, null);
    });

    it('near miss: a changesets bump type (`patch`, `minor`, `major`) is no commit type list', async () => {
      const f = await factsOf(guide(
        '## Changesets',
        '',
        'Every PR that changes a published package needs a changeset. Run `npx changeset`,',
        'pick the packages you changed and choose a bump type: `patch`, `minor` or `major`.',
        'Commit the generated markdown file in `.changeset/` with your PR.',
      ));
      assert.deepEqual({ c: f.commit.convention, t: f.commit.types }, { c: null, t: null });
    });
  });

  describe('sign-off', () => {
    it('a CNCF-style DCO section (git commit -s) requires sign-off and is no CLA', async () => {
      const f = await factsOf(guide(
        '## Sign your work',
        '',
        'We use the Developer Certificate of Origin (DCO) as an additional safeguard.',
        'Every commit must include a `Signed-off-by` line stating you agree to the DCO:',
        '',
        '```',
        'Signed-off-by: Jane Doe <jane.doe@example.com>',
        '```',
        '',
        'Git adds it for you when you commit with `git commit -s`. The DCO check on your',
        'pull request will fail if any commit is missing it.',
      ));
      assert.deepEqual({ s: f.commit.signOff, claIsTrue: f.claRequired === true }, { s: 'required', claIsTrue: false });
    });

    it('"do not add Signed-off-by trailers; we do not use the DCO" is forbidden', async () => {
      const f = await factsOf(guide(
        '## Commit messages',
        '',
        '* Use the imperative mood in the subject line.',
        '* We do not use the DCO. Please do not add `Signed-off-by:` trailers to your commits.',
      ));
      assert.equal(f.commit.signOff, 'forbidden');
    });

    it('near miss: GPG-signing commits (`git commit -S`) is no sign-off', async () => {
      const f = await factsOf(guide(
        '## Signed commits',
        '',
        'Branch protection on `main` requires verified signatures. Set up a GPG or SSH',
        'signing key and sign your commits with `git commit -S`.',
      ));
      assert.equal(f.commit.signOff, null);
    });

    it('a PR-template box "All commits are signed off (DCO)" requires sign-off', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Open a pull request and fill in the template.'),
        '.github/pull_request_template.md': md(
          '## Checklist',
          '',
          '- [ ] Tests added or updated',
          '- [ ] All commits are signed off (`git commit -s`) per the DCO',
        ),
      });
      assert.equal(f.commit.signOff, 'required');
    });
  });

  describe('CLA', () => {
    it('the Google-style CLA paragraph requires a CLA', async () => {
      const f = await factsOf(guide(
        '## Contributor License Agreement',
        '',
        'Contributions to this project must be accompanied by a Contributor License',
        'Agreement (CLA). You (or your employer) retain the copyright to your',
        'contribution; this simply gives us permission to use and redistribute your',
        'contributions as part of the project. Head over to',
        '<https://cla.developers.google.com/> to see your current agreements on file or',
        'to sign a new one.',
      ));
      assert.equal(f.claRequired, true);
    });

    it('the Eclipse Contributor Agreement (ECA) counts as a CLA', async () => {
      const f = await factsOf(guide(
        '## Eclipse Contributor Agreement',
        '',
        'Before your contribution can be accepted by the project team, contributors must',
        'electronically sign the Eclipse Contributor Agreement (ECA).',
        '',
        '* http://www.eclipse.org/legal/ECA.php',
        '',
        'The ECA check on the pull request verifies the email of every commit author.',
      ));
      assert.equal(f.claRequired, true);
    });

    it('a CLA-assistant bot that asks you to sign on your first PR requires a CLA', async () => {
      const f = await factsOf(guide(
        '## Legal',
        '',
        'When you open your first pull request, the CLA Assistant bot will comment and ask',
        'you to sign our Contributor License Agreement. We cannot merge your PR until you do.',
      ));
      assert.equal(f.claRequired, true);
    });

    it('near miss: "no CLA is required; we use the DCO instead" is false', async () => {
      const f = await factsOf(guide(
        '## Licensing',
        '',
        'There is no CLA to sign. Instead we use the Developer Certificate of Origin: sign',
        'off each commit with `git commit -s`.',
      ));
      assert.deepEqual({ cla: f.claRequired, s: f.commit.signOff }, { cla: false, s: 'required' });
    });

    it('an Apache ICLA asked only "for larger contributions" still answers true (required for some PRs)', async () => {
      const f = await factsOf(guide(
        '## Contributor License Agreements',
        '',
        'Small fixes can be merged without paperwork. For larger contributions, the',
        'Apache Software Foundation requires an Individual Contributor License Agreement',
        '(ICLA) on file before we can merge your pull request.',
      ));
      assert.equal(f.claRequired, true);
    });
  });

  describe('discussFirst', () => {
    it('"for any non-trivial change, open an issue first to discuss" is true', async () => {
      const f = await factsOf(guide(
        '## Before you start',
        '',
        'For any non-trivial change, please open an issue first to discuss what you would',
        'like to change. This avoids wasted effort if the change does not fit the project.',
      ));
      assert.equal(f.discussFirst, true);
    });

    it('"new features need an accepted proposal issue before a PR" is true', async () => {
      const f = await factsOf(guide(
        '## Proposing features',
        '',
        'New features must start as a proposal. Create an issue using the "Feature proposal"',
        'template and wait until a maintainer labels it `accepted` before sending a pull',
        'request. PRs for features without an accepted proposal will be closed.',
      ));
      assert.equal(f.discussFirst, true);
    });

    it('"large changes should first be discussed on the mailing list or in Discussions" is true', async () => {
      const f = await factsOf(guide(
        '## Large changes',
        '',
        'If you plan a large change (a new module, a change to the public API, a new',
        'dependency), please discuss it first on the dev@foo.apache.org mailing list or in',
        'GitHub Discussions, so we can agree on the approach before you write the code.',
      ));
      assert.equal(f.discussFirst, true);
    });

    it('near miss: "feel free to open an issue if you have questions" is not discuss-first', async () => {
      const f = await factsOf(guide(
        '## Questions',
        '',
        'Feel free to open an issue if you have any questions, or ask in our Discord.',
        '',
        '## Pull requests',
        '',
        'Pull requests are welcome. Please add tests for your change.',
      ));
      assert.notEqual(f.discussFirst, true);
    });

    it('near miss: "when you find a bug, open an issue with a reproduction" is not discuss-first', async () => {
      const f = await factsOf(guide(
        '## Reporting bugs',
        '',
        'When you find a bug, open an issue with a minimal reproduction, the version you',
        'used and what you expected to happen.',
      ));
      assert.notEqual(f.discussFirst, true);
    });
  });

  describe('changelog', () => {
    it('towncrier fragments in `changelog.d/` are required, changelog-folder (and no branch naming)', async () => {
      const f = await factsOf(guide(
        '## Changelog',
        '',
        'We use [towncrier](https://towncrier.readthedocs.io/) to build the changelog.',
        'Every pull request must add a news fragment to `changelog.d/` named',
        '`<PR number>.<type>.md`, where type is one of `feature`, `bugfix`, `doc`,',
        '`removal` or `misc`. For example `changelog.d/1234.bugfix.md`:',
        '',
        '```',
        'Fixed a crash when the config file is empty.',
        '```',
      ));
      assert.deepEqual(
        { r: f.changelog.required, how: f.changelog.how, b: f.branchNaming, c: f.commit.convention },
        { r: true, how: 'changelog-folder', b: null, c: null },
      );
    });

    it('changesets (`npx changeset`) are required, changesets', async () => {
      const f = await factsOf(guide(
        '## Adding a changeset',
        '',
        'This repository uses [changesets](https://github.com/changesets/changesets) to manage',
        'versions and release notes. If your PR changes the behaviour of a package, run:',
        '',
        '```bash',
        'pnpm changeset',
        '```',
        '',
        'and commit the generated file together with your change.',
      ));
      assert.deepEqual({ r: f.changelog.required, how: f.changelog.how }, { r: true, how: 'changesets' });
    });

    it('OpenTelemetry chloggen (`make chlog-new`, `.chloggen/`) is required, changelog-folder', async () => {
      const f = await factsOf(guide(
        '## Changelog',
        '',
        'Pull requests that change user-facing behaviour must include a changelog entry.',
        'Run `make chlog-new` to create a new YAML file in the `.chloggen` directory and fill',
        'in the `change_type`, `component`, `note` and `issues` fields. Use the',
        '`Skip Changelog` label if your change does not need an entry.',
      ));
      assert.deepEqual({ r: f.changelog.required, how: f.changelog.how }, { r: true, how: 'changelog-folder' });
    });

    it('reno release notes (`reno new`) in a Gerrit project: changelog-folder, no pull requests', async () => {
      const f = await factsOf({
        'CONTRIBUTING.rst': md(
          'Contributing',
          '============',
          '',
          'Changes are submitted through Gerrit with ``git review``; we do not accept GitHub',
          'pull requests.',
          '',
          'Release notes',
          '-------------',
          '',
          'Every change that is visible to users or operators needs a release note. Create',
          'one with::',
          '',
          '    reno new short-description-of-fix',
          '',
          'and edit the generated YAML file under ``releasenotes/notes/``.',
        ),
      });
      assert.deepEqual(
        { pr: f.acceptsPullRequests, r: f.changelog.required, how: f.changelog.how },
        { pr: false, r: true, how: 'changelog-folder' },
      );
    });

    it('"add an entry under Unreleased in CHANGELOG.md" is required, changelog-file', async () => {
      const f = await factsOf(guide(
        '## Changelog',
        '',
        'We keep a changelog following [Keep a Changelog](https://keepachangelog.com/).',
        'Add a line describing your change under the `## [Unreleased]` heading of',
        '`CHANGELOG.md`, in the matching `Added`, `Changed` or `Fixed` section.',
      ));
      assert.deepEqual({ r: f.changelog.required, how: f.changelog.how }, { r: true, how: 'changelog-file' });
    });

    it('a Kubernetes-style `release-note` block in the PR template is required, pr-body', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Open a pull request and fill in the template.'),
        '.github/PULL_REQUEST_TEMPLATE.md': md(
          '#### What this PR does / why we need it:',
          '',
          '#### Which issue(s) this PR fixes:',
          'Fixes #',
          '',
          '#### Does this PR introduce a user-facing change?',
          '<!--',
          'If no, just write "NONE" in the release-note block below.',
          'If yes, a release note is required:',
          'Enter your extended release note in the block below.',
          '-->',
          '```release-note',
          '',
          '```',
        ),
      });
      assert.deepEqual({ r: f.changelog.required, how: f.changelog.how }, { r: true, how: 'pr-body' });
    });

    it('a PR-template box "I added an entry to CHANGELOG.md" is required, changelog-file', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Open a pull request and fill in the template.'),
        '.github/pull_request_template.md': md(
          '## Checklist',
          '',
          '- [ ] I added tests for my change',
          '- [ ] I added an entry to CHANGELOG.md',
        ),
      });
      assert.deepEqual({ r: f.changelog.required, how: f.changelog.how }, { r: true, how: 'changelog-file' });
    });

    it('near miss: a changelog "generated from commit messages; do not edit CHANGELOG.md" is required:false', async () => {
      const f = await factsOf(guide(
        '## Changelog',
        '',
        'The changelog is generated automatically from commit messages by release-please',
        'when we cut a release. Do not edit `CHANGELOG.md` by hand.',
      ));
      assert.equal(f.changelog.required, false);
    });

    it('near miss: "maintainers update the changelog when cutting a release" is required:false', async () => {
      const f = await factsOf(guide(
        '## Changelog',
        '',
        'You do not need to update `CHANGELOG.md` in your pull request; the maintainers',
        'collect the notable changes when they cut a release.',
      ));
      assert.equal(f.changelog.required, false);
    });

    it('near miss: a guide that never mentions a changelog leaves it null', async () => {
      const f = await factsOf(guide(
        '## Pull requests',
        '',
        '1. Fork the repository and create a topic branch.',
        '2. Add tests for your change.',
        '3. Open a pull request describing the change.',
      ));
      assert.deepEqual({ r: f.changelog.required, how: f.changelog.how }, { r: null, how: null });
    });
  });

  describe('branchNaming', () => {
    it('"name your branch `<type>/<issue>-<short-description>`" is a scheme', async () => {
      const f = await factsOf(guide(
        '## Branches',
        '',
        'Name your branch `<type>/<issue-number>-<short-description>`, for example',
        '`fix/482-null-config` or `feat/510-json-output`.',
      ));
      assert.notEqual(f.branchNaming, null);
    });

    it('git-flow "branch names must start with feature/, bugfix/ or hotfix/" is a scheme', async () => {
      const f = await factsOf(guide(
        '## Git workflow',
        '',
        'We use git-flow. Branch names must start with `feature/`, `bugfix/` or `hotfix/`,',
        'followed by a short kebab-case description.',
      ));
      assert.notEqual(f.branchNaming, null);
    });

    it('near miss: an example `git checkout -b my-new-feature` alone is no scheme', async () => {
      const f = await factsOf(guide(
        '## Contributing',
        '',
        '1. Fork it',
        '2. Create your feature branch (`git checkout -b my-new-feature`)',
        '3. Commit your changes (`git commit -am \'Add some feature\'`)',
        '4. Push to the branch (`git push origin my-new-feature`)',
        '5. Create a new Pull Request',
      ));
      assert.deepEqual({ b: f.branchNaming, pr: f.acceptsPullRequests }, { b: null, pr: true });
    });
  });

  describe('guideIsPointerOnly', () => {
    it('a CONTRIBUTING.md that only links to the docs site is pointer-only', async () => {
      const f = await factsOf(guide(
        'Please see the [contributing guide](https://docs.example.org/contributing/) on our',
        'website for everything you need to know.',
      ));
      assert.equal(f.guideIsPointerOnly, true);
    });

    it('a link to a developer guide plus a code-of-conduct line is still pointer-only', async () => {
      const f = await factsOf(guide(
        'Thank you for your interest in contributing!',
        '',
        'Our contribution process is documented in the [Developer Guide](https://devguide.example.org/).',
        '',
        'Please note that this project is released with a [Code of Conduct](CODE_OF_CONDUCT.md).',
      ));
      assert.equal(f.guideIsPointerOnly, true);
    });

    it('an .rst guide that only says "see the developer documentation" is pointer-only', async () => {
      const f = await factsOf({
        'CONTRIBUTING.rst': md(
          'Contributing',
          '============',
          '',
          'The contributor guide lives in the documentation:',
          'https://foo.readthedocs.io/en/latest/development/contributing.html',
        ),
      });
      assert.equal(f.guideIsPointerOnly, true);
    });

    it('near miss: issue-filing questions plus a link is not pointer-only', async () => {
      const f = await factsOf(guide(
        '## Reporting issues',
        '',
        'When you open an issue, please answer these questions:',
        '',
        '1. What version of foo are you using?',
        '2. What operating system and processor architecture?',
        '3. What did you do?',
        '4. What did you expect to see?',
        '5. What did you see instead?',
        '',
        '## Contributing code',
        '',
        'See the [contribution guide](https://foo.dev/doc/contribute) on the website.',
      ));
      assert.equal(f.guideIsPointerOnly, false);
    });
  });

  describe('checklist', () => {
    it('a PR template with a "Type of change" group and a checklist: the checks, and the kinds as choices', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Open a pull request and fill in the template.'),
        '.github/PULL_REQUEST_TEMPLATE.md': md(
          '## Description',
          '',
          '<!-- Please include a summary of the change and which issue is fixed. -->',
          '',
          'Fixes # (issue)',
          '',
          '## Type of change',
          '',
          '- [ ] Bug fix (non-breaking change which fixes an issue)',
          '- [ ] New feature (non-breaking change which adds functionality)',
          '- [ ] Breaking change',
          '',
          '## Checklist',
          '',
          '- [ ] My code follows the style guidelines of this project',
          '- [ ] I have added tests that prove my fix is effective or that my feature works',
          '- [ ] New and existing unit tests pass locally with my changes',
        ),
      });
      assert.deepEqual(texts(f), [
        'My code follows the style guidelines of this project',
        'I have added tests that prove my fix is effective or that my feature works',
        'New and existing unit tests pass locally with my changes',
      ]);
      assert.deepEqual(
        f.changeChoices.map((c) => c.text),
        ['Bug fix (non-breaking change which fixes an issue)', 'New feature (non-breaking change which adds functionality)', 'Breaking change'],
      );
    });

    it('the guide\'s "Before submitting a pull request, make sure" list is the checklist', async () => {
      const f = await factsOf(guide(
        '## Before submitting a pull request',
        '',
        'Please make sure that:',
        '',
        '1. All tests pass locally.',
        '2. You added tests for new behaviour.',
        '3. You updated the documentation for any changed option.',
        '4. Your branch is rebased on the latest main.',
      ));
      assert.deepEqual(texts(f), [
        'All tests pass locally.',
        'You added tests for new behaviour.',
        'You updated the documentation for any changed option.',
        'Your branch is rebased on the latest main.',
      ].map((t) => t), 'guide list kept as checklist');
    });

    it('near miss: a coding-style list is no checklist', async () => {
      const f = await factsOf(guide(
        '## Coding style',
        '',
        '- Indent with four spaces, never tabs.',
        '- Keep lines under 100 characters.',
        '- Name constants in UPPER_SNAKE_CASE.',
        '- Prefer early returns over deeply nested conditionals.',
      ));
      assert.deepEqual(texts(f), []);
    });

    it('near miss: a list describing the review process is no checklist', async () => {
      const f = await factsOf(guide(
        '## What happens after you open a pull request',
        '',
        '1. CI runs the test suite on Linux, macOS and Windows.',
        '2. A maintainer is assigned and reviews the change within a week.',
        '3. Once approved by two maintainers, the PR is squash-merged.',
        '4. Your change ships in the next release.',
      ));
      assert.deepEqual(texts(f), []);
    });

    it('near miss: a PR template\'s plain headings, comments and "Fixes #" line give no items besides its boxes', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Open a pull request.'),
        '.github/pull_request_template.md': md(
          '<!-- Thanks for sending a pull request! Please make sure you read the contributing guide. -->',
          '',
          '**What kind of change does this PR introduce?**',
          '',
          '**Does this PR introduce a breaking change?**',
          '',
          'Closes #',
          '',
          '- [ ] I have read the CONTRIBUTING document',
        ),
      });
      assert.deepEqual(texts(f), ['I have read the CONTRIBUTING document']);
    });

    it('a PR-template box "I have signed the CLA" makes claRequired true', async () => {
      const f = await factsOf({
        'CONTRIBUTING.md': md('# Contributing', '', 'Open a pull request and fill in the template.'),
        '.github/PULL_REQUEST_TEMPLATE.md': md(
          '### Checklist',
          '',
          '- [ ] I have signed the [CLA](https://cla.example.org)',
          '- [ ] I have added tests',
        ),
      });
      assert.equal(f.claRequired, true);
    });
  });

  describe('AsciiDoc guide', () => {
    it('a Spring-style CONTRIBUTING.adoc: DCO required, PRs against main, issue first for larger changes', async () => {
      const f = await factsOf({
        'CONTRIBUTING.adoc': md(
          '= Contributing to Foo',
          '',
          '== Sign off your commits',
          '',
          'All commits must include a _Signed-off-by_ trailer at the end of each commit message to indicate that',
          'the contributor agrees to the Developer Certificate of Origin.',
          '',
          '== Discuss non-trivial changes first',
          '',
          'Before you start work on a larger change, please open an issue to discuss it with the team.',
          '',
          '== Submit a pull request',
          '',
          'Pull requests should be opened against the `main` branch.',
        ),
      });
      assert.deepEqual(
        { s: f.commit.signOff, d: f.discussFirst, b: f.baseBranch, pr: f.acceptsPullRequests },
        { s: 'required', d: true, b: 'main', pr: true },
      );
    });
  });
});
