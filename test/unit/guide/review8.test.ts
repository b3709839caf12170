import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { DJANGO, SPHINX } from './reviewGuides';

/**
 * Review 8: near-misses of the session 7 rules (each rule's words where it must not fire, and an everyday
 * wording where it should), and ten ordinary guides in common GitHub styles checked fact by fact. Every guide
 * here was written for this file. Skipped tests are findings: what the reader gets wrong today.
 */
type Facts = ReturnType<typeof toInspectJson>;
const factsOf = async (files: Record<string, string>): Promise<Facts> => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const template = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping.\n', '.github/pull_request_template.md': text });
const of = async (prose: string): Promise<Facts> => factsOf(guide(prose));
const cmds = (f: Facts) => ({ setup: f.commands.setup.map((c) => c.command), test: f.commands.test.map((c) => c.command), lint: f.commands.lint.map((c) => c.command) });
const checklist = (f: Facts): string[] => f.checklist.map((c) => c.text);

const ASCIIDOC = `= Contributing to Harbor Maps
:toc:

== Asking questions

Use the forum, not the issue tracker, for questions.

== Setting up

You need Java 21 and Maven 3.9.

[source,shell]
----
mvn -B install -DskipTests
----

== Testing

[source,shell]
----
mvn -B verify
----

Integration tests are in the \`it\` profile:

[source,shell]
----
mvn -B verify -Pit
----

== Commit messages

* Start the subject with the JIRA key, e.g. \`HM-1234: Add tile cache\`.
* Keep the subject under 70 characters.
* Use the body to explain why.

== Pull requests

Target the \`main\` branch. Before opening a pull request, make sure that:

. \`mvn -B verify\` passes locally,
. new classes have the licence header (\`mvn license:format\` adds it),
. the change is covered by tests.
`;

const CMAKE = `# Contributing

## Building

\`\`\`sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Debug
cmake --build build -j
\`\`\`

## Testing

\`\`\`sh
ctest --test-dir build --output-on-failure
\`\`\`

## Formatting

All C++ code is formatted with clang-format 17. Run:

\`\`\`sh
git clang-format origin/main
\`\`\`

## Submitting

Fork, push your branch, and open a PR. Describe what you changed and why. We squash-merge, so don't worry about your commit history. Please keep PR titles short (under 60 characters) and in the imperative.

## Maintainers: cutting a release

\`\`\`sh
./scripts/bump-version.sh 1.4.0
git commit -am "Release 1.4.0"
git tag v1.4.0
git push --tags
\`\`\`
`;


const GO = `# Contributing to gopherq

## Before you start

gopherq is a small project. If you want to add a feature, open an issue describing it first; bug fixes can go straight to a pull request.

## Building and testing

\`\`\`
go build ./...
go test ./...
go test -race ./...
\`\`\`

Run \`go vet ./...\` and \`staticcheck ./...\` before sending a change. Please format your code with \`gofmt -s -w .\`.

## Commit messages

We follow the Go project's style: the subject is the package name, a colon, and a lowercase summary, e.g.

\`\`\`
queue: drain pending jobs on shutdown
\`\`\`

The subject should be no longer than 76 characters.

## License

By contributing you agree that your contributions are licensed under the BSD-3-Clause license. No CLA is required.
`;

const GRADLE = `# Contributing to Lumen

## Legal

Before we can accept your pull request you need to sign the Contributor License Agreement at https://cla.example.org. You only need to do this once.

## Building

Lumen builds with Gradle; you need JDK 17.

\`\`\`
./gradlew build
\`\`\`

On Windows use \`gradlew.bat build\`.

To run only the unit tests:

\`\`\`
./gradlew test
\`\`\`

Code style is enforced by Spotless. Fix formatting with \`./gradlew spotlessApply\` before committing; \`./gradlew check\` runs the tests and the style checks together.

## Branches

The default branch is \`develop\`. Please base your work on \`develop\` and open pull requests against it. \`master\` only holds released versions.

## Pull request checklist

- [ ] The build passes: \`./gradlew check\`
- [ ] New public API has Javadoc
- [ ] You added yourself to \`CONTRIBUTORS.txt\`
`;

const MAIL = `Contributing to libfrob
=======================

libfrob does not use GitHub pull requests. The repository on GitHub is a
read-only mirror; pull requests opened there are closed automatically.
Please send patches to the mailing list, frob-devel@lists.example.org.

Building
--------

    ./autogen.sh
    ./configure
    make
    make check

"make check" runs the test suite; please run it before sending a patch.

Coding style
------------

We follow the Linux kernel coding style, with tabs for indentation. Lines
should not exceed 80 columns.

Sending patches
---------------

Create your patches with git format-patch against the master branch:

    git format-patch -M origin/master
    git send-email --to=frob-devel@lists.example.org *.patch

The subject of each patch should start with the subsystem it touches,
for example "parser: fix off-by-one in token length".

Every commit must have a Signed-off-by line (use "git commit -s"),
certifying the Developer Certificate of Origin.

Releases
--------

Maintainers tag releases with "git tag -s vX.Y" and upload the tarball
produced by "make distcheck".
`;

const PNPM = `# Contributing

This is a pnpm monorepo. Packages live in \`packages/*\`.

## Setup

1. Install [pnpm](https://pnpm.io) 9 (\`corepack enable\` does it for you).
2. Install dependencies: \`pnpm install\`
3. Build all packages once: \`pnpm -r build\`

## Making changes

Create a branch off \`main\`:

\`\`\`bash
git checkout -b feat/my-change
\`\`\`

Useful scripts:

| Command | What it does |
| --- | --- |
| \`pnpm test\` | runs the unit tests in every package |
| \`pnpm lint\` | runs ESLint |
| \`pnpm typecheck\` | runs \`tsc --noEmit\` everywhere |
| \`pnpm --filter @acme/ui dev\` | starts the UI playground |

## Changesets

If your change affects a published package, add a changeset:

\`\`\`bash
pnpm changeset
\`\`\`

## Commits

We use [Conventional Commits](https://www.conventionalcommits.org). Allowed types: \`feat\`, \`fix\`, \`docs\`, \`chore\`, \`refactor\`, \`test\`, \`perf\`, \`ci\`. Commitlint checks this in a git hook.
`;

const RUST = `# Contributing to tidyfmt

Thanks for your interest in tidyfmt! This document explains how to get a change merged.

## Code of conduct

Please be kind. See \`CODE_OF_CONDUCT.md\`.

## Reporting bugs

Open an issue with the version (\`tidyfmt --version\`), the input that failed and the output you expected.

## Development

You need a recent stable Rust toolchain (see \`rust-toolchain.toml\`).

\`\`\`sh
git clone https://github.com/example/tidyfmt
cd tidyfmt
cargo build
\`\`\`

### Running the tests

\`\`\`sh
cargo test --all-features
\`\`\`

Snapshot tests use \`insta\`. If you changed the output on purpose, review the new snapshots with:

\`\`\`sh
cargo insta review
\`\`\`

### Lints

We keep the tree free of warnings:

\`\`\`sh
cargo fmt --all -- --check
cargo clippy --all-targets --all-features -- -D warnings
\`\`\`

## Pull requests

- Open PRs against \`main\`.
- For anything bigger than a bug fix, please open an issue first so we can talk about the design.
- Add an entry to \`CHANGELOG.md\` under \`## Unreleased\`.
- Keep commits focused; we squash on merge, so the PR title becomes the commit message.

## Releasing

Maintainers only:

1. Update the version in \`Cargo.toml\` and move the Unreleased entries in \`CHANGELOG.md\` under the new version.
2. \`cargo publish --dry-run\`
3. Tag \`vX.Y.Z\` and push the tag; CI publishes the crate.
`;


const TOX = `# Contributing

## Setting up a development environment

\`\`\`console
$ python -m venv .venv
$ source .venv/bin/activate
$ python -m pip install -e ".[dev]"
$ pre-commit install
\`\`\`

## Running the tests

We use [tox](https://tox.wiki) to test against every supported Python:

\`\`\`console
$ tox
\`\`\`

To run a single environment, e.g. Python 3.12:

\`\`\`console
$ tox -e py312
\`\`\`

During development it is usually faster to call pytest directly:

\`\`\`console
$ pytest tests/
\`\`\`

## Style

Code is formatted with \`ruff format\` and linted with \`ruff check\`; both run in pre-commit. You can run them on all files with:

\`\`\`console
$ pre-commit run --all-files
\`\`\`

Line length is 88 characters.

## Documentation

The docs are built with Sphinx:

\`\`\`console
$ tox -e docs
\`\`\`

## Changelog

We use towncrier. Every pull request needs a news fragment in \`changelog.d/\`, named \`<PR number>.<type>.rst\`, where type is one of \`feature\`, \`bugfix\`, \`doc\`, \`removal\` or \`misc\`.

## Commit messages

There are no strict rules, but please write a short summary line (under 72 characters), a blank line, and then an explanation of the change.
`;

