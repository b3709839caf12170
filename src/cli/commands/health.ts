import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { NodeRepoFiles } from '../../core/repo/nodeRepoFiles';
import { readGuide } from '../../core/guide/readGuide';
import { FileResponseCache, ForgeError, clientFor, describeProblem } from '../../core/forge';
import { HealthReport, collectHealth } from '../../core/health/collect';
import { formatHealth } from '../../core/health/format';
import { healthHtml } from '../../core/health/html';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { folderArg, usageError } from '../io';
import { tokenFor } from './issues';

/** `onramp health [dir] [--json] [--html FILE] [--api-url URL] [--since DAYS]`: how the project treats first-time contributors. */
export const healthCommand: CliCommand = {
  name: 'health',
  usage: 'onramp health [dir] [--json] [--html FILE] [--api-url URL] [--since DAYS]',
  async run(args) {
    const split = splitArgs(args, ['--json'], ['--api-url', '--since', '--html']);
    if ('error' in split) return usageError(split.error);
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    const apiUrl = split.flags.get('--api-url');
    if (typeof apiUrl === 'string' && !/^https?:\/\/[^\s/]+/i.test(apiUrl)) return usageError(`--api-url needs an http(s) address, got "${apiUrl}"`);
    const htmlFile = split.flags.get('--html');
    if (htmlFile === true || htmlFile === '') return usageError('--html needs a file name');
    const sinceFlag = split.flags.get('--since');
    const days = typeof sinceFlag === 'string' ? Number(sinceFlag) : 90;
    if (!Number.isInteger(days) || days < 1) return usageError(`--since needs a whole number of days, got "${String(sinceFlag)}"`);

    const facts = await readGuide(new NodeRepoFiles(dir), { projectName: basename(resolve(dir)) });
    if (!facts.project) return fail(`No git remote of ${dir} names a GitHub or GitLab repository, so there is no activity to read.`);
    const choice = clientFor(facts.project, {
      ...(typeof apiUrl === 'string' ? { apiBaseUrl: apiUrl } : {}),
      token: tokenFor(facts.project, process.env),
      cache: new FileResponseCache(join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'onramp', 'forge')),
      timeoutMs: Number(process.env.ONRAMP_HTTP_TIMEOUT_MS) || 15_000,
      retryAfterMs: Number(process.env.ONRAMP_HTTP_RETRY_MS) || 1000,
    });
    if ('unsupported' in choice) return fail(choice.unsupported);
    const client = choice.client;
    let report: HealthReport;
    try {
      report = await collectHealth(client, { days });
    } catch (error) {
      if (error instanceof ForgeError) return fail(describeProblem(error.problem));
      throw error;
    }
    const { health: result, sampled } = report;
    const heading = `Newcomer health of ${client.path}: issues and pull requests active in the last ${days} days.`;
    if (typeof htmlFile === 'string') {
      writeFileSync(htmlFile, healthHtml(result, heading, sampled));
      process.stderr.write(`onramp health: wrote ${terminalLine(htmlFile)}\n`);
    }
    if (split.flags.has('--json')) process.stdout.write(`${terminalSafeJson(JSON.stringify({ repository: client.path, days, ...result, sampled }, null, 2))}\n`);
    else process.stdout.write(formatHealth(result, heading, sampled, terminalLine));
    return 0;
  },
};

function fail(message: string): number {
  process.stderr.write(`onramp health: ${terminalLine(message)}\n`);
  return 1;
}
