import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const guide = (text: string) => read({ 'CONTRIBUTING.md': text });

describe('commit convention from the guide structure', () => {
  describe('example subjects in a block', () => {
    it('an example message under a commit heading whose subject starts "area: " is the area-prefix convention', async () => {
      const facts = await guide('# Contributing\n\n## Writing the commit message\n\nKeep it tidy. Example:\n\n```\nparser: accept empty input\n\nThe parser used to fail on an empty file.\n```\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
      assert.equal(facts.commit.convention?.source.line, 8);
    });

    it('an upper-case tag list shown as a block under a commit heading is the area-prefix convention', async () => {
      const facts = await guide('# Hacking\n\n## Commit messages\n\nStart with one of these tags:\n\n    BUG: a bug fix\n    DOC: documentation\n    TST: tests\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
      assert.equal(facts.commit.types, null);
    });

    it('a `[area]: [summary]` template line is the area-prefix convention', async () => {
      const facts = await guide('# Contributing\n\n## How to write commit messages\n\n```\n[area]: [one line saying what changed]\n\n[a longer description]\n```\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('a `<area>: <summary>` subject format for mailed patches, introduced by its lead-in, is area-prefix', async () => {
      const facts = await guide('# Sending patches\n\n## Email\n\nThe subject line of your email should be in this format:\n\n```\n[PATCH <n>/<m>] <area>: <summary>\n```\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('the Subject: line of an example mail gives the area', async () => {
      const facts = await guide('# Patches\n\n## Submitting a patch\n\nA patch looks like this:\n\n```\nFrom: A Person <a@example.org>\nSubject: [PATCH] lib: drop an unused helper\n\nBody text.\n```\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('a block of shell commands under a commit heading is not an example subject', async () => {
      const facts = await guide('# Contributing\n\n## Committing\n\n```sh\ngit add -A\ngit commit\n```\n');
      assert.equal(facts.commit.convention, null);
    });

    it('a config file shown under a pre-commit heading is not an example subject', async () => {
      const facts = await guide('# Contributing\n\n## Pre-commit hooks\n\n```\nfail_fast: true\nrepos: []\n```\n\n```yaml\nminimum_version: 3.0\n```\n');
      assert.equal(facts.commit.convention, null);
    });

    it('a block of code in a section about something else is not an example subject', async () => {
      const facts = await guide('# Contributing\n\n## Configuration\n\n```\nserver: localhost\nport: 8080\n```\n');
      assert.equal(facts.commit.convention, null);
    });

    it('test output shown under a commit heading is not an example subject', async () => {
      const facts = await guide('# Contributing\n\n## Before you commit\n\nRun the tests; you should see:\n\n```\nPASS: 120 tests\n```\n');
      assert.equal(facts.commit.convention, null);
    });

    it('trailers in an example message are not an area', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\nEnd each message with a trailer, for example:\n\n```\nFixes: #123\n```\n');
      assert.notEqual(facts.commit.convention?.value, 'area-prefix');
    });

    it('good example titles of several conventional types show the conventional convention, without a type list', async () => {
      const facts = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': '<!--\n1. Give the PR a descriptive title.\n\n  Examples of good titles:\n    - fix(io): close the handle on error\n    - docs: explain the config file\n    - feat: add a --quiet flag\n-->\n\n## Description\n',
      });
      assert.equal(facts.commit.convention?.value, 'conventional');
      assert.equal(facts.commit.types, null);
    });

    it('one example subject with a known type is not a convention', async () => {
      const facts = await guide('# Contributing\n\n## Pull requests\n\nFor example, a good PR title: fix: handle empty input.\n');
      assert.notEqual(facts.commit.convention?.value, 'conventional');
    });
  });

  describe('area prefixes said in prose', () => {
    it('"prefix the first line with "area: "" (quoted) is the area-prefix convention', async () => {
      const facts = await guide('# Contributing\n\n## Describe your changes\n\nIt is conventional to prefix the first line with "area: " where the area is a file name or part of the code.\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('"the first line is "subsystem: single line summary of change"" is the area-prefix convention', async () => {
      const facts = await guide('# Patches\n\n## Commit messages\n\nWe follow the usual standard: the first line is "subsystem: single line summary of change", then a blank line.\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('a code span `area: description` for PR titles is the area-prefix convention', async () => {
      const facts = await guide('# Contributing\n\n## Pull requests\n\nPR titles should be of the form `area: description`.\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('a code span `area: value` in a config section is not a commit format', async () => {
      const facts = await guide('# Contributing\n\n## Configuration\n\nSet `module: true` in the config file.\n');
      assert.equal(facts.commit.convention, null);
    });

    it('"prefixed by the primary affected package" is the area-prefix convention', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\nThe first line is a short summary, prefixed by the primary affected package.\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('a format line that opens with a named placeholder "(pkg-name | dir/<module>):" is area-prefix', async () => {
      const facts = await guide('# Contributing\n\n* Format the commit messages in the following way:\n\n  ```\n  (pkg-name | tools/<module>): (from -> to | init at version)\n\n  (Motivation for change.)\n  ```\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('"add a tag to the beginning of the line in square brackets" under a commit heading is area-prefix', async () => {
      const facts = await guide('# Policy\n\n## Commit messages\n\n* When a change is limited to one part of the code, it is customary to add a tag to the beginning of the line in square brackets, e.g. "[Parser] ...".\n');
      assert.equal(facts.commit.convention?.value, 'area-prefix');
    });

    it('"the subject line should be prefixed with [PATCH]" is a mail marker, not an area', async () => {
      const facts = await guide('# Contributing\n\nWhen sending patches to the list, the subject line should be prefixed with `[PATCH]`.\n');
      assert.notEqual(facts.commit.convention?.value, 'area-prefix');
    });

    it('"use `[Package]` as the first line" to trigger a CI job is not an area format', async () => {
      const facts = await guide('# Testing\n\nTo run the packaging jobs, use `[Package]` as the first line in the commit message.\n');
      assert.notEqual(facts.commit.convention?.value, 'area-prefix');
    });
  });

  describe('tense and mood rules', () => {
    it('a tense rule for changelog entries is not a commit rule', async () => {
      const facts = await guide('# Contributing\n\n## Changelog\n\nAdd an entry for every change.\n\n- Prefer the past tense.\n- Use full sentences.\n');
      assert.equal(facts.commit.convention, null);
    });

    it('a mood rule under a news-fragment item of a template is not a commit rule', async () => {
      const facts = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] Tests pass\n- [ ] Add a news fragment into the `CHANGES/` folder\n  * name it after the issue\n  * use full sentences\n\n    Use the past tense, referring to what changed.\n',
      });
      assert.equal(facts.commit.convention, null);
    });

    it('the imperative mood for release titles is not a commit rule', async () => {
      const facts = await guide('# Contributing\n\n## Releases\n\n### Release title\n\nThe release titles should use the imperative mood.\n');
      assert.equal(facts.commit.convention, null);
    });

    it('the imperative mood for docstrings is a code style rule, not a commit rule', async () => {
      const facts = await guide('# Contributing\n\n## Code style\n\n- Docstrings use the imperative mood ("Return the value").\n');
      assert.equal(facts.commit.convention, null);
    });

    it('the imperative mood for commit messages is still a free-form rule', async () => {
      const facts = await guide('# Contributing\n\n## Changes\n\nWrite commit messages in the imperative mood.\n');
      assert.equal(facts.commit.convention?.value, 'free-form-rules');
    });

    it('"referenced in the commit message so that the fix is clearly linked" describes a process, not a rule', async () => {
      const facts = await guide('# Contributing\n\n## Issue lifecycle\n\n1. The issue is addressed in a pull request. The issue will be referenced in the commit message so that the code that fixes it is clearly linked.\n');
      assert.equal(facts.commit.convention, null);
    });

    it('a reading-list link titled about good commit messages states no rule', async () => {
      const facts = await guide('# Contributing\n\n- **Recommended reading**\n  - [Someone describes a good commit message](https://example.org/post)\n  - [Code review tips](https://example.org/review)\n');
      assert.equal(facts.commit.convention, null);
    });
  });

  describe('a section for commit messages', () => {
    it('a heading about commit messages with prose under it is a free-form rule', async () => {
      const facts = await guide('# Contributing\n\n## Describe your changes in commit messages\n\nSay what problem the change solves and why this is the right fix.\n');
      assert.equal(facts.commit.convention?.value, 'free-form-rules');
      assert.equal(facts.commit.convention?.source.line, 3);
    });

    it('a commit message template section is a free-form rule', async () => {
      const facts = await guide('# Contributing\n\n### Commit Message Template\n\nWe require that your commit messages match our template:\n\n    git config commit.template dev/commit.template\n');
      assert.equal(facts.commit.convention?.value, 'free-form-rules');
    });

    it('a "Committing" workflow section is not about messages', async () => {
      const facts = await guide('# Contributing\n\n## Committing your work\n\nAdd your files and push the branch.\n');
      assert.equal(facts.commit.convention, null);
    });

    it('"meaningful commit logs" is a free-form rule', async () => {
      const facts = await guide('# Contributing\n\n* Keep meaningful commit logs, no messages like `wip`.\n');
      assert.equal(facts.commit.convention?.value, 'free-form-rules');
    });
  });

  describe('allowed types in other shapes', () => {
    it('a table of types under a commit heading lists the allowed types', async () => {
      const facts = await guide('# Contributing\n\n## Commit message format\n\n### Type\n\nThe type must be one of the following:\n\n| Type | Description |\n|---|---|\n| **feat** | A new feature |\n| **fix** | A bug fix |\n| **docs** | Documentation |\n| **perf** | Faster code |\n');
      assert.equal(facts.commit.convention?.value, 'conventional');
      assert.deepEqual(facts.commit.types?.value, ['feat', 'fix', 'docs', 'perf']);
      assert.equal(facts.commit.types?.source.line, 11);
    });

    it('a table of labels outside any commit context is not a type list', async () => {
      const facts = await guide('# Contributing\n\n## Labels\n\n| Label | Meaning |\n|---|---|\n| `feat` | A feature |\n| `fix` | A fix |\n| `docs` | Docs |\n');
      assert.equal(facts.commit.types, null);
      assert.equal(facts.commit.convention, null);
    });

    it('a sentence that names the types of a PR title lists them', async () => {
      const facts = await read({
        'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n',
        '.github/PULL_REQUEST_TEMPLATE.md': '<!-- The PR title should start with a conventional commit type. -->\n<!-- The conventional commit types are: feat, fix, docs, refactor, chore -->\n\n## Description\n',
      });
      assert.equal(facts.commit.convention?.value, 'conventional');
      assert.deepEqual(facts.commit.types?.value, ['feat', 'fix', 'docs', 'refactor', 'chore']);
    });

    it('a list of example subjects is not the type list; the list of prefixes after it is', async () => {
      const facts = await guide('# Contributing\n\n## Commit message guidelines\n\nWe use semantic commit messages.\n\nExamples of commit messages:\n\n- `fix: keep the window open`\n- `feat: add a quiet flag`\n- `docs: explain the cache`\n\nCommon prefixes:\n\n- fix: A bug fix\n- feat: A new feature\n- docs: Documentation\n- perf: Faster code\n');
      assert.deepEqual(facts.commit.types?.value, ['fix', 'feat', 'docs', 'perf']);
    });

    it('whole example subjects as code spans are not a type list, whatever leads them in', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\nGood ones:\n\n- `fix: keep the window open`\n- `feat: add a quiet flag`\n- `docs: explain the cache`\n');
      assert.equal(facts.commit.types, null);
    });

    it('a nested item of type names as code spans, under "one of these types:", lists them', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\nFollow the Conventional Commits guidelines.\n\n- Prefix the commit subject with one of these types:\n    - `build`, `ci`, `docs`, `feat`, `fix`, `vim-patch`\n- Use the imperative voice.\n');
      assert.deepEqual(facts.commit.types?.value, ['build', 'ci', 'docs', 'feat', 'fix', 'vim-patch']);
    });

    it('"start the PR title with one of `feat`, `fix`, ..." lists the types and is the conventional convention', async () => {
      const facts = await guide('# Contributing\n\n## Pull requests\n\nWe squash-merge, so start the PR title with one of `feat`, `fix`, `docs` or `chore` as the prefix.\n');
      assert.equal(facts.commit.convention?.value, 'conventional');
      assert.deepEqual(facts.commit.types?.value, ['feat', 'fix', 'docs', 'chore']);
    });

    it('type names for a branch prefix are not commit types', async () => {
      const facts = await guide('# Contributing\n\n## Commits and branches\n\nPrefix your branch name with one of `feat`, `fix`, `docs` or `chore`.\n');
      assert.equal(facts.commit.types, null);
    });

    it('a `type(scope): description` code span for PR titles is the conventional convention', async () => {
      const facts = await guide('# Contributing\n\n## Pull requests\n\nPR titles must follow `type(scope): description`, since PRs are squash-merged.\n');
      assert.equal(facts.commit.convention?.value, 'conventional');
    });

    it('code spans of tool names are not a type list', async () => {
      const facts = await guide('# Contributing\n\n## Commit messages\n\nBefore committing, run `lint`, `test`, `build` and `docs`.\n');
      assert.equal(facts.commit.types, null);
    });

    it('a sentence naming kinds of contribution is not a type list', async () => {
      const facts = await guide('# Contributing\n\nWe welcome these types of contributions: docs, fixes, features, tests.\n');
      assert.equal(facts.commit.types, null);
    });
  });
});
