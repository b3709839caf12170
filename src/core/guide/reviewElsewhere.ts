/**
 * The repository's own word that its changes are reviewed outside pull requests, for a guide that does not say: a
 * `.gitreview` file (git-review's config, naming the Gerrit host every change is pushed to, as OpenStack, Wikimedia and
 * many others keep at the root), or package.json's `repository` on a Gerrit or googlesource host. Read as data; the
 * issue asks that where the repository shows the answer, the reader use it and say so (the fact's source is the file).
 */
import type { SourceRef } from './facts';

/** The file git-review reads, at the repository's root. */
export const GITREVIEW_FILE = '.gitreview';

/** `host=review.opendev.org` in `.gitreview`'s `[gerrit]` section. */
const GITREVIEW_HOST = /^\s*host\s*=\s*(\S+)/im;
/** A Gerrit or googlesource address (`https://gerrit.wikimedia.org/r/oojs/core`, `https://go.googlesource.com/text`). */
const GERRIT_URL = /\b(?:https?|ssh|git):\/\/(?:[\w-]+@)?(?:gerrit\.[\w.-]+|[\w-]+\.googlesource\.com|review\.[\w.-]+)(?::\d+)?\/[^\s"']*/i;

/** Where the repository says its review happens outside pull requests, with the host; undefined when it does not. */
export function reviewElsewhere(gitreview: string | undefined, packageJson: string | undefined): (SourceRef & { readonly host: string }) | undefined {
  const host = gitreview === undefined ? null : GITREVIEW_HOST.exec(gitreview);
  if (host && gitreview !== undefined) return { file: GITREVIEW_FILE, line: lineAt(gitreview, host.index + host[0].indexOf('host')), host: host[1] };
  if (packageJson === undefined) return undefined;
  // Only the `repository` field's address: a Gerrit link in `homepage` or `bugs` says where people talk, not review.
  const field = /"repository"\s*:\s*(?:"([^"\n]{1,300})"|\{[^{}]{0,600}?"url"\s*:\s*"([^"\n]{1,300})")/.exec(packageJson);
  const url = field ? (field[1] ?? field[2]) : undefined;
  const gerrit = url === undefined ? null : GERRIT_URL.exec(url);
  if (!field || !gerrit || url === undefined) return undefined;
  return { file: 'package.json', line: lineAt(packageJson, field.index + field[0].indexOf(url)), host: new URL(gerrit[0]).host };
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;
