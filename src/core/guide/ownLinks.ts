/**
 * Which absolute links lead to the project's own material. Only a link to a file of the project's own
 * repository on a forge, or to the project's own docs site, can stand for a document in this repository;
 * everything else (another project's docs, a forge page of another repository) is not followed.
 */
import { joinRepoPath } from '../repo/repoFiles';
import { normalHost } from '../repo/gitRemote';
import { ProjectIdentity, isForge, isOwnSite, isSharedHost, normalName, registrableLabel } from '../repo/projectIdentity';

export type UrlTarget =
  /** A file or folder of this repository, by its repo-relative path ("" for the root, whose README its page shows). */
  | { readonly kind: 'repoPath'; readonly path: string }
  /** A page of the project's docs site, by its decoded path segments. */
  | { readonly kind: 'site'; readonly segments: readonly string[] }
  /** A page of a site not known to be the project's: it stands for a doc source only when its whole path matches one. */
  | { readonly kind: 'otherSite'; readonly segments: readonly string[]; readonly folderPage: boolean; readonly minSegments?: number }
  | { readonly kind: 'foreign' };

/** Forges' project pages: GitHub's, GitLab's (also a self-hosted GitLab's, `group.pages.gitlab.gnome.org`), Codeberg's. */
const PROJECT_PAGES = /\.(?:github|gitlab)\.io$|\.codeberg\.page$|^[\w-]+\.pages\.(?:[\w-]+\.)+[a-z]{2,}$/;

/** Where a http(s) URL leads, judged against what is known of the project. */
export function classifyUrl(url: URL, identity: ProjectIdentity, folderName?: string): UrlTarget {
  const host = normalHost(url.hostname);
  const segments = url.pathname.split('/').filter((s) => s !== '').map(safeDecode);
  if (host === 'raw.githubusercontent.com') return repoFile(identity, 'github.com', segments, true, folderName);
  if (isForge(host, identity.repos)) return repoFile(identity, host, segments, false, folderName, url.hash.length > 1);
  if (isOwnSite(host, identity) || namedWithoutVersion(host, identity) || subdomainNamed(host, identity)) return { kind: 'site', segments };
  // A forge's project pages (`owner.github.io/<repo>/...`): the first segment names the project.
  if (PROJECT_PAGES.test(host) && segments.length > 0 && identity.names.includes(normalName(segments[0]))) return { kind: 'site', segments: segments.slice(1) };
  // An organisation's site that publishes each of its projects under the project's name (`example.org/<project>/docs/...`):
  // the same shape as project pages, on the organisation's own host. Registries and forges are shared hosts, left out.
  if (segments.length > 1 && identity.names.includes(normalName(segments[0])) && !isSharedHost(host, identity.repos)) return { kind: 'site', segments: segments.slice(1) };
  // A host named exactly like the repository without its language ("mne.tools" for mne-python) may be the project's
  // own site or the upstream project's (redis.io for redis-py): its pages count when two path segments match a source.
  const bare = registrableLabel(host);
  if (bare !== undefined && !isSharedHost(host, identity.repos) && (identity.bareNames ?? []).includes(bare)) return { kind: 'otherSite', segments, folderPage: url.pathname.endsWith('/'), minSegments: 2 };
  return { kind: 'otherSite', segments, folderPage: url.pathname.endsWith('/') };
}

/**
 * A site registered under a project's name without its trailing major version ("scala3" -> scala-lang.org): a
 * project's site is named after the language or library, not after the repository of its third version. The
 * shorter name must start the host's name and have four letters at least, so that "web3" does not claim webpack.
 */
function namedWithoutVersion(host: string, identity: ProjectIdentity): boolean {
  if (isSharedHost(host, identity.repos)) return false;
  const label = registrableLabel(host);
  if (label === undefined) return false;
  return identity.names.some((n) => {
    const bare = n.replace(/\d+$/, '');
    return bare !== n && bare.length >= 4 && label.startsWith(bare);
  });
}

/**
 * A site on a subdomain named after the project under its organisation's domain ("pip.pypa.io" for pip, "tool.example.org"
 * for tool): the organisation hosts its projects' docs each under the project's name. The whole label must be the
 * name, not contain it, so that "pipeline.example.org" does not claim pip.
 */
function subdomainNamed(host: string, identity: ProjectIdentity): boolean {
  if (isSharedHost(host, identity.repos)) return false;
  const labels = host.split('.');
  // The labels left of the registered name and its suffix (at least two labels stay: "example.org").
  return labels.length >= 3 && labels.slice(0, -2).some((l) => identity.names.includes(normalName(l)));
}

/**
 * A forge link to a file of one of the project's repositories: /owner/repo/blob/<ref>/path (GitHub),
 * /group/repo/-/blob/<ref>/path (GitLab), /owner/repo/src/<ref>/path (Bitbucket), /owner/repo/src/branch/<ref>/path
 * (Gitea, Codeberg); `raw` links are /owner/repo/<ref>/path. A branch name with a "/" is read as its first part.
 */
function repoFile(identity: ProjectIdentity, host: string, segments: string[], raw: boolean, folderName?: string, section = false): UrlTarget {
  const lower = segments.map((s) => s.toLowerCase());
  const repo = identity.repos.find((r) => r.host === host && startsWith(lower, r.path.split('/'))) ?? sameNamedRepo(identity, host, lower, folderName);
  if (!repo) return { kind: 'foreign' };
  let rest = segments.slice(repo.path.split('/').length);
  // The repository's own page with a section (`github.com/owner/repo#building`) shows its README: a link to that section.
  if (rest.length === 0 && section && !raw) return { kind: 'repoPath', path: '' };
  if (rest[0] === '-') rest = rest.slice(1);
  if (!raw) {
    if (!['blob', 'tree', 'src', 'raw'].includes(rest[0] ?? '')) return { kind: 'foreign' };
    rest = rest[0] === 'src' && ['branch', 'tag', 'commit'].includes(rest[1] ?? '') ? rest.slice(2) : rest.slice(1);
  }
  const path = rest.length > 1 ? joinRepoPath(...rest.slice(1)) : undefined;
  return path ? { kind: 'repoPath', path } : { kind: 'foreign' };
}

/**
 * Without any known remote (a copy without .git, an export), a forge repository named like the project
 * (`github.com/<owner>/<name>`) is the best evidence there is that a link leads to this repository's own files;
 * the resolver still reads only paths that exist here. The folder's own name counts even when it is too generic to
 * name the project elsewhere ("docs" for a repository `<owner>/docs`): it is compared with the repository name only.
 */
function sameNamedRepo(identity: ProjectIdentity, host: string, lower: readonly string[], folderName?: string): { host: string; path: string } | undefined {
  if (identity.repos.length > 0 || lower.length < 2) return undefined;
  const name = normalName(lower[1]);
  return name !== '' && (identity.names.includes(name) || name === normalName(folderName ?? '')) ? { host, path: `${lower[0]}/${lower[1]}` } : undefined;
}

const startsWith = (segments: readonly string[], prefix: readonly string[]): boolean => prefix.every((p, i) => segments[i] === p);

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
