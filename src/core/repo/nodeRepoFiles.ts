import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import { RepoEntry, RepoFileContent, RepoFiles, joinRepoPath } from './repoFiles';

/** `RepoFiles` over a folder on disk, for the CLI and for tests. */
export class NodeRepoFiles implements RepoFiles {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async list(dir: string): Promise<readonly RepoEntry[]> {
    const abs = await this.resolveInside(dir);
    if (!abs) return [];
    let dirents;
    try {
      dirents = await fs.readdir(abs, { withFileTypes: true });
    } catch {
      return [];
    }
    const entries: RepoEntry[] = [];
    for (const d of dirents) {
      if (d.isFile()) entries.push({ name: d.name, kind: 'file' });
      else if (d.isDirectory()) entries.push({ name: d.name, kind: 'directory' });
      else if (d.isSymbolicLink()) {
        const kind = await this.kindOf(joinRepoPath(dir, d.name));
        if (kind) entries.push({ name: d.name, kind });
      }
    }
    return entries;
  }

  async read(file: string, maxBytes: number): Promise<RepoFileContent | undefined> {
    const abs = await this.resolveInside(file);
    if (!abs) return undefined;
    let handle;
    try {
      // O_NONBLOCK keeps a named pipe from blocking the open; the stat below then rejects it.
      handle = await fs.open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
      const stat = await handle.stat();
      if (!stat.isFile()) return undefined;
      const length = Math.min(stat.size, Math.max(0, maxBytes));
      const buffer = Buffer.alloc(length);
      let offset = 0;
      while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return { bytes: buffer.subarray(0, offset), truncated: stat.size > offset, size: stat.size };
    } catch {
      return undefined;
    } finally {
      await handle?.close();
    }
  }

  private async kindOf(rel: string | undefined): Promise<RepoEntry['kind'] | undefined> {
    const abs = rel === undefined ? undefined : await this.resolveInside(rel);
    if (!abs) return undefined;
    try {
      const stat = await fs.stat(abs);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
    } catch {
      return undefined;
    }
  }

  /** The absolute path of `rel`, or undefined when it (or a symlink on the way) leads outside the root. */
  private async resolveInside(rel: string): Promise<string | undefined> {
    const normal = joinRepoPath(rel);
    if (normal === undefined) return undefined;
    const abs = path.join(this.root, normal);
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch {
      return undefined;
    }
    const realRoot = await fs.realpath(this.root).catch(() => this.root);
    return real === realRoot || real.startsWith(realRoot + path.sep) ? real : undefined;
  }
}
