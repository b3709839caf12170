import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { NodeRepoFiles } from '../../core/repo/nodeRepoFiles';
import { readGuide } from '../../core/guide/readGuide';
import { readMaintainerFile } from '../../core/maintainer';
import type { Project } from '../../core/repo/project';
import { FileResponseCache, ForgeError, clientFor, describeProblem } from '../../core/forge';
import { IssueList, findBeginnerIssues } from '../../core/issues/findIssues';
import { ago } from '../../core/issues/relativeTime';
import { terminalLine, terminalSafeJson } from '../../core/text/terminal';
import { CliCommand, splitArgs } from '../command';
import { folderArg, usageError } from '../io';

/** `onramp issues [dir] [--json] [--label L] [--api-url URL]`: the ready beginner issues, with why each is ready. */
export const issuesCommand: CliCommand = {
  name: 'issues',
  usage: 'onramp issues [dir] [--json] [--label L] [--api-url URL]',
  async run(args) {
    const split = splitArgs(args, ['--json'], ['--label', '--api-url']);
    if ('error' in split) return usageError(split.error);
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    const apiUrl = split.flags.get('--api-url');
    if (typeof apiUrl === 'string' && !/^https?:\/\/[^\s/]+/i.test(apiUrl)) return usageError(`--api-url needs an http(s) address, got "${apiUrl}"`);
    const label = split.flags.get('--label');

    const files = new NodeRepoFiles(dir);
    const facts = await readGuide(files, { projectName: basename(resolve(dir)) });
    const project = facts.project;
    if (!project) return fail(`No git remote of ${dir} names a GitHub or GitLab repository, so there are no issues to list.`);
    const maintainerLabels = facts.files.config ? ((await readMaintainerFile(files, facts.files.config)).config?.labels?.value ?? []) : [];

    const choice = clientFor(project, {
      ...(typeof apiUrl === 'string' ? { apiBaseUrl: apiUrl } : {}),
      token: tokenFor(project, process.env),
      cache: new FileResponseCache(cacheFolder(process.env)),
      timeoutMs: Number(process.env.ONRAMP_HTTP_TIMEOUT_MS) || 15_000,
      retryAfterMs: Number(process.env.ONRAMP_HTTP_RETRY_MS) || 1000,
    });
    if ('unsupported' in choice) return fail(choice.unsupported);

    let list: IssueList;
    try {
      list = await findBeginnerIssues(choice.client, { extraLabels: [...(typeof label === 'string' ? [label] : []), ...maintainerLabels], hideBlocked: true });
    } catch (error) {
      if (error instanceof ForgeError) return fail(describeProblem(error.problem));
      throw error;
    }
    if (split.flags.has('--json')) process.stdout.write(`${terminalSafeJson(JSON.stringify(toJson(list), null, 2))}\n`);
    else process.stdout.write(formatList(list, project));
    return 0;
  },
};

function fail(sentence: string): number {
  process.stderr.write(`onramp: ${terminalLine(sentence)}\n`);
  return 1;
}

/**
 * The token for the project's own host only: GITHUB_TOKEN for github.com, GH_ENTERPRISE_TOKEN for a GitHub
 * Enterprise host, GITLAB_TOKEN for gitlab.com (or the host GITLAB_HOST names, as glab does). Which origin it
 * may then reach is decided by the client, request by request.
 */
export function tokenFor(project: Project, env: NodeJS.ProcessEnv): string | undefined {
  const pick = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value.trim() : undefined);
  if (project.hostKind === 'github') return pick(env.GITHUB_TOKEN) ?? pick(env.GH_TOKEN);
  if (project.hostKind === 'github-enterprise') return pick(env.GH_ENTERPRISE_TOKEN) ?? pick(env.GITHUB_ENTERPRISE_TOKEN);
  if (project.hostKind === 'gitlab') {
    const host = env.GITLAB_HOST?.replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase();
    return project.host === 'gitlab.com' || host === project.host ? pick(env.GITLAB_TOKEN) : undefined;
  }
  return undefined;
}

function cacheFolder(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'onramp', 'forge');
}

function toJson(list: IssueList): unknown {
  return {
    repository: { path: list.repository.path, webUrl: list.repository.webUrl, defaultBranch: list.repository.defaultBranch },
    fork: list.fork ? { path: list.fork.path, webUrl: list.fork.webUrl } : null,
    labels: list.labels,
    issues: list.issues.map((i) => ({
      number: i.issue.number,
      title: i.issue.title,
      url: i.issue.url,
      labels: i.issue.labels,
      comments: i.issue.comments,
      createdAt: new Date(i.issue.createdAt).toISOString(),
      updatedAt: new Date(i.issue.updatedAt).toISOString(),
      ready: i.ready,
      reasons: i.reasons,
      blockers: i.blockers,
    })),
    hidden: list.hidden,
    fetchedAt: list.fetchedAt === null ? null : new Date(list.fetchedAt).toISOString(),
    stale: list.stale,
  };
}

function formatList(list: IssueList, project: Project): string {
  const lines: string[] = [];
  const safe = terminalLine;
  if (list.fork) {
    lines.push(`${safe(list.fork.path)} is a fork; these issues are from ${safe(list.repository.path)}.`);
    const parentUrl = list.fork.parent?.cloneUrl;
    if (parentUrl && !project.remotes.some((r) => r.name === 'upstream')) lines.push(`To follow it: git remote add upstream ${safe(parentUrl)}`);
  }
  if (list.stale && list.fetchedAt !== null) lines.push(`Offline: the list from ${ago(list.fetchedAt, Date.now()).replace('today', 'earlier today')}.`);
  if (list.labels.length === 0) {
    lines.push(`${safe(list.repository.path)} has no label for beginner issues (such as "good first issue"). Try --label with one of its labels.`);
    return `${lines.join('\n')}\n`;
  }
  const ready = list.issues.length;
  lines.push(`${safe(list.repository.path)}: ${ready === 0 ? 'no' : ready} ready beginner issue${ready === 1 ? '' : 's'} (labels: ${list.labels.map(safe).join(', ')})`);
  for (const item of list.issues) {
    lines.push('', `#${item.issue.number} ${safe(item.issue.title)}${item.issue.labels.length ? `  [${item.issue.labels.map(safe).join(', ')}]` : ''}`);
    lines.push(`    ${safe(item.issue.url)}`);
    lines.push(`    ${item.reasons.join(', ')}`);
  }
  if (list.hidden > 0) lines.push('', `${list.hidden} more ${list.hidden === 1 ? 'is' : 'are'} taken or blocked.`);
  return `${lines.join('\n')}\n`;
}
