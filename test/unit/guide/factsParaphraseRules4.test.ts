/**
 * Paraphrases of the process and commit facts, written from general knowledge of how contribution guides across
 * ecosystems say them (GitHub pull-request projects, patch-by-mail projects, Gerrit, Apache/Eclipse, Python, Ruby,
 * Go, Rust and JavaScript communities), in Markdown, reStructuredText and AsciiDoc, under the headings they
 * usually sit in. Each fact has near misses beside it that must not give the fact. None of these guides is copied
 * from a real project.
 */
import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { InspectJson, toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Field = (json: InspectJson) => unknown;
interface Case { name: string; files: Record<string, string>; want: unknown }

const md = (body: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${body}\n` });
const rst = (body: string): Record<string, string> => ({ 'CONTRIBUTING.rst': `Contributing\n============\n\n${body}\n` });
const adoc = (body: string): Record<string, string> => ({ 'CONTRIBUTING.adoc': `= Contributing\n\n${body}\n` });

function table(title: string, field: Field, cases: Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const json = toInspectJson(await readGuide(new MemoryRepoFiles(c.files)));
        assert.deepEqual(field(json), c.want);
      });
    }
  });
}

table('paraphrases: discuss before you start (session 4)', (j) => j.discussFirst, [
  { name: 'heading "Before you start" with an issue first', want: true, files: md('## Before you start\n\nFor anything bigger than a typo, open an issue first so we can agree on the approach.') },
  { name: 'bullet: discuss large changes in an issue', want: true, files: md('## Pull requests\n\n- Discuss large changes in an issue before writing code.\n- Keep pull requests small.') },
  { name: 'please file an issue before sending a PR for a new feature', want: true, files: md('## New features\n\nPlease file an issue describing the feature before you send a pull request.') },
  { name: 'get in touch on the mailing list before starting significant work', want: true, files: md('## Submitting patches\n\nIf you plan significant work, get in touch on the mailing list before you start, to avoid duplicated effort.') },
  { name: 'RST: talk to us first', want: true, files: rst('Proposing changes\n-----------------\n\nBefore starting work on a major feature, talk to us first by opening a ticket.') },
  { name: 'an accepted proposal is needed before a PR', want: true, files: md('## Proposals\n\nNew APIs need an accepted proposal issue before a pull request is reviewed.') },
  { name: 'make sure an issue exists for your change', want: true, files: md('## Workflow\n\n1. Make sure there is an issue for the change you want to make; create one if not.\n2. Fork the repository.') },
  { name: 'AsciiDoc: open a discussion first', want: true, files: adoc('== Contributing code\n\nPlease start a discussion in the forum before working on large changes.') },
  { name: 'admonition: check with maintainers before investing time', want: true, files: md('## Pull requests\n\n> **Note**\n> Please check with the maintainers in an issue before investing time in a big change.') },
  { name: 'unsolicited PRs for features may be closed', want: true, files: md('## Features\n\nPull requests for features that were not discussed in an issue first may be closed.') },
  { name: 'no issue needed for small fixes', want: false, files: md('## Pull requests\n\nYou do not need to open an issue first; just send a pull request.') },
  { name: 'feel free to open a PR directly', want: false, files: md('## Small changes\n\nFeel free to open a pull request directly without opening an issue first.') },
  { name: 'near miss: open an issue to report a bug', want: null, files: md('## Reporting bugs\n\nOpen an issue on GitHub with the steps to reproduce.') },
  { name: 'near miss: search existing issues before filing one', want: null, files: md('## Reporting bugs\n\nBefore filing a bug, search the issue tracker to see if it is already known.') },
  { name: 'near miss: questions go to the forum', want: null, files: md('## Getting help\n\nIf you have a question, ask in the discussion forum rather than opening an issue.') },
  { name: 'near miss: link the issue your PR fixes', want: null, files: md('## Pull requests\n\nIf your pull request fixes an issue, write `Fixes #123` in its description.') },
]);

