/**
 * The forms an `extends` entry takes:
 *
 * - `.github/onramp-base.yml`: a file in this repository, from its root;
 * - `owner/repo:path/to/base.yml@ref` (`@ref` optional; owner may have sub-groups, `group/sub/repo:...`): a file
 *   in another repository of the same host as this one;
 * - `https://host/...`: the same, as an address; the editor checks the host is this repository's.
 *
 * Core reads a remote base only through the caller's fetch hook (see `remoteBase.ts`, which checks the host).
 */
import { classifyLink } from './links';
import { RemoteSpec } from './types';

export type ExtendsTarget = { readonly kind: 'local'; readonly path: string } | { readonly kind: 'remote'; readonly spec: RemoteSpec } | { readonly kind: 'rejected'; readonly reason: string };

const REPO_SPEC = /^([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+):([^@\s]+)(?:@([A-Za-z0-9._/-]+))?$/;

export function parseExtends(entry: string): ExtendsTarget {
  const text = entry.trim();
  if (/^https?:\/\//i.test(text)) {
    const verdict = classifyLink(text, null);
    if (verdict.kind !== 'url') return { kind: 'rejected', reason: verdict.kind === 'rejected' ? verdict.reason : 'it is not a web address' };
    if (!verdict.url.startsWith('https:')) return { kind: 'rejected', reason: 'a remote base must be fetched over https' };
    return { kind: 'remote', spec: { kind: 'url', url: verdict.url, text } };
  }
  const repo = REPO_SPEC.exec(text);
  if (repo) {
    const path = classifyLink(repo[2], null);
    if (path.kind !== 'file') return { kind: 'rejected', reason: `the path after ":" ${path.kind === 'rejected' ? `is refused: ${path.reason}` : 'is not a file'}` };
    if (repo[1].split('/').some((part) => part === '.' || part === '..')) return { kind: 'rejected', reason: 'the repository name may not use "." or ".."' };
    return { kind: 'remote', spec: { kind: 'repo', repo: repo[1], path: path.path, ref: repo[3] ?? null, text } };
  }
  const local = classifyLink(text, null);
  if (local.kind === 'file' && !/[?#:]/.test(text)) return { kind: 'local', path: local.path };
  if (local.kind === 'rejected') return local;
  return { kind: 'rejected', reason: 'it is neither a path in this repository, nor owner/repo:path[@ref], nor an https address' };
}
