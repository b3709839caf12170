import { lintMessage } from '../../core/commits/lintMessage';
import type { CommitProblem } from '../../core/commits/types';
import { commitsBetween } from '../../core/git/history';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { repoCommitRules } from '../commitRules';
import { folderArg, usageError } from '../io';
import { problemLine } from './lintCommit';

/** `onramp lint-commits --from <ref> [--to <ref>] [--json] [dir]`: every commit in from..to, for CI. */
export const lintCommitsCommand: CliCommand = {
  name: 'lint-commits',
  usage: 'onramp lint-commits --from <ref> [--to <ref>] [--json] [dir]',
  async run(args) {
    const split = splitArgs(args, ['--json'], ['--from', '--to']);
    if ('error' in split) return usageError(split.error);
    const from = split.flags.get('--from');
    const to = split.flags.get('--to') ?? 'HEAD';
    if (typeof from !== 'string' || typeof to !== 'string') return usageError('lint-commits needs --from <ref>');
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    const range = await commitsBetween(dir, from, to);
    if ('error' in range) {
      process.stderr.write(`onramp: ${terminalLine(range.error)}\n`);
      return 2;
    }
    const { ruleSet } = await repoCommitRules(dir);
    const results: { sha: string; subject: string; problems: CommitProblem[] }[] = [];
    for (const c of range.commits) {
      // Committed messages: a line starting with # is text, not a comment.
      const problems = await lintMessage(c.message, ruleSet, { cleanup: 'none' });
      results.push({ sha: c.sha, subject: c.message.split('\n', 1)[0], problems });
    }
    if (split.flags.has('--json')) process.stdout.write(`${terminalSafeJson(JSON.stringify({ from, to, commits: results }, null, 2))}\n`);
    else for (const r of results) for (const p of r.problems) process.stdout.write(`${problemLine(r.sha.slice(0, 12), p)}\n`);
    return results.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
  },
};
