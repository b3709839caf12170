import type { Event, Uri } from 'vscode';

/**
 * The part of the built-in Git extension's API (`vscode.git`, `getAPI(1)`) that Onramp uses, declared by hand
 * after microsoft/vscode's extensions/git/src/api/git.d.ts. Only what is used is declared, so a field here is
 * a promise Onramp relies on.
 */
export interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: Event<boolean>;
  getAPI(version: 1): GitApi;
}

export type GitApiState = 'uninitialized' | 'initialized';

export interface GitApi {
  readonly state: GitApiState;
  readonly onDidChangeState: Event<GitApiState>;
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: Event<GitRepository>;
  readonly onDidCloseRepository: Event<GitRepository>;
  getRepository(uri: Uri): GitRepository | null;
}

export interface GitRepository {
  readonly rootUri: Uri;
  readonly state: GitRepositoryState;
  /** The Source Control view's commit message box. */
  readonly inputBox: { value: string };
  /** `range` ("a..b") is in the API since VS Code 1.83. */
  log(options?: { readonly maxEntries?: number; readonly path?: string; readonly range?: string }): Promise<GitCommit[]>;
}

export interface GitRepositoryState {
  readonly HEAD: GitBranch | undefined;
  readonly remotes: readonly GitRemote[];
  readonly onDidChange: Event<void>;
}

export interface GitBranch {
  /** Undefined on a detached HEAD. */
  readonly name?: string;
  readonly commit?: string;
  readonly upstream?: { readonly remote: string; readonly name: string };
  readonly ahead?: number;
  readonly behind?: number;
}

export interface GitRemote {
  readonly name: string;
  readonly fetchUrl?: string;
  readonly pushUrl?: string;
}

export interface GitCommit {
  readonly hash: string;
  readonly message: string;
  readonly parents: readonly string[];
  readonly authorDate?: Date;
  readonly authorName?: string;
  readonly authorEmail?: string;
}
