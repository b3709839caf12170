import * as vscode from 'vscode';
import type { GuideFacts } from '../core/guide/facts';
import type { Project } from '../core/repo/project';
import type { ForgeClient, TokenSource } from '../core/forgeEntry';
import { Logger } from '../util/logger';
import { loadForge } from './loadForge';
import { GitLabTokens } from '../util/gitlabTokens';

/** GitHub scopes: none is needed to read public issues; `public_repo` lets Onramp comment and assign. */
const GITHUB_SCOPES = ['public_repo'];
/** A private repository's issues need `repo`; asked only when the user signs in for one. */
const PRIVATE_SCOPES = ['repo'];
/** An authentication provider that never answers must not keep the picker waiting. */
const SILENT_SESSION_TIMEOUT_MS = 4000;

/** Where a root's issues come from, and with which sign-in. The token itself is kept only inside the client. */
export interface ForgeTarget {
  readonly project: Project;
  readonly apiBaseUrl: string;
  readonly source: TokenSource;
  readonly signedIn: boolean;
}

export type ClientResult = { readonly client: ForgeClient; readonly target: ForgeTarget } | { readonly problem: string };

/**
 * The forge client for a root: its project (from the remotes, with the user's GitHub Enterprise host), its API
 * address (`onramp.forge.apiUrl`, taken only from user settings in Restricted Mode), and a token chosen by host
 * (see `tokenSourceFor`): VS Code's GitHub or GitHub Enterprise sign-in, asked silently unless the user chose
 * "Sign in", or a GitLab token from SecretStorage. Answers are cached in the extension's global storage.
 */
export class ForgeAccess {
  constructor(
    private readonly globalStorage: vscode.Uri,
    secrets: vscode.SecretStorage,
    private readonly logger: Logger,
  ) {
    this.gitlabTokens = new GitLabTokens(secrets);
  }

  private readonly gitlabTokens: GitLabTokens;

  /** `onramp.forge.apiUrl`: a workspace could point it anywhere, so in Restricted Mode only the user's value counts. */
  apiUrlOverride(): { readonly url: string | undefined; readonly problem?: string } {
    const info = vscode.workspace.getConfiguration('onramp').inspect<string>('forge.apiUrl');
    const raw = vscode.workspace.isTrusted ? (info?.workspaceFolderValue ?? info?.workspaceValue ?? info?.globalValue) : info?.globalValue;
    if (typeof raw !== 'string' || raw.trim() === '') return { url: undefined };
    const url = loadForge().checkedApiUrl(raw);
    return url ? { url } : { url: undefined, problem: vscode.l10n.t('The setting onramp.forge.apiUrl is not an http(s) address: "{0}".', raw) };
  }

  /** The GitHub Enterprise host VS Code's own setting names (read like the API address: user value when restricted). */
  enterpriseHost(): string | null {
    const info = vscode.workspace.getConfiguration('github-enterprise').inspect<string>('uri');
    const raw = vscode.workspace.isTrusted ? (info?.workspaceValue ?? info?.globalValue) : info?.globalValue;
    try {
      return typeof raw === 'string' && raw.trim() !== '' ? new URL(raw.trim()).hostname.toLowerCase() : null;
    } catch {
      return null;
    }
  }

  /** The project of a root, its host classified with the user's GitHub Enterprise host in mind. */
  project(facts: GuideFacts): Project | null {
    if (!facts.project) return null;
    const host = this.enterpriseHost();
    const known = host ? [{ host, kind: 'github-enterprise' as const }] : [];
    return loadForge().projectFromRemotes(facts.project.remotes.map((r) => ({ name: r.name, url: r.url })), known) ?? facts.project;
  }

  async client(facts: GuideFacts, options: { readonly mode: 'network' | 'cache-only'; readonly interactive?: boolean; readonly privateScopes?: boolean }): Promise<ClientResult> {
    const forge = loadForge();
    const project = this.project(facts);
    if (!project) return { problem: vscode.l10n.t('No git remote of this folder names a GitHub or GitLab repository, so there are no issues to list. Add the project as a remote (git remote add origin <url>).') };
    const override = this.apiUrlOverride();
    if (override.problem) return { problem: override.problem };
    const apiBaseUrl = override.url ?? project.apiBaseUrl;
    if (!apiBaseUrl || project.hostKind === 'other') {
      return { problem: vscode.l10n.t('{0} is neither GitHub nor GitLab, so Onramp cannot list its issues. For a GitHub Enterprise or GitLab server, set onramp.forge.apiUrl.', project.host) };
    }
    const source = forge.tokenSourceFor(project, apiBaseUrl, this.enterpriseHost());
    const token = await this.token(source, options.interactive === true, options.privateScopes === true);
    const choice = forge.clientFor(project, {
      apiBaseUrl,
      token,
      cache: new forge.FileResponseCache(vscode.Uri.joinPath(this.globalStorage, 'forge').fsPath),
      mode: options.mode,
      timeoutMs: 15_000,
    });
    if ('unsupported' in choice) return { problem: choice.unsupported };
    return { client: choice.client, target: { project, apiBaseUrl, source, signedIn: token !== undefined } };
  }

  /** The token for `source`; never logged. Silent unless `interactive` (the user chose "Sign in"). */
  private async token(source: TokenSource, interactive: boolean, privateScopes: boolean): Promise<string | undefined> {
    switch (source.kind) {
      case 'none':
        return undefined;
      case 'gitlab':
        return this.gitlabTokens.get(source.origin);
      case 'github':
      case 'github-enterprise':
        return this.session(source.kind, interactive, privateScopes);
    }
  }

  private async session(provider: 'github' | 'github-enterprise', interactive: boolean, privateScopes: boolean): Promise<string | undefined> {
    try {
      if (interactive) {
        const session = await vscode.authentication.getSession(provider, privateScopes ? PRIVATE_SCOPES : GITHUB_SCOPES, { createIfNone: true });
        return session.accessToken;
      }
      // An existing session with either scope set serves; nothing is asked of the user.
      for (const scopes of [GITHUB_SCOPES, PRIVATE_SCOPES]) {
        const session = await withTimeout(vscode.authentication.getSession(provider, scopes, { silent: true }), SILENT_SESSION_TIMEOUT_MS);
        if (session) return session.accessToken;
      }
    } catch (error) {
      // The message of an auth provider's error never holds a token; it is logged without one anyway.
      this.logger.warn(`no ${provider} session: ${error instanceof Error ? error.name : 'error'}`);
    }
    return undefined;
  }

  /** Stores a GitLab token for one API origin; an empty token removes it. */
  async setGitLabToken(origin: string, token: string): Promise<void> {
    await this.gitlabTokens.set(origin, token);
  }
}

function withTimeout<T>(promise: Thenable<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
