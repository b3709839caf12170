import * as assert from 'node:assert/strict';
import { Observations, walkthroughProgress } from '../../../src/core/walkthrough/progress';
import { WalkthroughStep, CompletionCheck } from '../../../src/core/walkthrough/model';

const step = (id: string, done: CompletionCheck): WalkthroughStep => ({ id, title: id, markdown: '', baseDir: '', rejectedLinks: [], source: null, actions: [], done, platforms: null });

function seen(overrides: Partial<Observations> = {}): Observations {
  return {
    fileExists: () => false,
    commandExit: () => undefined,
    git: { onBranch: false, commitAhead: false, upstreamRemote: false, pushed: false },
    setting: () => undefined,
    ticked: new Set(),
    skipped: new Set(),
    started: new Set(),
    ...overrides,
  };
}

const STEPS = [
  step('install', { kind: 'any', checks: [{ kind: 'command', command: 'npm ci' }, { kind: 'file', pattern: 'node_modules' }] }),
  step('test', { kind: 'command', command: 'npm test' }),
  step('branch', { kind: 'git', state: 'onBranch' }),
  step('hello', { kind: 'manual' }),
];

describe('walkthrough progress', () => {
  it('starts with nothing done and the first step next', () => {
    const p = walkthroughProgress(STEPS, seen());
    assert.deepEqual([p.next, p.done, p.total], ['install', 0, 4]);
    assert.deepEqual(p.steps.map((s) => s.state), ['notStarted', 'notStarted', 'notStarted', 'notStarted']);
  });

  it('sees setup done by its artefact, a test run fail by its exit code, and the branch by git', () => {
    const p = walkthroughProgress(STEPS, seen({ fileExists: (f) => f === 'node_modules', commandExit: (c) => (c === 'npm test' ? 1 : undefined), git: { onBranch: true, commitAhead: false, upstreamRemote: false, pushed: false } }));
    assert.deepEqual(p.steps.map((s) => [s.id, s.state, s.reason]), [
      ['install', 'done', 'node_modules exists'],
      ['test', 'failed', '`npm test` exited with 1'],
      ['branch', 'done', 'you are on your own branch'],
      ['hello', 'notStarted', 'mark it done when you have done it'],
    ]);
    assert.equal(p.next, 'test');
  });

  it('counts a started step as in progress, and skipped and ticked steps as settled', () => {
    const p = walkthroughProgress(STEPS, seen({ started: new Set(['install']), skipped: new Set(['test']), ticked: new Set(['hello']) }));
    assert.deepEqual(p.steps.map((s) => s.state), ['inProgress', 'skipped', 'notStarted', 'done']);
    assert.equal(p.next, 'install');
  });

  it('falls back to a manual tick for git steps where git is not available (Restricted Mode)', () => {
    const p = walkthroughProgress(STEPS, seen({ git: null }));
    assert.match(p.steps[2].reason, /not available/);
    assert.equal(walkthroughProgress(STEPS, seen({ git: null, ticked: new Set(['branch']) })).steps[2].state, 'done');
  });
});