const RUBY = `# Contributing to sparkle-rb

We love pull requests from everyone.

## Getting started

Fork, then clone the repo:

    git clone git@github.com:your-username/sparkle-rb.git

Set up your machine:

    bin/setup

Make sure the tests pass:

    bundle exec rake

## Making a change

Make your change. Add tests for your change. Make the tests pass:

    bundle exec rspec

Run the style checker and fix what it reports:

    bundle exec rubocop -a

Push to your fork and [submit a pull request][pr].

[pr]: https://github.com/example/sparkle-rb/compare/

At this point you're waiting on us. We may suggest some changes or improvements or alternatives.

Some things that will increase the chance that your pull request is accepted:

* Write tests.
* Follow our style guide.
* Write a [good commit message][commit].

[commit]: http://tbaggery.com/2008/04/19/a-note-about-git-commit-messages.html
`;

const PHP = `# Contributing

Contributions are welcome via pull requests on GitHub.

## Pull requests

- **Follow PSR-12.** Check your code with \`composer cs\` and fix it with \`composer cs-fix\`.
- **Add tests.** Your patch won't be accepted without tests.
- **Document changes in behaviour.** Keep \`README.md\` and the docs up to date.
- **Keep the public API stable.** We follow SemVer, so breaking changes only land in major releases.
- **One pull request per feature.** Send several PRs if you want to change several things.
- **Coherent history.** Squash intermediate commits before submitting.

## Running tests

\`\`\`bash
composer install
composer test
\`\`\`

Static analysis runs with PHPStan:

\`\`\`bash
vendor/bin/phpstan analyse
\`\`\`
`;

const DOTNET = `# Contributing to Nimbus.Http

## Prerequisites

- .NET 8 SDK
- (optional) Visual Studio 2022 or Rider

## Build and test

\`\`\`powershell
dotnet restore
dotnet build -c Release
dotnet test
\`\`\`

Code style is defined in \`.editorconfig\`; check it with \`dotnet format --verify-no-changes\`.

## Issues and pull requests

- Search existing issues before you open a new one.
- Bug fix PRs are welcome at any time. For new APIs, open an issue with the \`api-proposal\` label first and wait for the API review.
- PRs target the \`main\` branch.
- Your PR title will be used as the squash commit message; keep it under 72 characters.

## Contributor License Agreement

You must sign a CLA before your PR can be merged. A bot will post instructions on your first PR.
`;

const ELIXIR = `# Contributing

## Development

\`\`\`sh
mix deps.get
mix compile --warnings-as-errors
mix test
\`\`\`

Before you push, please also run:

\`\`\`sh
mix format --check-formatted
mix credo --strict
\`\`\`

## Docs

Docs are generated with \`mix docs\` and published to HexDocs on release.

## Commit messages

Use Conventional Commits (\`fix:\`, \`feat:\`, \`docs:\`, \`refactor:\`, \`test:\`, \`chore:\`); the changelog is generated from them by our release tooling, so there's no need to edit \`CHANGELOG.md\` yourself.

## Branches

Branch from \`main\` and name the branch \`<your-handle>/<topic>\`.
`;

describe('review 8: issue-key subjects and branch names (756951b, 71d5c8f)', () => {
  it('a subject that opens with the ticket key is a prefix convention', async () => {
    assert.equal((await of('## Commits\n\nCommit messages reference the ticket first, like `PROJ-42: handle empty config`.')).commit.convention, 'area-prefix');
  });
  it('a key in an issue title under "Reporting bugs" is no commit convention', async () => {
    assert.equal((await of('## Reporting bugs\n\nGive the issue a short title such as `[UI] Button misaligned on the login page`.')).commit.convention, null);
  });
  it('a key in a changelog entry is no commit convention', async () => {
    assert.equal((await of('## Changelog\n\nEach entry in `CHANGELOG.md` starts with the ticket key, e.g. `- PROJ-12: Fix the export`.')).commit.convention, null);
  });
  // was a finding, fixed in extract/branchNaming.ts (an example after "e.g." belongs to the sentence and is the form).
  it('"Branch names should start with the JIRA key, e.g. `PROJ-123-fix-login`" gives no sentence as the branch form', async () => {
    const f = await of('## Branches\n\nBranch names should start with the JIRA key, e.g. `PROJ-123-fix-login`.');
    assert.ok(f.branchNaming === null || !/\s/.test(f.branchNaming), String(f.branchNaming));
    assert.notEqual(f.commit.convention, 'area-prefix');
  });
  it('release and hotfix branches the maintainers cut are no naming rule', async () => {
    assert.equal((await of('## Release process (maintainers)\n\nThe release manager cuts `release/x.y` branches from main; hotfix branches are named `hotfix/x.y.z`.')).branchNaming, null);
  });
  it('a backport branch created in a maintainers-only section is no naming rule', async () => {
    assert.equal((await of('## Backporting (maintainers only)\n\n```sh\ngit fetch upstream\ngit checkout -b backport/1.2/123 upstream/1.2\ngit cherry-pick -x <sha>\n```')).branchNaming, null);
  });
  it('a branch made from a tag in install-from-source docs is no naming rule', async () => {
    assert.equal((await of('## Installing from source\n\n```sh\ngit clone https://example.org/proj.git\ncd proj\ngit checkout -b stable-2.0 tags/v2.0\nmake install\n```')).branchNaming, null);
  });
  it('release tags named vMAJOR.MINOR.PATCH are no branch rule', async () => {
    assert.equal((await of('## Releases\n\nRelease tags are named `vMAJOR.MINOR.PATCH`, e.g. `v2.3.1`.')).branchNaming, null);
  });
  it('"name your branch `<type>/<short-description>`"', async () => {
    assert.equal((await of('## Branches\n\nPlease name your branch `<type>/<short-description>`, for example `fix/login-timeout`.')).branchNaming, '<type>/<short-description>');
  });
  it('a placeholder form in the checkout line of the workflow steps', async () => {
    assert.equal((await of('## Workflow\n\n1. Fork and clone.\n2. Create a branch:\n\n   ```sh\n   git checkout -b fix/<issue-number>-<short-name>\n   ```')).branchNaming, 'fix/<issue-number>-<short-name>');
  });
});

describe('review 8: changelog wordings (756951b, 1902f22, 763b32a, 3552cdc)', () => {
  for (const [why, prose] of [
    ['"there must be an entry" in a maintainers\' release section', '## Releasing\n\nOnly maintainers cut releases. Before tagging, there must be an entry in CHANGELOG.md for the new version, with the release date.'],
    ['"Edit CHANGELOG.md" as a step of making a release', '## Making a release\n\n1. Edit CHANGELOG.md to set the release date.\n2. Bump the version in `pyproject.toml`.\n3. Tag and push.'],
    ['an FAQ answer saying every release has an entry', '## FAQ\n\n**Where can I see what changed?** There is an entry in CHANGELOG.md for every release.'],
    ['NEWS.md described as having a line per release', '## Project history\n\nNEWS.md has a line for each release, written by the maintainers.'],
    ['"changes/additions" in a sentence about PR size', '## Pull requests\n\nKeep pull requests small. Large refactors mixed with changes/additions are hard to review.'],
  ]) {
    it(`not asked: ${why}`, async () => assert.notEqual((await of(prose)).changelog.required, true));
  }
  it('the maintainers write it, "do not edit CHANGELOG.md", is a no', async () => {
    assert.equal((await of('## Changelog\n\nThe maintainers write the changelog when they cut a release; please do not edit `CHANGELOG.md` in your PR.')).changelog.required, false);
  });
  it('a changelog generated from commit messages is not asked', async () => {
    assert.equal((await of('## Changelog\n\nThe changelog is generated from commit messages when we release, so you do not need to edit it.')).changelog.required, false);
  });
  it('a changelog generated from fragments the contributor adds is asked, as a folder', async () => {
    const f = await of('## Changelog\n\nThe changelog is generated from the files in `changes/` at release time, so please add a fragment file `changes/<PR number>.<type>.md` describing your change.');
    assert.deepEqual([f.changelog.required, f.changelog.how], [true, 'changelog-folder']);
  });
  it('everyday: "must add an entry to `CHANGELOG.md` under *Unreleased*"', async () => {
    const f = await of('## Pull requests\n\nEach pull request that changes behaviour must add an entry to `CHANGELOG.md` under *Unreleased*.');
    assert.deepEqual([f.changelog.required, f.changelog.how], [true, 'changelog-file']);
  });
  it('a template box for having read the changelog asks for no entry', async () => {
    assert.equal((await factsOf(template('## Checklist\n\n- [ ] I have read the CHANGELOG to check this is not already fixed\n- [ ] Tests added\n'))).changelog.required, null);
  });
  it('a template box naming the Unreleased section as updated asks for one', async () => {
    assert.equal((await factsOf(template('## Checklist\n\n- [ ] Updated the `Unreleased` section of CHANGELOG.md\n- [ ] Tests added\n'))).changelog.required, true);
  });
});

