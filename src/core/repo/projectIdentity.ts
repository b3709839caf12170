/**
 * What demonstrably belongs to the project: its names, its own web hosts and its repositories on forges.
 * A guide links to other projects' docs too ("getting started with Jest"), and only a link to the project's
 * own site or repository may be read as this repository's documentation.
 */
import { ForgeRepo, normalHost, parseRemoteUrl } from './gitRemote';

export interface ProjectIdentity {
  /** Normalised names (lowercase, letters and digits only, at least 3 characters). */
  readonly names: readonly string[];
  /**
   * Names without the language the repository's name adds ("zarr" for zarr-python): only a docs host's project
   * subdomain (`zarr.readthedocs.io`) is matched to them, since the bare name is often another, upstream project's
   * (node-semver and semver.org, redis-py and redis.io).
   */
  readonly bareNames?: readonly string[];
  /** Hosts of the project's own site (package.json `homepage` when it is not on a shared host). */
  readonly hosts: readonly string[];
  /** The project's repositories on forges (git remotes, package.json `repository`, a forge `homepage`). */
  readonly repos: readonly ForgeRepo[];
}

export interface IdentitySources {
  /** The text of package.json, when there is one. */
  readonly packageJson?: string;
  /** Remote URLs from .git/config, origin first. */
  readonly remotes?: readonly string[];
  /** What the user calls the project, e.g. the workspace folder's name. */
  readonly projectName?: string;
}

const MIN_NAME = 3;
/** A name left after taking its language off: only a docs host or two matching path segments let it claim a site (ownLinks). */
const MIN_BARE_NAME = 3;
/**
 * The language or platform a repository's name adds to the project's own ("zarr-python", "python-zarr", "pdf.js",
 * "serde-rs", "node-fetch", "Foo.jl"): the project's site is named without it. Only as a whole part set off by a
 * separator, so "pythonista" or "nodemon" keep their names.
 */
const LANGUAGE_AFFIX = /[-_.](?:python|py|js|node|nodejs|rs|rust|go|golang|jl|julia|rb|ruby|php|java|dotnet|net|cpp|lua|nvim|vim|el|swift|kt|kotlin|hs|haskell|ml|ocaml|ex|elixir|dart|ts)$|^(?:python|py|node|rust|go|golang|ruby|php|lua|vim|nvim|swift|kotlin|haskell|ocaml|elixir|dart)[-_.](?=\w)/i;

/** Names a monorepo's root package or a scratch folder often has, which say nothing about the project. */
const GENERIC_NAMES = new Set(['root', 'monorepo', 'workspace', 'workspaces', 'project', 'repo', 'repository', 'main', 'app', 'docs', 'website', 'site', 'src', 'code', 'tmp', 'temp']);

/** Forges: one host, many projects; only a matching owner/repo path makes a link the project's own. */
const FORGE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitea.com', 'git.sr.ht', 'sr.ht']);

/**
 * Self-hosted GitLab instances of large communities (`gitlab.gnome.org`, `gitlab.freedesktop.org`, `invent.kde.org`,
 * `salsa.debian.org`): a guide there links its own docs by their forge URL, as GitHub projects do.
 */
const SELF_HOSTED_FORGE = /^(?:gitlab\.[a-z0-9-]+\.[a-z]{2,}|invent\.kde\.org|salsa\.debian\.org|framagit\.org|code\.videolan\.org)$/;

/** Hosts that serve many projects' pages and are never one project's own site. */
const SHARED_HOSTS = new Set(['npmjs.com', 'npmjs.org', 'pypi.org', 'crates.io', 'docs.rs', 'pkg.go.dev', 'rubygems.org', 'packagist.org', 'nuget.org', 'githubusercontent.com']);

