/**
 * A command that is one already taken with more added: arguments that pick one part of what it does (`-Path x`,
 * `test/api`), or only `VAR=value` settings (`make check OPTS=x`). Such a line is a variant of that step.
 */
import type { FoundCommand } from '../facts';
import type { CommandKind } from './commands';

/**
 * Whether arguments added to a command pick one part of what it does: an option with its value (`-Path x`,
 * `-remote Drive:`, `-f global`) or a path (`test/api`). A pattern for every package (`./...`) picks everything.
 */
export function narrows(extra: string): boolean {
  const words = extra.split(/\s+/).slice(0, 50);
  return words.some(
    (w, k) =>
      // A number for an option (`make -j 4`) sets how the step runs, not which part of it.
      (/^--?[A-Za-z][\w-]{0,40}$/.test(w) && words[k + 1] !== undefined && !words[k + 1].startsWith('-') && !/^\d{1,4}$/.test(words[k + 1])) ||
      (w.includes('/') && !WHOLE_TREE.test(w)) ||
      // `./configure CC=xlc`: a setting for one platform or compiler.
      /^[A-Z][A-Z0-9_]{0,40}=\S/.test(w) ||
      // `make > make.log 2>&1`: the same step with its output kept.
      /^\d?>/.test(w) ||
      // `run_iwyu_tests.py cxx.test_array`, `cargo test parser::tests::x`: a test's dotted or `::` id picks that test.
      (/^[A-Za-z_]\w{0,60}(?:(?:\.|::)[A-Za-z_]\w{0,60}){1,8}$/.test(w) && (w.includes('::') || /(?:^|\.)(?:tests?(?:_|\.|$)|Test[A-Z])/.test(w))),
  );
}

export const ALL_KINDS: readonly CommandKind[] = ['setup', 'test', 'lint'];
/** Whether `key` is a taken command with arguments added that pick one part of what it does. */
export const extendedBy =
  (key: string) =>
  (c: FoundCommand): boolean =>
    key.startsWith(`${c.command} `) && narrows(key.slice(c.command.length + 1));

/** Whether `key` is a taken command with only `VAR=value` settings added after it. */
export const knobbedBy =
  (key: string) =>
  (c: FoundCommand): boolean =>
    key.startsWith(`${c.command} `) && key.slice(c.command.length + 1).split(/\s+(?=[A-Z][A-Za-z0-9_]{0,40}=)/).every((w) => /^[A-Z][A-Za-z0-9_]{0,40}=\S/.test(w));

const WHOLE_TREE = /^(?:\/\/|\.\/)?(?:[\w.-]{1,100}\/){0,10}\.\.\.$/;

