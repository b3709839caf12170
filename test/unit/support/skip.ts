/**
 * Skipping with a reason. Mocha's `this.skip()` takes none, so a skipped test would show up as a bare
 * "pending" line and could hide that a whole suite never ran. `skipBecause` keeps one sentence on the skipped
 * test (or, from a hook, on its suite), and the reporters of every layer print it beside the test.
 */
import type Mocha from 'mocha';

const REASON = Symbol.for('onramp.skipReason');

type WithReason = { [REASON]?: string };

/** Skips the running test, or from a `before` hook every test of its suite, saying why in one sentence. */
export function skipBecause(context: Mocha.Context, reason: string): never {
  const runnable = context.runnable();
  const holder: WithReason = (runnable as { type?: string }).type === 'hook' && runnable.parent ? (runnable.parent as WithReason) : (runnable as WithReason);
  holder[REASON] = reason;
  context.skip();
}

/** Why `test` was skipped: its own reason or the nearest suite's; a default for `it.skip` and bodiless tests. */
export function skipReasonOf(test: Mocha.Runnable): string {
  for (let at: Mocha.Runnable | Mocha.Suite | undefined = test; at; at = at.parent) {
    const reason = (at as WithReason)[REASON];
    if (reason) return reason;
  }
  return 'it is marked pending in its test file (it.skip, describe.skip or a test without a body).';
}
