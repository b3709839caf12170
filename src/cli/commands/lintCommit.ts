import { readFileSync } from 'node:fs';
import { lintMessage } from '../../core/commits/lintMessage';
import type { CommitProblem } from '../../core/commits/types';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { repoCommitRules } from '../commitRules';
import { folderArg, usageError } from '../io';

/** One line per problem: `where:line:column: severity: message`. */
export function problemLine(where: string, p: CommitProblem): string {
  const at = p.range ? `:${p.range.start.line + 1}:${p.range.start.column + 1}` : '';
  return terminalLine(`${where}${at}: ${p.severity}: ${p.message}`);
}

/** `onramp lint-commit --edit <file> [--json] [dir]`: the commit-msg hook's check. */
export const lintCommitCommand: CliCommand = {
  name: 'lint-commit',
  usage: 'onramp lint-commit --edit <file> [--json] [dir]',
  async run(args) {
    const split = splitArgs(args, ['--json'], ['--edit']);
    if ('error' in split) return usageError(split.error);
    const file = split.flags.get('--edit');
    if (typeof file !== 'string') return usageError('lint-commit needs --edit <file> (the commit message file git passes to the hook)');
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    let message: string;
    try {
      message = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`onramp: cannot read ${terminalLine(file)}: ${terminalLine(error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
    const { ruleSet, commentChar } = await repoCommitRules(dir);
    const problems = await lintMessage(message, ruleSet, { cleanup: 'strip', commentChar });
    if (split.flags.has('--json')) process.stdout.write(`${terminalSafeJson(JSON.stringify({ file, problems }, null, 2))}\n`);
    else for (const p of problems) process.stdout.write(`${problemLine(file, p)}\n`);
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};
