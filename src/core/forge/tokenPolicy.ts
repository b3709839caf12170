/**
 * Which token, if any, may go with a project's API requests. A token belongs to one host, and an API URL can be
 * set by hand (`onramp.forge.apiUrl`), so the rule is decided here once, for the editor:
 * - the github.com session only to https://api.github.com;
 * - a GitHub Enterprise session only to the API of the Enterprise host the user configured, when it is the
 *   project's own host, over https (or plain http to a server on this machine, which never leaves it);
 * - a GitLab token is stored per API origin (the one it was entered for), so it goes only there.
 * Whatever is chosen, `guardedFetch` still checks every request, redirect and page URL against the API's origin.
 */
import type { Project } from '../repo/project';

export type TokenSource =
  | { readonly kind: 'github' }
  | { readonly kind: 'github-enterprise'; readonly host: string }
  | { readonly kind: 'gitlab'; readonly origin: string }
  | { readonly kind: 'none' };

/** Hosts whose traffic stays on this machine. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function tokenSourceFor(project: Project, apiBaseUrl: string, enterpriseHost: string | null): TokenSource {
  let api: URL;
  try {
    api = new URL(apiBaseUrl);
  } catch {
    return { kind: 'none' };
  }
  if (project.hostKind === 'github') return api.origin === 'https://api.github.com' ? { kind: 'github' } : { kind: 'none' };
  if (project.hostKind === 'github-enterprise') {
    const secure = api.protocol === 'https:' || (api.protocol === 'http:' && LOOPBACK.has(api.hostname));
    const own = enterpriseHost !== null && enterpriseHost === project.host && secure && (api.hostname === project.host || api.hostname === `api.${project.host}`);
    return own ? { kind: 'github-enterprise', host: project.host } : { kind: 'none' };
  }
  if (project.hostKind === 'gitlab') return { kind: 'gitlab', origin: api.origin };
  return { kind: 'none' };
}

/** The API URL a user typed, checked: http(s) only, no user name or password in it. Null when unusable. */
export function checkedApiUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