table('paraphrases: pull requests not accepted (session 4)', (j) => j.acceptsPullRequests, [
  { name: 'we do not accept pull requests on GitHub, mail patches', want: false, files: md('## Submitting patches\n\nThe GitHub repository is a read-only mirror; we do not accept pull requests there. Send patches to the mailing list.') },
  { name: 'git send-email to the list', want: false, files: md('## Sending patches\n\nSend your patches with `git send-email` to devel@lists.example.org.') },
  { name: 'Gerrit review', want: false, files: md('## Code review\n\nAll changes go through Gerrit at https://review.example.org. Push to `refs/for/main` to upload a change.') },
  { name: 'RST: patches by mail', want: false, files: rst('Submitting patches\n------------------\n\nPlease post patches to the developers\' mailing list, generated with ``git format-patch``.') },
  { name: 'Phabricator differential', want: false, files: md('## Contributing code\n\nWe use Phabricator for review: upload your change with `arc diff`. Pull requests on GitHub are ignored.') },
  { name: 'pull requests are automatically closed', want: false, files: md('## Contributing\n\nPull requests opened on GitHub will be closed automatically; this is a mirror. Use the mailing list.') },
  { name: 'plain PR project', want: true, files: md('## Pull requests\n\nFork the repository, create a branch and open a pull request.') },
  { name: 'near miss: a mailing list for announcements', want: true, files: md('## Community\n\nJoin the announce mailing list for release news.\n\n## Pull requests\n\nOpen a pull request against the default branch.') },
  { name: 'near miss: format-patch in a maintainer backport note', want: true, files: md('## Pull requests\n\nOpen a pull request on GitHub.\n\n## Backports (maintainers)\n\nMaintainers can use `git format-patch` to move fixes between release branches.') },
]);

table('paraphrases: commit convention (session 4)', (j) => j.commit.convention, [
  { name: 'we follow Conventional Commits', want: 'conventional', files: md('## Commit messages\n\nWe follow the [Conventional Commits](https://www.conventionalcommits.org) specification.') },
  { name: 'type(scope): subject format block', want: 'conventional', files: md('## Commit messages\n\nEach commit message has the form:\n\n```\n<type>(<scope>): <subject>\n```\n\nwhere type is one of feat, fix, docs, chore.') },
  { name: 'PR titles must be semantic', want: 'conventional', files: md('## Pull requests\n\nPull request titles must follow the Conventional Commits format, as they become the squash commit.') },
  { name: 'Angular commit guidelines', want: 'conventional', files: md('## Commits\n\nWe use the Angular commit message conventions, e.g. `fix(parser): handle empty input`.') },
  { name: 'prefix with the subsystem', want: 'area-prefix', files: md('## Commit messages\n\nPrefix the summary line with the subsystem you changed, e.g. `net/http: fix redirect loop`.') },
  { name: 'start with the package name and a colon', want: 'area-prefix', files: md('## Commit messages\n\nThe first line should start with the name of the package it changes, followed by a colon: `fmt: add Appendf`.') },
  { name: 'RST: component prefix', want: 'area-prefix', files: rst('Commit messages\n---------------\n\nStart the summary with the affected component followed by a colon, for example ``docs: fix typo in install guide``.') },
  { name: 'square bracket area tag', want: 'area-prefix', files: md('## Commit messages\n\nPrefix the first line with the area in square brackets, such as `[cli] Add --quiet flag`.') },
  { name: 'imperative mood and short summary', want: 'free-form-rules', files: md('## Commit messages\n\n- Use the imperative mood in the subject line ("Add feature", not "Added feature").\n- Separate the subject from the body with a blank line.') },
  { name: 'good commit message advice under Submitting patches', want: 'free-form-rules', files: md('## Submitting patches\n\nWrite a good commit message: a short summary line, a blank line, then a body that explains why the change is needed.') },
  { name: 'AsciiDoc: summary line and body', want: 'free-form-rules', files: adoc('== Commit messages\n\nThe first line is a short summary in the imperative, followed by a blank line and a description of what and why.') },
  { name: 'near miss: conventional commits used by release tooling only', want: null, files: md('## Releasing (maintainers)\n\nThe release script builds the changelog from tags.\n\n## Pull requests\n\nOpen a pull request.') },
  { name: 'near miss: a colon in a heading about areas of the code', want: null, files: md('## Project layout\n\n- `src/`: the library sources\n- `docs/`: the documentation') },
  { name: 'near miss: "conventions" for code style', want: null, files: md('## Code style\n\nFollow the naming conventions of the surrounding code.') },
]);

