import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { maintainerFileFromFacts } from '../../../src/core/walkthrough/maintainerFileFromFacts';
import { parseMaintainerText } from '../../../src/core/maintainer/parseMaintainerText';
import { genericWalkthrough, walkthroughFromGuide } from '../../../src/core/walkthrough/fromGuide';
import { checksOf, describeCheck } from '../../../src/core/walkthrough/model';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const GUIDE = [
  '# Contributing',
  '',
  '## Setup',
  '',
  '```sh',
  'npm ci',
  '```',
  '',
  '## Testing',
  '',
  '```sh',
  'npm test',
  '```',
  '',
  'Open pull requests against the `develop` branch. Commits follow [Conventional Commits](https://www.conventionalcommits.org/).',
  '',
].join('\n');

describe('walkthrough from the guide', () => {
  it('has the newcomer path in order, each step citing the guide line it came from', async () => {
    const w = walkthroughFromGuide(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': GUIDE })));
    assert.equal(w.from, 'guide');
    assert.deepEqual(w.steps.map((s) => s.id), ['setup', 'test', 'pick-issue', 'branch', 'commit', 'pull-request']);
    const setup = w.steps[0];
    assert.deepEqual(setup.source, { file: 'CONTRIBUTING.md', line: 6, origin: 'guide' });
    assert.deepEqual(setup.actions, [{ kind: 'run', command: 'npm ci', label: null }]);
    assert.match(w.steps[3].markdown, /from `develop` \(CONTRIBUTING\.md, line 15\)/);
    assert.match(w.steps[4].markdown, /Conventional Commits/);
  });

  it('counts setup as done when its command succeeded here or node_modules already exists', async () => {
    const w = walkthroughFromGuide(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': GUIDE })));
    const checks = checksOf(w.steps[0].done);
    assert.deepEqual(checks, [{ kind: 'command', command: 'npm ci' }, { kind: 'file', pattern: 'node_modules' }]);
    assert.equal(describeCheck(w.steps[0].done), '`npm ci` succeeds when run from this step, or node_modules exists');
  });

  it('detects the test step by the test command exit code, and git state for branch, commit and push', async () => {
    const w = walkthroughFromGuide(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': GUIDE })));
    assert.deepEqual(w.steps[1].done, { kind: 'command', command: 'npm test' });
    assert.deepEqual([w.steps[3].done, w.steps[4].done, w.steps[5].done], [
      { kind: 'git', state: 'onBranch' },
      { kind: 'git', state: 'commitAhead' },
      { kind: 'git', state: 'pushed' },
    ]);
  });

  it('offers the pull request checklist from the pull request step', async () => {
    const w = walkthroughFromGuide(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': GUIDE })));
    assert.deepEqual(w.steps[5].actions, [{ kind: 'command', command: 'onramp.showChecklist', args: [], label: 'Open the checklist' }]);
  });

  it('gives a project with nothing the generic path, with no actions that run anything', () => {
    const w = genericWalkthrough();
    assert.equal(w.from, 'generic');
    assert.equal(w.steps.length, 6);
    assert.ok(w.steps.every((s) => s.source === null && s.actions.every((a) => a.kind !== 'run')));
  });
});

describe('walkthrough in inspect --json', () => {
  it('takes the maintainer file\'s steps when it has some, in order, with actions as text and the check described', async () => {
    const facts = await readGuide(
      new MemoryRepoFiles({
        'CONTRIBUTING.md': GUIDE,
        '.github/onramp.yml': 'version: 1\nsteps:\n  - id: install\n    title: Install\n    actions:\n      - run: npm ci\n    done:\n      file: node_modules\n  - id: hello\n    title: Say hello\n',
      }),
    );
    const json = toInspectJson(facts).walkthrough;
    assert.equal(json.from, 'config');
    assert.deepEqual(
      json.steps.map((s) => [s.id, s.origin, s.source?.line, s.actions, s.done]),
      [
        ['install', 'config', 3, ['run: npm ci'], 'node_modules exists'],
        ['hello', 'config', 9, [], 'you mark it done'],
      ],
    );
  });

  it('puts the maintainer file\'s problems, at their line, among the problems', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ '.onramp.yml': 'version: 1\nsteps:\n  - id: Bad Id\n    title: x\n' }));
    const problems = toInspectJson(facts).problems.filter((p) => p.file === '.onramp.yml');
    assert.ok(problems.some((p) => p.line === 3 && p.severity === 'error'), JSON.stringify(problems));
  });
});

describe('a starting maintainer file written from the guide', () => {
  it('is valid against the schema, keeps the steps in order and cites each source line', async () => {
    const facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': GUIDE, '.github/pull_request_template.md': '- [ ] Tests pass\n- [ ] Docs "quoted": updated (if applicable)\n' }));
    const yaml = maintainerFileFromFacts(facts);
    const parsed = parseMaintainerText('.github/onramp.yml', yaml);
    assert.deepEqual(parsed.problems.filter((p) => p.severity !== 'info'), []);
    assert.deepEqual(parsed.layer?.steps?.map((s) => s.id), ['setup', 'test', 'pick-issue', 'branch', 'commit', 'pull-request']);
    assert.match(yaml, /# from CONTRIBUTING\.md, line 6\n/);
    assert.match(yaml, /optional: true/);
  });
});
