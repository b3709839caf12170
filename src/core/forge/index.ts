/**
 * The forge clients for a project: GitHub (and Enterprise) through Octokit, GitLab through its REST API.
 * `clientFor` picks one from the project's host kind; a host Onramp has no client for gets a sentence.
 */
import type { Project } from '../repo/project';
import { ClientOptions } from './clientOptions';
import { GitHubClient } from './github';
import { GitLabClient } from './gitlab';
import { ForgeClient } from './types';

export type { ClientOptions } from './clientOptions';
export * from './types';
export * from './problems';
export { HttpSession, mayCarryToken } from './http';
export type { RateLimitState } from './http';
export { MemoryResponseCache, cacheKey } from './responseCache';
export type { ResponseCache, CachedResponse } from './responseCache';
export { FileResponseCache } from './fileResponseCache';
export { linkedIssueNumbers } from './linkedIssues';

export type ClientChoice = { readonly client: ForgeClient } | { readonly unsupported: string };

/**
 * The client for a project, its API at `options.apiBaseUrl` when given (GitHub Enterprise, tests), else where
 * the project says. `options.token` must be the token for that API: the caller picks it by host.
 */
export function clientFor(project: Project, options: Partial<ClientOptions> = {}): ClientChoice {
  const apiBaseUrl = options.apiBaseUrl ?? project.apiBaseUrl;
  if (project.hostKind === 'other' || apiBaseUrl === null) {
    return { unsupported: `${project.host} is neither GitHub nor GitLab, so Onramp cannot list its issues.` };
  }
  const full: ClientOptions = { ...options, apiBaseUrl };
  // The project's path is lowercased for comparing; the APIs accept any case.
  return { client: project.hostKind === 'gitlab' ? new GitLabClient(project.path, full) : new GitHubClient(project.path, full) };
}
