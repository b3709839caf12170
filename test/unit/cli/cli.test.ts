import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(__dirname, '../../../..');
const cli = join(repoRoot, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('onramp inspect (dist/cli.js)', function () {
  this.timeout(30_000);
  let dir: string;
  before(function () {
    if (!existsSync(cli)) this.skip(); // built by `node scripts/build.mjs`, which --tests runs as well
    dir = mkdtempSync(join(tmpdir(), 'onramp-cli-'));
    cpSync(join(repoRoot, 'test/fixtures/corpus/guides/nestjs__nest'), dir, { recursive: true });
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object with exactly the documented keys', () => {
    const result = run('inspect', dir, '--json');
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(json), ['files', 'guideIsPointerOnly', 'acceptsPullRequests', 'baseBranch', 'commit', 'claRequired', 'changelog', 'branchNaming', 'discussFirst', 'commands', 'checklist']);
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

  it('exits 2 on a usage error and says why', () => {
    for (const [args, reason] of [[['frobnicate'], /unknown command/], [['inspect', '--yaml'], /unknown option/], [['inspect', join(dir, 'nope')], /is not a folder/]] as const) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, reason);
    }
  });
});
