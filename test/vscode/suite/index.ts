// Runs inside VS Code's extension host (loaded through `extensionTestsPath`): mocha with the real `vscode` API.
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { skipReasonOf } from '../../unit/support/skip';

/** Must match RESULT_PREFIX in scripts/vscode/workbench.mjs, which reads these lines from the page console. */
const RESULT_PREFIX = 'ONRAMP_TEST_RESULT ';

function report(result: Record<string, unknown>): void {
  console.log(RESULT_PREFIX + JSON.stringify(result));
}

export async function run(): Promise<void> {
  report({ kind: 'meta', vscodeVersion: vscode.version, trusted: vscode.workspace.isTrusted });
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'dot' });
  const grep = process.env.ONRAMP_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => report({ kind: 'test', title: test.fullTitle(), state: 'passed', ms: test.duration }));
    runner.on('fail', (test, error: Error) =>
      report({ kind: 'test', title: test.fullTitle(), state: 'failed', error: `${error.message}\n${error.stack ?? ''}`.slice(0, 4000) }),
    );
    // Skipped tests are reported with their reason (see skipBecause), so a skip never hides a missing test.
    runner.on('pending', (test) => report({ kind: 'test', title: test.fullTitle(), state: 'skipped', reason: skipReasonOf(test) }));
  });
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}
