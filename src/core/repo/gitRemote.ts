/**
 * A repository's place on a forge, read statically: the remotes in `.git/config` and the `repository` field of
 * package.json. Nothing here runs git; a config is a small INI file and is scanned line by line.
 */

/** A repository on a forge: its host and its path there ("owner/repo", or "group/sub/repo" on GitLab). */
export interface ForgeRepo {
  readonly host: string;
  /** Lowercase, without a leading or trailing "/" and without ".git". */
  readonly path: string;
}

/** A remote of `.git/config`: its name and URL. */
export interface GitRemote {
  readonly name: string;
  readonly url: string;
}

/** The remotes of a `.git/config` in file order (the first `url` of each; git pushes to the others too). */
export function namedRemotes(config: string): GitRemote[] {
  const remotes: GitRemote[] = [];
  let remote: string | null = null;
  for (const raw of config.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      remote = sectionRemote(line);
      continue;
    }
    if (remote === null) continue;
    const eq = line.indexOf('=');
    if (eq < 0 || line.slice(0, eq).trim().toLowerCase() !== 'url') continue;
    const url = unquote(line.slice(eq + 1).trim());
    if (url !== '' && !remotes.some((r) => r.name === remote)) remotes.push({ name: remote, url });
  }
  return remotes;
}

/** The remote URLs of a `.git/config`, "origin" first, then the others in file order. */
export function remoteUrls(config: string): string[] {
  const remotes = namedRemotes(config);
  return [...remotes.filter((r) => r.name === 'origin'), ...remotes.filter((r) => r.name !== 'origin')].map((r) => r.url);
}

/** `[remote "name"]` → name; any other section → null. */
function sectionRemote(line: string): string | null {
  if (!line.endsWith(']')) return null;
  const inner = line.slice(1, -1).trim();
  if (!inner.toLowerCase().startsWith('remote')) return null;
  const name = inner.slice('remote'.length).trim();
  return name.length >= 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1) : null;
}

const unquote = (s: string): string => (s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

/**
 * The forge repository a remote URL names: https://host/owner/repo(.git), ssh://git@host[:port]/owner/repo,
 * git@host:owner/repo, and the npm forms git+https://…, github:owner/repo, gitlab:…, bitbucket:…
 */
export function parseRemoteUrl(url: string): ForgeRepo | undefined {
  const trimmed = url.trim().replace(/^git\+/i, '');
  const shorthand = /^(github|gitlab|bitbucket):/i.exec(trimmed);
  if (shorthand) return forgeRepo(SHORTHAND_HOSTS[shorthand[1].toLowerCase()], trimmed.slice(shorthand[0].length));
  if (!trimmed.includes('://')) {
    // scp-like syntax: [user@]host:path
    const colon = trimmed.indexOf(':');
    if (colon <= 0) return undefined;
    const hostPart = trimmed.slice(0, colon);
    return forgeRepo(hostPart.slice(hostPart.lastIndexOf('@') + 1), trimmed.slice(colon + 1));
  }
  try {
    const parsed = new URL(trimmed);
    return forgeRepo(parsed.hostname, parsed.pathname);
  } catch {
    return undefined;
  }
}

const SHORTHAND_HOSTS: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

function forgeRepo(host: string, path: string): ForgeRepo | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length < 2 || host === '' || /[\s/]/.test(host)) return undefined;
  const last = segments.length - 1;
  segments[last] = segments[last].replace(/\.git$/i, '');
  return { host: normalHost(host), path: segments.join('/').toLowerCase() };
}

/** Lowercase, without "www." and a trailing dot, so hosts compare as people write them. */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}
