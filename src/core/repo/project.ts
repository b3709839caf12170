/**
 * The project a contribution goes to: the forge repository behind the git remotes. In a fork, `origin` is the
 * contributor's own copy and `upstream` the project, so `upstream` is preferred, then `origin`, then the rest;
 * every remote is kept, because only the forge's API can tell a fork from its parent (the picker and the pull
 * request step ask it).
 */
import { GitRemote, parseRemoteUrl } from './gitRemote';

export type HostKind = 'github' | 'github-enterprise' | 'gitlab' | 'other';

export interface ProjectRemote {
  readonly name: string;
  readonly url: string;
  /** The forge repository the URL names, when it names one. */
  readonly host: string | null;
  readonly path: string | null;
}

export interface Project {
  /** The remote the project was taken from. */
  readonly remote: string;
  readonly hostKind: HostKind;
  /** e.g. `github.com`, `gitlab.example.org`. */
  readonly host: string;
  /** "owner/repo" (lowercase), or "group/sub/repo" on GitLab. */
  readonly path: string;
  readonly owner: string;
  readonly name: string;
  readonly webUrl: string;
  /** Where its REST API answers; null for hosts Onramp has no client for. */
  readonly apiBaseUrl: string | null;
  readonly remotes: readonly ProjectRemote[];
}

/** A host the user has told Onramp about (a GitHub Enterprise or self-managed GitLab server and its API URL). */
export interface KnownHost {
  readonly host: string;
  readonly kind: HostKind;
  readonly apiBaseUrl?: string;
}

const PREFERRED = ['upstream', 'origin'];

/** The project behind these remotes, or null when none of them names a forge repository. */
export function projectFromRemotes(remotes: readonly GitRemote[], knownHosts: readonly KnownHost[] = []): Project | null {
  const all: ProjectRemote[] = remotes.map((r) => {
    const repo = parseRemoteUrl(r.url);
    return { name: r.name, url: r.url, host: repo?.host ?? null, path: repo?.path ?? null };
  });
  const ranked = [...all].sort((a, b) => rank(a.name) - rank(b.name));
  const chosen = ranked.find((r) => r.host !== null && r.path !== null);
  if (!chosen || chosen.host === null || chosen.path === null) return null;
  const { kind, apiBaseUrl } = classifyHost(chosen.host, knownHosts);
  const slash = chosen.path.lastIndexOf('/');
  return {
    remote: chosen.name,
    hostKind: kind,
    host: chosen.host,
    path: chosen.path,
    owner: chosen.path.slice(0, slash),
    name: chosen.path.slice(slash + 1),
    webUrl: `https://${chosen.host}/${chosen.path}`,
    apiBaseUrl,
    remotes: all,
  };
}

const rank = (name: string): number => {
  const k = PREFERRED.indexOf(name);
  return k < 0 ? PREFERRED.length : k;
};

/**
 * github.com and gitlab.com are known; a host the user configured is taken at its word; otherwise a host
 * named like a GitHub or GitLab server is taken for one, with the API at the product's standard path.
 */
export function classifyHost(host: string, knownHosts: readonly KnownHost[] = []): { kind: HostKind; apiBaseUrl: string | null } {
  const known = knownHosts.find((k) => k.host.toLowerCase() === host);
  if (known) return { kind: known.kind, apiBaseUrl: known.apiBaseUrl ?? standardApi(known.kind, host) };
  if (host === 'github.com') return { kind: 'github', apiBaseUrl: 'https://api.github.com' };
  if (host === 'gitlab.com') return { kind: 'gitlab', apiBaseUrl: 'https://gitlab.com/api/v4' };
  if (/(^|[.-])gitlab([.-]|$)/.test(host)) return { kind: 'gitlab', apiBaseUrl: standardApi('gitlab', host) };
  if (/(^|[.-])github([.-]|$)/.test(host)) return { kind: 'github-enterprise', apiBaseUrl: standardApi('github-enterprise', host) };
  return { kind: 'other', apiBaseUrl: null };
}

function standardApi(kind: HostKind, host: string): string | null {
  if (kind === 'github') return 'https://api.github.com';
  if (kind === 'github-enterprise') return `https://${host}/api/v3`;
  if (kind === 'gitlab') return `https://${host}/api/v4`;
  return null;
}
