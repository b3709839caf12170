import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/** The command rules' tests: a small guide of our own (or a few files), and the commands read from it by phase. */
export type Kind = 'setup' | 'test' | 'lint';

export async function commandsOf(files: Record<string, string> | string): Promise<Record<Kind, string[]>> {
  const repo = typeof files === 'string' ? { 'CONTRIBUTING.md': files } : files;
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(repo)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
}

/** [test name, guide, the commands wanted in each phase named (a phase left out is not checked)]. */
export type Case = [string, string | Record<string, string>, Partial<Record<Kind, string[]>>];

export function check(cases: Case[]): void {
  for (const [name, guide, want] of cases) {
    it(name, async () => {
      const got = await commandsOf(guide);
      for (const kind of Object.keys(want) as Kind[]) assert.deepEqual(got[kind], want[kind], kind);
    });
  }
}
