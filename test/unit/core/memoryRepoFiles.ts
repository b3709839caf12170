import { RefusedReason, RepoEntry, RepoFileContent, RepoFiles, joinRepoPath } from '../../../src/core/repo/repoFiles';

/**
 * An in-memory repository for unit tests: paths to file contents. `refused` lists entries a real file system
 * would show but not read (a symlink out of the repository, a pipe), with the reason.
 */
export class MemoryRepoFiles implements RepoFiles {
  constructor(
    private readonly files: Record<string, string | Uint8Array>,
    private readonly refused: Record<string, RefusedReason> = {},
  ) {}

  async list(dir: string): Promise<readonly RepoEntry[]> {
    const prefix = dir ? `${joinRepoPath(dir)}/` : '';
    const seen = new Map<string, RepoEntry>();
    for (const path of Object.keys(this.files)) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      seen.set(name, { name, kind: slash < 0 ? 'file' : 'directory' });
    }
    for (const [path, reason] of Object.entries(this.refused)) {
      const slash = path.lastIndexOf('/');
      if ((slash < 0 ? '' : `${path.slice(0, slash)}/`) !== prefix) continue;
      const name = path.slice(slash + 1);
      seen.set(name, { name, kind: 'refused', reason });
    }
    return [...seen.values()];
  }

  async read(path: string, maxBytes: number): Promise<RepoFileContent | undefined> {
    const normal = joinRepoPath(path);
    const content = normal === undefined ? undefined : this.files[normal];
    if (content === undefined) return undefined;
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes, size: bytes.length };
  }

  async canonical(path: string): Promise<string | undefined> {
    return joinRepoPath(path);
  }
}