describe('review 8: discuss first (78215b4, 9a8e31a, d4d7d1f, 8959a2f)', () => {
  for (const [why, prose] of [
    ['stale pull requests closed by a bot', '## Pull requests\n\nPull requests with no activity for 90 days will be closed by a bot.'],
    ['"before opening a PR, search the tracker" for a fix already made', '## Pull requests\n\nBefore opening a PR, search the issue tracker to see whether the bug was already fixed on `main`.'],
    ['"before opening an issue" under bug reports', '## Bug reports\n\nBefore opening an issue, please check the FAQ and search for duplicates.'],
    ['the core team bringing up designs before a release', '## Governance\n\nBefore a significant release, the core team brings up the design of upcoming changes in the monthly call.'],
    ['a design described in the PR description itself', '## Significant changes\n\nFor a significant change, describe the design in the pull request description so reviewers can follow it.'],
    ['"before you start coding" about the toolchain', '## Before you start coding\n\nInstall the toolchain and run the tests once to see that everything works.'],
  ]) {
    it(`not when ${why}`, async () => assert.notEqual((await of(prose)).discussFirst, true));
  }
  it('pull requests for features nobody discussed may be closed', async () => {
    assert.equal((await of('## Pull requests\n\nPull requests for features that nobody discussed with the maintainers beforehand may be closed without review.')).discussFirst, true);
  });
  it('no issue for typos, but one first for features, is still yes', async () => {
    assert.equal((await of('You do not need to file an issue before the PR for typo fixes. For new features, please open an issue first so we can agree on the design.')).discussFirst, true);
  });
  it('everyday: "please open an issue to discuss it before you start"', async () => {
    assert.equal((await of('If you plan a larger change, please open an issue to discuss it before you start working on it.')).discussFirst, true);
  });
});

describe('review 8: CLA, subject length and sign-off (0879f4d, e91d14a, d3dbc43)', () => {
  it('an FAQ answering "Do I need to sign a CLA?" with no', async () => {
    assert.equal((await of('## FAQ\n\n**Do I need to sign a CLA?**\n\nNo. We do not use a CLA; contributions are accepted under the project licence.')).claRequired, false);
  });
  it('a CLA with trivial fixes exempt is still asked', async () => {
    assert.equal((await of('## Legal\n\nAll contributors must sign our CLA before we can merge a pull request. Trivial fixes such as typos are exempt.')).claRequired, true);
  });
  it('a commercial licence agreement for users is no CLA', async () => {
    assert.equal((await of('## Licensing\n\nCompanies that embed the library in closed products can buy a commercial licence agreement from us.')).claRequired, null);
  });
  for (const [why, prose] of [
    ['a code line length', '## Code style\n\nLine length is limited to 100 characters, which `black` enforces.'],
    ['docs line length', '## Documentation\n\nKeep lines in the docs under 80 characters so diffs stay readable.'],
    ['a branch name length', '## Branches\n\nBranch names should be at most 40 characters.'],
    ['a changelog entry length', '## Changelog\n\nEach changelog entry should be a single line of at most 72 characters.'],
  ]) {
    it(`no subject limit from ${why}`, async () => assert.equal((await of(prose)).commit.subjectMaxLength, null));
  }
  // was a finding, fixed in extract/subjectLength.ts (a floor, "at least N", is no limit).
  it('no subject limit from a minimum length of the PR description', async () => {
    const f = await of('## Pull requests\n\nGive your PR a descriptive title; the description should be at least 50 characters long.');
    assert.equal(f.commit.subjectMaxLength, null);
  });
  it('everyday: "Commit subject lines should be 50 characters or less"', async () => {
    assert.equal((await of('## Commit messages\n\nCommit subject lines should be 50 characters or less.')).commit.subjectMaxLength, 50);
  });
  for (const [why, prose] of [
    ['GPG-signed commits (`git commit -S`)', '## Commits\n\nAll commits must be GPG-signed. Use `git commit -S` and set up your key in GitHub first.'],
    ['GPG signing under "Sign your work"', '## Sign your work\n\nWe require GPG-signed commits. Create them with `git commit -S`.'],
    ['maintainers signing release tags', '## Releases\n\nMaintainers sign release tags with `git tag -s v1.2.3`.'],
  ]) {
    it(`no sign-off from ${why}`, async () => assert.equal((await of(prose)).commit.signOff, null));
  }
  it('everyday: "Sign your work" with `git commit -s`', async () => {
    assert.equal((await of('## Sign your work\n\nWe use the DCO. Commit with `git commit -s` to add the Signed-off-by line.')).commit.signOff, 'required');
  });
});

describe('review 8: area prefixes, types and base branch (e436e1f, c492119, 71d5c8f)', () => {
  for (const [why, prose] of [
    ['platform notes listed as "Windows: ..."', '## Setup\n\nA few platform notes, for example:\n\n- Windows: use `py` instead of `python`.\n- macOS: install the compiler with `xcode-select --install`.\n- Linux: install `build-essential`.'],
    ['a quoted error message format', '## Code style\n\nError messages should name the component first, for example: "config: missing key `name`".'],
    ['a quoted test summary', '## Testing\n\nRun `make test`. At the end you should see a summary such as "tests: 120 passed, 0 failed".'],
    ['FAQ topics listed with colons', '## FAQ\n\nExamples of questions we get often:\n\n- Install: pip fails on Windows\n- Usage: how do I pass options?'],
  ]) {
    it(`no convention from ${why}`, async () => assert.equal((await of(prose)).commit.convention, null));
  }
  // was a finding, fixed in extract/commitConvention.ts (the form of log lines or issue titles is no commit convention).
  it('no convention from a log-line format `<module>: <message>`', async () => {
    assert.equal((await of('## Logging\n\nLog lines use the form `<module>: <message>`, for example `cache: evicted 12 entries`.')).commit.convention, null);
  });
  it('everyday: subsystem followed by a colon', async () => {
    assert.equal((await of('## Commit messages\n\nPrefix the subject with the subsystem you changed followed by a colon, e.g. `net: fix socket leak`.')).commit.convention, 'area-prefix');
  });
  it('everyday: example subjects listed without code spans', async () => {
    assert.equal((await of('## Commit messages\n\nGood commit subjects look like this:\n\n- parser: accept trailing commas\n- docs: fix the install link\n- cli: add --quiet flag')).commit.convention, 'area-prefix');
  });
  it('issue labels are no commit types', async () => {
    assert.equal((await of('## Triage\n\nMaintainers label issues with one of: `bug`, `feature`, `docs`, `question`.')).commit.types, null);
  });
  it('release-notes sections are no commit types', async () => {
    assert.equal((await of('## Release notes\n\nThe release notes have sections Features, Fixes, Docs and Chores, filled in by the release manager from the PR labels.')).commit.types, null);
  });
  it('everyday: "The type is one of ..."', async () => {
    assert.deepEqual((await of('## Commit messages\n\nWe use Conventional Commits. The type is one of `feat`, `fix`, `docs`, `refactor`, `test` or `chore`.')).commit.types, ['feat', 'fix', 'docs', 'refactor', 'test', 'chore']);
  });
  for (const [why, prose] of [
    ['an interactive rebase of the last commits', '## Commits\n\nSquash your work into one commit with `git rebase -i HEAD~3` before you push.'],
    ['the gh-pages branch PRs must not target', '## Documentation\n\nThe built site lives on the `gh-pages` branch; do not open pull requests against it, the docs build publishes it.'],
    ['a maintainers\' merge into stable', '## Releasing (maintainers)\n\n```sh\ngit checkout stable\ngit merge main\ngit push origin stable\n```'],
    ['users cloning the stable branch', '## Installing the latest release\n\nUsers who want the latest release should build from the `stable` branch:\n\n```sh\ngit clone -b stable https://example.org/proj.git\n```'],
  ]) {
    it(`no base branch from ${why}`, async () => assert.equal((await of(prose)).baseBranch, null));
  }
  // was a finding, fixed in extract/baseBranch.ts (a new branch named as the remote branch it starts from only tracks it).
  it('no base branch from checking out a development branch in install docs', async () => {
    assert.equal((await of('## Installation\n\nTo try the development version:\n\n```sh\ngit clone https://example.org/proj.git\ncd proj\ngit checkout -b next origin/next\npip install .\n```')).baseBranch, null);
  });
  it('everyday: "Your change will be rebased onto `develop`"', async () => {
    assert.equal((await of('## Pull requests\n\nOpen pull requests against `develop`. Your change will be rebased onto `develop` when merged.')).baseBranch, 'develop');
  });
});

