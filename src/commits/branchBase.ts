import type { GuideFacts } from '../core/guide/facts';
import type { CommitEngine } from './loadCommits';

/**
 * The ref the branch's own commits are counted from: the project's base branch (the guide's or maintainer
 * file's, else the remote's default, else `main`), tried as `upstream/<base>`, `origin/<base>`, then `<base>`.
 */
export async function baseRef(engine: CommitEngine, dir: string, facts: GuideFacts): Promise<{ ref: string } | { tried: string[] }> {
  let base = facts.baseBranch?.value ?? null;
  if (!base) {
    for (const remote of ['upstream', 'origin']) {
      const head = await engine.runGit(dir, ['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
      if (head.ok && head.stdout.trim()) {
        base = head.stdout.trim().slice(remote.length + 1);
        break;
      }
    }
  }
  const name = base ?? 'main';
  const tried = [`upstream/${name}`, `origin/${name}`, name];
  for (const ref of tried) if (await engine.resolveCommit(dir, ref)) return { ref };
  return { tried };
}
