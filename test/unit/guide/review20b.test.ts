import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { g, norm } from './probeSupport';

// Hostile review r20b (session 20): probes of the "Before opening a pull request, please:" template lists, the plain
// bullets nested under a task box, and the composer / deno runners. Every text is written for this test. 9 of 35
// failed against 4f15d4f; 7 are fixed, 2 are skipped with the reason.

const TPL = '.github/PULL_REQUEST_TEMPLATE.md';
const raw = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const checks = async (files: Record<string, string>): Promise<string[]> => (await raw(files)).checklist.map((c) => norm(c.text));
const choices = async (files: Record<string, string>): Promise<string[]> => (await raw(files)).changeChoices.map((c) => norm(c.text));
const tpl = (text: string, extra: Record<string, string> = {}): Record<string, string> => ({ 'CONTRIBUTING.md': '# Contributing\n\nThanks for helping.\n', [TPL]: text, ...extra });

/** The confirmedBy of the one command of `phase` read from the guide (with the given task files). */
const confirmed = async (phase: 'setup' | 'test' | 'lint', command: string, files: Record<string, string>, heading = 'Running the tests') => {
  const json = toInspectJson(await raw({ 'CONTRIBUTING.md': `# Contributing\n\n## ${heading}\n\n\`\`\`sh\n${command}\n\`\`\`\n`, ...files }));
  const found = json.commands[phase].find((c) => c.command === command);
  assert.ok(found, `${command} read as ${phase}: ${JSON.stringify(json.commands)}`);
  return found.confirmedBy;
};

