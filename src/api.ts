import * as vscode from 'vscode';
import type { GuideFacts } from './core/guide/facts';
import type { ChangeReason, RepositoryService } from './repository/repositoryService';

/**
 * What `activate()` returns: a small, versioned interface over plain data, for other extensions and for
 * Onramp's own tests in the real extension host. The services behind it are not part of it and may change;
 * a breaking change here means a new `version`.
 */
export interface OnrampApi {
  readonly version: 1;
  /** The roots Onramp reads: workspace folders, and git repositories inside them. */
  roots(): readonly vscode.Uri[];
  /** The facts read from the root holding `uri`; undefined when no root holds it or it could not be read. */
  facts(uri: vscode.Uri): Promise<GuideFacts | undefined>;
  /** Reads the root holding `uri` (every root, without one) again, and resolves when that is done. */
  refresh(uri?: vscode.Uri): Promise<void>;
  /** A root changed: its material, its branch or remotes, the settings, trust, or the roots themselves. */
  readonly onDidChange: vscode.Event<{ readonly root: vscode.Uri; readonly reasons: readonly ChangeReason[] }>;
  /** What Git says about the root holding `uri`, or why Git cannot say (in Restricted Mode, for one). */
  git(uri: vscode.Uri): Promise<GitView>;
  /** The Contribution Guide view's data, exactly as VS Code queries it. */
  readonly guideTree: vscode.TreeDataProvider<unknown>;
}

export type GitView =
  | { readonly available: true; readonly branch: string | undefined; readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string }[] }
  | { readonly available: false; readonly reason: string };

export function createApi(service: RepositoryService, guideTree: vscode.TreeDataProvider<unknown>): OnrampApi {
  const rootOf = (uri: vscode.Uri) => service.rootFor(uri);
  return {
    version: 1,
    roots: () => service.roots().map((r) => r.uri),
    async facts(uri) {
      const root = rootOf(uri);
      const reading = root && (await service.read(root));
      return reading?.ok ? reading.facts : undefined;
    },
    async refresh(uri) {
      const roots = uri ? [rootOf(uri)].filter((r) => r !== undefined) : service.roots();
      if (uri) roots.forEach((r) => service.refresh(r));
      else service.refresh();
      await Promise.all(roots.map((r) => service.read(r)));
    },
    onDidChange: service.onDidChange,
    async git(uri) {
      const root = rootOf(uri);
      if (!root) return { available: false, reason: vscode.l10n.t('No workspace folder holds {0}.', uri.toString(true)) };
      const state = await service.gitState(root);
      if (!state.available) return state;
      const repo = state.repository;
      return { available: true, branch: repo?.branch, remotes: (repo?.remotes ?? []).map((r) => ({ name: r.name, fetchUrl: r.fetchUrl })) };
    },
    guideTree,
  };
}