describe('review 8: commands named in a clause of checking or fixing (efa4e09)', () => {
  for (const [why, prose] of [
    ['a signature verified in install docs', '## Installing\n\nDownload the tarball. The release artefacts can be verified using `gpg --verify proj-1.2.tar.gz.sig`.'],
    ['a broken build "fixed with" a reinstall in troubleshooting', '## Troubleshooting\n\nIf the build fails after pulling, it can usually be fixed with `rm -rf node_modules && npm install`.'],
    ['a version "checked with"', '## Troubleshooting\n\nYou can check your installed version with `proj --version`.'],
    ['a PR status "checked with" gh', '## Pull requests\n\nYour PR status can be checked with `gh pr checks`.'],
  ]) {
    it(`no step from ${why}`, async () => assert.deepEqual(cmds(await of(prose)), { setup: [], test: [], lint: [] }));
  }
  it('everyday: "Types are checked with `mypy src`, and formatting can be fixed with `ruff format .`"', async () => {
    assert.deepEqual(cmds(await of('## Type checking\n\nTypes are checked with `mypy src`, and formatting can be fixed with `ruff format .`.')).lint, ['mypy src', 'ruff format .']);
  });
});

describe('review 8: no-step runs (9b87a07, 2d745f3, eae3eec, 575ef17, ef6563b, 8ebec2a)', () => {
  it('`make help` in the block itself is dropped, `make test` kept', async () => {
    assert.deepEqual(cmds(await of('## Development\n\n```sh\nmake help   # list targets\nmake test\n```')).test, ['make test']);
  });
  it('a printed npm setting is no step', async () => {
    assert.deepEqual(cmds(await of('## Setup\n\n```sh\nnpm ci\nnpm config get prefix\n```')).setup, ['npm ci']);
  });
  it('cleaning one crate is no step', async () => {
    assert.deepEqual(cmds(await of('## Building\n\n```sh\ncargo build\ncargo clean -p mycrate\n```')).setup, ['cargo build']);
  });
  it('opening a Rails console is no step, the tests are', async () => {
    assert.deepEqual(cmds(await of('## Development\n\n```sh\nbundle install\nbin/rails db:setup\nbin/rails console\nbin/rails test\n```')), { setup: ['bundle install', 'bin/rails db:setup'], test: ['bin/rails test'], lint: [] });
  });
  it('opening a Django shell is no step', async () => {
    assert.deepEqual(cmds(await of('## Development\n\n```sh\npip install -r requirements.txt\npython manage.py shell\n```')).setup, ['pip install -r requirements.txt']);
  });
  it('a script that updates expected outputs is no step', async () => {
    assert.deepEqual(cmds(await of('## Tests\n\n```sh\nnpm test\n```\n\nIf you changed the output format, update the expected outputs with `node scripts/update-fixtures.js`.')), { setup: [], test: ['npm test'], lint: [] });
  });
  it('a maintainers\' Maven deploy is no step; `mvn -B verify` tests', async () => {
    assert.deepEqual(cmds(await of('## Building\n\n```sh\nmvn -B verify\n```\n\n## Releasing (maintainers)\n\n```sh\nmvn -P release deploy\n```')), { setup: [], test: ['mvn -B verify'], lint: [] });
  });
  it('updating pinned dependencies and uninstalling are no steps', async () => {
    assert.deepEqual(cmds(await of('## Setup\n\n```sh\npip install -r requirements-dev.txt\n```\n\n## Updating dependencies\n\n```sh\npip-compile requirements-dev.in\n```\n\n## Uninstalling\n\n```sh\npip uninstall mytool\n```')).setup, ['pip install -r requirements-dev.txt']);
  });
  it('an interactive REPL example in usage docs is no test', async () => {
    assert.deepEqual(cmds(await of('## Usage\n\n```python\n>>> import mylib\n>>> mylib.test_connection("db.example.org")\nTrue\n```')), { setup: [], test: [], lint: [] });
  });
  it('everyday: `devtools::test()` in an R session', async () => {
    assert.deepEqual(cmds(await of('## Testing\n\nIn an R session at the package root, run `devtools::test()`, and `lintr::lint_package()` for the lints.')).test, ['devtools::test()']);
  });
  it('everyday: R CMD build then R CMD check', async () => {
    assert.deepEqual(cmds(await of('## Checks\n\n```sh\nR CMD build .\nR CMD check mypkg_*.tar.gz\n```')), { setup: ['R CMD build .'], test: ['R CMD check mypkg_*.tar.gz'], lint: [] });
  });
});

describe('review 8: setup by its own words (cd4f54e, 52d1d70, 606e72e)', () => {
  it('a deploy section copying an env file gives no step', async () => {
    assert.deepEqual(cmds(await of('## Deploying (maintainers)\n\n```sh\ncp .env.example .env.production\n./deploy.sh\n```')), { setup: [], test: [], lint: [] });
  });
  it('an Environment variables section gives no setup step', async () => {
    assert.deepEqual(cmds(await of('## Environment variables\n\nThe test suite reads `DATABASE_URL`:\n\n```sh\nexport DATABASE_URL=postgres://localhost/test\n```')).setup, []);
  });
  it('a hook linked into .git/hooks is setup', async () => {
    assert.deepEqual(cmds(await of('## Git hooks\n\n```sh\nln -s ../../scripts/pre-push .git/hooks/pre-push\n```')).setup, ['ln -s ../../scripts/pre-push .git/hooks/pre-push']);
  });
  it('a hooks task is setup', async () => {
    assert.deepEqual(cmds(await of('## Setup\n\n```sh\nnpm ci\nmake install-hooks\n```')).setup, ['npm ci', 'make install-hooks']);
  });
});

