import { dirnameOf, joinRepoPath } from '../repo/repoFiles';

/**
 * Git checks a symbolic link out as a small text file holding the target's path where links are not made
 * (Windows' default `core.symlinks=false`, an archive, a copy made through an API): `CONTRIBUTING.md` then reads
 * `docs/source/developer_guides/contributing.md`. The target, relative to the file's folder, inside the
 * repository; undefined when the text is not such a path.
 */
export function symlinkTarget(path: string, text: string): string | undefined {
  const line = text.trim();
  // One line, no spaces, no scheme: a path, not a sentence or a URL. A file name ends in an extension or the
  // path has a folder in it (`../CONTRIBUTING`, `docs/HACKING`); a bare word ("TODO") is a file's text.
  if (line.length === 0 || line.length > 300 || /\s/.test(line) || /^[a-z][\w+.-]*:/i.test(line) || line.startsWith('/')) return undefined;
  if (!/^[\w.@+-]+(?:\/[\w.@+-]+)*$/.test(line) || !(line.includes('/') || /\.[A-Za-z]{1,10}$/.test(line))) return undefined;
  // (The repository's own path join, which refuses a path that climbs out of it.)
  const target = joinRepoPath(dirnameOf(path), line);
  return target === undefined || target === '' || target === path ? undefined : target;
}