table('paraphrases: subject length (session 4)', (j) => j.commit.subjectMaxLength, [
  { name: '50 characters or less', want: 50, files: md('## Commit messages\n\nKeep the subject line to 50 characters or less.') },
  { name: 'no longer than 72 characters', want: 72, files: md('## Commit messages\n\n- The first line must be no longer than 72 characters.') },
  { name: 'summary under 60 chars', want: 60, files: md('## Commit messages\n\nThe summary should be under 60 chars.') },
  { name: 'RST: at most 80 columns', want: 80, files: rst('Commit messages\n---------------\n\nThe first line of the commit message should be at most 80 columns wide.') },
  { name: 'limit the title to 69 characters', want: 69, files: md('## Pull requests\n\nLimit the commit title to 69 characters.') },
  { name: 'AsciiDoc: headline shorter than 65 characters', want: 65, files: adoc('== Commit messages\n\nThe headline must be shorter than 65 characters.') },
  { name: 'does not exceed 100 characters', want: 100, files: md('## Commit messages\n\nMake sure the header does not exceed 100 characters.') },
  { name: 'the 50/72 rule', want: 50, files: md('## Commit messages\n\nFollow the 50/72 rule: a 50 character summary, body wrapped at 72.') },
  { name: 'near miss: wrap the body at 72', want: null, files: md('## Commit messages\n\nWrap the body of the message at 72 columns.') },
  { name: 'near miss: line length of code', want: null, files: md('## Code style\n\nLines of code must not exceed 100 characters.') },
  { name: 'near miss: a PR description of 50 words', want: null, files: md('## Pull requests\n\nDescribe your change in at least 50 words.') },
]);

table('paraphrases: sign-off (session 4)', (j) => j.commit.signOff, [
  { name: 'DCO: sign off every commit', want: 'required', files: md('## Developer Certificate of Origin\n\nAll commits must be signed off (`git commit -s`) to certify the DCO.') },
  { name: 'Signed-off-by line required', want: 'required', files: md('## Submitting patches\n\nEvery patch must carry a `Signed-off-by:` line with your real name.') },
  { name: 'add the -s flag', want: 'required', files: md('## Commits\n\nPlease use the `-s` flag when you commit, which adds a sign-off line.') },
  { name: 'RST: DCO sign-off', want: 'required', files: rst('Legal\n-----\n\nWe require a Developer Certificate of Origin sign-off on each commit (``git commit --signoff``).') },
  { name: 'AsciiDoc: sign your work', want: 'required', files: adoc('== Sign your work\n\nEach commit message needs a `Signed-off-by` trailer certifying the Developer Certificate of Origin.') },
  { name: 'PRs without sign-off are not merged', want: 'required', files: md('## Pull requests\n\nPull requests whose commits are not signed off cannot be merged; the DCO check will fail.') },
  { name: 'we do not use Signed-off-by', want: 'forbidden', files: md('## Commit messages\n\nWe do not use `Signed-off-by` lines; please do not add them.') },
  { name: 'near miss: a maintainer signs off on the release', want: null, files: md('## Releases\n\nA maintainer must sign off on the release before it is published.') },
  { name: 'near miss: reviewers sign off on the PR', want: null, files: md('## Review\n\nTwo reviewers need to sign off on a pull request before it is merged.') },
  { name: 'near miss: GPG-signed commits', want: null, files: md('## Commits\n\nYou may sign your commits with GPG if you like.') },
]);

table('paraphrases: CLA (session 4)', (j) => j.claRequired, [
  { name: 'sign the CLA before we can accept', want: true, files: md('## Legal\n\nBefore we can accept your contribution, you need to sign our Contributor License Agreement.') },
  { name: 'CLA bot comment', want: true, files: md('## Pull requests\n\nThe CLA assistant will ask you to sign the CLA when you open your first pull request.') },
  { name: 'Individual Contributor License Agreement (Apache)', want: true, files: md('## Contributing code\n\nContributors must have an Individual Contributor License Agreement (ICLA) on file.') },
  { name: 'RST: CLA', want: true, files: rst('Contributor License Agreement\n-----------------------------\n\nAll contributors must sign the CLA at https://cla.example.org before their patch is merged.') },
  { name: 'Eclipse Contributor Agreement', want: true, files: adoc('== Legal\n\nYou must sign the Eclipse Contributor Agreement (ECA) before your contribution can be accepted.') },
  { name: 'no CLA required', want: false, files: md('## Legal\n\nThere is no CLA to sign; contributions are accepted under the project\'s license.') },
  { name: 'near miss: license of the project', want: null, files: md('## License\n\nThis project is licensed under the MIT License.') },
  { name: 'near miss: DCO only', want: null, files: md('## Commits\n\nSign off every commit with `git commit -s` (DCO).') },
]);

