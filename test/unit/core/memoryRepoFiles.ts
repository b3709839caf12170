import { RepoEntry, RepoFileContent, RepoFiles, joinRepoPath } from '../../../src/core/repo/repoFiles';

/** An in-memory repository for unit tests: paths to file contents. */
export class MemoryRepoFiles implements RepoFiles {
  constructor(private readonly files: Record<string, string | Uint8Array>) {}

  async list(dir: string): Promise<readonly RepoEntry[]> {
    const prefix = dir ? `${joinRepoPath(dir)}/` : '';
    const seen = new Map<string, RepoEntry['kind']>();
    for (const path of Object.keys(this.files)) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      seen.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    return [...seen].map(([name, kind]) => ({ name, kind }));
  }

  async read(path: string, maxBytes: number): Promise<RepoFileContent | undefined> {
    const normal = joinRepoPath(path);
    const content = normal === undefined ? undefined : this.files[normal];
    if (content === undefined) return undefined;
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes, size: bytes.length };
  }
}
