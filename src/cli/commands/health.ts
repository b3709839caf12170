import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { NodeRepoFiles } from '../../core/repo/nodeRepoFiles';
import { readGuide } from '../../core/guide/readGuide';
import { FileResponseCache, ForgeError, clientFor, describeProblem } from '../../core/forge';
import { GitHubClient } from '../../core/forge/github';
import { beginnerLabels } from '../../core/issues/beginnerLabels';
import { healthFromGitHub } from '../../core/health/fromGitHub';
import { health } from '../../core/health/figures';
import { formatHealth } from '../../core/health/format';
import { healthHtml } from '../../core/health/html';
import { roleOf } from '../../core/health/types';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { folderArg, usageError } from '../io';
import { tokenFor } from './issues';

/** Reviews are one request per pull request: read for at most this many open first-timer pull requests. */
const MAX_REVIEWED = 30;

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
    if (!facts.project) return fail(`No git remote of ${dir} names a GitHub repository, so there is no activity to read.`);
    const choice = clientFor(facts.project, {
      ...(typeof apiUrl === 'string' ? { apiBaseUrl: apiUrl } : {}),
      token: tokenFor(facts.project, process.env),
      cache: new FileResponseCache(join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'onramp', 'forge')),
      timeoutMs: Number(process.env.ONRAMP_HTTP_TIMEOUT_MS) || 15_000,
      retryAfterMs: Number(process.env.ONRAMP_HTTP_RETRY_MS) || 1000,
    });
    if ('unsupported' in choice) return fail(choice.unsupported);
    const client = choice.client;
    if (!(client instanceof GitHubClient)) return fail(`onramp health reads GitHub only for now; ${client.host} is a GitLab host.`);

    const now = Date.now();
    const since = now - days * 86_400_000;
    let sampled: string[];
    let result: ReturnType<typeof health>;
    try {
      const labels = beginnerLabels((await client.listLabels()).map((l) => l.name));
      let reviewNote: string | undefined;
      const listing = await client.listActivity(since, {
        reviewsOf: (openPulls, issues) => {
          const open = new Set(openPulls.map((p) => (p as { number?: unknown }).number));
          const wanted = issues
            .map((i) => i as { number?: unknown; author_association?: unknown; pull_request?: unknown })
            .filter((i) => i.pull_request && open.has(i.number) && roleOf(String(i.author_association ?? '')) === 'first-timer')
            .map((i) => i.number as number);
          if (wanted.length > MAX_REVIEWED) reviewNote = `reviews read for the ${MAX_REVIEWED} newest of ${wanted.length} open first-timer pull requests`;
          return wanted.slice(0, MAX_REVIEWED);
        },
      });
      sampled = [...listing.capped, ...(reviewNote ? [reviewNote] : [])];
      const { data, skipped } = healthFromGitHub(listing.activity, new Date(now).toISOString(), labels);
      if (skipped > 0) sampled.push(`${skipped} items without an author or date left out`);
      result = health(data);
    } catch (error) {
      if (error instanceof ForgeError) return fail(describeProblem(error.problem));
      throw error;
    }
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