table('paraphrases: changelog required (session 4)', (j) => j.changelog.required, [
  { name: 'add an entry to CHANGELOG.md', want: true, files: md('## Pull requests\n\n- Add an entry to `CHANGELOG.md` under "Unreleased".') },
  { name: 'update the changelog', want: true, files: md('## Before submitting\n\n1. Run the tests.\n2. Update the changelog.') },
  { name: 'changeset', want: true, files: md('## Pull requests\n\nIf your change affects users, add a changeset with `npx changeset`.') },
  { name: 'towncrier news fragment', want: true, files: rst('News entries\n------------\n\nEvery pull request needs a news fragment in ``changes/`` describing the change for the release notes.') },
  { name: 'NEWS file for user-visible changes', want: true, files: md('## Submitting patches\n\nUser-visible changes must be mentioned in the NEWS file.') },
  { name: 'release note block in PR description', want: true, files: md('## Pull requests\n\nFill in the release note block in the pull request description.') },
  { name: 'do not edit the changelog', want: false, files: md('## Pull requests\n\nPlease do not edit CHANGELOG.md; it is generated from commit messages at release time.') },
  { name: 'changelog generated automatically', want: false, files: md('## Changelog\n\nYou do not need to update the changelog; release notes are generated automatically from pull request titles.') },
  { name: 'near miss: "changes/information" is two words, not a folder', want: null, files: md('## Review\n\n1. Wait for review.\n2. Post a comment if you have made all the requested changes/information and nobody has replied in a week.') },
  { name: 'near miss: read the changelog', want: null, files: md('## Upgrading\n\nSee the changelog for breaking changes between versions.') },
  { name: 'near miss: maintainers update the changelog when releasing', want: null, files: md('## Release process (maintainers)\n\n1. Bump the version.\n2. Update the changelog.\n3. Tag the release.') },
]);

table('paraphrases: base branch (session 4)', (j) => j.baseBranch, [
  { name: 'PRs against develop', want: 'develop', files: md('## Pull requests\n\nPlease open pull requests against the `develop` branch.') },
  { name: 'branch off main', want: 'main', files: md('## Workflow\n\n1. Fork the repository.\n2. Create a topic branch off `main`.') },
  { name: 'target the master branch', want: 'master', files: md('## Pull requests\n\nAll pull requests should target the master branch.') },
  { name: 'checkout -b from a base', want: 'main', files: md('## Workflow\n\n```sh\ngit checkout -b my-fix origin/main\n```') },
  { name: 'RST: base your work on next', want: 'next', files: rst('Branches\n--------\n\nBase your work on the ``next`` branch; ``stable`` only takes fixes.') },
  { name: 'rebase onto the latest upstream', want: 'main', files: md('## Pull requests\n\nBefore opening a pull request, rebase your branch onto the latest `upstream/main`.') },
  { name: 'AsciiDoc: submit to dev', want: 'dev', files: adoc('== Pull requests\n\nSubmit pull requests to the `dev` branch, not to `master`.') },
  { name: 'near miss: maintainers tag releases from a release branch', want: null, files: md('## Release process (maintainers)\n\nCreate the tag on the `release-2.x` branch and push it.') },
  { name: 'near miss: CI runs on main', want: null, files: md('## Continuous integration\n\nCI runs on every push to main and nightly.') },
  { name: 'near miss: default branch was renamed', want: null, files: md('## Notes\n\nThe old `gh-pages` branch holds the website.') },
]);

// A second batch, written after the first was passing: more of the same families in other words.
table('paraphrases, second batch: discuss first (session 4)', (j) => j.discussFirst, [
  { name: 'a good idea to open an issue before putting in a lot of work', want: true, files: md('## Contributing code\n\nIt is a good idea to open an issue to discuss your idea before you put in a lot of work.') },
  { name: 'recommend an issue prior to sending a PR', want: true, files: md('## Pull requests\n\nWe recommend that you open an issue to discuss the change prior to sending a pull request.') },
  { name: 'larger changes discussed on the list before a patch is sent', want: true, files: md('## Submitting patches\n\nLarger changes should be discussed on the mailing list before a patch is sent.') },
  { name: 'coordinate with us before you begin', want: true, files: md('## Before you start\n\nTo avoid wasted effort, please coordinate with us via an issue before you begin.') },
  { name: 'open a feature request first', want: true, files: md('## New features\n\nPlease open a feature request first and wait for feedback before you write any code.') },
  { name: 'RST note: open an issue before starting work', want: true, files: rst('Pull requests\n-------------\n\n.. note::\n\n   Please open an issue before starting work on a pull request.') },
  { name: 'ping us on chat before starting something large', want: true, files: md('## Larger changes\n\nPing us on the chat before starting to work on something large.') },
  { name: 'every PR linked to an accepted issue', want: true, files: md('## Pull requests\n\nEvery pull request must be linked to an accepted issue.') },
  { name: 'there is no need to create an issue before a PR', want: false, files: md('## Pull requests\n\nThere is no need to create an issue before submitting a pull request.') },
  { name: 'near miss: open an issue if you find a security problem', want: null, files: md('## Security\n\nIf you find a vulnerability, do not open a public issue; email security@example.org first.') },
]);

