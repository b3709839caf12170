import * as vscode from 'vscode';
import { NodeRepoFiles } from '../core/repo/nodeRepoFiles';
import { RepoEntry, RepoFileContent, RepoFiles, joinRepoPath } from '../core/repo/repoFiles';

/**
 * `RepoFiles` for a workspace folder. Local folders are read with Node, which can read just the start of a
 * huge file and refuses pipes and symlinks out of the folder; other schemes go through `workspace.fs`.
 */
export function repoFilesFor(folder: vscode.Uri): RepoFiles {
  return folder.scheme === 'file' ? new NodeRepoFiles(folder.fsPath) : new VirtualRepoFiles(folder);
}

/** Files beyond this many times the requested size are not read at all, since `workspace.fs` cannot read part of one. */
const OVERSIZE_FACTOR = 8;

class VirtualRepoFiles implements RepoFiles {
  constructor(private readonly root: vscode.Uri) {}

  async list(dir: string): Promise<readonly RepoEntry[]> {
    const uri = this.uriOf(dir);
    if (!uri) return [];
    try {
      const entries = await vscode.workspace.fs.readDirectory(uri);
      const out: RepoEntry[] = [];
      for (const [name, type] of entries) {
        // Where a link leads cannot be checked here, so it is not followed; the reader says so when it matters.
        if (type & vscode.FileType.SymbolicLink) out.push({ name, kind: 'refused', reason: 'link' });
        else if (type & vscode.FileType.File) out.push({ name, kind: 'file' });
        else if (type & vscode.FileType.Directory) out.push({ name, kind: 'directory' });
      }
      return out;
    } catch {
      return [];
    }
  }

  async read(path: string, maxBytes: number): Promise<RepoFileContent | undefined> {
    const uri = this.uriOf(path);
    if (!uri) return undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.File) || stat.type & vscode.FileType.SymbolicLink) return undefined;
      if (stat.size > maxBytes * OVERSIZE_FACTOR) return { bytes: new Uint8Array(), truncated: true, size: stat.size };
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes, size: bytes.length };
    } catch {
      return undefined;
    }
  }

  private uriOf(path: string): vscode.Uri | undefined {
    const normal = joinRepoPath(path);
    return normal === undefined ? undefined : normal === '' ? this.root : vscode.Uri.joinPath(this.root, normal);
  }
}
