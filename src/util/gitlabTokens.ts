import type * as vscode from 'vscode';

/** The one place that names where GitLab tokens are kept: the editor's SecretStorage, one token per API origin. */
const PREFIX = 'onramp.gitlab.token:';

/**
 * GitLab personal access tokens (GitLab has no VS Code sign-in), shared by the features that talk to GitLab: the
 * issue picker sets and reads them, opening a merge request reads them. A token is looked up by the origin of the
 * API it is sent to, so it never goes to another host. Never logged.
 */
export class GitLabTokens {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(origin: string): Promise<string | undefined> {
    return (await this.secrets.get(PREFIX + origin)) || undefined;
  }

  /** An empty token removes the stored one. */
  async set(origin: string, token: string): Promise<void> {
    if (token.trim() === '') await this.secrets.delete(PREFIX + origin);
    else await this.secrets.store(PREFIX + origin, token.trim());
  }
}
