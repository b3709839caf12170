import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { materializedCorpus } from '../support/corpus';
import { skipBecause } from '../support/skip';

const repoRoot = join(__dirname, '../../../..');
const cli = join(repoRoot, 'dist/cli.js');
/** The C0 (but newline), DEL and C1 characters in `text`, as \\u escapes, so a failure message shows them. */
const controlCharacters = (text: string): string =>
  [...text]
    .filter((c) => c !== '\n' && (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f)))
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('onramp inspect (dist/cli.js)', () => {
  before(() => {
    // `npm test` and `npm run test:unit` build it (scripts/build.mjs); a missing CLI is a failure, never a skip.
    assert.ok(existsSync(cli), `${cli} is missing: run \`node scripts/build.mjs\` (npm test does) before these tests.`);
  });

  describe('on a real project with an invalid commitlint config (nestjs/nest from the shared corpus)', () => {
    let dir: string;
    before(function () {
      const { corpus, missing } = materializedCorpus();
      if (!corpus) skipBecause(this, missing);
      dir = mkdtempSync(join(tmpdir(), 'onramp-cli-'));
      cpSync(join(corpus.guides, 'nestjs__nest'), dir, { recursive: true });
    });
    after(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('prints one JSON object with exactly the documented keys', () => {
      const result = run('inspect', dir, '--json');
      assert.equal(result.status, 0, result.stderr);
      const json = JSON.parse(result.stdout) as Record<string, Record<string, unknown>>;
      // The first keys never change; new ones are only ever added after them.
      assert.deepEqual(Object.keys(json), ['files', 'guideIsPointerOnly', 'acceptsPullRequests', 'baseBranch', 'commit', 'claRequired', 'changelog', 'branchNaming', 'discussFirst', 'issueLabels', 'commands', 'checklist', 'sources', 'project', 'commitlint', 'problems', 'walkthrough', 'changeChoices']);
      assert.deepEqual(Object.keys(json.files), ['guide', 'prTemplates', 'commitlintConfig', 'config']);
      assert.deepEqual(Object.keys(json.commit), ['convention', 'types', 'subjectMaxLength', 'signOff']);
      assert.deepEqual(Object.keys(json.changelog), ['required', 'how']);
      assert.deepEqual(Object.keys(json.commands), ['setup', 'test', 'lint']);
      assert.equal(json.files.commitlintConfig, '.commitlintrc.json');
    });

    it('warns on stderr about the invalid commitlint JSON, without a stack trace', () => {
      const result = run('inspect', dir, '--json');
      assert.match(result.stderr, /warning: \.commitlintrc\.json:\d+: .*not valid JSON/);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    });

    it('prints a readable summary with the problems in it', () => {
      const result = run('inspect', dir);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /Setup commands/);
      assert.match(result.stdout, /Problems/);
    });
  });

  it('exits 2 on a usage error and says why', () => {
    const nowhere = join(tmpdir(), `onramp-cli-no-such-folder-${process.pid}`);
    for (const [args, reason] of [[['frobnicate'], /unknown command/], [['inspect', '--yaml'], /unknown option/], [['inspect', nowhere], /is not a folder/]] as const) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, reason);
    }
  });

  describe('with a guide that carries terminal escape codes', () => {
    let hostile: string;
    before(() => {
      hostile = mkdtempSync(join(tmpdir(), 'onramp-cli-esc-'));
      // A checklist item that clears the screen and retitles the window, and a broken link that moves the cursor.
      writeFileSync(join(hostile, 'CONTRIBUTING.md'), '# Dev\n\n```sh\nnpm test\n```\n\nSee the <a href="development\u001b[1A.md">guide</a>.\n');
      mkdirSync(join(hostile, '.github'));
      writeFileSync(join(hostile, '.github/pull_request_template.md'), '- [ ] Tests pass \u001b[2J\u001b]0;pwned\u0007 \u009b31m done\n');
    });
    after(() => hostile && rmSync(hostile, { recursive: true, force: true }));

    it('prints the summary without control characters from the repository', () => {
      const result = run('inspect', hostile);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /npm test/);
      assert.match(result.stdout, /\[ \] Tests pass \[2J\]0;pwned 31m done/);
      assert.equal(controlCharacters(result.stdout), '');
    });

    it('prints each warning once: under Problems in the summary, not again on stderr', () => {
      const result = run('inspect', hostile);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout.match(/does not exist/g)?.length, 1);
    });

    it('keeps stderr warnings free of control characters in --json mode, and the JSON parseable', () => {
      const result = run('inspect', hostile, '--json');
      assert.equal(result.status, 0);
      assert.match(result.stderr, /^warning: CONTRIBUTING\.md:7: /);
      assert.equal(controlCharacters(result.stderr + result.stdout), '');
      assert.ok(JSON.parse(result.stdout));
    });
  });
});