table('paraphrases, second batch: pull requests not accepted (session 4)', (j) => j.acceptsPullRequests, [
  { name: 'does not use GitHub pull requests', want: false, files: md('## Contributing\n\nThis project does not use GitHub pull requests. Please send patches to the mailing list.') },
  { name: 'patches are sent to the list, format-patch', want: false, files: md('## How to contribute\n\nWe use a mailing-list workflow: patches are sent to dev@lists.example.org, prepared with `git format-patch`.') },
  { name: 'only through Gerrit', want: false, files: md('## Contributing\n\nContributions are accepted through our Gerrit instance only.') },
  { name: 'AsciiDoc: GitHub PRs are not accepted', want: false, files: adoc('== How to contribute\n\nWe accept patches on the mailing list. GitHub pull requests are not accepted.') },
]);

table('paraphrases, second batch: commit convention (session 4)', (j) => j.commit.convention, [
  { name: 'semantic commit messages', want: 'conventional', files: md('## Commit messages\n\nWe use semantic commit messages such as `feat: add login` and `fix: handle timeout`.') },
  { name: 'commitizen', want: 'conventional', files: md('## Committing\n\nThis repository uses commitizen: run `npm run commit` to write a Conventional Commit message.') },
  { name: 'format area: short description', want: 'area-prefix', files: md('## Commit messages\n\nCommit messages must follow the format `area: short description`, for example `parser: reject empty input`.') },
  { name: 'prefixed by the affected module', want: 'area-prefix', files: md('## Commit messages\n\nThe commit subject should be prefixed by the affected module, e.g. `docs: fix link`.') },
  { name: 'capital letter, no trailing period', want: 'free-form-rules', files: md('## Commit messages\n\n- Start the first line with a capital letter.\n- Do not end the subject line with a period.') },
  { name: 'present tense', want: 'free-form-rules', files: md('## Commit messages\n\nWrite commit messages in the present tense ("Fix bug", not "Fixed bug").') },
]);

table('paraphrases, second batch: subject length (session 4)', (j) => j.commit.subjectMaxLength, [
  { name: 'first line short, ideally under 50 characters', want: 50, files: md('## Commit messages\n\nKeep the first line short (ideally under 50 characters).') },
  { name: 'not longer than 72 chars', want: 72, files: md('## Commit messages\n\nThe subject line should not be longer than 72 chars.') },
  { name: '70 characters maximum', want: 70, files: md('## Pull requests\n\nTitles: 70 characters maximum.') },
  { name: 'less than 80 characters for the first line', want: 80, files: md('## Commit messages\n\nUse less than 80 characters for the first line.') },
]);

table('paraphrases, second batch: sign-off (session 4)', (j) => j.commit.signOff, [
  { name: 'commits need to be signed-off', want: 'required', files: md('## Commits\n\nCommits need to be signed-off.') },
  { name: 'all commits require a DCO sign-off', want: 'required', files: md('## Legal\n\nAll commits require a DCO sign-off.') },
  { name: 'sign off your commits (--signoff)', want: 'required', files: md('## Commits\n\nSign off your commits (`git commit --signoff`).') },
  { name: 'the team asks you to sign off', want: 'required', files: md('## Commits\n\nThe team asks you to sign off your commits with `git commit -s`.') },
  { name: 'near miss: a maintainer signs off before merging', want: null, files: md('## Review\n\nA maintainer needs to sign off before we merge your commits.') },
]);

table('paraphrases, second batch: CLA (session 4)', (j) => j.claRequired, [
  { name: 'need to sign a CLA before merge', want: true, files: md('## Pull requests\n\nYou will need to sign a Contributor License Agreement (CLA) before your pull request can be merged.') },
  { name: 'accompanied by a CLA', want: true, files: md('## Legal\n\nContributions to this project must be accompanied by a Contributor License Agreement.') },
  { name: 'agree to the CLA via the assistant', want: true, files: md('## First contribution\n\nFirst-time contributors are asked to agree to the CLA through CLA Assistant.') },
  { name: 'does not require a CLA', want: false, files: md('## Legal\n\nThis project does not require a CLA.') },
]);

table('paraphrases, second batch: changelog (session 4)', (j) => j.changelog.required, [
  { name: 'don\'t forget a line in CHANGELOG.md', want: true, files: md('## Pull requests\n\nDon\'t forget to add a line to CHANGELOG.md.') },
  { name: 'a CHANGES entry', want: true, files: md('## Submitting\n\nPlease include a CHANGES entry describing your change.') },
  { name: 'record your change in docs/changelog.rst', want: true, files: rst('Pull requests\n-------------\n\nRecord your change in ``docs/changelog.rst``.') },
  { name: 'maintainers take care of the changelog', want: false, files: md('## Pull requests\n\nYou don\'t need to touch the changelog; maintainers take care of it.') },
]);

