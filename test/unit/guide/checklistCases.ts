import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/** The checklist rules' tests: a small guide of our own (or a few files), and the checklist items read from it. */
export const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

/** A Markdown guide holding `prose` under its title. */
export const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });

/** [test name, files, the checklist items wanted, in order]. */
export type ChecklistCase = [string, Record<string, string>, string[]];

export const run = (cases: ChecklistCase[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};
