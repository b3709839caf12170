/**
 * What the probe and review suites (sessions 13 and 14) share: the facts read from a small repository of our own, a
 * template tag for guide texts, the comparison form of a checklist item, one-file repositories by format, and the
 * checklist and command assertions. Commands by phase come from commandCases.ts.
 */
import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

import { commandsOf } from './commandCases';

export { commandsOf as allCommands };

export type Phases = { setup: string[]; test: string[]; lint: string[] };

export const factsOf = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));

/**
 * A guide text written in the test: the common indentation is removed, the raw text is kept (backslashes stay), and
 * `´` stands for a backtick so that fences and inline code read without escapes.
 */
export const g = (strings: TemplateStringsArray, ...values: unknown[]): string => {
  const raw = String.raw({ raw: strings.raw }, ...values).replace(/´/g, '`');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ ]*/.exec(l)![0].length));
  return `${lines.map((l) => l.slice(indent)).join('\n')}\n`;
};

/** A checklist item as compared: links read as their text, no backticks, white space collapsed, no closing punctuation. */
export const norm = (s: string): string => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '').trim();

/** A repository of one guide file, by its format: what most probes read. */
export const md = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });
export const rst = (text: string): Record<string, string> => ({ 'CONTRIBUTING.rst': text });
export const adoc = (text: string): Record<string, string> => ({ 'CONTRIBUTING.adoc': text });
export const readme = (text: string): Record<string, string> => ({ 'README.md': text });
export const hacking = (text: string): Record<string, string> => ({ HACKING: text });

/** The checklist items read from a repository, in their comparison form. */
export const checklistOf = async (files: Record<string, string>): Promise<string[]> => (await factsOf(files)).checklist.map((c) => norm(c.text));

/** Asserts the commands by phase read from a repository. */
export const expectPhases = async (files: Record<string, string>, expected: Phases): Promise<void> => assert.deepEqual(await commandsOf(files), expected);