table('paraphrases, second batch: base branch (session 4)', (j) => j.baseBranch, [
  { name: 'feature branch based on main', want: 'main', files: md('## Workflow\n\nMake your changes on a feature branch based on `main`.') },
  { name: 'checkout -b from upstream/develop', want: 'develop', files: md('## Workflow\n\n```\ngit fetch upstream\ngit checkout -b my-feature upstream/develop\n```') },
  { name: 'create a branch from develop', want: 'develop', files: md('## Workflow\n\n1. Fork the repository.\n2. Create a branch from `develop`.') },
  { name: 'RST: made to the main branch', want: 'main', files: rst('Pull requests\n-------------\n\nPull requests should be made to the ``main`` branch.') },
  { name: 'near miss: push your branch', want: null, files: md('## Workflow\n\n```\ngit push origin my-feature\n```') },
]);

// A third batch: the facts as pull request template boxes, numbered steps and other markups.
const withTemplate = (guide: string, template: string): Record<string, string> => ({
  'CONTRIBUTING.md': `# Contributing\n\n${guide}\n`,
  '.github/pull_request_template.md': template,
});

table('paraphrases, third batch: template boxes and steps (session 4)', (j) => [j.discussFirst, j.commit.signOff, j.changelog.required, j.claRequired], [
  { name: 'template: linked issue box', want: [true, null, null, null], files: withTemplate('Thanks for helping.', '- [ ] This PR is linked to an issue that was discussed and accepted by a maintainer\n') },
  { name: 'near miss: template box for a linked issue, if any', want: [null, null, null, null], files: withTemplate('Thanks for helping.', '- [ ] If this PR is linked to an issue, I wrote `Fixes #<number>` below\n') },
  { name: 'template: changelog box', want: [null, null, true, null], files: withTemplate('Thanks for helping.', '## Checklist\n\n- [ ] I have added an entry to CHANGELOG.md\n- [ ] Tests pass\n') },
  { name: 'template: DCO box', want: [null, 'required', null, null], files: withTemplate('Thanks for helping.', '- [ ] All commits are signed off (DCO)\n') },
  { name: 'template: CLA box', want: [null, null, null, true], files: withTemplate('Thanks for helping.', '- [ ] I have signed the Contributor License Agreement\n') },
  { name: 'numbered steps with a discussion first', want: [true, null, null, null], files: md('## How to contribute\n\n1. Open an issue and discuss your idea with the maintainers first.\n2. Fork the repository.\n3. Send a pull request.') },
  { name: 'AsciiDoc admonition: sign off', want: [null, 'required', null, null], files: adoc('== Commits\n\nIMPORTANT: Every commit must include a `Signed-off-by` line (use `git commit -s`).') },
  { name: 'RST: changelog entry under a heading', want: [null, null, true, null], files: rst('Changelog\n---------\n\nEach pull request must add an entry to ``CHANGELOG.rst`` describing the change.') },
  { name: 'near miss: sign off in a release checklist', want: [null, null, null, null], files: md('## Release checklist (maintainers)\n\n- [ ] Product owner has signed off on the release notes\n- [ ] Tag pushed') },
]);

table('paraphrases, third batch: convention and length in other markups (session 4)', (j) => [j.commit.convention, j.commit.subjectMaxLength], [
  { name: 'RST: subsystem prefix and 72 columns', want: ['area-prefix', 72], files: rst('Commit messages\n---------------\n\n* Prefix the subject with the subsystem, e.g. ``io: fix short read``.\n* The subject must not exceed 72 characters.') },
  { name: 'AsciiDoc: conventional commits and 100 characters', want: ['conventional', 100], files: adoc('== Commit messages\n\nWe follow Conventional Commits. The header is limited to 100 characters.') },
  { name: 'numbered: summary under 50 and imperative', want: ['free-form-rules', 50], files: md('## Writing commit messages\n\n1. Summarise the change in fewer than 50 characters.\n2. Use the imperative mood.\n3. Explain why in the body.') },
]);

