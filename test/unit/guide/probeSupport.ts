/**
 * What the session-13 probe and review suites share: the facts read from a small repository of our own, a template
 * tag for guide texts, and the comparison form of a checklist item. Commands by phase come from commandCases.ts.
 */
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

export { commandsOf as allCommands } from './commandCases';

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
