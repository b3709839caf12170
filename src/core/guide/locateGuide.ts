import { RepoFiles } from '../repo/repoFiles';

/** Where projects keep their contribution guide, in the order GitHub itself looks. */
export const GUIDE_FOLDERS = ['', '.github', 'docs'] as const;

export const GUIDE_NAME = /^contributing(\.(md|markdown|mdx|rst|adoc|asciidoc|txt))?$/i;
export const README_NAME = /^readme(\.(md|markdown|mdx|rst|adoc|asciidoc|txt))?$/i;

/** Markdown is preferred when a folder holds the guide in several formats. */
const EXTENSION_RANK = ['.md', '.markdown', '.mdx', '.rst', '.adoc', '.asciidoc', '.txt', ''];

export type GuideFormat = 'markdown' | 'rst' | 'asciidoc' | 'text';

export function formatOf(path: string): GuideFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (lower.endsWith('.rst')) return 'rst';
  if (/\.(adoc|asciidoc)$/.test(lower)) return 'asciidoc';
  return 'text';
}

/** Whether a file name is one GitHub takes for a contribution guide (CONTRIBUTING, with a doc extension or none). */
export const isGuideName = (name: string): boolean => GUIDE_NAME.test(name);

/** The repo-relative path of the contribution guide, or undefined when the project has none. */
export async function locateGuide(files: RepoFiles): Promise<string | undefined> {
  for (const folder of GUIDE_FOLDERS) {
    const found = await findIn(files, folder, GUIDE_NAME);
    if (found) return found;
  }
  return undefined;
}

/** The repo-relative path of the root README, or undefined. */
export async function locateReadme(files: RepoFiles): Promise<string | undefined> {
  return findIn(files, '', README_NAME);
}

async function findIn(files: RepoFiles, folder: string, pattern: RegExp): Promise<string | undefined> {
  const matches = (await files.list(folder)).filter((e) => e.kind === 'file' && pattern.test(e.name)).map((e) => e.name);
  if (matches.length === 0) return undefined;
  matches.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return folder ? `${folder}/${matches[0]}` : matches[0];
}

function rank(name: string): number {
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot).toLowerCase();
  const index = EXTENSION_RANK.indexOf(ext);
  return index < 0 ? EXTENSION_RANK.length : index;
}