// A fourth batch: near misses that share words with the rules above.
table('paraphrases, fourth batch: near misses (session 4)', (j) => [j.discussFirst, j.acceptsPullRequests, j.commit.signOff, j.changelog.required, j.baseBranch], [
  { name: 'keep your fork up to date before starting', want: [null, true, null, null, null], files: md('## Pull requests\n\nBefore you start working on a pull request, pull the latest changes into your fork.') },
  { name: 'an issue first only if you are unsure', want: [null, true, null, null, null], files: md('## Pull requests\n\nIf you prefer, feel free to open an issue first. Then open a pull request.') },
  { name: 'good first issue labels', want: [null, null, null, null, null], files: md('## Finding something to do\n\nIssues labelled "good first issue" are a good place to start.') },
  { name: 'GitHub project with a "Submitting patches" heading', want: [null, true, null, null, null], files: md('## Submitting patches\n\nSend your patches to us as GitHub pull requests.') },
  { name: 'mailing patches as an alternative under a patches heading', want: [null, true, null, null, null], files: md('## Patches\n\nIf you cannot use GitHub, you may also mail patches to dev@example.org, made with `git format-patch`.\n\nOtherwise, open a pull request.') },
  { name: 'reviewers sign off by approving', want: [null, true, null, null, null], files: md('## Review\n\nReviewers sign off by approving the pull request.') },
  { name: 'we record changes in the changelog at release time', want: [null, null, null, null, null], files: md('## Releases\n\nWe record every change in the changelog at release time.') },
  { name: 'read the NEWS file', want: [null, null, null, null, null], files: md('## What is new\n\nRead the NEWS file for what changed in each version.') },
  { name: 'main is protected', want: [null, null, null, null, null], files: md('## Repository settings\n\nThe `main` branch is protected.') },
]);

// A fifth batch: more families, one fact each.
table('paraphrases, fifth batch (session 4)', (j) => ({ d: j.discussFirst, p: j.acceptsPullRequests, c: j.commit.convention, n: j.commit.subjectMaxLength, s: j.commit.signOff, l: j.changelog.required, b: j.baseBranch }), [
  { name: 'RFC process for substantial changes', want: { d: true, p: null, c: null, n: null, s: null, l: null, b: null }, files: md('## Substantial changes\n\nSubstantial changes go through the RFC process: write an RFC and get it accepted before implementation starts.') },
  { name: 'reach consensus in an issue before coding', want: { d: true, p: null, c: null, n: null, s: null, l: null, b: null }, files: md('## Proposing a change\n\nWe ask that you reach consensus with the maintainers in an issue before you start coding.') },
  { name: 'patches reviewed on the mailing list', want: { d: null, p: false, c: null, n: null, s: null, l: null, b: null }, files: md('## Submitting patches\n\nPatches are reviewed on the mailing list. Send them with `git send-email`.') },
  { name: 'commit message format block with component', want: { d: null, p: null, c: 'area-prefix', n: null, s: null, l: null, b: null }, files: md('## Commit message format\n\n```\ncomponent: short summary of the change\n\nLonger explanation of why.\n```') },
  { name: 'short (<= 50 chars)', want: { d: null, p: null, c: 'free-form-rules', n: 50, s: null, l: null, b: null }, files: md('## Commit messages\n\nThe summary line should be short (<= 50 chars).') },
  { name: 'DCO check on every PR', want: { d: null, p: true, c: null, n: null, s: 'required', l: null, b: null }, files: md('## Pull requests\n\nThe DCO check runs on every pull request: each commit needs a `Signed-off-by` trailer matching its author.') },
  { name: 'the changelog is kept by maintainers', want: { d: null, p: null, c: null, n: null, s: null, l: false, b: null }, files: md('## Changelog\n\nContributors should not edit the changelog; it is kept by the maintainers.') },
  { name: 'PRs opened against main', want: { d: null, p: true, c: null, n: null, s: null, l: null, b: 'main' }, files: md('## Pull requests\n\nPull requests should be opened against `main`.') },
  { name: 'maintenance branches only for backports', want: { d: null, p: true, c: null, n: null, s: null, l: null, b: 'master' }, files: md('## Pull requests\n\nSend every pull request to `master`. The `1.x` branch only receives backports done by maintainers.') },
]);