export function projectIdentity(sources: IdentitySources): ProjectIdentity {
  const names = new Set<string>();
  const bareNames = new Set<string>();
  const hosts = new Set<string>();
  const repos: ForgeRepo[] = [];
  const addName = (name: string | undefined): void => {
    const normal = normalName(name ?? '');
    if (normal.length >= MIN_NAME && !GENERIC_NAMES.has(normal)) names.add(normal);
    // "zarr-python" publishes zarr.readthedocs.io, "pdf.js" mozilla.github.io/pdf.js: the name without its language.
    const bare = normalName((name ?? '').replace(LANGUAGE_AFFIX, ''));
    if (bare !== normal && bare.length >= MIN_BARE_NAME && !GENERIC_NAMES.has(bare)) bareNames.add(bare);
  };
  const addRepo = (repo: ForgeRepo | undefined): void => {
    if (!repo || repos.some((r) => r.host === repo.host && r.path === repo.path)) return;
    repos.push(repo);
    addName(repo.path.slice(repo.path.lastIndexOf('/') + 1));
  };

  addName(sources.projectName);
  for (const url of sources.remotes ?? []) addRepo(parseRemoteUrl(url));
  const pkg = parsePackageJson(sources.packageJson);
  addName(pkg.name?.replace(/^@[^/]*\//, ''));
  if (pkg.repository) addRepo(parseRemoteUrl(/^[\w.-]+\/[\w.-]+$/.test(pkg.repository) ? `github:${pkg.repository}` : pkg.repository));
  const home = pkg.homepage ? safeUrl(pkg.homepage) : undefined;
  if (home && (home.protocol === 'https:' || home.protocol === 'http:')) {
    const host = normalHost(home.hostname);
    // "https://github.com/owner/repo#readme" names the repository, not a site of its own.
    if (isForge(host, repos)) addRepo(parseRemoteUrl(`${home.origin}${home.pathname}`));
    else if (!isSharedHost(host, repos)) hosts.add(host);
  }
  return { names: [...names], bareNames: [...bareNames].filter((n) => !names.has(n)), hosts: [...hosts], repos };
}

/** Whether `host` is the project's own site: its homepage's host (or below it), or a host named after it. */
export function isOwnSite(host: string, identity: ProjectIdentity): boolean {
  if (isSharedHost(host, identity.repos)) return false;
  if (identity.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  const label = registrableLabel(host);
  if (label === undefined) return false;
  if (identity.names.some((name) => label.includes(name))) return true;
  // A docs host's project subdomain named exactly the bare name: zarr-python's docs on zarr.readthedocs.io.
  return DOCS_HOSTS.test(host) && (identity.bareNames ?? []).includes(label);
}

/** Hosts of project docs by subdomain (Read the Docs), where the subdomain is the docs project's own name. */
const DOCS_HOSTS = /\.(?:readthedocs\.io|readthedocs\.org|rtfd\.io)$/;

/** A forge's host, or that of one of the project's remotes (a self-hosted forge). */
export function isForge(host: string, repos: readonly ForgeRepo[]): boolean {
  return FORGE_HOSTS.has(host) || SELF_HOSTED_FORGE.test(host) || repos.some((r) => r.host === host);
}

/** Hosting services whose subdomains belong to different owners, like public suffixes ("proj.readthedocs.io"). */
const HOSTING_SUFFIXES = ['github.io', 'gitlab.io', 'readthedocs.io', 'readthedocs.org', 'rtfd.io', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com', 'herokuapp.com', 'surge.sh', 'gitbook.io', 'codeberg.page', 'sourceforge.io'];

/** Second-level labels under country domains that are not a name ("example.co.uk"). */
const COUNTRY_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'go']);

/**
 * The normalised label a host is registered under: "nestjs" for docs.nestjs.com, "proj" for
 * proj.readthedocs.io, "example" for www.example.co.uk. Undefined for IP addresses and single labels.
 */
export function registrableLabel(host: string): string | undefined {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const labels = host.split('.').filter((l) => l !== '');
  if (labels.length < 2) return undefined;
  const suffix = HOSTING_SUFFIXES.find((s) => host.endsWith(`.${s}`));
  let index = labels.length - 2;
  if (suffix) index = labels.length - suffix.split('.').length - 1;
  else if (labels[labels.length - 1].length === 2 && COUNTRY_SECOND_LEVEL.has(labels[index]) && labels.length >= 3) index--;
  return normalName(labels[index]);
}

/** Lowercase letters and digits only: "TypeScript-ESLint" and "typescript_eslint" are one name. */
export function normalName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A forge, a registry or the host of one of the project's remotes: never a site of the project's own. */
export function isSharedHost(host: string, repos: readonly ForgeRepo[]): boolean {
  if (isForge(host, repos)) return true;
  for (const shared of [...FORGE_HOSTS, ...SHARED_HOSTS]) if (host === shared || host.endsWith(`.${shared}`)) return true;
  return false;
}

interface PackageFields {
  readonly name?: string;
  readonly homepage?: string;
  readonly repository?: string;
}

function parsePackageJson(text: string | undefined): PackageFields {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {}; // a broken package.json is reported where its content matters (the commitlint key)
  }
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const repository = record.repository;
  const repoUrl = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as Record<string, unknown>).url : undefined;
  return {
    name: typeof record.name === 'string' ? record.name : undefined,
    homepage: typeof record.homepage === 'string' ? record.homepage : undefined,
    repository: typeof repoUrl === 'string' ? repoUrl : undefined,
  };
}

export function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