describe('review 8: runs, options and phases (63ade3a, 33f902c, b5e2f5e, 80f2a84, 9b87a07, 2e4c56c)', () => {
  it('"To run all tests matching a keyword" narrows its line', async () => {
    assert.deepEqual(cmds(await of('## Tests\n\n```\npytest\n```\n\nTo run all tests matching a keyword:\n\n```\npytest -k parser\n```')).test, ['pytest']);
  });
  it('"Alternatively, you can run them in parallel" keeps its line', async () => {
    assert.deepEqual(cmds(await of('## Tests\n\nRun the tests with:\n\n```sh\npytest\n```\n\nAlternatively, you can run them in parallel:\n\n```sh\npytest -n auto\n```')).test, ['pytest', 'pytest -n auto']);
  });
  // was a finding, fixed in extract/commandsFiltered.ts and commandClassify.ts (a framework's command script given `test`).
  it('`python manage.py test` runs the tests', async () => {
    assert.deepEqual(cmds(await of('## Tests\n\n```bash\npython manage.py test\n```')).test, ['python manage.py test']);
    assert.deepEqual(cmds(await of('## Testing\n\nRun the tests with:\n\n```\npython manage.py test\n```')).test, ['python manage.py test']);
  });
  it('installing bats is no test; `bats test/` is', async () => {
    assert.deepEqual(cmds(await of('## Setup\n\nThe shell tests need bats. Install it with `brew install bats-core`.\n\n## Tests\n\n```sh\nbats test/\n```')).test, ['bats test/']);
  });
  it('a release build is setup; a pedantic clippy run lints', async () => {
    assert.deepEqual(cmds(await of('## Building\n\n```sh\ncargo build --release\n```\n\n## Lints\n\n```sh\ncargo clippy -- -D clippy::pedantic\n```')), { setup: ['cargo build --release'], test: [], lint: ['cargo clippy -- -D clippy::pedantic'] });
  });
  it('a build with a CI setting stays a build', async () => {
    assert.deepEqual(cmds(await of('## Building\n\n```sh\nCI=true npm run build\n```')), { setup: ['CI=true npm run build'], test: [], lint: [] });
  });
  it('`make check` after configure and make tests', async () => {
    assert.deepEqual(cmds(await of('## Building\n\n```sh\n./configure\nmake\nmake check\n```')).test, ['make check']);
  });
  it('`make check` said to run the style checkers lints', async () => {
    assert.deepEqual(cmds(await of('## Code style\n\nRun `make check` to run the style checkers.')).lint, ['make check']);
  });
  // was a finding, fixed in extract/commandsSeries.ts (a short purpose of the first span still joins a series).
  it('"Run `make format` to format, `make lint` to check" takes both', async () => {
    assert.deepEqual(cmds(await of('## Style\n\nWe use `black` and `isort`. Run `make format` to format, `make lint` to check.')).lint, ['make format', 'make lint']);
  });
  // was a finding, fixed in extract/commandsInline.ts (a tool Onramp does not know, listed after a step, is run too).
  it('"Run `go vet ./...` and `staticcheck ./...`" takes both', async () => {
    assert.deepEqual(cmds(await of('Run `go vet ./...` and `staticcheck ./...` before sending a change.')).lint, ['go vet ./...', 'staticcheck ./...']);
  });
  // was a finding, fixed in extract/commandLine.ts (git clang-format is a lint step).
  it('`git clang-format origin/main` under Formatting is lint', async () => {
    assert.deepEqual(cmds(await of('## Formatting\n\nAll C++ code is formatted with clang-format 17. Run:\n\n```sh\ngit clang-format origin/main\n```')).lint, ['git clang-format origin/main']);
  });
});

describe('review 8: checklists framed or not (8ee0602, d5332f3, cbac5f5, 5a0009b, 7109dd8, 34fd925, 6890cbb, 55f1d39, e931b27)', () => {
  const none: Array<[string, Record<string, string>]> = [
    ['a before-you-submit list under security reports', guide('## Reporting security issues\n\nBefore you submit a report:\n\n- Check that it reproduces on the latest release.\n- Include the affected versions.')],
    ['a before-you-submit list under a "Found a bug?" heading', guide('## Found a bug?\n\nBefore you submit:\n\n- Search the existing issues.\n- Try the latest release.')],
    ['a "Before pushing a release tag (maintainers)" list', guide('## Before pushing a release tag (maintainers)\n\n- Bump the version in `Cargo.toml`.\n- Update the release date in the changelog.')],
    ['a list for reviewers', guide('## For reviewers\n\nWhen you review, check that:\n\n- The change has tests.\n- The docs are updated.')],
    ['system requirements under "Pull requests / Requirements"', guide('## Pull requests\n\n### Requirements\n\n- Python 3.10 or newer\n- Node.js 18\n- A C compiler')],
    ['rules for code under "Code guidelines"', guide('## Code guidelines\n\nFollow these rules for code:\n\n- Use four spaces.\n- No wildcard imports.')],
    ['Step N paragraphs of an install', guide('## Installing\n\nStep 1: Download the installer.\n\nStep 2: Run it and follow the prompts.\n\nStep 3: Restart your shell.')],
  ];
  for (const [why, files] of none) it(`no checklist from ${why}`, async () => assert.deepEqual(checklist(await factsOf(files)), []));

  it('everyday: "Before you submit:" under "Submitting a pull request"', async () => {
    assert.deepEqual(checklist(await of('## Submitting a pull request\n\nBefore you submit:\n\n- Run the test suite.\n- Update the documentation.')), ['Run the test suite.', 'Update the documentation.']);
  });
  it('everyday: a "Pre-submission checklist" heading', async () => {
    assert.deepEqual(checklist(await of('## Pre-submission checklist\n\n- Tests pass locally.\n- New code has tests.')), ['Tests pass locally.', 'New code has tests.']);
  });
  it('a list before asking for review under a heading about review is the author\'s', async () => {
    const items = checklist(await of('## Getting your PR reviewed\n\nBefore asking for a review, make sure that:\n\n- The tests pass.\n- The PR description explains why.'));
    assert.deepEqual(items, ['The tests pass.', 'The PR description explains why.']);
  });
  it('"Requirements" of a pull-request section that ask things is a checklist', async () => {
    assert.deepEqual(checklist(await of('## Pull requests\n\n### Requirements\n\n- Every PR needs a test.\n- Keep each PR to one topic.')), ['Every PR needs a test.', 'Keep each PR to one topic.']);
  });
  it('author boxes that name a maintainer or a reviewer are still the author\'s', async () => {
    assert.deepEqual(checklist(await factsOf(template("## Checklist\n\n- [ ] I have added tests\n- [ ] I have pinged a maintainer for review\n- [ ] I applied the reviewer's suggestions\n"))), ['I have added tests', 'I have pinged a maintainer for review', "I applied the reviewer's suggestions"]);
  });
  it('boxes under "For maintainers" are left out', async () => {
    assert.deepEqual(checklist(await factsOf(template('## Checklist\n\n- [ ] I have added tests\n\n## For maintainers\n\n- [ ] Milestone set\n- [ ] Labels applied\n'))), ['I have added tests']);
  });
  it('a list of commit-message rules is no checklist', async () => {
    assert.deepEqual(checklist(await of('## Commit messages\n\n- Use the imperative mood.\n- Keep the subject under 50 characters.')), []);
  });
  it('a heading on commits and pull requests with "Before you open a PR:" is a checklist', async () => {
    assert.deepEqual(checklist(await of('## Commits and pull requests\n\nBefore you open a PR:\n\n- Run the tests.\n- Squash fixup commits.')), ['Run the tests.', 'Squash fixup commits.']);
  });
  it('"Got a patch?" with "Before you send it:"', async () => {
    assert.deepEqual(checklist(await of('## Got a patch?\n\nBefore you send it:\n\n- Run `make check`.\n- Add yourself to AUTHORS.')), ['Run `make check`.', 'Add yourself to AUTHORS.']);
  });
  it('Step N paragraphs up to the step that opens the PR', async () => {
    assert.deepEqual(checklist(await of('## Submitting changes\n\nStep 1: Run `make test` and make sure it passes.\n\nStep 2: Update `CHANGELOG.md`.\n\nStep 3: Open the pull request.')), ['Run `make test` and make sure it passes.', 'Update `CHANGELOG.md`.']);
  });
  it('template items with a plain label before "please"', async () => {
    assert.deepEqual(checklist(await factsOf(template('## Checklist\n\n- [ ] Tests: please add or update tests.\n- [ ] Docs: please update the docs if behaviour changed.\n'))), ['Tests: please add or update tests.', 'Docs: please update the docs if behaviour changed.']);
  });
  it('a lead-in naming "these guidelines" before sending is still a checklist', async () => {
    assert.deepEqual(checklist(await of('## Pull requests\n\nBefore submitting, please check your change against these guidelines:\n\n- The test suite passes.\n- The linter reports nothing new.')), ['The test suite passes.', 'The linter reports nothing new.']);
  });
});