// A sixth batch: legal wording, prefixes in brackets, limits with soft and hard numbers, bare branch targets.
table('paraphrases, sixth batch (session 4)', (j) => ({ cla: j.claRequired, c: j.commit.convention, n: j.commit.subjectMaxLength, b: j.baseBranch }), [
  { name: 'legal hurdles, fill out the CLA', want: { cla: true, c: null, n: null, b: null }, files: md('## Legal\n\nBefore we can take your patches we have to clear a couple of legal hurdles: please fill out the CLA.') },
  { name: 'British spelling: Contributor Licence Agreement', want: { cla: true, c: null, n: null, b: null }, files: md('## Legal\n\nTo contribute, you must first agree to the terms of the Contributor Licence Agreement.') },
  { name: 'a Contributor Agreement by another name', want: { cla: true, c: null, n: null, b: null }, files: md('## Legal\n\nYou need to sign the Contributor Agreement before your first pull request is merged.') },
  { name: 'DCO instead of a CLA', want: { cla: false, c: null, n: null, b: null }, files: md('## Legal\n\nThis project uses the DCO instead of a CLA.') },
  { name: 'bracketed component prefix', want: { cla: null, c: 'area-prefix', n: null, b: null }, files: md('## Commit messages\n\nPlease format your commit messages as `[component] description`.') },
  { name: 'kernel style subsystem: summary', want: { cla: null, c: 'area-prefix', n: null, b: null }, files: md('## Commit messages\n\nFollow the Linux kernel style for commit messages: `subsystem: summary`.') },
  { name: '50 characters or fewer', want: { cla: null, c: 'free-form-rules', n: 50, b: null }, files: md('## Commit messages\n\nCommit summaries should be 50 characters or fewer.') },
  { name: 'soft 50, hard 72', want: { cla: null, c: 'free-form-rules', n: 72, b: null }, files: md('## Commit messages\n\nLimit the subject line to 50 characters (soft limit) and no more than 72 characters (hard limit).') },
  { name: 'all PRs go into develop', want: { cla: null, c: null, n: null, b: 'develop' }, files: md('## Pull requests\n\nAll pull requests go into `develop`.') },
  { name: 'branch from the default branch main', want: { cla: null, c: null, n: null, b: 'main' }, files: md('## Workflow\n\nOur default branch is `main`; all work should branch from there.') },
]);

// A seventh batch: more of the weakest families (discussion, changelog, convention).
table('paraphrases, seventh batch (session 4)', (j) => ({ d: j.discussFirst, c: j.commit.convention, l: j.changelog.required, h: j.changelog.how }), [
  { name: 'let us know in an issue what you plan', want: { d: true, c: null, l: null, h: null }, files: md('## Contributing code\n\nLet us know what you plan to work on by opening an issue, so that nobody duplicates effort.') },
  { name: 'wait for a maintainer to approve the idea', want: { d: true, c: null, l: null, h: null }, files: md('## New features\n\n1. Open an issue describing the feature.\n2. Wait until a maintainer approves the idea.\n3. Then send a pull request.') },
  { name: 'design discussion required for new APIs', want: { d: true, c: null, l: null, h: null }, files: rst('API changes\n-----------\n\nNew public APIs must be discussed on the developer mailing list before a pull request is opened.') },
  { name: 'issue optional for any change', want: { d: false, c: null, l: null, h: null }, files: md('## Pull requests\n\nOpening an issue first is optional; pull requests are welcome directly.') },
  { name: 'PR title becomes the squash commit, conventional', want: { d: null, c: 'conventional', l: null, h: null }, files: md('## Pull requests\n\nWe squash-merge, so the pull request title must be a valid Conventional Commit, such as `docs(readme): fix typo`.') },
  { name: 'scope prefix with a slash path', want: { d: null, c: 'area-prefix', l: null, h: null }, files: md('## Commit messages\n\nStart the subject with the path of the package you changed, for example `cmd/vet: report unused results`.') },
  { name: 'changelog entry in the Unreleased section', want: { d: null, c: null, l: true, h: 'changelog-file' }, files: md('## Pull requests\n\n- Describe your change under the `Unreleased` heading of `CHANGELOG.md`.') },
  { name: 'a file in changelog.d', want: { d: null, c: null, l: true, h: 'changelog-folder' }, files: md('## Pull requests\n\nEvery user-facing change needs a short file in `changelog.d/` named after the pull request number.') },
  { name: 'changelog label instead of an entry', want: { d: null, c: null, l: false, h: null }, files: md('## Pull requests\n\nThere is no need to edit a changelog file: release notes are generated automatically from pull request labels.') },
  { name: 'near miss: numbered steps to report a bug', want: { d: null, c: null, l: null, h: null }, files: md('## Reporting bugs\n\n1. Open an issue with the steps to reproduce.\n2. If you can, attach a failing test or a patch.') },
  { name: 'near miss: a step that opens the pull request itself', want: { d: null, c: null, l: null, h: null }, files: md('## Workflow\n\n1. Fork the repository and create a branch.\n2. Open a pull request.\n3. Address the review.') },
  { name: 'near miss: changelog tooling for maintainers', want: { d: null, c: null, l: null, h: null }, files: md('## Publishing (maintainers)\n\nRun `npm run changelog` to build the changelog before tagging.') },
]);
