import * as assert from 'node:assert/strict';
import type { Memento } from 'vscode';
import { ContextKeys } from '../../../src/util/contextKeys';
import { OnrampState, STATE_KEYS } from '../../../src/util/state';

class MemoryMemento implements Memento {
  readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
  }
}

describe('OnrampState', () => {
  const stores = () => ({ workspace: new MemoryMemento(), global: new MemoryMemento() });

  it('gives defaults for what was never stored', () => {
    const state = new OnrampState(stores());
    assert.deepEqual(state.get('walkthroughProgress'), {});
    assert.equal(state.get('pickedIssue'), undefined);
    assert.deepEqual(state.get('pullRequestDrafts'), {});
  });

  it('stores each value under its declared key, in its declared scope', async () => {
    const s = stores();
    const state = new OnrampState(s);
    const issue = { url: 'https://github.com/o/r/issues/7', number: 7, title: 'Trim dashes' };
    await state.update('pickedIssue', issue);
    const progress = { 'file:///repo': { ticked: ['read-guide'], skipped: [], started: ['install'], exits: { 'npm ci': 0 } } };
    await state.update('walkthroughProgress', progress);
    assert.deepEqual(state.get('pickedIssue'), issue);
    assert.deepEqual(s.workspace.get(STATE_KEYS.pickedIssue.key), issue);
    assert.deepEqual(s.workspace.get(STATE_KEYS.walkthroughProgress.key), progress);
    assert.deepEqual(s.global.keys(), []);
  });

  it('ignores a stored value of the wrong shape (written by another version) rather than passing it on', () => {
    const s = stores();
    s.workspace.values.set(STATE_KEYS.pickedIssue.key, { url: 7 });
    s.workspace.values.set(STATE_KEYS.pullRequestDrafts.key, { main: { title: 'x' } });
    s.workspace.values.set(STATE_KEYS.walkthroughProgress.key, ['openGuide']);
    const state = new OnrampState(s);
    assert.equal(state.get('pickedIssue'), undefined);
    assert.deepEqual(state.get('pullRequestDrafts'), {});
    assert.deepEqual(state.get('walkthroughProgress'), {});
  });

  it('declares every key once', () => {
    const keys = Object.values(STATE_KEYS).map((k) => k.key);
    assert.equal(new Set(keys).size, keys.length);
    for (const key of keys) assert.match(key, /^onramp\./);
  });
});

describe('ContextKeys', () => {
  it('sets a key through setContext, and does not send a value the key already holds', async () => {
    const calls: unknown[][] = [];
    const keys = new ContextKeys(async (...args) => calls.push(args));
    await keys.set('onramp.guideState', 'none');
    await keys.set('onramp.guideState', 'none');
    await keys.set('onramp.guideState', 'found');
    assert.deepEqual(calls, [
      ['setContext', 'onramp.guideState', 'none'],
      ['setContext', 'onramp.guideState', 'found'],
    ]);
    assert.equal(keys.get('onramp.guideState'), 'found');
  });
});
