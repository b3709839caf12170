/**
 * Remote bases: where an `extends` entry naming another repository points, and fetching it through the forge.
 * A base is fetched only from the project's own host (the host whose sign-in the editor holds), through the
 * host's contents API, so the forge client's rules apply: the token goes only to the API's own origin, answers
 * are cached with their ETag and revalidated, and a cached copy serves when the host cannot be reached.
 *
 * The two spellings of a base in another repository (see `extendsSpec.ts`):
 * - `owner/repo:path/to/base.yml@ref` (`@ref` optional: the default branch), `group/sub/repo:...` on GitLab;
 * - an https address of the file on the same host: `https://github.com/owner/repo/blob/<ref>/<path>` (or
 *   `raw.githubusercontent.com/owner/repo/<ref>/<path>`), `https://gitlab.example.org/group/repo/-/blob/<ref>/<path>`
 *   (or `/-/raw/`). In an address the ref is one path segment; a ref with a slash needs the first spelling.
 *
 * Pure: the caller gives the project and a way to reach a repository's files (a forge client), so the editor
 * decides when fetching is allowed (trusted workspaces only) and tests serve the host from 127.0.0.1.
 */
import type { HostKind } from '../repo/project';
import type { ForgeFile } from '../forge/types';
import { ForgeProblem, describeProblem } from '../forge/problems';
import { classifyLink } from './links';
import { RemoteFetchResult, RemoteLocation, RemoteSpec } from './types';

/** The project whose maintainer file names the base: its host decides where bases may come from. */
export interface RemoteProject {
  readonly host: string;
  readonly hostKind: HostKind;
  /** "owner/repo" or "group/sub/repo". */
  readonly path: string;
}

/** What the fetcher needs of a forge client bound to the base's repository. */
export interface RemoteFileSource {
  getFile(path: string, ref: string | null, maxBytes: number): Promise<ForgeFile>;
}

export type Located = { readonly location: RemoteLocation } | { readonly refused: string };

/** How a location is named in problems: `owner/repo:path@ref`. */
export function remoteName(location: Pick<RemoteLocation, 'repo' | 'path' | 'ref'>): string {
  return `${location.repo}:${location.path}${location.ref === null ? '' : `@${location.ref}`}`;
}

/** Where a spec points, or a sentence why it is refused (another host, an address that is not a file). */
export function locateRemote(spec: RemoteSpec, project: RemoteProject): Located {
  if (project.hostKind === 'other') return { refused: `${project.host} is neither GitHub nor GitLab, so Onramp cannot fetch files from it` };
  if (spec.kind === 'repo') return { location: { host: project.host, repo: spec.repo, path: spec.path, ref: spec.ref } };
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    return { refused: 'it is not a web address' };
  }
  const host = url.host.toLowerCase();
  const rawGitHub = project.hostKind === 'github' && host === 'raw.githubusercontent.com';
  if (host !== project.host.toLowerCase() && !rawGitHub) {
    return { refused: `it is on ${host}, and this repository is on ${project.host}; Onramp fetches bases only from this repository's own host, so that a sign-in never goes to another` };
  }
  let parts: string[];
  try {
    parts = url.pathname.split('/').filter((p) => p !== '').map(decodeURIComponent);
  } catch {
    return { refused: 'its address is not well formed' };
  }
  let repo: string[];
  let ref: string | undefined;
  let path: string[];
  if (rawGitHub) {
    [repo, ref, path] = [parts.slice(0, 2), parts[2], parts.slice(3)];
  } else if (project.hostKind === 'gitlab') {
    const dash = parts.indexOf('-');
    if (dash < 2 || !['blob', 'raw'].includes(parts[dash + 1])) return { refused: `it is not the address of a file on ${host} (…/-/blob/<ref>/<path>); write group/repo:path@ref instead` };
    [repo, ref, path] = [parts.slice(0, dash), parts[dash + 2], parts.slice(dash + 3)];
  } else {
    if (!['blob', 'raw'].includes(parts[2])) return { refused: `it is not the address of a file on ${host} (…/blob/<ref>/<path>); write owner/repo:path@ref instead` };
    [repo, ref, path] = [parts.slice(0, 2), parts[3], parts.slice(4)];
  }
  const file = classifyLink(path.join('/'), null);
  if (repo.length < 2 || ref === undefined || ref === '' || path.length === 0 || file.kind !== 'file' || repo.some((p) => p === '.' || p === '..')) {
    return { refused: `it is not the address of a file in a repository on ${host}; write owner/repo:path@ref instead` };
  }
  return { location: { host: project.host, repo: repo.join('/'), path: file.path, ref } };
}

/**
 * The fetch hook `readMaintainerFile` takes: locates each spec, reads this repository's own files locally, and
 * fetches the others through `repository(repo)`. Every failure is a sentence; nothing throws.
 */
export function remoteBaseFetcher(options: { readonly project: RemoteProject; readonly repository: (repo: string) => RemoteFileSource; readonly maxBytes: number; readonly now?: () => number }): (spec: RemoteSpec) => Promise<RemoteFetchResult> {
  const now = options.now ?? Date.now;
  return async (spec) => {
    const located = locateRemote(spec, options.project);
    if ('refused' in located) return { kind: 'failed', reason: located.refused };
    const { location } = located;
    // This very repository at its checked-out state is the working copy: read the file here (and find cycles through it).
    if (location.ref === null && location.repo.toLowerCase() === options.project.path.toLowerCase()) return { kind: 'local', path: location.path };
    try {
      const file = await options.repository(location.repo).getFile(location.path, location.ref, options.maxBytes);
      const note = file.stale ? `${location.host} could not be reached, so Onramp uses its copy of the base ${JSON.stringify(remoteName(location))} fetched ${age(now() - file.fetchedAt)}.` : undefined;
      return { kind: 'fetched', text: file.text, location, ...(note ? { note } : {}) };
    } catch (error) {
      return { kind: 'failed', reason: failure(error, location) };
    }
  };
}

function failure(error: unknown, location: RemoteLocation): string {
  // Duck-typed: the forge client may come from another bundle, whose ForgeError is another class.
  const problem = (error as { problem?: ForgeProblem } | null)?.problem;
  if (!problem || typeof problem.kind !== 'string') return `Onramp could not fetch it from ${location.host}`;
  if (problem.kind === 'notFound') {
    const at = location.ref === null ? '' : ` at ${location.ref}`;
    return `${location.host} has no file ${location.path}${at} in ${location.repo}${problem.signedIn ? ', or your account cannot see it' : ' (if the repository is private, sign in to see it)'}`;
  }
  // What the client could not use in a file it did get (too large, a folder) is said as it is, without the host.
  if (problem.kind === 'malformed' && /^(the file is|a folder|a \w+, not a file)/.test(problem.what)) return problem.what;
  return describeProblem(problem).replace(/\.$/, '');
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function age(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
