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
  /**
   * One name for everything that reaches the same file or folder (symlinks resolved), so a reader can tell it
   * has been somewhere before; undefined when `path` cannot be read. Without it, paths are taken as they are.
   */
  canonical?(path: string): Promise<string | undefined>;
}

/**
 * A directory entry. Entries the implementation will not read (a symlink out of the repository or to nothing,
 * a pipe or device) are listed as `refused` with the reason, so a reader can tell the user rather than go quiet.
 */
export type RepoEntry = { readonly name: string; readonly kind: 'file' | 'directory' } | { readonly name: string; readonly kind: 'refused'; readonly reason: RefusedReason };

export type RefusedReason =
  /** A symbolic link whose target is outside the repository. */
  | 'link-outside'
  /** A symbolic link whose target does not exist. */
  | 'link-broken'
  /** A symbolic link that leads back to itself through other links. */
  | 'link-loop'
  /** A symbolic link in a workspace whose links cannot be resolved safely (remote and virtual file systems). */
  | 'link'
  /** Not a regular file or folder: a named pipe, socket or device. */
  | 'special';

/** "<path> is …; it was not read.", for a ReaderProblem about a refused entry. */
export function refusalMessage(path: string, reason: RefusedReason): string {
  const what: Record<RefusedReason, string> = {
    'link-outside': 'is a link that leads outside the repository',
    'link-broken': 'is a link to a file that does not exist',
    'link-loop': 'is a link that leads round in a loop (a link cycle)',
    link: 'is a symbolic link, which Onramp does not follow in this kind of workspace',
    special: 'is not a regular file (a pipe, socket or device)',
  };
  return `${path} ${what[reason]}; it was not read.`;
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
