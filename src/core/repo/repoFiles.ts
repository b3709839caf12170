/**
 * Read-only access to a repository's files, by repo-relative POSIX paths.
 *
 * The core never touches a file system directly: the CLI reads through Node's `fs`, the extension through
 * `vscode.workspace.fs`, so remote and virtual workspaces work, and tests can hand in an in-memory tree.
 * A repository is untrusted input: implementations must stay inside the root, skip anything that is not a
 * regular file or directory (pipes, devices), and never read more than they are asked for.
 */
export interface RepoFiles {
  /** Entries directly in `dir` ("" for the root); an empty list when `dir` does not exist. */
  list(dir: string): Promise<readonly RepoEntry[]>;
  /** At most `maxBytes` bytes of `path`, or undefined when it is missing or not a regular file. */
  read(path: string, maxBytes: number): Promise<RepoFileContent | undefined>;
}

export interface RepoEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory';
}

export interface RepoFileContent {
  readonly bytes: Uint8Array;
  /** The file is larger than what was read. */
  readonly truncated: boolean;
  /** The file's full size in bytes. */
  readonly size: number;
}

/** Joins repo-relative path parts with "/" and normalises "." and "..", refusing to climb above the root. */
export function joinRepoPath(...parts: string[]): string | undefined {
  const out: string[] = [];
  for (const part of parts.join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

/** The folder part of a repo-relative path ("" for a file in the root). */
export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
