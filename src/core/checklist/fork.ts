/**
 * The contributor's fork, for when they may not push to the project itself: made through the forge's API
 * (GitHub's POST /repos/{owner}/{repo}/forks, GitLab's POST /projects/:id/fork), waited for while the forge fills
 * it (bounded), and added as a git remote so the branch can be pushed there and the pull request opened from it.
 */
import { ForgeError } from '../forge/problems';
import type { ForgeClient, RepositoryInfo } from '../forge/types';
import { runGit } from '../git/runGit';

export interface ForkOptions {
  /** How long to wait for a fork the forge is still making; default 60 s. */
  readonly waitMs?: number;
  /** The pause between looks at a fork that is not there yet (doubling, at most 5 s); default 1 s. */
  readonly pollMs?: number;
  /** The user's login when the forge cannot be asked (no token may go to its address). */
  readonly login?: string;
}

export interface Fork {
  readonly info: RepositoryInfo;
  /** The fork's owner (the signed-in user). */
  readonly owner: string;
  /** The git remote the fork was found under or added as. */
  readonly remote: string;
  /** Whether Onramp created the fork just now (rather than finding the user's own). */
  readonly created: boolean;
}

/** Whether the signed-in user may push to the client's repository; null when the forge does not say (or cannot be asked: the push will tell). */
export async function mayPush(client: ForgeClient): Promise<boolean | null> {
  try {
    return (await client.getRepository()).permissions?.canPush ?? null;
  } catch {
    return null;
  }
}

/**
 * The user's fork of the client's repository, created when there is none, with a remote for it in `dir`.
 * `pushRemote` is the remote that names the project (its URL's form, https or ssh, is kept for the fork's).
 */
export async function ensureFork(dir: string, client: ForgeClient, pushRemote: string, options: ForkOptions = {}): Promise<Fork> {
  const login = (await client.whoAmI())?.login ?? options.login;
  if (!login) throw new Error(`Sign in to ${client.host} to fork ${client.path}.`);
  const name = client.path.slice(client.path.lastIndexOf('/') + 1);
  const expected = `${login}/${name}`;
  let info: RepositoryInfo | null = null;
  let created = false;
  try {
    // GitHub answers an existing fork with that fork; GitLab refuses a second one (409), and then it is looked up.
    info = await client.createFork();
    created = true;
  } catch (error) {
    if (!(error instanceof ForgeError) || !['notFound', 'malformed'].includes(error.problem.kind)) throw error;
  }
  info ??= await waitForFork(client.forRepository(expected), options);
  if (info.path.toLowerCase() === client.path.toLowerCase()) throw new Error(`${client.host} gave back ${client.path} itself instead of a fork.`);
  const remote = await remoteFor(dir, pushRemote, client.path, info);
  return { info, owner: info.path.slice(0, info.path.lastIndexOf('/')) || login, remote, created };
}

/** Looks at the fork until the forge has made it, or gives up after `waitMs`. */
async function waitForFork(fork: ForgeClient, options: ForkOptions): Promise<RepositoryInfo> {
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  let pause = options.pollMs ?? 1000;
  for (;;) {
    try {
      return await fork.getRepository();
    } catch (error) {
      if (!(error instanceof ForgeError) || error.problem.kind !== 'notFound' || Date.now() + pause > deadline) {
        if (error instanceof ForgeError && error.problem.kind === 'notFound') throw new Error(`The fork ${fork.path} did not appear on ${fork.host} in time; try again in a minute.`);
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 5000);
  }
}

/** The remote that already points at the fork, or a new one (`fork`, or `fork-2`... when taken). */
async function remoteFor(dir: string, pushRemote: string, upstreamPath: string, fork: RepositoryInfo): Promise<string> {
  // As configured, not as `insteadOf` rewrites it: the fork's remote is written the way the user wrote the project's.
  const configured = await runGit(dir, ['config', '--get-regexp', String.raw`^remote\..*\.url$`]);
  const remotes = new Map<string, string>();
  for (const line of configured.stdout.split('\n')) {
    const m = /^remote\.(.+)\.url (.+)$/.exec(line);
    if (m) remotes.set(m[1], m[2]);
  }
  const url = forkUrl(remotes.get(pushRemote) ?? '', upstreamPath, fork);
  for (const [name, existing] of remotes) if (sameRepository(existing, url)) return name;
  let name = 'fork';
  for (let k = 2; remotes.has(name); k++) name = `fork-${k}`;
  const added = await runGit(dir, ['remote', 'add', '--end-of-options', name, url]);
  if (!added.ok) throw new Error(`Could not add the remote "${name}" for your fork: ${added.stderr.trim()}`);
  return name;
}

/**
 * The fork's git address in the form the project's remote uses (`git@host:owner/name.git` stays ssh), else the
 * fork's web address with `.git`, which GitHub and GitLab both serve over https.
 */
export function forkUrl(projectUrl: string, upstreamPath: string, fork: Pick<RepositoryInfo, 'path' | 'webUrl'>): string {
  const at = projectUrl.toLowerCase().lastIndexOf(upstreamPath.toLowerCase());
  const rest = at >= 0 ? projectUrl.slice(at + upstreamPath.length) : null;
  if (at > 0 && rest !== null && /^(?:\.git)?\/?$/.test(rest) && /[:/]$/.test(projectUrl.slice(0, at))) return `${projectUrl.slice(0, at)}${fork.path}${rest}`;
  return `${fork.webUrl.replace(/\/+$/, '')}.git`;
}

function sameRepository(a: string, b: string): boolean {
  const norm = (u: string): string => u.toLowerCase().replace(/\/+$/, '').replace(/\.git$/, '');
  return norm(a) === norm(b);
}
