import { basename, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { readFileSync } from 'node:fs';
import { NodeRepoFiles } from '../../core/repo/nodeRepoFiles';
import { runCheck } from '../../core/check/runCheck';
import { formatFindings } from '../../core/check/format';
import { toSarif } from '../../core/check/sarif';
import { countBySeverity } from '../../core/check/types';
import { FileResponseCache, ForgeError, clientFor, describeProblem } from '../../core/forge';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { folderArg, usageError } from '../io';
import { tokenFor } from './issues';


/** `onramp check [dir] [--json] [--sarif] [--online] [--api-url URL]`: the contribution path, linted; exit 1 on errors. */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'onramp check [dir] [--json | --sarif] [--online] [--api-url URL]',
  async run(args) {
    const split = splitArgs(args, ['--json', '--sarif', '--online'], ['--api-url']);
    if ('error' in split) return usageError(split.error);
    if (split.flags.has('--json') && split.flags.has('--sarif')) return usageError('choose one of --json and --sarif');
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    const apiUrl = split.flags.get('--api-url');
    if (typeof apiUrl === 'string' && !/^https?:\/\/[^\s/]+/i.test(apiUrl)) return usageError(`--api-url needs an http(s) address, got "${apiUrl}"`);
    const online = split.flags.has('--online') || typeof apiUrl === 'string';

    const result = await runCheck(new NodeRepoFiles(dir), {
      projectName: basename(resolve(dir)),
      ...(online
        ? {
            forgeLabels: async (facts) => {
              if (!facts.project) return 'No git remote names a GitHub or GitLab repository, so the beginner labels were not checked.';
              const choice = clientFor(facts.project, {
                ...(typeof apiUrl === 'string' ? { apiBaseUrl: apiUrl } : {}),
                token: tokenFor(facts.project, process.env),
                cache: new FileResponseCache(join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'onramp', 'forge')),
                timeoutMs: Number(process.env.ONRAMP_HTTP_TIMEOUT_MS) || 15_000,
              });
              if ('unsupported' in choice) return choice.unsupported;
              try {
                return { host: choice.client.host, labels: (await choice.client.listLabels()).map((l) => l.name) };
              } catch (error) {
                if (error instanceof ForgeError) return `The beginner labels were not checked: ${describeProblem(error.problem)}`;
                throw error;
              }
            },
          }
        : {}),
    });
    if (split.flags.has('--sarif')) {
      const version = ownVersion();
      process.stdout.write(`${terminalSafeJson(JSON.stringify(toSarif(result, { version, informationUri: 'https://github.com/onramp-dev/onramp' }), null, 2))}\n`);
    } else if (split.flags.has('--json')) {
      process.stdout.write(`${terminalSafeJson(JSON.stringify({ findings: result.findings, counts: countBySeverity(result.findings), filesRead: result.filesRead, notes: result.notes }, null, 2))}\n`);
    } else {
      process.stdout.write(formatFindings(result, terminalLine));
    }
    return countBySeverity(result.findings).error > 0 ? 1 : 0;
  },
};

/** Onramp's own version, from the package.json beside dist/ (the CLI is dist/cli.js); 0.0.0 when it cannot be read. */
function ownVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
