import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '../../../..', 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('onramp check (dist/cli.js)', () => {
  let dir: string;
  before(() => {
    assert.ok(existsSync(cli), `${cli} is missing: run \`node scripts/build.mjs\` first.`);
    dir = mkdtempSync(join(tmpdir(), 'onramp-check-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'CONTRIBUTING.md'), '# Contributing\n\n## Setup\n\n```sh\nnpm install\n```\n\n## Testing\n\n```sh\nnpm run nonexistent\n```\n');
    writeFileSync(join(dir, 'package.json'), '{"scripts":{"test":"node --test"}}');
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('exits 1 on errors and names the file, line, why and rule', () => {
    const r = run('check', dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /CONTRIBUTING\.md\n\s+12\s+error\s+.*no script "nonexistent".*\[stale-command\]\n\s+why: /);
  });

  it('prints JSON findings with --json and a SARIF log with --sarif', () => {
    const json = JSON.parse(run('check', dir, '--json').stdout) as { findings: { id: string; line: number }[]; counts: { error: number } };
    assert.deepEqual(json.findings.map((f) => [f.id, f.line]), [['stale-command', 12]]);
    assert.equal(json.counts.error, 1);
    const sarif = JSON.parse(run('check', dir, '--sarif').stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId), ['stale-command']);
  });

  it('exits 0 once the guide is fixed, and 2 on a usage error', () => {
    writeFileSync(join(dir, 'CONTRIBUTING.md'), '# Contributing\n\n## Setup\n\n```sh\nnpm install\n```\n\n## Testing\n\n```sh\nnpm test\n```\n');
    const r = run('check', dir);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /No problems found/);
    assert.equal(run('check', dir, '--json', '--sarif').status, 2);
  });
});