describe('review 8: ordinary guides, every fact and command', () => {
  it('a Rust crate', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': RUST });
    assert.deepEqual(cmds(f), { setup: ['cargo build'], test: ['cargo test --all-features'], lint: ['cargo fmt --all -- --check', 'cargo clippy --all-targets --all-features -- -D warnings'] });
    assert.equal(f.baseBranch, 'main');
    assert.equal(f.discussFirst, true);
    assert.deepEqual([f.changelog.required, f.changelog.how], [true, 'changelog-file']);
    assert.deepEqual([f.commit.convention, f.commit.subjectMaxLength, f.commit.signOff, f.claRequired, f.branchNaming], [null, null, null, null, null]);
    assert.deepEqual(checklist(f), []);
  });

  it('a Python package with tox, pre-commit and towncrier', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': TOX });
    const c = cmds(f);
    assert.deepEqual(c.setup, ['python -m venv .venv', 'source .venv/bin/activate', 'python -m pip install -e ".[dev]"', 'pre-commit install']);
    assert.deepEqual(c.test, ['tox', 'pytest tests/']);
    assert.ok(c.lint.includes('pre-commit run --all-files'), JSON.stringify(c.lint));
    assert.deepEqual([f.commit.convention, f.commit.subjectMaxLength], ['free-form-rules', 72]);
    assert.deepEqual([f.changelog.required, f.changelog.how], [true, 'changelog-folder']);
    assert.equal(f.discussFirst, null);
  });

  it('a Go module (facts)', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': GO });
    assert.deepEqual([f.commit.convention, f.commit.subjectMaxLength, f.claRequired, f.discussFirst], ['area-prefix', 76, false, true]);
    const c = cmds(f);
    assert.deepEqual(c.setup, ['go build ./...']);
    assert.deepEqual(c.test, ['go test ./...', 'go test -race ./...']);
  });
  // was a finding, fixed in extract/commandsInline.ts (an unknown tool listed after a step).
  it('a Go module (lint)', async () => {
    assert.deepEqual(cmds(await factsOf({ 'CONTRIBUTING.md': GO })).lint, ['go vet ./...', 'staticcheck ./...', 'gofmt -s -w .']);
  });

  it('a Node monorepo with pnpm and changesets', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': PNPM });
    // (`corepack enable`, named as the way to install pnpm, is that prerequisite's step: session 22, after five of five
    // blind-labelled projects counted it.)
    assert.deepEqual(cmds(f), { setup: ['corepack enable', 'pnpm install', 'pnpm -r build'], test: ['pnpm test'], lint: ['pnpm lint', 'pnpm typecheck'] });
    assert.deepEqual([f.commit.convention, f.commit.types], ['conventional', ['feat', 'fix', 'docs', 'chore', 'refactor', 'test', 'perf', 'ci']]);
    assert.deepEqual([f.changelog.required, f.changelog.how], [true, 'changesets']);
    assert.equal(f.branchNaming, null);
    assert.equal(f.baseBranch, 'main');
  });

  it('a Java/Gradle project with a CLA and a develop branch', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': GRADLE });
    const c = cmds(f);
    assert.deepEqual(c.setup, ['./gradlew build', 'gradlew.bat build']);
    assert.ok(c.test.includes('./gradlew test'), JSON.stringify(c));
    assert.ok(c.lint.includes('./gradlew spotlessApply'), JSON.stringify(c));
    assert.deepEqual([f.baseBranch, f.claRequired], ['develop', true]);
    assert.deepEqual(checklist(f), ['The build passes: `./gradlew check`', 'New public API has Javadoc', 'You added yourself to `CONTRIBUTORS.txt`']);
  });

  it('a patch-by-mail C project (plain text guide)', async () => {
    for (const name of ['CONTRIBUTING.txt', 'CONTRIBUTING.md']) {
      const f = await factsOf({ [name]: MAIL });
      assert.deepEqual(cmds(f), { setup: ['./autogen.sh', './configure', 'make'], test: ['make check'], lint: [] }, name);
      assert.deepEqual([f.acceptsPullRequests, f.baseBranch, f.commit.convention, f.commit.signOff, f.commit.subjectMaxLength], [false, 'master', 'area-prefix', 'required', null], name);
    }
  });

  it('an rST Sphinx guide (facts)', async () => {
    const f = await factsOf({ 'CONTRIBUTING.rst': SPHINX });
    assert.deepEqual([f.baseBranch, f.changelog.required, f.changelog.how], ['main', true, 'changelog-file']);
    assert.equal(f.guideIsPointerOnly, false);
    assert.ok(cmds(f).setup.includes('pip install -e .[test]'));
  });

  it('an AsciiDoc guide with Maven and JIRA keys', async () => {
    const f = await factsOf({ 'CONTRIBUTING.adoc': ASCIIDOC });
    const c = cmds(f);
    assert.deepEqual(c.setup, ['mvn -B install -DskipTests']);
    assert.deepEqual(c.test, ['mvn -B verify', 'mvn -B verify -Pit']);
    assert.deepEqual([f.baseBranch, f.commit.convention, f.commit.subjectMaxLength], ['main', 'area-prefix', 70]);
    assert.equal(checklist(f).length, 3);
  });

  it('a Django app (facts)', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': DJANGO });
    assert.deepEqual([f.baseBranch, f.branchNaming], ['dev', 'issue-<number>-<short-description>']);
    assert.equal(f.commit.convention, null);
  });

  it('a CMake project with a maintainers\' release section (facts)', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': CMAKE });
    const c = cmds(f);
    assert.deepEqual(c.setup, ['cmake -S . -B build -DCMAKE_BUILD_TYPE=Debug', 'cmake --build build -j']);
    assert.deepEqual(c.test, ['ctest --test-dir build --output-on-failure']);
    assert.deepEqual([f.commit.subjectMaxLength, f.changelog.required, f.discussFirst, f.branchNaming], [60, null, null, null]);
  });
  // was a finding, fixed in extract/commandLine.ts (git clang-format).
  it('a CMake project (lint)', async () => {
    assert.deepEqual(cmds(await factsOf({ 'CONTRIBUTING.md': CMAKE })).lint, ['git clang-format origin/main']);
  });
});

describe('review 8: second pass, steps that are no steps', () => {
  // was a finding, fixed in extract/commandLine.ts (a word before `>` is a language console's prompt, not a shell's).
  it('`pkg> test` typed in Julia\'s package REPL is no shell command `test`', async () => {
    const c = cmds(await of('## Testing\n\nIn the Julia REPL, press `]` and run:\n\n```\npkg> test\n```'));
    assert.ok(!c.test.includes('test'), JSON.stringify(c));
  });
  it('a Windows PowerShell prompt is stripped', async () => {
    assert.deepEqual(cmds(await of('## Setup (Windows)\n\n```\nPS C:\\src\\proj> .\\scripts\\bootstrap.ps1\nPS C:\\src\\proj> .\\build.cmd test\n```')), { setup: ['.\\scripts\\bootstrap.ps1'], test: ['.\\build.cmd test'], lint: [] });
  });
  it('a bracketed shell prompt is stripped', async () => {
    assert.deepEqual(cmds(await of('## Setup\n\n```\n[user@host proj]$ make deps\n[user@host proj]$ make test\n```')), { setup: ['make deps'], test: ['make test'], lint: [] });
  });
  it('SQL typed at a database prompt is no step', async () => {
    assert.deepEqual(cmds(await of("## Setup\n\nCreate the test database:\n\n```\n$ mysql -u root\nmysql> CREATE DATABASE app_test;\n```")), { setup: [], test: [], lint: [] });
  });
  it('past-tense template boxes run their commands', async () => {
    assert.deepEqual(cmds(await factsOf(template('## Checklist\n\n- [ ] Ran `npm test`\n- [ ] Ran `npm run lint`\n'))), { setup: [], test: ['npm test'], lint: ['npm run lint'] });
  });
  it('`julia --project -e "using Pkg; Pkg.test()"` tests', async () => {
    assert.deepEqual(cmds(await of('## Testing\n\n```sh\njulia --project -e "using Pkg; Pkg.test()"\n```')).test, ['julia --project -e "using Pkg; Pkg.test()"']);
  });
});

describe('review 8: second pass, template sections that are not the author\'s still set facts', () => {
  it('a box for reviewers about the changelog entry sets nothing', async () => {
    assert.equal((await factsOf(template('## Checklist\n\n- [ ] Tests added\n\n## For reviewers\n\n- [ ] The changelog entry reads well\n'))).changelog.required, null);
  });
  // was a finding, fixed in readGuide.ts (no fact is read from a template section that is not the author's).
  it('a changelog box under "Maintainer checklist" or "After merging" asks nothing of the author', async () => {
    assert.notEqual((await factsOf(template('## Checklist\n\n- [ ] Tests added\n\n## Maintainer checklist\n\n- [ ] Entry in CHANGES.rst\n'))).changelog.required, true);
    assert.notEqual((await factsOf(template('## Checklist\n\n- [ ] Tests added\n\n## After merging\n\n- [ ] Add the change to CHANGELOG.md\n'))).changelog.required, true);
  });
  // was a finding, fixed in readGuide.ts (no fact is read from a template section that is not the author's).
  it('a discussed-first box under "For maintainers" asks nothing of the author', async () => {
    assert.notEqual((await factsOf(template('## Checklist\n\n- [ ] Tests added\n\n## For maintainers\n\n- [ ] The change was discussed in an issue first\n'))).discussFirst, true);
  });
  it('a signed-off box under "For maintainers" sets no sign-off', async () => {
    assert.equal((await factsOf(template('## Checklist\n\n- [ ] Tests added\n\n## For maintainers\n\n- [ ] All commits are signed off\n'))).commit.signOff, null);
  });
});

