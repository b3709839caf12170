import * as vscode from 'vscode';
import type { Services } from '../extension';
import { LazyFeature, forwardCommands } from '../util/lazy';
import { Logger } from '../util/logger';
import type * as Body from './commitsFeature';
import { isScmInput } from './scmInput';

export const PICK_TYPE_COMMAND = 'onramp.commits.pickType';
export const PICK_SCOPE_COMMAND = 'onramp.commits.pickScope';

export const COMMIT_COMMANDS = {
  lintBranch: 'onramp.lintBranchCommits',
  signOff: 'onramp.signOffBranchCommits',
  installHook: 'onramp.installCommitMsgHook',
  pickType: PICK_TYPE_COMMAND,
  pickScope: PICK_SCOPE_COMMAND,
} as const;

/** What the public API offers about commit messages: plain data. */
export interface CommitLintView {
  readonly rules: readonly { readonly name: string; readonly origin: string; readonly file: string | null; readonly line: number | null }[];
  readonly problems: readonly { readonly rule: string; readonly severity: 'error' | 'warning'; readonly message: string }[];
  readonly skipped: readonly { readonly file: string; readonly line: number; readonly target: string; readonly reason: string }[];
  /** Whether commitlint's loader evaluated the repository's config (trusted workspaces only). */
  readonly loadedConfig: boolean;
}

/**
 * Commit messages' registration, the part that runs at activation: the commands, and listeners that only notice a
 * Source Control input. The diagnostics, quick fixes (and their provider) and command handlers
 * (dist/commitsFeature.js) load when an input document opens or changes, or a command first runs; the commit engine
 * (dist/commits.js) on the first lint.
 * A new command: its id here, its handler in commitsFeature.ts.
 */
export function registerCommits(services: Services, logger: Logger, extensionPath: string): { feature: LazyFeature<Body.CommitsFeature>; disposable: vscode.Disposable } {
  const feature = new LazyFeature('commits', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the body's own bundle, beside dist/extension.js
    const body = require('./commitsFeature.js') as typeof Body;
    return body.createCommitsFeature(services, logger, extensionPath);
  });
  // Once loaded, the body lints every input document itself (those already open included) and follows them.
  const notice = (document: vscode.TextDocument): void => {
    if (!feature.loaded && isScmInput(document)) feature.get();
  };
  const listeners = [vscode.workspace.onDidOpenTextDocument(notice), vscode.workspace.onDidChangeTextDocument((e) => notice(e.document))];
  // Activated by an input box (onLanguage:scminput): load just after activation returns, not inside it.
  const startup = setTimeout(() => vscode.workspace.textDocuments.forEach(notice), 0);
  // The quick fixes' provider is registered by the body: before it is loaded no input was linted, so there is
  // nothing to fix, and an input document being open loads it.
  const commands = forwardCommands(Object.values(COMMIT_COMMANDS), () => feature.get().commands);
  return { feature, disposable: vscode.Disposable.from(commands, ...listeners, { dispose: () => clearTimeout(startup) }, feature) };
}
