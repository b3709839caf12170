import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import { RefusedReason, RepoEntry, RepoFileContent, RepoFiles, joinRepoPath } from './repoFiles';

/** `RepoFiles` over a folder on disk, for the CLI and for tests. */
export class NodeRepoFiles implements RepoFiles {
  private readonly root: string;
  private realRootPromise: Promise<string> | undefined;

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
        entries.push(typeof kind === 'string' ? { name: d.name, kind } : { name: d.name, kind: 'refused', reason: kind.refused });
      } else entries.push({ name: d.name, kind: 'refused', reason: 'special' });
    }
    return entries;
  }

  /** The real path relative to the root, so `docs/loop/x.md` and `x.md` are one file when `docs/loop -> ..`. */
  async canonical(rel: string): Promise<string | undefined> {
    const abs = await this.resolveInside(rel);
    if (!abs) return undefined;
    const realRoot = await this.realRoot();
    return abs === realRoot ? '' : path.relative(realRoot, abs).split(path.sep).join('/');
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

  /** What a symlink leads to, or why it is not followed. */
  private async kindOf(rel: string | undefined): Promise<'file' | 'directory' | { refused: RefusedReason }> {
    const abs = rel === undefined ? undefined : path.join(this.root, rel);
    if (!abs) return { refused: 'link-outside' };
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (error) {
      return { refused: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-loop' : 'link-broken' };
    }
    if (!this.isInside(real, await this.realRoot())) return { refused: 'link-outside' };
    try {
      const stat = await fs.stat(real);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : { refused: 'special' };
    } catch {
      return { refused: 'link-broken' };
    }
  }

  private realRoot(): Promise<string> {
    this.realRootPromise ??= fs.realpath(this.root).catch(() => this.root);
    return this.realRootPromise;
  }

  private isInside(real: string, realRoot: string): boolean {
    return real === realRoot || real.startsWith(realRoot + path.sep);
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
    return this.isInside(real, await this.realRoot()) ? real : undefined;
  }
}