describe('review 8: second pass, facts from words elsewhere', () => {
  for (const [why, prose] of [
    ['no GitHub Discussions', '## Questions\n\nWe do not use GitHub Discussions; please ask questions on the forum.\n\n## Pull requests\n\nPRs are welcome.'],
    ['no GitHub issues for support', 'We do not use GitHub issues for support questions. Use Stack Overflow instead.'],
    ['no GitHub releases', '## Releases\n\nWe do not use GitHub releases; tarballs are on our download server.'],
  ]) {
    it(`pull requests not refused by ${why}`, async () => assert.notEqual((await of(prose)).acceptsPullRequests, false));
  }
  for (const [why, prose] of [
    ['a [WIP] title prefix', '## Pull requests\n\nPrefix the PR title with `[WIP]` while you are still working on it.'],
    ['a [skip ci] marker', '## CI\n\nAdd `[skip ci]` to the commit message for docs-only changes.'],
  ]) {
    it(`no area prefix from ${why}`, async () => assert.notEqual((await of(prose)).commit.convention, 'area-prefix'));
  }
  it('issue types are no commit types', async () => assert.equal((await of('## Issues\n\nThe issue type is one of bug, feature, question or docs.')).commit.types, null));
  it('a maintainers\' merge of upstream/gh-pages names no base', async () => {
    assert.equal((await of('## Website (maintainers)\n\n```sh\ngit fetch upstream\ngit merge upstream/gh-pages\n```')).baseBranch, null);
  });
  it('a maintainers\' pull --rebase of a release branch names no base', async () => {
    assert.equal((await of('## Backports (maintainers)\n\n```sh\ngit pull --rebase origin release-1.2\n```')).baseBranch, null);
  });
  it('everyday: patches made from origin/devel', async () => assert.equal((await of('## Patches\n\n```sh\ngit format-patch origin/devel\n```')).baseBranch, 'devel'));
  it('only breaking changes needing a note is not a changelog ask', async () => {
    assert.notEqual((await of('## Changelog\n\nOnly breaking changes need a note in CHANGELOG.md.')).changelog.required, true);
  });
  it('"wrap the body at 72" is no subject limit; subject 50 is', async () => {
    assert.equal((await of('## Commit messages\n\nWrap the body of the commit message at 72 characters.')).commit.subjectMaxLength, null);
    assert.equal((await of('## Commit messages\n\nKeep the subject line under 50 characters and wrap the body at 72.')).commit.subjectMaxLength, 50);
  });
  it('no CLA but a DCO sign-off', async () => {
    const f = await of('## Legal\n\nWe do not require a CLA, but every commit needs a DCO sign-off (`git commit -s`).');
    assert.deepEqual([f.claRequired, f.commit.signOff], [false, 'required']);
  });
  for (const [why, prose] of [
    ['"start by opening an issue" to report a bug', '## Reporting a bug\n\nStart by opening an issue with a minimal reproduction.'],
    ['thanks in advance', 'Thanks in advance for your help!'],
    ['an RFC for governance changes by the core team', '## Governance\n\nThe core team goes through an RFC for every change to the governance model.'],
  ]) {
    it(`no discuss-first from ${why}`, async () => assert.notEqual((await of(prose)).discussFirst, true));
  }
});

describe('review 8: second pass, four more ordinary guides', () => {
  it('a Ruby gem in the classic "Fork, then clone" style', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': RUBY });
    assert.deepEqual(cmds(f), { setup: ['bin/setup'], test: ['bundle exec rake', 'bundle exec rspec'], lint: ['bundle exec rubocop -a'] });
    assert.deepEqual([f.baseBranch, f.discussFirst, f.changelog.required, f.claRequired, f.branchNaming], [null, null, null, null, null]);
  });
  it('a PHP Composer package (setup and tests)', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': PHP });
    const c = cmds(f);
    assert.deepEqual([c.setup, c.test], [['composer install'], ['composer test']]);
    assert.ok(c.lint.includes('vendor/bin/phpstan analyse'));
    assert.deepEqual([f.changelog.required, f.discussFirst, f.commit.convention], [null, null, null]);
  });
  it('a .NET library with an API-proposal rule and a CLA', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': DOTNET });
    assert.deepEqual(cmds(f), { setup: ['dotnet restore', 'dotnet build -c Release'], test: ['dotnet test'], lint: ['dotnet format --verify-no-changes'] });
    assert.deepEqual([f.baseBranch, f.discussFirst, f.claRequired, f.commit.subjectMaxLength], ['main', true, true, 72]);
  });
  it('an Elixir project with a generated changelog', async () => {
    const f = await factsOf({ 'CONTRIBUTING.md': ELIXIR });
    const c = cmds(f);
    assert.deepEqual(c.test, ['mix test']);
    assert.deepEqual(c.lint, ['mix format --check-formatted', 'mix credo --strict']);
    assert.ok(c.setup.includes('mix deps.get'));
    assert.deepEqual([f.commit.convention, f.commit.types, f.changelog.required, f.branchNaming, f.baseBranch], ['conventional', ['fix', 'feat', 'docs', 'refactor', 'test', 'chore'], false, '<your-handle>/<topic>', 'main']);
  });
});

describe('review 8: third pass, common templates and wordings', () => {
  it('numbered "How to test" steps for the reviewer are no checklist', async () => {
    assert.deepEqual(checklist(await factsOf(template('## Description\n\n## How to test\n\n1. Open the settings page.\n2. Click Save.\n3. See the toast.\n\n## Checklist\n\n- [ ] Tests added\n'))), ['Tests added']);
  });
  it('boxes in an issue template are no checklist', async () => {
    assert.deepEqual(checklist(await factsOf({ 'CONTRIBUTING.md': '# Contributing\n\nThanks.\n', '.github/ISSUE_TEMPLATE/bug_report.md': '---\nname: Bug report\n---\n\n- [ ] I searched existing issues\n- [ ] I am on the latest version\n' })), []);
  });
  // was a finding, fixed in extract/cla.ts (a past requirement, or someone else's, is not this project's).
  it('a CLA required elsewhere or in the past is no CLA asked', async () => {
    assert.notEqual((await of('## Legal\n\nThis project started as a fork of another library that required a CLA. We do not.')).claRequired, true);
    assert.notEqual((await of('## Legal\n\nWe used to require a CLA, but since 2021 contributions are accepted under the DCO instead.')).claRequired, true);
  });
  for (const [why, prose] of [
    ['no pull requests for translations', '## Translations\n\nWe do not accept pull requests for translations; please use Weblate instead.\n\n## Code\n\nRun `npm test` before you send a change.'],
    ['no pull requests against release branches', '## Branches\n\nDo not open pull requests against the release branches.'],
  ]) {
    it(`pull requests not refused by ${why}`, async () => assert.notEqual((await of(prose)).acceptsPullRequests, false));
  }
  it('a security report mailed first is no discuss-first', async () => {
    assert.notEqual((await of('## Security\n\nPlease email security@example.org first rather than opening a public issue.')).discussFirst, true);
  });
  it('semantic versioning and Keep a Changelog are no commit convention', async () => {
    assert.equal((await of('## Versioning\n\nWe use Semantic Versioning for releases.')).commit.convention, null);
    assert.equal((await of('## Changelog\n\nThe changelog follows Keep a Changelog and is written by the maintainers.')).commit.convention, null);
  });
  it('an optional `git commit -s` is no required sign-off', async () => {
    assert.notEqual((await of('## Commits\n\nSigning off your commits with `git commit -s` is optional.')).commit.signOff, 'required');
  });
  it('benchmarks, docs builds, commit examples, publishing and gh pr create are no steps', async () => {
    assert.deepEqual(cmds(await of('## Tests\n\n```\ncargo test\n```\n\n## Benchmarks\n\n```\ncargo bench\n```')), { setup: [], test: ['cargo test'], lint: [] });
    for (const prose of ['## Documentation\n\n```\nmake docs\n```', '## Commits\n\n```\ngit commit -m "fix: handle empty input"\n```', '## Releasing\n\n```\nnpm version patch\nnpm publish\n```', '## Opening a PR\n\n```\ngit push -u origin my-branch\ngh pr create --fill\n```']) {
      assert.deepEqual(cmds(await of(prose)), { setup: [], test: [], lint: [] }, prose);
    }
  });
});

