/**
 * The branch names a clone knows, read from `.git` as data (git is never run): local heads, remote-tracking
 * branches of every remote, packed refs and HEAD's branch (which may be unborn). undefined when there is no
 * readable `.git` folder (a worktree's `.git` file points outside the repository, which is not read).
 */
import { RepoFiles } from '../repo/repoFiles';

const MAX_REF_FILES = 5000;

export interface BranchNames {
  readonly local: ReadonlySet<string>;
  /** Remote-tracking branches, without the remote's name. */
  readonly remote: ReadonlySet<string>;
}

export async function branchNames(files: RepoFiles): Promise<BranchNames | undefined> {
  const root = await files.list('');
  if (!root.some((e) => e.name === '.git' && e.kind === 'directory')) return undefined;
  const local = new Set<string>();
  const remote = new Set<string>();
  const text = async (path: string): Promise<string | undefined> => {
    const c = await files.read(path, 4 * 1024 * 1024);
    return c ? new TextDecoder().decode(c.bytes) : undefined;
  };
  const packed = await text('.git/packed-refs');
  for (const line of (packed ?? '').split(/\r?\n/)) addRef(line.split(' ')[1] ?? '', local, remote);
  const head = await text('.git/HEAD');
  const headRef = /^ref:\s*(\S+)/.exec(head ?? '');
  if (headRef) addRef(headRef[1], local, remote);
  let budget = MAX_REF_FILES;
  const walk = async (dir: string): Promise<void> => {
    for (const e of await files.list(dir)) {
      if (budget-- <= 0) return;
      if (e.kind === 'directory') await walk(`${dir}/${e.name}`);
      else if (e.kind === 'file' && e.name !== 'HEAD') addRef(`${dir.slice('.git/'.length)}/${e.name}`, local, remote);
    }
  };
  await walk('.git/refs/heads');
  await walk('.git/refs/remotes');
  return { local, remote };
}

function addRef(ref: string, local: Set<string>, remote: Set<string>): void {
  const head = /^refs\/heads\/(.+)$/.exec(ref);
  if (head) local.add(head[1]);
  const tracking = /^refs\/remotes\/[^/]+\/(.+)$/.exec(ref);
  if (tracking && tracking[1] !== 'HEAD') remote.add(tracking[1]);
}