describe('review r20b', () => {
  describe('1. a template\'s plain list under "Before opening a pull request, please:"', () => {
    it('control: the visible lead-in and list are the checks', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Description

        Before opening a pull request, please:

        - Run the test suite
        - Update the documentation
      `)), ['Run the test suite', 'Update the documentation']);
    });
    it('control: lead-in and list both inside the comment', async () => {
      assert.deepEqual(await checks(tpl(g`
        <!--
        Before opening a pull request, please:

        - Run the test suite
        - Add a changelog entry
        -->

        ## What does this change?
      `)), ['Run the test suite', 'Add a changelog entry']);
    });
    it('the lead-in in a comment of its own over a visible list still asks for the list', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Summary

        <!-- Before opening a pull request, please: -->

        - Run the test suite
        - Update the documentation
      `)), ['Run the test suite', 'Update the documentation']);
    });
    it('a bold lead-in "**Before opening a pull request, please:**" asks the same', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Summary

        **Before opening a pull request, please:**

        - Run the test suite
        - Update the documentation
      `)), ['Run the test suite', 'Update the documentation']);
    });
    it('GitLab: "Before submitting a merge request, please:" in a merge request template', async () => {
      assert.deepEqual(await checks({ 'CONTRIBUTING.md': '# Contributing\n', '.gitlab/merge_request_templates/Default.md': g`
        ## Summary

        Before submitting a merge request, please:

        - Run the test suite
        - Update the documentation
      ` }), ['Run the test suite', 'Update the documentation']);
    });
    it('"Before you submit your changes, please:" (plural "changes") asks for the list', async () => {
      assert.deepEqual(await checks(tpl(g`
        Before you submit your changes, please:

        - Run the test suite
        - Rebase on main
      `)), ['Run the test suite', 'Rebase on main']);
    });
    it('a list asked for in a template that also has kind-of-change boxes is still its checklist', async () => {
      const files = tpl(g`
        Before opening a pull request, please:

        - Run the test suite
        - Update the documentation

        ## Type of change

        - [ ] Bug fix
        - [ ] New feature
      `);
      assert.deepEqual(await checks(files), ['Run the test suite', 'Update the documentation']);
      assert.deepEqual(await choices(files), ['Bug fix', 'New feature']);
    });
    it('near miss: a comment telling how to fill in the form is no checklist', async () => {
      assert.deepEqual(await checks(tpl(g`
        <!--
        Before submitting, please:

        - Replace this comment with a description of the change
        - Delete the sections that do not apply
        -->

        ## Description
      `)), []);
    });
    it('near miss: an issue template\'s "Before submitting, please:" is not the pull request checklist', async () => {
      assert.deepEqual(await checks({ 'CONTRIBUTING.md': '# Contributing\n', '.github/ISSUE_TEMPLATE/bug_report.md': g`
        ---
        name: Bug report
        ---

        Before submitting, please:

        - Search the existing issues
        - Try the latest release
      ` }), []);
    });
    it('near miss: nested hints under a commented asked list are no checks', async () => {
      assert.deepEqual(await checks(tpl(g`
        <!--
        Before opening a pull request, please:

        - Run the test suite
          - npm test runs all of it
        - Run the linter
        -->
      `)), ['Run the test suite', 'Run the linter']);
    });
    it('near miss: "Before opening a pull request, please:" in the comment over a second visible list: only the commented one', async () => {
      assert.deepEqual(await checks(tpl(g`
        <!--
        Before opening a pull request, please:

        - Run the test suite
        -->

        ## Related issues

        - Closes #
      `)), ['Run the test suite']);
    });
    it('near miss: a lead-in for reviewers ("Before merging, please:") is not the author\'s', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Description

        Before merging, please:

        - Squash the commits
        - Tag the release
      `)), []);
    });
    it('near miss: "Before submitting, please:" over questions the form asks is no checklist', async () => {
      assert.deepEqual(await checks(tpl(g`
        Before submitting, please:

        - What problem does this solve?
        - How did you test it?
      `)), []);
    });
    it('"Before submitting a PR, please check that:" asks for the list', async () => {
      assert.deepEqual(await checks(tpl(g`
        Before submitting a PR, please check that:

        - The tests pass
        - The docs are updated
      `)), ['The tests pass', 'The docs are updated']);
    });
  });

  describe('2. a plain bullet nested under a task box', () => {
    it('control: the nested hint is the box\'s detail', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Checklist

        - [ ] I ran the tests
          - npm test
        - [ ] I updated the docs
      `)), ['I ran the tests', 'I updated the docs']);
    });
    it.skip('a template with a box list and a later "Make sure that:" plain list: every item of that list is a check (and its nested hint is not) (left open, session 20: a template with boxes never reads a plain list as asked (askedTemplateLists), which predates the session)', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Checklist

        - [ ] I ran the tests

        ## Before you submit

        Make sure that:

        * Commits are signed off
          * Add a Signed-off-by line to each commit
        * The branch is rebased on main
      `)), ['I ran the tests', 'Commits are signed off', 'The branch is rebased on main']);
    });
    it('a guide\'s box list with nested hints: the hints are no checks', async () => {
      assert.deepEqual(await checks({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Pull request checklist

        - [ ] Tests added
          - unit tests go in tests/unit
        - [ ] Changelog updated
      ` }), ['Tests added', 'Changelog updated']);
    });
    it('a numbered list nested under a box is its detail', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Checklist

        - [ ] I tested the change by hand:
          1. Build the app
          2. Open the settings page
        - [ ] I added tests
      `)), ['I tested the change by hand', 'I added tests']);
    });
    it('a guide checklist in reStructuredText with a nested hint under a box', async () => {
      assert.deepEqual(await checks({ 'CONTRIBUTING.rst': g`
        Contributing
        ============

        Pull request checklist
        ----------------------

        - [ ] Tests added

          - unit tests live in tests/unit

        - [ ] Changelog updated
      ` }), ['Tests added', 'Changelog updated']);
    });
    it('a plain list after a box list, separated by a paragraph, in a guide keeps its checks', async () => {
      assert.deepEqual(await checks({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Before you submit

        - [ ] The tests pass

        Also make sure that:

          - the changelog has an entry
          - the docs are updated
      ` }), ['The tests pass', 'the changelog has an entry', 'the docs are updated']);
    });
    it('a sub-list with its own asking lead-in inside a guide\'s box item is still checks', async () => {
      assert.deepEqual(await checks({ 'CONTRIBUTING.md': g`
        # Contributing

        ## Pull request checklist

        1. [ ] Tests pass

           Then check that:

           - the changelog has an entry
           - the docs are updated
      ` }), ['Tests pass', 'the changelog has an entry', 'the docs are updated']);
    });
    it('plain bullets under a box-less group heading in a template with boxes elsewhere stay as they were', async () => {
      assert.deepEqual(await checks(tpl(g`
        ## Checklist

        - [ ] Tests pass
        - [ ] Lint passes
          - Run npm run lint
          - Fix what it reports
      `)), ['Tests pass', 'Lint passes']);
    });
  });

  describe('3. composer and deno runners', () => {
    const composer = '{\n  "name": "acme/lib",\n  "scripts": {\n    "test": "phpunit",\n    "cs": "php-cs-fixer fix --dry-run"\n  }\n}\n';
    it('control: composer test', async () => {
      assert.deepEqual(await confirmed('test', 'composer test', { 'composer.json': composer }), { file: 'composer.json', line: 4 });
    });
    it('php composer.phar test runs the same script', async () => {
      assert.deepEqual(await confirmed('test', 'php composer.phar test', { 'composer.json': composer }), { file: 'composer.json', line: 4 });
    });
    it('near miss: composer install beside a script named install is composer\'s own', async () => {
      assert.equal(await confirmed('setup', 'composer install', { 'composer.json': '{\n  "scripts": {\n    "install": "echo hi"\n  }\n}\n' }, 'Setting up'), undefined);
    });
    it('near miss: "scripts" under "extra" is not composer\'s scripts', async () => {
      assert.equal(await confirmed('test', 'composer test', { 'composer.json': '{\n  "extra": {\n    "scripts": {\n      "test": "phpunit"\n    }\n  }\n}\n' }), undefined);
    });
    it('near miss: composer about / completion are composer\'s own commands', async () => {
      assert.equal(await confirmed('setup', 'composer about', { 'composer.json': '{\n  "scripts": {\n    "about": "echo x"\n  }\n}\n' }, 'Setting up'), undefined);
    });
    it.skip('a composer script alias (scripts-aliases) confirms by its script (left open, session 20: composer\'s scripts-aliases are not read)', async () => {
      const file = '{\n  "scripts": {\n    "test": "phpunit"\n  },\n  "scripts-aliases": {\n    "test": ["t"]\n  }\n}\n';
      assert.deepEqual(await confirmed('test', 'composer t', { 'composer.json': file }), { file: 'composer.json', line: 3 });
    });
    it('composer with a global option before the script (composer --no-interaction test)', async () => {
      assert.deepEqual(await confirmed('test', 'composer --no-interaction test', { 'composer.json': composer }), { file: 'composer.json', line: 4 });
    });
    it('near miss: composer --working-dir=packages/core test is another composer.json', async () => {
      assert.equal(await confirmed('test', 'composer --working-dir=packages/core test', { 'composer.json': composer, 'packages/core/composer.json': '{\n  "scripts": {}\n}\n' }), undefined);
    });
    it('deno task runs a package.json script when deno.json has no such task', async () => {
      assert.deepEqual(await confirmed('test', 'deno task test', { 'package.json': '{\n  "scripts": {\n    "test": "vitest"\n  }\n}\n' }), { file: 'package.json', line: 3 });
    });
    it('near miss: deno.json wins over deno.jsonc: a task only in deno.jsonc is not what runs', async () => {
      assert.equal(await confirmed('test', 'deno task test', { 'deno.json': '{\n  "tasks": {\n    "ok": "deno test"\n  }\n}\n', 'deno.jsonc': '{\n  "tasks": {\n    "test": "deno test"\n  }\n}\n' }), undefined);
    });
    it('a deno.json with comments (deno reads it as JSONC) still confirms', async () => {
      assert.deepEqual(await confirmed('test', 'deno task test', { 'deno.json': '{\n  // tasks\n  "tasks": {\n    "test": "deno test -A",\n  },\n}\n' }), { file: 'deno.json', line: 4 });
    });
    it('deno task with an object-form task and a colon name (lint:fix is lint, check:types)', async () => {
      assert.deepEqual(await confirmed('lint', 'deno task check:types', { 'deno.json': '{\n  "tasks": {\n    "check:types": {\n      "command": "deno check main.ts",\n      "dependencies": []\n    }\n  }\n}\n' }, 'Linting'), { file: 'deno.json', line: 3 });
    });
    it('near miss: deno task --cwd elsewhere names another folder\'s deno.json', async () => {
      assert.equal(await confirmed('test', 'deno task --cwd web test', { 'deno.json': '{\n  "tasks": {\n    "test": "deno test"\n  }\n}\n', 'web/deno.json': '{\n  "tasks": {}\n}\n' }), undefined);
    });
  });
});