describe('review 8: fourth pass, task runners, markups and linked docs', () => {
  const cases: Array<[string, string, { setup: string[]; test: string[]; lint: string[] }]> = [
    ['nox sessions', '## Development\n\n```console\n$ nox -s tests\n$ nox -s lint\n$ nox -s docs\n```', { setup: [], test: ['nox -s tests'], lint: ['nox -s lint'] }],
    ['uv', '## Setup\n\n```sh\nuv sync --all-extras\nuv run pytest\nuv run ruff check .\n```', { setup: ['uv sync --all-extras'], test: ['uv run pytest'], lint: ['uv run ruff check .'] }],
    ['poetry', '## Setup\n\n```sh\npoetry install --with dev\npoetry run pytest\npoetry run mypy .\n```', { setup: ['poetry install --with dev'], test: ['poetry run pytest'], lint: ['poetry run mypy .'] }],
    ['nix and meson', '## Dev shell\n\n```sh\nnix develop\nmeson setup build\nmeson test -C build\n```', { setup: ['nix develop', 'meson setup build'], test: ['meson test -C build'], lint: [] }],
    ['bazel, one target left out', '## Building\n\n```sh\nbazel build //...\nbazel test //...\n```\n\nTo run one test: `bazel test //pkg/foo:foo_test`.', { setup: ['bazel build //...'], test: ['bazel test //...'], lint: [] }],
    ['just, its task list left out', '## Tasks\n\nWe use `just`:\n\n```sh\njust setup\njust test\njust lint\njust --list\n```', { setup: ['just setup'], test: ['just test'], lint: ['just lint'] }],
    ['deno', '## Development\n\n```sh\ndeno task test\ndeno fmt --check\ndeno lint\n```', { setup: [], test: ['deno task test'], lint: ['deno fmt --check', 'deno lint'] }],
    ['flutter', '## Setup\n\n```sh\nflutter pub get\nflutter analyze\nflutter test\n```', { setup: ['flutter pub get'], test: ['flutter test'], lint: ['flutter analyze'] }],
  ];
  for (const [name, prose, expected] of cases) it(name, async () => assert.deepEqual(cmds(await of(prose)), expected));

  it('Gerrit: the commit-msg hook is setup and refs/for/master names the base', async () => {
    const f = await of('## Submitting changes\n\nWe use Gerrit. Install the commit-msg hook so every commit gets a Change-Id:\n\n```sh\ncurl -Lo .git/hooks/commit-msg https://review.example.org/tools/hooks/commit-msg\nchmod +x .git/hooks/commit-msg\n```\n\nThen push for review:\n\n```sh\ngit push origin HEAD:refs/for/master\n```');
    assert.equal(f.baseBranch, 'master');
    assert.equal(cmds(f).setup.length, 2);
  });
  it('rST: a console block with prompts, inline literals and a field list', async () => {
    const rst = (s: string) => factsOf({ 'CONTRIBUTING.rst': `Contributing\n============\n\n${s}\n` });
    assert.deepEqual(cmds(await rst('Testing\n-------\n\n.. code-block:: console\n\n    $ python -m pip install -e .[test]\n    $ python -m pytest\n')), { setup: ['python -m pip install -e .[test]'], test: ['python -m pytest'], lint: [] });
    assert.deepEqual(cmds(await rst('Testing\n-------\n\nRun ``tox`` before you open a pull request. Lint with ``tox -e lint``.\n')), { setup: [], test: ['tox'], lint: ['tox -e lint'] });
    assert.equal((await rst('Commit messages\n---------------\n\nStart the summary with the module name and a colon, e.g. ``io: fix reading empty files``.\n')).commit.convention, 'area-prefix');
  });
  it('AsciiDoc: a console block and a NOTE admonition', async () => {
    assert.deepEqual(cmds(await factsOf({ 'CONTRIBUTING.adoc': '= Contributing\n\n== Testing\n\n[source,console]\n----\n$ ./mvnw verify\n----\n\nNOTE: Run `./mvnw spotless:apply` to format.\n' })), { setup: [], test: ['./mvnw verify'], lint: ['./mvnw spotless:apply'] });
  });
  it('a linked development doc is read, a linked usage doc is not', async () => {
    const f = await factsOf({
      'CONTRIBUTING.md': '# Contributing\n\nSee the [development guide](docs/development.md) for setup. The [usage guide](docs/usage.md) explains the CLI.\n',
      'docs/development.md': '# Development\n\n```\npip install -e .[dev]\npytest\n```\n',
      'docs/usage.md': '# Usage\n\n```\npip install mytool\nmytool check ./config.yml\nmytool test-connection\n```\n',
    });
    assert.deepEqual(cmds(f), { setup: ['pip install -e .[dev]'], test: ['pytest'], lint: [] });
  });
  it('a config file shown after a lead-in is no command', async () => {
    assert.deepEqual(cmds(await of('## Setup\n\nAdd this to `~/.cargo/config.toml`:\n\n```toml\n[build]\nrustflags = ["-D", "warnings"]\n```\n\nThen `cargo test`.')), { setup: [], test: ['cargo test'], lint: [] });
  });
  for (const [why, prose] of [
    ['prerequisites under "Before you start"', '## Before you start\n\nYou will need:\n\n- Git\n- Node.js 20\n- A GitHub account'],
    ['merge conditions', '## Pull requests\n\nYour pull request will be merged when:\n\n- two maintainers approved it,\n- CI is green,\n- no one objected for 48 hours.'],
    ['a release checklist', '## Release checklist\n\n- [ ] Bump the version\n- [ ] Update CHANGELOG.md\n- [ ] Tag the release'],
    ['ways to contribute', '## Ways to contribute\n\n- Fix typos in the docs.\n- Triage issues.\n- Write tests for untested code.'],
  ]) {
    it(`no checklist from ${why}`, async () => assert.deepEqual(checklist(await of(prose)), []));
  }
  it('a release checklist asks for no changelog', async () => {
    assert.notEqual((await of('## Release checklist\n\n- [ ] Bump the version\n- [ ] Update CHANGELOG.md\n- [ ] Tag the release')).changelog.required, true);
  });
});

describe('review 8: fifth pass, the same wrong facts in other words', () => {
  // was a finding, fixed in extract/commitConvention.ts (the form of log lines or issue titles is no commit convention).
  it('an issue title format is no commit convention', async () => {
    assert.equal((await of('## Reporting bugs\n\nTitle your issue as `<component>: <short summary>`.')).commit.convention, null);
  });
  // was a finding, fixed in extract/subjectLength.ts (a floor, "at least N", is no limit).
  it('"at least N characters" is no subject maximum', async () => {
    assert.equal((await of('## Pull requests\n\nPR titles must be at least 10 characters.')).commit.subjectMaxLength, null);
  });
  // was a finding, fixed in extract/branchNaming.ts (the example name is the form).
  it('"Start the branch name with the issue number" gives no sentence as the form', async () => {
    const name = (await of('## Branches\n\nStart the branch name with the issue number, e.g. `123-fix-login`.')).branchNaming;
    assert.ok(name === null || !/\s/.test(name), String(name));
  });
  it('a changelog line form `<area>: <description>` is a changelog ask, not a commit convention', async () => {
    const f = await of('## Changelog\n\nAdd a line to `CHANGELOG.md` in the form `<area>: <description>`.');
    assert.deepEqual([f.changelog.required, f.commit.convention], [true, null]);
  });
  it('a config key form `<name>: <value>` is no commit convention', async () => {
    assert.equal((await of('## Configuration\n\nEach option is written as `<name>: <value>` in `config.yml`.')).commit.convention, null);
  });
  it('PR labels beside Conventional Commits are no types', async () => {
    assert.equal((await of('## Commits\n\nWe use Conventional Commits.\n\n## Labels\n\nMaintainers add one of these labels to each PR: `breaking`, `enhancement`, `bug`, `documentation`.')).commit.types, null);
  });
});
