import { basename, resolve } from 'node:path';
import { NodeRepoFiles } from '../../core/repo/nodeRepoFiles';
import { readGuide } from '../../core/guide/readGuide';
import { toInspectJson } from '../../core/guide/facts';
import { formatSummary } from '../../core/guide/summary';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { folderArg, usageError } from '../io';
import { withHistory } from '../../core/commits/historyInference';
import { historyInference } from '../commitRules';

/** `onramp inspect [dir] [--json]`: what Onramp reads in a project. */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage: 'onramp inspect [dir] [--json]',
  async run(args) {
    const split = splitArgs(args, ['--json']);
    if ('error' in split) return usageError(split.error);
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    const read = await readGuide(new NodeRepoFiles(dir), { projectName: basename(resolve(dir)) });
    // Commit facts nothing written gives come from the history, read without running the repository's programs.
    const facts = withHistory(read, await historyInference(dir, read));
    if (!split.flags.has('--json')) {
      // The summary lists every problem under "Problems"; printing warnings to stderr as well would say each twice.
      process.stdout.write(formatSummary(facts));
      return 0;
    }
    for (const p of facts.problems) {
      if (p.severity !== 'info') process.stderr.write(`${terminalLine(`${p.severity}: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)}\n`);
    }
    process.stdout.write(`${terminalSafeJson(JSON.stringify(toInspectJson(facts), null, 2))}\n`);
    return 0;
  },
};
