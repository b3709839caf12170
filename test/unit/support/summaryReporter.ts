/**
 * Mocha reporter for the unit layer of `npm test`: writes passed, failed and skipped tests (with the reason for
 * each skip) as JSON to the file given by `--reporter-option output=<file>`; scripts/test.mjs prints them.
 */
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { skipReasonOf } from './skip';

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

export interface UnitResults {
  readonly passed: string[];
  readonly failed: { title: string; error: string }[];
  readonly skipped: { title: string; reason: string }[];
}

export default class SummaryReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const output = (options.reporterOptions as { output?: string } | undefined)?.output;
    const results: UnitResults = { passed: [], failed: [], skipped: [] };
    runner.on(EVENT_TEST_PASS, (test) => results.passed.push(test.fullTitle()));
    // Hooks fail through this event too, so a broken `before` is a failure, never silence.
    runner.on(EVENT_TEST_FAIL, (test, error: Error) => results.failed.push({ title: test.fullTitle(), error: `${error.message}\n${error.stack ?? ''}` }));
    runner.on(EVENT_TEST_PENDING, (test) => results.skipped.push({ title: test.fullTitle(), reason: skipReasonOf(test) }));
    runner.once(EVENT_RUN_END, () => {
      const json = JSON.stringify(results, null, 2);
      if (output) writeFileSync(output, json);
      else console.log(json);
    });
  }
}
