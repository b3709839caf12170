import * as vscode from 'vscode';
import type { CandidatePaths } from '../core/guide/candidatePaths';
import { Disposable } from '../util/dispose';

/** Git's record of the current branch: not read by the reader, but the branch is part of a repository's state. */
export const GIT_HEAD = '.git/HEAD';

/**
 * File watchers for one repository root, on exactly the paths the reader may read: its candidate paths, the
 * files a reading followed links to, and `.git/HEAD`. Each event is handed on as a root-relative path.
 */
export class RootWatcher extends Disposable {
  private extra: vscode.Disposable | undefined;
  private extraGlob = '';

  constructor(
    private readonly root: vscode.Uri,
    candidates: CandidatePaths,
    private readonly onPath: (relative: string) => void,
  ) {
    super();
    this.watch(braced([...candidates.globs, GIT_HEAD]), (w) => this.register(w));
    this.register({ dispose: () => this.extra?.dispose() });
  }

  /** Also watches these root-relative files (the documents a reading followed links to); replaces the last set. */
  watchAlso(paths: readonly string[]): void {
    const glob = paths.length ? braced(paths.map(globOfPath)) : '';
    if (glob === this.extraGlob || this.isDisposed) return;
    this.extra?.dispose();
    this.extra = undefined;
    this.extraGlob = glob;
    if (glob) this.watch(glob, (w) => (this.extra = w));
  }

  private watch(glob: string, keep: (watcher: vscode.Disposable) => void): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.root, glob));
    const onUri = (uri: vscode.Uri): void => {
      const relative = relativeTo(this.root, uri);
      if (relative !== undefined) this.onPath(relative);
    };
    keep(vscode.Disposable.from(watcher, watcher.onDidCreate(onUri), watcher.onDidChange(onUri), watcher.onDidDelete(onUri)));
  }
}

/** `uri`'s path below `root`, or undefined when it is not below it. */
export function relativeTo(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

const braced = (globs: readonly string[]): string => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);

/** A file path as a glob: glob syntax in a name matches any one character, and the caller compares paths exactly. */
const globOfPath = (path: string): string => path.replace(/[{}[\]*?,!]/g, '?');
