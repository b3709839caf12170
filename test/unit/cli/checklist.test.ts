import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';

const repoRoot = join(__dirname, '../../../..');
const cli = join(repoRoot, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });

interface JsonItem {
  id: string;
  text: string;
  state: string;
  reason: string;
  blocks: boolean;
  fix: { command?: string } | null;
}

/** The demo project in git with a local bare upstream, on a branch with one commit; its test script exits with `exitCode`. */
async function demoBranch(root: string, message: string, testExit: number): Promise<string> {
  const upstream = join(root, 'upstream.git');
  const work = join(root, 'work');
  cpSync(join(repoRoot, 'demo-project'), work, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  pkg.scripts = { test: `node -e "console.log('tests ran'); process.exit(${testExit})"`, lint: 'node -e "console.log(\'lint ran\')"' };
  writeFileSync(join(work, 'package.json'), JSON.stringify(pkg, null, 2));
  await simpleGit().init(['--bare', '--initial-branch=main', upstream]);
  const git = simpleGit(work);
  await git.init(['--initial-branch=main']);
  await git.addConfig('user.name', 'Ada').addConfig('user.email', 'ada@example.org');
  await git.add('.').commit('chore: initial').addRemote('origin', upstream).push(['-u', 'origin', 'main']);
  await git.checkoutLocalBranch('12-trim');
  writeFileSync(join(work, 'CHANGELOG.md'), `${readFileSync(join(work, 'CHANGELOG.md'), 'utf8')}\n- Trim dashes\n`);
  await git.add('.').commit(message);
  return work;
}

describe('onramp checklist (dist/cli.js, real git repositories)', function () {
  this.timeout(120_000);
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'onramp-checklist-cli-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('catches an unsigned, unpushed commit where the guide requires sign-off, and exits 1', async () => {
    const work = await demoBranch(root, 'fix: trim dashes', 0);
    const result = run('checklist', work, '--json');
    assert.equal(result.status, 1, result.stderr);
    const items = new Map((JSON.parse(result.stdout) as { items: JsonItem[] }).items.map((i) => [i.id, i]));
    assert.equal(items.get('onramp-signOff')?.state, 'fail');
    assert.match(items.get('onramp-signOff')?.fix?.command ?? '', /--signoff/);
    assert.equal(items.get('onramp-pushed')?.state, 'fail');
    assert.equal(items.get('onramp-branch')?.state, 'pass');
    assert.equal(items.get('onramp-changelog')?.state, 'pass', 'CHANGELOG.md changed');
    assert.equal(items.get('onramp-tests')?.state, 'unknown', 'tests run only with --run');
  });

  it('passes when signed off and pushed; --run reads the test exit code and prints a readable list', async () => {
    const work = await demoBranch(root, 'fix: trim dashes\n\nSigned-off-by: Ada <ada@example.org>', 0);
    await simpleGit(work).push(['-u', 'origin', '12-trim']);
    // As `onramp issues`' start-working remembers the issue a branch was made for.
    await simpleGit(work).addConfig('branch.12-trim.onrampIssue', '12');
    const ok = run('checklist', work, '--run');
    assert.equal(ok.status, 0, ok.stdout);
    assert.match(ok.stdout, /✔ Tests pass/);
    assert.match(ok.stderr, /tests ran/);
    assert.match(ok.stdout, /✔ Every commit carries Signed-off-by/);
  });

  it('a failing test command fails the checklist with its exit code', async () => {
    const work = await demoBranch(root, 'fix: trim dashes\n\nSigned-off-by: Ada <ada@example.org>', 3);
    await simpleGit(work).push(['-u', 'origin', '12-trim']);
    const result = run('checklist', work, '--run', '--json');
    assert.equal(result.status, 1);
    const items = (JSON.parse(result.stdout) as { items: JsonItem[] }).items;
    assert.match(items.find((i) => i.id === 'onramp-tests')?.reason ?? '', /`npm test` failed \(exit code 3\)/);
  });

  it('--run runs the tests inside the environment the guide sourced before them, and reports them under the guide\u2019s own line', async () => {
    const work = join(root, 'widget');
    const guide = '# Contributing\n\n## Setup\n\n```sh\nsource .venv/bin/activate\nnpm ci\n```\n\n## Testing\n\n```sh\nnpm test\n```\n';
    const pkg = { name: 'widget', version: '1.0.0', scripts: { test: 'node -e "process.exit(process.env.WIDGET_ENV === \'on\' ? 0 : 5)"' } };
    const git = simpleGit();
    await git.init(['--initial-branch=main', work]);
    writeFileSync(join(work, 'CONTRIBUTING.md'), guide);
    // A virtualenv's activate script, as far as the test needs one: it sets the environment the tests need.
    mkdirSync(join(work, '.venv/bin'), { recursive: true });
    writeFileSync(join(work, '.venv/bin/activate'), 'export WIDGET_ENV=on\n');
    writeFileSync(join(work, 'package.json'), JSON.stringify(pkg));
    const repo = simpleGit(work);
    await repo.addConfig('user.name', 'Ada').addConfig('user.email', 'ada@example.org');
    await repo.add('.').commit('chore: initial');
    await repo.checkoutLocalBranch('trim');
    const result = run('checklist', work, '--run', '--json');
    const items = (JSON.parse(result.stdout) as { items: JsonItem[] }).items;
    assert.equal(items.find((i) => i.id === 'onramp-tests')?.state, 'pass', result.stderr);
    assert.match(result.stderr, /\$ \. \.venv\/bin\/activate && npm test/);
  });

  it('says which templates exist when --template names none', async () => {
    const work = await demoBranch(root, 'fix: x', 0);
    const result = run('checklist', work, '--template', 'nope');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no pull request template is named "nope" \(there are: PULL_REQUEST_TEMPLATE\)/);
  });

  it('lists the template\'s kinds of change apart, as choices, and does not count them as open', async () => {
    const work = await demoBranch(root, 'fix: trim dashes', 0);
    const json = JSON.parse(run('checklist', work, '--json').stdout) as { items: (JsonItem & { choice?: boolean; optional: boolean })[] };
    const choices = json.items.filter((i) => i.choice === true).map((i) => [i.text, i.optional]);
    assert.deepEqual(choices, [['Bug fix', true], ['New feature', true], ['Documentation', true]]);
    assert.ok(json.items.some((i) => i.text === 'Tests added or updated' && i.choice === undefined), 'a check is no choice');
    const text = run('checklist', work).stdout;
    assert.match(text, /About the change \(tick the ones that fit in the pull request\)\n {2}☐ Bug fix \[optional\]/);
    const open = Number(/(\d+) to check yourself or not checked/.exec(text)?.[1]);
    const openItems = json.items.filter((i) => i.choice !== true && (i.state === 'manual' || i.state === 'unknown')).length;
    assert.equal(open, openItems, 'the kinds are not counted as open');
  });
});

